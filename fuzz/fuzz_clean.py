#!/usr/bin/env python3
"""Coverage-guided fuzzing of ``newsclean.clean`` with atheris (optional: ``pip install atheris``).

Runs the same checks as ``tests/fuzz/test_fuzz_clean.py`` (``newsgen.check_clean``)
on bytes and on text that atheris mutates. From the repository root:

    python fuzz/fuzz_clean.py -atheris_runs=200000            # bounded run
    python fuzz/fuzz_clean.py fuzz/corpus -max_total_time=600  # grow a corpus

Seeds come from ``src/newsclean/samples`` and, when present, the shared corpus.
"""
from __future__ import annotations

import sys
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

with atheris.instrument_imports():
    import newsclean  # noqa: F401
    from newsgen import check_clean


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    if fdp.ConsumeBool():
        check_clean(fdp.ConsumeBytes(fdp.remaining_bytes()))
    else:
        check_clean(fdp.ConsumeUnicode(fdp.remaining_bytes()))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
