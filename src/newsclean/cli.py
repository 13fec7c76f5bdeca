"""The command line: ``newsclean clean`` and ``newsclean explain``.

``newsclean clean [PATH ...]`` cleans plain text files (one document each,
in any encoding), JSONL files (one record a line, the text in
``--text-field``) and standard input (``-``), and writes one JSON line per
input document, in input order: the input record (or ``{"path": ...}`` for a
text file) with the :class:`~newsclean.model.Article` under ``"article"``.
``--text`` writes the cleaned text instead.

A bad record (invalid JSON, a missing or non-string text field, binary data)
never stops the run: an error record ``{"error", "source", "line"}`` takes its
place and the run exits with status 1. Usage errors exit with status 2.

Inputs stream: a JSONL file is read one line at a time and only a bounded
number of records is in flight, so memory stays flat on inputs of any size.
``--workers N`` cleans in a process pool; the output is the same, byte for
byte, for every ``N``.
"""
from __future__ import annotations

import argparse
import fnmatch
import json
import os
import pickle
import sys
import time
from collections import deque
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, NamedTuple, Optional, Sequence

from .errors import NewsCleanError
from .pipeline import Pipeline, default_pipeline

#: file name patterns searched in directories unless ``--glob`` is given
DEFAULT_GLOBS = ("*.txt", "*.jsonl")

# bounds on the work handed to a worker at once, and on the work in flight
CHUNK_RECORDS = 64
CHUNK_BYTES = 1 << 20
INFLIGHT_PER_WORKER = 4

TEXT, JSONL = "text", "jsonl"


class Task(NamedTuple):
    """One input document: a whole text file, or one JSONL line."""

    kind: str  # TEXT or JSONL
    source: str  # the path, or "-" for standard input
    line: Optional[int]  # 1-based line number in a JSONL input
    data: bytes  # the file's bytes or the JSONL line; empty when ``error`` is set
    error: Optional[str] = None  # set when the input could not even be read


class Result(NamedTuple):
    ok: bool
    out: str  # what to write to the output (empty for a failed record in --text mode)
    error: Optional[str]  # the error message of a failed record
    nbytes: int  # input bytes this record stood for
    where: str = ""  # "source:line: " of a failed record, for messages


class Options(NamedTuple):
    """How a worker turns a task into output."""

    text_field: str
    mode: str  # "json", "pretty" or "text"


class UsageError(Exception):
    """A mistake on the command line: exit status 2."""


# ---------------------------------------------------------------- worker side
_STATE: Optional[tuple[Pipeline, Options]] = None


def _init_worker(pipeline_bytes: bytes, options: Options) -> None:
    """Process-pool initializer: unpickle the pipeline once per worker."""
    global _STATE
    _STATE = (pickle.loads(pipeline_bytes), options)


def _run_chunk(tasks: list[Task]) -> list[Result]:
    assert _STATE is not None, "worker not initialised"
    pipeline, options = _STATE
    return [process(task, pipeline, options) for task in tasks]


def _dumps(obj: Any, mode: str) -> str:
    if mode == "pretty":
        return json.dumps(obj, ensure_ascii=False, indent=2)
    return json.dumps(obj, ensure_ascii=False)


def process(task: Task, pipeline: Pipeline, options: Options) -> Result:
    """Clean one task and render its output line (or its error record)."""
    nbytes = len(task.data)
    record: dict[str, Any]
    try:
        if task.error is not None:
            raise _RecordError(task.error)
        if task.kind == JSONL:
            try:
                record = json.loads(task.data)
            except UnicodeDecodeError as e:
                raise _RecordError(f"line is not UTF-8: {e.reason}") from None
            except ValueError as e:
                raise _RecordError(f"invalid JSON: {e}") from None
            if not isinstance(record, dict):
                raise _RecordError(f"record is a JSON {type(record).__name__}, not an object")
            if options.text_field not in record:
                raise _RecordError(f"record has no {options.text_field!r} field")
            text = record[options.text_field]
            if not isinstance(text, str):
                raise _RecordError(
                    f"field {options.text_field!r} is {type(text).__name__ if text is not None else 'null'}, "
                    "not a string"
                )
            article = pipeline.run(text)
        else:
            record = {"path": task.source}
            article = pipeline.run(task.data)
    except _RecordError as e:
        return _failed(task, str(e), options, nbytes)
    except NewsCleanError as e:
        return _failed(task, f"{type(e).__name__}: {e}", options, nbytes)
    except Exception as e:  # a filter's bug must not stop a long run either
        return _failed(task, f"internal error {type(e).__name__}: {e}", options, nbytes)
    if options.mode == "text":
        return Result(True, article.text, None, nbytes)
    record["article"] = article.model_dump(mode="json")
    return Result(True, _dumps(record, options.mode), None, nbytes)


class _RecordError(Exception):
    pass


