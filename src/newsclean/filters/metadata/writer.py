"""A writer's bare name under the headline (the metadata filter's ``name-under-title`` rule), or in
brackets closing the body (``closing-name``: ……。（张巨峰）).

Essays, blog posts and serialised books sign under the headline with the
writer's name alone on its line (``投身外交(3)`` / ``罗银胜`` / the text), or under a
heading that repeats the headline. A name further down the top of the page (in
a footer's link list, under a section word) is not taken. With no
label, only a personal name counts (a common surname and two to four characters,
:meth:`~newsclean.fieldlines.parser._Parser.is_bare_name`; a name of two
characters only right above the text, as many words look like one: 商城, 关于):
an outlet or an account name stays for the byline rule, which does not store it.
"""
from __future__ import annotations

from typing import Optional, Sequence

import regex

from ...document import BODY, TITLE, Document, Line
from ...hints import title_key
from ...fieldlines.parser import _Parser
from ...shapes import is_headline, is_long_paragraph
from .lines import _CLOSING_NAME
from .posts import _WRITERS

# 茉莉：我是怎样卷入八九民运的: a name of two to four characters, a colon, the headline
_SIGNED_HEADLINE = regex.compile(r"(\p{Han}{2,4})[:：]\s*\S")


def _under_headline(above: Line, text: str, title_slot: Optional[Line]) -> bool:
    """``above`` is the headline: the title (marked, or the first line), or a heading that
    repeats its words (茉莉：我是怎样卷入八九民运的 … 我是怎样卷入八九民运的), in the body or
    taken out already (as a name beside the byline date: it is a copy all the same)."""
    if above.state == TITLE or above is title_slot:
        return is_headline(text)
    if title_slot is None or not is_headline(text):
        return False
    key = title_key(text)
    return len(key) >= 4 and key in title_key(title_slot.text)


def name_under_title(doc: Document, lines: Sequence[Line], texts: Sequence[str], top_end: int,
                     title_slot: Optional[Line], p: _Parser, *, filter: str) -> None:
    """Credit the first bare personal name of the byline zone (``lines[:top_end]``) that stands
    right under the headline or a heading, when no writer is credited yet; the line leaves the body."""
    if any(c.role in _WRITERS for c in doc.meta.credits):
        return
    # a commentary's headline names its writer before a colon (茉莉：我是怎样卷入八九民运的): that
    # name alone under it is the writer's, a pen name too
    signed = _SIGNED_HEADLINE.match(title_slot.text.strip()) if title_slot is not None else None
    if signed is None:
        # (on a whole page a banner may stand over the headline: a signed headline of the zone
        # whose signer stands alone below it is the headline then, as on top of the cleaned text)
        for j in range(top_end):
            m = _SIGNED_HEADLINE.match(texts[j])
            if (m and lines[j].is_body and is_headline(texts[j]) and not p.any_label.fullmatch(m.group(1))
                    and m.group(1) in texts[j + 1:top_end]):
                title_slot, signed = lines[j], m
                break
    for k in range(1, top_end):
        line = lines[k]
        pen_name = signed is not None and texts[k] == signed.group(1)
        if not (line.is_body and (pen_name or p.is_bare_name(texts[k]))) or p.any_label.fullmatch(texts[k]):
            continue  # (a label word, 原创, is no name)
        if len(texts[k]) == 2 and not (k + 1 < len(lines) and is_long_paragraph(texts[k + 1])):
            return  # two characters (商城, 关于) are a name only right above the text
        if not _under_headline(lines[k - 1], texts[k - 1], title_slot):
            return  # (the first bare name decides: one under a byline or a list is not the writer's)
        if k + 1 < len(lines) and p.is_bare_name(texts[k + 1]):
            return  # a list of names (a cast, a panel) names no writer
        doc.meta.add_credit("author", "", texts[k])
        doc.to_metadata(line, filter=filter, reason="metadata:credit")
        return


def closing_name(doc: Document, p: _Parser, *, filter: str) -> None:
    """A parenthesised name closing the body, ``（张巨峰）`` or ``（德清县发改局）``, is the author."""
    last = []  # the last two body lines, last first
    for line in reversed(doc.lines):
        if line.state == BODY and line.text.strip():
            last.append(line)
            if len(last) == 2:
                break
    if len(last) < 2:
        return
    line = last[0]
    m = _CLOSING_NAME.search(line.text)
    if not m or not p.is_bare_name(m.group(1)):
        m = p.closing_organisation.search(line.text)  # an organisation counts as an author too
        if not m:
            return
    before = line.text[:m.start()].rstrip()
    if before and before[-1] not in "。！？!?”\"…":
        return  # ……来自（江西）: a place or a note, not the closing signature
    doc.meta.add_credit("author", "", m.group(1))
    if not line.text[:m.start()].strip():
        doc.to_metadata(line, filter=filter, reason="metadata:credit")
    else:
        doc.cut(line, [(m.start(), m.end())], filter=filter, reason="metadata:credit")
