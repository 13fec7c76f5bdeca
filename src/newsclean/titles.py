"""The title as a scored choice among the lines at the top of the article.

Text scraped from a page holds its headline among other short lines: a
breadcrumb, the site's name, a login or share button, a row of counters, the
run of section links or related headlines around it, a post's header. A title
is therefore chosen, as readability chooses one among ``<title>``, its
segments and ``<h1>``: every headline-shaped body line before the article's
core (its first line holding a sentence, 。), and any one right above the
page's first metadata block, gets a score from named signals; the best score
at or above :data:`MIN_SCORE` wins, the earliest on a tie. A line that a
chrome signal (weight :data:`CHROME_WEIGHT` or less) marks is never taken:
on top of the cleaned text its place would give it nothing, and cleaning
that text again would not take it.

Signals (``SIGNALS``; each a named row that ``disabled_rules`` can switch off)
    ``title-first``       the page's first body line (a cleaned text has its title on top)
    ``title-above-meta``  right above the first byline/date block (or a deck and it)
    ``title-near-meta``   a few short lines above it (a source line, a button between)
    ``title-above-core``  right above a paragraph
    ``title-repeated``    the page shows it again, far off, under its byline or (a long one) close
                          by, alone or as the head of a ``标题_站名`` line (the ``<title>``, the
                          ``<h1>``, a sticky bar); a copy the filters dropped (a menu's) does not count
    ``title-crumb-end``   a breadcrumb's last item (首页 > 国内 > 标题: the page it leads to)
    ``title-long``        at least :data:`LONG_TITLE` characters
    ``title-short``       under :data:`SHORT_TITLE` characters (a word, a label)
    ``title-name-twice``  a short line shown again close by (a channel's name at the top and in the byline)
    ``title-nav-run``     a short line among short lines (a menu)
    ``title-list-run``    a headline among headlines (related articles, a contents list)
    ``title-ui``          a button, login or site line (百度首页, 请直接登录)   [chrome]
    ``title-counter``     a counter, a date or a time stamp (浏览：272, 8条评论) [chrome]
    ``title-latin-word``  a short line with no Chinese (a user name)      [chrome]
    ``title-row``         items set apart by ``|``, or ending in ``>``   [chrome]
    ``title-file-number`` a government file number (国发〔2019〕12号)     [chrome]
    ``title-page-title``  a ``标题_站名`` line whose head the page shows alone [chrome]
    ``title-over-furniture`` over :data:`FURNITURE_RUN` dropped lines with no date among them
                          (a site's banner, a promotion over the menus and the login box)  [chrome]
    ``title-first-clean`` the first candidate no chrome signal marks (where the article starts)

>>> from newsclean.document import Document
>>> doc = Document("首页\\n登录\\n财经\\n海关总署：前三季度进口增长\\n来源：新华社\\n本报北京电 海关总署今天发布数据，前三季度进口增长百分之五。")
>>> doc.lines[4].state = "meta"
>>> choice = choose_title(doc, max_length=64)
>>> choice.line.text, choice.reasons
('海关总署：前三季度进口增长', ('title-above-meta', 'title-above-core', 'title-long', 'title-first-clean'))
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Iterator, NamedTuple, Optional, Sequence

import regex

from . import lexicons
from .dates import find_dates
from .document import BODY, DROPPED, META, Document, Line
from .patterns import phrase_alternation
from .repeats import PROSE, repeat_key
from .shapes import POST_FOOTER, is_headline, is_paragraph, is_running_text, reads_as_breadcrumb

#: a title is taken only from this score on (a headline shape alone is not enough)
MIN_SCORE = 2
#: lines scanned for candidates, from the page's first body line
MAX_CANDIDATE_LINES = 200
#: a line this long or longer reads as a full headline
LONG_TITLE = 10
#: a line shorter than this is a word or a label, seldom a headline
SHORT_TITLE = 6
#: a line without a Chinese character this short is a name, a button or a leftover (``! a  a  ?``),
#: never a title
LATIN_LINE_MAX_CHARS = 24
#: a menu item, a button, a counter: at most this many characters
SHORT_ITEM = 12
#: a button or site line is at most this long, and holds at most this many characters besides its words
UI_MAX_CHARS = 20
UI_MAX_REST = 8
#: a counter (浏览：272, 8条评论) or a date line has at most this many Chinese characters besides the date's
COUNTER_MAX_HAN = 3
#: a line repeated this often or more is page chrome (a menu shown twice), not a headline
MAX_TITLE_REPEATS = 3
#: of a candidate's nearest lines (this many each side), how many short items make a menu
NAV_NEIGHBOURS = 2
NAV_MIN_SHORT = 3
#: a headline "near" the metadata block has at most this many short lines between them
NEAR_META_LINES = 3
#: a headline stands at most this many lines above the page's first metadata line
FIRST_META_BLOCK = 4
#: a signal this negative or more marks a line as page chrome (a short line alone is not)
CHROME_WEIGHT = -3
#: the bonus of the first candidate that no negative signal marks (the first line that is no chrome)
FIRST_CLEAN_WEIGHT = 2
#: a headline's copies stand at least this many lines apart (the <title> on top, the <h1>, a sticky bar)
REPEAT_MIN_GAP = 8
#: of a candidate's nearest lines, how many other headline-shaped ones make a run of related headlines
LIST_MIN_HEADLINES = 3
#: this many lines in a row that the filters before dropped (a menu, a login box, a tag list, a share
#: bar and a card) are the page's furniture: the line right over them heads no article (a site's banner,
#: a promotion), the line right under them is where the page's article may start
FURNITURE_RUN = 10
#: ... each at most this long (a menu item, a button, a tag, a login prompt)
FURNITURE_ITEM_MAX = 40
#: ... unless a date or time shows among its first this many lines: then the run is the headline's own
#: dropped byline, counters and share bar (2022-02-14 03:01 阅读, 1楼 2022-10-02 23:02 回复)
FURNITURE_READ = 30
#: a prose line this long is dropped by the structure filter where the page printed it above (its default)
REPEAT_MIN_LENGTH = 30
#: how many lines of the page are read for repeats (the <title> and <h1> copies are near the top)
MAX_REPEAT_LINES = 2000

# separators between a headline and a site's name (标题_网易新闻, 标题-新浪): read on keys, which hold no white space
_TITLE_SEP = regex.compile(r"[_|｜]|[-–—]+|::")
# a questions' and exclamations' end is allowed; these ends are clauses or lead-ins
_HAN = regex.compile(r"\p{Han}")
_DIGIT = regex.compile(r"\d")
# a time of day, or a year: a date line (Dec 28 Sat 2013 00:28, 2020-12-30 19:24)
_DATE_BITS = regex.compile(r"\d{1,2}:\d{2}|(?<!\d)(?:19|20)\d{2}(?!\d)|\d\s*(?:分钟|分鐘|小时|小時|天)前")
# the characters of a written date or time (年月日, 星期一, 下午, 3小时前): not words of a headline
_DATE_HAN = regex.compile(r"[年月日時时分秒点點星期周週上下午前天一二三四五六七小]")
# a day's date or a time of day (2022-02-14, 2024年5月20日, 03:01): a byline's or a post's, no menu's
_DAY_OR_TIME = regex.compile(r"\d{1,2}:\d{2}|(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}")
# a full date with its time of day
_TIMESTAMP = regex.compile(r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?\s*\d{1,2}[:：]\d{2}")
# a government file number: 国发〔2019〕12号, [2019]3号
_FILE_NUMBER = regex.compile(r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,4}\s*[号號]")
# a short note in brackets (（京港台时间）, (北京时间))
_NOTE = regex.compile(r"[（(][^（）()]{1,10}[)）]")
# a row of items: two or more | separators, or a trailing > / --> (one trailing | may be a jammer's leftover)
_ROW = regex.compile(r"\|.*\||[>»＞›]\s*$")


@lru_cache(maxsize=1)
def _ui_words() -> regex.Pattern:
    """Button, login and site words (``lexicons/title_ui_words.txt``)."""
    return regex.compile(phrase_alternation(lexicons.entries("title_ui_words.txt")))


@lru_cache(maxsize=1)
def _ui_end() -> regex.Pattern:
    return regex.compile(phrase_alternation(lexicons.entries("title_ui_words.txt")) + r"\W*$")


@dataclass
class Page:
    """What the signals read of the page around a candidate."""

    lines: list[Line]  # the page's non-blank lines, any state, in order
    position: dict[int, int]  # Line.index -> place in ``lines``
    counts: Counter  # line key -> how many lines read the same
    spread: dict[str, tuple[int, int]]  # line key -> the first and last place it stands at
    heads: set[str]  # the keys before a separator of lines cut like 标题_站名
    max_length: int
    crumb_ends: set[str] = field(default_factory=set)  # the keys of breadcrumbs' last items
    kept: Counter = field(default_factory=Counter)  # line key -> how many lines not dropped read the same
    #: a short line's key -> the places of its copies that the cleaned text keeps (see _kept_copies),
    #: worked out when a signal first asks
    _copies: Optional[dict[str, list[int]]] = None

    def copies(self) -> dict[str, list[int]]:
        if self._copies is None:
            self._copies = _kept_copies(self.lines[:MAX_REPEAT_LINES])
        return self._copies


@dataclass(frozen=True)
class Candidate:
    line: Line
    text: str  # stripped
    key: str  # no white space
    first: bool  # the page's first body line
    above_meta: bool
    near_meta: bool
    above_core: bool


class Signal(NamedTuple):
    """One named signal: ``weight`` is added when ``test`` holds."""

    name: str
    weight: int
    test: Callable[[Candidate, Page], bool]


@dataclass(frozen=True)
class Choice:
    line: Line
    score: int
    reasons: tuple[str, ...]  # the signals that fired, in the table's order
    #: no chrome signal fired: a line that reads as chrome is never taken, whatever its place
    #: (on top of the cleaned text, where its place gives it nothing, it would not be taken again)
    eligible: bool = True


def _key(text: str) -> str:
    return "".join(text.split())


def _head(key: str) -> Optional[str]:
    """The part of a ``标题_站名`` line before its first separator, when there is one."""
    m = _TITLE_SEP.search(key)
    return key[:m.start()] if m and m.start() > 0 else None


def _is_short_item(line: Line) -> bool:
    s = line.text.strip()
    return line.state != META and len(s) <= SHORT_ITEM and not is_running_text(s)


def _nav_run(c: Candidate, page: Page) -> bool:
    if len(c.text) > SHORT_ITEM:
        return False
    k = page.position[c.line.index]
    above, below = page.lines[max(0, k - NAV_NEIGHBOURS):k], page.lines[k + 1:k + 1 + NAV_NEIGHBOURS]
    # (a line repeated right below itself counts once: the structure filter drops the copy, and
    # the cleaned text, cleaned again, must find the same run)
    near = [line for j, line in enumerate(below) if j == 0 or line.text.strip() != below[j - 1].text.strip()]
    near += [line for j, line in enumerate(above) if j == 0 or line.text.strip() != above[j - 1].text.strip()]
    return sum(map(_is_short_item, near)) >= NAV_MIN_SHORT


def _repeated(c: Candidate, page: Page) -> bool:
    # the page shows the headline again: alone (the <h1> and a sticky bar) or heading a 标题_站名 line
    # (a copy close by is a name printed twice in a post header, not the page's <title> or <h1>)
    if len(c.key) < SHORT_TITLE:
        return False
    first, last = page.spread.get(c.key, (0, 0))
    if not 1 < page.counts[c.key] < MAX_TITLE_REPEATS or page.kept[c.key] < 2:
        return c.key in page.heads
    # (close by: a long line printed again under its byline, a card's headline and the article's;
    # or a line twice LONG_TITLE long, a question's header and its sticky copy: no name is so long)
    return last - first >= REPEAT_MIN_GAP or len(c.key) >= 2 * LONG_TITLE or (len(c.key) >= LONG_TITLE and any(
        line.state == META for line in page.lines[first + 1:last]))


def _name_twice(c: Candidate, page: Page) -> bool:
    # a short line the page shows again close by is a name (a channel's at the top and in the
    # byline, 香港電台-財經 … 香港電台-財經 / 2024年5月22日), not the headline between its copies
    # (only copies the cleaned text keeps count: cleaning it again must find the same)
    places = page.copies().get(c.key, ()) if SHORT_TITLE <= len(c.key) < LONG_TITLE else ()
    return len(places) == 2 and places[1] - places[0] < REPEAT_MIN_GAP


def _is_furniture(line: Line) -> bool:
    s = line.text.strip()
    return line.state == DROPPED and len(s) <= FURNITURE_ITEM_MAX and not is_running_text(s)


def _dropped_run(lines: Sequence[Line]) -> bool:
    """The first FURNITURE_RUN of ``lines`` were all dropped, each a short item (only so many are
    read): a page model's drop of longer lines (a cleaned text read again, its title on top and the
    model's core further down) is no furniture."""
    run = lines[:FURNITURE_RUN]
    return len(run) == FURNITURE_RUN and all(map(_is_furniture, run))


