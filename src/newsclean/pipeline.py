"""The pipeline: decode once, run the filters in order, build the Article.

A :class:`Pipeline` is a plain, picklable object, so the same pipeline runs
in a process pool or on Ray workers. It is immutable: :meth:`Pipeline.without`,
:meth:`Pipeline.replace` and :meth:`Pipeline.insert` return new pipelines.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence, Union

from .budget import DEFAULT_MAX_SECONDS, DEFAULT_SECONDS_PER_MB, apply_filters, budget_for
from .decode import decode, refuse_html
from .defaults import default_filters
from .document import Document
from .errors import ConfigError, InputTooLarge, NewsCleanError
from .filters.base import Filter, filter_class
from .filters.line_breaks import RestoreLineBreaks
from .filters.markdown import RemoveMarkdown
from .hints import HINTS_MARK, TITLE_HINT_MATCHED, DateHint, Hints, apply_hints, make_hints
from .later import NO_LATER, Later
from .model import Article

#: inputs larger than this raise InputTooLarge unless the pipeline allows more
DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024


class Pipeline:
    """An ordered sequence of filters.

    >>> from newsclean import Pipeline, default_pipeline
    >>> p = default_pipeline().without("discuz-jammer")
    >>> "discuz-jammer" in p.names
    False
    """

    def __init__(self, filters: Iterable[Filter], *, max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES,
                 max_seconds: Optional[float] = DEFAULT_MAX_SECONDS,
                 seconds_per_mb: float = DEFAULT_SECONDS_PER_MB) -> None:
        self.filters: tuple[Filter, ...] = tuple(filters)
        for f in self.filters:
            if not isinstance(f, Filter):
                raise ConfigError(f"{f!r} is not a newsclean Filter")
            f.validate()  # a bad option fails here, once, not on every document
        if max_input_bytes <= 0:
            raise ConfigError("max_input_bytes must be positive")
        if max_seconds is not None and not max_seconds > 0:
            raise ConfigError(f"max_seconds must be positive (or None for no time limit), not {max_seconds!r}")
        if not seconds_per_mb >= 0:
            raise ConfigError(f"seconds_per_mb must be 0 or more, not {seconds_per_mb!r}")
        self.max_input_bytes = max_input_bytes
        #: seconds each document may take (plus ``seconds_per_mb`` a megabyte); ``None``: no limit
        self.max_seconds = max_seconds
        self.seconds_per_mb = seconds_per_mb

    # ------------------------------------------------------------ running
    def run(self, data: Union[str, bytes], *, title: Optional[str] = None, published: DateHint = None,
            url: Optional[str] = None, source: Optional[str] = None) -> Article:
        """Clean one document given as text or as bytes in any encoding.

        ``title``, ``published`` (a date, a datetime or an ISO 8601 string),
        ``url`` and ``source`` are what the caller already knows (see
        :mod:`newsclean.hints`): a hint that matches the text decides, one that
        does not is stored as given. A hint of the wrong form raises
        :class:`~newsclean.hints.HintError`.

        Raises :class:`~newsclean.errors.InputTooLarge` above ``max_input_bytes``,
        :class:`~newsclean.errors.NotText` for binary data,
        :class:`~newsclean.errors.LooksLikeHtml` for an HTML page and
        :class:`~newsclean.errors.DocumentTimeout` when the filters take longer
        than ``max_seconds + seconds_per_mb`` a megabyte; calling the
        pipeline, ``pipeline(data)``, is the same.
        """
        hints = make_hints(title, published, url, source)
        doc = self.build_document(data, hints=hints)
        if hints is None:
            return doc.build()
        matched = bool(doc.marks.get(TITLE_HINT_MATCHED))
        return apply_hints(doc.build(), hints, title_matched=matched,
                           dates=[c[2] for c in sorted(doc.meta.published_candidates, key=lambda c: c[1])])

    def build_document(self, data: Union[str, bytes], *, hints: Optional[Hints] = None) -> Document:
        """Run the filters and return the working document (for inspection and tests)."""
        doc = self.document(data)
        if hints is not None:
            doc.marks[HINTS_MARK] = hints
        try:
            apply_filters(self._with_later(doc), doc, self.budget(doc))
        finally:
            doc.later = NO_LATER
        return doc

    def _with_later(self, doc: Document) -> Iterator[Filter]:
        """The filters in order, ``doc.later`` set before each to what the filters after it claim
        (their answers kept for the document: each filter's claim on a text is worked out once)."""
        answers: dict[str, tuple[Optional[str], ...]] = {}
        for f, later in zip(self.filters, self._laters()):
            doc.later = later.sharing(answers) if later else later
            yield f

    def _laters(self) -> tuple[Later, ...]:
        """For each filter, the claims of the filters after it (worked out once a pipeline)."""
        laters = self.__dict__.get("_later_claims")
        if laters is None:
            laters = self._later_claims = tuple(Later(self.filters[i + 1:]) for i in range(len(self.filters)))
        return laters

    def budget(self, doc: Document) -> Optional[float]:
        """The seconds the filters may spend on ``doc``, ``None`` for no limit."""
        size = len(doc.source) if doc.source.isascii() else 3 * len(doc.source)  # bytes, at most
        return budget_for(size, self.max_seconds, self.seconds_per_mb)

    def document(self, data: Union[str, bytes]) -> Document:
        """Decode ``data`` into a fresh document, without running any filter."""
        if isinstance(data, (bytes, bytearray, memoryview)):
            data = bytes(data)
            self._check_size(len(data))
            text, encoding = decode(data)
            refuse_html(text)
            return Document(text, encoding=encoding)
        if isinstance(data, str):
            # a str holds at most 4 bytes a character in UTF-8; count exactly only near the limit
            if len(data) * 4 > self.max_input_bytes:
                self._check_size(len(data.encode("utf-8", "surrogatepass")))
            refuse_html(data)
            return Document(data)
        raise TypeError(f"newsclean cleans str or bytes, not {type(data).__name__}")

    def _check_size(self, size: int) -> None:
        if size > self.max_input_bytes:
            raise InputTooLarge(
                f"input is {size:,} bytes, more than this pipeline's limit of {self.max_input_bytes:,}; "
                f"raise it with Pipeline(..., max_input_bytes=N)"
            )

    __call__ = run

    # ------------------------------------------------------------ editing
    @property
    def names(self) -> list[str]:
        """The filters' names, in order."""
        return [f.name for f in self.filters]

    def __iter__(self) -> Iterator[Filter]:
        return iter(self.filters)

    def __len__(self) -> int:
        return len(self.filters)

    def __getitem__(self, name: str) -> Filter:
        """The filter named ``name``; ``KeyError`` if the pipeline has none."""
        for f in self.filters:
            if f.name == name:
                return f
        raise KeyError(name)

    def _index(self, name: str) -> int:
        for i, f in enumerate(self.filters):
            if f.name == name:
                return i
        raise ConfigError(f"no filter named {name!r} in this pipeline; it has: {', '.join(self.names)}")

    def _with(self, filters: Sequence[Filter]) -> "Pipeline":
        return Pipeline(filters, max_input_bytes=self.max_input_bytes, max_seconds=self.max_seconds,
                        seconds_per_mb=self.seconds_per_mb)

    def without(self, *names: str) -> "Pipeline":
        """A copy without the named filters."""
        for n in names:
            self._index(n)
        return self._with([f for f in self.filters if f.name not in names])

    def replace(self, name: str, new: Filter) -> "Pipeline":
        """A copy with the named filter replaced by ``new`` (same place)."""
        i = self._index(name)
        return self._with(self.filters[:i] + (new,) + self.filters[i + 1:])

    def insert(self, new: Filter, *, before: Optional[str] = None, after: Optional[str] = None) -> "Pipeline":
        """A copy with ``new`` added before or after a named filter (at the end by default)."""
        if before and after:
            raise ConfigError("give before= or after=, not both")
        if before:
            i = self._index(before)
        elif after:
            i = self._index(after) + 1
        else:
            i = len(self.filters)
        return self._with(self.filters[:i] + (new,) + self.filters[i:])

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(self.names)}])"

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_later_claims", None)  # (worked out again where the pipeline runs)
        return state

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Pipeline) and self.filters == other.filters
                and self.max_input_bytes == other.max_input_bytes and self.max_seconds == other.max_seconds
                and self.seconds_per_mb == other.seconds_per_mb)

    # ------------------------------------------------------------ configuration
    def to_config(self) -> dict[str, Any]:
        """The pipeline as plain data that :meth:`from_config` turns back into it."""
        return {
            "max_input_bytes": self.max_input_bytes,
            "max_seconds": self.max_seconds,
            "seconds_per_mb": self.seconds_per_mb,
            "filters": [{"name": f.name, **f.options()} for f in self.filters],
        }

    @classmethod
    def from_config(cls, config: Union[Mapping[str, Any], str, os.PathLike]) -> "Pipeline":
        """Build a pipeline from a mapping or a JSON/TOML file.

        The configuration either lists every filter (``filters = [{name = "jammer", …}, …]``)
        or starts from the default pipeline and sets options of some of its
        filters (``[options.junk-lines] extra_phrases = ["本站声明"]``), removes
        some (``remove = ["captions"]``) and adds user filters
        (``[[add]] name = "mypkg.filters:DropAds"  after = "junk-lines"``).
        """
        if not isinstance(config, Mapping):
            config = load_config_file(config)
        config = dict(config)
        allowed = {"filters", "options", "remove", "add", "max_input_bytes", "max_seconds", "seconds_per_mb"}
        unknown = sorted(set(config) - allowed)
        if unknown:
            raise ConfigError(f"unknown configuration keys {unknown}; allowed: {sorted(allowed)}")
        limits = _limits(config)
        if "filters" in config:
            filters = [_filter_from_entry(e) for e in config["filters"]]
        else:
            options = config.get("options") or {}
            known = {f.name for f in default_filters()}
            for name in options:
                if name not in known:
                    raise ConfigError(f"options for unknown filter {name!r}; default filters: {sorted(known)}")
            filters = [
                f if f.name not in options else type(f).from_options({**f.options(), **options[f.name]})
                for f in default_filters()
            ]
        pipeline = cls(filters, **limits)
        for name in config.get("remove") or []:
            pipeline = pipeline.without(name)
        for entry in config.get("add") or []:
            entry = dict(entry)
            before, after = entry.pop("before", None), entry.pop("after", None)
            pipeline = pipeline.insert(_filter_from_entry(entry), before=before, after=after)
        return pipeline


