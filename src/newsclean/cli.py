"""The command line: ``newsclean clean`` and ``newsclean explain``.

``newsclean clean [PATH ...]`` cleans plain text files (one document each,
in any encoding), JSONL files (one record a line, the text in
``--text-field``, a key or a dotted path) and standard input (``-``), and
writes one JSON line per input document, in input order: the input record
with ``source`` and ``line`` (where it came from) and the
:class:`~newsclean.model.Article` under ``"article"``; with ``--fields`` a
compact row of the record's id, ``source``, ``line`` and the chosen Article
fields. ``--text`` writes the cleaned text (as ``{id, source, line, text}``
rows when the input is JSONL, so no record loses its id). Files ending in
``.gz``, ``.bz2``, ``.xz`` or ``.zst`` are read and written compressed.

A bad record (invalid JSON, a missing or non-string text field, binary data,
a document past its time budget) never stops the run: an error record
``{"error", "source", "line"}`` takes its place and the run exits with
status 1. Usage errors (a missing input, an unwritable output, a bad option
value or configuration) exit with status 2 and a one-line message, before
any document is cleaned.

Inputs stream: only a bounded number of records is in flight, so memory
stays flat on inputs of any size. ``--workers N`` cleans in a process pool;
the output is the same, byte for byte, for every ``N``.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from itertools import chain
from typing import BinaryIO, Iterator, NoReturn, Optional, Sequence

from .batch import (DEFAULT_GLOBS, HTML_GLOBS, JSONL, MARKDOWN_GLOBS, Chunk, Options, RecordError, Task, UsageError,
                    article_fields, expand_paths, html_available, iter_tasks, record_text, run_chunk,
                    run_tasks)
from .errors import NewsCleanError
from .filters.line_breaks import RestoreLineBreaks
from .filters.markdown import RemoveMarkdown
from .pipeline import Pipeline, default_pipeline
from .stats import RemovalStats
from .streams import check_available, open_input, open_output, strip_compression

#: failed documents reported on standard error one by one (a message seen before is counted, not repeated)
ERRORS_SHOWN = 20


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

    def update(self, docs: int, failed: int, nbytes: int) -> None:
        self.docs += docs
        self.failed += failed
        self.bytes += nbytes
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


class ErrorReport:
    """Failed documents on standard error: the first few in full, a repeated message once."""

    def __init__(self, stream, quiet: bool) -> None:
        self.stream = stream
        self.quiet = quiet
        self.seen: dict[str, int] = {}
        self.shown = 0

    def add(self, where: str, message: str, before=None) -> None:
        key = message.split(";", 1)[0]  # "record has no 'x' field; it has: …" is one kind of failure
        self.seen[key] = self.seen.get(key, 0) + 1
        if self.quiet or self.seen[key] > 1 or self.shown >= ERRORS_SHOWN:
            return
        if before:
            before()
        self.stream.write(f"newsclean: {where}{message}\n")
        self.shown += 1

    def repeats(self) -> list[str]:
        return [f"newsclean: {n - 1:,} more like: {key}" for key, n in self.seen.items() if n > 1]


# ---------------------------------------------------------------- clean
def _load_pipeline(config: Optional[str], args: Optional[argparse.Namespace] = None) -> Pipeline:
    """The pipeline, refused with a usage error (exit 2) when the configuration is bad; with the
    filters for the input's shape (``--markdown``, ``--flat``) added when it lacks them."""
    pipeline = _configured(config)
    shapes = [(getattr(args, "markdown", False), RemoveMarkdown(), "html-leftovers"),
              (getattr(args, "flat", False), RestoreLineBreaks(), "discuz-jammer")]
    for wanted, new, after in shapes:
        if wanted and new.name not in pipeline.names:
            anchor = after if after in pipeline.names else None
            pipeline = pipeline.insert(new, after=anchor) if anchor else pipeline.insert(new, before=pipeline.names[0])
    return pipeline


def _configured(config: Optional[str]) -> Pipeline:
    if config is None:
        return default_pipeline()
    try:
        pipeline = Pipeline.from_config(config)
        # a trial document: a configuration that builds but fails on every document is refused now
        pipeline.run("标题\n来源：新华网\n正文第一段。\n责编：周晓雪")
    except NewsCleanError as e:
        raise UsageError(f"configuration {config}: {type(e).__name__}: {_one_line(e)}") from None
    except Exception as e:  # noqa: BLE001 - a bad pattern, option type … in a user's configuration
        raise UsageError(f"configuration {config} fails: {type(e).__name__}: {_one_line(e)}") from None
    return pipeline


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split())


