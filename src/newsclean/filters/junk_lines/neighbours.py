"""The junk-lines filter's rules that read a line's neighbours: ``NEIGHBOUR_RULES``, run in order over a page."""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress
from operator import truth
from typing import Callable, Optional

import regex

from ...document import Line
from ...fieldlines import is_board_post
from ...later import Later
from ...rules import Rule
from ...pagecore import CORE_RIVAL_FACTOR, SHORT_PENALTY, core_span, is_dense, line_weight
from ...shapes import is_headline, is_paragraph
from ..base import Filter, JoinedLines, char_positions, once_a_text as _once_a_text
from .tail import _NUMBERED, COMMENT_WORDS, comment_heads, core_end, headed_lists, is_comments_head
from .feeds import counted_feeds
from ...fieldlines.stamps import stamp_date_line
from .threads import badged_names, post_authors, post_places, poster_cards
from .patterns import (
    _BARE_DATE_OR_TIME, _CATEGORY_LABEL, _COLONS, _COMMENTS_HEAD, _COUNTER_LABEL, _CRUMB_SPLIT, _DATE_END,
    _DIGIT_OR_DAY, _FOLLOW, _FOLLOW_NAME, _GLUED_TAG_ZONE, _HAS_DATE, _INDEX_STAMP_END, _ISLAND_NEIGHBOURS,
    _LINK_PROMPT, _MAX_CHROME_LEN, _MAX_INDEX_LINE, _MAX_TAG_RUN, _MIN_POST_STAMPS, _POST_STAMP, _STAMP_LAST,
    _HEADER_BREAKER, _MAX_HEADER_LEN, _MIN_HEADER_REPEATS, _MIN_THREAD_MARKS, _PAGER, _PAGE_OF, _PIPES, _REWARD_CARD_LEN,
    _REWARD_CARD_LINES, _REWARD_CARD_ZONE, _SENTENCE_PUNCT, _SHORT, _SMALL_NUMBER, _TOPIC_COUNT,
    _WORD_BREAKER, _first_paragraph, _glued_words, _is_byline_bar, _is_name_like, _is_short_word,
    _junk, _junk_tail, _static,
)


_JUNK_RUN = re.compile(b"\x01+")  # (in the bytes of the lines' junk flags)


def _junk_beside(reasons: list[Optional[str]], *, above: bool = False, below: bool = False) -> list[int]:
    """The junk lines with a line not junk right above them (``above``) or right below (``below``),
    in order: the first and last lines of the runs of junk (found in C). A page of chrome is junk
    beside junk, and a rule that turns lines into junk, never back, starts what it does beside
    junk only at these."""
    n = len(reasons)
    out: list[int] = []
    for run in _JUNK_RUN.finditer(bytes(map(truth, reasons))):
        first, end = run.span()
        if above and first > 0:
            out.append(first)
        if below and end < n and not (above and first > 0 and first == end - 1):
            out.append(end - 1)
    return out


def _tag_runs(texts: list[str], reasons: list[Optional[str]]) -> None:
    """Three or more very short words in a row next to junk are a tag cloud.

    Never for being last: the cleaned text ends with the article, and its
    closing short lines (a poem) must stay when it is cleaned again.
    """
    n = len(texts)
    breaker = _WORD_BREAKER.search
    numbered = _NUMBERED.match

    def short(i: int) -> bool:  # _is_short_word on texts already stripped and never empty
        # (a numbered item, 2、中国舞蹈史, is a list's: no tag is numbered)
        return reasons[i] is None and len(texts[i]) <= 8 and not breaker(texts[i]) and not numbered(texts[i])

    # a run beside junk starts right after a junk line or ends right above one; a run once
    # made tags is junk and no run any more (the lines that part runs never change here)
    for j in _junk_beside(reasons, above=True, below=True):
        # (junk next to junk, the common case on a page of chrome, starts no run on that side)
        if j + 1 < n and reasons[j + 1] is None:
            # the run right under the junk line: j+1 … i-1 (looked at up to one line too many)
            i = j + 1
            while i < n and i - j <= _MAX_TAG_RUN + 1 and short(i):
                i += 1
            if 3 <= i - j - 1 <= _MAX_TAG_RUN:
                reasons[j + 1:i] = ["tags"] * (i - j - 1)
        if j > 0 and reasons[j - 1] is None:
            # the run right above it: i+1 … j-1
            i = j - 1
            while i >= 0 and j - i <= _MAX_TAG_RUN + 1 and short(i):
                i -= 1
            if 3 <= j - i - 1 <= _MAX_TAG_RUN:
                reasons[i + 1:j] = ["tags"] * (j - i - 1)


