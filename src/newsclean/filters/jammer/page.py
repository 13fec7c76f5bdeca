"""The page's jammer spans from one scan of its joined text: the common line settled there.

Most jammed lines are Chinese text with an X run at an edge or between two sentences. One
scan of the page (in C) finds every X run and every legacy core; a line whose runs all start
at the line's start or after a character that is neither ASCII nor white space, and that holds
no legacy core outside them, reads in ``find_jammers`` exactly as the runs themselves:

* ``x_spans`` takes each run whole: nothing on its left can end like a unit (``_trim_left``
  returns at once after such a character unless the run starts with a sign that reads far
  back, asked here too), and the same test as there finds no token starting at its last c2
  ("A股", "x2019");
* the legacy pass has nothing to read (no core outside the X spans: the one scan tries each
  position of the line with the X run first, then the legacy core, as the two searches do);
* searching again finds nothing: no run lies in a kept stretch and no cut has a character of
  a run on either side (``_may_touch``): on its left is the line's start or a character that
  is not ASCII.

Every other line (a list, a run after ASCII or white space, a run trimmed at either edge, a
legacy core) is read by ``find_jammers``.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from .edges import FAR_SIGNS, cjk_words, continues, starts_token
from .grammar import X_RUN_OR_LEGACY_CORE
from .scan import find_jammers
from .xseries import looks_like_list


_X = "discuz-jammer-x"

#: an X jammer is 15 units (45 characters) at most: a longer run (two glued, a flood) goes to
#: find_jammers, which reads it once, not twice
_LONG_RUN = 64


def page_spans(texts: list[str], *, legacy: bool, seo: re.Pattern) -> Iterator[tuple[int, list[tuple[int, int, str]]]]:
    """``(k, spans)`` for each position ``k`` of ``texts`` that holds a jammer, in order: the spans
    ``find_jammers(texts[k])`` gives, read from one scan of the joined texts where the line is
    the common one (see the module), by ``find_jammers`` elsewhere."""
    text = "\n".join(texts)
    if text.count("\n") != len(texts) - 1:
        # a text holds a line break: read text by text
        for k, t in enumerate(texts):
            if X_RUN_OR_LEGACY_CORE.search(t):
                spans = find_jammers(t, legacy=legacy, seo=seo)
                if spans:
                    yield k, spans
        return
    words = cjk_words()
    count, find, rfind = text.count, text.find, text.rfind
    k = -1  # the line being read, where it starts and ends (its line break, or the text's end)
    a = end = 0
    spans: Optional[list[tuple[int, int, str]]] = None  # its spans so far; None: find_jammers reads it
    for m in X_RUN_OR_LEGACY_CORE.finditer(text):
        s = m.start()
        if s >= end:  # (no match holds a line break) the first match of a later line
            if k >= 0:
                found = spans if spans is not None else find_jammers(texts[k], legacy=legacy, seo=seo)
                if found:
                    yield k, found
            k += count("\n", a, s) + (k < 0)
            a = rfind("\n", a, s) + 1
            end = find("\n", s)
            if end < 0:
                end = len(text)
            spans = []
        elif spans is None:
            continue
        run = m.group()
        if run[0] >= "?":
            spans = None  # a legacy core (an X run starts with a c1)
            continue
        e = m.end()
        if s > a:
            # x_spans keeps the run's start: no ASCII or white space before it, no sign that the
            # text before it plainly needs (_trim_left's first answer)
            p = text[s - 1]
            if p < "\x80" or p.isspace() or (run[0] in FAR_SIGNS and continues(texts[k], s - a, run[0])):
                spans = None
                continue
        if e < end and not "\x21" <= run[-3] <= "\x3b" and (
                text[e - 1:e + 1] in words if text[e] >= "\x80" else starts_token(text, e - 1)):
            spans = None  # … and its end: no token starts at its last letter
            continue
        if len(run) > _LONG_RUN or looks_like_list(run):
            spans = None  # (a long run, a flood of units, is read once, by find_jammers)
            continue
        spans.append((s - a, e - a, _X))
    if k >= 0:
        found = spans if spans is not None else find_jammers(texts[k], legacy=legacy, seo=seo)
        if found:
            yield k, found
