"""What a legacy run is part of, read once a line: a URL or an e-mail address, data (a long
stretch without white space), the line's indentation, the text glued before it.
"""
from __future__ import annotations

import re
from typing import Optional

from .edges import PAIRS, continues


_URL = re.compile(r"(?:https?://|www\.)[\x21-\x7e]*")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,6}")


def legacy_continues(work: str, a: int, since: int = 0) -> bool:
    """The legacy run's first character ``work[a]`` ends the article text glued before it.

    Half the legacy units show no ``c1`` (a control character the parser drops), so a
    digit after a digit is more often the article's number going on ("2019-09-0" then
    "8Hp…") than a jammer's first ``c1``, unless the number is a finished date or time
    ("2019-05-17", "18:13"); other signs need the X series' evidence of an unfinished
    token: a bracket or quote left open since ``since`` (where the last run cut ended),
    a short number group.
    """
    c, p = work[a], work[a - 1]
    if c.isdigit() and p.isdigit():
        return not _DONE_NUMBER.search(work, max(0, a - 20), a)
    if c in "|?" and p.isalnum():
        return True  # a separator or a question mark closing the text: "阅读|", "21:30|", "啥来头?"
    if p.isspace():
        return False  # (taken spans and SEO phrases are blanked with wide spaces here)
    return (c in PAIRS or "\x21" <= c <= "\x3b") and continues(work, a, c, since)


# a date or a time whose last field is complete: a digit more makes no date ("2019-05-173")
_DONE_NUMBER = re.compile(r"(?:(?<!\d)\d{4}[-./]\d{1,2}[-./]\d{2}|(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?)\Z")


def is_indented(text: str, a: int, lead: "Lead") -> bool:
    """The white space right before ``text[a]`` holds a tab or a wide space, and before it
    are only jammer cuts and white space (``lead``)."""
    k = a
    while k and text[k - 1].isspace():
        k -= 1
    if not text[k:a].strip(" "):
        return False  # (the cheap test first)
    return k <= lead.text_start()


class Lead:
    """Where the line's own text starts once the jammer cuts found so far are left out.

    The cuts only grow (``taken``, then ``found`` as the legacy pass appends to it), so the
    start only moves right: each character and each cut is read once a line, however many
    runs ask (a line of tab-indented runs would otherwise re-read every cut at each run).
    The cuts are disjoint: X spans, legacy cores and SEO phrases were blanked for each other.
    """

    def __init__(self, text: str, taken: list[tuple[int, int, str]], found: list[tuple[int, int, str]]):
        self.text, self.found = text, found
        self.ends: dict[int, int] = {}
        self.pos = self.seen = 0
        self._add(taken)

    def _add(self, cuts: list[tuple[int, int, str]]) -> None:
        for i, j, _ in cuts:
            self.ends[i] = max(self.ends.get(i, j), j)
            if i <= self.pos < j:
                self.pos = j  # a cut over the start found so far (one that starts in white space)

    def text_start(self) -> int:
        self._add(self.found[self.seen:])
        self.seen = len(self.found)
        text, ends, p = self.text, self.ends, self.pos
        while p < len(text):
            if p in ends:
                p = max(p + 1, ends[p])
            elif text[p].isspace():
                p += 1
            else:
                break
        self.pos = p
        return p


def indent_after(text: str, b: int) -> bool:
    """White space holding a tab or a wide space follows ``text[b]``, then more text."""
    k = b
    while k < len(text) and text[k].isspace():
        k += 1
    return k < len(text) and text[b:k].strip(" ") != ""


def colon_is_jammers(work: str, a: int, run: str, i: int, j: int) -> bool:
    """The island ``run[i:j]`` (``run`` starts at ``work[a]``) ends with a colon the rest of
    the run follows: it is the jammer's first ``c1`` ("…GPU" then ":P s5Vw(?p") unless the
    text is plainly unfinished without it (a field label's, a code header's colon), as on
    the X side."""
    return (i < j - 1 < len(run) - 1 and run[j - 1] == ":"
            and not continues(work, a + j - 1, ":"))


# a legacy jammer is 15 units (30 characters) at most; with its SEO phrase, a second jammer
# glued to it (an empty line's two) and the article's word on either side, a stretch of
# printable ASCII without white space stays far below this. A longer one is data (base64, a
# hex dump, minified code, a JSON blob): it is kept whole, ruled out in one pass
_DATA_TOKEN = 160


# (starting at a stretch's start only: a match tried at every position of a shorter
# stretch would read it again and again)
_DATA = re.compile(r"(?<![\x21-\x7e])[\x21-\x7e]{%d,}" % (_DATA_TOKEN + 1))


def blank_data(work: str) -> str:
    """``work`` with its data stretches (``_DATA``) overwritten by a Chinese character: kept text
    that no run reaches into, as article text beside a run is."""
    return _DATA.sub(lambda m: "中" * len(m.group()), work)


class Tokens:
    """What a run is part of (a URL, an e-mail address), read once per token and not once per run
    (a token holds many runs). A token is the stretch of printable ASCII without white space that
    ends right before the run, the run and the stretch that starts right after it; in a text that
    ``blank_data`` made, no stretch is longer than ``_DATA_TOKEN``, so each is found by reading
    from the run outwards (backwards in the reversed text, made once a text when first needed)."""

    def __init__(self, work: str):
        self.work = work
        self._reversed: Optional[str] = None
        self._urls: dict[tuple[int, int], bool] = {}
        self._stretch_url = (0, -1)  # the last token found a URL that is one stretch

    def in_url(self, a: int, b: int) -> bool:
        """The run ``work[a:b]`` is part of a URL or an e-mail address: the stretch that ends at
        its start, the run and the stretch that starts at its end make one token."""
        s, e = self._stretch_url
        if s <= a and b <= e:
            return True  # (inside the last stretch found a URL: its token is that stretch again)
        work = self.work
        start = a
        if a and "\x21" <= work[a - 1] <= "\x7e":
            if self._reversed is None:
                self._reversed = work[::-1]
            r = len(work) - a  # (work[a - 1] in the reversed text)
            start = a - (_GRAPH_STRETCH.match(self._reversed, r).end() - r)
        m = _GRAPH_STRETCH.match(work, b)
        end = m.end() if m else b
        if (start, end) not in self._urls:
            token = work[start:end].strip("()[]<>\"',.;:!?")
            self._urls[start, end] = bool(_URL.search(token) or _EMAIL.fullmatch(token))
        found = self._urls[start, end]
        if found and _GRAPH_STRETCH.fullmatch(work, start, end):
            self._stretch_url = (start, end)
        return found


_GRAPH_STRETCH = re.compile(r"[\x21-\x7e]+")
