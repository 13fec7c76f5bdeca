"""Remove the anti-copy phrases some sites insert into their own text.

Forums such as 1point3acres scatter a marker through every post
(``…offer. From 1point 3acres bbs 下周…``) so copies can be traced. The
phrases are data: ``lexicons/site_phrases.tsv`` ships the known ones, one
``site<TAB>phrase`` row each, and users add their own with the filter's
options (``extra_phrases``) or a lexicon file of the same format
(``lexicon``). Each removal says which site's phrase it was:
``site-phrase:1point3acres``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

import regex

from ..document import Document
from ..errors import ConfigError
from ..lexicons import parse_rows, rows
from .base import Filter


def _phrase_pattern(phrase: str) -> str:
    """``phrase`` escaped, its white space matching any white space or none."""
    words = phrase.split()
    return r"\s*".join(regex.escape(w) for w in words)


# Quick reject. A text that holds a phrase holds each of its words, so a text
# that holds no key word (one word of each phrase) holds no phrase. The key
# words are looked for as if the text were lower-cased, with the four characters
# IGNORECASE takes for an ASCII letter (İ ı ſ K) made that letter (one search
# of the text as it is, see _key_finder); only words of characters without
# other case forms (ASCII, CJK and its punctuation) can be looked for that way.
_CASELESS = regex.compile(r"[\x00-\x7f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff20\uff3b-\uff40\uff5b-\uff65]+")


def _key_finder(keys: tuple[str, ...]) -> re.Pattern:
    """A pattern that finds in the text as given what ``keys`` find in the text lower-cased with
    its look-alikes made ASCII: each ASCII letter of a key also matches its capital and the
    look-alikes that become it (no other character lower-cases to an ASCII letter), every other
    character of a key (caseless, see _CASELESS) only itself. One search, no copy of the text.

    >>> bool(_key_finder(("1point",)).search("1PO\u0131NT")), bool(_key_finder(("1point",)).search("1pont"))
    (True, False)
    """
    def char(c: str) -> str:
        if "a" <= c <= "z":
            alike = "".join(k for k, v in _LOOKALIKE_OF.items() if v == c)
            return f"[{c}{c.upper()}{alike}]"
        return re.escape(c)

    # a key that holds another is found only where that one is: the shorter suffices
    needed = [k for k in keys if not any(o != k and o in k for o in keys)]
    return re.compile("|".join("".join(char(c) for c in key) for key in needed) if needed else "(?!)")


_LOOKALIKE_OF = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


def _key_word(phrase: str) -> Optional[str]:
    """The longest word of ``phrase`` that a lower-cased text can be searched for, lower-cased."""
    words = [w for w in phrase.split() if _CASELESS.fullmatch(w)]
    return max(words, key=len).lower() if words else None


@lru_cache(maxsize=16)
def _compiled(table: tuple[tuple[str, str], ...]) -> tuple[regex.Pattern, dict[str, str], Optional[re.Pattern]]:
    """One pattern for every phrase (longest first), the site of each group, and the
    key words of the quick reject (``None`` when some phrase has none)."""
    ordered = sorted(set(table), key=lambda r: (-len(r[1]), r))
    groups = {}
    parts = []
    keys: Optional[set[str]] = set()
    for k, (site, phrase) in enumerate(ordered):
        if not phrase.split():
            continue
        groups[f"p{k}"] = site
        parts.append(f"(?P<p{k}>{_phrase_pattern(phrase)})")
        key = _key_word(phrase)
        if keys is not None:
            keys = keys | {key} if key else None
    pattern = regex.compile("|".join(parts) if parts else "(?!)", regex.IGNORECASE)
    return pattern, groups, _key_finder(tuple(sorted(keys))) if keys is not None else None


@dataclass
class RemoveSitePhrases(Filter, name="site-phrases"):
    """Cut known anti-copy phrases out of lines, with the site in the reason.

    >>> from newsclean.document import Document
    >>> doc = RemoveSitePhrases()(Document("拿到offer. From 1point 3acres bbs 下周入职"))
    >>> doc.lines[0].text, [r.reason for r in doc.build().removed]
    ('拿到offer 下周入职', ['site-phrase:1point3acres'])
    """

    #: more phrases, site name → list of phrases
    extra_phrases: dict[str, list[str]] = field(default_factory=dict)
    #: a user lexicon file with ``site<TAB>phrase`` rows (same format as the shipped one)
    lexicon: Optional[str] = None
    #: leave out the shipped phrase list (use only the phrases given here)
    builtin: bool = True

    file_options = ("lexicon",)

    def __post_init__(self) -> None:
        for site in self.extra_phrases:
            if not site.strip() or any(ch.isspace() for ch in site):
                raise ConfigError(f"site-phrases: site names are single words, got {site!r}")
        self.validate()  # the lexicon file is readable UTF-8
        self._table = self._load()

    def _load(self) -> tuple[tuple[str, str], ...]:
        table: list[tuple[str, str]] = list(rows("site_phrases.tsv", 2)) if self.builtin else []
        for site, phrases in self.extra_phrases.items():
            table.extend((site, p) for p in phrases)
        if self.lexicon:
            try:
                text = Path(self.lexicon).read_text(encoding="utf-8")
            except OSError as e:
                raise ConfigError(f"cannot read site phrase lexicon {self.lexicon}: {e.strerror}") from None
            table.extend(parse_rows(text, 2))  # type: ignore[arg-type]
        return tuple(table)

    def apply(self, doc: Document) -> None:
        pattern, groups, keys = _compiled(self._table)
        if keys is not None and not keys.search(doc.source):
            return
        if not pattern.search(doc.source):
            return
        for line in doc.body_lines():
            spans = [(m.start(), m.end(), f"site-phrase:{groups[m.lastgroup]}") for m in pattern.finditer(line.text)]
            if spans:
                doc.cut_reasons(line, spans, filter=self.name)


__all__ = ["RemoveSitePhrases"]
