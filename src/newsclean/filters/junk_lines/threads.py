"""A thread's post headers that no word gives away: the poster's name and place above or beside each post.

A forum, a Q&A site or a comment list prints a header over each post: the
poster's name on a line of its own, then the post's time (``2021-01-01 10:34:38``,
``3 天前``, ``2023年10月11日``), maybe a button or a badge between them (看过,
楼主), and on many platforms since 2022 the poster's place (``浙江``,
``广东省深圳市``, ``IP 属地：上海``). The words of a name are anyone's; its shape and
its place are not: a short line with no sentence in it, under the previous
post's chrome and right above a time alone, is a post's header. A reply of a
word or two (哈哈, 元旦快乐) stands under its header, never above a time, and stays.

``post-author`` (reason ``forum-chrome``)
    on a thread (several forum-chrome lines), a name-like line with junk (or
    the page's start) right above it and a post's time alone right under it
    (or a forum-chrome line, then the time; or a post's floor, #3 or 3楼, then the
    time, whatever stands above the name); the first such header above the page's
    first paragraph and first post time, the thread's own poster, is left to the
    metadata filter. At least :data:`MIN_HEADERS` of
    them, or none is one.
``badged-name`` (reason ``forum-chrome``)
    on a thread, a name-like line, or :data:`BADGED_CARD_LINES` of them (a name and
    its rank or signature), between the previous post's chrome (no date nor time, no
    floor: a post's text follows its header) and a badge or rank right under them
    (初级粉丝, 课程读者, 762 声望: forum chrome, no date nor time): the poster's card.
    At least :data:`MIN_HEADERS` of them, or none is one.
``post-place`` (reason ``forum-chrome``)
    on a thread, a place's name alone (a province, a municipality, a country
    of ``post_places.txt``, maybe with its city: 广东省深圳市) right under a
    post's time or a header line, or right above a post's time: where the poster was;
    under a name-like line right under other junk, the name goes with it (北野 @alimy / 上海市).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

import regex

from ... import lexicons
from ...patterns import phrase_alternation
from ..base import once_a_text
from .patterns import _FLOOR, _HAS_DATE, _HAS_TIME, _HEADER_BREAKER, _TIME_AGO, _MAX_HEADER_LEN, _MIN_THREAD_MARKS

#: a thread shows at least this many post headers found by their shape, or they are no headers
MIN_HEADERS = 2

# a post's time alone on its line: a date (and time), a time of day after a short date, or a time
# ago (maybe with 发布 after it)
_POST_TIME = regex.compile(
    r"^(?:(?:19|20)\d{2}\s*+[-./年]\s*+\d{1,2}\s*+[-./月]\s*+\d{1,2}\s*+日?(?:\s*+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}[-/月]\d{1,2}日?\s++\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d{1,3}\s*+(?:秒|分钟|小时|天|周|个月|月|年)\s*+前)(?:\s*+(?:发布|发表))?$"
)
# a time ago anywhere in a line (3 天前, 1周前)
_ANY_TIME_AGO = regex.compile(_TIME_AGO)
#: what a post's time alone ends in
_TIME_LAST = re.compile(r"[\d日前布表]")
# the last line of each run of header lines (in the bytes of the lines' forum-chrome flags)
_CHROME_RUN_END = re.compile(b"\x01(?!\x01)")


@lru_cache(maxsize=1)
def _place_line() -> regex.Pattern:
    """A place's name alone (浙江, 广东省深圳市, 英国), maybe after ``IP 属地``."""
    places = phrase_alternation(lexicons.entries("post_places.txt"))
    return regex.compile(
        rf"^(?:IP\s*+属地\s*+[:：]?\s*+)?(?:{places})(?:省|市|自治区|特别行政区)?(?:\p{{Han}}{{1,4}}[市州县区])?$"
    )


def _is_thread(reasons: list[Optional[str]]) -> bool:
    return reasons.count("forum-chrome") >= _MIN_THREAD_MARKS


