"""The filter interface: small, named, configurable, picklable steps.

A filter is a dataclass whose fields are its options. Its :meth:`Filter.apply`
changes a :class:`~newsclean.document.Document` through the document's verbs
only, so every removal is recorded with the filter's ``name`` and a reason.

Write your own by subclassing::

    from dataclasses import dataclass
    from newsclean import Filter

    @dataclass
    class DropShouting(Filter, name="drop-shouting"):
        min_marks: int = 3

        def apply(self, doc):
            for line in doc.body_text_lines():
                if line.text.count("！") >= self.min_marks:
                    doc.drop(line, filter=self.name, reason="shouting")
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import fields, is_dataclass
from itertools import accumulate, compress, repeat
from operator import methodcaller
from pathlib import Path
from typing import Any, Callable, ClassVar, Iterable, Optional, Sequence

import regex
from pydantic import TypeAdapter, ValidationError

from ..document import Document
from ..memo import once_a_text
from .. import lexicons
from ..errors import ConfigError
from ..repeats import RepeatRules

#: every filter class by its name, for building pipelines from configuration
REGISTRY: dict[str, type["Filter"]] = {}


class Filter:
    """Base class of every filter.

    Subclass it as a ``@dataclass`` with ``name="kebab-case"`` as a class
    keyword (which registers the class in :data:`REGISTRY`); the dataclass
    fields are the filter's options, and :meth:`apply` changes the document
    through its verbs only.
    """

    #: the filter's name in removal records and configuration files
    name: ClassVar[str] = "filter"
    #: options that hold the user's regexes (lists of patterns): compiled when the filter is built
    pattern_options: ClassVar[tuple[str, ...]] = ()
    #: options that name a user file (a lexicon): read when the filter is built
    file_options: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, name: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if name is not None:
            cls.name = name
            REGISTRY[name] = cls

    def apply(self, doc: Document) -> None:  # pragma: no cover - interface
        """Change ``doc`` in place through its verbs."""
        raise NotImplementedError

    def __post_init__(self) -> None:
        # dataclass filters check their options when they are made; a filter that
        # defines its own __post_init__ is checked when a pipeline is built from it
        self.validate()

    def validate(self) -> None:
        """Refuse bad options with a :class:`~newsclean.errors.ConfigError` naming the filter and key.

        Compiles the regexes of :attr:`pattern_options` and reads the files of
        :attr:`file_options`, so that a configuration mistake fails once, when
        the pipeline is built, instead of on every document. Called when the
        filter is made and when a :class:`~newsclean.Pipeline` is built;
        override it (calling ``super().validate()``) to check more.

        >>> from newsclean.filters.junk_lines import DropJunkLines
        >>> DropJunkLines(extra_patterns=["(unclosed"])
        Traceback (most recent call last):
        newsclean.errors.ConfigError: filter 'junk-lines', option 'extra_patterns': invalid regex '(unclosed': missing ) at position 9
        """
        for key in self.pattern_options:
            patterns = getattr(self, key)
            if isinstance(patterns, str) or not all(isinstance(p, str) for p in patterns):
                raise ConfigError(f"filter {self.name!r}, option {key!r}: a list of regexes, not {patterns!r}")
            for p in patterns:
                try:
                    regex.compile(p)
                except regex.error as e:
                    raise ConfigError(f"filter {self.name!r}, option {key!r}: invalid regex {p!r}: {e}") from None
        for key in self.file_options:
            path = getattr(self, key)
            if path is None:
                continue
            try:
                Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                why = e.strerror if isinstance(e, OSError) else "not UTF-8 text"
                raise ConfigError(f"filter {self.name!r}, option {key!r}: cannot read {str(path)!r}: {why}") from None

    def user_entries(self, key: str) -> tuple[str, ...]:
        """The entries of the lexicon file that option ``key`` names (none when unset), read
        once per filter: the filter then answers alike on every document, whatever the file
        becomes during a run, and a claim about one line does not read the disk."""
        path = getattr(self, key)
        if path is None:
            return ()
        read = self.__dict__.setdefault("_user_entries", {})  # (works on frozen dataclasses too)
        if (key, path) not in read:
            read[(key, path)] = tuple(lexicons.read_user_entries(path))
        return read[(key, path)]

    def __call__(self, doc: Document) -> Document:
        """Apply the filter to ``doc`` and return it, to try a filter alone.

        Alone, the filter sees no later filter (``doc.later`` is
        :data:`~newsclean.later.NO_LATER`): it counts every neighbour of a line as
        staying, where in a pipeline it would not count one a later filter removes.
        """
        self.apply(doc)
        return doc

    # -------------------------------------------------------- claims
    def claims(self, text: str) -> Optional[str]:
        """The reason this filter, as configured, would take a line of ``text`` out of the body
        on its own (whatever its neighbours), or ``None``.

        Pure: it reads the text and the filter's options only. The pipeline hands
        the claims of the filters after the running one to it as ``doc.later``,
        so a filter that reads neighbours does not count one that is going.
        """
        return None

    claims.claims_nothing = True  # type: ignore[attr-defined]  # (Later skips filters that keep this one)

    def claims_among(self, texts: Sequence[str]) -> list[Optional[str]]:
        """:meth:`claims` of each of ``texts``, in order. The pipeline asks a page's texts at
        once; a filter whose claims share work (its patterns for its options, looked up once)
        may answer them together, with the same answers."""
        return list(map(self.claims, texts))

    def repeat_rules(self) -> Optional[RepeatRules]:
        """The document-context repeat rules this filter applies (the structure filter's), or ``None``."""
        return None

    # -------------------------------------------------------- configuration
    @classmethod
    def from_options(cls, options: dict[str, Any] | None = None) -> "Filter":
        """Build the filter from plain data (a configuration file's table), validating types."""
        options = dict(options or {})
        if is_dataclass(cls):
            known = {f.name for f in fields(cls) if f.init}
            unknown = sorted(set(options) - known)
            if unknown:
                raise ConfigError(
                    f"filter {cls.name!r} has no option {', '.join(map(repr, unknown))}; "
                    f"its options are: {', '.join(sorted(known)) or 'none'}"
                )
            try:
                return TypeAdapter(cls).validate_python(options)
            except ValidationError as e:
                raise ConfigError(f"filter {cls.name!r}: {e}") from None
        if options:
            raise ConfigError(f"filter {cls.name!r} takes no options")
        return cls()

    def options(self) -> dict[str, Any]:
        """The filter's options as plain data (the inverse of :meth:`from_options`)."""
        if not is_dataclass(self):
            return {}
        return {f.name: getattr(self, f.name) for f in fields(self) if f.init}


class JoinedLines:
    """The texts of a document's lines joined by line breaks, to search once instead of once a line.

    A filter whose rules need a trigger word runs them only on the lines that
    :meth:`hits` or :meth:`word_hits` return. Every line where a per-line search
    would match is among them, as long as the pattern finds in the joined text
    whatever it finds in one line (no ``^``/``$``, no look-around past the line):
    each match marks every line it overlaps, so a match that runs on from an
    earlier line cannot hide one.

    >>> import re
    >>> j = JoinedLines(["xab", "yy", "a", "b", "ab"])
    >>> j.hits(re.compile("ab")), j.hits(re.compile(r"a\\sb")), j.word_hits(["y", "b"])
    ([0, 4], [2, 3], [0, 1, 3, 4])
    >>> JoinedLines(["ab", "c", "ab", "ab"]).hits(re.compile("b")), JoinedLines(["ab", "c", "ab", "ab"]).word_hits(["c"])
    ([0, 2, 3], [1])
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.text = "\n".join(texts)
        self._ends: Optional[list[int]] = None
        self._once: Any = False  # the distinct texts joined, None when few repeat (made on first search)

    def _distinct(self) -> Optional["JoinedLines"]:
        """The distinct texts joined, when at most half the texts are distinct (a flood of
        repeated lines is searched once a text, not once a line), else None."""
        if self._once is False:
            once = distinct_if_repeated(self.texts)
            self._once = None
            if once is not None:
                self._once = JoinedLines(once)
                self._once._once = None  # (its texts are distinct)
        return self._once

    def _lines_of(self, texts: set[str]) -> list[int]:
        """The positions of the lines whose text is one of ``texts``, in order (a scan in C)."""
        return positions_of(self.texts, texts)

    @property
    def ends(self) -> list[int]:
        """``ends[k]``: the offset just past ``texts[k]`` and its line break (worked out on first use)."""
        if self._ends is None:
            self._ends = list(accumulate([len(t) + 1 for t in self.texts]))
        return self._ends

    def hits(self, pattern: Any) -> list[int]:
        """The positions of the texts that a match of ``pattern`` touches, in order.

        Where lines repeat, the distinct texts are searched, and a text found
        marks every line that holds it (a match that runs on over a line break
        then marks the texts it touches in that search: a superset all the same).
        """
        once = self._distinct()
        if once is not None:
            found = once.hits(pattern)
            return self._lines_of(set(map(once.texts.__getitem__, found))) if found else []
        matches = list(pattern.finditer(self.text))
        if not matches:
            return []
        ends = self.ends
        # the text each match starts and ends in, a bisect each in C (a flood has a match a line)
        starts = list(map(_START, matches))
        last_chars = map(max, starts, map((-1).__add__, map(_END, matches)))  # (the start for an empty match)
        firsts = list(map(bisect_right, repeat(ends), starts))
        lasts = list(map(bisect_right, repeat(ends), last_chars))
        if firsts == lasts:  # (no match runs over a line break: the common case)
            return list(dict.fromkeys(firsts))
        out: list[int] = []
        nxt = 0
        for m in matches:
            a = bisect_right(ends, m.start())
            b = bisect_right(ends, m.end() - 1) if m.end() > m.start() else a
            out.extend(range(max(a, nxt), b + 1))
            nxt = max(nxt, b + 1)
        return out

    def word_hits(self, words: Sequence[str]) -> list[int]:
        """The positions of the texts holding one of ``words`` (no line breaks in them), in order."""
        once = self._distinct()
        if once is not None:
            found = once.word_hits(words)
            return self._lines_of(set(map(once.texts.__getitem__, found))) if found else []
        text = self.text
        found: set[int] = set()
        for word in words:
            i = text.find(word)
            if i >= 0:
                ends = self.ends
            while i >= 0:
                k = bisect_right(ends, i)
                found.add(k)
                i = text.find(word, ends[k])  # the next line: one hit a line is enough
        return sorted(found)


def on_distinct(texts: Sequence[str], find: Callable[[Sequence[str]], Iterable[int]]) -> list[int]:
    """``find(texts)`` (the positions of the texts a test of the text alone picks, in order),
    asked of each distinct text once when at most half the texts are distinct (a flood of
    repeated lines costs one test a text, not one a line).

    >>> on_distinct(["a", "b", "a", "a"], lambda ts: [k for k, t in enumerate(ts) if t == "a"])
    [0, 2, 3]
    """
    once = distinct_if_repeated(texts)
    if once is None:
        return list(find(texts))
    found = set(map(once.__getitem__, find(once)))
    return positions_of(texts, found) if found else []


def distinct_if_repeated(texts: Sequence[str]) -> Optional[list[str]]:
    """The distinct texts of ``texts`` in order, when at most half the texts are distinct
    (a page worth reading once a text), else None."""
    once = list(dict.fromkeys(texts))
    return once if once and 2 * len(once) <= len(texts) else None


def char_positions(chars: Any, text: str, start: int = 0, end: Optional[int] = None) -> list[int]:
    """The positions in ``text[start:end]`` of the characters that ``chars`` matches, in order:
    ``[m.start() for m in chars.finditer(text, start, end)]`` for a pattern of one character with
    no look-around (a class: ``[\\d日]``), each distinct character tested once and the string
    scanned in C (the strings of the lines' first or last characters: a character a line).

    >>> import re
    >>> char_positions(re.compile(r"[\\d日]"), "a1日b2"), char_positions(re.compile("[:：]"), "a:b：c:", 0, 4)
    ([1, 2, 4], [1, 3])
    """
    if end is None:
        end = len(text)
    part = text[start:end] if start or end < len(text) else text
    wanted = {c for c in set(part) if chars.match(c)}
    if not wanted:
        return []
    return list(compress(range(start, end), map(wanted.__contains__, part)))


def positions_of(texts: Sequence[str], wanted: set[str]) -> list[int]:
    """The positions of the ``texts`` that are one of ``wanted``, in order (a scan in C)."""
    return list(compress(range(len(texts)), map(wanted.__contains__, texts)))


_START = methodcaller("start")
_END = methodcaller("end")


def filter_class(name: str) -> type[Filter]:
    """The filter class registered under ``name``, or a ``module:Class`` import path."""
    if name in REGISTRY:
        return REGISTRY[name]
    if ":" in name:
        import importlib

        module, _, attr = name.partition(":")
        try:
            cls = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as e:
            raise ConfigError(f"cannot import filter {name!r}: {e}") from None
        if not (isinstance(cls, type) and issubclass(cls, Filter)):
            raise ConfigError(f"{name!r} is not a newsclean Filter subclass")
        return cls
    raise ConfigError(f"unknown filter {name!r}; known filters: {', '.join(sorted(REGISTRY))}")
