"""The metadata filter's patterns, priorities, reasons and small line tests (the filter is in ``__init__``)."""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from typing import Callable, Container, Iterator, Optional, Sequence

import regex

from ...dates import find_dates, parse_date
from ...document import DROPPED, META, TITLE, Document, Line
from ...fieldlines.facts import _FIELD_START, _HAN, _HASH, _LETTER, _PHOTO_CREDIT_END, _SENTENCE_PUNCT
from ...fieldlines.facts import PRIORITY_LABELLED
from ...fieldlines.parser import _Facts, _Parser
from ...fieldlines.storing import _store
from ...fieldlines.stamps import stamp_date_line
from ...lexicons.traditional import both_scripts
from ..base import JoinedLines

PRIORITY_PAGE_HEADER = 8  # a site header's date above the title, when a byline date follows it
PRIORITY_DATELINE = 5  # 新华社北京2019年9月7日电: below the print-edition line (10)
_DIGIT = regex.compile(r"\d")
_END_PUNCT = re.compile(r"[。！？!?；;，,“”\"]")
_BYLINE_SEP = set(" \t\u3000\xa0|丨｜/")
_YEAR_LINE = regex.compile(r"(?:19|20)\d{2}")
_MONTH_DAY_LINE = regex.compile(r"(\d{1,2})[/\-.](\d{1,2})")
_TIME_LINE = regex.compile(r"(\d{1,2})[:：](\d{1,2})(?:[:：](\d{2}))?")
_PARAGRAPH_PUNCT = re.compile(r"[，。；！？]")
# (〔〕 too: Taiwan's papers open the lead with 〔記者王小明／台北報導〕)
_TRAILING_BRACKET = regex.compile(r"[（(【\[〔]\s*([^（）()【】\[\]〔〕]{2,80}?)\s*[)）】\]〕]\s*$")
_LEADING_BRACKET = regex.compile(r"[（(【\[〔]\s*([^（）()【】\[\]〔〕]{2,40}?)\s*[)）】\]〕]")
# 本报北京11月25日电  记者张三报道：… (a dateline's reporter with no brackets)
_DATELINE_REPORTER = regex.compile(both_scripts(
    r"(?:电|讯)[ \t\u3000\xa0]*(?P<label>(?:本报|本台|新华社|特约|见习|实习|首席)?记者)"
    r"[ \t\u3000\xa0]*(?P<names>[\p{Han}·、 \t\u3000\xa0]{2,24}?)[ \t\u3000\xa0]*报道"))
# 南都讯 记者 张三 通讯员 李四 近日，…: credits after the dateline, then white space and the lead
_DATELINE_CREDITS = regex.compile(both_scripts(
    r"(?:电|讯)[ \t\u3000\xa0]+(?P<credits>(?:(?:本报|本台|特约|见习|实习|首席)?(?:记者|通讯员|实习生)"
    r"[ \t\u3000\xa0]*\p{Han}{2,4}(?:[、 \t\u3000\xa0]\p{Han}{2,4})*[ \t\u3000\xa0]+)+)(?=\S)"))
_DATELINE_END = regex.compile(both_scripts(r"\s*(?:电|讯|消息)"))
# a wire service's dateline in a bracket opening the lead, its reporters glued to the place
# (Taiwan's CNA): （中央社记者王小明台北25日电）, （中央社记者王小明、李大华台北25日电）,
# （中央社驻美国特派员王小明华盛顿24日专电）
_BRACKETED_DATELINE = regex.compile(both_scripts(
    r"[ \t\u3000\xa0]*[（(〔][ \t\u3000\xa0]*\p{Han}{1,6}?(?:驻\p{Han}{1,8}?)?(?P<label>特约记者|特派员|记者)"
    r"(?P<names>\p{Han}{2,4}(?:[、 ]\p{Han}{2,4})*?\p{Han}{0,8}?)[ \t\u3000\xa0]*\d{1,2}日(?:专|综合外|综合)?电"
    r"[ \t\u3000\xa0]*[)）〕]"))
