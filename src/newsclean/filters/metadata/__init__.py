"""Metadata lines: 来源, 作者/记者, 编辑/责编/编审/终审, dates, 原标题 → ``doc.meta``.

A news page states facts about the article on short lines around it:
``2019-12-10 07:57:40 来源：新华网``, ``（责任编辑：张三）``, ``编辑 刘晓阳 校对 李铭``,
``原标题：…``. This filter reads them into ``doc.meta`` (sources, credits,
published date, original title and address) and takes the lines out of the
body. It never takes an article sentence for metadata: a label only counts at
the start of a line (or of a bracket, or after another field), and every
value must look like what its label announces (a name, an outlet, a date).

Labels and what they announce live in ``lexicons/metadata_labels.tsv``;
``extra_labels`` adds more (label → kind or role).

The published date comes from the article's own lines only (lines earlier
filters dropped, such as related-link lists, are never read): a date a label
announces (``发布时间：``) or the byline date near the top wins over a date
found elsewhere, which wins over ``更新时间``; the print-edition line
(``publication`` filter) gives the weakest candidate. A date line far down the
page is not taken for the byline; a line that is only a date just below the
first paragraph is, when it is the only such line (several are the headings of
a chronology), and a 时间 line next to an event field (``地点：…``) is the
event's, not the article's.

Credits glued to the article's text are cut from it: a bracket closing a line
(``……。（记者 张三）``, ``……。（姚峰 上海报道）``), fields after the last sentence of the last lines
(``……。责任编辑：张三``), and the reporter of a dateline
(``新华社巴黎12月9日电（记者唐霁）``, ``本报北京11月25日电 记者张三报道：``,
``南都讯 记者 张三 近日，…``, Taiwan's ``（中央社記者王小明台北25日電）``) is credited while the lead
stays; a date code after the closing credits (``（編輯：張三）1131125``, the Republic's year 113) is
the weakest published candidate. An outlet whose
name starts like a person's (``lexicons/outlet_names.txt``: 南都, 华商) is never
taken for one of the people it credits (``记者 南都 张三``).

Lines that name someone without a label (an outlet or account name next to
the byline date, see ``bylinenames``) leave the body as ``metadata:byline`` but are not stored:
nothing says whether they are a source, an author or an account. Two shapes
do say it: a post's header or footer (``ggjjzhzz 发表于 2005-9-15 11:46:00``,
``由海姑娘张贴 @ 2005-06-14 03:25:55``: the poster, see ``posts``) and a personal
name alone under the headline (``罗银胜``, see ``writer``); each is the author
when no writer is credited yet. A government file's catalogue table (索引号,
发文字号 … rows) is metadata, and its 标题 row names the title (``catalogue``).
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from itertools import compress, islice
from operator import attrgetter, itemgetter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional, Sequence, Union

from ...dates import find_dates, parse_date
from ...document import BODY, Document, Line
from ...errors import ConfigError
from ...model import ROLES
from ...fieldlines.facts import (
    _BRACKETED_NOTE, _LETTER, _PHOTO_CREDIT_END, _RELATIVE_TIME, KINDS,
    PRIORITY_LABELLED, _site_address_end, _unbracket,
)
from ...fieldlines.parser import PRIORITY_IN_VALUE, _Facts, _parser, _Parser, is_person_name
from ...fieldlines.storing import _store
from ...fieldlines.publication import match_publication
from ...rules import check_rule_names
from ...shapes import LONG_PARAGRAPH_MIN_CHARS, is_long_paragraph
from ..base import Filter
from .catalogue import in_catalogue, mark_title, table_cell, title_row
from .posts import take_board_post, take_post_line
from .writer import closing_name, name_under_title
from .bylinenames import byline_names
from .lines import (
    PRIORITY_PAGE_HEADER, PRIORITY_DATELINE, _DIGIT, _END_PUNCT, _BYLINE_SEP, _YEAR_LINE,
    _MONTH_DAY_LINE, _TIME_LINE, _PARAGRAPH_PUNCT, _TRAILING_BRACKET, _LEADING_BRACKET,
    _DATELINE_REPORTER, _DATELINE_CREDITS, _DATELINE_END, _DIGIT_CHARS, _TAIL, _SEPARATORS,
    _CLOSING_BRACKETS, _LAST_LINES, _TAIL_WALK, _LAST_SENTENCE_END, _SENTENCE_END_CHARS, _HEAD,
    _ORIGINAL_TITLE, _BRACKETED_DATELINE, _reason, RULE_NAMES, dateline_names, take_date_code, take_stamp, _title_slot,
    _short_name_line, _at_most_one_date, take_site_addresses, labelled_lines, claim, claims_of, past_inert,
)


_first_char = itemgetter(0)
# the date a line is, asked once for each text (a page's stamps repeat; dates are immutable)
_bare_date = lru_cache(maxsize=1024)(parse_date)
_last_char = itemgetter(-1)
_ENDS_IN_BRACKET = re.compile("[)）】\\]〕]")  # (run on the string of the lines' last characters)


@dataclass
class ExtractMetadataLines(Filter, name="metadata"):
    """Read 来源, credits, dates and 原标题 lines into ``doc.meta`` and take them out of the body.

    >>> from newsclean.document import Document
    >>> doc = ExtractMetadataLines()(Document(
    ...     "标题\\n2019-12-10 07:57:40 来源：新华网\\n"
    ...     "新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国大罢工。\\n（责任编辑：张三）"))
    >>> [line.text for line in doc.body_text_lines()]
    ['标题', '新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国大罢工。']
    >>> doc.meta.sources, [(c.role, c.name) for c in doc.meta.credits], str(doc.meta.published)
    (['新华网'], [('reporter', '唐霁'), ('editor', '张三')], '2019-12-10 07:57:40')
    """

    #: more labels, label → kind: a role (author, editor, …) or source, published, time,
    #: updated, original_title, original_url, ignore, note, event, caption
    #: (``lexicons/metadata_labels.tsv`` says what each kind means)
    extra_labels: dict[str, str] = field(default_factory=dict)
    #: a meta line is never longer than this (characters, white space trimmed)
    max_line_chars: int = 120
    #: the byline zone: at most this many body lines from the top, before the first paragraph
    top_lines: int = 30
    #: how many paragraphs of the lead are searched for a dateline credit （记者 某某）
    dateline_lines: int = 3
    #: rules turned off by name (``RULE_NAMES``): the credits cut from body lines, ``trailing-bracket``
    #: (……。（责任编辑：张三）), ``reported-by`` (its unlabelled form, ……。（姚峰 上海报道）),
    #: ``trailing-fields`` (……。责任编辑：张三), ``dateline`` (新华社巴黎12月9日电（记者唐霁）)
    #: ``closing-name`` (a last line （张巨峰）) and ``post-byline`` (a post's header in the byline
    #: zone, ggjjzhzz 发表于 2005-9-15 11:46:00: its poster is the author) and ``name-under-title``
    #: (a personal name alone under the headline, 投身外交(3) / 罗银胜: the author)
    disabled_rules: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        bad = {k: v for k, v in self.extra_labels.items() if v not in KINDS or not k.strip()}
        if bad:
            raise ConfigError(f"metadata: unknown kinds in extra_labels {bad}; kinds are: {', '.join(KINDS)}")
        super().__post_init__()

    def validate(self) -> None:
        super().validate()
        check_rule_names(self.name, self.disabled_rules, RULE_NAMES)

    def _parser(self) -> _Parser:
        return _parser(tuple(sorted(self.extra_labels.items())))

    def claims(self, text: str) -> Optional[str]:
        """The reason a line of ``text`` leaves the body when it is all metadata by itself (a labelled
        field, 来源：新华网, or a credit, 本报记者 张三), wherever it stands; else ``None``."""
        return claim(self._parser(), text)

    def claims_among(self, texts: Sequence[str]) -> list[Optional[str]]:
        """:meth:`claims` of each of ``texts`` (:func:`~.lines.claims_of`: only the texts that hold
        a label are parsed)."""
        return claims_of(self._parser(), texts)

    def apply(self, doc: Document) -> None:
        p = self._parser()
        lines = doc.body_text_lines()
        if not lines:
            return
        # each line's text as the loop below reaches it: only the line at hand is ever cut
        texts = doc.body_texts()
        # what a text says as a meta line, read once a document (facts are only read after):
        # a page that repeats its labels (来源： 责编：) costs one parse a distinct text
        parsed: dict[tuple[str, bool], Optional[_Facts]] = {}
        # the byline zone: from the top to the first paragraph
        removed_later = doc.later.for_texts(texts)
        top_end = min(len(lines), self.top_lines)
        for k in range(top_end):
            # (a line a later filter takes, a caption or a notice, is no paragraph: the cleaned text has it not)
            if is_long_paragraph(texts[k]) and removed_later(texts[k]) is None:
                top_end = k
                break
        # lines that may be meta lines and hold a label near their start (a meta line's
        # first field ends within _FIELD_START characters): one pass over the heads of the
        # lines short enough to be meta lines, not one per line (the lines' current text,
        # so labels that an earlier filter restored are seen too)
        limit = self.max_line_chars
        # (labelled and the sets below hold positions in `lines`)
        longest = max(map(len, texts))
        if longest <= limit:
            short: Sequence[int] = range(len(texts))  # (the common case: no line too long)
        else:
            short = [k for k, t in enumerate(texts) if len(t) <= limit or t.startswith(_ORIGINAL_TITLE)]
        heads = texts if longest <= _HEAD else [texts[k][:_HEAD] for k in short]
        labelled = labelled_lines(heads, short, p.scans)
        # meta lines in the byline zone: position in `lines` → "date", "named", "other" or
        # "posted" (a post's date and where it was posted from: its account is the line above)
        byline: dict[int, str] = {}
        dangling: Optional[tuple[str, str]] = None
        lead_left = self.dateline_lines
        paragraphs_seen = 0
        paragraphs: set[str] = set()
        # lines left in the body so far: unlike k, the same when the cleaned text is cleaned again
        kept = 0
        kept_texts: set[str] = set()
        not_dates: set[str] = set()  # texts below the byline zone found not to be a bare date
        # texts below the byline zone in which the parser found nothing, that came to the end of
        # the loop and took no rule that acts again on a repeat (a trailing bracket, a lead's dateline)
        inert: set[str] = set()
        inert_parsed: set[str] = set()
        far = self.top_lines // 2
        # below the byline zone a line that is only a date is the page's date when it is the
        # only one: several are the headings of a chronology (1998年10月1日 / 公园开放…)
        # (distinct texts: the structure filter drops a date line repeated right below itself)
        # (each distinct text that starts with a digit read once, gathered with no Python step a
        # line: a page of a million numbers)
        lone_date = _at_most_one_date(iter(dict.fromkeys(compress(
            islice(texts, top_end, None), map(_DIGIT_CHARS.__contains__, map(_first_char, islice(texts, top_end, None)))))))
        n = len(lines)
        title_slot = _title_slot(doc, lines)  # (a catalogue's title is marked last: the same all along)
        title_line: Optional[Line] = None  # the line a catalogue table's 标题 row names
        no_value: set[tuple[str, str]] = set()  # (kind, text): no value of a label left empty above
        labelled_order: Optional[list[int]] = None  # (worked out when the loop first reaches the common case)
        labelled_sorted: Optional[list[int]] = None  # (the same, for the runs of inert repeats)
        bracketed: list[int] = []
        k = 0
        while k < n:
            line = lines[k]
            text = texts[k]
            top = k < top_end
            if dangling is not None:
                # (a page of labels left empty asks the same question again and again)
                facts = None if (dangling[0], text) in no_value else p.value_line(dangling[0], text)
                if facts is None:
                    no_value.add((dangling[0], text))
                else:
                    _store(doc, facts, line, dangling[1])
                    if facts.title is not None and title_line is None:  # (the first 标题 names the title)
                        title_line = title_row(doc, lines, texts, k, facts.title, filter=self.name)
                    else:
                        doc.to_metadata(line, filter=self.name, reason=_reason(facts))
                    if top:
                        byline[k] = facts.slot
                    dangling = None
                    k += 1
                    continue
            dangling = None
            if inert and not top and text in inert and (k not in labelled or text in inert_parsed):
                # a repeat of a text that did nothing here but be counted does nothing either
                # (what changed since only makes fewer rules apply): a page of one line repeated
                if labelled_sorted is None:
                    labelled_sorted = sorted(labelled)
                k = past_inert(texts, k + 1, inert, labelled, inert_parsed, labelled_sorted)
                continue
            if not top and lead_left == 0 and kept >= far:
                # the common case, paragraphs far from the top (all lines from here on):
                # only a labelled line or a trailing bracket can be meta; the lines up to
                # the next labelled one are counted at once (texts[k] is still each line's text)
                if labelled_order is None:
                    labelled_order = sorted(labelled)
                    bracketed = [m.start() for m in _ENDS_IN_BRACKET.finditer("".join(map(_last_char, texts)))]
                i = bisect_left(labelled_order, k)
                nxt = labelled_order[i] if i < len(labelled_order) else n
                for j in bracketed[bisect_left(bracketed, k):bisect_left(bracketed, nxt)]:
                    self._trailing_bracket(doc, lines[j], p)
                kept += nxt - k
                k = nxt
                if k == n:
                    break
                line, text = lines[k], texts[k]
            facts = None
            paragraph_like = len(text) >= 15 and bool(_PARAGRAPH_PUNCT.search(text))
            if k not in labelled:
                pass
            elif len(text) <= self.max_line_chars or text.startswith(_ORIGINAL_TITLE):
                key = (text, top)
                if key in parsed:
                    facts = parsed[key]
                elif not _PHOTO_CREDIT_END.search(text) and match_publication(text) is None:
                    facts = parsed[key] = p.parse(_unbracket(text), top=top)
                else:
                    parsed[key] = None
            if facts is None and len(text) <= 16 and k in labelled:
                facts = p.phrase(_unbracket(text)) or table_cell(p, lines, texts, k)  # (索引号 / its value)
            event = facts is not None and p.event_time(facts, lines, k)
            if event:
                facts = None  # 时间：… over 地点：…: an event notice in the article
            if facts is not None and "title" in facts.kinds and not in_catalogue(p, lines, texts, k):
                facts = None  # 标题： outside a catalogue table heads something else
            if facts is not None and facts.useful:
                _store(doc, facts, line)
                if facts.title is not None and title_line is None:  # (the first 标题 names the title)
                    title_line = title_row(doc, lines, texts, k, facts.title, filter=self.name)
                else:
                    doc.to_metadata(line, filter=self.name, reason=_reason(facts))
                dangling = facts.dangling
                if top:
                    byline[k] = facts.slot
                k += 1
                continue
            # (only the first two matter; a line a later filter takes is no paragraph of the cleaned text)
            if paragraphs_seen < 2 and paragraph_like and len(text) >= LONG_PARAGRAPH_MIN_CHARS \
                    and "".join(text.split()) not in paragraphs and removed_later(text) is None:  # text is stripped
                paragraphs_seen += 1  # a repeated paragraph goes as a duplicate later: it is not counted
                paragraphs.add("".join(text.split()))
            # (a bare date line below the first paragraph is taken whether or not a byline
            # was found: the second pass, which no longer sees the byline, must decide alike)
            if not event and (top or (paragraphs_seen <= 1 and kept < far and lone_date
                                      and text not in not_dates)):
                if self._byline_date(doc, lines, k, byline, bare_only=not top):
                    k += 1
                    continue
                if not top:
                    not_dates.add(text)  # (a bare date is the text's alone: a repeat is no date either)
            if lead_left > 0 and paragraph_like:
                lead_left -= 1
                self._dateline(doc, p, line)
            if len(text) > 4 and text[-1] in _CLOSING_BRACKETS and (not top or (paragraph_like and line is not title_slot)):
                # (the line is as it was: the end test _trailing_bracket makes first, made here)
                self._trailing_bracket(doc, line, p, sentence_before=top)
            # (a repeat, a caption or a notice is gone from the cleaned text: not counted)
            c = "".join(text.split())
            if c not in kept_texts and removed_later(text) is None:
                kept += 1
                kept_texts.add(c)
            elif not top and facts is None and not event and text[-1] not in _CLOSING_BRACKETS \
                    and (lead_left == 0 or not paragraph_like):
                # (noted from its first repeat on: a page of one line repeated; a paragraph still
                # counts for the lead's datelines while lead_left > 0)
                inert.add(text)
                if k in labelled:
                    inert_parsed.add(text)  # (the parser found nothing in it: its labelled repeats neither)
            k += 1
        # ……正文最后一句。责任编辑：张三 (the article's last lines only: further up, a
        # 记者： after a sentence is an interview's question)
        # (counted as the cleaned text has them: not a caption or a notice, which later filters
        # take, nor a repeat, which the structure filter drops: a line repeated right below
        # itself, a paragraph repeated anywhere)
        last, below = 0, None
        # the lines that may end in a field (this filter only cuts: no line gains a separator)
        first_at: dict[str, int] = {}  # each text's first line, made when a paragraph is met
        for k in range(n - 1, max(n - _TAIL_WALK, 0) - 1, -1):
            line = lines[k]
            if last == _LAST_LINES:
                break
            # (a line's text is still texts[k] unless cut: the loop above cut only trailing brackets)
            if texts[k][-1] in _DIGIT_CHARS and line.state == BODY and len(texts[k]) <= self.max_line_chars * 4:
                take_date_code(doc, line, p, filter=self.name)  # （编辑：张三）1131125 (a paragraph may close with it)
                if line.state != BODY:
                    continue  # (gone: not one of the last lines)
            bracketed = texts[k][-1] in _CLOSING_BRACKETS
            if line.state == BODY and (not bracketed or line.text.strip()):
                # a blog post's footer (由海姑娘张贴 @ 2005-06-14 03:25:55): its date is weaker than a byline's
                if k >= top_end and "post-byline" not in self.disabled_rules and take_post_line(
                        doc, line, p, priority=PRIORITY_IN_VALUE, filter=self.name):
                    continue  # (gone: not one of the last lines)
                raw = line.text
                if not _SEPARATORS.isdisjoint(raw[-_TAIL - 1:]):  # (the first test _trailing_fields makes)
                    self._trailing_fields(doc, line, p)
                elif bracketed:
                    self._trailing_bracket(doc, line, p, sentence_before=True, closing=True)
                text = line.text.strip() if bracketed or line.text is not raw else texts[k]
                repeat = text == below
                if not repeat and len(text) >= 30 and _PARAGRAPH_PUNCT.search(text):
                    if not first_at:
                        for i, t in enumerate(texts):
                            first_at.setdefault(t, i)
                    repeat = first_at.get(text, k) < k
                if not repeat and removed_later(text) is None:
                    last += 1
                below = text
        if "post-byline" not in self.disabled_rules:
            take_board_post(doc, lines, texts, p, priority=PRIORITY_IN_VALUE, filter=self.name)
        take_site_addresses(doc, lines, top_end, filter=self.name)
        if "closing-name" not in self.disabled_rules:
            closing_name(doc, p, filter=self.name)
        # an author card in the byline zone (王文中国人民大学重阳金融研究院执行院长)
        for k in range(1, top_end):
            if lines[k].is_body and p.is_author_card(texts[k]):
                doc.to_metadata(lines[k], filter=self.name, reason="metadata:byline")
                byline[k] = "named"
        title = self._page_header_date(doc, lines, byline)
        byline_names(doc, lines, byline, title, self._parser(), filter=self.name)
        if "name-under-title" not in self.disabled_rules:
            name_under_title(doc, lines, texts, top_end, title_slot, p, filter=self.name)
        mark_title(doc, title_line)

    # ------------------------------------------------------------ helpers
    def _page_header_date(self, doc: Document, lines: list[Line], byline: dict[int, str]) -> Optional[Line]:
        """``2024年1月5日 星期五`` / title / ``2024-01-03 10:00 来源：…``: the first date is the site's.

        A line of nothing but a date, then one to three lines that are no meta
        lines (the title), then another dated byline line: the later date is the
        article's own, the earlier one the page header's (it stays meta, as the
        weakest candidate). Returns the line that is then taken for the title,
        which is no byline name.
        """
        dated_lines = {c[1] for c in doc.meta.published_candidates if c[0] == PRIORITY_LABELLED}
        dated = [k for k in sorted(byline) if lines[k].index in dated_lines]
        if len(dated) < 2:
            return None
        lo = hi = dated[0]
        while lo - 1 in byline:
            lo -= 1
        while hi + 1 in byline:
            hi += 1
        later = next((k for k in dated if k > hi), None)
        if (later is None or not 1 <= later - hi - 1 <= 3 or any(j in byline for j in range(hi + 1, later))
                or any(byline[j] != "date" for j in range(lo, hi + 1))):
            return None
        header = {lines[j].index for j in range(lo, hi + 1)}
        doc.meta.published_candidates[:] = [
            (PRIORITY_PAGE_HEADER, c[1], c[2]) if c[1] in header and c[0] == PRIORITY_LABELLED else c
            for c in doc.meta.published_candidates]
        for j in range(lo, hi + 1):
            del byline[j]
        return lines[hi + 1]

    def _byline_date(self, doc: Document, lines: list[Line], k: int, byline: dict[int, str],
                     bare_only: bool = False) -> bool:
        """A date line near the top (the byline slot), maybe with a short outlet name.

        ``bare_only``: below the first paragraph, only a line that is nothing but a date.
        """
        line = lines[k]
        text = line.text.strip()
        if text[:1].isdigit() and take_stamp(doc, line, text, filter=self.name):  # 2024-01-02 12:00 · 阅读 123
            byline[k] = "date"
            return True
        if bare_only:
            value = _bare_date(text)
            if value is None and _RELATIVE_TIME.fullmatch(text):
                doc.to_metadata(line, filter=self.name, reason="metadata:date")  # 前天: no year, no date
                byline[k] = "date"
                return True
            if value is None:
                return False
            doc.meta.add_published(value, priority=PRIORITY_LABELLED, line=line.index)
            doc.to_metadata(line, filter=self.name, reason="metadata:date")
            byline[k] = "date"
            return True

        if _RELATIVE_TIME.fullmatch(text):
            doc.to_metadata(line, filter=self.name, reason="metadata:date")
            byline[k] = "date"
            return True
        if "post-byline" not in self.disabled_rules and line is not _title_slot(doc, lines):
            slot = take_post_line(doc, line, self._parser(), priority=PRIORITY_LABELLED, filter=self.name)
            if slot is not None:
                byline[k] = slot
                return True
        # a date split over lines: 2019 / 09/07 / 19:02
        if _YEAR_LINE.fullmatch(text) and k + 1 < len(lines):
            md = _MONTH_DAY_LINE.fullmatch(lines[k + 1].text.strip())
            if md:
                try:
                    value: Union[dt.date, dt.datetime] = dt.date(int(text), int(md[1]), int(md[2]))
                except ValueError:
                    return False
                used = [k, k + 1]
                if k + 2 < len(lines):
                    tm = _TIME_LINE.fullmatch(lines[k + 2].text.strip())
                    if tm and int(tm[1]) < 24 and int(tm[2]) < 60:
                        value = dt.datetime(value.year, value.month, value.day, int(tm[1]), int(tm[2]))
                        used.append(k + 2)
                doc.meta.add_published(value, priority=PRIORITY_LABELLED, line=line.index)
                for j in used:
                    doc.to_metadata(lines[j], filter=self.name, reason="metadata:date")
                    byline[j] = "date"
                return True
        text = text[_site_address_end(text):]  # (a channel's address before the date says nothing more)
        if len(text) > 48:
            return False  # (no byline: a line of megabytes is not searched for dates)
        dates = find_dates(text)
        if not dates or match_publication(text) is not None:
            return False
        rest = text[:dates[0].start] + " " + text[dates[0].end:]
        rest = rest.strip(" \t\u3000\xa0|丨｜")
        if rest:
            # a byline puts its date first or last (2019-09-07 13:43 来源…, 中国网 2019-11-25);
            # 截至2019年9月7日 累计确诊100例 is a heading that holds a date
            after = text[dates[0].end:]
            at_edge = (not text[:dates[0].start].strip() and after[:1] in _BYLINE_SEP) or not after.strip()
            if (line is _title_slot(doc, lines) or not at_edge or len(rest) > 24 or _END_PUNCT.search(rest)
                    or len(dates) > 1 or _PHOTO_CREDIT_END.search(rest)
                    or _DIGIT.search(_BRACKETED_NOTE.sub("", rest))):
                return False
            if rest[-1] in ":：":
                # a label the table does not know (建立于:2004年10月6日, a profile's field): a
                # field line, its date weaker than the byline's
                doc.meta.add_published(dates[0].value, priority=PRIORITY_IN_VALUE, line=line.index)
                doc.to_metadata(line, filter=self.name, reason="metadata:date")
                return True
        doc.meta.add_published(dates[0].value, priority=PRIORITY_LABELLED, line=line.index)
        doc.to_metadata(line, filter=self.name, reason="metadata:date")
        byline[k] = "named" if _LETTER.search(rest) else "date"
        return True

    def _trailing_bracket(self, doc: Document, line: Line, p: _Parser, sentence_before: bool = False,
                          closing: bool = False) -> None:
        """``……正文最后一句。（责任编辑：张三）``: cut only the bracket.

        ``sentence_before``: only after a whole sentence (in the byline zone, where a
        heading may end in a bracket). ``closing``: one of the article's last lines, where
        a bracket may also say where the article came from (``（据新华社报道）``; further up
        it closes one item of a round-up).
        """
        if line.text.rstrip()[-1:] not in _CLOSING_BRACKETS or "trailing-bracket" in self.disabled_rules:
            return
        m = _TRAILING_BRACKET.search(line.text)
        if not m or _PHOTO_CREDIT_END.search(m.group(1)):
            return
        whole = not line.text[:m.start()].strip()  # (a line of its own: only the closing one is read here)
        if whole and not closing:
            return
        if sentence_before and not whole and line.text[:m.start()].rstrip()[-1:] not in _SENTENCE_END_CHARS:
            return
        facts = None
        if not whole:
            facts = p.parse(m.group(1), top=False, allow_prefix_date=False)
            if facts is None and "reported-by" not in self.disabled_rules:
                facts = p.reported_by(m.group(1))  # ……。（姚峰 上海报道）
        if (facts is None and not whole and "reported-by" not in self.disabled_rules
                and line.text[:m.start()].rstrip()[-1:] in _SENTENCE_END_CHARS):
            facts = p.signed(m.group(1))  # ……。（王小明/文）, ……。（王小明 李四）
        if facts is None and closing:
            facts = p.attributed(m.group(1))  # ……。（据新华社报道）
        if facts is None or not facts.useful or all(k == "photographer" for k in facts.kinds):
            return  # ……。（摄影：张三） closes a caption: the captions filter's
        _store(doc, facts, line)
        if whole:
            doc.to_metadata(line, filter=self.name, reason=_reason(facts))
        else:
            doc.cut(line, [(m.start(), m.end())], filter=self.name, reason=_reason(facts))

    def _trailing_fields(self, doc: Document, line: Line, p: _Parser) -> None:
        """``……正文最后一句。责任编辑：张三``: fields glued after the last sentence, cut."""
        if "trailing-fields" in self.disabled_rules:
            return
        text = line.text
        tail = text[-_TAIL - 1:]
        if _SEPARATORS.isdisjoint(tail):
            return  # every field glued to a sentence has its separator
        m = _LAST_SENTENCE_END.search(tail)
        if not m:
            return
        end = len(text) - len(tail) + m.end()
        rest = text[end:]
        start = end + len(rest) - len(rest.lstrip())
        rest = rest.strip()
        if not rest or len(rest) > _TAIL or not p.any_label.match(rest):
            return
        facts = p.parse(rest, top=False, allow_prefix_date=False)
        if (facts is None or not facts.useful or facts.dangling is not None
                or any(kind in ("time", "note") for kind in facts.kinds)):
            return
        _store(doc, facts, line)
        doc.cut(line, [(start, start + len(rest))], filter=self.name, reason=_reason(facts))

    def _dateline(self, doc: Document, p: _Parser, line: Line) -> None:
        """``新华社巴黎12月9日电（记者唐霁）…``: the reporter is credited, the lead stays.

        A dateline that gives the year (``本报北京2019年9月7日电``) is also the
        weakest published candidate.
        """
        if "dateline" in self.disabled_rules:
            return
        head = line.text[:60]
        if "电" in head or "讯" in head:
            for d in find_dates(head):
                if _DATELINE_END.match(head, d.end):
                    doc.meta.add_published(d.value, priority=PRIORITY_DATELINE, line=line.index)
                    break
        m = _BRACKETED_DATELINE.match(head)
        if m:  # （中央社记者王小明台北25日电）
            role = "correspondent" if "派" in m.group("label") else "reporter"  # (特派员: posted abroad)
            for name in dateline_names(m.group("names"), p.dateline_places, p.is_bare_name):
                doc.meta.add_credit(role, m.group("label"), name)
            return
        m = _DATELINE_REPORTER.search(head)
        if m:
            names = p.names(m.group("names"), strict=True, glued=True)
            for name in names or ():
                doc.meta.add_credit("reporter", m.group("label"), name)
            return
        m = _DATELINE_CREDITS.search(head)
        if m:
            credits = m.group("credits")
        else:
            m = _LEADING_BRACKET.search(head)
            if not m:
                return
            credits = m.group(1)
        facts = p.parse(credits.strip(), top=False, allow_prefix_date=False)
        if facts is None or not facts.credits or any(k not in ROLES for k in facts.kinds):
            return
        _store(doc, facts, line)


__all__ = ["ExtractMetadataLines", "KINDS", "RULE_NAMES", "is_person_name"]