def _over_furniture(c: Candidate, page: Page) -> bool:
    # (the page's <title> on top of it all stands over the furniture too: it is shown again under it)
    k = page.position[c.line.index]
    below = page.lines[k + 1:k + 1 + FURNITURE_READ]
    if not _dropped_run(below) or _repeated(c, page):
        return False
    run = next((j for j, line in enumerate(below) if line.state != DROPPED), len(below))
    return not any(_DAY_OR_TIME.search(line.text) for line in below[:run])


def _is_list_item(line: Line, max_length: int) -> bool:
    s = line.text.strip()
    # (a date or a name line among them is no related headline, nor is the breadcrumb over them)
    return (line.state != META and len(s) >= LONG_TITLE and len(_HAN.findall(s)) >= SHORT_TITLE
            and is_headline(s, max_length=max_length) and not reads_as_breadcrumb(s))


def _list_run(c: Candidate, page: Page) -> bool:
    # a run of related headlines (相关新闻, a contents list): the line is one item of it
    k = page.position[c.line.index]
    near = page.lines[max(0, k - NAV_NEIGHBOURS):k] + page.lines[k + 1:k + 1 + NAV_NEIGHBOURS]
    return sum(_is_list_item(line, page.max_length) for line in near) >= LIST_MIN_HEADLINES