def _date_link_runs(texts: list[str], reasons: list[Optional[str]], lasts: str, later: Later) -> None:
    """Two or more titles in a row that end in a date are a link list; so are the lines of a
    thread's reply index, whose date-and-time stamp is followed by counters (298字 [4321/87])."""
    @_once_a_text
    def read(s: str) -> bool:
        if s[-1] in "])）字":
            return len(s) <= _MAX_INDEX_LINE and bool(_INDEX_STAMP_END.search(s))
        return len(s) <= 80 and "。" not in s and bool(_DATE_END.search(s)) and not _BARE_DATE_OR_TIME.match(s)

    def link(s: str) -> bool:
        # (the last character first: most lines end in none of these, and are not looked up)
        return bool(s) and (s[-1] in "])）字" or s[-1].isdigit() or s[-1] == "日") and read(s)

    n = len(texts)
    j = 0
    gone: Optional[Callable[[int], bool]] = None  # made when a link is first met
    # (a run starts at a link that ends in a decimal digit or 日: lasts[k] is texts[k][-1]; each
    # distinct text of those lines is read once, and the lines of the links kept in C)
    ending = char_positions(_DIGIT_OR_DAY, lasts)
    linked = set(filter(link, set(map(texts.__getitem__, ending))))
    for k in compress(ending, map(linked.__contains__, map(texts.__getitem__, ending))) if linked else ():
        if k < j or reasons[k] is not None:
            continue  # (inside the run just looked at, or junk)
        # the run goes on over junk, and over a line a later filter removes (a caption, a
        # notice, a title copy, a repeat): cleaning the text again would find the links side by side
        if gone is None:
            gone = _removed_later(texts, reasons, later)
        j = k + 1
        while j < n and (link(texts[j]) or reasons[j] is not None or gone(j)):
            j += 1
        links = [i for i in range(k, j) if reasons[i] is None and link(texts[i])]
        if len(links) >= 2:
            for i in links:
                reasons[i] = "related-links"


def _is_thread(reasons: list[Optional[str]]) -> bool:
    """The page is a forum thread or a Q&A page: several lines of it are forum chrome."""
    return reasons.count("forum-chrome") >= _MIN_THREAD_MARKS


#: what a junk line weighs in the page model (a short line's weight), and a related-links heading (a wall)
SHORT_WEIGHT = -SHORT_PENALTY
_WALL = float("-inf")


