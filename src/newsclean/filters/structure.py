"""The article's structure: its title and subtitle, and repeated lines.

Runs last, when the other filters have taken junk, metadata, notices and
captions out of the body, so what is left is the article and its headline.

Title
    With a title hint (``clean(text, title=…)``), the body line that reads
    the same, or no line at all. Otherwise a line equal to the ``原标题``
    value; a short section label (■ 纪检监察) on the first line above a
    headline and its metadata goes, the headline is the title. Otherwise
    the best-scored candidate of :mod:`newsclean.titles`: a headline-shaped
    line before the article's first sentence (or right above the metadata
    block, as when a repost puts its own lead first), scored by its place
    (first line, above the byline or the first paragraph), its repeats
    (the ``<title>`` and ``<h1>`` copies) and its shape; a menu item, a
    button, a counter or a file number is never taken. The signals are
    switched off by name in ``disabled_rules``. Headline-shaped lines on top
    of what is left above the title that stand over the page's furniture
    (``title-over-furniture`` their only chrome signal: a site's banner, a
    promotion over the menus) are dropped as ``page-banner``.
Subtitle
    A second short line that is not running text (引题/副题), right below
    the headline, with a finished paragraph after it. Decided from the lines
    that stay in the cleaned text only (title, deck, first paragraph), so
    cleaning the text again, where the headline comes first and its metadata
    block is gone, finds the same subtitle. Rare, so the rule is strict.
Title badges
    A badge the page glued before the headline is cut from the title: a
    bracketed tag when the rest is the ``原标题`` value (``[某某化妆品]<原标题>``),
    a badge from ``title_badges.tsv`` in brackets (``【原创】``), and one glued
    to the headline (``原创最不愁吃肉的国家``) unless the badge and the word
    after it are a phrase of the headline (``原创音乐剧``).
Repeats
    A later copy of the title (a sticky bar, ``视频-<title>``) and any line
    that repeats an earlier body line word for word are dropped as
    ``duplicate-title`` / ``duplicate-line``.
Residue
    A line that the metadata, notices or captions filters left as
    punctuation only is dropped as ``scraper-artefact``, and a breadcrumb
    (首页 > 财经) that comes to the top of what is left as ``breadcrumb``
    (cleaning the text again would drop them then).

>>> from newsclean.document import Document
>>> doc = ExtractStructure()(Document("法国全国大罢工再次严重影响交通\\n新华社巴黎12月5日电，法国……。\\n法国全国大罢工再次严重影响交通"))
>>> doc.line_of("title").text, [line.text for line in doc.body_text_lines()]
('法国全国大罢工再次严重影响交通', ['新华社巴黎12月5日电，法国……。'])
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, islice
from operator import attrgetter, itemgetter, not_
from typing import Iterable, Iterator, Optional

import regex

from ..document import BODY, DROPPED, META, Document, Line
from ..hints import HINTS_MARK, TITLE_HINT_MATCHED, title_key
from ..lexicons import rows
from ..repeats import PROSE as _PROSE
from ..repeats import RepeatRules
from ..repeats import canon as _canon
from ..repeats import is_title_copy as _is_title_copy
from ..repeats import near_copy as _near_copy
from ..repeats import repeat_key as _repeat_key
from ..rules import check_rule_names
from ..titles import SIGNAL_NAMES, best_choice, is_banner, is_latin_line, scored_candidates
from ..shapes import PUNCT_ONLY as _PUNCT_ONLY
from ..shapes import POST_FOOTER, TOP_LINES, is_finished_paragraph, is_headline, reads_as_breadcrumb, top_of_page
from ..shapes import is_paragraph as _is_paragraph
from .base import Filter

#: the rules ``disabled_rules`` can turn off
RULE_NAMES = ("scraper-artefact", "title-badge", "breadcrumb", "page-banner") + SIGNAL_NAMES
_text = attrgetter("text")
_index = attrgetter("index")


def _body_text(doc: Document) -> Iterator[Line]:
    """The non-blank body lines, in order, made as they are read (for the first few)."""
    return (line for line in doc.lines if line.state == BODY and line.text and not line.text.isspace())


_LABEL_MARKS = regex.compile(r"[\s\p{S}\p{P}]+")
# a metadata label with no value after it (责任编辑：)
_EMPTY_LABEL = regex.compile(r"^\s*[\p{Han}A-Za-z]{1,8}\s*[:：]\s*$")
# a short label and its value (来源：新华网, 编辑：张三): a field, never a deck
_FIELD = regex.compile(r"^\s*[\p{Han}A-Za-z]{1,4}\s*[:：]")
# a tag in brackets at the title's start: [某某化妆品], 【独家】
_TITLE_TAG = regex.compile(r"^\s*(?:\[[^\[\]]{1,20}\]|【[^【】]{1,20}】|〔[^〔〕]{1,20}〕)\s*")


@lru_cache(maxsize=1)
def _title_badges() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(badge, the words it forms a phrase with) from ``title_badges.tsv``."""
    return tuple((badge, tuple(w for w in words.split(",") if w))
                 for badge, words in rows("title_badges.tsv", 2))


