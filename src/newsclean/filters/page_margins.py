"""Whole-page text: the lines around the article's core, judged by their shape and their place.

A page's text holds its navigation, side columns, related-headline runs and
footer around the article. The page model (:mod:`newsclean.pagecore`) finds
the article's core, the run of prose lines that outweighs what lies between
them; this filter then judges the lines outside it:

``page-navigation``
    a line above the core from the nearest menu up: a run of short lines
    (menu items, buttons, tags) and everything above it. The head between that
    run and the core stays: the headline, its deck, the date and byline; so
    does a headline right over a field line above the run (a strip of
    promoted links between the page's header and its article).
``page-side-run``
    a line below the core, from the first sign of the page's furniture on: a
    junk line an earlier filter dropped (a share bar, a related-links heading,
    a copyright line) with no finished sentence of prose right under it, then
    the related headlines, side columns and footer under it. The lines right under the core, before any such sign, stay (a
    closing line, a poem's last verse, a table: short lines alone prove nothing).

A line that a later filter of the pipeline takes out on its own (a metadata
field, a caption, a notice), one that reads as a field by its shape (a label
and its value, a date) and a label's value on the line under it are neither
weighed nor dropped: the metadata filter still reads 来源, 责任编辑, bylines
and dates wherever they are (below the page's furniture, though, past the
block of fields that opens it, a line kept for a date alone goes: a comment's
or a linked headline's time). A line that
ends a sentence stays wherever it is: menus, link lists and footers never do.
A page with no clear core (no run of prose heavy enough, or one among many of the
same weight: a forum's index, a list) is left as it is; so is a line inside
the core, whose junk the other filters judge.

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

from dataclasses import dataclass, field
from itertools import compress
from operator import not_

from ..document import BODY, DROPPED, Document, Line
from ..pagecore import (
    SHORT_PENALTY, core_span, ends_in_bare_label, has_field_label, is_menu_item, line_weight, shows_date,
)
from ..rules import check_rule_names
from ..shapes import CLAUSE_END, FINISHED_SENTENCE_END, is_headline
from ..titles import choose_title
from .base import Filter

#: the reasons this filter records, which ``disabled_rules`` can turn off by name
RULE_NAMES = ("page-navigation", "page-side-run")
#: below the core, a junk line with a finished sentence of prose among this many lines under it is the article's
TAIL_LOOKAHEAD = 3
#: above the core, this many short lines in a row are a menu: the head starts under them
NAV_RUN = 3
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
        kept, dated = _kept_fields(lines, doc)
        # each distinct text weighed once as a body line and once as a dropped one (pages repeat
        # their lines), looked up with no call a line (a page may be a million short lines)
        texts = [line.text for line in lines]
        body = [line.state == BODY for line in lines]
        in_body = {text: _weight(text, True) for text in set(compress(texts, body))}
        dropped = {text: _weight(text, False) for text in set(compress(texts, map(not_, body)))}
        weights = [0.0 if k else in_body[t] if b else dropped[t] for k, t, b in zip(kept, texts, body)]
        span = core_span(weights)
        if span is None:
            return
        start, end = span
        if "page-navigation" not in self.disabled_rules:
            head = _head_start(lines, weights, kept, start)
            _keep_headlines_over_fields(lines, kept, head)
            _keep_the_headline(doc, lines, kept, head)
            self._drop(doc, lines[:head], kept, 0, reason="page-navigation")
        if "page-side-run" not in self.disabled_rules:
            tail = _tail_start(lines, weights, kept, end)
            self._drop(doc, lines[tail:], _kept_in_side_run(lines, kept, dated, tail), tail, reason="page-side-run")

    def _drop(self, doc: Document, lines: list[Line], kept: list[bool], first: int, *, reason: str) -> None:
        for k, line in enumerate(lines, first):
            if line.state == BODY and not kept[k] and not CLAUSE_END.search(line.text):
                doc.drop(line, filter=self.name, reason=reason)


def _kept_fields(lines: list[Line], doc: Document) -> tuple[list[bool], list[bool]]:
    """The lines the model never weighs nor drops: what a later filter takes out on its own (a
    field, a caption, a notice), what reads as a field by its shape, and a label's value on the
    line under it (责任编辑： / 尹世杰), all left to the metadata filter; and, among them, those
    kept for a date alone (below the page's furniture, a comment's or a link's date goes with it)."""
    removed_later = doc.later.removed_later
    memo: dict[str, tuple[bool, bool, bool]] = {}  # pages repeat their lines: each text is asked once
    kept = [False] * len(lines)
    dated = [False] * len(lines)
    after_label = False
    for k, line in enumerate(lines):
        if line.state != BODY:
            after_label = False
            continue
        text = line.text.strip()
        hit = memo.get(text)
        if hit is None:
            field = has_field_label(text) or removed_later(line.text) is not None
            hit = memo[text] = (field, not field and shows_date(text), ends_in_bare_label(text))
        kept[k] = hit[0] or hit[1] or after_label
        dated[k] = hit[1] and not after_label
        after_label = hit[2]
    return kept, dated


def _kept_in_side_run(lines: list[Line], kept: list[bool], dated: list[bool], tail: int) -> list[bool]:
    """The kept lines below the core's furniture: the fields, and the lines kept for a date alone
    only in the block of fields that opens the furniture (the post's own footer: 由某某张贴 @ date);
    past its first plain line, a date alone is a comment's or a linked headline's, and goes."""
    side = list(kept)
    plain = False
    for k in range(tail, len(lines)):
        if lines[k].state == BODY and not kept[k]:
            plain = True
        elif plain and dated[k]:
            side[k] = False
    return side


def _head_start(lines: list[Line], weights: list[float], kept: list[bool], start: int) -> int:
    """Where the head kept above the core starts: under the nearest run of menu items (short lines with a word)."""
    run, run_start = 0, start
    for k in range(start - 1, -1, -1):
        if lines[k].state != BODY:
            continue  # (a junk line neither parts nor makes a run: menus hold separators)
        if not kept[k] and is_menu_item(lines[k].text):
            run, run_start = (run + 1, run_start if run else k)
            if run >= NAV_RUN:
                return run_start + 1
        else:
            run = 0
    return 0


def _keep_the_headline(doc: Document, lines: list[Line], kept: list[bool], head: int) -> None:
    """The line the title's choice takes now stays, wherever it stands above the core: a page may
    print its headline above the menu that parts it from the article (the structure filter, last,
    decides the title among what is left)."""
    choice = choose_title(doc, max_length=TITLE_MAX_CHARS)
    if choice is not None:
        for k in range(head):
            if lines[k] is choice.line:
                kept[k] = True
                return


def _keep_headlines_over_fields(lines: list[Line], kept: list[bool], head: int) -> None:
    """Above the head, a headline right over a field line (its date, its byline) stays with it:
    the page's header, with a strip of promoted links between it and the article."""
    below_is_field = False
    for k in range(head - 1, -1, -1):
        line = lines[k]
        if line.state != BODY:
            continue
        if not kept[k] and below_is_field and is_headline(line.text):
            kept[k] = True
        below_is_field = kept[k] and not below_is_field


def _tail_start(lines: list[Line], weights: list[float], kept: list[bool], end: int) -> int:
    """Where the page's furniture below the core starts: at its first junk line an earlier filter
    dropped that no finished prose follows closely (a junk line inside the article, an image's
    "click to enlarge" or a jammer's leftover, has the article's sentences right under it)."""
    for k in range(end, len(lines)):
        if lines[k].state != BODY and weights[k] < 0 and not _prose_follows(lines, weights, kept, k):
            return k
    return len(lines)


def _prose_follows(lines: list[Line], weights: list[float], kept: list[bool], k: int) -> bool:
    """A line that ends a sentence and weighs as prose is among the TAIL_LOOKAHEAD lines under ``k``."""
    for j in range(k + 1, min(k + 1 + TAIL_LOOKAHEAD, len(lines))):
        if lines[j].state == BODY and not kept[j] and weights[j] > 0 and FINISHED_SENTENCE_END.search(lines[j].text):
            return True
    return False


def _weight(text: str, in_body: bool) -> float:
    """A line's weight in the page model; a junk line an earlier filter dropped (not ``in_body``)
    counts as a short one, unless it weighs nothing by its shape (a code block's lone brace)."""
    weight = line_weight(text)
    if not in_body and weight != 0:
        weight = -SHORT_PENALTY
    return weight


__all__ = ["DropPageMargins", "RULE_NAMES"]