def _failed(task: Task, message: str, options: Options, nbytes: int) -> Result:
    where = f"{task.source}:{task.line}: " if task.line is not None else f"{task.source}: "
    if options.mode == "text":
        return Result(False, "", message, nbytes, where)
    return Result(False, _dumps({"error": message, "source": task.source, "line": task.line}, options.mode),
                  message, nbytes, where)


# ---------------------------------------------------------------- inputs
def expand_paths(paths: Sequence[str], globs: Sequence[str]) -> list[str]:
    """Files to read, in order: each path as given, a directory's matching files sorted.

    Raises :class:`UsageError` for a path that does not exist.
    """
    out: list[str] = []
    for p in paths:
        if p == "-":
            out.append(p)
        elif os.path.isdir(p):
            found = []
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    if any(fnmatch.fnmatch(name, g) for g in globs):
                        found.append(os.path.join(root, name))
            out.extend(found)
        elif os.path.exists(p):
            out.append(p)
        else:
            raise UsageError(f"no such file or directory: {p}")
    return out


def _is_jsonl(path: str, force: bool) -> bool:
    return force or path.lower().endswith(".jsonl")


def iter_tasks(files: Sequence[str], *, jsonl: bool, stdin: Optional[BinaryIO] = None) -> Iterator[Task]:
    """The documents of ``files`` one at a time; a JSONL file is read line by line."""
    for path in files:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            if jsonl:
                yield from _jsonl_tasks(stream, "-")
            else:
                yield Task(TEXT, "-", None, stream.read())
            continue
        try:
            if _is_jsonl(path, jsonl):
                with open(path, "rb") as f:
                    yield from _jsonl_tasks(f, path)
            else:
                with open(path, "rb") as f:
                    data = f.read()
                yield Task(TEXT, path, None, data)
        except OSError as e:
            yield Task(JSONL if _is_jsonl(path, jsonl) else TEXT, path, None, b"",
                       f"cannot read: {e.strerror or e}")


def _jsonl_tasks(stream: BinaryIO, source: str) -> Iterator[Task]:
    for n, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        yield Task(JSONL, source, n, raw)


def _chunks(tasks: Iterable[Task]) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    size = 0
    for t in tasks:
        chunk.append(t)
        size += len(t.data)
        if len(chunk) >= CHUNK_RECORDS or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def run_tasks(tasks: Iterable[Task], pipeline: Pipeline, options: Options, workers: int = 1) -> Iterator[Result]:
    """Results in input order; with ``workers > 1`` in a process pool, a bounded number of chunks in flight."""
    if workers <= 1:
        for task in tasks:
            yield process(task, pipeline, options)
        return
    import multiprocessing

    pool = multiprocessing.get_context().Pool(
        workers, initializer=_init_worker, initargs=(pickle.dumps(pipeline), options)
    )
    try:
        pending: deque = deque()
        limit = workers * INFLIGHT_PER_WORKER
        for chunk in _chunks(tasks):
            pending.append(pool.apply_async(_run_chunk, (chunk,)))
            while len(pending) >= limit:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()


# ---------------------------------------------------------------- progress
class Progress:
    """A one-line progress display on a terminal (documents, MB, documents/s, ETA)."""

    def __init__(self, stream, total_bytes: Optional[int], interval: float = 0.2) -> None:
        self.stream = stream
        self.total = total_bytes
        self.interval = interval
        self.start = self.last = time.monotonic()
        self.docs = 0
        self.failed = 0
        self.bytes = 0
        self.shown = False

    def update(self, result: Result) -> None:
        self.docs += 1
        self.failed += not result.ok
        self.bytes += result.nbytes
        now = time.monotonic()
        if now - self.last >= self.interval:
            self.last = now
            self.show(now)

    def show(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-9)
        rate = self.docs / elapsed
        mb = self.bytes / 1e6
        line = f"{self.docs:,} documents  {mb:,.1f} MB  {rate:,.0f} docs/s"
        if self.failed:
            line += f"  {self.failed:,} failed"
        if self.total and self.bytes:
            left = max(self.total - self.bytes, 0) * elapsed / self.bytes
            line += f"  {100 * min(self.bytes / self.total, 1):.0f}%  ETA {_hms(left)}"
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _hms(seconds: float) -> str:
    s = int(seconds + 0.5)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


# ---------------------------------------------------------------- commands
def _load_pipeline(config: Optional[str]) -> Pipeline:
    if config is None:
        return default_pipeline()
    return Pipeline.from_config(config)


