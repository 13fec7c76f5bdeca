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
(``……。（记者 张三）``), fields after the last sentence of the last lines
(``……。责任编辑：张三``), and the reporter of a dateline
(``新华社巴黎12月9日电（记者唐霁）``, ``本报北京11月25日电 记者张三报道：``,
``南都讯 记者 张三 近日，…``) is credited while the lead stays. An outlet whose
name starts like a person's (``lexicons/outlet_names.txt``: 南都, 华商) is never
taken for one of the people it credits (``记者 南都 张三``).

Lines that name someone without a label (an outlet or account name next to
the byline date) leave the body as ``metadata:byline`` but are not stored:
nothing says whether they are a source, an author or an account.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from itertools import accumulate
from operator import attrgetter, itemgetter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Container, Optional, Sequence, Union

import regex

from ..dates import find_dates, parse_date
from ..document import BODY, TITLE, Document, Line
from ..errors import ConfigError
from ..lexicons import entries, rows
from ..lexicons.traditional import both_scripts
from ..model import ROLES, Publication
from .base import Filter
from .publication import PRIORITY_PUBLICATION, match_publication

#: kinds of facts a label can announce besides a credited person's role
FACT_KINDS = ("source", "published", "time", "updated", "original_title", "original_url", "ignore", "note",
              "event", "caption")
KINDS = FACT_KINDS + tuple(ROLES)

#: credited roles that are neither writers nor editors (their values need person-like names)
_MINOR_ROLES = frozenset({"photographer", "producer", "translator", "other"})
_REVIEW_ROLES = frozenset({"reviewer", "final_reviewer"})

# published candidates: the highest priority wins (see MetadataDraft.published)
PRIORITY_LABELLED = 30  # 发布时间：…, or the byline date near the title
PRIORITY_IN_VALUE = 20  # a date found inside another field, away from the top
PRIORITY_UPDATED = 15  # 更新时间：…
PRIORITY_PAGE_HEADER = 8  # a site header's date above the title, when a byline date follows it
PRIORITY_DATELINE = 5  # 新华社北京2019年9月7日电: below the print-edition line (10)

_REASON = {
    "source": "metadata:source",
    "published": "metadata:date",
    "time": "metadata:date",
    "note": "metadata:byline",
    "updated": "metadata:date",
    "original_title": "metadata:original-title",
    "original_url": "metadata:original-url",
    "ignore": "metadata:other",
}

_HAN = r"\p{Han}"
# what `regex` takes for \s, spelled out for the standard engine (whose \s also takes \x1c-\x1f)
_WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_HAN_RE = regex.compile(_HAN)
_BARE_NAME = regex.compile(rf"{_HAN}{{2,4}}")
_WORDS = regex.compile(r"\S+")
_DIGIT = regex.compile(r"\d")
_URL = regex.compile(r"https?://|www\.")
_SHORT_NAME = regex.compile(rf"{_HAN}{{2,5}}")
_LETTER = regex.compile(r"[\p{Han}A-Za-z]")
# plain character classes run on the standard engine (re): several times faster on a short text
_SENTENCE_PUNCT = re.compile(r"[。！？!?；;，,“”\"：:]")
_CLAUSE_END = re.compile(r"[。！？!?；;：:“”\"]")
_END_PUNCT = re.compile(r"[。！？!?；;，,“”\"]")
_EXPLICIT_CHARS = frozenset(":：|丨｜/】]")
_BYLINE_SEP = set(" \t\u3000\xa0|丨｜/")
_BOUNDARY_BEFORE = set(" \t\u3000\xa0|丨｜【[（(,，;；】])」—■□●◆▶·•・▪")
_OPEN = "（(【[〔"
_CLOSE = {"（": "）", "(": ")", "【": "】", "[": "]", "〔": "〕"}
# list bullets before and between fields: · 来源：新华网, ● 来源：新华网 ● 作者：张三
_BULLETS = "■□●◆▶·•・▪►▸◇○◎★☆※*>»-–—"
_VALUE_EDGE = " \t\u3000\xa0|丨｜:：■□●◆·•・▪,，;；"
_STAFF_CODE = regex.compile(r"[_\-－—]?[A-Za-z]{1,6}\d{2,8}$")
# 吴九 (Z0001), 张三（北京大学教授）, [美]约翰·史密斯: a staff code, an affiliation or a
# nationality next to a name
_BRACKETED_NOTE = regex.compile(r"[（(\[［〔][^（）()\[\]［］〔〕]{1,20}[)）\]］〕]")
_PURE_CODE = regex.compile(r"[A-Za-z]{1,6}\d{2,8}")
_STRICT_NAME = regex.compile(rf"(?:{_HAN}{{2,4}}|{_HAN}{{1,6}}[·•]{_HAN}{{1,8}}|[A-Za-z][A-Za-z.'\-]{{1,30}})")
_LOOSE_NAME = regex.compile(r"[^\s，。！？!?：:；;“”\"（）()\[\]【】]{1,14}")
_ASCII_NAME = regex.compile(r"[A-Za-z][A-Za-z .'\-]{0,40}")
_NAME_SPLIT = regex.compile(r"[、,，;；/&]+")
_COMMA = re.compile(r"[,，]")
# 张三 发自北京, 张三 北京报道: where the reporter filed from
_FROM_PLACE = regex.compile(both_scripts(r"发自\S*$|(?<=\s)\p{Han}{0,6}报道$"))
_PAIRS = {"《": "》", "〈": "〉", "【": "】", "[": "]", "「": "」", "（": "）", "(": ")", "“": "”", "\"": "\""}
_CLOSERS = {c: o for o, c in _PAIRS.items()}
_DIGIT_START = regex.compile(r"\s*[0-9０-９]")
_RELATIVE_TIME = regex.compile(r"(?:昨天|今天|前天|刚刚|\d{1,2}\s*(?:秒|分钟|小时|天)前)(?:\s*\d{1,2}[:：]\d{2})?")
_YEAR_LINE = regex.compile(r"(?:19|20)\d{2}")
_MONTH_DAY_LINE = regex.compile(r"(\d{1,2})[/\-.](\d{1,2})")
_TIME_LINE = regex.compile(r"(\d{1,2})[:：](\d{1,2})(?:[:：](\d{2}))?")
_PARAGRAPH_PUNCT = re.compile(r"[，。；！？]")
_PHOTO_CREDIT_END = regex.compile(both_scripts(r"(?:摄|供图|摄影)\s*[)）]?\s*$"))
_TRAILING_BRACKET = regex.compile(r"[（(【\[]\s*([^（）()【】\[\]]{2,80}?)\s*[)）】\]]\s*$")
_LEADING_BRACKET = regex.compile(r"[（(【\[]\s*([^（）()【】\[\]]{2,40}?)\s*[)）】\]]")
# 本报北京11月25日电  记者张三报道：… (a dateline's reporter with no brackets)
_DATELINE_REPORTER = regex.compile(both_scripts(
    r"(?:电|讯)[ \t\u3000\xa0]*(?P<label>(?:本报|本台|新华社|特约|见习|实习|首席)?记者)"
    r"[ \t\u3000\xa0]*(?P<names>[\p{Han}·、 \t\u3000\xa0]{2,24}?)[ \t\u3000\xa0]*报道"))