def _limits(config: Mapping[str, Any]) -> dict[str, Any]:
    """The pipeline's size and time limits from a configuration, checked (a bad value names its key)."""
    limits: dict[str, Any] = {"max_input_bytes": DEFAULT_MAX_INPUT_BYTES, "max_seconds": DEFAULT_MAX_SECONDS,
                              "seconds_per_mb": DEFAULT_SECONDS_PER_MB}
    for key, kind in (("max_input_bytes", int), ("max_seconds", float), ("seconds_per_mb", float)):
        if key not in config:
            continue
        value = config[key]
        if value is None and key == "max_seconds":
            limits[key] = None  # JSON null: no time limit
        elif isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and value != int(value)):
            raise ConfigError(f"configuration key {key!r} must be a number, not {value!r}")
        else:
            limits[key] = kind(value)
    return limits


def _filter_from_entry(entry: Mapping[str, Any]) -> Filter:
    entry = dict(entry)
    name = entry.pop("name", None)
    if not isinstance(name, str):
        raise ConfigError(f"a filter entry needs a 'name': {entry!r}")
    return filter_class(name).from_options(entry)


def load_config_file(path: Union[str, os.PathLike]) -> dict[str, Any]:
    """Read a JSON or TOML configuration file."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise ConfigError(f"cannot read configuration {p}: {e.strerror}") from None
    try:
        if p.suffix.lower() == ".toml":
            try:
                import tomllib
            except ImportError:  # Python 3.10
                raise ConfigError("TOML configuration needs Python 3.11+; use JSON") from None
            return tomllib.loads(raw.decode("utf-8"))
        return json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        raise ConfigError(f"configuration {p} is not valid {p.suffix.lstrip('.') or 'JSON'}: {e}") from None


def clean(data: Union[str, bytes], *, pipeline: Optional[Pipeline] = None, title: Optional[str] = None,
          published: DateHint = None, url: Optional[str] = None, source: Optional[str] = None) -> Article:
    """Clean one document with ``pipeline`` (the default pipeline when omitted).

    ``title``, ``published``, ``url`` and ``source`` are hints (see
    :meth:`Pipeline.run`).

    >>> from newsclean import clean
    >>> a = clean("标题\\n正文第一段。\\n责编：周晓雪")
    >>> a.metadata.credits[0].name
    '周晓雪'
    >>> clean("网站导航\\n标题\\n正文第一段。", title="标题").title
    '标题'
    """
    if pipeline is None:
        pipeline = shared_default_pipeline()
    return pipeline.run(data, title=title, published=published, url=url, source=source)


def default_pipeline() -> Pipeline:
    """The standard pipeline (:func:`~newsclean.default_filters`, in order), freshly built."""
    return Pipeline(default_filters())


def flat_text_pipeline() -> Pipeline:
    """The standard pipeline for text whose line breaks were lost (``get_text(" ")`` of
    minified HTML): ``restore-line-breaks`` splits such lines again, right after the
    jammer filter (jammer noise between two sentences would change where they split).

    Not in the default pipeline yet: on flattened Discuz! text the jammer filter
    takes a character or a space beside its noise now and then, and a split line
    then reads differently from the same text without jammers (see the issue notes).
    """
    return default_pipeline().insert(RestoreLineBreaks(), after="discuz-jammer")


def markdown_pipeline() -> Pipeline:
    """The standard pipeline for text that a reader service or crawler handed over as
    Markdown (Jina Reader, Firecrawl, crawl4ai): ``markdown`` cuts the markup right after
    ``html-leftovers``, before the jammer filter, which would read a link's target at a
    line's end as jammer noise. A document that shows no Markdown comes out the same.

    Not in the default pipeline: the pool's one Markdown page (a post shown in its
    editor) has gold that keeps the markup.
    """
    return default_pipeline().insert(RemoveMarkdown(), after="html-leftovers")


@lru_cache(maxsize=1)
def shared_default_pipeline() -> Pipeline:
    """One default pipeline per process, built on first use (pipelines are immutable)."""
    return default_pipeline()


__all__ = ["Pipeline", "clean", "default_pipeline", "flat_text_pipeline", "markdown_pipeline", "shared_default_pipeline", "load_config_file", "DEFAULT_MAX_INPUT_BYTES", "NewsCleanError"]