def _options(args: argparse.Namespace, files: list[str]) -> Options:
    any_jsonl = args.jsonl or any(f != "-" and strip_compression(f).lower().endswith(".jsonl") for f in files)
    fields = None
    if args.fields is not None:
        fields = tuple(f.strip() for f in args.fields.split(",") if f.strip())
        known = article_fields()
        bad = [f for f in fields if f.split(".", 1)[0] not in known]
        if bad or not fields:
            raise UsageError(f"--fields: unknown field {', '.join(bad) or '(none given)'}; "
                             f"choose from {', '.join(known)}")
    if args.text and any_jsonl:  # records in, records out: a row per record keeps its id
        fields, mode = ("text",), "json"
    else:
        mode = "text" if args.text else "pretty" if args.pretty else "json"
    return Options(text_field=args.text_field, mode=mode, fields=fields, removed=not args.no_removed,
                   id_field=args.id_field, html=args.html, stats=args.stats is not None,
                   hints=_hints(args.hint or [], any_jsonl))


#: the hints ``clean()`` takes, which ``--hint`` may read from a record's fields
HINTS = ("title", "published", "url", "source")


def _hints(specs: list[str], any_jsonl: bool) -> tuple[tuple[str, str], ...]:
    """``--hint title=meta.title`` options as (hint, field) pairs, checked once."""
    out = []
    for spec in specs:
        hint, sep, path = spec.partition("=")
        hint, path = hint.strip(), path.strip()
        if not sep or hint not in HINTS or not path:
            raise UsageError(f"--hint {spec!r}: give NAME=FIELD with NAME one of {', '.join(HINTS)}")
        out.append((hint, path))
    if out and not any_jsonl:
        raise UsageError("--hint reads each JSONL record's fields; the inputs are not JSONL (use --jsonl)")
    return tuple(out)


def _check_first_record(tasks: Iterator[Task], options: Options) -> Iterator[Task]:
    """Refuse a ``--text-field`` that the first JSONL record does not have (a usage error, said once)."""
    first = next(tasks, None)
    if first is None:
        return iter(())
    if first.kind == JSONL and first.error is None:
        try:
            record = json.loads(first.data)
        except ValueError:
            record = None
        if isinstance(record, dict):
            try:
                record_text(record, options.text_field)
            except RecordError as e:
                if "has no" in str(e):
                    raise UsageError(f"--text-field {options.text_field!r}: the first record "
                                     f"({first.source}:{first.line}) {str(e)[len('record '):]}") from None
    return chain([first], tasks)


def _open_output(path: Optional[str], inputs: Sequence[str]) -> BinaryIO:
    if not path or path == "-":
        return sys.stdout.buffer
    if os.path.exists(path) and any(f != "-" and os.path.samefile(f, path) for f in inputs):
        raise UsageError(f"the output {path} is also an input: writing it would destroy what is read")
    try:
        return open_output(path)
    except OSError as e:
        raise UsageError(f"cannot write {path}: {e.strerror or e}") from None


def cmd_clean(args: argparse.Namespace) -> int:
    globs = args.glob or (HTML_GLOBS if args.html else MARKDOWN_GLOBS if args.markdown else DEFAULT_GLOBS)
    files = expand_paths(args.paths or ["-"], globs)
    if files.count("-") > 1:
        raise UsageError("standard input '-' can be read only once")
    options = _options(args, files)
    check_available([*files, args.output])
    if args.html:
        problem = html_available()
        if problem:
            raise UsageError(problem)
    pipeline = _load_pipeline(args.config, args)
    workers = args.workers if args.workers > 0 else (os.cpu_count() or 1)
    tasks = _check_first_record(iter_tasks(files, jsonl=args.jsonl, limit=args.limit), options)
    stats_out = None
    if args.stats:  # opened now, so an unwritable stats file is a usage error before any work
        try:
            stats_out = open(args.stats, "w", encoding="utf-8")
        except OSError as e:
            raise UsageError(f"cannot write {args.stats}: {e.strerror or e}") from None
    out = _open_output(args.output, files)

    progress = None
    if sys.stderr.isatty() and not args.quiet:
        total = None if "-" in files or args.limit else sum(_size(f) for f in files)
        progress = Progress(sys.stderr, total)
    report = ErrorReport(sys.stderr, args.quiet)
    stats = RemovalStats()
    docs = failed = 0
    started = False
    try:
        for chunk in run_tasks(tasks, pipeline, options, workers):
            blob = chunk.out
            if options.mode == "text" and blob and not started:
                blob = blob[1:]  # documents are separated by a blank line, none before the first
            started = started or bool(blob)
            out.write(blob)
            docs += chunk.docs
            failed += len(chunk.failures)
            for where, message in chunk.failures:
                report.add(where, message, before=progress.close if progress else None)
            if chunk.stats is not None:
                stats.merge(chunk.stats)
            if progress:
                progress.update(chunk.docs, len(chunk.failures), chunk.nbytes)
    finally:
        if progress:
            progress.close()
        out.flush()
        if out is not sys.stdout.buffer:
            out.close()
    if stats_out is not None:
        with stats_out:
            json.dump(stats.as_dict(), stats_out, ensure_ascii=False, indent=2)
            stats_out.write("\n")
    if not args.quiet:
        for line in report.repeats():
            sys.stderr.write(line + "\n")
        if stats_out is not None:
            sys.stderr.write(stats.summary() + "\n")
        if failed or docs != 1:
            sys.stderr.write(f"newsclean: {docs:,} documents, {docs - failed:,} cleaned, {failed:,} failed\n")
    return 1 if failed else 0


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