# 南都讯 记者 张三 通讯员 李四 近日，…: credits after the dateline, then white space and the lead
_DATELINE_CREDITS = regex.compile(both_scripts(
    r"(?:电|讯)[ \t\u3000\xa0]+(?P<credits>(?:(?:本报|本台|特约|见习|实习|首席)?(?:记者|通讯员|实习生)"
    r"[ \t\u3000\xa0]*\p{Han}{2,4}(?:[、 \t\u3000\xa0]\p{Han}{2,4})*[ \t\u3000\xa0]+)+)(?=\S)"))
# （实习生王金茹对此文亦有贡献）
_CONTRIBUTED = regex.compile(r"(?:对|为)(?:此文|本文|此稿|本稿)(?:亦|也)?(?:有所|有)?贡献$")
# 经过文刃重新编排, 由张三编译
_PHRASE_CREDIT = regex.compile(both_scripts(r"(?:经过?|由)\s*(?P<names>[^\s，。：:、]{2,8}?)\s*(?:重新|负责|统一)?(?P<label>编排|编辑|编译|翻译|校对|整理)"))
_DATELINE_END = regex.compile(both_scripts(r"\s*(?:电|讯|消息)"))
#: a line that is only a date starts with one of these
_DIGITS = frozenset("0123456789０１２３４５６７８９")
_DIGIT_CHAR = re.compile("[0-9０-９]")  # (_DIGITS)
# 一、, 第一部分, （一）, 1. : a heading's number
_NUMBERED_HEADING = regex.compile(
    r"(?:[一二三四五六七八九十百]+[、.．]|第[一二三四五六七八九十百0-9]+[部章节篇条讲]|[（(][一二三四五六七八九十0-9]+[)）]"
    r"|[0-9]+[、.．])")
# 城市观察（ID：citywatch）: an account's ID after its name
_ACCOUNT_ID = regex.compile(r"[（(][ \t\u3000\xa0]*(?:微信号|公众号|ID|id)[ \t\u3000\xa0]*[:：]"
                            r"[ \t\u3000\xa0]*[A-Za-z0-9_\-.]+[ \t\u3000\xa0]*[)）][ \t\u3000\xa0]*$")
# a source is no sentence; it may hold quotes (微信公众号“城市观察”)
_SOURCE_PUNCT = re.compile(r"[。！？!?；;，,]")
#: fields glued after a body line's last sentence fit in its last characters
_TAIL = 60
_SEPARATORS = frozenset(":：|")
_CLOSING_BRACKETS = frozenset(")）】]")
# a topic tag's mark (#宏观经济): a tag is no name
_HASH = frozenset("#＃")
#: how many of the last body lines may carry fields glued after their last sentence
_LAST_LINES = 3
# the last sentence's end and what follows it
_LAST_SENTENCE_END = re.compile(r"[。！？!?…”\"](?=[^。！？!?…”\"]*$)")
_SENTENCE_END = set("。！？!?…”\"")
_CLOSING_NAME = regex.compile(rf"[（(]\s*({_HAN}{{2,4}})\s*[)）]\s*$")


_text = attrgetter("text")  # (a line's text, read in C over all lines)


#: a meta line's first label ends within this many characters (after at most a date or an outlet)
_FIELD_START = 40
#: how much of a line the label scan reads: the first label and its separator
_HEAD = _FIELD_START + 8
#: a line longer than max_line_chars is a meta line only when it starts with one of these
_ORIGINAL_TITLE = ("原标题", "（原标题", "(原标题")


@dataclass(slots=True)
class _Field:
    label: str
    kind: str
    start: int  # where the label starts in the parsed text
    value_start: int
    value_end: int
    explicit: bool  # a separator (： | /) stands between label and value
    glued: bool = False  # no separator at all


@dataclass(slots=True)
class _Facts:
    """What one line (or bracket) says, validated, before it is stored."""

    sources: list[str] = field(default_factory=list)
    credits: list[tuple[str, str, str]] = field(default_factory=list)  # role, label, name
    dates: list[tuple[int, Union[dt.date, dt.datetime]]] = field(default_factory=list)  # priority, value
    original_title: Optional[str] = None
    original_url: Optional[str] = None
    publication: Optional[Publication] = None
    kinds: list[str] = field(default_factory=list)
    dangling: Optional[tuple[str, str]] = None  # (kind, label) of an empty last field

    @property
    def reason(self) -> str:
        for kind in self.kinds:
            if kind != "ignore":
                return _REASON.get(kind, "metadata:credit")
        return "metadata:other"

    @property
    def slot(self) -> str:
        """What the line fills in a byline: a name, only a date, or neither."""
        if self.sources or self.credits or "note" in self.kinds:
            return "named"
        return "date" if self.dates or "published" in self.kinds or "time" in self.kinds else "other"

    @property
    def useful(self) -> bool:
        return any(k != "ignore" for k in self.kinds)


