"""Cleaning many documents for the command line: inputs, output rows, a process pool.

The parent process only reads raw lines and writes bytes in order; the
workers parse each JSON record, clean it, build its output row and encode
it, one chunk of records at a time. ``--workers 1`` runs the very same
chunk function in-process, so the output is the same, byte for byte, for
every worker count.
"""
from __future__ import annotations

import fnmatch
import json
import os
import pickle
import sys
from collections import deque
from itertools import islice
from typing import Any, BinaryIO, Callable, Iterable, Iterator, NamedTuple, Optional, Sequence

from .errors import NewsCleanError
from .model import Article
from .pipeline import Pipeline
from .stats import RemovalStats
from .streams import SUFFIXES, open_input, strip_compression

#: file name patterns searched in directories unless ``--glob`` is given
DEFAULT_GLOBS = tuple(f"*{ext}{z}" for ext in (".txt", ".jsonl") for z in ("", *SUFFIXES))
HTML_GLOBS = tuple(f"*{ext}{z}" for ext in (".html", ".htm", ".jsonl") for z in ("", *SUFFIXES))
MARKDOWN_GLOBS = DEFAULT_GLOBS + tuple(f"*{ext}{z}" for ext in (".md", ".markdown") for z in ("", *SUFFIXES))

# bounds on the work handed to a worker at once, and on the work in flight
CHUNK_RECORDS = 64
CHUNK_BYTES = 1 << 20
INFLIGHT_PER_WORKER = 4

TEXT, JSONL = "text", "jsonl"
#: the keys every output row carries to say where its document came from
LOCATION = ("source", "line")


class Task(NamedTuple):
    """One input document: a whole text file, or one JSONL line."""

    kind: str  # TEXT or JSONL
    source: str  # the path, or "-" for standard input
    line: Optional[int]  # 1-based line number in a JSONL input
    data: bytes  # the file's bytes or the JSONL line; empty when ``error`` is set
    error: Optional[str] = None  # set when the input could not even be read


class Options(NamedTuple):
    """How a worker turns a task into its output row."""

    text_field: str = "text"  # a record's text: a key, or a dotted path into nested objects
    mode: str = "json"  # "json", "pretty" (indented JSON) or "text" (the clean text only)
    fields: Optional[tuple[str, ...]] = None  # Article fields of a compact row; None: record + article
    removed: bool = True  # keep the removal records in the output
    id_field: str = "id"  # the record key kept in a compact row
    html: bool = False  # the inputs are HTML pages: newsclean.clean_html
    stats: bool = False  # count removals per filter and reason
    hints: tuple[tuple[str, str], ...] = ()  # (hint, record field): clean()'s hints read from each record


class Chunk(NamedTuple):
    """What a worker hands back for a chunk of tasks: the encoded output and the counts."""

    out: bytes  # the rows, each ending in a newline (text mode: "\n" + text + "\n" each)
    docs: int
    failures: list[tuple[str, str]]  # ("source:line: ", message) of each failed task, in order
    nbytes: int  # input bytes the chunk stood for
    stats: Optional[RemovalStats]


class RecordError(Exception):
    """A record that cannot be cleaned: its message becomes the error row."""


# ---------------------------------------------------------------- worker side
_STATE: Optional[tuple[Pipeline, Options]] = None


def _init_worker(pipeline_bytes: bytes, options: Options) -> None:
    """Process-pool initializer: unpickle the pipeline once per worker."""
    global _STATE
    _STATE = (pickle.loads(pipeline_bytes), options)


def _run_pooled(tasks: list[Task]) -> Chunk:
    assert _STATE is not None, "worker not initialised"
    return run_chunk(tasks, *_STATE)


def run_chunk(tasks: list[Task], pipeline: Pipeline, options: Options) -> Chunk:
    """Clean a chunk of tasks; their rows encoded, in order."""
    parts: list[str] = []
    failures: list[tuple[str, str]] = []
    stats = RemovalStats() if options.stats else None
    nbytes = 0
    for task in tasks:
        nbytes += len(task.data)
        try:
            record, article, chars_in = clean_task(task, pipeline, options)
        except RecordError as e:
            message = str(e)
        except NewsCleanError as e:  # a refused document, a time budget run out: the run goes on
            message = f"{type(e).__name__}: {e}"
        except Exception as e:  # noqa: BLE001 - a filter's bug must not stop a long run either
            message = f"internal error {type(e).__name__}: {e}"
        else:
            if stats is not None:
                stats.add(article, chars_in=chars_in)
            parts.append(render_row(task, record, article, options))
            continue
        failures.append((_where(task), message))
        if stats is not None:
            stats.add_failure()
        if options.mode != "text":
            parts.append(_dumps({"error": message, "source": task.source, "line": task.line}, options.mode) + "\n")
    # lone surrogates from JSON input become \udXXX escapes, still valid JSON
    out = "".join(parts).encode("utf-8", "backslashreplace" if options.mode != "text" else "replace")
    return Chunk(out, len(tasks), failures, nbytes, stats)


