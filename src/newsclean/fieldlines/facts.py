"""What a meta line says: the kinds a label announces, a line's fields and validated facts,
and the shapes of their values (names, outlets, brackets).

Shared ground: the metadata filter reads lines with it, and the filters that
ask whether a text states facts (junk-lines, notices, captions) use
:mod:`newsclean.fieldlines` instead of importing that filter.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Optional, Union

import regex

from ..lexicons.traditional import both_scripts
from ..model import ROLES, Publication

#: kinds of facts a label can announce besides a credited person's role
FACT_KINDS = ("source", "published", "time", "updated", "original_title", "original_url", "ignore", "note",
              "event", "caption", "record", "title", "place")
KINDS = FACT_KINDS + tuple(ROLES)


# published candidates: the highest priority wins (see MetadataDraft.published)
PRIORITY_LABELLED = 30  # 发布时间：…, or the byline date near the title


_HAN = r"\p{Han}"
_SHORT_NAME = regex.compile(rf"{_HAN}{{2,5}}")
_LETTER = regex.compile(r"[\p{Han}A-Za-z]")
# plain character classes run on the standard engine (re): several times faster on a short text
_SENTENCE_PUNCT = re.compile(r"[。！？!?；;，,“”\"：:]")
_CLAUSE_END = re.compile(r"[。！？!?；;：:“”\"]")
_OPEN = "（(【[〔"
_CLOSE = {"（": "）", "(": ")", "【": "】", "[": "]", "〔": "〕"}
_VALUE_EDGE = " \t\u3000\xa0|丨｜:：︰∶■□●◆·•・▪,，;；"
_STAFF_CODE = regex.compile(r"[_\-－—]?[A-Za-z]{1,6}\d{2,8}$")
# 吴九 (Z0001), 张三（北京大学教授）, [美]约翰·史密斯: a staff code, an affiliation or a
# nationality next to a name
_BRACKETED_NOTE = regex.compile(r"[（(\[［〔][^（）()\[\]［］〔〕]{1,20}[)）\]］〕]")
_PURE_CODE = regex.compile(r"[A-Za-z]{1,6}\d{2,8}")
_STRICT_NAME = regex.compile(rf"(?:{_HAN}{{2,4}}|{_HAN}{{1,6}}[·•]{_HAN}{{1,8}}|[A-Za-z][A-Za-z.'\-]{{1,30}})")
_ASCII_NAME = regex.compile(r"[A-Za-z][A-Za-z .'\-]{0,40}")
_COMMA = re.compile(r"[,，]")
_PAIRS = {"《": "》", "〈": "〉", "【": "】", "[": "]", "「": "」", "（": "）", "(": ")", "“": "”", "\"": "\""}
_CLOSERS = {c: o for o, c in _PAIRS.items()}
_RELATIVE_TIME = regex.compile(both_scripts(r"(?:昨天|今天|前天|刚刚|\d{1,2}\s*(?:秒|分钟|小时|天)前)(?:\s*\d{1,2}[:：]\d{2})?"))
_PHOTO_CREDIT_END = regex.compile(both_scripts(r"(?:摄|供图|摄影)\s*[)）]?\s*$"))
#: a line that is only a date starts with one of these
_DIGITS = frozenset("0123456789０１２３４５６７８９")
# a topic tag's mark (#宏观经济): a tag is no name
_HASH = frozenset("#＃")


# BUSINESS.SOHU.COM　2004年7月16日08:19, http://biz.163.com　2005-04-25 …: old portals put the
# channel's address before the byline date
_SITE_ADDRESS = re.compile(r"(?:https?://)?(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,6}/?[ \t\u3000\xa0]+(?=[0-9０-９])")

#: a meta line's first label ends within this many characters (after at most a date or an outlet)
_FIELD_START = 40


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
    title: Optional[str] = None  # a catalogue table's 标题 row
    kinds: list[str] = field(default_factory=list)
    dangling: Optional[tuple[str, str]] = None  # (kind, label) of an empty last field

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


# 综合 新华社、央视新闻: a source compiled from several; the word before the list
_COMPILED = regex.compile(both_scripts(r"^综合(?:整理)?(?:自|于)?[ \t\u3000\xa0:：]*"))
# …or after it: 新华社、人民网综合, 新华社 综合报道 (a list, then the word)
_COMPILED_AFTER = regex.compile(both_scripts(r"[ \t\u3000\xa0]*(?:等[ \t\u3000\xa0]*)?综合(?:整理|报道|报导)?$"))
_SOURCE_LIST_SEP = re.compile(r"[、，,；;]")  # (the parts' white space goes with their edges)


def _source_names(value: str) -> list[str]:
    """The sources one 来源 value names: ``综合新华社、央视新闻`` → ``新华社``, ``央视新闻``.

    ``综合`` (compiled from) before a list (parts split by 、 ， ；) says the article
    was put together from each of them. Any other value is one source as written:
    ``参考消息、海外网等`` is how the page credits it, not a list to take apart.

    >>> _source_names("综合新华社、央视新闻"), _source_names("参考消息、海外网等"), _source_names("综合")
    (['新华社', '央视新闻'], ['参考消息、海外网等'], ['综合'])
    >>> _source_names("新华社、人民网综合"), _source_names("新华社 综合报道")
    (['新华社', '人民网'], ['新华社'])
    """
    s = _source_name(value)
    rest = _COMPILED.sub("", _COMPILED_AFTER.sub("", s))
    if rest == s or not rest or _COMPILED_AFTER.match("综合" + rest):  # (综合报道 names no one)
        return [s] if s else []
    parts = _SOURCE_LIST_SEP.split(rest)
    parts[-1] = parts[-1].rstrip().removesuffix("等")  # (…、雷锋网等: the list's "and others")
    return [part for part in map(_source_name, parts) if part] or [s]


def _site_address_end(text: str) -> int:
    """Where a byline starts after a site address before its date (``AUTO.SOHU.COM  2003年…``), else 0."""
    m = _SITE_ADDRESS.match(text)
    return m.end() if m else 0


# signs before a line's bracket: a scrap of markup or a bullet (&（责编：张三）, ■（来源：新华网）)
_SIGNS_BEFORE_BRACKET = 3


def _unbracket(text: str) -> str:
    """``（责任编辑：张三）`` → ``责任编辑：张三``, also behind a few signs (``&（责编：张三）``);
    anything else unchanged (stripped)."""
    s = text.strip()
    i = 0
    while i < _SIGNS_BEFORE_BRACKET and i < len(s) and s[i] not in _OPEN and not s[i].isalnum():
        i += 1
    if len(s) - i >= 2 and s[i] in _OPEN and s[-1] == _CLOSE[s[i]]:
        return s[i + 1:-1].strip()
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
