"""Unlabelled names next to the byline date (the metadata filter's byline names).

A short name beside the byline's date (``新京报``, ``石佳/中国青年报``, a platform account
above its post's date) is metadata, but it is not stored: with no label, nothing says
whether it is a source, an author or an account.
"""
from __future__ import annotations

from typing import Optional

from ...document import Document, Line
from ...fieldlines.facts import _SHORT_NAME
from ...fieldlines.parser import _Parser
from .lines import _short_name_line, _title_slot

# a name right above the byline date is at most this long (新京报, 中国青年报, 21世纪经济报道): a line
# of more characters there is the headline (从原子弹爆炸原理想开去 / 2005-09-11 18:04:42)
_NAME_ABOVE_DATE_MAX = 9


def byline_names(doc: Document, lines: list[Line], byline: dict[int, str], title: Optional[Line],
                 p: _Parser, *, filter: str) -> None:
    """A short name next to the byline date (``新京报``, ``石佳/中国青年报``) is meta too.

    It is not stored: with no label, it cannot be told whether it is a
    source, an author or an account. Only a byline that names no one yet
    gets one.
    """
    dated = [k for k in sorted(byline) if byline[k] in ("date", "named", "posted")]
    if not dated:
        return
    first = title or _title_slot(doc, lines)
    lo = hi = dated[0]
    while lo - 1 in byline:
        lo -= 1
    while hi + 1 in byline:
        hi += 1
    if any(byline[j] == "named" for j in range(lo, hi + 1)):
        return
    # the slot after the date first, then the one before; a post's account is above its date
    for j in (lo - 1, hi + 1) if byline[dated[0]] == "posted" else (hi + 1, lo - 1):
        if 0 <= j < len(lines):
            line = lines[j]
            text = line.text.strip()
            if (line.is_body and line is not first
                    and _short_name_line(text, p.stopwords, p.phrase_chars)
                    and (j > hi or len(text) <= _NAME_ABOVE_DATE_MAX)  # (longer, above: the headline)
                    # (a headline's copy is no name; one of a name's length is: 香港電台-財經
                    # heads the page and stands in its byline)
                    and (len(text) <= _NAME_ABOVE_DATE_MAX
                         or not any(o is not line and o.text.strip() == text for o in lines))):
                doc.to_metadata(line, filter=filter, reason="metadata:byline")
                # names listed one a line right below it (several authors' names)
                while j > hi and j + 1 < len(lines):
                    nxt = lines[j + 1]
                    if (nxt.index != lines[j].index + 1 or not nxt.is_body
                            or not _SHORT_NAME.fullmatch(nxt.text.strip())):
                        break
                    doc.to_metadata(nxt, filter=filter, reason="metadata:byline")
                    j += 1
                return