def _related_blocks(lines: list[Line], texts: list[str], reasons: list[Optional[str]], st: dict) -> None:
    """The link lines under a related-links or tags heading go with it, up to a metadata label,
    another heading, the article's next paragraphs or, on a thread, the head of its replies."""
    n = len(lines)
    # a block changes only lines after its heading, up to where the search goes on
    headings = [k for k in _junk(reasons) if reasons[k] == "related-links" or reasons[k] == "tags"]
    if not headings:
        return
    thread = _is_thread(reasons)
    # a block never runs into the page's core, the dense run of prose the page model finds (an
    # article in unpunctuated phrases, under a side column's heading); no core holds a heading.
    # The core starts at a line of prose (it weighs more than nothing) that was no junk: the page
    # is weighed, on its lines as they were before the blocks, only when a block meets such a line
    before = reasons.copy()
    core: list[int] = []  # (its first line, once worked out)
    board_post = _once_a_text(is_board_post)  # (a flood of one dated line reads its dates once)

    def core_start() -> int:
        if not core:
            walls = set(headings)
            weights = [_WALL if k in walls else SHORT_WEIGHT if reason else line_weight(text)
                       for k, (text, reason) in enumerate(zip(texts, before))]
            span = core_span(weights, rival_factor=CORE_RIVAL_FACTOR)
            core.append(-1 if span is None or not is_dense(weights, span) else span[0])
        return core[0]

    j = 0
    for k in headings:
        kind = reasons[k]
        if k < j or not (st["section"].match(lines[k].text) or st["tags_heading"].match(lines[k].text)):
            continue
        j = k + 1
        while j < n:
            text = lines[j].text
            if st["label"].match(text) or st["section"].match(text) or st["tags_heading"].match(text):
                break
            if reasons[j] is None and board_post(texts[j]):
                break  # the post's header under the post's own links (the metadata filter's)
            if thread and _COMMENTS_HEAD.match(text):
                break  # a thread's replies start (讨论数量: 11, 全部评论): posts follow, no links
            if kind == "tags":
                if reasons[j] is None and not _is_short_word(texts[j]) and len(texts[j]) > 15:
                    break
            elif reasons[j] is None and is_paragraph(texts[j]) and (j + 1 == n or is_paragraph(texts[j + 1])):
                break
            elif reasons[j] is None and line_weight(texts[j]) > 0 and j == core_start():
                break  # the article's core (an article in unpunctuated phrases, under a heading)
            if reasons[j] is None:
                reasons[j] = kind
            j += 1


def _islands(texts: list[str], reasons: list[Optional[str]], st: dict) -> None:
    """A short line that is not a sentence, alone between two chrome lines, belongs to that widget.

    Only once the page's headline and date, or a paragraph, were seen
    above it (so never the title itself), and never a metadata line.
    """
    n = len(texts)
    seen_paragraph = seen_date = seen_headline = False
    scanned = 0  # what was seen above is worked out only when a candidate needs it
    for k in [j + 1 for j in _junk_beside(reasons, below=True) if j + 2 < n]:  # (the lines under junk)
        if reasons[k] is not None or reasons[k - 1] not in _ISLAND_NEIGHBOURS \
                or reasons[k + 1] not in _ISLAND_NEIGHBOURS:
            continue
        s = texts[k]
        if not (8 <= len(s) <= 80) or "。" in s or st["label"].match(s) or _HAS_DATE.search(s):
            continue
        while scanned < k and not seen_paragraph:
            if reasons[scanned] is None:
                t = texts[scanned]
                seen_paragraph = is_paragraph(t)
                seen_date = seen_date or bool(_HAS_DATE.search(t))
                seen_headline = seen_headline or is_headline(t)
            scanned += 1
        if seen_paragraph or (seen_date and seen_headline):
            reasons[k] = "chrome-island"


def _pipe_tags(texts: list[str], reasons: list[Optional[str]], joined: JoinedLines) -> None:
    """Three or more short words joined by | beside other junk are a tag line."""
    n = len(texts)
    for k in joined.word_hits(["|", "｜"]):
        text = texts[k]
        if reasons[k] is not None or len(text) > 60 or text.count("|") + text.count("｜") < 2:
            continue
        words = [w.strip() for w in _PIPES.split(text)]
        if all(_is_short_word(w) for w in words) and ((k and reasons[k - 1]) or (k + 1 < n and reasons[k + 1])):
            reasons[k] = "tags"