# ---------------------------------------------------------------- explain
def _explain_input(args: argparse.Namespace) -> bytes | str:
    """The document to explain: a file's bytes, or the text of record N of a JSONL file."""
    try:
        if args.path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open_input(args.path) as f:
                data = f.read()
    except FileNotFoundError:
        raise UsageError(f"no such file: {args.path}") from None
    except (OSError, EOFError) as e:
        raise UsageError(f"cannot read {args.path}: {getattr(e, 'strerror', None) or e}") from None
    if args.record is None and not (args.path != "-" and strip_compression(args.path).lower().endswith(".jsonl")):
        return data
    # a JSONL file: the record's text field, decoded from JSON (its \n are line breaks, not jammer)
    wanted = args.record or 1
    lines = [line for line in data.splitlines() if line.strip()]
    if not 1 <= wanted <= len(lines):
        raise UsageError(f"--record {wanted}: {args.path} holds {len(lines)} records")
    try:
        record = json.loads(lines[wanted - 1])
        return record_text(record, args.text_field)
    except ValueError as e:
        raise UsageError(f"record {wanted} of {args.path} is not valid JSON: {e}") from None
    except RecordError as e:
        raise UsageError(f"record {wanted} of {args.path}: {e}") from None


def cmd_explain(args: argparse.Namespace) -> int:
    from .explain import explain

    if args.record is not None and args.record < 1:
        raise UsageError("--record counts from 1")
    pipeline = _load_pipeline(args.config, args)
    data = _explain_input(args)
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty()
                                       and not os.environ.get("NO_COLOR"))
    try:
        text = explain(data, pipeline=pipeline, color=color, summary=not args.no_summary)
    except NewsCleanError as e:
        sys.stderr.write(f"newsclean: {args.path}: {type(e).__name__}: {_one_line(e)}\n")
        return 1
    sys.stdout.buffer.write(text.encode("utf-8", "backslashreplace"))
    sys.stdout.flush()
    return 0