def _page_title(c: Candidate, page: Page) -> bool:
    # 标题_站名 whose 标题 the page shows alone: that line is the headline, this one the <title>
    head = _head(c.key)
    return head is not None and len(head) >= SHORT_TITLE and page.counts[head] > 0


def _counter(c: Candidate, page: Page) -> bool:
    s = c.text
    hans = len(_HAN.findall(s))
    if _DIGIT.search(s) is None:
        return False
    # 浏览：272, 8条评论, 0 条未读, No.555; or a date line with few words (Dec 28 Sat 2013 00:28)
    if _TIMESTAMP.search(s):
        return True  # a post's or a byline's time stamp (2020.03.11 10:51发布于…): no headline has one
    dates = find_dates(s) if s[:1].isdigit() else ()
    if dates and dates[0].start == 0 and len(_HAN.findall(_NOTE.sub("", s[dates[0].end:]))) <= COUNTER_MAX_HAN:
        return True  # a date and a note (2006年12月27日（京港台时间）): the page header's date
    return (len(s) <= SHORT_ITEM and hans <= COUNTER_MAX_HAN) or (
        hans - len(_DATE_HAN.findall(s)) <= COUNTER_MAX_HAN and _DATE_BITS.search(s) is not None)


def _ui(c: Candidate, page: Page) -> bool:
    # a button or site line is little more than its word (百度首页, 登录后你可以); a question never is
    if len(c.text) > UI_MAX_CHARS or c.text[-1] in "？?" or _ui_words().search(c.key) is None:
        return False
    # (or a prompt that ends with the button: 微博、博客、邮箱帐号，请直接登录)
    return len(_ui_words().sub("", c.key)) <= UI_MAX_REST or _ui_end().search(c.key) is not None