def _name_like(part: str) -> bool:
    """Every word of ``part`` looks like a personal name (staff codes aside)."""
    words = part.split()
    return bool(words) and all(
        _PURE_CODE.fullmatch(w) or _STRICT_NAME.fullmatch(_STAFF_CODE.sub("", w) or w) or _ASCII_NAME.fullmatch(w)
        for w in words)


def _without_affiliation(value: str) -> str:
    """``张三，北京大学教授`` → ``张三``: after a comma, a short part that is no name is a note on the names before it."""
    parts = _COMMA.split(value)
    if len(parts) > 1 and _name_like(parts[0]):
        for i in range(1, len(parts)):
            if not _name_like(parts[i]):
                rest = value[len("，".join(parts[:i])):]
                if len(rest) > 40 or _CLAUSE_END.search(rest):
                    return value  # a sentence goes on after the comma: no list of names
                return "，".join(parts[:i])
    return value


def _strip_value(text: str) -> str:
    return text.strip(_VALUE_EDGE)


def _wraps(s: str) -> bool:
    """``s[0]`` and ``s[-1]`` are one pair of brackets: ``《甲》`` yes, ``《甲》《乙》`` no."""
    opener, closer = s[0], s[-1]
    if opener == closer:
        return s.count(opener, 1, -1) == 0
    depth = 0
    for ch in s[1:-1]:
        if ch == opener:
            depth += 1
        elif ch == closer:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _source_name(value: str) -> str:
    """A source as written, without the brackets, 《》 or quotes around it.

    ``《人民日报》`` → ``人民日报``, but ``《专业无线通信》杂志`` stays as written;
    a bracket left over from the next field (``新华网】【``) goes too.
    """
    s = value.strip(_VALUE_EDGE)
    while s:
        first, last = s[0], s[-1]
        if len(s) >= 2 and _PAIRS.get(first) == last and _wraps(s):
            s = s[1:-1]
        elif last in _PAIRS and last not in _CLOSERS:
            s = s[:-1]  # the opening bracket of the next field
        elif first in _CLOSERS and first not in _PAIRS:
            s = s[1:]
        elif last in _CLOSERS and last not in _PAIRS and _CLOSERS[last] not in s:
            s = s[:-1]
        elif first in _PAIRS and first not in _CLOSERS and _PAIRS[first] not in s:
            s = s[1:]
        else:
            break
        s = s.strip(_VALUE_EDGE)
    return s


def _unbracket(text: str) -> str:
    """``（责任编辑：张三）`` → ``责任编辑：张三``; anything else unchanged."""
    s = text.strip()
    if len(s) >= 2 and s[0] in _OPEN and s[-1] == _CLOSE[s[0]]:
        return s[1:-1].strip()
    return s


def _literal_alternation(phrases) -> str:
    """Like :func:`~newsclean.patterns.phrase_alternation`, for the standard ``re`` engine.

    The phrases are laid out as a trie (``来源(?:于)?|作者(?:单位)?…``): at each
    position the engine tries one branch per first character instead of one per
    phrase, and still takes the longest phrase first.

    >>> _literal_alternation(["来源", "来源于", "作者"])
    '(?:作者|来源(?:于)?)'
    """
    trie: dict = {}
    for phrase in {p for p in phrases if p}:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return "(?!)"

    def alternatives(node: dict) -> list[str]:
        return [re.escape(ch) + rest(sub) for ch, sub in sorted(node.items()) if ch]

    def rest(node: dict) -> str:
        alts = alternatives(node)
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + "|".join(alternatives(trie)) + ")"