def _where(task: Task) -> str:
    return f"{task.source}:{task.line}: " if task.line is not None else f"{task.source}: "


def _dumps(obj: Any, mode: str) -> str:
    if mode == "pretty":
        return json.dumps(obj, ensure_ascii=False, indent=2)
    return json.dumps(obj, ensure_ascii=False)


def get_path(record: Any, path: str) -> Any:
    """``record[path]``, or for a dotted path the value in nested objects; ``KeyError`` if absent.

    >>> get_path({"doc": {"content": "正文"}}, "doc.content")
    '正文'
    >>> get_path({"a.b": 1}, "a.b")  # a key holding a dot wins
    1
    """
    if isinstance(record, dict) and path in record:
        return record[path]
    value = record
    for key in path.split("."):
        if not isinstance(value, dict) or key not in value:
            raise KeyError(path)
        value = value[key]
    return value


def describe_keys(record: dict) -> str:
    keys = list(record)
    shown = ", ".join(map(str, keys[:20])) + (f", … ({len(keys)} keys)" if len(keys) > 20 else "")
    return shown or "no fields"


def record_text(record: Any, field: str) -> Any:
    """The text a parsed JSONL record holds in ``field``, or a :class:`RecordError` saying why not."""
    if not isinstance(record, dict):
        raise RecordError(f"record is a JSON {type(record).__name__}, not an object")
    try:
        text = get_path(record, field)
    except KeyError:
        raise RecordError(f"record has no {field!r} field; it has: {describe_keys(record)}") from None
    if not isinstance(text, str):
        kind = type(text).__name__ if text is not None else "null"
        raise RecordError(f"field {field!r} is {kind}, not a string")
    return text