def _crumb_labels(texts: list[str], reasons: list[Optional[str]], top_limit: int) -> None:
    """A column name right under the breadcrumb that names it (首页 > 公司, then 公司) is the crumb again."""
    crumbs: set[str] = set()
    for k in range(min(top_limit + 1, len(texts))):
        text = texts[k]
        if reasons[k] == "breadcrumb":
            crumbs.update(p for p in _CRUMB_SPLIT.split(text) if p)
        elif reasons[k] is None and k and reasons[k - 1] == "breadcrumb" and len(text) <= 8 and text in crumbs:
            reasons[k] = "breadcrumb"


def _reward_card_lines(texts: list[str], reasons: list[Optional[str]], joined: JoinedLines) -> None:
    """The author's name and reward slogan right above WeChat's 赞赏作者 button are its card.

    Only short lines printed elsewhere on the page too (the name in the byline, the slogan
    again under the transfer QR code): a closing line of the article is printed once."""
    n = len(texts)
    counts: Optional[Counter] = None  # how often each text is printed, counted once if needed
    for k in joined.word_hits(["赞赏作者"]):
        if reasons[k] is None or len(texts[k]) > _SHORT:
            continue
        if counts is None:
            counts = Counter(texts)
        card = set()
        for j in range(k - 1, max(k - 1 - _REWARD_CARD_LINES, -1), -1):
            text = texts[j]
            if reasons[j] is not None or len(text) > _REWARD_CARD_LEN or counts[text] < 2:
                break
            reasons[j] = "wechat-chrome"
            card.add(text)
        # the slogan again under the transfer code, among the card's other junk
        for j in range(k + 1, min(k + 1 + _REWARD_CARD_ZONE, n)):
            if reasons[j] is None and texts[j] in card and reasons[j - 1] is not None:
                reasons[j] = "wechat-chrome"


def _glued_tag_lines(texts: list[str], reasons: list[Optional[str]], first_paragraph: int) -> None:
    """A tag cloud whose links the scraper glued into one word (知道创宇余弦KconZoomEyeXSSOAuth),
    in the page's head above the article's first paragraph: many capitals glued to what stands before them, no
    punctuation, hardly a space. A headline or a product name has a few such capitals."""
    for k in range(min(first_paragraph, _GLUED_TAG_ZONE)):
        text = texts[k]
        if reasons[k] is None and len(text) <= _MAX_CHROME_LEN and text.count(" ") <= 2 \
                and not _WORD_BREAKER.search(text) and _glued_words(text):
            reasons[k] = "tags"


def _profile_card_names(lines: list[Line], texts: list[str], reasons: list[Optional[str]], st: dict) -> None:
    """The account's name above its profile card (a 微信号 / 功能介绍 line), printed before as
    the byline too, is part of the card, and so is that copy (the byline's name has no facts).

    Only a name printed twice: the line above the card may be the headline."""
    field_label = st["field_label"]
    for k in _junk_beside(reasons, above=True):
        if k < 2 or reasons[k] != "wechat-chrome" or reasons[k - 1] is not None or not field_label.match(lines[k].text):
            continue
        name = texts[k - 1]
        copies = [j for j in range(k - 1) if reasons[j] is None and texts[j] == name]
        if copies and _is_name_like(name):
            for j in copies + [k - 1]:
                reasons[j] = "wechat-chrome"


def _follow_names(lines: list[Line], reasons: list[Optional[str]], joined: JoinedLines) -> None:
    """关注新华网 beside other junk is the follow button of a share bar."""
    n = len(lines)
    for k in joined.word_hits(["关注"]):
        if reasons[k] is None and _FOLLOW_NAME.match(lines[k].text):
            if (k and reasons[k - 1]) or (k + 1 < n and reasons[k + 1]):
                reasons[k] = "follow-prompt"