class _Parser:
    """Reads meta lines with one label table."""

    def __init__(self, table: dict[str, str]) -> None:
        self.kind = table
        # label scans run on every line: the standard library's engine is several
        # times faster than `regex` on an alternation of plain literals
        alt = _literal_alternation(table)
        self.label_re = re.compile(rf"(?P<label>{alt})(?P<sep>[ \t\u3000\xa0]*(?:[:：|丨｜/】\]][ \t\u3000\xa0]*)?)")
        self.any_label = re.compile(alt)
        # a quick scan of a whole document: labels of one character count only with a separator
        longer = [label for label in table if len(label) > 1]
        single = [label for label in table if len(label) == 1]
        # (two scans: one alternation of both would lose the engine's literal prefilter)
        self.scans = (re.compile(_literal_alternation(longer)),
                      re.compile(_literal_alternation(single) + r"[ \t\u3000\xa0]*[:：|丨｜/]"))
        persons = [label for label, kind in table.items() if kind in ROLES and len(label) > 1]
        self.person_labels = set(persons)
        # an outlet and a role word before the names: 南都见习记者 林子沛, 观察者网专栏作者 王文
        self.role_prefix = re.compile(rf"^[^{_WHITE_SPACE}，。：:]{{0,12}}?{_literal_alternation(persons)}[ \t\u3000\xa0:：]*")
        events = [label for label, kind in table.items() if kind == "event"]
        self.event_start = re.compile(rf"[ \t\u3000\xa0]*{_literal_alternation(events)}[ \t\u3000\xa0]*[:：]")
        self.stopwords = set(entries("credit_stopwords.txt"))
        self.surnames = frozenset(entries("surnames.txt"))
        self.outlets = frozenset(entries("outlet_names.txt"))  # 南都: a surname's character, no person
        # （德清县发改局） closing the body: the unit that wrote it
        self.closing_organisation = regex.compile(
            rf"[（(]\s*({_HAN}{{2,14}}(?:{_literal_alternation(entries('organisation_suffixes.txt'))}))\s*[)）]\s*$")
        self.phrase_chars = frozenset(entries("byline_phrase_chars.txt"))
        card = rows("author_card_words.tsv", 2)
        self.card_start = re.compile(_literal_alternation([w for w, kind in card if kind == "start"]))
        self.card_title = re.compile(_literal_alternation([w for w, kind in card if kind == "title"]) + "$")

    # ------------------------------------------------------------ fields
    def fields(self, text: str) -> Optional[tuple[str, list[_Field]]]:
        """The labelled fields of ``text`` and the text before the first one."""
        # the first field starts near the line's start (after at most a date or an outlet)
        if not self.any_label.search(text, 0, _FIELD_START):
            return None
        found: list[_Field] = []
        for m in self.label_re.finditer(text):
            label, sep = m.group("label", "sep")
            start = m.start()
            explicit = not _EXPLICIT_CHARS.isdisjoint(sep)
            if len(label) == 1 and not explicit:
                continue
            before = text[start - 1] if start else " "
            at_boundary = before in _BOUNDARY_BEFORE or before.isdigit()
            if not at_boundary:
                first_person = not found and self.kind[label] in ROLES
                glued_colon = len(label) >= 2 and (":" in sep or "：" in sep)
                if not (glued_colon or first_person):
                    continue
            found.append(_Field(label, self.kind[label], start, m.end(), len(text), explicit, not sep))
            if found[-1].kind in ("original_title", "original_url"):
                break  # the rest of the line is the title or the address, labels and all
        if not found:
            return None
        for a, b in zip(found, found[1:]):
            a.value_end = b.start
        return text[:found[0].start], found

    def event_time(self, facts: _Facts, lines: list[Line], k: int) -> bool:
        """``lines[k]`` only gives a 时间/日期 and a line next to it is an event field (地点：…)."""
        if "time" not in facts.kinds or any(kind not in ("time", "ignore") for kind in facts.kinds):
            return False
        return any(0 <= j < len(lines) and self.event_start.match(lines[j].text) for j in (k - 1, k + 1))

    # ------------------------------------------------------------ values
    def names(self, value: str, *, strict: bool, glued: bool = False) -> Optional[list[str]]:
        """The person names in a credit value, or None when it is not a list of names.

        ``strict``: each name must look like a personal name (2–4 Chinese
        characters, a foreign name); ``glued`` (no separator after the label):
        a Chinese name must also start with a common surname.
        """
        v = _BRACKETED_NOTE.sub(" ", value).strip()
        v = _CONTRIBUTED.sub("", _FROM_PLACE.sub("", v).rstrip()).rstrip()
        m = self.role_prefix.match(v)
        if m and m.end() + 1 < len(v):  # not 城市观察编辑部 → 部: a name has two characters at least
            v = v[m.end():]
        if not glued:
            v = self._without_job_title(_without_affiliation(v))
        v = self._without_outlet(v)
        out: list[str] = []
        if not strict and len(_WORDS.findall(v)) > 1:
            strict = True  # a list of several: each must look like a name
        for part in _NAME_SPLIT.split(v):
            part = part.strip()
            if not part:
                continue
            if _ASCII_NAME.fullmatch(part) and not _PURE_CODE.fullmatch(part.replace(" ", "")):
                tokens = [part] if len(part.split()) <= 3 else part.split()
            else:
                tokens = part.split()
            for tok in tokens:
                if _PURE_CODE.fullmatch(tok):
                    continue
                if _HAN_RE.search(tok):
                    tok = _STAFF_CODE.sub("", tok)
                if not tok or tok in self.stopwords or tok.lower() in self.stopwords:
                    continue
                if tok[0] in _HASH:
                    return None  # #宏观经济: a topic tag, no name
                ok = (_STRICT_NAME.fullmatch(tok) or _ASCII_NAME.fullmatch(tok)
                      or (not strict and _LOOSE_NAME.fullmatch(tok)))
                if ok and glued and _HAN_RE.match(tok) and not self.is_bare_name(tok):
                    ok = False
                if not ok:
                    return None
                out.append(tok)
        if len(out) > 8:
            return None
        return out

    def _without_job_title(self, value: str) -> str:
        """``张三 某某研究院研究员`` → ``张三``: a last word ending in a job title
        (``author_card_words.tsv``) after names is the person's affiliation."""
        words = _WORDS.findall(value)
        if len(words) < 2 or len(words[-1]) < 3 or not self.card_title.search(words[-1]):
            return value
        if not all(_name_like(w) for w in words[:-1]):
            return value
        return value[:value.rindex(words[-1])].rstrip()

    def _without_outlet(self, value: str) -> str:
        """``财新 张三`` → ``张三``: a first word that is no personal name before words that all
        are (common surnames) is the outlet the people write for, not one of them."""
        words = _WORDS.findall(value)
        if (len(words) < 2 or not _SHORT_NAME.fullmatch(words[0]) or self.is_bare_name(words[0])
                or _NAME_SPLIT.search(value) or not all(self.is_bare_name(w) for w in words[1:])):
            return value
        return value[value.index(words[0]) + len(words[0]):].strip()

    def is_author_card(self, text: str) -> bool:
        """``王文中国人民大学重阳金融研究院执行院长``: a name glued to an affiliation and a job title.

        The name is where an affiliation's opening word (中国, 北京 …) starts right
        after two or three characters that are a personal name.
        """
        if not 8 <= len(text) <= 40 or not _HAN_RE.match(text) or _SENTENCE_PUNCT.search(text):
            return False
        if not self.card_title.search(text):
            return False
        return any(self.is_bare_name(text[:n]) and self.card_start.match(text, n) for n in (2, 3))

    def is_bare_name(self, name: str) -> bool:
        """A 2–4 character Chinese name starting with a common surname."""
        if not _BARE_NAME.fullmatch(name) or name in self.stopwords or name in self.outlets:
            return False
        return (name[:1] in self.surnames and len(name) <= 3) or (name[:2] in self.surnames and len(name) >= 3)

    # ------------------------------------------------------------ lines
    def parse(self, text: str, *, top: bool, allow_prefix_date: bool = True) -> Optional[_Facts]:
        """The facts ``text`` states when all of it is metadata, else None."""
        parsed = self.fields(text)
        if parsed is None:
            return None
        prefix, fields = parsed
        facts = _Facts()
        pre = prefix.strip(" \t\u3000\xa0|丨｜【[" + _BULLETS)
        outlet = False
        if (len(fields) == 1 and fields[0].glued and not text[fields[0].value_start:].strip()
                and fields[0].kind != "original_url"):
            return None  # a lone word such as 设计 or 记者 is no field (原文链接 is: its address follows)
        if pre:
            dates = find_dates(pre) if allow_prefix_date else []
            if dates and dates[0].start == 0 and not pre[dates[0].end:].strip():
                facts.dates.append((PRIORITY_LABELLED if top else PRIORITY_IN_VALUE, dates[0].value))
                facts.kinds.append("published")
            elif (fields[0].kind in ROLES and len(pre) <= 10
                    and not _SENTENCE_PUNCT.search(pre) and _LETTER.search(pre) and not find_dates(pre)):
                outlet = True  # 澎湃新闻记者 段彦超, 21世纪经济报道 记者 张三: an outlet before the role word
            elif not any(ch.isalnum() for ch in pre):
                pass  # signs only (?  ?  ?记者：张三, &（来源：新华网）): a scrap, the line is still a field line
            elif not (sum(f.kind != "ignore" for f in fields) >= 2 and len(pre) <= 20
                      and not _CLAUSE_END.search(pre)):
                # a heading before several fields (版权声明 来源：… 作者：…) is allowed; else no
                return None
        # a photo credit label (图片：…) is the captions filter's, unless other credits share
        # the line (文字：张三 图片：李四): then it credits a photographer
        credits_too = any(f.kind in ROLES for f in fields)
        for i, f in enumerate(fields):
            if f.kind == "caption":
                if not credits_too:
                    return None
                f = _Field(f.label, "photographer", f.start, f.value_start, f.value_end, f.explicit, f.glued)
            last = i == len(fields) - 1
            raw = text[f.value_start:f.value_end]
            value = _strip_value(raw)
            if not self._take(facts, f, value, top=top):
                return None
            if last and not value:
                facts.dangling = (f.kind, f.label)
        if outlet and not facts.credits:
            return None
        if len(fields) == 1 and fields[0].glued and fields[0].kind in ROLES and not facts.credits:
            return None  # 作者简介: a role word glued to a word that is no name is a heading
        return facts

    def phrase(self, text: str) -> Optional[_Facts]:
        """A credit said in a short sentence: ``经过文刃重新编排``."""
        m = _PHRASE_CREDIT.fullmatch(text)
        if not m:
            return None
        role = self.kind.get(m.group("label"))
        names = self.names(m.group("names"), strict=True) if role in ROLES else None
        if not names:
            return None
        return _Facts(credits=[(role, m.group("label"), n) for n in names], kinds=[role])

    def _take(self, facts: _Facts, f: _Field, value: str, *, top: bool) -> bool:
        kind = f.kind
        facts.kinds.append(kind)
        if kind == "event":
            return False  # 地点：…: a notice printed in the article
        if kind in ("published", "time", "updated"):
            if not value:
                return True
            if _RELATIVE_TIME.match(value):
                return True
            if not _DIGIT_START.match(value):
                return False
            dates = find_dates(value, short_year=True)
            rest = value[dates[0].end:] if dates and dates[0].start == 0 else value
            if "：" in rest or len(rest.strip()) > 30:
                return False  # 时间：10月1日 地点：北京 is a notice in the article, not its date
            if dates and dates[0].start == 0:
                prio = PRIORITY_UPDATED if kind == "updated" else PRIORITY_LABELLED
                facts.dates.append((prio, dates[0].value))
            return True
        if kind == "ignore":
            return len(value) <= 14
        if kind == "original_title":
            if f.glued and not value.startswith("《"):
                return False  # 原标题背后的故事 is a heading; 原标题《…》 is a field
            title = _unbracket(value).strip("《》 \t\u3000")
            if len(title) > 120:
                return False
            facts.original_title = title or None
            return True
        if kind == "original_url":
            if value and not _URL.search(value):
                return False
            facts.original_url = value or None
            return True
        if not value and (kind == "source" or kind in ROLES):
            return True  # 来源：, 责任编辑：: the value may be on the next line
        # a date at the end of another field's value: 来源：新华网 2019-12-10
        dates = find_dates(value)
        dated = bool(dates and dates[-1].end == len(value) and dates[-1].start > 0)
        if dated:
            facts.dates.append((PRIORITY_LABELLED if top else PRIORITY_IN_VALUE, dates[-1].value))
            value = _strip_value(value[:dates[-1].start])
        if kind == "note":
            # 原创： 张三编译 某某公众号, （作者单位：某某大学）; a short label (原创) needs
            # a separator or a byline date: 原创 音乐剧首演 is a heading
            if len(f.label) < 3 and not (f.explicit or dated):
                return False
            return len(value) <= 30 and not _SENTENCE_PUNCT.search(value)
        if kind == "source":
            pub = match_publication(value)
            if pub is not None:  # 来源：《人民日报》（2024年11月25日 第11版）
                facts.publication = pub
                facts.sources.append(pub.name or "")
                return True
            src = _source_name(_ACCOUNT_ID.sub("", value))
            if len(src) > (12 if f.glued else 40) or _SOURCE_PUNCT.search(src):
                return False
            if src:
                facts.sources.append(src)
            return True
        # a credited person
        if _PHOTO_CREDIT_END.search(value):
            return False  # ……张三 摄 is a photo credit: the captions filter's
        # 设计：简约大方 in a product list is no credit: the roles that are not
        # the article's writers and editors need a name that looks like a person's
        minor = kind in _MINOR_ROLES
        # reviewers are people (一审：张某被判处有期徒刑三年 is a verdict, no name)
        strict = minor or not f.explicit or kind in _REVIEW_ROLES
        names = self.names(value, strict=strict, glued=f.glued or minor)
        if names is None:
            return False
        facts.credits.extend((kind, f.label, n) for n in names)
        return True

    def value_line(self, kind: str, text: str) -> Optional[_Facts]:
        """``text`` as the value of a label left empty on the line before, or None."""
        s = text.strip()
        if kind == "original_url":  # an address alone on its line, however long
            return _Facts(kinds=[kind], original_url=s) if _URL.match(s) and len(s.split()) == 1 else None
        if not s or len(s) > 40 or self.any_label.match(s):
            return None
        facts = _Facts(kinds=[kind])
        if kind in ("published", "time", "updated"):
            value = parse_date(s, short_year=True)
            if value is None:
                return None
            facts.dates.append((PRIORITY_UPDATED if kind == "updated" else PRIORITY_LABELLED, value))
        elif _DIGIT_START.match(s) or find_dates(s):
            return None  # 作者： over a date line: the date is no name
        elif kind in ("ignore", "note"):
            # 所属分类： over 头条, 作者单位： over 北京大学: a value that is not stored
            if len(s) > (8 if kind == "ignore" else 30) or _SENTENCE_PUNCT.search(s):
                return None
        elif kind == "source":
            s = _ACCOUNT_ID.sub("", s).rstrip()
            if len(s) > 20 or _SOURCE_PUNCT.search(s) or ":" in s or "：" in s:
                return None
            facts.sources.append(_source_name(s))
        elif kind in ROLES:
            names = self.names(s, strict=False)
            if not names or _SENTENCE_PUNCT.search(s):
                return None
            facts.credits.extend((kind, "", n) for n in names)
        else:
            return None
        return facts


