"""Remove what is left of HTML in scraped text: entities and tags.

An entity that stands for a character (``&amp;`` ``&quot;`` ``&#8220;``) is
replaced by that character (reason ``html-entity``); ``&nbsp;`` becomes a
space. A tag of a known HTML element (``<br>``, ``</p>``, ``<span style=…>``)
and an HTML comment are cut (reason ``html-tag``). Text that only looks like
markup stays: ``a<b>c`` in a formula, ``<<三体>>``, ``&`` alone, unknown
entities.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

import regex

from ..document import Document
from .base import Filter

# the elements a scraped page leaves behind; anything else between < > is text
_TAGS = (
    "a abbr article aside b big blockquote body br center code dd div dl dt em figcaption figure font footer "
    "h1 h2 h3 h4 h5 h6 head header hr html i iframe img input label li link meta nav noscript ol option p "
    "pre script section select small source span strike strong style sub sup table tbody td tfoot th thead "
    "title tr tt u ul video"
).split()
_TAG = (
    r"<!--.*?-->"
    r"|</?(?:" + "|".join(regex.escape(t) for t in sorted(_TAGS, key=len, reverse=True)) + r")"
    r"(?:\s+[^<>]{0,400}?)?\s*/?>"
)
_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|&nbsp(?![A-Za-z0-9;])"
_ANY = regex.compile(rf"(?P<tag>{_TAG})|(?P<entity>{_ENTITY})", regex.IGNORECASE | regex.DOTALL)
# Quick reject: a tag starts with < and !, / or a letter, an entity with & and # or a letter;
# the other characters are those IGNORECASE matches to a Latin letter (İ ı ſ K)
_TRIGGER = re.compile("[<&][!/#A-Za-z\u0130\u0131\u017f\u212a]")


_SHORT_TAG = regex.compile(r"</?([abiu])\s*>", regex.IGNORECASE)


def _plausible_tag(tag: str, lowered: str) -> bool:
    """``<b>``, ``<i>``, ``<u>``, ``<a>`` alone may be a formula (``a<b>c``): only a pair counts.

    ``lowered`` is the line's text, lower-cased.
    """
    m = _SHORT_TAG.fullmatch(tag)
    if not m:
        return True
    name = m.group(1).lower()
    return f"<{name}>" in lowered and f"</{name}>" in lowered


def _entity_text(entity: str) -> str | None:
    """The character(s) an entity stands for, or ``None`` when it is not a known one."""
    if entity.lower().startswith("&nbsp"):
        return " "
    text = html.unescape(entity if entity.endswith(";") else entity + ";")
    if text == entity or text == entity + ";" or (text.startswith("&") and len(text) > 1):
        return None
    if not text:
        return ""  # html.unescape drops C0 controls and non-characters (&#7; &#xFDD0;): nothing to keep
    if "\x00" <= text[0] < " " and text not in "\t\n":
        return ""  # a control character: nothing to keep
    return text


@dataclass
class RemoveHtmlLeftovers(Filter, name="html-leftovers"):
    """Replace HTML entities by their characters and cut HTML tags.

    >>> from newsclean.document import Document
    >>> doc = RemoveHtmlLeftovers()(Document("记者&nbsp;张三<br/>报道：M&amp;G&ldquo;看好&rdquo;"))
    >>> doc.lines[0].text
    '记者 张三报道：M&G“看好”'
    >>> sorted({r.reason for r in doc.build().removed})
    ['html-entity', 'html-tag']
    >>> RemoveHtmlLeftovers()(Document("若 a<b>c 且 x<y, y>z, 则 x & y 成立")).lines[0].text
    '若 a<b>c 且 x<y, y>z, 则 x & y 成立'
    """

    def apply(self, doc: Document) -> None:
        # a < or & in a line comes from the input: the default filters before this one only cut
        if "<" not in doc.source and "&" not in doc.source:
            return
        lines = list(doc.body_lines())
        if not _TRIGGER.search("\n".join([line.text for line in lines])):
            return
        lines = [line for line in lines if _TRIGGER.search(line.text)]
        for line in lines:
            cuts = []
            replaces = []
            lowered = None
            for m in _ANY.finditer(line.text):
                if m.lastgroup == "tag":
                    if lowered is None:
                        lowered = line.text.lower()
                    if not _plausible_tag(m.group(), lowered):
                        continue
                    cuts.append((m.start(), m.end(), "html-tag"))
                else:
                    new = _entity_text(m.group())
                    if new is None:
                        continue
                    if new:
                        replaces.append((m.start(), m.end(), new))
                    else:
                        cuts.append((m.start(), m.end(), "html-entity"))
            # all replacements in one pass, then the cuts, moved by what the replacements before them shrank
            doc.replace_many(line, replaces, filter=self.name, reason="html-entity")
            if cuts:
                moved = []
                d = k = 0
                for i, j, why in cuts:
                    while k < len(replaces) and replaces[k][1] <= i:
                        d += (replaces[k][1] - replaces[k][0]) - len(replaces[k][2])
                        k += 1
                    moved.append((i - d, j - d, why))
                doc.cut_reasons(line, moved, filter=self.name)


__all__ = ["RemoveHtmlLeftovers"]