_NAME_BREAK = regex.compile(r"[、 ]")
# a closing line's date code after its credits bracket: the Republic's year, month and day
# (（编辑：张三）1131125, Taiwan's CNA)
_ROC_DATE_CODE = regex.compile(r"(?<=[)）])[ \t\u3000\xa0]*(?P<y>\d{2,3})(?P<m>[01]\d)(?P<d>[0-3]\d)[ \t\u3000\xa0]*$")
_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")  # (ASCII and full-width digits)
# 一、, 第一部分, （一）, 1. : a heading's number
_NUMBERED_HEADING = regex.compile(
    r"(?:[一二三四五六七八九十百]+[、.．]|第[一二三四五六七八九十百0-9]+[部章节篇条讲]|[（(][一二三四五六七八九十0-9]+[)）]"
    r"|[0-9]+[、.．])")
#: fields glued after a body line's last sentence fit in its last characters
_TAIL = 60
_SEPARATORS = frozenset(":：︰∶|")
_CLOSING_BRACKETS = frozenset(")）】]〕")
#: how many of the last body lines may carry fields glued after their last sentence
_LAST_LINES = 3
#: how far up from the bottom those lines are looked for: repeats and lines that later
#: filters take are not counted, so a page of one line repeated would be walked whole
_TAIL_WALK = 1000
# the last sentence's end and what follows it
_LAST_SENTENCE_END = re.compile(r"[。！？!?…”\"](?=[^。！？!?…”\"]*$)")
_SENTENCE_END_CHARS = set("。！？!?…”\"")
_CLOSING_NAME = regex.compile(rf"[（(]\s*({_HAN}{{2,4}})\s*[)）]\s*$")
#: how much of a line the label scan reads: the first label and its separator
_HEAD = _FIELD_START + 8
#: a line longer than max_line_chars is a meta line only when it starts with one of these
_ORIGINAL_TITLE = ("原标题", "（原标题", "(原标题")


#: the reason a meta line leaves the body, by the kind of its first field (a role's: metadata:credit)
_REASON = {
    "source": "metadata:source",
    "published": "metadata:date",
    "time": "metadata:date",
    "note": "metadata:byline",
    "updated": "metadata:date",
    "original_title": "metadata:original-title",
    "original_url": "metadata:original-url",
    "ignore": "metadata:other",
    "record": "metadata:other",
    "title": "metadata:title",
    "place": "metadata:byline",
}


def _reason(facts: _Facts) -> str:
    """The reason a line that states ``facts`` leaves the body: its first field's kind."""
    for kind in facts.kinds:
        if kind != "ignore":
            return _REASON.get(kind, "metadata:credit")
    return "metadata:other"


#: the rules ``disabled_rules`` can turn off (each a step of the filter)
RULE_NAMES = ("trailing-bracket", "reported-by", "trailing-fields", "dateline", "closing-name", "post-byline",
              "name-under-title")


def _title_slot(doc: Document, lines: list[Line]) -> Optional[Line]:
    """The line that may be the title: the first body line, unless a title was already found."""
    if not lines or doc.line_of(TITLE) is not None:
        return None
    return lines[0]


def _short_name_line(text: str, stopwords: Container[str] = frozenset(),
                     phrase_chars: frozenset[str] = frozenset()) -> bool:
    """A byline-slot name: short, no sentence punctuation, not a number, not a numbered
    heading (一、基本情况, 第一部分), a heading word (导语, in ``stopwords``), a topic tag (#宏观经济)
    nor a phrase (a deck: it holds a particle of ``phrase_chars``, 了 or 吗)."""
    s = text.strip()
    return (0 < len(s) <= 12 and s[0] not in _HASH and not _SENTENCE_PUNCT.search(s) and _LETTER.search(s)
            and not find_dates(s) and not _PHOTO_CREDIT_END.search(s)
            and not _NUMBERED_HEADING.match(s) and s not in stopwords and phrase_chars.isdisjoint(s))


