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


@lru_cache(maxsize=16)
def _compiled(table: tuple[tuple[str, str], ...]) -> tuple[regex.Pattern, dict[str, str]]:
    """One pattern for every phrase (longest first) and the site of each group."""
    ordered = sorted(set(table), key=lambda r: (-len(r[1]), r))
    groups = {}
    parts = []
    for k, (site, phrase) in enumerate(ordered):
        if not phrase.split():
            continue
        groups[f"p{k}"] = site
        parts.append(f"(?P<p{k}>{_phrase_pattern(phrase)})")
    pattern = regex.compile("|".join(parts) if parts else "(?!)", regex.IGNORECASE)
    return pattern, groups


@dataclass
class RemoveSitePhrases(Filter, name="site-phrases"):
    """Cut known anti-copy phrases out of lines, with the site in the reason.

    >>> from newsclean.document import Document
    >>> doc = RemoveSitePhrases()(Document("拿到offer. From 1point 3acres bbs 下周入职"))
    >>> doc.lines[0].text, [r[3] for r in doc._records]
    ('拿到offer 下周入职', ['site-phrase:1point3acres'])
    """

    #: more phrases, site name → list of phrases
    extra_phrases: dict[str, list[str]] = field(default_factory=dict)
    #: a user lexicon file with ``site<TAB>phrase`` rows (same format as the shipped one)
    lexicon: Optional[str] = None
    #: leave out the shipped phrase list (use only the phrases given here)
    builtin: bool = True

    def __post_init__(self) -> None:
        for site in self.extra_phrases:
            if not site.strip() or any(ch.isspace() for ch in site):
                raise ConfigError(f"site-phrases: site names are single words, got {site!r}")
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
        pattern, groups = _compiled(self._table)
        if not pattern.search(doc.source):
            return
        for line in doc.body_lines():
            spans = [(m.start(), m.end(), f"site-phrase:{groups[m.lastgroup]}") for m in pattern.finditer(line.text)]
            if spans:
                doc.cut_reasons(line, spans, filter=self.name)


__all__ = ["RemoveSitePhrases"]