@lru_cache(maxsize=16)
def _parser(extra: tuple[tuple[str, str], ...]) -> _Parser:
    table = {label: kind for label, kind in rows("metadata_labels.tsv", 2)}
    table.update(extra)
    return _Parser(table)


def is_person_name(name: str) -> bool:
    """A 2–4 character Chinese name that starts with a common surname (``lexicons/surnames.txt``).

    >>> is_person_name("张巨峰"), is_person_name("欧阳修"), is_person_name("完"), is_person_name("视觉")
    (True, True, False, False)
    """
    return _parser(()).is_bare_name(name)


def states_facts(text: str) -> bool:
    """``text`` is all metadata by itself: a labelled field (来源：新华网) or credit (本报记者 张三).

    For filters before this one that find junk glued to a field line and cut only the junk.

    >>> states_facts("来源：新华网"), states_facts("本报记者 张三"), states_facts("版权所有")
    (True, True, False)
    """
    facts = _parser(()).parse(text.strip(), top=False)
    return facts is not None and bool(facts.sources or facts.credits or facts.dates)


_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?]")
# 文章来源：, 作者: at the start (not the colon of 本文来自公众号“某某”（ID：abc）)
_LABEL_COLON = regex.compile(r"\p{Han}{1,6}[ \t\u3000\xa0]*[:：]")


