"""Platform statements and disclaimers → ``metadata.notices``.

Aggregators and self-media platforms add a line of their own under the
article: ``本文来自【昆明日报-掌上春城】，仅代表作者观点。全国党媒信息公共平台提供信息发布传播服务。``,
``免责声明：本文来自……``, ``（本文为……原创，未经授权不得转载）``. It is not
the article's text, but it says something about it, so the line leaves the
body and is kept, as written, in ``metadata.notices``.

A line is a notice when it opens with a declaration word (``notice_starts.txt``:
免责声明, 特别声明, 版权声明, 声明： …, leading brackets skipped) or carries a
notice phrase (``notice_phrases.txt``: 仅代表作者观点, 未经授权不得转载 …) or
states a reprint rule in any words (a ban: 未经书面授权请勿转载; a condition said
as an instruction: 转载时务请注明出处; 本文版权归某某所有) and is not longer
than ``max_length`` characters. A declaration heading alone on its line (特别声明,
反侵权公告：, spaced out or not: 郑 重 声 明) takes the line under it, then its
numbered items (一、…, 2. …) and the short lines a colon introduces (a contact).

>>> from newsclean.document import Document
>>> doc = ExtractNotices()(Document("正文。\\n免责声明：本文仅代表作者本人观点。"))
>>> [line.text for line in doc.body_text_lines()], doc.meta.notices
(['正文。'], ['免责声明：本文仅代表作者本人观点。'])
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import compress
from operator import itemgetter, methodcaller
from typing import Iterable, Iterator, Optional, Sequence

import regex

from .. import lexicons
from ..document import Document
from ..fieldlines import store_field_clauses
from ..patterns import compile_user_pattern, literal_finder, phrase_alternation, uncased, user_finditer
from .base import Filter, JoinedLines, on_distinct

_OPENERS = r"[\s（(【\[〔「『]*"
# the characters _OPENERS may take, and more (str.isspace holds every \s, none above U+3000)
_OPENER_CHARS = "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + "（(【[〔「『"
_LSTRIP_OPENERS = methodcaller("lstrip", _OPENER_CHARS)
_FIRST_CHAR = itemgetter(slice(0, 1))
_REST = regex.compile(r"[\s\p{P}]+")
# 本文为某某号作者原创，不代表某某网立场: a statement about the article itself that names
# the site in between (the phrases in notice_phrases.txt are fixed words)
_NOT_OUR_VIEW = regex.compile(
    r"^[\s（(【\[]*(?:(?:本文|文章|此文|该文)(?:为|系|由|来自|内容|观点|仅)|以上内容|本内容)"
    r"[^。！？]{0,40}?不代表[^。！？]{0,20}?(?:观点|立场|看法)")

# 评论内容只代表网友个人观点, 网友评论仅代表其个人意见: the comment box's disclaimer
_COMMENTS_VIEW = regex.compile(
    r"^[\s（(【\[]*(?:网友|用户|读者)?(?:评论|留言|跟帖)(?:内容)?[^。！？]{0,6}?(?:仅|只|均)?(?:代表|属于)"
    r"[^。！？]{0,10}?(?:观点|意见|看法|立场)")


#: a heading spelt out with spaces (郑 重 声 明) is at most this long
_MAX_SPACED_HEADING = 16
_SPACED_HEADING_CHARS = range(_MAX_SPACED_HEADING + 1)
#: a declaration heading's block takes at most this many lines under it
_MAX_BLOCK = 12
#: …of which a line a colon introduces (a contact: 陈律师 0432-1234567) is at most this long
_MAX_LISTED = 40
_WHITE = regex.compile(r"\s+")
# a listed line (a contact) holds no sentence
_SENTENCE_SIGNS = regex.compile(r"[，。！？；,!?;]")
# a numbered item: 一、…, 2. …, （3）…
_ITEM = regex.compile(r"^\s*(?:[0-9０-９]{1,2}\s*[、.．]|[一二三四五六七八九十]{1,3}\s*、|[（(][0-9一二三四五六七八九十]{1,3}[)）])")

# a reprint rule, in any words: a ban (未经书面授权请勿转载, 谢绝转载), a condition said as an
# instruction (转载时务请注明出处, 任何形式转载请联系作者), or the copyright owned (© 本文版权归某某所有);
# a sentence that reports reprinting (被多家媒体转载, 擅自转载他人作品) gives no instruction
_REPRINT_RULE = regex.compile(
    r"(?:请勿|勿|不得|禁止|严禁|谢绝|不准|不可)(?:任何形式的?|擅自|随意)?(?:转载|摘编|转贴|镜像)"
    r"|(?:转载|转贴|摘编)[^。！？；]{0,8}?(?:请|务请|务必|必须|须|需|应)[^。！？；]{0,4}?(?:注明|联系|保留|取得|获得|征得)"
    r"|^[\s（(【\[]*(?:©|本文|本作品)\s*版权(?:归|属于?)[^。！？；]{1,20}?所有")


# the words without which neither _NOT_OUR_VIEW, _COMMENTS_VIEW nor _REPRINT_RULE can match
_VIEW_WORDS = ("不代表", "评论", "留言", "跟帖", "转载", "转贴", "摘编", "镜像", "版权")


@lru_cache(maxsize=None)
def _patterns(extra_starts: tuple[str, ...], extra_phrases: tuple[str, ...]) -> tuple:
    """(opening, phrase, phrase finder, opening finder): the finders search the joined text of all
    lines at once; the opening finder finds the opening words anywhere (every line the opening
    pattern matches is among the lines it touches)."""
    start_list = lexicons.entries("notice_starts.txt") + extra_starts
    starts = phrase_alternation(start_list)
    phrase_list = lexicons.entries("notice_phrases.txt") + extra_phrases
    phrases = regex.compile(phrase_alternation(phrase_list), regex.IGNORECASE)
    # the same phrases, searched with re (several times faster over a whole page) when case cannot matter
    finder = literal_finder(phrase_list) if all(uncased(p) for p in phrase_list) else phrases
    start_finder = (literal_finder(start_list) if all(uncased(p) for p in start_list)
                    else regex.compile(starts, regex.IGNORECASE))
    # a start word spaced out as a heading (郑 重 声 明): its Chinese characters with white space between
    spaced = [w for w in start_list if len(w) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in w)]
    spaced_finder = regex.compile("|".join("[ \t\u3000\xa0]+".join(w) for w in spaced)) if spaced else None
    # the first characters (case folded) a line opens with, after its openers, when a start word
    # may follow them: the lines to read are found in C (None: a start word of openers only)
    bare = [w.lstrip(_OPENER_CHARS) for w in start_list if w]
    start_firsts = None if not all(bare) else frozenset(w[0].casefold()[:1] for w in bare)
    return (regex.compile(rf"^{_OPENERS}{starts}", regex.IGNORECASE), phrases, finder, start_finder, spaced_finder,
            start_firsts)


@lru_cache(maxsize=64)
def _compiled_for(extra_starts: tuple[str, ...], phrases: tuple[str, ...], user_patterns: tuple[str, ...]) -> tuple:
    """The filter's patterns for its options, made once (a claim is asked of every line of a page)."""
    starts, contains, finder, start_finder, spaced, start_firsts = _patterns(extra_starts, phrases)
    users = tuple(compile_user_pattern(p, what="notices pattern") for p in user_patterns)
    return starts, contains, users, finder, start_finder, spaced, start_firsts


