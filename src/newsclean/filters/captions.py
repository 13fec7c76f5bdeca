"""Photo and video captions: ``图为……。李思银 摄`` → a :class:`~newsclean.model.Caption`.

Captions sit between paragraphs where the pictures were. A line is taken for
a caption when it carries a caption marker: it starts with ``图为``/``资料图``
or a ``▲``, it is a credit line (``图片来源：视觉中国``), it ends with a
photographer's credit (``李思银 摄``, ``（新华社记者 张三 摄）``), with a note
such as ``（视频截图）`` or with a photo agency (``（视觉中国）``). The caption
keeps its text and its credit; the marker words (``摄``, ``图片来源：``, ``▲``)
are recorded as removed. A line that only ends in brackets (``（完）``, a
heading) is not a caption.

A line with no marker is a caption by its layout: in a text whose paragraphs
all open with the ideographic indent (``\u3000\u3000``), short lines without it
between them are set apart as a picture's caption is (centred under it), when
they describe (a sentence mark inside: ``门口的对联。横批：欢迎光临``; a centred
heading seldom has one) and the text has two of them or more (one alone may
be a heading the page forgot to indent). List items and lead-ins
(``……如下：``) stay.

A short noun phrase closed by 。 alone on its line between two paragraphs
(``小花家。``, ``小温在景区内的身影。``) names what a picture shows, when the
text has two such lines or more: its words are Han characters only, with no
particle or function word that makes a sentence of it (``汪勇迟疑了。``,
``这也能看出……``).

A short line printed twice between paragraphs (the same picture's caption
under two pictures) is a caption too: a heading is not repeated, and a
repeated line with punctuation (an interview's question) stays.

Decision: a credit line with no description (``图片来源：视觉中国``) becomes a
caption with empty text whose credit is the source, ``视觉中国``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import compress
from operator import itemgetter, not_
from typing import Optional, Sequence

import regex

from ..document import BODY, TITLE, Document
from ..errors import ConfigError
from ..fieldlines import is_person_name
from ..lexicons import entries, rows
from ..lexicons.traditional import both_scripts
from ..patterns import literal_finder, phrase_alternation
from ..repeats import repeats_title
from ..shapes import is_finished_paragraph, is_headline
from .base import Filter, JoinedLines, on_distinct

MARKER_KINDS = ("prefix", "symbol", "label", "suffix", "note")

Span = tuple[int, int]

_CREDIT_ROLE = regex.compile(both_scripts(r"记者|摄影|通讯员|图片|供图"))
_CREDIT_BAD = regex.compile(r"[，,。！？!?；;：:“”\"《》]")
_SENTENCE_BREAK = regex.compile(r"[。！？!?；;，,：:]")
_NAME_TOKEN = regex.compile(r"\p{Han}{2,4}|[A-Za-z][A-Za-z.'\-]{1,20}")
# 图1：…, 图② …: a numbered figure's caption (short lines only: 图1显示，… is a sentence)
_NUMBERED_FIGURE = regex.compile(both_scripts(r"图\s*[0-9０-９①-⑳一二三四五六七八九十]{1,3}\s*[：:．.\s]"))
_CREDIT_SPLIT = regex.compile(r"[、\s]+")
_HAN_CHAR = regex.compile(r"\p{Han}")
# prefixes that run into the caption's text (图为…, 图：…); the others (资料图, 组图)
# are words and end before a space, a punctuation mark or the line's end
_INTRODUCES = set("为：:")
_COLON = regex.compile(r"[:：]")
# ……在公园散步。图/视觉中国: a credit after the caption's last sentence
_SLASH_CREDIT_END = regex.compile(both_scripts(
    r"(?<=[。.!！?？ \t\u3000\xa0])(?:图片|图|摄影)[ \t\u3000\xa0]*[/／][ \t\u3000\xa0]*"
    r"([\p{Han}A-Za-z][\p{Han}A-Za-z .\-]{0,24}?)[ \t\u3000\xa0]*$"))
# the typographic indent a paragraph opens with (the page's source indentation is ASCII white space)
_INDENT = "\u3000"
# a caption describes (门口的对联。横批：欢迎光临): a mark inside it; a heading set apart
# the same way (centred, unindented) seldom has one
_INNER_MARK = regex.compile(r"[。，,；;：:！!？?]")
# 1、…  （二）…  ①…  • …: a list item, which a page may leave unindented
_LIST_ITEM = regex.compile(r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[①-⑳•·●■◆★☆])")
_CLOSE = ")）"
_OPEN = "(（"
_SPACE = " \t\u3000\xa0"


class _Markers:
    def __init__(self, markers: tuple[tuple[str, str], ...], agencies: tuple[str, ...]) -> None:
        by_kind: dict[str, list[str]] = {k: [] for k in MARKER_KINDS}
        for marker, kind in markers:
            by_kind[kind].append(marker)
        self.prefix = regex.compile(phrase_alternation(by_kind["prefix"]))
        self.symbol = regex.compile(phrase_alternation(by_kind["symbol"]))
        self.label = regex.compile(phrase_alternation(by_kind["label"]) + r"[ \t\u3000\xa0]*[:：]?[ \t\u3000\xa0]*")
        # 李思银 摄, 公安分局供图 华龙网发, 均为记者段彦超 图 (a lone 图 only after a space)
        self.suffix = regex.compile(
            rf"(?P<mark>{phrase_alternation(by_kind['suffix'])}|(?<=[ \t\u3000\xa0])[图圖])"
            r"(?:[ \t\u3000\xa0]+[\p{Han}A-Za-z]{2,8})?[ \t\u3000\xa0]*[)）]?[ \t\u3000\xa0]*$")
        notes = phrase_alternation(by_kind["note"])
        agency = phrase_alternation(agencies)
        self.notes = set(by_kind["note"])
        # any marker a caption can end with, searched in the line's last characters only
        self.any_end = regex.compile(
            rf"(?:{phrase_alternation(by_kind['suffix'])}|{notes}|{agency}|{both_scripts('资料|图')})"
            r"(?:[ \t\u3000\xa0]+[\p{Han}A-Za-z]{2,8})?[^\p{Han}]{0,3}$")
        starts = by_kind["prefix"] + by_kind["symbol"] + by_kind["label"]
        self.any_start = regex.compile(rf"[（(]?[ \t\u3000\xa0]*(?:{phrase_alternation(starts)}|[图圖])")
        # any_start and symbol after a line's leading white space, in a joined text: tried at
        # line starts only, where match() tries them (a scan from every position costs 3x)
        # the first characters a line opens with (after white space) when any_start or symbol
        # may match there: the lines to try are found in C, not by a search of the joined text
        self.start_firsts = frozenset(p[0] for p in starts if p) | frozenset("图圖") | frozenset(_OPEN)
        self.symbol_firsts = frozenset(p[0] for p in by_kind["symbol"] if p)
        # any_end, and a closing bracket, at the end of any line of a joined text (lines right-stripped)
        self.any_line_end = regex.compile(self.any_end.pattern, regex.MULTILINE)
        # the phrases any_end starts with, for the standard engine's fast search of literals
        self.end_phrases = literal_finder(by_kind["suffix"] + by_kind["note"] + list(agencies) + list("资資图圖"))
        self.agencies = set(agencies)
        # ……（视觉中国）  ……（视频截图）  ……（BBC）
        self.bracket_end = regex.compile(r"[（(][ \t\u3000\xa0]*([^（）()]{1,24}?)[ \t\u3000\xa0]*[)）][ \t\u3000\xa0]*$")
        # ……。视频截图   ……的报道截图。
        self.note_end = regex.compile(rf"{notes}[。.]?[ \t\u3000\xa0]*$")
        # 共享充电宝。视觉中国 资料
        self.agency_end = regex.compile(rf"(?<=[。.!！?？ \t\u3000\xa0])({agency})(?:[ \t\u3000\xa0]*{both_scripts('资料(?:图片|图)')}?)?[ \t\u3000\xa0]*$")

    # ------------------------------------------------------------ matching
    def match(self, text: str, max_chars: int, is_bare_name, *,
              bullet: bool = False) -> Optional[tuple[Span, Optional[Span]]]:
        """The caption's (text span, credit span) in ``text``, or None when it is no caption.

        ``bullet``: the line's leading symbol is a list bullet (its neighbours
        start with it too), not a caption marker.
        """
        b = len(text.rstrip())
        a = len(text) - len(text.lstrip())
        if b - a < 2 or b - a > max_chars:
            return None
        if (text[b - 1] not in _CLOSE and not self.any_start.match(text, a)
                and not self.any_end.search(text, max(a, b - 24), b)
                and not (("/" in text or "／" in text) and _SLASH_CREDIT_END.search(text, max(a, b - 32), b))):
            return None
        start = a
        sym = self.symbol.match(text, a)
        if sym and bullet:
            sym = None
        elif sym:
            start = sym.end()
            while start < b and text[start] in _SPACE:
                start += 1
        # a credit line: 图片来源：视觉中国, （图片来源：新华社）
        inner_a, inner_b = start, b
        if text[start] in _OPEN and text[b - 1] in _CLOSE:
            inner_a, inner_b = start + 1, b - 1
        lab = self._label(text, inner_a)
        if lab and lab.end() < inner_b:
            credit = self._credit_before_suffix(text, lab.end(), inner_b)
            if self._credit_ok(text[credit[0]:credit[1]]):
                return (lab.start(), lab.start()), credit
        pre = self.prefix.match(text, start)
        if pre and pre.group()[-1] not in _INTRODUCES and _HAN_CHAR.match(text, pre.end()):
            pre = None  # 资料图显示，…: a sentence about the picture, not its caption
        prefixed = bool(pre) or bool(b - a <= 60 and _NUMBERED_FIGURE.match(text, start))
        # ……李思银 摄   （新华社记者 张三 摄）
        suf = self.suffix.search(text, start, b)
        if suf:
            found = self._suffix_credit(text, start, suf, marked=bool(sym) or prefixed, is_bare_name=is_bare_name)
            if found:
                return found
        # ……（视觉中国）  ……（视频截图）
        br = self.bracket_end.search(text, start, b)
        if br and br.start() == start and br.group(1) in self.notes:
            return (start, b), None  # （资料图）, （视频截图）: the note alone
        if br and br.start() > start:
            inner = br.group(1)
            before = text[start:br.start()].rstrip()
            if inner in self.notes:
                return (start, b), None
            lab = self._label(inner, 0)
            if lab and lab.end() < len(inner) and self._credit_ok(inner[lab.end():]):
                return (start, br.start()), (br.start(1) + lab.end(), br.end(1))
            if inner in self.agencies or (
                inner.isascii() and inner.strip()[:1].isalpha() and len(inner) <= 16
                and before.endswith("。") and b - a <= 60
            ):
                return (start, br.start()), (br.start(1), br.end(1))
        # ……。视频截图
        if self.note_end.search(text, start, b) and b - a <= 80:
            return (start, b), None
        sl = _SLASH_CREDIT_END.search(text, start, b)
        if sl and sl.start() > start and b - a <= 80 and self._credit_ok(sl.group(1)):
            return (start, sl.start()), (sl.start(1), sl.end(1))  # ……。图/IC photo
        ag = self.agency_end.search(text, start, b)
        if ag and ag.start() > start and b - a <= 80:
            return (start, ag.start()), (ag.start(1), ag.end(1))
        if sym or prefixed:
            return (start, b), None
        return None

    def _credit_before_suffix(self, text: str, i: int, j: int) -> Span:
        """The credit in ``text[i:j]``, without a trailing ``摄``."""
        suf = self.suffix.search(text, i, j)
        end = suf.start() if suf else j
        while end > i and text[end - 1] in _SPACE + "。":
            end -= 1
        return i, end

    def _label(self, text: str, i: int) -> Optional[regex.Match]:
        """A credit label at ``text[i]``; a short one (图片, 摄影) only with its colon (or slash: 图/)."""
        lab = self.label.match(text, i)
        if (lab and len(lab.group().strip(" \t\u3000\xa0:：")) <= 2 and not _COLON.search(lab.group())
                and not lab.group().rstrip().endswith("/")):
            return None
        return lab

    @staticmethod
    def _credit_ok(credit: str) -> bool:
        c = credit.strip().rstrip("。")
        return bool(c) and len(c) <= 30 and not _CREDIT_BAD.search(c)

    def _suffix_credit(self, text: str, start: int, suf: regex.Match, *, marked: bool,
                       is_bare_name) -> Optional[tuple[Span, Optional[Span]]]:
        end = suf.start()
        while end > start and text[end - 1] in _SPACE + "/／":  # 记者 张三/摄
            end -= 1
        bracketed = text[suf.start():suf.end()].rstrip().endswith(tuple(_CLOSE))
        if bracketed:
            k = max(text.rfind("（", start, end), text.rfind("(", start, end))
            if k < 0:
                return None
            c_start, t_end = k + 1, k
        else:
            c_start = start
            for m in _SENTENCE_BREAK.finditer(text, start, end):
                c_start = m.end()
            t_end = c_start
        while c_start < end and text[c_start] in _SPACE:
            c_start += 1
        credit = text[c_start:end]
        if not credit or len(credit) > 30 or _CREDIT_BAD.search(credit):
            return None
        tokens = [t for t in _CREDIT_SPLIT.split(credit) if t]
        names_only = all(_NAME_TOKEN.fullmatch(t) for t in tokens)
        role = bool(_CREDIT_ROLE.search(credit))
        mark = suf.group("mark")
        by_provider = mark == "供图"  # a provider may be an organisation: 沙坪坝区公安分局供图
        if not (role or names_only or by_provider) or (mark == "图" and not role):
            return None
        spaced = suf.start() > 0 and text[suf.start() - 1] in _SPACE
        strong = role or bracketed or spaced or by_provider or all(is_bare_name(t) for t in tokens)
        if not (marked or strong):
            return None
        if (not (marked or bracketed or role or by_provider) and c_start == start
                and not all(is_bare_name(t) for t in tokens)):
            return None  # a lone "某某 摄" line needs a role word or a person's name
        return (start, t_end), (c_start, end)


#: from this many lines on, only the lines _candidates finds are matched
_MANY_LINES = 1000
_CLOSE_SET = frozenset(_CLOSE)
# ……。图/视觉中国 at the end of any line of a joined text
_SLASH_LINE_END = regex.compile(_SLASH_CREDIT_END.pattern, regex.MULTILINE)
#: a line's last characters that match() searches for an end marker or a slash credit (24 and
#: 32), and the character before them, which a lookbehind reads
_TAIL = 33
_FIRST_CHAR = itemgetter(slice(0, 1))
_LAST_CHAR = itemgetter(slice(-1, None))
_TAIL_CHARS = itemgetter(slice(-_TAIL, None))


def starting_with(firsts: frozenset[str], texts: Sequence[str]) -> list[int]:
    """The positions of ``texts`` whose first character after white space is one of ``firsts``
    (the necessary condition for a phrase to match there, tested in C a distinct text)."""
    return on_distinct(texts, partial(_starting, firsts))


def _starting(firsts: frozenset[str], texts: Sequence[str]) -> list[int]:
    return list(compress(range(len(texts)), map(firsts.__contains__, map(_FIRST_CHAR, map(str.lstrip, texts)))))


def _candidates(m: _Markers, joined: JoinedLines) -> list[int]:
    """Positions in the lines whose texts ``joined`` holds where :meth:`_Markers.match` may find
    a caption: every line it finds one in is among them. It needs a start marker (whose first
    character is tested in C a line), a closing bracket at the end, or an end marker or a slash
    credit in the line's last characters (one search of those tails joined, not of whole lines).
    A page that repeats its lines has each distinct text tested once."""
    return on_distinct(joined.texts, partial(_candidate_texts, m))


def _candidate_texts(m: _Markers, texts: Sequence[str]) -> list[int]:
    """``_candidates`` of ``texts``, each read."""
    found = set(k for k in _starting(m.start_firsts, texts)
                if texts[k].lstrip()[0] not in _OPEN or m.any_start.match(texts[k].lstrip()))
    ends = list(map(str.rstrip, texts))
    found.update(compress(range(len(ends)), map(_CLOSE_SET.__contains__, map(_LAST_CHAR, ends))))
    tails = list(map(_TAIL_CHARS, ends))
    joined_tails = JoinedLines(tails)
    # an end marker starts with one of the phrases: the tails holding one (found with a fast
    # search of literals) are searched for the whole marker
    some = joined_tails.hits(m.end_phrases)
    if some:
        found.update(map(some.__getitem__, JoinedLines(list(map(tails.__getitem__, some))).hits(m.any_line_end)))
    found.update(joined_tails.hits(_SLASH_LINE_END))
    return sorted(found)


def _indented(text: str) -> bool:
    return text.lstrip(" \t").startswith(_INDENT)


def _layout_captions(lines: list, max_chars: int, indents: bool = True) -> list[int]:
    """Positions in ``lines`` (the body's text lines) of captions set apart by their missing indent.

    Only in a text whose paragraphs open with the ideographic indent (three or
    more, four in five), between its first and last indented paragraph; the
    line has a sentence mark inside, and its neighbours are each indented or
    such a line; two at least. ``indents``: False when no line holds the indent's
    character (known from a search of the page's joined text).
    """
    # (the indent's character is looked for first: most texts have none, and go at once)
    if not indents or sum(1 for line in lines if _INDENT in line.text and _indented(line.text)) < 3:
        return []
    paras = [k for k, line in enumerate(lines) if is_finished_paragraph(line.text)]
    indented = [k for k in paras if _indented(lines[k].text)]
    if len(indented) < 3 or len(indented) * 5 < len(paras) * 4:
        return []
    first, last = indented[0], indented[-1]
    loose = set()
    for k in range(first + 1, last):
        text = lines[k].text
        s = text.strip()
        if (_indented(text) or not 2 <= len(s) <= min(max_chars, 60) or s[-1] in "：:"
                or _LIST_ITEM.match(s) or not _INNER_MARK.search(s, 0, len(s) - 1)):
            continue
        loose.add(k)
    found = [k for k in sorted(loose)
             if all(_indented(lines[o].text) or o in loose for o in (k - 1, k + 1))]
    return found if len(found) >= 2 else []


# 小刚的作业本。: Han characters only, up to 20, closed by 。
_NOUN_PHRASE = regex.compile(r"\p{Han}{2,20}。")
# a particle or function word makes a sentence of a short line (汪勇迟疑了。 这也能看出当前英国的底色。)
_SENTENCE_WORD = regex.compile(r"[了吗呢吧啊呀啦么哦的也都就还又才能会要是不没把被将让使已曾却但而则便再]。|"
                               r"[也都就还又才能会要是不没把被将让使已曾却但而则便再]")


# a paragraph asking a question: the short line under it is the answer (负收益率的长期债券。)
_ASKS = regex.compile(r"[？?][”’」』）)]*\s*$")


def _phrase_captions(lines: list, joined: Optional[JoinedLines] = None) -> list[int]:
    """Positions in ``lines`` of short noun phrases closed by 。 between two finished paragraphs (two at least).

    Not under a paragraph that ends with a question: an interview's short answer.
    ``joined``: the lines' texts joined, to find the lines with a 。 in one search.
    """
    found = []
    joined = joined or JoinedLines([line.text for line in lines])
    for k in joined.word_hits(["。"]):
        if not 0 < k < len(lines) - 1:
            continue
        s = lines[k].text.strip()
        if (_NOUN_PHRASE.fullmatch(s) and not _SENTENCE_WORD.search(s)
                and is_finished_paragraph(lines[k - 1].text) and not _ASKS.search(lines[k - 1].text)
                and is_finished_paragraph(lines[k + 1].text)):
            found.append(k)
    return found if len(found) >= 2 else []


# a line with sentence punctuation is no caption repeated under two pictures (a repeated question)
_SENTENCE_MARK = regex.compile(r"[。？！?!，,；;：:]")
# the length of a caption printed twice (white space stripped)
_SHORT_CAPTION = range(4, 41)


def _repeated_captions(lines: list, title: str, joined: Optional[JoinedLines] = None) -> list[int]:
    """Positions in ``lines`` of a short headline-like line printed twice, a paragraph after each.

    One next to another such line printed twice is no caption: a caption stands alone under
    its picture, and a run of them is a list of points that comes back as section headings.
    (Were one of them taken, cleaning the text again would find the other beside a paragraph.)
    ``joined``: the lines' texts joined (its ``texts`` are read).
    """
    where: dict[str, list[int]] = {}
    joined = joined or JoinedLines([line.text for line in lines])
    # the short lines without a sentence mark, found with a scan in C (a flood of lines costs no
    # Python work a line); each is read then
    texts = joined.texts
    four = list(compress(range(len(lines) - 1), map((3).__lt__, map(len, texts))))
    stripped = list(map(str.strip, map(texts.__getitem__, four)))
    short = list(compress(range(len(four)), map(_SHORT_CAPTION.__contains__, map(len, stripped))))
    marked = map(_SENTENCE_MARK.search, map(stripped.__getitem__, short))
    for i in compress(short, map(not_, marked)):
        k, s = four[i], stripped[i]
        if is_headline(s) and len(_HAN_CHAR.findall(s)) >= 4:
            where.setdefault("".join(s.split()), []).append(k)
    printed_twice = {k for ks in where.values() if len(ks) >= 2 for k in ks}
    taken = []
    for c, ks in where.items():
        if len(ks) < 2 or repeats_title(c, title):
            continue
        ks = [k for k in ks if k - 1 not in printed_twice and k + 1 not in printed_twice
              and is_finished_paragraph(lines[k + 1].text)]
        if len(ks) >= 2:
            taken += ks
    return sorted(taken)


@lru_cache(maxsize=16)
def _markers(extra_markers: tuple[tuple[str, str], ...], extra_agencies: tuple[str, ...]) -> _Markers:
    markers = tuple(rows("caption_markers.tsv", 2)) + extra_markers
    return _Markers(markers, tuple(entries("photo_agencies.txt")) + extra_agencies)


@dataclass
class ExtractCaptions(Filter, name="captions"):
    """Move photo and video captions out of the body into ``Article.captions``.

    >>> from newsclean.document import Document
    >>> doc = ExtractCaptions()(Document("标题\\n图为社区听取老人意见。李思银 摄\\n正文。"))
    >>> doc.lines[1].caption
    Caption(text='图为社区听取老人意见。', credit='李思银')
    >>> [r.reason for r in doc.build().removed], [line.text for line in doc.body_text_lines()]
    (['caption-marker'], ['标题', '正文。'])
    """

    #: more markers, marker → kind (prefix, symbol, label, suffix, note; see caption_markers.tsv)
    extra_markers: dict[str, str] = field(default_factory=dict)
    #: more photo agencies whose name closes a caption (……（视觉中国）)
    extra_agencies: list[str] = field(default_factory=list)
    #: a caption is never longer than this (characters, white space trimmed)
    max_chars: int = 200

    def __post_init__(self) -> None:
        bad = {k: v for k, v in self.extra_markers.items() if v not in MARKER_KINDS or not k.strip()}
        if bad:
            raise ConfigError(f"captions: unknown kinds in extra_markers {bad}; kinds are: {', '.join(MARKER_KINDS)}")

    def _markers(self) -> _Markers:
        return _markers(tuple(sorted(self.extra_markers.items())), tuple(self.extra_agencies))

    def claims(self, text: str) -> Optional[str]:
        """``caption-marker`` when ``text`` is a caption by its own markers (this filter's).

        >>> ExtractCaptions().claims("图为活动现场。新华社记者 张三 摄"), ExtractCaptions().claims("他说。")
        ('caption-marker', None)
        """
        return "caption-marker" if self._markers().match(text, self.max_chars, is_person_name) else None

    def claims_among(self, texts: Sequence[str]) -> list[Optional[str]]:
        """:meth:`claims` of each of ``texts``, the markers looked up once and only the texts with a
        marker where :meth:`_Markers.match` needs one read (found by a few searches of them joined)."""
        m, limit = self._markers(), self.max_chars
        out: list[Optional[str]] = [None] * len(texts)
        for k in _candidate_texts(m, texts):
            if m.match(texts[k], limit, is_person_name):
                out[k] = "caption-marker"
        return out

    def apply(self, doc: Document) -> None:
        lines = doc.body_text_lines()
        if not lines:
            return
        m = self._markers()
        title = doc.line_of(TITLE)
        if title is None and is_headline(lines[0].text):
            # the first line is the title's place (a sentence never is): the structure
            # filter, after this one, makes a headline there the title
            title, lines = lines[0], lines[1:]
        # ▲ starting two lines in a row is a list's bullet, not a picture's marker; a
        # neighbour that is a caption without its ▲ (it has a credit) is no list item: once
        # it has left the body, cleaning again must not find the line alone
        n = len(lines)
        texts = [line.text for line in lines]
        joined = JoinedLines(texts)
        heads: list[Optional[str]] = [None] * n
        item = [False] * n
        answers: dict[tuple[str, bool], Optional[tuple[Span, Optional[Span]]]] = {}

        def match(text: str, bullet: bool) -> Optional[tuple[Span, Optional[Span]]]:
            """``m.match``, asked once for each distinct text (a page of repeated captions costs one)."""
            try:
                return answers[text, bullet]
            except KeyError:
                found = answers[text, bullet] = m.match(text, self.max_chars, is_person_name, bullet=bullet)
                return found
        for k in starting_with(m.symbol_firsts, texts):  # (the lines that may open with a symbol)
            h = m.symbol.match(texts[k].lstrip())
            if h:
                heads[k] = h.group()
                item[k] = match(texts[k], True) is None
        # (with no title there is nothing a ▲ line could copy)
        title_text = title.text if title is not None else ""
        if any(heads):
            # a repeat of the line, of an earlier paragraph or of the title is no second item either
            # when a later filter (structure) drops it: cleaning again would find the line alone
            canon = ["".join(t.split()) for t in texts]  # compared as the structure filter does
            rules = doc.later.repeats
            if rules is not None:
                repeats = rules.repeated_prose(texts)
                copies = [h is not None and (rules.repeats_title(t, title_text) or k in repeats)
                          for k, (h, t) in enumerate(zip(heads, canon))]
            else:
                copies = [False] * n

        def list_neighbour(k: int, o: int) -> bool:
            return (0 <= o < n and heads[o] == heads[k] and item[o] and canon[o] != canon[k]
                    and not copies[o])

        found_any = False
        # (on a page of a few hundred lines the four searches cost more than they save)
        for k in _candidates(m, joined) if n > _MANY_LINES else range(n):
            line = lines[k]
            bullet = heads[k] is not None and (list_neighbour(k, k - 1) or list_neighbour(k, k + 1))
            found = match(line.text, bullet)
            if found:
                text, credit = found
                doc.to_caption(line, text, credit, filter=self.name, reason="caption-marker")
                found_any = True
        # captions with no marker, each rule reading the lines the rules before it left in the
        # body: the cleaned text, cleaned again, holds only those (no caption, no indent)
        if found_any:
            lines = [line for line in lines if line.state == BODY]
        layout = _layout_captions(lines, self.max_chars, indents="\u3000" in joined.text)
        for k in layout:
            self._markerless(doc, lines[k])
        if found_any or layout:
            lines = [line for line in lines if line.state == BODY]
            joined = JoinedLines([line.text for line in lines])
        for k in sorted(set(_repeated_captions(lines, title_text, joined)) | set(_phrase_captions(lines, joined))):
            self._markerless(doc, lines[k])

    def _markerless(self, doc: Document, line) -> None:
        a = len(line.text) - len(line.text.lstrip())
        doc.to_caption(line, (a, len(line.text.rstrip())), None, filter=self.name, reason="caption-layout")

__all__ = ["ExtractCaptions", "MARKER_KINDS"]