def is_latin_line(text: str) -> bool:
    """``text`` is short and holds no Chinese character: a name, a button or a leftover, never a title."""
    return len(text) <= LATIN_LINE_MAX_CHARS and _HAN.search(text) is None


def _latin_word(c: Candidate, page: Page) -> bool:
    return is_latin_line(c.text)


#: the signals, in the order their names are reported
SIGNALS: tuple[Signal, ...] = (
    Signal("title-first", 3, lambda c, p: c.first),
    Signal("title-above-meta", 4, lambda c, p: c.above_meta),
    Signal("title-near-meta", 2, lambda c, p: c.near_meta and not c.above_meta),
    Signal("title-above-core", 2, lambda c, p: c.above_core),
    Signal("title-repeated", 3, _repeated),
    Signal("title-crumb-end", 3, lambda c, p: c.key in p.crumb_ends),
    Signal("title-long", 1, lambda c, p: len(c.text) >= LONG_TITLE),
    Signal("title-short", -2, lambda c, p: len(c.text) < SHORT_TITLE),
    Signal("title-name-twice", -2, _name_twice),
    Signal("title-nav-run", -2, _nav_run),
    Signal("title-list-run", -2, _list_run),
    Signal("title-ui", -4, _ui),
    Signal("title-counter", -5, _counter),
    Signal("title-latin-word", -5, _latin_word),
    Signal("title-row", -5, lambda c, p: _ROW.search(c.text) is not None),
    Signal("title-file-number", -5, lambda c, p: len(c.text) <= 30 and _FILE_NUMBER.search(c.text) is not None),
    Signal("title-page-title", -3, _page_title),
    Signal("title-over-furniture", -5, _over_furniture),
)
SIGNAL_NAMES = tuple(s.name for s in SIGNALS) + ("title-first-clean",)
_WEIGHTS = {s.name: s.weight for s in SIGNALS}