def _hits_and_openers(texts: Sequence[str], compiled: tuple) -> tuple[set[int], Sequence[int]]:
    """The positions of the (stripped) ``texts`` that hold a phrase or a view word, and of those
    a start word may open: one search of the texts joined for each (with no user pattern, a
    notice is among them)."""
    finder, start_finder, start_firsts = compiled[3], compiled[4], compiled[6]
    joined = JoinedLines(texts)
    hits = set(joined.hits(finder))
    hits.update(joined.word_hits(_VIEW_WORDS))
    if start_firsts is None:
        openers: Sequence[int] = joined.hits(start_finder)  # (every line a start word opens is among those it touches)
    else:  # the lines whose first character after the openers may start a start word, tested in C
        openers = on_distinct(texts, partial(_opened, start_firsts))
    return hits, openers


def _worded(texts: Sequence[str], compiled: tuple) -> Iterable[int]:
    """The positions of the (stripped) ``texts`` that :meth:`ExtractNotices._is_notice` may take:
    all of them with user patterns, else those :func:`_hits_and_openers` finds."""
    if compiled[2]:
        return range(len(texts))
    hits, openers = _hits_and_openers(texts, compiled)
    return sorted(hits.union(openers))


def _opened(firsts: frozenset[str], texts: Sequence[str]) -> Iterator[int]:
    """The positions of ``texts`` whose first character after the openers, case folded, is one of ``firsts``."""
    return compress(range(len(texts)), map(firsts.__contains__, map(
        _FIRST_CHAR, map(str.casefold, map(_FIRST_CHAR, map(_LSTRIP_OPENERS, texts))))))


def _spaced_headings(spaced: regex.Pattern, texts: Sequence[str]) -> list[int]:
    """The positions of the short ``texts`` that ``spaced`` matches in."""
    short = list(compress(range(len(texts)), map(_SPACED_HEADING_CHARS.__contains__, map(len, texts))))
    return list(map(short.__getitem__, JoinedLines(list(map(texts.__getitem__, short))).hits(spaced))) if short else []