def _pager_rule(k: int, lines: list[Line], texts: list[str], reasons: list[Optional[str]],
                field_label: regex.Pattern, field_first: frozenset[str], st: dict) -> None:
    """上一篇 / 下一篇 on a line of its own: the linked title follows;
    微信号 / 功能介绍 on a line of its own: the account's value follows."""
    text = lines[k].text
    if len(texts[k]) > 40:  # indentation does not count
        return
    nxt = texts[k + 1]
    if texts[k][0] in field_first and len(nxt) <= 120 and field_label.match(text):
        # the account's description may be a sentence or two
        reasons[k] = reasons[k + 1] = "wechat-chrome"
        return
    if len(nxt) > 50 or "。" in nxt:
        return
    if ("篇" in text or "条" in text) and _PAGER.match(text):
        reasons[k + 1] = "page-chrome"
    elif texts[k][0] in field_first and field_label.match(text):
        reasons[k] = reasons[k + 1] = "wechat-chrome"
    elif reasons[k] and _LINK_PROMPT.match(text):
        reasons[k + 1] = reasons[k]
    elif reasons[k] == "page-chrome" and (k + 2 == len(lines) or reasons[k + 2]) and st["prefix"].match(text) \
            and not _SENTENCE_PUNCT.search(nxt):
        # 上一篇：<title> whose title the page broke onto a second line, last before more chrome
        reasons[k + 1] = "page-chrome"


def _removed_later(texts: list[str], reasons: list[Optional[str]], later: Later) -> Callable[[int], bool]:
    """A test of whether ``texts[j]`` (a line this filter keeps) leaves the cleaned text by a
    filter after this one in the pipeline: one that claims its text (a field line, a caption,
    a notice) or, with a structure filter later, a repeat it drops (a copy of the title's place,
    a prose line printed above, or the line above again)."""
    removed = later.removed_later
    if later.repeats is None:
        return lambda j: removed(texts[j]) is not None
    repeated = later.repeats.dropped(texts, [r is None for r in reasons])
    return lambda j: repeated(j) or removed(texts[j]) is not None


# ---------------------------------------------------------------- rules that read neighbours
class _Page:
    """The body lines of one document as the neighbour rules read and mark them."""

    def __init__(self, filt: Filter, lines: list[Line], texts: list[str], reasons: list[Optional[str]],
                 joined: JoinedLines, firsts: str, lasts: str, top_limit: int, tables: tuple, later: Later,
                 weight: Callable[[str], float] = line_weight) -> None:
        self.filt, self.lines, self.texts, self.reasons = filt, lines, texts, reasons
        self.joined, self.firsts, self.lasts = joined, firsts, lasts  # (firsts[k] is texts[k][0], lasts[k] texts[k][-1])
        self.top_limit, self.tables, self.later = top_limit, tables, later
        #: the page model's weight of a text (the document's, shared with the page-margins filter)
        self.weight = weight
        self.st = _static()
        self.n = len(lines)
        self.found = _junk(reasons)  # the junk lines of the one-line rules (the first rules only take lines out)
        self.first_paragraph = _first_paragraph(texts)
        #: lines whose glued junk is cut (position → where the junk starts), the line kept
        self.tails: dict[int, int] = {}
        #: where the tail under the page's core starts (worked out once, when a rule first asks)
        self.tail: Optional[tuple[Optional[int]]] = None


def _field_tails(page: _Page) -> None:
    """来源：新华网 版权所有, 本报记者 张三 扫码看视频: a field line with junk glued on keeps its field;
    来源：新华网 | 打印 | 关闭: so is one with buttons after its value."""
    lines, texts, reasons, st, tails = page.lines, page.texts, page.reasons, page.st, page.tails
    for k in page.found:
        if reasons[k] == "copyright" or reasons[k] == "follow-prompt":
            start = _junk_tail(lines[k].text, st)
            if start is not None:
                reasons[k] = None
                tails[k] = start
    tail_after = _once_a_text(lambda t: page.filt._tail_after_field(t, page.tables))
    is_field = _once_a_text(lambda t: len(t) <= _MAX_CHROME_LEN and st["field_word"].search(t) is not None
                            and st["field"].search(t) is not None)
    for k in page.joined.word_hits([":", "："]):  # (every field has its colon)
        if reasons[k] is None and k not in tails and is_field(texts[k]):
            start = tail_after(lines[k].text)
            if start is not None:
                tails[k] = start


