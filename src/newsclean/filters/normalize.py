"""Remove invisible and broken characters: zero-width, bidi and control characters,
U+FFFD left by undecodable bytes, lone surrogates, and the private-use glyphs of
icon fonts (a share or search button's icon, a bullet, an indent) that a scraper
copies without the font that draws them.

Chinese punctuation, full-width forms and U+3000 are content and stay; white
space at the edges of lines is layout and is trimmed when the article is built.
"""
from __future__ import annotations

from dataclasses import dataclass

import re

from ..document import Document
from .base import Filter, JoinedLines

# one class a reason; \t, \n and \r are layout, not garbage
_CLASSES = {
    "zero-width": "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u180e",
    "bidi-control": "\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c",
    "control-character": "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f",
    "undecodable-byte": "\ufffd",
    "lone-surrogate": "\ud800-\udfff",
}
# stdlib re, not regex: on a plain character class it scans tens of times faster,
# and this runs over every input
_ANY_CHAR = re.compile("[" + "".join(_CLASSES.values()) + "]")
# one named group a class, so each run of characters gets its own reason
_ANY = re.compile("|".join(f"(?P<{name.replace('-', '_')}>[{chars}]+)" for name, chars in _CLASSES.items()))


# Private-use code points: the page's icon font draws them (magnifier, bullet,
# indent), so in the scraped text they are glyphs of nothing. One between two
# Han characters is kept: that is a user-defined character (造字) of a Big5 or
# GBK page, a rare character of a name, part of the text.
_PRIVATE_USE_CHARS = "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"
_PRIVATE_USE = re.compile(f"[{_PRIVATE_USE_CHARS}]+")
_EITHER = re.compile("[" + "".join(_CLASSES.values()) + _PRIVATE_USE_CHARS + "]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def _reason(m: re.Match) -> str:
    return m.lastgroup.replace("_", "-")


def _icon_glyphs(text: str) -> list[tuple[int, int, str]]:
    spans = []
    for m in _PRIVATE_USE.finditer(text):
        i, j = m.span()
        if 0 < i and j < len(text) and _HAN.match(text, i - 1) and _HAN.match(text, j):
            continue
        spans.append((i, j, "private-use"))
    return spans


@dataclass
class RemoveInvisibleCharacters(Filter, name="invisible-characters"):
    """Drop zero-width, bidi-control and control characters, U+FFFD, lone surrogates
    and icon-font glyphs (private-use characters not between two Han characters).

    >>> from newsclean.document import Document
    >>> doc = RemoveInvisibleCharacters()(Document("正\\u200b文\\x07"))
    >>> doc.lines[0].text, [r.reason for r in doc.build().removed]
    ('正文', ['zero-width', 'control-character'])
    >>> doc = RemoveInvisibleCharacters()(Document("\\ue631搜索资料 王\\ue000明"))
    >>> doc.lines[0].text, [r.reason for r in doc.build().removed]
    ('搜索资料 王\\ue000明', ['private-use'])
    """

    def apply(self, doc: Document) -> None:
        first = _EITHER.search(doc.source)
        if first is None:  # (one scan of the page decides for most pages)
            return
        invisible = _ANY_CHAR.search(doc.source, first.start()) is not None
        private_use = _PRIVATE_USE.search(doc.source, first.start()) is not None
        lines = list(doc.body_lines())
        # the lines holding one, found in the lines joined (a search in C, not one a line)
        trigger = _ANY_CHAR if not private_use else _PRIVATE_USE if not invisible else _EITHER
        for k in JoinedLines([line.text for line in lines]).hits(trigger):
            line = lines[k]
            spans = []
            if invisible:
                spans = [(m.start(), m.end(), _reason(m)) for m in _ANY.finditer(line.text)]
            if private_use:
                spans = sorted(spans + _icon_glyphs(line.text))
            if spans:
                doc.cut_reasons(line, spans, filter=self.name)