def _reads_as_breadcrumb(text: str) -> bool:
    """``text`` is dropped as a breadcrumb at the top of a page (the junk-lines filter's rule)."""
    return reads_as_breadcrumb(text.strip())


def _is_copy(text: str, title: str) -> bool:
    c, t = _canon(text), _canon(title)
    return t in c or c in t or _near_copy(c, t)


def _last_meta(lines: list[Line], states: list[str]) -> Optional[int]:
    """The position of the last line in META (``states`` are the lines' states) that is no
    post's footer, or None: the meta lines are looked at from the last up, no other line."""
    backwards = states[::-1]
    k = -1
    while True:
        try:
            k = backwards.index(META, k + 1)
        except ValueError:
            return None
        if lines[len(lines) - 1 - k].reason != POST_FOOTER:
            return len(lines) - 1 - k


@dataclass
class ExtractStructure(Filter, name="structure"):
    """Mark the title and subtitle; drop repeated titles and repeated lines.

    Options: ``max_title_length`` (longest headline), ``min_repeat_length``
    (shortest line dropped as a repeat), ``subtitles`` (look for a subtitle).

    >>> from newsclean.document import Document
    >>> doc = Document("记者上午在现场看到，人们排起了长队。\\n各地优化考核方式\\n基层干部眼中的考核之变\\n来源：人民日报\\n正文。")
    >>> doc.lines[3].state = "meta"
    >>> _ = ExtractStructure()(doc)
    >>> doc.line_of("title").text, doc.line_of("subtitle").text
    ('各地优化考核方式', '基层干部眼中的考核之变')
    """

    #: the longest line (in characters) taken for a headline
    max_title_length: int = 64
    #: the shortest prose line dropped as a repeat when it is not right under its first copy
    min_repeat_length: int = 30
    #: look for a subtitle (a deck line right under the headline)
    subtitles: bool = True
    #: drop short non-sentence lines after the closing metadata block (related titles, widget text)
    tail_after_metadata: bool = True
    #: that tail is dropped only while it is at most this share of the article's size
    max_tail_share: float = 0.3
    #: rules turned off by name (``RULE_NAMES``): ``scraper-artefact`` (punctuation left by later
    #: filters' cuts), ``title-badge``, ``breadcrumb`` (one come to the top of the cleaned text),
    #: ``page-banner`` (a line over the page's furniture above the title)
    disabled_rules: list[str] = field(default_factory=list)

    def validate(self) -> None:
        super().validate()
        check_rule_names(self.name, self.disabled_rules, RULE_NAMES)

    def repeat_rules(self) -> RepeatRules:
        """The repeats this filter drops, for the filters before it (see :mod:`newsclean.repeats`)."""
        return RepeatRules(min_length=self.min_repeat_length)

    def apply(self, doc: Document) -> None:
        off = self.disabled_rules
        if "scraper-artefact" not in off:
            self._drop_residue(doc)
        deck = None
        if doc.line_of("title") is None:
            deck = self._find_title(doc)
            if "title-badge" not in off:
                self._cut_title_badge(doc)
        if self.subtitles and deck is not None:
            self._deck_above_metadata(doc, deck)
        self._drop_repeats(doc)
        if self.tail_after_metadata:
            self._drop_tail(doc)
        if "breadcrumb" not in off:
            self._drop_top_breadcrumbs(doc)
        if self.subtitles and doc.line_of("subtitle") is None:
            self._line_below_title(doc)

    # ------------------------------------------------------------ residue
    @staticmethod
    def _drop_residue(doc: Document) -> None:
        """Lines that later filters' cuts left as punctuation only (``?  ?（校对：某某）``) go.

        The junk-lines filter drops such lines, but runs before metadata and
        captions cut their part; cleaning the output again would drop them then.
        """
        lines = doc.body_text_lines()
        # only the lines that do not start with a letter or digit are read (a scan in C)
        firsts = map(str.isalnum, map(itemgetter(0), map(_text, lines)))
        for line in compress(lines, map(not_, firsts)):
            t = line.text
            if len(t) <= 200:
                s = t.strip()
                if len(s) <= 120 and not s[0].isalnum() and _PUNCT_ONLY.match(s):
                    doc.drop(line, filter=ExtractStructure.name, reason="scraper-artefact")

    # ------------------------------------------------------------ breadcrumbs
    @staticmethod
    def _drop_top_breadcrumbs(doc: Document) -> None:
        """A breadcrumb (首页 > 财经) at the top of the cleaned text goes now.

        The junk-lines filter drops one only among the page's first lines, and
        lines that later filters removed (metadata, captions, repeats) held
        places there: a line kept below them may stand at the top of the cleaned
        text, where cleaning it again would drop it.
        """
        head = [line for line in (doc.line_of("title"), doc.line_of("subtitle")) if line is not None]
        top: list[Line] = []  # the body lines at the top, in order
        body = doc.body_text_lines()  # (this loop changes none it has not read yet)
        i = 0  # the next line of body to look at (each is looked at once, however many go)
        while True:
            while len(head) + len(top) < TOP_LINES and i < len(body):
                top.append(body[i])
                i += 1
            lines = head + top
            texts = [line.text.strip() for line in lines]
            crumbs = {line.index for line, t in zip(lines[:top_of_page(texts)], texts)
                      if line.state == BODY and _reads_as_breadcrumb(t)}
            if not crumbs:
                return
            for line in top:
                if line.index in crumbs:
                    doc.drop(line, filter=ExtractStructure.name, reason="breadcrumb")
            top = [line for line in top if line.index not in crumbs]

    # ------------------------------------------------------------ tail
    def _drop_tail(self, doc: Document) -> None:
        """Short non-paragraph lines after the article's closing metadata block are page leftovers.

        Only when the article (two paragraphs or more) stands before the block,
        nothing after it reads as running text (unless the block ends with a
        label left empty, 责任编辑：, the page's template), and what follows is small.
        """
        # the last meta line (a post's footer, its poster and date under its text, closes no article)
        states = [line.state for line in doc.lines]
        if META not in states:
            return  # (the common case, found with no Python step a line)
        last_meta = _last_meta(doc.lines, states)
        if last_meta is None:
            return
        before = [line for line in doc.lines[:last_meta] if line.state == BODY and _is_paragraph(line.text)]
        after = [line for line in doc.lines[last_meta + 1:] if line.state == BODY and line.text.strip()]
        # a block closed by a label left empty (责任编辑：) is the page's template: what
        # follows is the next item of the page (a related article, its summary), paragraphs too
        closed = _EMPTY_LABEL.match(doc.lines[last_meta].text) is not None
        if len(before) < 2 or not after or (not closed and any(_is_paragraph(line.text) for line in after)):
            return
        size_before = sum(len(line.text.strip()) for line in doc.lines[:last_meta] if line.state == BODY)
        size_after = sum(len(line.text.strip()) for line in after)
        if size_after > size_before * self.max_tail_share:
            return
        for line in after:
            doc.drop(line, filter=self.name, reason="after-article")

    # ------------------------------------------------------------ title
    def _find_title(self, doc: Document) -> Optional[Line]:
        """Mark the title; return the line right under it when that line is a deck above the metadata."""
        body = doc.body_text_lines()
        if not body:
            return
        kept: list[Line] = []  # the lines not blank and not dropped, made when first needed

        def following(line: Line) -> list[Line]:
            """The two lines of ``kept`` after ``line``."""
            if not kept:
                kept.extend(other for other in doc.lines
                            if other.state != DROPPED and other.text and not other.text.isspace())
            k = bisect_left(kept, line.index, key=_index)
            return kept[k + 1: k + 3]
        # (a breadcrumb is no headline: the cleaned text has its title at the top, where it would go)
        headline = lambda line: (is_headline(line.text, max_length=self.max_title_length)  # noqa: E731
                                 and not _reads_as_breadcrumb(line.text))

        hints = doc.marks.get(HINTS_MARK)
        if hints is not None and hints.title is not None:
            # the caller's title decides: the line that reads the same, or none (never forced)
            key = title_key(hints.title)
            line = next((line for line in body if title_key(line.text) == key), None)
            if line is not None:
                doc.set_title(line)
                doc.marks[TITLE_HINT_MATCHED] = True
            return None

        original = doc.meta.original_title
        if original:
            for line in body:
                if _canon(line.text) == _canon(original):
                    doc.set_title(line)
                    return

        first = body[0]
        if headline(first):
            nxt = following(first)
            if (
                len(nxt) == 2 and nxt[0].state == BODY and nxt[1].state == META and headline(nxt[0])
                and not is_latin_line(nxt[0].text.strip())  # (which the title's choice never takes)
                and len(_LABEL_MARKS.sub("", first.text)) <= min(8, len(nxt[0].text.strip()) // 2)
                # (nor a line a chrome signal marks, a counter: alone on top of the cleaned text, it
                # would be no title, and cleaning again would keep it as a paragraph)
                and self._eligible(doc, nxt[0])
            ):
                # a short section label (■ 纪检监察) above the real headline and its metadata
                doc.drop(first, filter=self.name, reason="section-label")
                doc.set_title(nxt[0])
                return None
        # the best-scored headline line (newsclean.titles): near the top, above the byline or the
        # first paragraph, shown again by the page, not a menu item, a button or a counter
        choices = list(scored_candidates(doc, max_length=self.max_title_length, disabled=self.disabled_rules,
                                         is_deck=self._is_deck))
        choice = best_choice(choices)
        if "page-banner" not in self.disabled_rules:
            # headline-shaped lines over the page's furniture on top of what is left, above the title:
            # a site's banner, a promotion (no junk rule reads them as a menu's). Only from the top
            # down: one dropped between two kept lines would set them side by side, which cleaning
            # the text again would read otherwise.
            banners = {other.line.index for other in choices if is_banner(other)}
            end = choice.line.index if choice is not None else len(doc.lines)
            for line in body:
                if line.index >= end or line.index not in banners:
                    break
                doc.drop(line, filter=self.name, reason="page-banner")
        if choice is None:
            return None
        line = choice.line
        doc.set_title(line)
        if line is first:
            return None
        nxt = following(line)
        if len(nxt) > 1 and nxt[0].state == BODY and nxt[1].state == META and self._is_deck(nxt[0].text, line.text):
            return nxt[0]
        return None

    def _cut_title_badge(self, doc: Document) -> None:
        """Cut a badge or tag glued before the headline (see the module's notes)."""
        title = doc.line_of("title")
        if title is None:
            return
        text = title.text
        a = len(text) - len(text.lstrip())
        end = self._badge_end(text, a, doc.meta.original_title)
        if end is None:
            return
        while end < len(text) and text[end].isspace():
            end += 1
        # the rest must stand as a headline on its own
        if is_headline(text[end:], max_length=self.max_title_length) and len(_canon(text[end:])) >= 6:
            doc.cut(title, [(a, end)], filter=self.name, reason="title-badge")

    @staticmethod
    def _badge_end(text: str, a: int, original: Optional[str]) -> Optional[int]:
        """Where a badge starting at ``text[a]`` ends, or None when the title starts with none."""
        tag = _TITLE_TAG.match(text, a)
        if tag and original and _canon(text[tag.end():]) == _canon(original):
            return tag.end()  # [某某化妆品]<原标题>: the 原标题 shows where the headline starts
        if tag and tag.group().strip()[1:-1].strip() in {badge for badge, _ in _title_badges()}:
            return tag.end()  # 【原创】…: the badge in brackets, set apart from the headline
        for badge, phrases in _title_badges():
            if text.startswith(badge, a):
                rest = text[a + len(badge):].lstrip()
                if not rest.startswith(phrases):
                    return a + len(badge)
        return None

    def _is_deck(self, text: str, title: str) -> bool:
        """A second headline-like line, shorter than a headline and no copy of the title."""
        return (is_headline(text, max_length=self.max_title_length) and len(text.strip()) <= 48
                and not _is_copy(text, title) and not _reads_as_breadcrumb(text) and not _FIELD.match(text))

    # ------------------------------------------------------------ subtitle
    # The cleaned text is the title, the subtitle, then the body lines left, and
    # cleaning it again finds the title on its first line and no metadata block:
    # so a subtitle is decided from the lines that text holds, the line under the
    # title and the one after it, never from lines the first pass removes.
    def _is_subtitle(self, title: Line, deck: Line, after: Line) -> bool:
        """``deck`` under ``title`` is a subtitle when a finished paragraph follows it
        (a heading or a wrapped line there means ``deck`` is body text too)."""
        return self._is_deck(deck.text, title.text) and is_finished_paragraph(after.text)

    def _deck_above_metadata(self, doc: Document, deck: Line) -> None:
        """A deck between a headline and its metadata block, the headline not on the first line.

        In the cleaned text it comes right under the title, followed by the
        body's first line (the lead above the headline), which stays unless it
        is a copy of the title.
        """
        title = doc.line_of("title")
        lead = next((line for line in _body_text(doc) if line is not deck), None)
        if (title is not None and lead is not None and not _is_title_copy(_repeat_key(lead.text), _canon(title.text))
                and self._is_subtitle(title, deck, lead)):
            doc.set_subtitle(deck)

    def _line_below_title(self, doc: Document) -> None:
        """The body's first line left, once the repeats are gone, when it reads as a deck."""
        title = doc.line_of("title")
        rest = list(islice(_body_text(doc), 2))
        if title is not None and len(rest) >= 2 and self._is_subtitle(title, rest[0], rest[1]):
            doc.set_subtitle(rest[0])

    def _eligible(self, doc: Document, line: Line) -> bool:
        """The title's choice may take ``line``: no chrome signal marks it."""
        return any(c.line is line and c.eligible for c in scored_candidates(
            doc, max_length=self.max_title_length, disabled=self.disabled_rules, is_deck=self._is_deck))

    # ------------------------------------------------------------ repeats
    def _drop_repeats(self, doc: Document) -> None:
        title_line = doc.line_of("title")
        title = _canon(title_line.text) if title_line is not None else ""
        seen: set[str] = set()
        if title:
            seen.add(title)
        sub = doc.line_of("subtitle")
        if sub is not None:
            seen.add(_canon(sub.text))
        # the last line kept: a copy dropped between two equal lines must not
        # part them, or cleaning the output again would find them side by side
        prev = None
        lines = doc.body_text_lines()
        if (title and len(title) < 4) or self.min_repeat_length < 4:
            candidates: Iterable[int] = range(len(lines))
        else:
            # a line under four characters is no copy of a longer title and no repeat dropped:
            # only the longer ones are read, and one between two of them parts them (prev)
            candidates = list(compress(range(len(lines)), map((3).__lt__, map(len, map(_text, lines)))))
        last = -1
        for k in candidates:
            if k != last + 1:
                prev = None
            last = k
            line = lines[k]
            c = _repeat_key(line.text)
            if title and _is_title_copy(c, title):
                doc.drop(line, filter=self.name, reason="duplicate-title")
            elif c in seen and (prev == c and len(c) >= 4 or len(c) >= self.min_repeat_length and _PROSE.search(c)):
                doc.drop(line, filter=self.name, reason="duplicate-line")
            else:
                seen.add(c)
                prev = c