def _small_numbers(page: _Page) -> None:
    """A lone small number is a counter beside other junk; inside the article it numbers a section.

    Numbers side by side are no evidence for each other: a run of them is junk only beside
    other junk (a line between two that a later filter removes must not decide, or cleaning
    the output again, which has them side by side, would drop them)."""
    lines, texts, reasons, n = page.lines, page.texts, page.reasons, page.n
    counters = [k for k in page.found if reasons[k] == "counter"]
    if not counters:
        return
    # (each distinct text read once, and the runs of small numbers found in C, in the bytes of
    # the lines' flags: a page of one number repeated costs no Python step a line)
    counted = [lines[k].text for k in counters]
    numbers = {t for t in set(counted) if _SMALL_NUMBER.match(t) is not None}
    small = bytearray(n)
    for k in compress(counters, map(numbers.__contains__, counted)):
        small[k] = 1
    for run in _JUNK_RUN.finditer(small):
        k, j = run.span()  # the run k..j-1
        after_label = k > 0 and (_COUNTER_LABEL.search(lines[k - 1].text)
                                 or (k <= page.first_paragraph and _is_byline_bar(texts[k - 1])))
        if not (after_label or (k > 0 and reasons[k - 1]) or (j < n and reasons[j])):
            reasons[k:j] = [None] * (j - k)


def _post_stamps(page: _Page) -> None:
    """The date-and-time lines of a thread's posts, below the first paragraph, when there are
    several: the first post's date above stays for the metadata filter. A thread of short
    posts may have no paragraph at all: there the stamps under the first one count."""
    texts, reasons = page.texts, page.reasons
    ending = char_positions(_STAMP_LAST, page.lasts)
    stamps = {t for t in set(map(texts.__getitem__, ending)) if _POST_STAMP.match(t)}  # (each distinct text read once)
    found = [k for k in compress(ending, map(stamps.__contains__, map(texts.__getitem__, ending)))
             if reasons[k] is None] if stamps else []
    if found:  # (below the first paragraph, or the first stamp: the article's own date, if any)
        start = min(page.first_paragraph, found[0]) + 1
        found = [k for k in found if k >= start]
    if len(found) >= _MIN_POST_STAMPS:
        for k in found:
            reasons[k] = "forum-chrome"


def _dated_stamps(page: _Page) -> None:
    """The first line above the first paragraph that is a date with its counters or place and no
    label (``2023-02-28 17:31:30  阅读 5605``, ``2022-02-14 03:01--阅读 ·``) is the byline's: the
    one-line rules took it for a counter, it is given back to the metadata filter, which reads its
    date. The stamps under it are a thread's or a list's, and stay chrome."""
    texts, reasons = page.texts, page.reasons
    for m in _DIGIT_FIRST.finditer(page.firsts, 0, page.first_paragraph):  # (a stamp opens with its year)
        k = m.start()
        if stamp_date_line(texts[k]):
            if reasons[k] in _STAMP_REASONS:
                reasons[k] = None
            return


#: what the one-line rules call a stamp line
_STAMP_REASONS = frozenset({"counter", "forum-chrome"})
_DIGIT_FIRST = re.compile("[12]")


def _post_headers(page: _Page) -> None:
    """On a thread (a page with several forum-chrome lines: stamps, floors, post buttons), a
    short line that is no sentence and is printed again and again is a post's header: its
    author's name, rank or place (alimy:, 上海市, 初级粉丝). An article repeats such a line
    too (a recurring heading, a price list), but not among a thread's chrome."""
    texts, reasons = page.texts, page.reasons
    if not _is_thread(reasons):
        return
    counts = Counter(texts)
    for k, text in enumerate(texts):
        if reasons[k] is None and counts[text] >= _MIN_HEADER_REPEATS and len(text) <= _MAX_HEADER_LEN \
                and not _HEADER_BREAKER.search(text) and not text.isdigit():
            reasons[k] = "forum-chrome"