def dateline_names(names: str, places: Container[str], is_name: Callable[[str], bool]) -> list[str]:
    """The reporters of a bracketed dateline's ``names`` (``王小明、李大华台北``): the last name
    is glued to the place, which ``places`` tells (else it follows a name of three characters,
    or two when only two characters are left for the place); each must pass ``is_name``."""
    parts = _NAME_BREAK.split(names)
    last = parts[-1]
    glued = next((last[:n] for n in (3, 2, 4) if len(last) > n and last[n:] in places), None)
    if glued is None:
        glued = last if len(last) <= 3 else last[:2] if len(last) == 4 else last[:3]
    return [name for name in parts[:-1] + [glued] if is_name(name)]


def _roc_date_code(text: str) -> Optional[tuple[int, dt.date]]:
    """Where a closing line's date code starts and its date (``（编辑：张三）1131125``: year 113
    of the Republic, 2024-11-25), or None."""
    m = _ROC_DATE_CODE.search(text)
    if m is None:
        return None
    year = int(m["y"]) + 1911
    try:
        return m.start(), dt.date(year, int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def take_date_code(doc: Document, line: Line, p: _Parser, *, filter: str) -> None:
    """``……。（编辑：张三）1131125``: a credits bracket closing the article, then a date code (the
    Republic's year, month, day). The credits are stored, the code is the weakest published
    candidate, and both leave the body (the line, when nothing stands before the bracket)."""
    found = _roc_date_code(line.text)
    if found is None:
        return
    start, value = found
    m = _TRAILING_BRACKET.search(line.text, 0, start)
    facts = p.parse(m.group(1), top=False, allow_prefix_date=False) if m else None
    if m is None or facts is None or not facts.credits:
        return
    before = line.text[:m.start()].rstrip()
    if before and before[-1] not in _SENTENCE_END_CHARS:
        return  # (a bracket in a sentence's middle closes no article)
    _store(doc, facts, line)
    doc.meta.add_published(value, priority=PRIORITY_DATELINE, line=line.index)
    if before:
        doc.cut(line, [(m.start(), len(line.text))], filter=filter, reason=_reason(facts))
    else:
        doc.to_metadata(line, filter=filter, reason=_reason(facts))


def take_stamp(doc: Document, line: Line, text: str, *, filter: str) -> bool:
    """A date stamp with its counters or place (``2024-01-02 12:00 · 阅读 123 · 评论 5``, ``text``
    its line's stripped text) gives the byline's date and leaves the body; False when it is none."""
    if not stamp_date_line(text):
        return False
    doc.meta.add_published(find_dates(text)[0].value, priority=PRIORITY_LABELLED, line=line.index)
    doc.to_metadata(line, filter=filter, reason="metadata:date")
    return True


def _at_most_one_date(texts: Iterator[str]) -> bool:
    """True when ``texts`` hold at most one distinct text that is a date alone (each text read once,
    and no further than a second date: a page of one number repeated is not read a line each)."""
    seen: set[str] = set()
    dates = 0
    for text in texts:
        if text not in seen:
            seen.add(text)
            if len(text) <= 40 and parse_date(text) is not None:
                dates += 1
                if dates > 1:
                    return False
    return True


# a site's web address, maybe after the site's name (http://biz.163.com, 某某市政府门户网站 www.example.gov.cn)
_SITE_ADDRESS = regex.compile(
    r"^(?:[\p{Han}A-Za-z0-9·\-]{2,20}[ \t\u3000\xa0]++)?(?:https?://|www\.)[A-Za-z0-9\-]++(?:\.[A-Za-z0-9\-]++)++/?$")
_CLAUSE_MARK = re.compile(r"[，。！？；]")
#: a site's address line is at most this long
_SITE_ADDRESS_MAX = 60


def take_site_addresses(doc: Document, lines: list[Line], top_end: int, *, filter: str) -> None:
    """A site's web address alone on its line in the page's head (above its first clause), next
    to the byline's metadata (over or under its date), is the outlet's address: byline, no article
    text (and no fact: it is the site's, not the article's)."""
    for k in range(min(top_end, len(lines))):
        line = lines[k]
        text = line.text.strip()
        if line.is_body and _CLAUSE_MARK.search(text):
            return  # the head ends at the first clause: a link further down is the text's own
        if (line.is_body and len(text) <= _SITE_ADDRESS_MAX and ("http" in text or "www." in text)
                and _SITE_ADDRESS.match(text) and _next_to_meta(lines, k)):
            doc.to_metadata(line, filter=filter, reason="metadata:byline")


def _next_to_meta(lines: list[Line], k: int) -> bool:
    """The nearest line above or under ``lines[k]`` that the cleaned text would show next to
    it (junk dropped between is skipped, at most two lines) is a metadata line."""
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(lines) and abs(j - k) <= 3 and lines[j].state == DROPPED:
            j += step
        if 0 <= j < len(lines) and abs(j - k) <= 3 and lines[j].state == META:
            return True
    return False


def labelled_lines(heads: Sequence[str], short: Sequence[int], scans: Sequence[re.Pattern]) -> set[int]:
    """The positions ``short[k]`` of the ``heads[k]`` in which one of the label ``scans`` finds
    a match: one search of the heads joined (of each distinct head once when the lines repeat,
    as in a label flood)."""
    joined = JoinedLines(heads)
    return {short[k] for scan in scans for k in joined.hits(scan)}


def claim(p: _Parser, text: str) -> Optional[str]:
    """The metadata filter's claim on a line of ``text`` (read with ``p``): the reason it leaves the
    body when it is all metadata by itself, wherever it stands; else ``None``."""
    facts = p.parse(text.strip(), top=False)
    return _reason(facts) if facts is not None and (facts.sources or facts.credits or facts.dates) else None


def claims_of(p: _Parser, texts: Sequence[str]) -> list[Optional[str]]:
    """:func:`claim` of each of ``texts``: only the texts that hold a label (or one spaced out at
    their start, 作　者：), found by one search of the texts joined, are parsed."""
    out: list[Optional[str]] = [None] * len(texts)
    for k in labelled_texts(p, texts):
        out[k] = claim(p, texts[k])
    return out


def labelled_texts(p: _Parser, texts: Sequence[str]) -> list[int]:
    """The positions of the ``texts`` in which :meth:`_Parser.parse` may find a field (every
    one it finds one in is among them), in order: one search of the stripped texts joined
    for each of the parser's field scans."""
    joined = JoinedLines(list(map(str.strip, texts)))
    return sorted({k for scan in p.field_scans for k in joined.hits(scan)})


def past_inert(texts: Sequence[str], k: int, inert: Container[str], labelled: Container[int],
               inert_parsed: Container[str], labelled_sorted: Sequence[int]) -> int:
    """The first position from ``k`` on that ends a run of repeats that do nothing: its text is
    not ``inert``, or its line is ``labelled`` (``labelled_sorted``: the same positions, sorted)
    and its text not ``inert_parsed``; ``len(texts)`` when the run goes on to the end.

    Blocks of lines with no labelled one are tested at once (a scan in C), twice as many each
    time they hold: a page of one line repeated costs no Python step a line. A block that
    breaks is walked line by line, as each line would be asked alone."""
    n = len(texts)
    step = 8
    while k < n:
        end = min(k + step, n)
        i = bisect_left(labelled_sorted, k)
        if (i == len(labelled_sorted) or labelled_sorted[i] >= end) and all(map(inert.__contains__, texts[k:end])):
            k, step = end, 2 * step
            continue
        while k < end:
            if texts[k] not in inert or (k in labelled and texts[k] not in inert_parsed):
                return k
            k += 1
        step = 8
    return n
