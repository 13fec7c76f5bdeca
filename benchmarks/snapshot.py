"""Dump the Article JSON of many inputs, or compare two dumps: proof that a
restructuring step left the output unchanged.

    python benchmarks/snapshot.py dump /tmp/before.jsonl      # from the repo root
    ... change the code ...
    python benchmarks/snapshot.py dump /tmp/after.jsonl --like /tmp/before.jsonl
    python benchmarks/snapshot.py compare /tmp/before.jsonl /tmp/after.jsonl

Inputs: every page of ../shared/corpus/gne (the naive text, plain, with X
jammers, with legacy jammers, flattened) and of ../shared/corpus/web (the
container text and the whole-page text, plain and jammed), the seed, and
documents from tests/newsgen.py's hypothesis strategies drawn with a fixed seed.
Hypothesis draws differ once the code they draw from changes, so a dump keeps
the generated texts and ``--like BEFORE`` cleans exactly those again.
The corpora are read where they are; nothing of them is written elsewhere.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(SHARED / "tools"))


def inputs(generated: int = 2000, like: str | None = None) -> Iterator[tuple[str, str]]:
    import jammer as jam  # ../shared/tools/jammer.py

    seeds = SHARED / "seeds"
    for p in sorted(seeds.glob("*.txt")):
        yield f"seed/{p.stem}", p.read_text(encoding="utf-8")
    gne = SHARED / "corpus" / "gne"
    if (gne / "index.json").exists():
        for n, e in enumerate(json.loads((gne / "index.json").read_text(encoding="utf-8"))):
            text = (gne / e["txt"]).read_text(encoding="utf-8")
            yield f"gne/{e['id']}", text
            yield f"gne/{e['id']}+x", jam.inject(text, n)[0]
            yield f"gne/{e['id']}+legacy", jam.inject(text, n, variant="legacy")[0]
            yield f"gne/{e['id']}+flat", jam.inject(text, n, flatten=True)[0]
    web = SHARED / "corpus" / "web"
    if (web / "index.json").exists():
        for n, e in enumerate(json.loads((web / "index.json").read_text(encoding="utf-8"))):
            for kind in ("txt", "page.txt"):
                p = web / f"{e['id']}.{kind}"
                if p.exists():
                    text = p.read_text(encoding="utf-8")
                    yield f"web/{e['id']}.{kind}", text
                    yield f"web/{e['id']}.{kind}+x", jam.inject(text, n)[0]
    if like:
        with open(like, encoding="utf-8") as f:
            yield from ((r["key"], r["text"]) for r in map(json.loads, f) if "text" in r)
    elif generated:
        yield from _generated(generated)


def _generated(n: int) -> list[tuple[str, str]]:
    """n documents of tests/newsgen.py, the same ones on every run (fixed seed)."""
    from hypothesis import HealthCheck, Phase, given, seed, settings

    import newsgen

    texts: list[str] = []

    @seed(20261207)
    @settings(max_examples=n, database=None, phases=[Phase.generate], deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(newsgen.documents())
    def collect(text):
        texts.append(text)

    collect()
    return [(f"gen/{i}", t) for i, t in enumerate(texts)]


def cmd_dump(out: str, like: str | None = None) -> None:
    import newsclean

    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for key, text in inputs(like=like):
            try:
                result = newsclean.clean(text).model_dump(mode="json")
            except Exception as e:  # noqa: BLE001 - an error is an output too
                result = {"error": f"{type(e).__name__}: {e}"}
            row = {"key": key, "article": result}
            if key.startswith("gen/"):
                row["text"] = text  # the drawn input, for --like
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    print(f"{n} inputs dumped to {out}")


def cmd_compare(a: str, b: str) -> None:
    def load(p):
        with open(p, encoding="utf-8") as f:
            return {r["key"]: r["article"] for r in map(json.loads, f)}

    left, right = load(a), load(b)
    keys = sorted(set(left) | set(right))
    diff = [k for k in keys if left.get(k) != right.get(k)]
    for k in diff[:20]:
        la, ra = left.get(k) or {}, right.get(k) or {}
        fields = sorted(f for f in set(la) | set(ra) if la.get(f) != ra.get(f))
        print(f"{k}: differs in {', '.join(fields)}")
    print(f"{len(keys) - len(diff)}/{len(keys)} identical")
    sys.exit(1 if diff else 0)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "dump":
        cmd_dump(sys.argv[2])
    elif len(sys.argv) == 5 and sys.argv[1] == "dump" and sys.argv[3] == "--like":
        cmd_dump(sys.argv[2], like=sys.argv[4])
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        cmd_compare(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
