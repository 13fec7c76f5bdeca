"""Reading meta lines with one label table: labels, names, dates and sources → facts.

Also the questions other filters ask about field lines (:func:`is_person_name`,
:func:`states_facts`, :func:`store_field_clauses`), answered with the default
label table.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

import regex

from ..dates import DateMatch, find_dates, parse_date
from ..document import Line
from ..lexicons import entries, rows
from ..lexicons.traditional import both_scripts
from ..model import ROLES
from .facts import (
    PRIORITY_LABELLED, _ASCII_NAME, _BRACKETED_NOTE, _CLAUSE_END, _FIELD_START, _Facts, _Field,
    _HAN, _HASH, _LETTER, _PHOTO_CREDIT_END, _PURE_CODE, _RELATIVE_TIME, _SENTENCE_PUNCT,
    _SHORT_NAME, _STAFF_CODE, _STRICT_NAME, _literal_alternation, _name_like, _source_name, _source_names,
    _site_address_end, _strip_value, _unbracket, _without_affiliation,
)
from .facts import _COMPILED
from .posts import board_post, post_byline
from .publication import match_publication

#: credited roles that are neither writers nor editors (their values need person-like names)
_MINOR_ROLES = frozenset({"photographer", "producer", "translator", "other"})
_REVIEW_ROLES = frozenset({"reviewer", "final_reviewer"})
PRIORITY_IN_VALUE = 20  # a date found inside another field, away from the top
PRIORITY_UPDATED = 15  # 更新时间：…
# what `regex` takes for \s, spelled out for the standard engine (whose \s also takes \x1c-\x1f)
_WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_HAN_RE = regex.compile(_HAN)
_BARE_NAME = regex.compile(rf"{_HAN}{{2,4}}")
_WORDS = regex.compile(r"\S+")
_URL = regex.compile(r"https?://|www\.")
# a label's colon: Hong Kong and Taiwan pages also write ︰ (作者︰王小明), some pages ∶
_COLONS = ":：︰∶"
# what may part a label from its value (文／王小明: the full-width slash too)
_EXPLICIT_CHARS = frozenset(_COLONS + "|丨｜/／】]")
_BOUNDARY_BEFORE = set(" \t\u3000\xa0|丨｜【[（(,，;；】])」—-■□●◆▶·•・▪")
# list bullets before and between fields: · 来源：新华网, ● 来源：新华网 ● 作者：张三
_BULLETS = "■□●◆▶·•・▪►▸◇○◎★☆※*>»-–—"
_LOOSE_NAME = regex.compile(r"[^\s，。！？!?：:；;“”\"（）()\[\]【】]{1,14}")
_NAME_SPLIT = regex.compile(r"[、,，;；/&]+")
# a name of two characters spaced out to the width of three (王  芳, 赵　培): a byline's typesetting
_SPACED_NAME = regex.compile(r"(?<!\p{Han})(\p{Han})[ \t\u3000\xa0]{1,4}(\p{Han})(?!\p{Han})")
# 张三 发自北京, 张三 北京报道: where the reporter filed from
# (Taiwan pages put a slash before the place and write 報導: 記者王小明／台北報導)
_FROM_PLACE = regex.compile(both_scripts(r"发自\S*$|(?:(?<=\s)|[/／][ \t\u3000\xa0]*)\p{Han}{0,6}报[道导]$"))
# a date value starts with its digits, or with the Republic's era (民國113年1月5日)
_DIGIT_START = regex.compile(r"\s*(?:[0-9０-９]|民國|民国|[一二][〇零○一二三四五六七八九]{3}\s*年)")
# （实习生王金茹对此文亦有贡献）
_CONTRIBUTED = regex.compile(both_scripts(r"(?:对|为)(?:此文|本文|此稿|本稿)(?:亦|也)?(?:有所|有)?贡献$"))
# 经过文刃重新编排, 由张三编译
_PHRASE_CREDIT = regex.compile(both_scripts(r"(?:经过?|由)\s*(?P<names>[^\s，。：:、]{2,8}?)\s*(?:重新|负责|统一)?(?P<label>编排|编辑|编译|翻译|校对|整理)"))
# 王小明/文, 王小明 李四 文, 王小明／圖: names, then the part they had (or names alone)
_SIGNED = regex.compile(both_scripts(
    r"(?P<names>\p{Han}{2,4}(?:[ \t\u3000\xa0、]+\p{Han}{2,4}){0,3})"
    r"(?:[ \t\u3000\xa0]*[/／|｜ ][ \t\u3000\xa0]*(?P<label>文|图|摄|文图|图文|撰文|摄影))?"))
# ……。（据新华社报道）, （综合新华社、中新社报道）, （据新华社）: where the article came from, in a bracket
_ATTRIBUTED = regex.compile(both_scripts(
    r"(?P<word>据|综合(?:整理)?(?:自)?)[ \t\u3000\xa0]*(?P<names>[^\s，。：:；;！？!?（）()“”\"]{2,40}?)"
    r"[ \t\u3000\xa0]*(?:等媒体|等)?(?:综合)?(?:报道|报导|消息|电)?"))
# 城市观察（ID：citywatch）: an account's ID after its name
_ACCOUNT_ID = regex.compile(both_scripts(r"[（(][ \t\u3000\xa0]*(?:微信号|公众号|ID|id)[ \t\u3000\xa0]*[:：]"
                                         r"[ \t\u3000\xa0]*[A-Za-z0-9_\-.]+[ \t\u3000\xa0]*[)）][ \t\u3000\xa0]*$"))
# a label spaced out to align a table's column at a line's start: 标　　题：, 索 引 号：, or alone
# in its cell (标 题)
# (found at the start of a line of a document too: the scan that marks lines to parse)
_SPACED_LABEL = re.compile(r"(?<![^\n])[ \t\u3000\xa0]*(?P<label>[\u4e00-\u9fff](?:[ \t\u3000\xa0]+[\u4e00-\u9fff]){1,4})"
                           r"(?=[ \t\u3000\xa0]*(?:[:：]|$|\n))")
#: a catalogue field's value (索引号, 发文字号, 主题分类) is a code or a category, never longer
_RECORD_MAX = 40
# where a post was sent from (IP属地：广东, 内蒙古): a region's name, nothing more
_PLACE = regex.compile(r"\p{Han}{2,8}")
#: a catalogue table's 标题 is the file's title: no longer than a title
_TITLE_MAX = 120
# a source is no sentence; it may hold quotes (微信公众号“城市观察”), but no markup's
# attribute (来源： over size="20", a form's input box left by the scrape)
_SOURCE_PUNCT = re.compile(r"[。！？!?；;，,]|=\s*[\"']")
# markup's attributes alone on a line (size="20"): under a label left empty, the field's empty box
_ATTRIBUTES = re.compile(r"""(?:[A-Za-z][\w:-]*\s*=\s*(?:"[^"\n]*"|'[^'\n]*')\s*)+""")


