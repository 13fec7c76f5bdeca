"""Shared test settings: hypothesis profiles and the corpus location.

Hypothesis profiles (choose with ``HYPOTHESIS_PROFILE=NAME``):

- ``dev`` (default on a developer's machine): quick, a few dozen examples a test;
- ``ci`` (default when ``CI`` is set): more examples, still bounded in time;
- ``fuzz``: many examples, for a long local fuzzing run
  (``HYPOTHESIS_PROFILE=fuzz python -m pytest tests/fuzz``).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

_COMMON = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("dev", max_examples=40, **_COMMON)
settings.register_profile("ci", max_examples=150, derandomize=True, print_blob=True, **_COMMON)
settings.register_profile("fuzz", max_examples=5000, print_blob=True, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))

#: the shared folder next to the repository (corpus, seeds, tools); absent on a plain clone
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
CORPUS = SHARED / "corpus" / "gne"


def pytest_configure(config):
    config.addinivalue_line("markers", "fuzz: hypothesis fuzz targets of clean() (tests/fuzz)")


@pytest.fixture(scope="session")
def corpus_texts() -> list[tuple[str, str]]:
    """``(name, text)`` of every corpus document; skips the test when the corpus is absent."""
    files = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if not files:
        pytest.skip(f"corpus not found at {CORPUS}")
    return [(p.stem, p.read_text(encoding="utf-8")) for p in files]