def _shows_time(s: str) -> bool:
    """``s`` holds a date, a clock time or a time ago (a post's stamp, whatever else it holds)."""
    return _HAS_DATE.search(s) is not None or _HAS_TIME.search(s) is not None or _ANY_TIME_AGO.search(s) is not None


def _is_time(s: str) -> bool:
    return _POST_TIME.match(s) is not None


def _name_like(s: str) -> bool:
    """A poster's name, rank or badge: short, no sentence in it, no number alone, no time."""
    return (0 < len(s) <= _MAX_HEADER_LEN and not _HEADER_BREAKER.search(s) and not s.isdigit()
            and _POST_TIME.match(s) is None)


def post_authors(texts: list[str], reasons: list[Optional[str]], lasts: str, first_paragraph: int) -> None:
    """Mark the name above each post's time as ``forum-chrome`` (see the module's doc)."""
    if not _is_thread(reasons):
        return
    n = len(texts)
    is_time, name_like = once_a_text(_is_time), once_a_text(_name_like)
    times = [m.start() for m in _TIME_LAST.finditer(lasts) if is_time(texts[m.start()])]
    names: list[int] = []
    first_time = -1  # (the first header's time)
    for t in times:
        k = t - 1
        # a post's floor between the name and the time (gazeldx / #3 / 1 月前): a header's, whatever
        # stands above it (the previous reply's last line)
        floor = k >= 1 and reasons[k] is not None and reasons[k - 1] is None and _FLOOR.match(texts[k]) is not None
        if floor or (k >= 1 and reasons[k] == "forum-chrome" and reasons[k - 1] is None):
            k -= 1  # (a badge or button between the name and the time: 看过, 楼主)
        if k < 0 or reasons[k] is not None or not name_like(texts[k]):
            continue
        if k and not floor and (reasons[k - 1] is None or is_time(texts[k - 1])):
            continue  # (prose above, or a post's time: the line may be a post's text)
        # the post's text follows its header (past a post's number: 发布 #4 …); a time with
        # buttons under it closes a post, and the line above it is that post's text
        j = t + 1
        while j < n and j <= t + 2 and (reasons[j] == "forum-chrome"
                                        or (reasons[j] is not None and _FLOOR.match(texts[j]) is not None)):
            j += 1
        if j < n and reasons[j] is None:
            names.append(k)
            if len(names) == 1:
                first_time = t
    # the first header is the thread's own poster's, the metadata filter's: over its first
    # paragraph and its time the page's first (under a paragraph or a time, it is a reply's)
    if names and names[0] < first_paragraph and first_time == times[0]:
        names = names[1:]
    if len(names) >= MIN_HEADERS:
        for k in names:
            reasons[k] = "forum-chrome"


def badged_names(texts: list[str], reasons: list[Optional[str]]) -> None:
    """Mark a poster's name (and its rank or signature) over its badge as ``forum-chrome`` (see
    the module's doc)."""
    if not _is_thread(reasons):
        return
    n = len(texts)
    dated, name_like = once_a_text(_shows_time), once_a_text(_name_like)
    cards: list[range] = []
    # (the lines under a junk line: the runs of junk's last lines, found in C)
    for k in (m.start() + 1 for m in _CHROME_RUN_END.finditer(bytes(r is not None for r in reasons))):
        if k >= n or dated(texts[k - 1]) or _FLOOR.match(texts[k - 1]) is not None:
            continue
        j = k
        while j < n and j - k < BADGED_CARD_LINES and reasons[j] is None and name_like(texts[j]):
            j += 1
        if k < j < n and reasons[j] == "forum-chrome" and not dated(texts[j]):
            cards.append(range(k, j))
    if len(cards) >= MIN_HEADERS:
        for card in cards:
            reasons[card.start:card.stop] = ["forum-chrome"] * len(card)