def store_field_clauses(doc: Document, line: Line) -> None:
    """Store the sources and credits of a notice's clauses that are labelled fields
    (``文章来源：某某网，版权归原作者所有。``, ``本文来自公众号某某（ID：abc），作者：张三，经授权发布。``).

    For the notices filter: such a line leaves the body as a notice, but those clauses
    are fields this filter did not read (the line is not all metadata). Only a clause
    that opens with a label and its colon counts: ``（本文来自澎湃新闻，…）`` is the
    platform's statement, no source.
    """
    text = line.text.strip().lstrip(_OPEN)
    p = _parser(())
    pos = 0
    for m in _CLAUSE_BREAK.finditer(text + "。"):
        clause = text[pos:m.start()].strip().lstrip(_OPEN)
        pos = m.end()
        if not _LABEL_COLON.match(clause):
            continue
        facts = p.parse(clause, top=False, allow_prefix_date=False)
        if facts is not None and (facts.sources or facts.credits):
            _store(doc, _Facts(sources=facts.sources, credits=facts.credits), line)


def _store(doc: Document, facts: _Facts, line: Line, dangling_label: str = "") -> None:
    meta = doc.meta
    for s in facts.sources:
        meta.add_source(s)
    for role, label, name in facts.credits:
        meta.add_credit(role, label or dangling_label, name)
    for prio, value in facts.dates:
        meta.add_published(value, priority=prio, line=line.index)
    if facts.original_title and meta.original_title is None:
        meta.original_title = facts.original_title
    if facts.original_url and meta.original_url is None:
        meta.original_url = facts.original_url
    if facts.publication is not None:
        if meta.publication is None:
            meta.publication = facts.publication
        if facts.publication.date is not None:
            meta.add_published(facts.publication.date, priority=PRIORITY_PUBLICATION, line=line.index)


def _title_slot(doc: Document, lines: list[Line]) -> Optional[Line]:
    """The line that may be the title: the first body line, unless a title was already found."""
    if not lines or doc.line_of(TITLE) is not None:
        return None
    return lines[0]


def _stays_in_text() -> Callable[[str], bool]:
    """A test of whether a line stays in the cleaned text as far as the filters after this one go:
    no caption, no notice (the lines this filter counts, as cleaning the text again counts them)."""
    from .captions import reads_as_caption  # (imported here: captions imports this module)
    from .notices import ExtractNotices

    is_notice = ExtractNotices().is_notice
    return lambda text: not reads_as_caption(text) and not is_notice(text)