class _Parser:
    """Reads meta lines with one label table."""

    def __init__(self, table: dict[str, str]) -> None:
        self.kind = table
        # label scans run on every line: the standard library's engine is several
        # times faster than `regex` on an alternation of plain literals
        alt = _literal_alternation(table)
        self.label_re = re.compile(rf"(?P<label>{alt})(?P<sep>[ \t\u3000\xa0]*(?:[{re.escape(''.join(sorted(_EXPLICIT_CHARS)))}][ \t\u3000\xa0]*)?)")
        self.any_label = re.compile(alt)
        # a quick scan of a whole document: labels of one character count only with a separator
        longer = [label for label in table if len(label) > 1]
        single = [label for label in table if len(label) == 1]
        # (two scans: one alternation of both would lose the engine's literal prefilter)
        self.scans = (re.compile(_literal_alternation(longer)),
                      re.compile(_literal_alternation(single) + rf"[ \t\u3000\xa0]*[{_COLONS}|丨｜/／]"),
                      _SPACED_LABEL)
        # the texts parse() may find a field in, searched for in many texts joined: a label of two
        # characters or more, one of one character with its separator (any of them, not only
        # the scans' colons), or a label spaced out at the start
        self.field_scans = (self.scans[0],
                            re.compile(_literal_alternation(single) + rf"[ \t\u3000\xa0]*[{re.escape(''.join(sorted(_EXPLICIT_CHARS)))}]"),
                            _SPACED_LABEL)
        persons = [label for label, kind in table.items() if kind in ROLES and len(label) > 1]
        self.person_labels = set(persons)
        # an outlet and a role word before the names: 南都见习记者 林子沛, 观察者网专栏作者 王文
        self.role_prefix = re.compile(rf"^[^{_WHITE_SPACE}，。：:]{{0,12}}?{_literal_alternation(persons)}[ \t\u3000\xa0:：]*")
        events = [label for label, kind in table.items() if kind == "event"]
        self.event_start = re.compile(rf"[ \t\u3000\xa0]*{_literal_alternation(events)}[ \t\u3000\xa0]*[:：]")
        self.stopwords = set(entries("credit_stopwords.txt"))
        self.surnames = frozenset(entries("surnames.txt"))
        self.outlets = frozenset(entries("outlet_names.txt"))  # 南都: a surname's character, no person
        self.dateline_places = frozenset(entries("dateline_places.txt"))  # 中央社记者王小明台北25日电
        self.outlet_endings = tuple(entries("outlet_endings.txt"))
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
        if not self.any_label.search(text, 0, _FIELD_START + _site_address_end(text)):
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
                # (a role word of one character glued to a word is part of it: 长文 |, 正文：)
                first_person = not found and self.kind[label] in ROLES and len(label) > 1
                glued_colon = len(label) >= 2 and not frozenset(_COLONS).isdisjoint(sep)
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

    def has_record_field(self, text: str) -> bool:
        """``text`` holds a catalogue table's field (索引号, 发文字号 …)."""
        parsed = self.fields(self.unspaced(text.strip()))
        return parsed is not None and any(f.kind == "record" for f in parsed[1])

    def event_time(self, facts: _Facts, lines: list[Line], k: int) -> bool:
        """``lines[k]`` only gives a 时间/日期 and a line next to it is an event field (地点：…)."""
        if "time" not in facts.kinds or any(kind not in ("time", "ignore") for kind in facts.kinds):
            return False
        return any(0 <= j < len(lines) and self.event_start.match(self.unspaced(lines[j].text.lstrip()))
                   for j in (k - 1, k + 1))

    # ------------------------------------------------------------ values
    def names(self, value: str, *, strict: bool, glued: bool = False) -> Optional[list[str]]:
        """The person names in a credit value, or None when it is not a list of names.

        ``strict``: each name must look like a personal name (2–4 Chinese
        characters, a foreign name); ``glued`` (no separator after the label):
        a Chinese name must also start with a common surname.
        """
        v = _BRACKETED_NOTE.sub(" ", value).strip()
        filed = _FROM_PLACE.sub("", v).rstrip()
        # (发自北京 closes the names: a glued name of four characters is one then, 罗科苏盈发自北京)
        closed = len(filed) < len(v.rstrip())
        v = _CONTRIBUTED.sub("", filed).rstrip()
        m = self.role_prefix.match(v)
        if m and m.end() + 1 < len(v):  # not 城市观察编辑部 → 部: a name has two characters at least
            v = v[m.end():]
        if not glued:
            v = self._without_job_title(_without_affiliation(v))
        if " " in v or "\u3000" in v or "\xa0" in v or "\t" in v:
            v = _SPACED_NAME.sub(self._unspaced_name, v)
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
                if ok and glued and _HAN_RE.match(tok) and not self.is_bare_name(tok) and not (
                        closed and len(tok) == 4 and tok[0] in self.surnames):
                    ok = False
                if not ok:
                    return None
                out.append(tok)
        if len(out) > 8:
            return None
        return out

    def _unspaced_name(self, m: regex.Match) -> str:
        """``王  芳`` → ``王芳`` when the first character is a common surname, else unchanged."""
        return m.group(1) + m.group(2) if m.group(1) in self.surnames else m.group(0)

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
    def unspaced(self, text: str) -> str:
        """``text`` with the white space inside its first label taken out when that makes a
        known label: tables align labels with spaces (``标　　题：``, ``索 引 号：``, ``作　者：``)."""
        m = _SPACED_LABEL.match(text)
        if m is None:
            return text
        label = "".join(m.group("label").split())
        return label + text[m.end("label"):] if label in self.kind else text

    def parse(self, text: str, *, top: bool, allow_prefix_date: bool = True) -> Optional[_Facts]:
        """The facts ``text`` states when all of it is metadata, else None."""
        text = self.unspaced(text)
        parsed = self.fields(text)
        if parsed is None:
            return None
        prefix, fields = parsed
        facts = _Facts()
        pre = prefix.strip(" \t\u3000\xa0|丨｜【[" + _BULLETS)
        pre = pre[_site_address_end(pre):]
        outlet = False
        if (len(fields) == 1 and fields[0].glued and not text[fields[0].value_start:].strip()
                and fields[0].kind != "original_url"):
            return None  # a lone word such as 设计 or 记者 is no field (原文链接 is: its address follows)
        if pre:
            dates = find_dates(pre) if allow_prefix_date else []
            # (the date may have the outlet after it: 2024-01-05 10:00 经济日报 记者王小明)
            after = pre[dates[0].end:].strip(" \t\u3000\xa0|丨｜/／") if dates and dates[0].start == 0 else None
            if after is not None and (not after or self._outlet_before_role(after, fields)):
                facts.dates.append((PRIORITY_LABELLED if top else PRIORITY_IN_VALUE, dates[0].value))
                facts.kinds.append("published")
                outlet = bool(after)
            elif self._outlet_before_role(pre, fields):
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

    @staticmethod
    def _outlet_before_role(pre: str, fields: list[_Field]) -> bool:
        """``pre``, before the first field, is an outlet's name and that field a role's (澎湃新闻 记者 …)."""
        return (fields[0].kind in ROLES and len(pre) <= 10 and not _SENTENCE_PUNCT.search(pre)
                and _LETTER.search(pre) is not None and not find_dates(pre))

    def post_byline(self, text: str) -> Optional[tuple[str, bool, DateMatch]]:
        """A post's header line (:func:`~newsclean.fieldlines.posts.post_byline`), this table's stopwords no names."""
        return post_byline(text, self.stopwords)

    def board_post(self, text: str) -> Optional[tuple[str, DateMatch]]:
        """A board's post header (:func:`~newsclean.fieldlines.posts.board_post`), this table's stopwords no names."""
        return board_post(text, self.stopwords)

    def reported_by(self, text: str) -> Optional[_Facts]:
        """A reporter's sign-off with no label: ``姚峰 上海报道``, ``张三 李四 发自北京``.

        Only names that start with a common surname, apart from the place by white space.
        """
        if not _FROM_PLACE.search(text):
            return None
        names = self.names(text, strict=True, glued=True)
        if not names or not all(self.is_bare_name(n) for n in names):
            return None
        return _Facts(credits=[("reporter", "", n) for n in names], kinds=["reporter"])

    def signed(self, text: str) -> Optional[_Facts]:
        """A sign-off that names the writers first and their part after (``王小明/文``, ``王小明 李四
        文``, ``王小明／圖``) or several names alone (``王小明 李四``): only personal names that
        start with a common surname."""
        m = _SIGNED.fullmatch(text.strip())
        if m is None:
            return None
        role = self.kind.get(m.group("label") or "", "author")
        names = self.names(m.group("names"), strict=True, glued=True)
        if not names or not all(self.is_bare_name(n) for n in names):
            return None
        if m.group("label") is None and len(names) < 2:
            return None  # (one name alone is the closing-name rule's)
        return _Facts(credits=[(role, m.group("label") or "", n) for n in names], kinds=[role])

    def attributed(self, text: str) -> Optional[_Facts]:
        """Where the article came from, said in a bracket: ``据新华社报道``, ``综合新华社、中新社报道``,
        ``据新华社``. Each name must end like an outlet's (``lexicons/outlet_endings.txt``):
        ``据统计``, ``据了解``, ``据美国媒体报道`` name none."""
        m = _ATTRIBUTED.fullmatch(text.strip())
        if m is None:
            return None
        names = _source_names("综合" + m.group("names"))
        if not names or any(len(n) > 12 for n in names):
            return None
        if not all(n.endswith(self.outlet_endings) for n in names):
            return None
        return _Facts(sources=names, kinds=["source"])

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
        if kind == "record":
            return len(value) <= _RECORD_MAX and not _CLAUSE_END.search(value)
        if kind == "title":
            facts.title = value or None
            return len(value) <= _TITLE_MAX
        if kind == "place":
            return bool(_PLACE.fullmatch(value))
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
            # (a label that says 综合, 综合自：新华社、中新社, is followed by a list like the word)
            word = f.label.removeprefix("本文")
            compiled = _COMPILED.match(word) is not None
            names = _source_names(word + src if compiled else src)
            # (glued to its label a source is one short name; after 综合自 each of a list is)
            longest = max(map(len, names)) if compiled and names else len(src)
            if (longest > (12 if f.glued else 40) or len(src) > 40
                    or any(_SOURCE_PUNCT.search(n) for n in names)):
                return False
            facts.sources.extend(names)
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
        if kind == "title":  # 标题： over the file's title, however long a title is
            return _Facts(kinds=[kind], title=s) if 0 < len(s) <= _TITLE_MAX else None
        if kind == "place":
            return _Facts(kinds=[kind]) if _PLACE.fullmatch(s) else None
        if not s or len(s) > 40 or self.any_label.match(s):
            return None
        facts = _Facts(kinds=[kind])
        if _ATTRIBUTES.fullmatch(s):
            return facts  # 来源： over size="20": the field's box, empty (the line goes, nothing is stored)
        if kind == "record":  # 索引号： over 000014349/2024-00001: a code, digits and all
            return facts if len(s) <= _RECORD_MAX and not _CLAUSE_END.search(s) else None
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
            names = _source_names(s)
            if len(s) > 30 or ":" in s or "：" in s or any(_SOURCE_PUNCT.search(n) or len(n) > 20 for n in names):
                return None
            facts.sources.extend(names)
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


def is_board_post(text: str) -> bool:
    """``text`` is a board's post header naming its poster and date (:func:`~newsclean.fieldlines.posts.board_post`).

    >>> is_board_post("〓 某某论坛 发布时间 2005/03/15 22:36:13 by abc 〓"), is_board_post("他于2005年3月15日发表了文章。")
    (True, False)
    """
    return _parser(()).board_post(text) is not None


def states_facts(text: str) -> bool:
    """``text`` is all metadata by itself: a labelled field (来源：新华网) or credit (本报记者 张三).

    For filters before this one that find junk glued to a field line and cut only the junk.

    >>> states_facts("来源：新华网"), states_facts("本报记者 张三"), states_facts("版权所有")
    (True, True, False)
    """
    facts = _parser(()).parse(text.strip(), top=False)
    return facts is not None and bool(facts.sources or facts.credits or facts.dates)