def record_hints(record: dict, hints: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """The hints a record gives: ``{hint: record[field]}`` for each field it has and that is not null.

    >>> record_hints({"t": "标题", "meta": {"date": "2024-11-25"}, "u": None},
    ...              [("title", "t"), ("published", "meta.date"), ("url", "u"), ("source", "site")])
    {'title': '标题', 'published': '2024-11-25'}
    """
    out: dict[str, Any] = {}
    for hint, path in hints:
        try:
            value = get_path(record, path)
        except KeyError:
            continue  # a record without the field gives no hint: the text decides
        if value is not None:
            out[hint] = value
    return out


def clean_task(task: Task, pipeline: Pipeline, options: Options) -> tuple[dict, Article, int]:
    """The task's input record, its Article and the number of characters cleaned."""
    if task.error is not None:
        raise RecordError(task.error)
    if task.kind == JSONL:
        try:
            record = json.loads(task.data)
        except UnicodeDecodeError as e:
            raise RecordError(f"line is not UTF-8: {e.reason}") from None
        except ValueError as e:
            raise RecordError(f"invalid JSON: {e}") from None
        data: Any = record_text(record, options.text_field)
    else:
        record, data = {}, task.data
    hints = record_hints(record, options.hints)
    if options.html:
        article = _clean_html()(data, pipeline=pipeline, **hints)
    else:
        article = pipeline.run(data, **hints)
    return record, article, _chars_in(data, article, options) if options.stats else 0


def _chars_in(data: Any, article: Article, options: Options) -> int:
    """The characters the pipeline cleaned (for HTML, those of the page's text that it accounts for)."""
    if options.html:
        return len(article.text) + sum(r.end - r.start for r in article.removed)
    if isinstance(data, str):
        return len(data)
    return len(data.decode(article.encoding or "utf-8", "replace"))


def _clean_html() -> Callable[..., Article]:
    import newsclean

    fn = getattr(newsclean, "clean_html", None)
    if fn is None:
        raise NewsCleanError("this newsclean has no clean_html: HTML input needs a newer version")
    return fn


def html_available() -> Optional[str]:
    """``None`` when ``--html`` can run, else the reason it cannot (checked once, in the parent)."""
    try:
        fn = _clean_html()
    except NewsCleanError as e:
        return f"--html: {e}"
    try:
        fn("<html><head><title>标题</title></head><body><p>正文。</p></body></html>")
    except ImportError as e:  # the html extra (lxml) is missing
        return f"--html needs the html extra: pip install 'newsclean[html]' ({e})"
    except NewsCleanError:
        pass  # a tiny page may be refused; that says nothing about the other pages
    return None


def article_fields() -> tuple[str, ...]:
    """The names ``--fields`` accepts: the Article's fields and ``text``."""
    computed = tuple(getattr(Article, "model_computed_fields", {}) or ())
    return tuple(dict.fromkeys((*Article.model_fields, *computed, "text")))


def article_json(article: Article, options: Options) -> dict[str, Any]:
    """The Article as JSON data, without its removals when they are not wanted."""
    if options.removed:
        return article.model_dump(mode="json")
    return article.model_dump(mode="json", exclude={"removed"})


def render_row(task: Task, record: dict, article: Article, options: Options) -> str:
    """The output line of a cleaned task (with its newline)."""
    if options.mode == "text":
        return "\n" + article.text + "\n"
    row: dict[str, Any] = {}
    if options.fields is None:
        for key, value in record.items():
            row["input_" + key if key in LOCATION else key] = value  # the location keys are ours
        row["source"], row["line"] = task.source, task.line
        row["article"] = article_json(article, options)
        return _dumps(row, options.mode) + "\n"
    if options.id_field in record:
        row[options.id_field] = record[options.id_field]
    row["source"], row["line"] = task.source, task.line
    data = article_json(article, options)
    for name in options.fields:
        if name == "removed" and not options.removed:
            continue
        if name == "text":
            row[name] = data.get("text", article.text)
        else:
            try:
                row[name] = get_path(data, name)
            except KeyError:
                row[name] = None
    return _dumps(row, options.mode) + "\n"


# ---------------------------------------------------------------- inputs
class UsageError(Exception):
    """A mistake on the command line: exit status 2."""


def expand_paths(paths: Sequence[str], globs: Sequence[str]) -> list[str]:
    """Files to read, in order: each path as given, a directory's matching files sorted.

    Raises :class:`UsageError` for a path that does not exist.
    """
    out: list[str] = []
    for p in paths:
        if p == "-":
            out.append(p)
        elif os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                out.extend(os.path.join(root, name) for name in sorted(files)
                           if any(fnmatch.fnmatch(name, g) for g in globs))
        elif os.path.exists(p):
            out.append(p)
        else:
            raise UsageError(f"no such file or directory: {p}")
    return out


def is_jsonl(path: str, force: bool) -> bool:
    """A file read as JSONL: ``--jsonl``, or a name ending in ``.jsonl`` (compressed or not)."""
    return force or strip_compression(path).lower().endswith(".jsonl")


def iter_tasks(files: Sequence[str], *, jsonl: bool, stdin: Optional[BinaryIO] = None,
               limit: Optional[int] = None) -> Iterator[Task]:
    """The documents of ``files`` one at a time (at most ``limit``); a JSONL file is read line by line."""
    tasks = _all_tasks(files, jsonl=jsonl, stdin=stdin)
    return islice(tasks, limit) if limit is not None else tasks


def _all_tasks(files: Sequence[str], *, jsonl: bool, stdin: Optional[BinaryIO]) -> Iterator[Task]:
    for path in files:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            if jsonl:
                yield from _jsonl_tasks(stream, "-")
            else:
                yield Task(TEXT, "-", None, stream.read())
            continue
        kind = JSONL if is_jsonl(path, jsonl) else TEXT
        try:
            with open_input(path) as f:
                if kind == JSONL:
                    yield from _jsonl_tasks(f, path)
                else:
                    yield Task(TEXT, path, None, f.read())
        except (OSError, EOFError) as e:  # unreadable, or a damaged compressed file: an error row
            yield Task(kind, path, None, b"", f"cannot read: {getattr(e, 'strerror', None) or e}")


def _jsonl_tasks(stream: BinaryIO, source: str) -> Iterator[Task]:
    for n, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        yield Task(JSONL, source, n, raw)


def chunks(tasks: Iterable[Task]) -> Iterator[list[Task]]:
    """Tasks in chunks of at most ``CHUNK_RECORDS`` records or about ``CHUNK_BYTES`` bytes."""
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


def run_tasks(tasks: Iterable[Task], pipeline: Pipeline, options: Options, workers: int = 1) -> Iterator[Chunk]:
    """Cleaned chunks in input order; with ``workers > 1`` in a process pool, a bounded number in flight."""
    if workers <= 1:
        for chunk in chunks(tasks):
            yield run_chunk(chunk, pipeline, options)
        return
    import multiprocessing

    pool = multiprocessing.get_context().Pool(
        workers, initializer=_init_worker, initargs=(pickle.dumps(pipeline), options)
    )
    try:
        pending: deque = deque()
        limit = workers * INFLIGHT_PER_WORKER
        for chunk in chunks(tasks):
            pending.append(pool.apply_async(_run_pooled, (chunk,)))
            while len(pending) >= limit:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()


__all__ = ["Task", "Options", "Chunk", "UsageError", "run_chunk", "run_tasks", "iter_tasks", "expand_paths",
           "get_path", "article_fields", "DEFAULT_GLOBS", "HTML_GLOBS"]