def _topic_counts(page: _Page) -> None:
    """12个 under a tag, and under that one, …"""
    lines, reasons, n = page.lines, page.reasons, page.n
    for k in [k + 1 for k in page.found if reasons[k] == "tags"]:
        while k < n and reasons[k] is None and _TOPIC_COUNT.match(lines[k].text):
            reasons[k] = "tags"
            k += 1


def _page_numbers(page: _Page) -> None:
    """A page number (1/3) or a gallery counter (1/10) beside other junk; alone it may be a date."""
    lines, reasons, n = page.lines, page.reasons, page.n
    for k in page.joined.word_hits(["/"]):
        if reasons[k] is None and _PAGE_OF.match(lines[k].text):
            if (k and reasons[k - 1]) or (k + 1 < n and reasons[k + 1]):
                reasons[k] = "counter"


def _category_names(page: _Page) -> None:
    """The column's name under a line that ends in 所属分类："""
    lines, texts, reasons = page.lines, page.texts, page.reasons
    label = _once_a_text(lambda t: bool(_CATEGORY_LABEL.search(t)))
    for k in char_positions(_COLONS, page.lasts, 0, page.n - 1):
        if reasons[k + 1] is None and label(lines[k].text) and _is_short_word(texts[k + 1]):
            reasons[k + 1] = "page-chrome"


def _follow_buttons(page: _Page) -> None:
    """An account name right above its lone 关注 (follow) button."""
    lines, texts, reasons = page.lines, page.texts, page.reasons
    for k in [j - 1 for j in page.joined.word_hits(["关注", "订阅"]) if j >= 2]:
        nxt = lines[k + 1].text
        if reasons[k] is None and _FOLLOW.match(nxt) and _is_name_like(texts[k]):
            reasons[k] = "follow-prompt"


def _tail_start(page: _Page) -> Optional[int]:
    """Where the page's tail starts (the line under its core), ``None`` on a thread or a page
    with no dense core: its comment box and its lists of other articles are looked for there."""
    if page.tail is None:  # (the tail rules come one after the other: no line changes between)
        page.tail = (None if _is_thread(page.reasons)
                     else core_end(page.texts, page.reasons, page.later.removed_among, page.weight),)
    return page.tail[0]


# (the tail rules look for what they would mark anywhere on the page first: most pages have
# none, and need no core, whose weighing asks the later filters about every line kept)
def _comments_heads(page: _Page) -> None:
    """A comment box's heading under the article (文章评论, 网友评论 0 条, 13 Comments)."""
    texts, reasons = page.texts, page.reasons
    candidates = [k for k in page.joined.word_hits(COMMENT_WORDS) if reasons[k] is None and is_comments_head(texts[k])]
    if candidates:
        end = _tail_start(page)
        if end is not None:
            comment_heads(texts, reasons, end, candidates)


def _headed_lists(page: _Page) -> None:
    """A heading and the link titles under it, below the article (相关内容, 热点搜索 …)."""
    # (the lists from the page's first line on, marked on a copy: from the core's end on, they
    # are the lists found from there)
    lists = headed_lists(page.texts, list(page.reasons), 0, page.later.removed_later)
    end = _tail_start(page) if lists else None
    if end is not None:
        for heading, stop in lists:
            if heading >= end:
                page.reasons[heading:stop] = ["related-links"] * (stop - heading)