def _always(c: Candidate, page: Page) -> bool:
    return True


def _near_meta(nxt: Sequence[Line]) -> bool:
    """A metadata line among the next few, with only short lines (a source, a button) before it."""
    for line in nxt:
        if line.state == META:
            return True
        if is_paragraph(line.text) or len(line.text.strip()) > 2 * SHORT_ITEM:
            return False
    return False


def _page(doc: Document, max_length: int, last: int) -> Page:
    """The page's top as the signals read it: its non-blank lines, the first MAX_REPEAT_LINES and on
    past the line at index ``last`` (the last candidate) to its neighbours and the kept lines below
    it, not the whole page (a page of a million lines has its title within its first few hundred)."""
    lines: list[Line] = []
    kept_after = near_after = 0  # kept lines and lines after ``last``
    for line in doc.lines:
        if line.text and not line.text.isspace():
            lines.append(line)
            if line.index > last:
                near_after += 1
                kept_after += line.state != DROPPED
                if (len(lines) >= MAX_REPEAT_LINES and near_after > NAV_NEIGHBOURS
                        and kept_after > NEAR_META_LINES + 1):
                    break
    position = {line.index: k for k, line in enumerate(lines)}
    counts: Counter = Counter()
    kept: Counter = Counter()
    spread: dict[str, tuple[int, int]] = {}
    heads: set[str] = set()
    crumb_ends: set[str] = set()
    for k, line in enumerate(lines[:MAX_REPEAT_LINES]):
        if SHORT_TITLE <= len(line.text) <= 3 * max_length:
            key = _key(line.text)
            counts[key] += 1
            kept[key] += line.state != DROPPED
            spread[key] = (spread.get(key, (k, k))[0], k)
            head = _head(key)
            if head is not None and len(head) >= SHORT_TITLE:
                heads.add(head)
            end = _crumb_end(line.text)
            if end is not None:
                crumb_ends.add(end)
    return Page(lines, position, counts, spread, heads, max_length, crumb_ends, kept)


def _kept_copies(lines: list[Line]) -> dict[str, list[int]]:
    """The short lines' copies that the cleaned text keeps, by key, with their places among its
    lines: no line an earlier filter dropped, no prose printed above (the structure filter drops
    it), and no copy right under its copy there (the structure filter drops it too). A word or a
    label (under SHORT_TITLE without white space: the cleaned text has none around a line) is no name."""
    copies: dict[str, list[int]] = {}
    prose: set[str] = set()  # the long lines seen (only a long one may be a prose repeat)
    place, last = 0, None
    for line in lines:
        if line.state == DROPPED:
            continue
        key = _key(line.text)
        if len(key) >= REPEAT_MIN_LENGTH:
            c = repeat_key(line.text)
            if c in prose and len(c) >= REPEAT_MIN_LENGTH and PROSE.search(c):
                continue
            prose.add(c)
        elif key != last and SHORT_TITLE <= len(key) < LONG_TITLE:
            copies.setdefault(key, []).append(place)
        place, last = place + 1, key
    return copies


# the separator before a breadcrumb's items (首页 > 财经 > 正文, 网易 --> 商业频道 --> 标题)
_CRUMB_SEP = re.compile(r"[>»＞›]")


def _crumb_end(text: str) -> Optional[str]:
    """The key of a breadcrumb's last item, when ``text`` is a breadcrumb and that item is
    long enough to be a headline: the page it leads to (首页 > 国内 > 某某发布新规)."""
    s = text.strip()
    if not reads_as_breadcrumb(s):
        return None
    parts = _CRUMB_SEP.split(s)
    end = _key(parts[-1]) if len(parts) > 1 else ""
    return end if len(end) >= LONG_TITLE else None


# a line that is only a web address (http://…, www.…)
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S*$", re.IGNORECASE)