@dataclass
class ExtractNotices(Filter, name="notices"):
    """Move platform statements and disclaimers to ``metadata.notices``.

    Options: ``extra_starts`` and ``extra_phrases`` add openings and phrases,
    ``lexicon_path`` a file of more phrases, ``extra_patterns`` regexes that
    make a line a notice when they match in it, ``max_length`` the longest
    line taken for a notice.

    >>> from newsclean.document import Document
    >>> doc = ExtractNotices()(Document("他说，这篇稿子未经授权不得转载，但他还是转了，而且转了很多次，引发了争议和讨论。" * 8))
    >>> doc.meta.notices
    []
    """

    #: more openings that make a line a notice on their own (like 免责声明)
    extra_starts: list[str] = field(default_factory=list)
    #: more phrases that make a line a notice wherever they stand in it (like 未经授权不得转载)
    extra_phrases: list[str] = field(default_factory=list)
    #: regexes (run with a time limit); a line they match in is a notice
    extra_patterns: list[str] = field(default_factory=list)
    #: a UTF-8 file of more notice phrases, one a line, ``#`` comments
    lexicon_path: Optional[str] = None
    #: the longest line (in characters) taken for a notice; longer lines are article text
    max_length: int = 300

    pattern_options = ("extra_patterns",)
    file_options = ("lexicon_path",)

    def is_notice(self, text: str) -> bool:
        """True when ``text`` reads as a platform statement or disclaimer.

        >>> f = ExtractNotices()
        >>> f.is_notice("（本文为澎湃新闻原创，未经授权不得转载）"), f.is_notice("他在声明中说，公司会赔偿。")
        (True, False)
        """
        return self._is_notice(text, self._compiled())

    def claims(self, text: str) -> Optional[str]:
        """``platform-notice`` when ``text`` reads as a platform statement or disclaimer (this filter's phrases)."""
        return "platform-notice" if self.is_notice(text) else None

    def claims_among(self, texts: Sequence[str]) -> list[Optional[str]]:
        """:meth:`claims` of each of ``texts``, the patterns looked up once and only the texts a
        notice's words or opening words touch read (found by searches of them joined)."""
        compiled, is_notice = self._compiled(), self._is_notice
        out: list[Optional[str]] = [None] * len(texts)
        for k in _worded(list(map(str.strip, texts)), compiled):
            if is_notice(texts[k], compiled):
                out[k] = "platform-notice"
        return out

    def _compiled(self) -> tuple:
        phrases = tuple(self.extra_phrases) + self.user_entries("lexicon_path")
        return _compiled_for(tuple(self.extra_starts), phrases, tuple(self.extra_patterns))

    def _is_notice(self, text: str, compiled: tuple) -> bool:
        s = text.strip()
        if not s or len(s) > self.max_length:
            return False
        starts, users, finder = compiled[0], compiled[2], compiled[3]
        # (the finder: the phrases for re, several times faster than the phrase pattern)
        if (starts.match(s) or finder.search(s)
                or ("不代表" in s and _NOT_OUR_VIEW.match(s))
                or (("评论" in s or "留言" in s or "跟帖" in s) and _COMMENTS_VIEW.match(s))
                or (("转" in s or "摘" in s or "镜" in s or "版权" in s) and _REPRINT_RULE.search(s))):
            return True
        return any(user_finditer(p, s) for p in users)

    def apply(self, doc: Document) -> None:
        compiled = self._compiled()
        starts, users, spaced = compiled[0], compiled[2], compiled[5]
        lines = doc.body_text_lines()
        n = len(lines)
        texts = doc.body_texts()
        # a notice opens with a start word or holds a phrase or view word: one search of the
        # page for each, and only the lines they touch are read (with user patterns, all)
        headings: set[int] = set()  # short lines that spell a start word spaced out (郑 重 声 明)
        if users:
            hits = set(range(n))
            candidates = list(range(n))
        else:
            hits, openers = _hits_and_openers(texts, compiled)
            if spaced is not None:  # (only the short lines are searched)
                headings = set(on_distinct(texts, partial(_spaced_headings, spaced)))
            candidates = sorted(hits.union(openers, headings))
        match_start = starts.match
        memo: dict[str, bool] = {}
        # the lines under a bare 特别声明 / 免责声明： heading: the first is read, candidate or not,
        # then its numbered items (一、…, 2. …) and the short lines a colon introduces (…线索：)
        heading = False
        block = 0  # lines the heading's block may still take
        colon = False  # the last line taken ends with a colon
        k, c = -1, 0
        while True:
            if heading or block:
                k += 1
            else:
                while c < len(candidates) and candidates[c] <= k:
                    c += 1
                if c == len(candidates):
                    break
                k = candidates[c]
            if k >= n:
                break
            s = texts[k]
            if k in headings:
                s = _WHITE.sub("", s)
            notice = (k in hits or k in headings or match_start(s) is not None) and self._notice(s, compiled, memo)
            item = block > 0 and (_ITEM.match(s) is not None
                                  or (colon and len(s) <= _MAX_LISTED and not _SENTENCE_SIGNS.search(s)))
            if notice or item or (heading and len(s) <= self.max_length):
                store_field_clauses(doc, lines[k])  # 文章来源：某某网，版权归原作者所有。
                doc.to_notice(lines[k], filter=self.name)
                m = match_start(s) if notice else None
                if bool(m) and not _REST.sub("", s[m.end():]):
                    heading, block = True, _MAX_BLOCK
                else:
                    heading, block = False, (block - 1 if heading or item else 0)
                colon = s[-1] in ":：" or (colon and item and not _ITEM.match(s))
            else:
                heading, block, colon = False, 0, False

    def _notice(self, s: str, compiled: tuple, memo: dict[str, bool]) -> bool:
        if s not in memo:
            memo[s] = self._is_notice(s, compiled)
        return memo[s]