def _is_paragraph(text: str) -> bool:
    s = text.strip()
    return len(s) >= 40 and bool(_PARAGRAPH_PUNCT.search(s))


def _short_name_line(text: str, stopwords: Container[str] = frozenset(),
                     phrase_chars: frozenset[str] = frozenset()) -> bool:
    """A byline-slot name: short, no sentence punctuation, not a number, not a numbered
    heading (一、基本情况, 第一部分), a heading word (导语, in ``stopwords``), a topic tag (#宏观经济)
    nor a phrase (a deck: it holds a particle of ``phrase_chars``, 了 or 吗)."""
    s = text.strip()
    return (0 < len(s) <= 12 and s[0] not in _HASH and not _SENTENCE_PUNCT.search(s) and _LETTER.search(s)
            and not find_dates(s) and not _PHOTO_CREDIT_END.search(s)
            and not _NUMBERED_HEADING.match(s) and s not in stopwords and phrase_chars.isdisjoint(s))


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

    def __post_init__(self) -> None:
        bad = {k: v for k, v in self.extra_labels.items() if v not in KINDS or not k.strip()}
        if bad:
            raise ConfigError(f"metadata: unknown kinds in extra_labels {bad}; kinds are: {', '.join(KINDS)}")

    def _parser(self) -> _Parser:
        return _parser(tuple(sorted(self.extra_labels.items())))

    def apply(self, doc: Document) -> None:
        p = self._parser()
        lines = doc.body_text_lines()
        if not lines:
            return
        # each line's text as the loop below reaches it: only the line at hand is ever cut
        texts = list(map(str.strip, map(_text, lines)))
        # what a text says as a meta line, read once a document (facts are only read after):
        # a page that repeats its labels (来源： 责编：) costs one parse a distinct text
        parsed: dict[tuple[str, bool], Optional[_Facts]] = {}
        # the byline zone: from the top to the first paragraph
        stays = _stays_in_text()
        top_end = min(len(lines), self.top_lines)
        for k in range(top_end):
            # (a caption or a notice is no paragraph: a later filter takes it, the cleaned text has it not)
            if _is_paragraph(texts[k]) and stays(texts[k]):
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
        joined = "\n".join(heads)
        starts: list[int] = []

        def owners(found: list[int]) -> set[int]:
            """The lines of ``short`` the offsets ``found`` of ``joined`` are in."""
            if found and not starts:
                starts.extend(accumulate([len(head) + 1 for head in heads], initial=0))
            return {short[bisect_right(starts, i) - 1] for i in found}

        labelled = owners([m.start() for scan in p.scans for m in scan.finditer(joined)])
        # meta lines in the byline zone: position in `lines` → "date", "named" or "other"
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
        firsts = "".join(map(itemgetter(0), texts))  # (firsts[k] is texts[k][0])
        lone_date = len({texts[k] for k in (m.start() for m in _DIGIT_CHAR.finditer(firsts, top_end))
                         if len(texts[k]) <= 40 and parse_date(texts[k]) is not None}) <= 1
        n = len(lines)
        title_slot = _title_slot(doc, lines)  # this filter marks no title: the same all along
        k = 0
        while k < n:
            line = lines[k]
            text = texts[k]
            top = k < top_end
            if dangling is not None:
                facts = p.value_line(dangling[0], text)
                if facts is not None:
                    _store(doc, facts, line, dangling[1])
                    doc.to_metadata(line, filter=self.name, reason=facts.reason)
                    if top:
                        byline[k] = facts.slot
                    dangling = None
                    k += 1
                    continue
            dangling = None
            if inert and not top and text in inert and (k not in labelled or text in inert_parsed):
                # a repeat of a text that did nothing here but be counted does nothing either
                # (what changed since only makes fewer rules apply): a page of one line repeated
                k += 1
                while k < n and texts[k] in inert and (k not in labelled or texts[k] in inert_parsed):
                    k += 1
                continue
            if not top and lead_left == 0 and kept >= far:
                # the common case, paragraphs far from the top (all lines from here on):
                # only a labelled line or a trailing bracket can be meta
                while k < n and k not in labelled:
                    if texts[k][-1:] in ")）】]":
                        self._trailing_bracket(doc, lines[k], p)
                    kept += 1
                    k += 1
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
                facts = p.phrase(_unbracket(text))
            event = facts is not None and p.event_time(facts, lines, k)
            if event:
                facts = None  # 时间：… over 地点：…: an event notice in the article
            if facts is not None and facts.useful:
                _store(doc, facts, line)
                doc.to_metadata(line, filter=self.name, reason=facts.reason)
                dangling = facts.dangling
                if top:
                    byline[k] = facts.slot
                k += 1
                continue
            # (only the first two matter; a caption or a notice is no paragraph of the cleaned text)
            if paragraphs_seen < 2 and paragraph_like and len(text) >= 40 \
                    and "".join(text.split()) not in paragraphs and stays(text):  # _is_paragraph: text is stripped
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
            if len(text) > 4 and text[-1] in ")）】]" and (not top or (paragraph_like and line is not title_slot)):
                # (the line is as it was: the end test _trailing_bracket makes first, made here)
                self._trailing_bracket(doc, line, p, sentence_before=top)
            # (a repeat, a caption or a notice is gone from the cleaned text: not counted)
            c = "".join(text.split())
            if c not in kept_texts and stays(text):
                kept += 1
                kept_texts.add(c)
            elif not top and facts is None and not event and text[-1] not in ")）】]" \
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
        for k in range(n - 1, -1, -1):
            line = lines[k]
            if last == _LAST_LINES:
                break
            # (a line's text is still texts[k] unless cut: the loop above cut only trailing brackets)
            bracketed = texts[k][-1] in _CLOSING_BRACKETS
            if line.state == BODY and (not bracketed or line.text.strip()):
                raw = line.text
                if not _SEPARATORS.isdisjoint(raw[-_TAIL - 1:]):  # (the first test _trailing_fields makes)
                    self._trailing_fields(doc, line, p)
                text = line.text.strip() if bracketed or line.text is not raw else texts[k]
                repeat = text == below
                if not repeat and len(text) >= 30 and _PARAGRAPH_PUNCT.search(text):
                    if not first_at:
                        for i, t in enumerate(texts):
                            first_at.setdefault(t, i)
                    repeat = first_at.get(text, k) < k
                if not repeat and stays(text):
                    last += 1
                below = text
        self._closing_name(doc, p)
        # an author card in the byline zone (王文中国人民大学重阳金融研究院执行院长)
        for k in range(1, top_end):
            if lines[k].is_body and p.is_author_card(texts[k]):
                doc.to_metadata(lines[k], filter=self.name, reason="metadata:byline")
                byline[k] = "named"
        title = self._page_header_date(doc, lines, byline)
        self._byline_names(doc, lines, byline, title)

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
        if bare_only:
            value = parse_date(text)
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
        dates = find_dates(text)
        if not dates or len(text) > 48 or match_publication(text) is not None:
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
        doc.meta.add_published(dates[0].value, priority=PRIORITY_LABELLED, line=line.index)
        doc.to_metadata(line, filter=self.name, reason="metadata:date")
        byline[k] = "named" if _LETTER.search(rest) else "date"
        return True

    def _trailing_bracket(self, doc: Document, line: Line, p: _Parser, sentence_before: bool = False) -> None:
        """``……正文最后一句。（责任编辑：张三）``: cut only the bracket.

        ``sentence_before``: only after a whole sentence (in the byline zone, where a
        heading may end in a bracket).
        """
        if line.text.rstrip()[-1:] not in ")）】]":
            return
        m = _TRAILING_BRACKET.search(line.text)
        if not m or m.start() == 0 or _PHOTO_CREDIT_END.search(m.group(1)):
            return
        if sentence_before and line.text[:m.start()].rstrip()[-1:] not in _SENTENCE_END:
            return
        facts = p.parse(m.group(1), top=False, allow_prefix_date=False)
        if facts is None or not facts.useful or all(k == "photographer" for k in facts.kinds):
            return  # ……。（摄影：张三） closes a caption: the captions filter's
        _store(doc, facts, line)
        doc.cut(line, [(m.start(), m.end())], filter=self.name, reason=facts.reason)

    def _trailing_fields(self, doc: Document, line: Line, p: _Parser) -> None:
        """``……正文最后一句。责任编辑：张三``: fields glued after the last sentence, cut."""
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
        doc.cut(line, [(start, start + len(rest))], filter=self.name, reason=facts.reason)

    def _dateline(self, doc: Document, p: _Parser, line: Line) -> None:
        """``新华社巴黎12月9日电（记者唐霁）…``: the reporter is credited, the lead stays.

        A dateline that gives the year (``本报北京2019年9月7日电``) is also the
        weakest published candidate.
        """
        head = line.text[:60]
        if "电" in head or "讯" in head:
            for d in find_dates(head):
                if _DATELINE_END.match(head, d.end):
                    doc.meta.add_published(d.value, priority=PRIORITY_DATELINE, line=line.index)
                    break
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

    def _closing_name(self, doc: Document, p: _Parser) -> None:
        """A parenthesised name closing the body, ``（张巨峰）`` or ``（德清县发改局）``, is the author."""
        last = []  # the last two body lines, last first
        for line in reversed(doc.lines):
            if line.state == BODY and line.text.strip():
                last.append(line)
                if len(last) == 2:
                    break
        if len(last) < 2:
            return
        line = last[0]
        m = _CLOSING_NAME.search(line.text)
        if not m or not p.is_bare_name(m.group(1)):
            m = p.closing_organisation.search(line.text)  # an organisation counts as an author too
            if not m:
                return
        before = line.text[:m.start()].rstrip()
        if before and before[-1] not in "。！？!?”\"…":
            return  # ……来自（江西）: a place or a note, not the closing signature
        doc.meta.add_credit("author", "", m.group(1))
        if not line.text[:m.start()].strip():
            doc.to_metadata(line, filter=self.name, reason="metadata:credit")
        else:
            doc.cut(line, [(m.start(), m.end())], filter=self.name, reason="metadata:credit")

    def _byline_names(self, doc: Document, lines: list[Line], byline: dict[int, str],
                      title: Optional[Line] = None) -> None:
        """A short name next to the byline date (``新京报``, ``石佳/中国青年报``) is meta too.

        It is not stored: with no label, it cannot be told whether it is a
        source, an author or an account. Only a byline that names no one yet
        gets one.
        """
        dated = [k for k in sorted(byline) if byline[k] in ("date", "named")]
        if not dated:
            return
        first = title or _title_slot(doc, lines)
        lo = hi = dated[0]
        while lo - 1 in byline:
            lo -= 1
        while hi + 1 in byline:
            hi += 1
        if any(byline[j] == "named" for j in range(lo, hi + 1)):
            return
        for j in (hi + 1, lo - 1):  # the slot after the date first, then the one before
            if 0 <= j < len(lines):
                line = lines[j]
                text = line.text.strip()
                if (line.is_body and line is not first
                        and _short_name_line(text, self._parser().stopwords, self._parser().phrase_chars)
                        and not any(o is not line and o.text.strip() == text for o in lines)):
                    doc.to_metadata(line, filter=self.name, reason="metadata:byline")
                    # names listed one a line right below it (several authors' names)
                    while j > hi and j + 1 < len(lines):
                        nxt = lines[j + 1]
                        if (nxt.index != lines[j].index + 1 or not nxt.is_body
                                or not _SHORT_NAME.fullmatch(nxt.text.strip())):
                            break
                        doc.to_metadata(nxt, filter=self.name, reason="metadata:byline")
                        j += 1
                    return


__all__ = ["ExtractMetadataLines", "KINDS", "is_person_name"]