def post_places(texts: list[str], reasons: list[Optional[str]], lasts: str) -> None:
    """Mark a place's name beside a post's header as ``forum-chrome`` (see the module's doc)."""
    if not _is_thread(reasons):
        return
    pattern = _place_line()
    place = once_a_text(lambda s: len(s) <= 16 and pattern.match(s) is not None)
    is_time, name_like = once_a_text(_is_time), once_a_text(_name_like)
    n = len(texts)
    # the lines under a header line or a time, and the lines above a time (found in C: the
    # lines' flags and last characters), not every line of the page
    headers = [m.start() + 1 for m in _CHROME_RUN_END.finditer(bytes(r == "forum-chrome" for r in reasons))]
    times = [m.start() for m in _TIME_LAST.finditer(lasts) if is_time(texts[m.start()])]
    candidates = sorted({k for k in headers if k < n} | {t + 1 for t in times if t + 1 < n} | {t - 1 for t in times if t})
    for k in candidates:
        if reasons[k] is None and place(texts[k]):
            reasons[k] = "forum-chrome"
    # a name, then its place, right under the previous post's chrome (北野 @alimy / 上海市): both;
    # only under a post's time (above the first, a place among the page's topics is a tag)
    if not times:
        return
    named = [m.start() + 2 for m in _CHROME_RUN_END.finditer(bytes(r is not None for r in reasons), times[0])]
    for k in named:
        if k < n and reasons[k] is None and reasons[k - 1] is None and place(texts[k]) and name_like(texts[k - 1]):
            reasons[k - 1] = reasons[k] = "forum-chrome"


#: a poster's name and its rank or signature over its badge: at most this many lines
BADGED_CARD_LINES = 2
#: a poster's card above its follow button: at most this many lines (name, rank or badge) ...
CARD_LINES = 3
#: ... each at most this long (北京某某教育咨询有限公司 留学部门总监)
CARD_LINE_MAX = 30
#: a menu's items are at most this long (问答, 消息, 百度首页): a card has a longer line
MENU_ITEM_MAX = 6

# a follow button alone on its line (+ 关注, 关注TA)
_FOLLOW_BUTTON = regex.compile(r"^[+＋]?\s*+(?:关注|关注TA|关注他|关注她|订阅)$")


def poster_cards(texts: list[str], reasons: list[Optional[str]], hits: list[int]) -> None:
    """A poster's card above its follow button (name, rank, a line of statistics), under other
    junk, goes with the button as ``follow-prompt``; ``hits`` are the lines holding 关注 or 订阅.

    Only a card with junk right above it (a post's last short line stands above the next
    poster's card, never above a button) and a line longer than a menu's item (a site's menu
    lists 关注 among 消息, 问答)."""
    button = once_a_text(lambda s: _FOLLOW_BUTTON.match(s) is not None)
    card_line = once_a_text(lambda s: len(s) <= CARD_LINE_MAX and not _HEADER_BREAKER.search(s) and not _is_time(s))
    for j in hits:
        if not button(texts[j]):
            continue
        card: list[int] = []
        k = j - 1
        while k >= 0 and j - k <= CARD_LINES:
            if reasons[k] is None:
                if not card_line(texts[k]):
                    break
                card.append(k)
            elif reasons[k] != "forum-chrome" and reasons[k] != "counter":
                break  # (junk of another kind above: the card's top)
            k -= 1
        top = card[-1] if card else j
        # a card under junk, one of its lines longer than a menu's item (a menu lists 关注 too)
        if len(card) >= 2 and top > 0 and reasons[top - 1] is not None \
                and any(len(texts[k]) > MENU_ITEM_MAX for k in card):
            for k in card:
                reasons[k] = "follow-prompt"


__all__ = ["BADGED_CARD_LINES", "CARD_LINES", "CARD_LINE_MAX", "MIN_HEADERS", "badged_names", "post_authors", "post_places", "poster_cards"]