def _candidate_lines(body: Sequence[Line]) -> tuple[int, int]:
    """(where the article's core starts among ``body``, how far candidates above metadata are looked for)."""
    limit = min(max(len(body) * 2 // 3, 3), 80)
    core = next((k for k, line in enumerate(body[:MAX_CANDIDATE_LINES])
                 if "。" in line.text), min(len(body), MAX_CANDIDATE_LINES))
    return core, limit


def scored_candidates(doc: Document, *, max_length: int, disabled: Sequence[str] = (),
                      is_deck: Optional[Callable[[str, str], bool]] = None) -> Iterator[Choice]:
    """Every candidate line of ``doc`` with its score and the signals that fired, in page order."""
    body = doc.body_text_lines()
    if not body:
        return
    core, limit = _candidate_lines(body)
    page = _page(doc, max_length, body[min(len(body), max(core, limit)) - 1].index)
    kept = [line for line in page.lines if line.state != DROPPED]
    kept_at = {line.index: k for k, line in enumerate(kept)}
    signals = [s for s in SIGNALS if s.name not in disabled]
    first_clean = "title-first-clean" not in disabled
    # the article's own byline is its first metadata block: later ones are posts' and answers'
    first_meta = next((k for k, line in enumerate(kept) if line.state == META), len(kept))
    for k, line in enumerate(body[:max(core, limit)]):
        text = line.text.strip()
        if not is_headline(text, max_length=max_length) or reads_as_breadcrumb(text) or _WEB_ADDRESS.match(text):
            continue  # (a web address alone on its line is a link, never a headline)
        j = kept_at[line.index]
        nxt = kept[j + 1:j + 2 + NEAR_META_LINES]
        above_meta = j < first_meta + FIRST_META_BLOCK and bool(nxt) and (
            (nxt[0].state == META and nxt[0].reason != POST_FOOTER) or (
            len(nxt) > 1 and nxt[0].state == BODY and nxt[1].state == META
            and is_deck is not None and is_deck(nxt[0].text, line.text)))
        if k >= core and not above_meta:
            continue  # below the core only a headline right above its metadata (a repost's original)
        # below the first metadata line a line above another (a reporter's under the date and
        # source) is the lead's deck, or a headline: only near the metadata, not right above it
        below_first = above_meta and j > first_meta
        c = Candidate(line, text, _key(text), k == 0, above_meta and not below_first,
                      j < first_meta + FIRST_META_BLOCK and (below_first or _near_meta(nxt)),
                      k + 1 < len(body) and is_paragraph(body[k + 1].text))
        fired = [s for s in signals if s.test(c, page)]
        clean = all(s.weight > CHROME_WEIGHT for s in fired)
        if first_clean and clean:
            # the first candidate that reads as no chrome at all: where the article starts
            fired.append(Signal("title-first-clean", FIRST_CLEAN_WEIGHT, _always))
            first_clean = False
        yield Choice(line, sum(s.weight for s in fired), tuple(s.name for s in fired), clean)


def choose_title(doc: Document, *, max_length: int, disabled: Sequence[str] = (),
                 is_deck: Optional[Callable[[str, str], bool]] = None) -> Optional[Choice]:
    """The best-scored candidate (the earliest on a tie) when its score reaches :data:`MIN_SCORE`, or ``None``."""
    return best_choice(scored_candidates(doc, max_length=max_length, disabled=disabled, is_deck=is_deck))


def is_banner(choice: Choice) -> bool:
    """``choice`` reads as a headline but stands over the page's furniture (a site's banner, a
    promotion): title-over-furniture is the only chrome signal that marks it (a button, a counter
    or a user name over the menus is the junk rules' to judge)."""
    chrome = [name for name in choice.reasons if _WEIGHTS.get(name, 0) <= CHROME_WEIGHT]
    return chrome == ["title-over-furniture"]


def best_choice(choices: Iterable[Choice]) -> Optional[Choice]:
    """Of ``choices`` (:func:`scored_candidates`), the one :func:`choose_title` takes, or ``None``."""
    best: Optional[Choice] = None
    first_copy: dict[str, Line] = {}  # a headline printed twice is taken at its first copy
    for choice in choices:
        line = first_copy.setdefault(_key(choice.line.text), choice.line)
        if choice.eligible and choice.score >= MIN_SCORE and (best is None or choice.score > best.score):
            best = choice if line is choice.line else Choice(line, choice.score, choice.reasons)
    return best


__all__ = ["Choice", "MIN_SCORE", "SIGNALS", "SIGNAL_NAMES", "best_choice", "choose_title", "is_banner",
           "is_latin_line", "scored_candidates"]
