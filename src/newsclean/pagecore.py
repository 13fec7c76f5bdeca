"""The page model: where a page's article core is, judged by the shape of its lines.

Whole-page text (a crawl's WET text, a scraper's ``get_text`` of ``<body>``)
holds the article among navigation, side columns, related-headline runs and
footers. Like jusText and readability-style extractors, the model judges each
line by its own shape first, then finds the article's core as the run of
lines whose prose outweighs what lies between:

prose
    a line of running text: at least :data:`PROSE_MIN_CHARS` characters with
    sentence or clause punctuation; or a longer line dense in CJK without
    punctuation (a blog written in spaced phrases), weighed at :data:`BARE_PROSE_SHARE`.
short
    a line under :data:`SHORT_MAX_CHARS` characters without punctuation: a
    menu item, a button, a tag, a date, a count.
other
    everything between: a headline, a label, a truncated link title.

Each line gets a weight (prose: its length; short: ``-SHORT_PENALTY``;
other: ``-OTHER_PENALTY``; a junk line an earlier filter dropped counts as
short), and the core is the run of lines with the greatest total weight (one
pass: the maximum-sum segment). A page has a core only when that run holds at
least :data:`CORE_MIN_WEIGHT` and :data:`CORE_MIN_SHARE` of all the page's
prose weight (or, where a caller asks, :data:`CORE_RIVAL_FACTOR` times any
other run); otherwise the model says nothing and every line stays.

>>> PARA = "记者从有关部门获悉，这项活动已经连续举办了十年，吸引了大量市民参加。"
>>> weights = [line_weight(t) for t in ["首页", "新闻", "某地举行活动", PARA, PARA, "相关新闻", "友情链接"]]
>>> weights[:3], core_span(weights)
([-20.0, -20.0, -20.0], (3, 5))
>>> core_span([line_weight(t) for t in ["首页", "新闻"]]) is None
True
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional, Sequence

from . import lexicons
from .patterns import phrase_alternation

#: a prose line has at least this many characters (white space not counted) and punctuation
PROSE_MIN_CHARS = 20
#: a line without punctuation is prose when it has at least this many characters, mostly CJK
BARE_PROSE_MIN_CHARS = 25
#: ... of which at least this share are CJK characters
BARE_PROSE_CJK_SHARE = 0.6
#: the weight of such a line, as a share of its length (it is less sure than punctuated prose)
BARE_PROSE_SHARE = 0.7
#: what a character that is not CJK weighs in a prose line (a CJK character weighs 1)
NON_CJK_SHARE = 0.4
#: a line with code's symbols and less than this share of CJK characters is code: it weighs nothing
CODE_MAX_CJK_SHARE = 0.3
#: a line under this many characters, without punctuation, is short (a menu item, a button)
SHORT_MAX_CHARS = 12
#: what a short line costs the run that holds it
SHORT_PENALTY = 20.0
#: what any other line that is not prose costs (a headline, a label, a link title)
OTHER_PENALTY = 5.0
#: a page has a core only when its run weighs at least this much ...
CORE_MIN_WEIGHT = 60.0
#: ... and holds at least this share of the page's prose weight
CORE_MIN_SHARE = 0.5
#: ... or, where a caller asks, weighs this many times the heaviest run beside it
CORE_RIVAL_FACTOR = 3.0
#: a run is dense prose when at least this share of its lines are prose
DENSE_PROSE_SHARE = 0.6
#: a field line (a label and its value, a date) is at most this long
FIELD_MAX_CHARS = 60

# sentence and clause punctuation, both widths
# (no colon: 某某：某某 is a headline's shape as often as a sentence's)
_PUNCT = re.compile(r"[，。！？；、,!?;]|\.(?:\s|$)")
_WORD = re.compile(r"\w")
# a word of a menu: two CJK characters, or two letters or digits and a letter
_MENU_WORD = re.compile(r"[\u3400-\u9fff]{2}|[^\W\d_][\w]|\d[^\W\d_]")
# the symbols of code (a brace, a semicolon, an assignment, a call's closing bracket)
_CODE = re.compile(r"[{};]|[^=!<>]=[^=]|\)$|^(?://|#|/\*)")
# a run of CJK characters: a line's CJK characters are counted run by run (a few strings a line,
# not one a character)
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# a link title cut short by the page (…, ...)
_TRUNCATED = re.compile(r"(?:…|\.\.\.)\s*$")
# a list entry's count closing the line: 往事如烟(35), 2006年12月(5), 某某写真(7928), 留言(42) (a year in
# brackets, 月神 (2011), is a work's date, no count)
_ENTRY_COUNT = re.compile(r"[(（]\s*(?!(?:19|20)\d{2}\s*[)）])\d{1,7}\s*(?:次|篇|条|個|个)?\s*[)）]\s*$")
# a date (2019-11-25, 2019年11月, 09/07) or a clock time (18:57)
_DATE_OR_TIME = re.compile(r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}|\d{1,2}[/月]\d{1,2}|\d{1,2}:\d{2}")
# a post's time: a clock time (18:57, 01:20:44), or a time ago (3 天前, 8 小時前)
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")
_TIME_AGO = re.compile(r"\d{1,3}\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月)\s*前")
# ... with its day: a numeric date (2005-03-21, 3月21日, 12/27) or a year (September 19th, 2005)
_DAY = re.compile(r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}(?:\s*[-./月]\s*\d{1,2}\s*日?)?|\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?"
                  r"|(?<!\d)(?:19|20)\d{2}(?!\d)")
# what a stamp's line may hold besides its time: a name, 发表于, am/pm, a weekday (each CJK
# character and each word of other letters counted once)
_LETTERS = re.compile(r"[\u3400-\u9fff]|[^\W\d_\u3400-\u9fff]+")
#: a post's stamp holds at most this many letters besides its date and time (由某某张贴 @, 法新社·)
STAMP_MAX_LETTERS = 12


def is_post_stamp(text: str) -> bool:
    """``text`` is a post's or a comment's time stamp: a short line with its day and clock time
    (2005-03-18 01:58:01, September 19th, 2005 at 7:32 pm) or a time ago (法新社·2 天前), and little
    else: what heads each item of a list of posts, comments or teasers. A range (1:30-3:30) is no
    stamp: a schedule's.

    >>> is_post_stamp("由海姑娘张贴 @ 2005-03-21 01:20:44 (359)"), is_post_stamp("法新社·2 天前")
    (True, True)
    >>> is_post_stamp("第一场：12月11日下午1:30-3:30"), is_post_stamp("帖前5:17"), is_post_stamp("2005年3月")
    (False, False, False)
    """
    if len(text) > 4 * FIELD_MAX_CHARS:
        return False  # (no line of megabytes is stripped and searched)
    s = text.strip()
    if len(s) > FIELD_MAX_CHARS:
        return False
    ago = _TIME_AGO.search(s)
    if ago is not None:
        rest = s[:ago.start()] + s[ago.end():]
    else:
        clocks = _CLOCK.findall(s)
        day = _DAY.search(s)
        if len(clocks) != 1 or day is None:
            return False
        rest = _CLOCK.sub("", _DAY.sub("", s))
    return len(_LETTERS.findall(rest)) <= STAMP_MAX_LETTERS


def line_weight(text: str) -> float:
    """What ``text`` adds to (prose) or takes from (anything else) the run of lines that holds it.

    A CJK character weighs one, any other character :data:`NON_CJK_SHARE` (a word of
    Latin letters says about what two or three CJK characters say); a line of code weighs
    nothing either way (a code block is neither prose nor a menu).
    """
    packed = "".join(text.split())  # (white space out: str.split takes the characters \s does)
    n = len(packed)
    cjk = sum(map(len, _CJK_RUN.findall(packed)))
    if (cjk < CODE_MAX_CJK_SHARE * n and _CODE.search(packed)) or not _WORD.search(packed):
        return 0.0  # (code, or punctuation alone: a scraper's leftover)
    weight = cjk + (n - cjk) * NON_CJK_SHARE
    punctuated = _PUNCT.search(text) is not None
    # (a link title the page cut short, or one with its count: a ranking's or an archive's entry, is no prose)
    truncated = _TRUNCATED.search(packed) is not None or _ENTRY_COUNT.search(packed) is not None
    if n >= PROSE_MIN_CHARS and punctuated and not truncated:
        return weight
    if n >= BARE_PROSE_MIN_CHARS and not truncated and cjk >= BARE_PROSE_CJK_SHARE * n:
        return weight * BARE_PROSE_SHARE
    if n < SHORT_MAX_CHARS and not punctuated:
        return -SHORT_PENALTY
    return -OTHER_PENALTY


def is_menu_item(text: str, weight: Callable[[str], float] = line_weight) -> bool:
    """``text`` is short and holds a word (首页, 体育, 3C): what a menu is made of, not a stray token
    (0, M"C). ``weight``: :func:`line_weight`, or a document's memo of it."""
    return weight(text) == -SHORT_PENALTY and _MENU_WORD.search(text) is not None


# what joins a menu's items on one line: a bar, a spaced dash, a middle dot, wide white space
_BAR_SEPARATOR = re.compile(r"\s*[|｜]\s*|\s+-\s+|\s*·\s*|[\s\u3000]{2,}|\t")
#: a link bar holds at least this many items (a byline, 记者 某某 某某, has fewer) ...
BAR_MIN_ITEMS = 5
#: ... each a menu item; one in this many may be something else ([更多], a bar's label)
BAR_ODD_ITEM_EVERY = 6
#: a line longer than this is no link bar (it is not asked)
BAR_MAX_CHARS = 200


def is_link_bar(text: str) -> bool:
    """``text`` is a menu on one line: menu items joined by bars, dashes, dots or wide spaces.

    >>> is_link_bar("搜狐首页 - 新闻 - 体育 - 娱乐 - 财经 - IT"), is_link_bar("首页|艺术快讯|当代艺术|艺术史论|艺术设计")
    (True, True)
    >>> is_link_bar("财经 金融 证券 汽车 科技 消费"), is_link_bar("Hope you are still using it daily")
    (True, False)
    >>> is_link_bar("新华网黑龙江频道  记者  伊琳  李清芬"), is_link_bar("2011 / 美国 / 动画 短片 奇幻 / 某某")
    (False, False)
    """
    if len(text) > BAR_MAX_CHARS:
        return False
    items = [item for item in _BAR_SEPARATOR.split(text.strip()) if item]
    if len(items) < BAR_MIN_ITEMS:
        # (or single spaces, where every item holds CJK: 财经 金融 证券 汽车 科技; words of
        # English prose are one space apart too)
        items = text.split()
        if len(items) < BAR_MIN_ITEMS or not all(_CJK_RUN.search(item) for item in items):
            return False
    allowed = len(items) // BAR_ODD_ITEM_EVERY
    for item in items:
        if not is_menu_item(item):
            allowed -= 1
            if allowed < 0:
                return False  # (asked item by item: a line of words is done at its first few)
    return True


def is_prose(text: str) -> bool:
    """``text`` reads as a line of running text by its shape (punctuated, or long and dense in CJK)."""
    return line_weight(text) > 0


@lru_cache(maxsize=1)
def _field_label() -> re.Pattern:
    """A metadata label (``lexicons/metadata_labels.tsv``) with its colon, anywhere in the line."""
    # (the standard library's engine: four times faster than `regex` on an alternation of literals)
    labels = phrase_alternation(row[0] for row in lexicons.rows("metadata_labels.tsv", 2))
    return re.compile(rf"{labels}\s*[:：]")


@lru_cache(maxsize=1)
def _bare_label() -> re.Pattern:
    """A metadata label and its colon closing a line (a bracket may close it too)."""
    labels = phrase_alternation(row[0] for row in lexicons.rows("metadata_labels.tsv", 2))
    return re.compile(rf"{labels}\s*[:：]\s*[)）】\]]?\s*$")


def reads_as_field(text: str) -> bool:
    """``text`` may be a metadata field by its shape (a labelled value, a date or time on a short line):
    the metadata filter reads it, with its neighbours, and a page model must leave it there.

    >>> reads_as_field("(责编：汤诗瑶、丁涛)"), reads_as_field("2019年11月25日 18:57"), reads_as_field("体育")
    (True, True, False)
    """
    return shows_date(text) or has_field_label(text)


def shows_date(text: str) -> bool:
    """``text`` is a short line with a date or a clock time (a dateline, a post's time)."""
    s = text.strip()
    return len(s) <= FIELD_MAX_CHARS and _DATE_OR_TIME.search(s) is not None


def has_field_label(text: str) -> bool:
    """``text`` is a short line with a metadata label and its colon (来源：, 责编：)."""
    s = text.strip()
    return len(s) <= FIELD_MAX_CHARS and _field_label().search(s) is not None


def ends_in_bare_label(text: str) -> bool:
    """``text`` ends in a metadata label's colon with no value after it (``责任编辑：``): its value
    is the next line. A greeting that ends in a colon (某某晚安：) is no label.

    >>> ends_in_bare_label("责任编辑："), ends_in_bare_label("【来源:】"), ends_in_bare_label("茜媽咪晚安：")
    (True, True, False)
    """
    return len(text) <= FIELD_MAX_CHARS and _bare_label().search(text) is not None


def _heaviest_run(weights: Sequence[float]) -> tuple[float, int, int]:
    """The run of lines with the greatest total weight: ``(weight, start, end)``, in one pass."""
    best, best_start, best_end = 0.0, 0, 0
    total, start = 0.0, 0
    for k, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, k
        total += w
        if total > best:
            best, best_start, best_end = total, start, k + 1
    return best, best_start, best_end


def core_span(weights: Sequence[float], *, rival_factor: Optional[float] = None) -> Optional[tuple[int, int]]:
    """The article core: ``(start, end)`` of the run of lines with the greatest total weight,
    or ``None`` when no run is heavy and dominant enough to be one.

    Dominant: the run holds :data:`CORE_MIN_SHARE` of the page's prose weight, or, when
    ``rival_factor`` is given, weighs that many times the heaviest run beside it (an
    article above its many comments, each a small run of its own).
    """
    best, start, end = _heaviest_run(weights)
    if best < CORE_MIN_WEIGHT:
        return None
    prose = sum(w for w in weights if w > 0)
    inside = sum(w for w in weights[start:end] if w > 0)
    if inside >= CORE_MIN_SHARE * prose:
        return start, end
    if rival_factor is None:
        return None
    rival = max(_heaviest_run(weights[:start])[0], _heaviest_run(weights[end:])[0])
    return (start, end) if best >= rival_factor * rival else None


def is_dense(weights: Sequence[float], span: tuple[int, int]) -> bool:
    """The run ``span`` is prose through and through: at least :data:`DENSE_PROSE_SHARE` of its
    lines are prose (an article's paragraphs, not a list of teasers between titles, names and dates)."""
    start, end = span
    return sum(w > 0 for w in weights[start:end]) >= DENSE_PROSE_SHARE * (end - start)


__all__ = [
    "BAR_MAX_CHARS", "BAR_MIN_ITEMS", "BAR_ODD_ITEM_EVERY", "BARE_PROSE_CJK_SHARE", "BARE_PROSE_MIN_CHARS", "BARE_PROSE_SHARE", "CODE_MAX_CJK_SHARE", "CORE_MIN_SHARE", "CORE_RIVAL_FACTOR", "DENSE_PROSE_SHARE", "CORE_MIN_WEIGHT", "FIELD_MAX_CHARS",
    "NON_CJK_SHARE", "OTHER_PENALTY", "PROSE_MIN_CHARS", "SHORT_MAX_CHARS", "SHORT_PENALTY", "core_span", "ends_in_bare_label", "has_field_label", "is_dense", "is_link_bar", "is_menu_item", "is_post_stamp", "is_prose", "line_weight", "reads_as_field", "shows_date",
]
