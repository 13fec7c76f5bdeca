"""A thread's replies under the page's core: the posts junk-lines parted by their chrome.

A forum's or Q&A page's replies are content, not the page's side run: each post shows its
time, and junk-lines drops the chrome around it (``forum-chrome``). :func:`thread_span` finds
them so that the page-margins filter keeps them.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import lexicons
from ...document import BODY, Line
from ...pagecore import FIELD_MAX_CHARS, is_post_stamp, shows_date
from ...patterns import phrase_alternation

#: below the core, this many post times (a stamp, a date, a time ago) that junk-lines dropped as
#: a thread's chrome (``forum-chrome``) make the lines between them a thread's replies ...
THREAD_MARKS = 3
#: ... so long as no more than this many lines part one mark from the next (a reply's length)
REPLY_MAX_LINES = 30
#: ... and the last reply's text stands at most this many chrome lines under its time
REPLY_CHROME_LINES = 3
#: a comment box's count or prompt (评论13, 发表评论) is at most this long
COMMENT_BOX_MAX = 8
#: the reason junk-lines gives a thread's post chrome
_POST_CHROME = "forum-chrome"

# a time ago, in months and years too (1 月前, 2年前), in a short line
_TIME_AGO_LINE = re.compile(r"^.{0,12}?\d{1,3}\s*(?:秒|分钟|小时|天|周|个?月|年)\s*前")


def thread_span(lines: list[Line], weights: list[float], end: int) -> Optional[tuple[int, int]]:
    """The replies of a thread below the core, ``(first, end)``, or ``None``: a forum's or Q&A
    page's posts are parted by their chrome, which junk-lines drops (``forum-chrome``), and each
    shows its time. THREAD_MARKS post times or more below the core, each at most
    REPLY_MAX_LINES under the one before, make a thread; its replies run from the text right
    above the first time (a post may print its time under its text) down to the text right
    under the last one, and a line of prose is among them or each post shows more chrome than its
    time. Not a thread: items under a comment box's count or prompt (评论13, 发表评论), another
    article's comments; nor links with their times."""
    n = len(lines)
    times = [k for k in range(end, n) if lines[k].state != BODY and lines[k].reason == _POST_CHROME
             and _is_post_time(lines[k].text)]
    if len(times) < THREAD_MARKS:
        return None
    # the first run of times each parted from the one before by a reply (a kept line) at most
    # REPLY_MAX_LINES long, or with its reply right under it (past its buttons): a list of links
    # with their times (other posts) has no line kept between them
    chain: list[int] = []
    for k in times:
        if chain and (k - chain[-1] > REPLY_MAX_LINES or not any(
                lines[j].state == BODY for j in range(chain[-1] + 1, min(n, k + 2 + REPLY_CHROME_LINES)))):
            if len(chain) >= THREAD_MARKS:
                break
            chain = []
        chain.append(k)
    if len(chain) < THREAD_MARKS:
        return None
    # the first reply's text: the lines kept right above its time (under the chrome over them)
    first = chain[0]
    while first > end and lines[first - 1].state == BODY:
        first -= 1
    # the last reply's text: above its time where the posts print their time under their text,
    # else past the chrome right under its time, the lines kept under it
    last = chain[-1] + 1
    if lines[chain[-1] - 1].state != BODY:
        while last < n and last - chain[-1] <= REPLY_CHROME_LINES and lines[last].state != BODY:
            last += 1
        stop = min(n, chain[-1] + REPLY_MAX_LINES)
        while last < stop and lines[last].state == BODY:
            last += 1
    # someone writes a sentence among the replies, or each post shows chrome besides its time (a
    # badge, a button): a list of headlines with their times has neither
    if not any(weights[k] > 0 and lines[k].state == BODY for k in range(first, last)) and not all(
            any(lines[j].state != BODY for j in range(a + 1, b)) for a, b in zip(chain, chain[1:])):
        return None
    box = _comment_box()
    if any(len(lines[k].text.strip()) <= COMMENT_BOX_MAX and box.search(lines[k].text.strip())
           for k in range(end, chain[0])):
        return None
    return first, last


@lru_cache(maxsize=1)
def _comment_box() -> re.Pattern:
    """A comment box's count or prompt: a comment word (``comment_box_words.txt``) with a
    number (评论13, 4 条评论) or after a verb that opens the box (发表评论, 登录并评论)."""
    words = phrase_alternation(lexicons.entries("comment_box_words.txt"))
    return re.compile(rf"^(?:\d+\s*条?\s*(?:{words})|(?:{words})\s*[（(]?\s*\d+\s*[)）]?\s*$"
                      rf"|(?:登录|发表|写|我要)(?:并|后)?(?:{words}))")


def _is_post_time(text: str) -> bool:
    """``text`` is a post's time: a stamp (2005-03-18 01:58, 创建于 1周前, 1 月前) or a short dated line."""
    return is_post_stamp(text) or shows_date(text) or _TIME_AGO_LINE.search(text[:FIELD_MAX_CHARS].strip()) is not None


__all__ = ["thread_span"]
