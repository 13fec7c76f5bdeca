"""Survey idempotence failures on many generated examples, bucketed by class.

Not a test (pytest does not collect it): a tool for issue 6. Run from the
repository root::

    PYTHONPATH=src:tests python tests/fuzz/idempotence_survey.py [N] [--seed S] [--show K] [--kind mixed|pages]

It draws ``N`` examples (default 3000) of ``mixed_text()`` (the adversarial
strategy of ``test_fuzz_clean.py``) or ``documents()``, cleans each, cleans
``article.text`` again and buckets every example whose title, subtitle or
paragraphs changed by what the second pass did differently: the filter and
reason that removed a kept paragraph, or a title/subtitle change.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsclean import clean  # noqa: E402
from newsgen import documents, idempotence_problem  # noqa: E402
from test_fuzz_clean import mixed_text  # noqa: E402


def classify(first, again) -> str:
    """A short name for what changed between the two passes."""
    if again.title != first.title:
        return "title: " + ("lost" if again.title is None else "gained" if first.title is None else "changed")
    if again.subtitle != first.subtitle:
        return "subtitle: " + ("lost" if again.subtitle is None else "gained" if first.subtitle is None
                                else "changed")
    kept = set(again.paragraphs)
    gone = [p for p in first.paragraphs if p not in kept]
    reasons = set()
    for p in gone:
        for r in again.removed:
            if r.text.strip() and r.text.strip() in p:
                reasons.add(f"{r.filter}/{r.reason}")
    if gone and reasons:
        return "removed again: " + ", ".join(sorted(reasons))
    if gone:
        return "paragraph changed"
    return "paragraphs gained"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=2, help="examples printed per class")
    ap.add_argument("--kind", choices=["mixed", "pages"], default="mixed")
    args = ap.parse_args()
    buckets: dict[str, list[str]] = collections.defaultdict(list)
    count = 0
    strategy = mixed_text() if args.kind == "mixed" else documents()

    @seed(args.seed)
    @settings(max_examples=args.n, database=None, phases=[Phase.generate], deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def run(text):
        nonlocal count
        count += 1
        first = clean(text)
        again = clean(first.text)
        if idempotence_problem(first, again) is not None:
            buckets[classify(first, again)].append(text)

    run()
    total = sum(len(v) for v in buckets.values())
    print(f"{count} examples ({args.kind}, seed {args.seed}): {total} failures, "
          f"{1000 * total / max(count, 1):.1f} per 1000")
    for name, texts in sorted(buckets.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(texts):4d}  {name}")
        for t in texts[:args.show]:
            print(f"        {t!r}")


if __name__ == "__main__":
    main()