# ---------------------------------------------------------------- arguments
class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on standard error, and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _whole_number(text: str, minimum: int, too_small: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < minimum:
        raise argparse.ArgumentTypeError(f"{value} {too_small}")
    return value


def _positive(text: str) -> int:
    return _whole_number(text, 1, "is not 1 or more")


def _non_negative(text: str) -> int:
    return _whole_number(text, 0, "is negative")


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = _Parser(prog="newsclean",
                     description="Turn text scraped from Chinese news pages into clean, typed articles.")
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    c = sub.add_parser(
        "clean",
        help="clean documents and write JSON lines (or the cleaned text)",
        description=(
            "Clean text files (one document each), JSONL files (one record a line) and "
            "standard input ('-'), writing one JSON line per document in input order. "
            "Files ending in .gz, .bz2, .xz or .zst are read and written compressed. "
            "Exit status: 0 when every document was cleaned, 1 when some failed "
            "(each failure gives an error record in its place), 2 for usage errors."
        ),
    )
    c.add_argument("paths", nargs="*", metavar="PATH",
                   help="files, directories (searched recursively) or '-' for standard input (the default)")
    c.add_argument("-o", "--output", metavar="FILE",
                   help="write to FILE instead of standard output (compressed when it ends in .gz, .bz2, .xz, .zst)")
    c.add_argument("--text", action="store_true",
                   help="write the cleaned text instead of JSON (JSONL input: {id, source, line, text} rows)")
    c.add_argument("--fields", metavar="LIST",
                   help="compact rows: the record's id, source, line and these Article fields "
                        "(comma-separated, e.g. title,text,metadata)")
    c.add_argument("--no-removed", action="store_true", help="leave the removal records out of the output")
    c.add_argument("--id-field", default="id", metavar="NAME",
                   help="the record key a compact row (--fields, --text) keeps (default: id)")
    c.add_argument("--pretty", action="store_true", help="indented JSON (for reading one document)")
    c.add_argument("--jsonl", action="store_true",
                   help="read every input, standard input included, as JSONL (files ending in .jsonl always are)")
    c.add_argument("--text-field", default="text", metavar="NAME",
                   help="the JSONL field holding the text, or a dotted path such as doc.content (default: text)")
    c.add_argument("--hint", action="append", metavar="NAME=FIELD",
                   help="what the scraper knows, read from each JSONL record: title, published, url or source "
                        "from FIELD (a key or dotted path), e.g. --hint title=title --hint url=meta.url; repeatable")
    c.add_argument("--html", action="store_true",
                   help="the inputs are HTML pages (files, or the text field of JSONL records): newsclean.clean_html")
    _shape_options(c)
    c.add_argument("--glob", action="append", metavar="PATTERN",
                   help="file name pattern searched in directories; repeatable "
                        "(default: *.txt and *.jsonl, compressed or not; with --html *.html, *.htm, *.jsonl; "
                        "with --markdown *.md and *.markdown too)")
    c.add_argument("--limit", type=_positive, metavar="N", help="clean only the first N documents (a trial run)")
    c.add_argument("--stats", metavar="FILE",
                   help="write per filter and reason the documents touched and characters removed (JSON) to FILE, "
                        "and a summary to standard error")
    c.add_argument("-w", "--workers", type=_non_negative, default=1, metavar="N",
                   help="worker processes (default 1; 0 = one per CPU); the output is the same for every N")
    c.add_argument("-c", "--config", metavar="FILE", help="pipeline configuration (JSON or TOML)")
    c.add_argument("-q", "--quiet", action="store_true", help="no progress, error messages or summary on stderr")
    c.set_defaults(func=cmd_clean)

    e = sub.add_parser(
        "explain",
        help="show what the pipeline removes from a document, and why",
        description="Print the input with each removed piece marked and the reason it was removed.",
    )
    e.add_argument("path", metavar="FILE", help="a text file, a JSONL file (see --record), or '-' for standard input")
    e.add_argument("--record", type=int, metavar="N",
                   help="explain record N (from 1) of a JSONL file; its text field is decoded from JSON first")
    e.add_argument("--text-field", default="text", metavar="NAME",
                   help="the JSONL field holding the text, or a dotted path (default: text)")
    e.add_argument("-c", "--config", metavar="FILE", help="pipeline configuration (JSON or TOML)")
    _shape_options(e)
    e.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="ANSI colours (default: auto, when standard output is a terminal)")
    e.add_argument("--no-summary", action="store_true", help="leave out the summary of reasons")
    e.set_defaults(func=cmd_explain)
    return parser


def _shape_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--markdown", action="store_true",
                   help="the inputs may be Markdown (from a reader service or crawler): the markdown filter cuts "
                        "its markup (newsclean.pipeline.markdown_pipeline); other text comes out the same")
    p.add_argument("--flat", action="store_true",
                   help="the inputs may have lost their line breaks (get_text(' ') of minified HTML): "
                        "restore-line-breaks splits them again (newsclean.pipeline.flat_text_pipeline)")


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line; returns the exit status (2 for usage errors, never a traceback for them)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UsageError as e:
        sys.stderr.write(f"newsclean {args.command}: error: {_one_line(e)}\n")
        return 2
    except NewsCleanError as e:  # a .zst file without zstandard, a configuration refused late
        sys.stderr.write(f"newsclean {args.command}: error: {type(e).__name__}: {_one_line(e)}\n")
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
    except OSError as e:  # the disk filled up, an output went away mid-run
        sys.stderr.write(f"newsclean {args.command}: error: {e.strerror or e}"
                         f"{': ' + str(e.filename) if e.filename else ''}\n")
        return 1


__all__ = ["main", "build_parser", "expand_paths", "iter_tasks", "run_tasks", "run_chunk", "Options", "Task",
           "Chunk", "Progress", "UsageError"]