def cmd_clean(args: argparse.Namespace) -> int:
    pipeline = _load_pipeline(args.config)
    files = expand_paths(args.paths or ["-"], args.glob or DEFAULT_GLOBS)
    if files.count("-") > 1:
        raise UsageError("standard input '-' can be read only once")
    mode = "text" if args.text else "pretty" if args.pretty else "json"
    options = Options(args.text_field, mode)
    workers = args.workers if args.workers > 0 else (os.cpu_count() or 1)

    progress = None
    if sys.stderr.isatty() and not args.quiet:
        total = None if "-" in files else sum(_size(f) for f in files)
        progress = Progress(sys.stderr, total)

    out: BinaryIO
    if args.output and args.output != "-":
        out = open(args.output, "wb")
    else:
        out = sys.stdout.buffer
    docs = failed = 0
    errors_shown = 0
    try:
        tasks = iter_tasks(files, jsonl=args.jsonl)
        for result in run_tasks(tasks, pipeline, options, workers):
            docs += 1
            if mode == "text":
                if result.ok:
                    out.write((("\n" if docs - failed > 1 else "") + result.out + "\n").encode("utf-8", "replace"))
            else:
                # lone surrogates from JSON input become \\udXXX escapes, still valid JSON
                out.write((result.out + "\n").encode("utf-8", "backslashreplace"))
            if not result.ok:
                failed += 1
                if errors_shown < 20 and not args.quiet:
                    if progress:
                        progress.close()
                    sys.stderr.write(f"newsclean: {result.where}{result.error}\n")
                    errors_shown += 1
            if progress:
                progress.update(result)
    finally:
        if progress:
            progress.close()
        out.flush()
        if out is not sys.stdout.buffer:
            out.close()
    if not args.quiet and (failed or docs != 1):
        sys.stderr.write(f"newsclean: {docs:,} documents, {docs - failed:,} cleaned, {failed:,} failed\n")
    return 1 if failed else 0


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from .explain import explain

    pipeline = _load_pipeline(args.config)
    if args.path == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(args.path).read_bytes()
        except FileNotFoundError:
            raise UsageError(f"no such file: {args.path}") from None
        except OSError as e:
            sys.stderr.write(f"newsclean: cannot read {args.path}: {e.strerror}\n")
            return 1
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty()
                                       and not os.environ.get("NO_COLOR"))
    try:
        text = explain(data, pipeline=pipeline, color=color, summary=not args.no_summary)
    except NewsCleanError as e:
        sys.stderr.write(f"newsclean: {args.path}: {type(e).__name__}: {e}\n")
        return 1
    sys.stdout.buffer.write(text.encode("utf-8", "backslashreplace"))
    sys.stdout.flush()
    return 0


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Turn text scraped from Chinese news pages into clean, typed articles.",
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    c = sub.add_parser(
        "clean",
        help="clean documents and write JSON lines (or the cleaned text)",
        description=(
            "Clean text files (one document each), JSONL files (one record a line) and "
            "standard input ('-'), writing one JSON line per document in input order. "
            "Exit status: 0 when every document was cleaned, 1 when some failed "
            "(each failure gives an error record in its place), 2 for usage errors."
        ),
    )
    c.add_argument("paths", nargs="*", metavar="PATH",
                   help="files, directories (searched recursively) or '-' for standard input (the default)")
    c.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    c.add_argument("--text", action="store_true", help="write the cleaned text instead of JSON")
    c.add_argument("--pretty", action="store_true", help="indented JSON (for reading one document)")
    c.add_argument("--jsonl", action="store_true",
                   help="read every input, standard input included, as JSONL (files ending in .jsonl always are)")
    c.add_argument("--text-field", default="text", metavar="NAME",
                   help="the JSONL field holding the text (default: text)")
    c.add_argument("--glob", action="append", metavar="PATTERN",
                   help=f"file name pattern searched in directories; repeatable (default: {' '.join(DEFAULT_GLOBS)})")
    c.add_argument("-w", "--workers", type=int, default=1, metavar="N",
                   help="worker processes (default 1; 0 = one per CPU); the output is the same for every N")
    c.add_argument("-c", "--config", metavar="FILE", help="pipeline configuration (JSON or TOML)")
    c.add_argument("-q", "--quiet", action="store_true", help="no progress, error messages or summary on stderr")
    c.set_defaults(func=cmd_clean)

    e = sub.add_parser(
        "explain",
        help="show what the pipeline removes from a document, and why",
        description="Print the input with each removed piece marked and the reason it was removed.",
    )
    e.add_argument("path", metavar="FILE", help="a text file, or '-' for standard input")
    e.add_argument("-c", "--config", metavar="FILE", help="pipeline configuration (JSON or TOML)")
    e.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="ANSI colours (default: auto, when standard output is a terminal)")
    e.add_argument("--no-summary", action="store_true", help="leave out the summary of reasons")
    e.set_defaults(func=cmd_explain)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "workers", 1) < 0:
        parser.error("--workers must be 0 or more")
    try:
        return args.func(args)
    except UsageError as e:
        parser.error(str(e))  # exits with status 2
    except NewsCleanError as e:  # a bad configuration
        sys.stderr.write(f"newsclean: {type(e).__name__}: {e}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return 130
    except BrokenPipeError:
        # the reader went away (`newsclean clean … | head`): stop quietly
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except OSError:
            pass
        return 141
    return 0


__all__ = ["main", "build_parser", "expand_paths", "iter_tasks", "run_tasks", "process", "Options", "Task"]
