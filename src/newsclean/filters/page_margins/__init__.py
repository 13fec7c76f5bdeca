"""Whole-page text: the lines around the article's core, judged by their shape and their place.

A page's text holds its navigation, side columns, related-headline runs and
footer around the article. The page model (:mod:`newsclean.pagecore`) finds
the article's core, the run of prose lines that outweighs what lies between
them; this filter then judges the lines outside it:

``page-navigation``
    a line above the core from the nearest menu up: a run of short lines
    (menu items, buttons, tags, a blog archive's months) or a menu on one line
    (首页 | 新闻 | 体育 | 财经 | 娱乐: it weighs as a menu item), or a list of
    headlines (link titles that state nothing and number no outline), and
    everything above it. The head between that
    run and the core stays: the headline, its deck, the date and byline; so
    does a headline right over a field line above the run (a strip of
    promoted links between the page's header and its article).
``page-side-run``
    a line below the core, from the first sign of the page's furniture on: a
    junk line an earlier filter dropped (a share bar, a related-links heading,
    a copyright line) or a menu on one line (a footer's links) with no finished
    sentence of prose right under it, then
    the related headlines, side columns and footer under it; or a list of
    headlines (link titles, dated ones among them) and its short heading. The
    lines right under the core, before any such sign, stay (a closing line, a
    poem's last verse, a table: short lines alone prove nothing). Where the
    core runs on into other items (a blog's next posts, comments, other
    articles' teasers), the article ends at the furniture over the first
    item's time stamp (2005-03-18 01:58, 法新社·2 天前) that has prose under it,
    and from that stamp on the items' sentences go too. The core's article
    ends at its last line that finishes a sentence: link titles with a comma
    or a question under it weigh as prose but are the side run's. A thread's
    replies are no side run: under the core, posts parted by their times that
    junk-lines dropped as forum chrome (THREAD_MARKS of them, a sentence among
    the replies or more chrome than the times, no comment box's count or prompt
    above them) stay.

A line that a later filter of the pipeline takes out on its own (a metadata
field, a caption, a notice), one that reads as a field by its shape (a label
and its value, a date) and a label's value on the line under it are neither
weighed nor dropped: the metadata filter still reads 来源, 责任编辑, bylines
and dates wherever they are (below the page's furniture, though, past the
block of fields that opens it, a line kept for a date alone goes: a comment's
or a linked headline's time). A line that
ends a sentence stays wherever it is: menus, link lists and footers never do
(but from the first such comment's time on, or FAR_BELOW lines of furniture
down, a sentence is a comment's or a teaser's and goes).
A page with no clear core (no run of prose heavy enough, or one among many of the
same weight: a forum's index, a list) is left as it is, but for its long menus
(MENU_RUN short items in a row, an archive's dates among them); so is a line inside
the core, whose junk the other filters judge.

Runs are counted as the cleaned text will have them, so that cleaning it again
decides alike: a junk line, a field a later filter takes (above the core) and
any line a later filter takes (in a long menu) neither part nor make a run, and
the line the title's choice takes counts on top of the page, where the cleaned
text puts it.

>>> from newsclean.document import Document
>>> para = "记者从有关部门获悉，这项活动已经连续举办了十年，吸引了大量市民参加。"
>>> doc = Document("\\n".join(["首页", "新闻", "体育", "某地举办第十届文化节 吸引大量市民参加", para, para,
...                            "相关新闻", "某地又举办一场活动", "关于我们"]))
>>> doc.drop(doc.lines[6], filter="junk-lines", reason="related-links")  # (what junk-lines does first)
>>> doc = DropPageMargins()(doc)
>>> [line.text[:6] for line in doc.body_text_lines()]
['某地举办第十', '记者从有关部', '记者从有关部']
>>> [(r.reason, r.text) for r in doc.build().removed if r.filter == "page-margins"]
[('page-navigation', '首页'), ('page-navigation', '新闻'), ('page-navigation', '体育'), ('page-side-run', '某地又举办一场活动'), ('page-side-run', '关于我们')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress
from operator import and_, not_
from typing import Callable, Optional

from ...document import BODY, DROPPED, Document, Line
from ...pagecore import (
    CORE_MIN_WEIGHT, FIELD_MAX_CHARS, NON_CJK_SHARE, OTHER_PENALTY, SHORT_PENALTY, _DATE_OR_TIME, _field_label,
    core_span, ends_in_bare_label, has_field_label, is_menu_item, is_link_bar, is_post_stamp, line_weight, shows_date,
)
from ...rules import check_rule_names
from ...shapes import CLAUSE_END, FINISHED_SENTENCE_END, is_headline
from ...titles import choose_title
from ..base import Filter, JoinedLines
from .threads import thread_span

#: the reasons this filter records, which ``disabled_rules`` can turn off by name
RULE_NAMES = ("page-navigation", "page-side-run")
#: below the core, a junk line with a finished sentence of prose among this many lines under it is the article's
TAIL_LOOKAHEAD = 3
#: above the core, this many short lines in a row are a menu: the head starts under them
NAV_RUN = 3
#: ... and so are this many link titles in a row (no prose, no field, no clause's end): a headline list
LIST_RUN = 5
#: under the furniture, past this many of its lines (a lone character not counted), a sentence is no longer the article's
FAR_BELOW = 40
#: on a page without a core, this many menu items in a row are a menu (a table's cells seldom run so long) ...
MENU_RUN = 8
#: ... each at most this long (首页, 国际新闻, Python 教程; a forum's short reply is longer), as :func:`_menu_size` counts
MENU_ITEM_MAX = 6
#: below the core, this many comment times (a date alone past a plain line) make a thread of comments
COMMENT_TIMES = 3
#: above the core, this many lines in a row kept for a date alone are an archive (a blog's months): a menu too
ARCHIVE_RUN = 5
# a count (3 篇, (12)): a short line with a number
_COUNT = re.compile(r"\d")
# a line that ends a statement (a headline may ask or exclaim, a list's titles never state)
_STATEMENT_END = re.compile(r"[。；;]\s*[”\"’」』)）]?\s*$")
# an entry of the article's own outline (第一章, 一、, 2、, （二）, —— 引言): a table of contents or a
# table's numbered cells, no link list
_OUTLINE = re.compile(r"\s*(?:第[一二三四五六七八九十百\d]+[章节篇部回卷]|[一二三四五六七八九十]+[、.．]|\d{1,2}、|[（(][一二三四五六七八九十\d]+[)）]|[—－-]{2})")
# a line that finishes a sentence: 。！？!?… (a closing quote or bracket after it) or a period
#: ... read in its last this many characters
SENTENCE_END_CHARS = 16
_SENTENCE_END = re.compile(rf"(?:{FINISHED_SENTENCE_END.pattern})|\.\s*$")
#: the longest headline the title's choice reads (as the structure filter's default)
TITLE_MAX_CHARS = 64


@dataclass
class DropPageMargins(Filter, name="page-margins"):
    """Drop the navigation above the article's core and the side runs below it, on whole-page text.

    Options: ``disabled_rules`` (``page-navigation``, ``page-side-run``).
    """

    #: rules turned off by name: ``page-navigation`` (above the core), ``page-side-run`` (below it)
    disabled_rules: list[str] = field(default_factory=list)

    def validate(self) -> None:
        super().validate()
        check_rule_names(self.name, self.disabled_rules, RULE_NAMES)

    def apply(self, doc: Document) -> None:
        # the non-blank lines still in the body, and the junk lines earlier filters dropped (context)
        lines = [line for line in doc.lines if (line.state == BODY or line.state == DROPPED)
                 and line.text and not line.text.isspace()]
        texts = [line.text for line in lines]
        body = [line.state == BODY for line in lines]
        kept, dated = _kept_fields(texts, body, doc)
        # each distinct text weighed once as a body line and once as a dropped one (pages repeat
        # their lines), looked up with no call a line (a page may be a million short lines)
        weigh = doc.per_text(line_weight)  # (the junk-lines filter weighed most of them already)
        in_body = {text: _weight(text, True, weigh) for text in set(compress(texts, body))}
        dropped = {text: _weight(text, False, weigh) for text in set(compress(texts, map(not_, body)))}
        weights = [0.0 if k else in_body[t] if b else dropped[t] for k, t, b in zip(kept, texts, body)]
        span = core_span(weights)
        if span is None:
            if "page-navigation" not in self.disabled_rules:
                self._drop_menus(doc, lines, weights, kept, dated, weigh)
            return
        start, end = span
        end, items = _first_item_below(lines, weights, start, end)
        end = _last_sentence(lines, weights, start, end)
        if "page-navigation" not in self.disabled_rules:
            archive = _archives(lines, weights, kept, dated, start)
            title = _TitleChoice(doc)
            head, top = _head_start(lines, weights, kept, archive, start, _taken_fields(doc, lines, kept, start), title)
            _keep_headlines_over_fields(lines, kept, head)
            if any(_goes(line, kept[k]) for k, line in enumerate(lines[:head])):
                # (nothing above the head goes: which line the title's choice takes changes nothing)
                _keep_the_headline(lines, kept, top, title())
            self._drop(doc, lines[:head], kept, 0, reason="page-navigation")
        if "page-side-run" not in self.disabled_rules:
            tail = min(_tail_start(lines, weights, kept, end), _list_below(lines, weights, kept, dated, end),
                       _comments_below(lines, weights, kept, dated, end), end if items < len(lines) else len(lines))
            side, comments = _kept_in_side_run(lines, kept, dated, tail)
            # (a core run on into stamped items: the items are no thread's replies)
            thread = thread_span(lines, weights, end) if items == len(lines) else None
            if thread is not None:
                side[thread[0]:thread[1]] = [True] * (thread[1] - thread[0])
            self._drop(doc, lines[tail:], side, tail, reason="page-side-run",
                       sentences_until=min(comments, items, _far_below(lines, weights, tail)))

    def _drop_menus(self, doc: Document, lines: list[Line], weights: list[float], kept: list[bool],
                    dated: list[bool], weigh: Callable[[str], float]) -> None:
        """On a page without a core, only what is navigation wherever it stands goes: a run of
        MENU_RUN menu items of MENU_ITEM_MAX characters at most (a junk line, a line a later filter
        takes out (a notice, a field) or an archive's date among them neither parts nor makes it:
        the cleaned text, cleaned again, has the items side by side)."""
        archive = _archives(lines, weights, kept, dated, len(lines))
        # (pages repeat their lines: each text is asked once, and a page with no item is done)
        short = {line.text for line, k, w in zip(lines, kept, weights)
                 if w == -SHORT_PENALTY and not k and line.state == BODY} if -SHORT_PENALTY in weights else set()
        memo = {text: _menu_size(text) <= MENU_ITEM_MAX and is_menu_item(text, weigh) for text in short}
        if not any(memo.values()) and not any(archive):
            return
        removed_later = doc.later.removed_later
        run: list[int] = []
        for k in range(len(lines) + 1):
            if k < len(lines):
                line = lines[k]
                if line.state != BODY or (kept[k] and run and removed_later(line.text) is not None):
                    continue
                if archive[k]:
                    run.append(k)
                    continue
                if not kept[k] and weights[k] == -SHORT_PENALTY and memo[line.text]:
                    run.append(k)
                    continue
            if len(run) >= MENU_RUN:
                for j in run:
                    doc.drop(lines[j], filter=self.name, reason="page-navigation")
            run = []

    def _drop(self, doc: Document, lines: list[Line], kept: list[bool], first: int, *, reason: str,
              sentences_until: Optional[int] = None) -> None:
        """Drop the lines not kept; a line that ends a sentence stays, unless it stands past
        ``sentences_until`` (among the comments)."""
        for k, line in enumerate(lines, first):
            if _goes(line, kept[k], sentences_go=sentences_until is not None and k >= sentences_until):
                doc.drop(line, filter=self.name, reason=reason)


def _goes(line: Line, kept: bool, *, sentences_go: bool = False) -> bool:
    """A line outside the core that this filter drops: in the body, not kept, ending no clause
    (unless ``sentences_go``: among the comments)."""
    return line.state == BODY and not kept and (sentences_go or not CLAUSE_END.search(line.text))


def _kept_fields(texts: list[str], body: list[bool], doc: Document) -> tuple[list[bool], list[bool]]:
    """The lines the model never weighs nor drops: what a later filter takes out on its own (a
    field, a caption, a notice), what reads as a field by its shape, and a label's value on the
    line under it (责任编辑： / 尹世杰), all left to the metadata filter; and, among them, those
    kept for a date alone (below the page's furniture, a comment's or a link's date goes with it)."""
    # each distinct text asked once (pages repeat their lines), and each shape searched for once
    # in the short texts joined: only the texts it finds are asked (a page of a million short lines)
    distinct = list(set(compress(texts, body)))
    short = list(compress(distinct, map(FIELD_MAX_CHARS.__ge__, map(len, map(str.strip, distinct)))))
    joined = JoinedLines(list(map(str.strip, short)))
    labelled = [short[i] for i in joined.hits(_field_label())]
    fields = set(filter(has_field_label, labelled))
    rest = [t for t in distinct if t not in fields]  # (asked at once: each later filter reads only what it may claim)
    fields.update(t for t, gone in zip(rest, doc.later.removed_among(rest)) if gone is not None)
    dates = {t for t in map(short.__getitem__, joined.hits(_DATE_OR_TIME)) if t not in fields and shows_date(t)}
    # (a bare label is a field label too: it is among the labelled texts)
    bare = {t for t in labelled if ends_in_bare_label(t.strip())}
    if not bare:  # no label waits for its value: no line depends on another
        # (no field and no date: no line is kept, and none is read again)
        none = [False] * len(texts)
        kept = list(map(and_, body, map((fields | dates).__contains__, texts))) if fields or dates else none
        dated = list(map(and_, body, map(dates.__contains__, texts))) if dates else none.copy()
        return kept, dated
    kept = [False] * len(texts)
    dated = [False] * len(texts)
    after_label = False
    for k, (line_text, in_body) in enumerate(zip(texts, body)):
        if not in_body:
            after_label = False
            continue
        date = line_text in dates
        kept[k] = line_text in fields or date or after_label
        dated[k] = date and not after_label
        after_label = line_text in bare
    return kept, dated


def _kept_in_side_run(lines: list[Line], kept: list[bool], dated: list[bool], tail: int) -> tuple[list[bool], int]:
    """The kept lines below the core's furniture: the fields, and the lines kept for a date alone
    only in the block of fields that opens the furniture (the post's own footer: 由某某张贴 @ date);
    past its first plain line, a date alone is a comment's or a linked headline's, and goes.
    And where the comments start: at the first such date (their sentences go with them)."""
    side = list(kept)
    plain = False
    comments = len(lines)
    for k in range(tail, len(lines)):
        if lines[k].state == BODY and not kept[k]:
            plain = True
        elif plain and dated[k]:
            side[k] = False
            comments = min(comments, k)
    return side, comments


def _archives(lines: list[Line], weights: list[float], kept: list[bool], dated: list[bool], start: int) -> list[bool]:
    """Above the core, the runs of at least ARCHIVE_RUN lines kept for a date alone (2006年12月(5),
    12/01/2004 - 01/01/2005): a blog's archive or calendar, no dateline; they are kept no more.
    One plain line between two dates neither parts nor makes a run (a feed of other articles'
    titles, each with its date), but a title and its date under the last plain line over the core
    are the post's own headline and date."""
    archive = [False] * len(lines)
    if dated.count(True) < ARCHIVE_RUN:
        return archive  # (too few dates for any run: a page of a million short lines is done)
    run: list[int] = []
    plain = 0  # (the plain lines since the run's last date: one is a feed's title between its dates)
    last_after_plain = False
    # the last plain line over the core: a date under it is the post's own
    head_plain = next((k for k in range(start - 1, -1, -1) if lines[k].state == BODY and not kept[k]), -1)
    for k in range(start + 1):
        if k < start and (lines[k].state != BODY or (weights[k] == -SHORT_PENALTY and not kept[k]
                                                     and _COUNT.search(lines[k].text))):
            continue  # (a junk line, a short count, neither parts nor makes a run: 2023 年 5 月 / 3 篇)
        if k < start and dated[k]:
            run.append(k)
            last_after_plain, plain = plain == 1, 0
            continue
        if k < start and run and not kept[k] and plain == 0:
            plain = 1
            continue
        plain = 0
        if run and last_after_plain and run[-1] > head_plain:
            run.pop()  # (a title and its date right over the core are the post's own headline and date)
        if len(run) >= ARCHIVE_RUN:
            for j in range(run[0], run[-1] + 1):  # (with the counts between the dates)
                if lines[j].state == BODY:
                    archive[j], kept[j] = True, False
        run = []
    return archive


def _taken_fields(doc: Document, lines: list[Line], kept: list[bool], start: int) -> list[bool]:
    """Above the core, the field lines (a label and its value, a date) that a later filter takes out:
    the cleaned text has the lines around them side by side."""
    removed_later = doc.later.removed_later
    return [kept[k] and lines[k].state == BODY and (shows_date(lines[k].text) or has_field_label(lines[k].text))
            and removed_later(lines[k].text) is not None for k in range(start)]


def _head_start(lines: list[Line], weights: list[float], kept: list[bool], archive: list[bool],
                start: int, taken: list[bool], title: Callable[[], Optional[Line]]) -> tuple[int, int]:
    """Where the head kept above the core starts: under the nearest run of menu items (short lines
    with a word, an archive's dates) or of link titles (a list of headlines between menu and article);
    and where that run's top is: a list of titles is walked on up to its first (a title of the list
    is no headline printed above it), a menu is not (a headline may be as short as a menu's items).
    The page's first line, where a cleaned text has its title, is no list's title; and the line the
    title's choice takes counts there, on top, not where it stands. (0, 0): none."""
    menu = links = 0
    menu_start = links_start = start
    first = next((k for k in range(start) if lines[k].state == BODY), start)
    found, head, top = False, 0, 0  # a list found, walked on up to its first title
    for k in range(start - 1, first - 1, -1):
        line = lines[k]
        if line.state != BODY or taken[k]:
            # (a junk line, or a field a later filter takes, parts neither a menu nor a list: the
            # cleaned text, cleaned again, has none)
            continue
        if archive[k] or (not kept[k] and is_menu_item(line.text)):
            menu, menu_start = menu + 1, menu_start if menu else k
            if not found and menu >= NAV_RUN:
                return menu_start + 1, menu_start + 1
        elif not kept[k] and weights[k] == -SHORT_PENALTY and is_link_bar(line.text):
            if not found:
                return k + 1, k + 1  # (a menu on one line: 首页 | 新闻 | 体育 | 财经 | 娱乐)
            break
        elif kept[k] or weights[k] != -SHORT_PENALTY:
            menu = 0  # (a short token with no word, a price or a count, neither parts nor makes a menu)
        # (a menu item, a short line, among the titles neither parts nor makes the list)
        if kept[k] or weights[k] >= 0 or (weights[k] == -OTHER_PENALTY and not _is_link_title(line.text, weights[k])):
            if found:
                break
            links = 0
        elif weights[k] == -OTHER_PENALTY and k > first:
            links, links_start = links + 1, links_start if links else k
            if found:
                top = k
            elif links >= LIST_RUN:
                # (its last title stays: the article's headline may close the list)
                found, head, top = True, links_start, k
    else:
        # (the walk reached the top: the title, on top of the cleaned text, may close a menu there)
        if not found and menu + 1 >= NAV_RUN and menu:
            line = title()
            if line is not None and line.index != lines[first].index and is_menu_item(line.text):
                return menu_start + 1, menu_start + 1
    return head, top


class _TitleChoice:
    """The line the title's choice takes now (the cleaned text has it on top), worked out when first asked."""

    def __init__(self, doc: Document) -> None:
        self.doc, self.asked, self.line = doc, False, None

    def __call__(self) -> Optional[Line]:
        if not self.asked:
            choice = choose_title(self.doc, max_length=TITLE_MAX_CHARS)
            self.asked, self.line = True, choice.line if choice is not None else None
        return self.line


def _keep_the_headline(lines: list[Line], kept: list[bool], top: int, title: Optional[Line]) -> None:
    """The line the title's choice takes now (``title``) stays, wherever it stands above the run
    (from ``top`` down to the head) that parts it from the core: a page may print its headline above
    the menu that parts it from the article (the structure filter, last, decides the title among
    what is left); a title of that list is one of its links."""
    if title is not None:
        for k in range(top):
            if lines[k] is title:
                kept[k] = True
                return


def _keep_headlines_over_fields(lines: list[Line], kept: list[bool], head: int) -> None:
    """Above the head, a headline right over a field line or a block of them (its date, its byline)
    stays with it: the page's header, with a strip of promoted links between it and the article."""
    below_is_field = False
    for k in range(head - 1, -1, -1):
        line = lines[k]
        if line.state != BODY:
            continue
        field_line = kept[k]  # (a headline kept here is no field for the line above it)
        if not field_line and below_is_field and is_headline(line.text):
            kept[k] = True
        below_is_field = field_line


def _tail_start(lines: list[Line], weights: list[float], kept: list[bool], end: int) -> int:
    """Where the page's furniture below the core starts: at its first junk line an earlier filter
    dropped, or menu on one line, that no finished prose follows closely (a junk line inside the article, an image's
    "click to enlarge" or a jammer's leftover, has the article's sentences right under it)."""
    for k in range(end, len(lines)):
        if (lines[k].state != BODY and weights[k] < 0 or weights[k] == -SHORT_PENALTY and not kept[k]
                and is_link_bar(lines[k].text)) and not _prose_follows(lines, weights, kept, k):
            return k
    return len(lines)


def _first_item_below(lines: list[Line], weights: list[float], start: int, end: int) -> tuple[int, int]:
    """Where the core's article ends when the core runs on into a list of other items (the blog's
    next posts, the comments, other articles' teasers), each headed by its time stamp: at the first
    stamp past CORE_MIN_WEIGHT of the core's prose that comes after furniture and has prose
    right under it. Returns the core's new end (the line under the article's last prose) and the
    stamp (len(lines): none); from the stamp on, sentences are the items' own."""
    seen, last = 0.0, -1
    for k in range(start, end):
        if weights[k] > 0 and lines[k].state == BODY:
            seen, last = seen + weights[k], k
        elif seen >= CORE_MIN_WEIGHT and last < k - 1 and is_post_stamp(lines[k].text) \
                and any(weights[j] > 0 and lines[j].state == BODY for j in range(k + 1, min(k + 1 + TAIL_LOOKAHEAD, end))):
            return last + 1, k
    return end, len(lines)


def _last_sentence(lines: list[Line], weights: list[float], start: int, end: int) -> int:
    """Where the core's article ends: under its last line of prose that finishes a sentence (a
    period too: English, a reference). Prose lines under it that finish none (link titles with a
    comma or a question, a list of names, a licence number) are no article's: the rules of the side
    run judge them, and a sign of furniture among them counts."""
    for k in range(end - 1, start - 1, -1):
        # (only a line's last characters are read: a line of megabytes is not searched through)
        if weights[k] > 0 and lines[k].state == BODY and _SENTENCE_END.search(lines[k].text[-SENTENCE_END_CHARS:]):
            return k + 1
    return end


def _list_below(lines: list[Line], weights: list[float], kept: list[bool], dated: list[bool], end: int) -> int:
    """Where the first list of headlines below the core starts (LIST_RUN link titles or dated
    titles, no junk line between them), with the short heading right over it: related news, a
    search's hot words. A menu item among the titles neither parts nor makes the list; a dated
    line counts as a title unless it holds a sentence or clauses. A run with
    prose right under it (a finished sentence among the TAIL_LOOKAHEAD lines under its last title)
    is the article's own short lines (a post that sets one clause a line), no list."""
    links, first, last = 0, end, end
    for k in range(end, len(lines)):
        line = lines[k]
        if line.state == BODY and ((dated[k] and not _CLAUSES.search(line.text))
                                   or (not kept[k] and _is_link_title(line.text, weights[k]))):
            links, first, last = links + 1, first if links else k, k
            continue
        if line.state != BODY or kept[k] or weights[k] != -SHORT_PENALTY:
            if links >= LIST_RUN and not _prose_follows(lines, weights, kept, last):
                return _with_heading(lines, weights, kept, first, end)
            links = 0
    if links >= LIST_RUN:
        return _with_heading(lines, weights, kept, first, end)
    return len(lines)


# a sentence or a run of clauses (。；, two commas): a dated line that holds one is prose with
# a date in it, no dated title of a list
_CLAUSES = re.compile(r"[。；;]|，[^，]*，")


def _with_heading(lines: list[Line], weights: list[float], kept: list[bool], first: int, end: int) -> int:
    """Where a list whose first title is ``first`` starts: at the short heading right over it
    (相关内容, 热点搜索), if any, not above ``end``."""
    while first > end and lines[first - 1].state == BODY and not kept[first - 1] \
            and weights[first - 1] == -SHORT_PENALTY:
        first -= 1
    return first


def _comments_below(lines: list[Line], weights: list[float], kept: list[bool], dated: list[bool], end: int) -> int:
    """Where a thread of comments below the core starts: at the first of COMMENT_TIMES lines kept
    for a date alone, each past a plain line (a comment's time, its name, its words), with the
    lines over the first that are no prose (its heading: 13 Comments, #1 by)."""
    times, plain, first = 0, False, len(lines)
    for k in range(end, len(lines)):
        if lines[k].state != BODY:
            continue
        if dated[k] and plain:
            times, plain = times + 1, False
            first = min(first, k)
            if times >= COMMENT_TIMES:
                while first > end and (lines[first - 1].state != BODY or weights[first - 1] <= 0):
                    first -= 1
                return first
        elif not kept[k]:
            plain = True
    return len(lines)


def _menu_size(text: str) -> float:
    """How long ``text`` reads: a CJK character counts one, any other NON_CJK_SHARE (Python 教程: 4.4)."""
    packed = "".join(text.split())
    wide = sum(1 for c in packed if c >= "\u3400")
    return wide + (len(packed) - wide) * NON_CJK_SHARE


def _far_below(lines: list[Line], weights: list[float], tail: int) -> int:
    """Where the furniture has gone on for FAR_BELOW lines that weigh against prose (a scraper's
    leftovers, code and fields weigh nothing): past it, a sentence is a teaser's or a comment's,
    too far from the article to be its own."""
    seen = 0
    for k in range(tail, len(lines)):
        if weights[k] < 0 and len(lines[k].text.strip()) > 1:  # (a lone character: vertical text, no furniture)
            seen += 1
            if seen >= FAR_BELOW:
                return k
    return len(lines)


def _is_link_title(text: str, weight: float) -> bool:
    """``text`` reads as a link's title: a line between a menu item and prose that states nothing
    and numbers no outline (a headline may ask or exclaim)."""
    return weight == -OTHER_PENALTY and _STATEMENT_END.search(text) is None and _OUTLINE.match(text) is None


def _prose_follows(lines: list[Line], weights: list[float], kept: list[bool], k: int) -> bool:
    """A line that ends a sentence and weighs as prose is among the TAIL_LOOKAHEAD lines under ``k``."""
    for j in range(k + 1, min(k + 1 + TAIL_LOOKAHEAD, len(lines))):
        if lines[j].state == BODY and not kept[j] and weights[j] > 0 and FINISHED_SENTENCE_END.search(lines[j].text):
            return True
    return False


def _weight(text: str, in_body: bool, weigh: Callable[[str], float] = line_weight) -> float:
    """A line's weight in the page model; a junk line an earlier filter dropped (not ``in_body``)
    counts as a short one, unless it weighs nothing by its shape (a code block's lone brace)."""
    weight = weigh(text)
    if not in_body and weight != 0:
        weight = -SHORT_PENALTY
    elif weight != -SHORT_PENALTY and is_link_bar(text):
        weight = -SHORT_PENALTY  # (a menu on one line weighs as a menu's item, though long and dense in words)
    return weight


__all__ = ["DropPageMargins", "RULE_NAMES"]
