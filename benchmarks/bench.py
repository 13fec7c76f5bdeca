#!/usr/bin/env python3
"""Throughput figures for newsclean. Prints numbers; asserts nothing.

    python benchmarks/bench.py                 # everything
    python benchmarks/bench.py clean filters   # some sections
    python benchmarks/bench.py --corpus DIR --repeat 5

Sections:

* ``clean``   documents/s and MB/s of :func:`newsclean.clean` on the corpus,
  plain and jammed (Discuz! jammer injected with ``../shared/tools/jammer.py``
  when it is there, else with the small generator below);
* ``filters`` time spent in each filter (and in making the Document and
  building the Article), so filter owners see their hot spots;
* ``cli``     the command line on a JSONL file, ``--workers 1`` and ``2``;
* ``ray``     :func:`newsclean.ray.clean_dataset` on a local Ray with 2 CPUs
  (skipped when Ray is not installed);
* ``size``    time against document size, 10 KB to 50 MB (growth should be linear).

The corpus is read at run time from ``../shared/corpus/gne`` next to the
repository (``--corpus`` to change it); without it a small generated corpus
is used.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import newsclean  # noqa: E402

SHARED = ROOT.parent / "shared"
DEFAULT_CORPUS = SHARED / "corpus" / "gne"

# ---------------------------------------------------------------- inputs
_PARAS = [
    "记者从国家统计局获悉，前三季度国民经济运行总体平稳，主要指标稳中有进。",
    "据介绍，今年以来各地持续优化营商环境，市场主体活力不断增强。",
    "“我们将继续加大政策支持力度，推动经济持续回升向好。”有关负责人表示。",
    "图为游客在古城观灯。李思银 摄",
    "专家认为，消费市场回暖态势明显，服务消费成为新的增长点。",
]


def generated_corpus(n: int = 40, seed: int = 0) -> list[str]:
    """Small realistic-looking news pages, when the shared corpus is absent."""
    rnd = random.Random(seed)
    docs = []
    for i in range(n):
        body = [rnd.choice(_PARAS) for _ in range(rnd.randint(8, 30))]
        docs.append("\n".join([f"示例新闻标题第{i}号", "来源：新华网", *body, "责编：周晓雪"]))
    return docs


def load_corpus(path: Path) -> list[str]:
    if (path / "index.json").is_file():
        index = json.loads((path / "index.json").read_text(encoding="utf-8"))
        return [(path / e["txt"]).read_text(encoding="utf-8") for e in index]
    files = sorted(path.glob("*.txt")) if path.is_dir() else []
    if files:
        return [f.read_text(encoding="utf-8", errors="replace") for f in files]
    print(f"(no corpus at {path}; using {40} generated pages)")
    return generated_corpus()


_UNIT_CHARS = "!\"#$%&'()*+,-./0123456789:;"
_LETTERS = "?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"


def _own_jammer(text: str, seed: int) -> str:
    """A Discuz!-style run (``2 u" [6 R2 O'``) at the end of most lines."""
    rnd = random.Random(seed)
    out = []
    for line in text.split("\n"):
        if line.strip() and rnd.random() < 0.7:
            units = "".join(rnd.choice(_UNIT_CHARS) + " " + rnd.choice(_LETTERS) for _ in range(rnd.randint(4, 12)))
            line = line + units
        out.append(line)
    return "\n".join(out)


def jam(docs: list[str]) -> tuple[list[str], str]:
    tool = SHARED / "tools" / "jammer.py"
    if tool.is_file():
        sys.path.insert(0, str(tool.parent))
        try:
            import jammer  # type: ignore

            return [jammer.inject(t, i)[0] for i, t in enumerate(docs)], "shared/tools/jammer.py"
        except Exception as e:  # pragma: no cover - depends on the tool
            print(f"(jammer.py failed: {e}; using the built-in generator)")
    return [_own_jammer(t, i) for i, t in enumerate(docs)], "built-in generator"


def mb_of(docs: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in docs) / 1e6


def best_of(fn, repeat: int, clock=time.perf_counter) -> float:
    """The best of ``repeat`` runs of ``fn``, by ``clock`` (wall time unless told)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = clock()
        fn()
        best = min(best, clock() - t0)
    return best


def row(label: str, docs: int, mb: float, seconds: float, extra: str = "") -> None:
    print(f"  {label:<34} {docs / seconds:>9,.0f} docs/s {mb / seconds:>8.2f} MB/s  ({seconds:.3f} s){extra}")


# ---------------------------------------------------------------- sections
def bench_clean(docs, jammed, how, repeat):
    print(f"clean(): {len(docs)} documents, {mb_of(docs):.2f} MB plain; jammed with the {how}")
    p = newsclean.default_pipeline()
    p.run(docs[0])
    work = docs * 3
    row("plain", len(work), mb_of(work), best_of(lambda: [p.run(t) for t in work], repeat))
    work = jammed * 3
    row("jammed", len(work), mb_of(work), best_of(lambda: [p.run(t) for t in work], repeat))
    raw = [t.encode("gb18030") for t in jammed] * 3
    row("jammed, GB18030 bytes (decode too)", len(raw), sum(map(len, raw)) / 1e6,
        best_of(lambda: [p.run(b) for b in raw], repeat))
    row("jammed + model_dump(mode='json')", len(work), mb_of(work),
        best_of(lambda: [p.run(t).model_dump(mode="json") for t in work], repeat))


def bench_filters(jammed, repeat):
    p = newsclean.default_pipeline()
    work = jammed * 3
    times: dict[str, float] = defaultdict(float)
    for _ in range(repeat):
        for t in work:
            t0 = time.perf_counter()
            doc = p.document(t)
            t1 = time.perf_counter()
            times["(make Document)"] += t1 - t0
            for f in p.filters:
                f.apply(doc)
                t2 = time.perf_counter()
                times[f.name] += t2 - t1
                t1 = t2
            doc.build()
            times["(build Article)"] += time.perf_counter() - t1
    total = sum(times.values())
    # one regex pass over the lines, as nceval.py perf measures
    import re

    one = re.compile(r"(?:[\x21-\x3b] [\x3f-\x7e]| [\x3f-\x7e]){5,30}")
    base = best_of(lambda: [one.findall(line) for t in work for line in t.split("\n")], repeat) * repeat
    print(f"per filter, jammed corpus x3 ({mb_of(work):.2f} MB, {repeat} rounds); "
          f"'pass' = that step's time in units of one regex pass over the text")
    for name, s in sorted(times.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<28} {s * 1000 / repeat:>9.1f} ms/round {100 * s / total:>6.1f} %  {s / base:>6.2f} passes")
    print(f"  {'total':<28} {total * 1000 / repeat:>9.1f} ms/round          {total / base:>6.2f} passes "
          f"(ratio {base / total:.3f}; nceval target >= 0.30)")


def _write_jsonl(path: Path, docs: list[str], copies: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        for k in range(copies):
            for i, t in enumerate(docs):
                f.write(json.dumps({"id": f"{k}-{i}", "text": t}, ensure_ascii=False) + "\n")


_CLI_CHILD = """
import json, resource, sys, time
from newsclean.cli import main
rc = main(sys.argv[1:])
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
sys.stderr.write(json.dumps({"rc": rc, "parent": time.process_time(), "workers": kids.ru_utime + kids.ru_stime}))
"""


def _cli_run(args: list[str], env: dict) -> dict:
    """One run of the CLI in a fresh process: wall time, and CPU time of the parent and of its workers."""
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", _CLI_CHILD, *args], env=env, capture_output=True, check=True)
    wall = time.perf_counter() - t0
    return {"wall": wall, **json.loads(p.stderr.decode().splitlines()[-1])}


def bench_cli(jammed, repeat):
    """``--workers 1`` against ``2``; CPU times say what an idle 2-core machine would do.

    The parent reads lines and writes bytes; the workers parse, clean and
    serialise. On an idle machine with 2 cores the wall time of ``--workers 2``
    is about the parent's fixed start (measured on a one-record input) plus
    the larger of the parent's remaining CPU and the workers' CPU / 2, so
    ``1-worker CPU / that`` is the speed-up to expect there, whatever else
    this machine is running.
    The input is the jammed corpus 40 times (about 18 MB, a small crawl): the
    start of the process (imports, ~0.25 s CPU) is paid once by the parent
    in both runs, and on a few hundred records would hide the speed-up.
    """
    copies = 40
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        _write_jsonl(src, jammed, copies)
        n, mb = len(jammed) * copies, src.stat().st_size / 1e6
        print(f"CLI: newsclean clean in.jsonl ({n} records, {mb:.2f} MB), process start included; "
              f"best of {repeat} (by CPU time)")
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
        outputs: dict[int, bytes] = {}
        tries: dict[int, list[dict]] = {1: [], 2: []}
        for _ in range(repeat):  # interleaved, so a change in the machine's load hits both alike
            for w in (1, 2):
                out = Path(tmp) / f"out{w}.jsonl"
                tries[w].append(_cli_run(["clean", "--workers", str(w), "-q", "-o", str(out), str(src)], env))
                outputs[w] = out.read_bytes()
        runs = {w: min(t, key=lambda r: r["parent"] + r["workers"]) for w, t in tries.items()}
        for w, best in runs.items():
            row(f"--workers {w}", n, mb, best["wall"],
                f"  CPU parent {best['parent']:.2f} s, workers {best['workers']:.2f} s")
        # the parent's fixed start (imports, the pipeline, the pool) runs before any worker can start
        tiny = Path(tmp) / "one.jsonl"
        tiny.write_text(src.read_text(encoding="utf-8").split("\n", 1)[0] + "\n", encoding="utf-8")
        start = min(_cli_run(["clean", "--workers", "2", "-q", "-o", os.devnull, str(tiny)], env)["parent"]
                    for _ in range(repeat))
        one = runs[1]["parent"] + runs[1]["workers"]
        parent, workers = runs[2]["parent"], runs[2]["workers"]
        two = start + max(parent - start, workers / 2)
        print(f"  2 workers on an idle 2-core machine, from CPU times: {one:.2f} s / {two:.2f} s = {one / two:.2f}x "
              f"(1 worker: all of it; 2 workers: the parent's start {start:.2f} s, then the larger of the "
              f"parent's reading and writing, {parent - start:.2f} s, and the workers' {workers:.2f} s over 2 cores); "
              f"wall on this machine now: {runs[1]['wall'] / runs[2]['wall']:.2f}x")
        print(f"  output identical for 1 and 2 workers: {outputs[1] == outputs[2]}")


def bench_ray(jammed, repeat):
    try:
        import ray

        from newsclean.ray import clean_dataset
    except ImportError as e:
        print(f"Ray: skipped ({e})")
        return
    import logging

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    ray.data.DataContext.get_current().enable_progress_bars = False
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    try:
        work = jammed * 5
        items = [{"id": i, "text": t} for i, t in enumerate(work)]
        ds = ray.data.from_items(items, override_num_blocks=8).materialize()
        print(f"Ray Data: clean_dataset on a local Ray with 2 CPUs ({len(work)} documents; actor start included)")
        s = best_of(lambda: clean_dataset(ds).materialize(), repeat)
        row("clean_dataset", len(work), mb_of(work), s)
    finally:
        ray.shutdown()


def bench_size(docs, jammed, repeat):
    print("time against document size (jammed text repeated; linear growth gives a flat µs/KB;\n"
          "CPU time is this process's alone, steadier than wall time on a shared machine)")
    p = newsclean.Pipeline(newsclean.default_filters(), max_input_bytes=10**9)
    unit = "\n".join(jammed)
    for kb in (10, 100, 1000, 10_000, 50_000):
        target = kb * 1000
        text = unit * (target // len(unit.encode("utf-8")) + 1)
        text = text.encode("utf-8")[:target].decode("utf-8", "ignore")
        r = 1 if kb >= 10_000 else repeat
        s = best_of(lambda: p.run(text), r)
        cpu = best_of(lambda: p.run(text), r, clock=time.process_time)
        print(f"  {kb:>7,} KB  {s:>9.3f} s  {s * 1e6 / kb:>8.1f} µs/KB  {kb / 1000 / s:>7.2f} MB/s"
              f"   CPU {cpu * 1e6 / kb:>7.1f} µs/KB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sections", nargs="*", metavar="SECTION",
                    help="clean, filters, cli, ray, size (default: all)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    every = ["clean", "filters", "cli", "ray", "size"]
    unknown = sorted(set(args.sections) - set(every))
    if unknown:
        ap.error(f"unknown sections {unknown}; choose from {every}")
    args.sections = args.sections or every
    docs = load_corpus(args.corpus)
    jammed, how = jam(docs)
    print(f"newsclean {newsclean.__version__}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    for section in args.sections:
        print()
        if section == "clean":
            bench_clean(docs, jammed, how, args.repeat)
        elif section == "filters":
            bench_filters(jammed, args.repeat)
        elif section == "cli":
            bench_cli(jammed, args.repeat)
        elif section == "ray":
            bench_ray(jammed, args.repeat)
        elif section == "size":
            bench_size(docs, jammed, args.repeat)


if __name__ == "__main__":
    main()
