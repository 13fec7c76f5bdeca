"""Does a page hold legacy jammers at all: the evidence the legacy pass needs before it cuts.

Discuz! writes a jammer at every line break of a post, so a page that holds
legacy jammers holds many of them, and most look plainly random (case flips,
letters mixed with digits and punctuation). A page without them still holds
ASCII that can parse as a legacy run at a line's edge: a product name before a
heading (``NumPy 简介``), an English line of lyrics, a code fragment
(``int r[maxn]``). Read run by run, these look random enough at a line's edge;
read as a page, they are a few weak runs among lines that hold none. So the
legacy pass runs only on a page with two or more lines that hold a strong run, or
where such lines are a good share of the text (a short post). A text of a few
lines is read run by run, as before: one jammer in it is all the evidence there is.

On the development pool no page without jammers has more than one such line
(a code page has dozens of indexing fragments, ``a[i]``, which no strong run
holds: a random run holds both brackets rarely); a jammed page of ten lines has
five or more.
"""
from __future__ import annotations

import re
from typing import Sequence

from .grammar import LEGACY_RUN, c2_count
from .words import looks_random

_group = re.Match.group
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

#: lines holding a strong legacy run that show a page holds legacy jammers
MIN_EVIDENCE_LINES = 2
#: or the share of the page's non-blank lines that hold one (a post of a few lines)
MIN_EVIDENCE_SHARE = 0.25
#: a text of fewer non-blank lines needs no evidence (a post of a line or two, with its jammer)
MIN_LINES_FOR_EVIDENCE = 4
#: a strong run's length and c2 count at least (a jammer holds five units)
MIN_STRONG_RUN = 5


def strong_run(run: str) -> bool:
    """``run`` (a legacy run, stripped) looks random by itself, not like a word, a name or code."""
    return (len(run) >= MIN_STRONG_RUN and c2_count(run) >= MIN_STRONG_RUN
            and not ("[" in run and "]" in run)  # (indexing, a[i]: code)
            and looks_random(run, strict=True))


def holds_legacy_jammers(candidates: Sequence[str], lines: int) -> bool:
    """True when the ``candidates`` (the texts of a page's lines that may hold a jammer) show
    that the page, of ``lines`` non-blank lines, holds legacy jammers.

    Only lines with Chinese text count, and lines that are a run alone (a jammer on an empty
    line): a jammer sits in a post's text, and lines of data or code (a hex dump's character
    column is as random as a jammer) are no evidence."""
    if lines < MIN_LINES_FOR_EVIDENCE:
        return True
    needed = min(MIN_EVIDENCE_LINES, max(1, int(MIN_EVIDENCE_SHARE * lines + 0.999)))
    found = 0
    for text in candidates:
        han = _HAN.search(text) is not None
        if any(strong_run(run) for run in map(str.strip, map(_group, LEGACY_RUN.finditer(text)))
               if han or run == text.strip()):
            found += 1
            if found >= needed:
                return True
    return False


__all__ = ["MIN_EVIDENCE_LINES", "MIN_EVIDENCE_SHARE", "MIN_LINES_FOR_EVIDENCE", "holds_legacy_jammers", "strong_run"]