def _pagers(page: _Page) -> None:
    """上一篇 / 下一篇 and 微信号 / 功能介绍 on a line of their own: the line under them goes too.

    A line acts here when it is junk, starts like a field label or holds 篇 / 条 (a pager);
    one that this rule makes junk acts too: it is the next line, looked at next."""
    lines, texts, reasons, n, st = page.lines, page.texts, page.reasons, page.n, page.st
    field_label = st["field_label"]
    field_first = st["field_label_first"]
    todo = char_positions(st["field_label_char"], page.firsts, 0, n - 1)
    # (junk with junk right under it acts on nothing: the line under it is no longer None)
    todo = sorted(set(_junk_beside(reasons, below=True)).union(todo, page.joined.word_hits(["篇", "条"])))
    todo = [k for k in todo if k < n - 1]
    todo.append(n)  # a sentinel
    t = 0
    k = todo[0]
    while k < n - 1:
        while todo[t] <= k:
            t += 1
        nxt_k = todo[t]
        if reasons[k + 1] is None:
            _pager_rule(k, lines, texts, reasons, field_label, field_first, st)
            if reasons[k + 1] is not None:
                nxt_k = k + 1
        k = nxt_k


#: the rules that read a line's neighbours, run in this order over the whole page once the
#: one-line rules have marked it (a rule reads what the rules before it marked)
NEIGHBOUR_RULES: tuple[Rule, ...] = (
    Rule("field-tail", _field_tails),
    # (before the small numbers: a like counter under a post's time is a counter beside junk)
    Rule("post-stamps", _post_stamps),
    Rule("small-numbers", _small_numbers),
    Rule("topic-count", _topic_counts),
    Rule("page-number", _page_numbers),
    Rule("category-name", _category_names),
    Rule("poster-card", lambda p: poster_cards(p.texts, p.reasons, p.joined.word_hits(["关注", "订阅"]))),
    Rule("follow-button", _follow_buttons),
    Rule("pager", _pagers),
    Rule("follow-name", lambda p: _follow_names(p.lines, p.reasons, p.joined)),
    Rule("crumb-label", lambda p: _crumb_labels(p.texts, p.reasons, p.top_limit)),
    Rule("related-block", lambda p: _related_blocks(p.lines, p.texts, p.reasons, p.st)),
    # (after the related blocks: a block's repeated link labels are its own, and a block
    # ends at the thread's chrome, never at a header this rule finds)
    Rule("post-headers", _post_headers),
    # (after the headers: a name printed again and again is one already; the first poster's stays)
    Rule("post-author", lambda p: post_authors(p.texts, p.reasons, p.lasts, p.first_paragraph)),
    Rule("badged-name", lambda p: badged_names(p.texts, p.reasons)),
    Rule("post-place", lambda p: post_places(p.texts, p.reasons, p.lasts)),
    # (after the related blocks and a thread's headers: a list found below ends at them)
    Rule("comments-head", _comments_heads),
    Rule("headed-list", _headed_lists),
    Rule("counted-feed", lambda p: counted_feeds(p.texts, p.reasons,
                                                 [k for k in p.found if p.reasons[k] == "counter"])),
    Rule("date-links", lambda p: _date_link_runs(p.texts, p.reasons, p.lasts, p.later)),
    Rule("tag-run", lambda p: _tag_runs(p.texts, p.reasons)),
    Rule("pipe-tags", lambda p: _pipe_tags(p.texts, p.reasons, p.joined)),
    # (after the tag runs: a name among tags is one)
    Rule("profile-card", lambda p: _profile_card_names(p.lines, p.texts, p.reasons, p.st)),
    Rule("reward-card", lambda p: _reward_card_lines(p.texts, p.reasons, p.joined)),
    Rule("glued-tags", lambda p: _glued_tag_lines(p.texts, p.reasons, p.first_paragraph)),
    Rule("chrome-island", lambda p: _islands(p.texts, p.reasons, p.st)),
    # (last: the rules above read the byline's stamp as the counter it looks like)
    Rule("dated-stamps", _dated_stamps),
)


#: the neighbour rules the ``related_lists`` option switches off, and ``chrome_islands``
RELATED_LIST_RULES = frozenset({"related-block", "headed-list", "counted-feed", "date-links", "tag-run", "pipe-tags",
                                "glued-tags"})


ISLAND_RULES = frozenset({"chrome-island"})
