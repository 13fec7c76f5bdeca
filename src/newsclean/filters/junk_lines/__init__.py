"""Whole junk lines: share bars, page and forum chrome, related-link lists, counters.

A scraped page keeps the words of its buttons and widgets as lines of their
own: ``分享到：``, ``微信``, ``打印``, ``返回顶部``, ``阅读 1234``, a related-news
heading and the linked titles under it. This filter drops such lines whole,
with a reason that says what they were:

``share-bar``, ``page-chrome``, ``forum-chrome``, ``wechat-chrome``
    a line made only of the words of one of those lexicons (``junk_share.txt``,
    ``junk_chrome.txt``, ``junk_forum.txt``, ``junk_wechat.txt``), numbers and
    separators: ``微信 微博 QQ空间``, ``字号 大 中 小``, ``取消   确认``.
``forum-chrome`` also
    a forum's or Q&A site's lines around its posts: a floor or post stamp
    (``来自Android客户端2楼2022-11-26 15:19``, ``发布 #3 …``, ``编辑于 … ・IP 属地北京``,
    ``某某 3 天前``, ``某某 | 1周前``; a date and time alone, when three or more stand below the first
    paragraph: ``post-stamps``; on such a thread, a short line printed three times or more
    and no sentence, a post's header: its author's name, rank or place, ``post-headers``;
    a poster's name over its floor and time, or over its badge: ``post-author``,
    ``badged-name``, see :mod:`.threads`), a user's or answerer's statistics (``采纳率：95%``, ``762 声望``), and
    a short line holding a note of ``junk_forum_notices.txt``: moderation and approval
    (``该楼层疑似违规已被系统折叠``, ``拒绝原因：…``), likes (``某某 觉得很赞``), a
    log-in-to-reply prompt (``需要 登录 后方可回复``).
``counter``
    a number alone, or numbers with counter words: ``326``, ``阅读 1234``,
    ``1032人参与308评论``; ``1/3`` beside other junk. A date with its counters or
    place (``2022-02-14 03:01--阅读 ·``, ``编辑于 2023-03-01 15:45・IP 属地北京``) is the
    metadata filter's, which reads its date, when a date label opens it (``dated-stamp``) or it
    is the first such line, above the first paragraph (``dated-stamps``); the others are a
    thread's stamps.
``related-links``
    a heading from ``junk_sections.txt`` (相关阅读, 【相关新闻】 …) and the short
    link lines under it, up to the article's next real paragraphs, a
    metadata label (来源：, 责任编辑：), the page's core (the dense run of
    prose the page model finds: a post in unpunctuated phrases) or, on a thread,
    the head of its replies (讨论数量: 11, 全部评论); also runs of titles ending in a date
    (or in a thread's reply-index stamp: ``…【某某】08-11 16:06 298字 [4321/87]``),
    and a label of ``junk_link_labels.txt`` with one headline on its line
    (``此前报道：<title>``); below the article's core, a short heading in any
    words with three or more link titles under it, down to junk or the end
    (``headed-list``: 热点搜索, 光明导读 …; not a spec table or a numbered list).
``tags``
    a 标签/关键词 line, the short tag lines under it, and runs of very short
    words next to other junk (a tag cloud).
``page-chrome`` also
    a comment box's heading below the article's core (``comments-head``: 文章评论,
    网友评论 0 条, 某某的评论, 13 Comments); a short line holding a widget's instructions (``junk_widget_sentences.txt``),
    even when it ends like a sentence: ``…即可将网页分享至朋友圈。``
``follow-prompt``, ``copyright``
    short lines that are not sentences and carry a QR-code/app prompt
    (``junk_contains.txt``) or a copyright/ICP phrase (``junk_copyright.txt``);
    a word an article uses too (二维码, 公众号: ``junk_prompt_topics.txt``)
    only in a line that reads as a prompt (扫描下方二维码…, …欢迎关注); never a
    line of labelled fields or a glued source (本文来自澎湃新闻客户端);
    ``关注新华网`` beside other junk; the link under ``点击进入专题：``; a short
    blurb that ends like a sentence whose point is a prompt opening its clause
    (``…。扫描下方二维码关注某某官方微信。``, ``欢迎关注本报微信公众号“某某”。``),
    never reporting (``市民可扫描二维码…``, ``警方提醒，不要扫描…二维码。``).
``page-chrome`` also
    a short link ending in its arrow, a "more" or crumb link (``more-link``: 滚动新闻>,
    诗人简介 more>, 更多精彩图片>>); never markup (</a>) nor a sentence.
``breadcrumb``
    ``首页 > 财经 > 正文`` near the top of the page, and a column name under
    it that repeats one of its crumbs.
``chrome-island``
    a short line that is not a sentence, alone between two chrome lines
    (a promo between the share bar and the article, a video title between
    player buttons); never before the headline and date, never metadata.
``video-player``
    the player's title bar (``视频-<title>``), time (``00:00 / 02:35``) and label with its
    length (``音频 04:29``).
``scraper-artefact``
    lone punctuation (``|``) and account tokens such as ``ID:jrtt |``.
``glued-junk``
    ``【纠错】``, ``（完）`` … glued to the end of a body line are cut, the line stays;
    so is a copyright phrase, a prompt or a run of buttons glued after a metadata
    field (``来源：新华网 版权所有``, ``本报记者 张三 扫码看视频``, ``来源：新华网 | 打印``):
    the field is left to the metadata filter.

A junk word inside a sentence is never touched: only whole lines, or lines
made only of junk, go.

>>> from newsclean.document import Document
>>> doc = DropJunkLines()(Document("分享到：\\n微信 微博\\n他在微博上说，这是真的。【纠错】\\n阅读 1234"))
>>> [line.text for line in doc.body_text_lines()]
['他在微博上说，这是真的。']
>>> [r.reason for r in doc.build().removed]
['share-bar', 'share-bar', 'glued-junk', 'counter']
"""

from __future__ import annotations

from itertools import compress
from operator import attrgetter, itemgetter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional, Sequence

import regex

from ...document import Document, Line
from ...fieldlines import states_facts
from ...patterns import compile_user_pattern, user_finditer
from ...rules import Ladder, check_rule_names, rule_names
from ...pagecore import line_weight
from ...shapes import top_of_page
from ..base import Filter, JoinedLines, char_positions
from .patterns import (
    _HAS_DATE, _HAS_TIME, _TAIL_BREAK, _TRAILING_LAST, _TRAILING_LAST_CHAR, _junk, _lexicon_tables,
    _names_app, _source_value_before, _static,
)
from .ladder import LINE_RULES, _Line, _ladder
from .neighbours import ISLAND_RULES, NEIGHBOUR_RULES, RELATED_LIST_RULES, _Page




@dataclass
class DropJunkLines(Filter, name="junk-lines"):
    """Drop share bars, page/forum/WeChat chrome, related-link lists, counters and other junk lines.

    Options: ``extra_phrases`` (more whole-line junk words), ``extra_patterns``
    (regexes; a match over the whole line drops it, a partial match is cut),
    ``lexicon_path`` (a file of more junk words, one a line),
    ``related_lists`` (drop the link lines under a 相关阅读 heading),
    ``chrome_islands`` (drop a short line alone between two chrome lines) and
    ``disabled_rules`` (rules turned off by name: ``LINE_RULES`` decide a line alone,
    in order, ``NEIGHBOUR_RULES`` read its neighbours after them).

    >>> from newsclean.document import Document
    >>> doc = DropJunkLines()(Document("正文第一段，讲了一件事。\\n相关阅读\\n某地发生一件事2020.10.04\\n另一件事"))
    >>> [(line.text, line.reason) for line in doc.lines]
    [('正文第一段，讲了一件事。', None), ('相关阅读', 'related-links'), ('某地发生一件事2020.10.04', 'related-links'), ('另一件事', 'related-links')]
    """

    #: more whole-line junk words: a line made only of these (and separators) is dropped as ``user-phrase``
    extra_phrases: list[str] = field(default_factory=list)
    #: regexes (run with a time limit): a match over the whole line drops it, a partial match is cut (``user-pattern``)
    extra_patterns: list[str] = field(default_factory=list)
    #: a UTF-8 file of more junk words, one a line, ``#`` comments (same as ``extra_phrases``)
    lexicon_path: Optional[str] = None
    #: also drop the link lines under a 相关阅读 heading, runs of dated titles and tag clouds
    related_lists: bool = True
    #: also drop a short non-sentence line alone between two chrome lines (a promo, a dialog's text, a video title)
    chrome_islands: bool = True
    #: rules turned off by name: one-line rules (``LINE_RULES``: ``breadcrumb``, ``copyright`` …)
    #: and rules that read neighbours (``NEIGHBOUR_RULES``: ``date-links``, ``chrome-island`` …)
    disabled_rules: list[str] = field(default_factory=list)

    pattern_options = ("extra_patterns",)
    file_options = ("lexicon_path",)

    def validate(self) -> None:
        super().validate()
        check_rule_names(self.name, self.disabled_rules, rule_names(LINE_RULES, NEIGHBOUR_RULES))

    def _neighbour_rules_off(self) -> frozenset[str]:
        """The neighbour rules this filter skips: those turned off by name or by their option."""
        off = set(self.disabled_rules)
        if not self.related_lists:
            off |= RELATED_LIST_RULES
        if not self.chrome_islands:
            off |= ISLAND_RULES
        return frozenset(off)

    def _extra(self) -> tuple[str, ...]:
        return tuple(self.extra_phrases) + self.user_entries("lexicon_path")

    @staticmethod
    @lru_cache(maxsize=64)
    def _user_patterns(patterns: tuple[str, ...]) -> tuple[regex.Pattern, ...]:
        return tuple(compile_user_pattern(p, what="junk-lines pattern") for p in patterns)

    # ------------------------------------------------------------ one line
    def classify(self, text: str, *, top: bool = False, _tables: Optional[tuple] = None) -> Optional[str]:
        """The reason ``text`` is a junk line, or ``None`` when it may be article text.

        >>> f = DropJunkLines()
        >>> f.classify("分享到：微信 | 微博"), f.classify("阅读 1234"), f.classify("他在微博上说。")
        ('share-bar', 'counter', None)
        """
        return _classify(text, top, _tables or _lexicon_tables(self._extra()), _static(),
                         _ladder(tuple(self.disabled_rules), top))

    def _tail_after_field(self, text: str, tables: tuple) -> Optional[int]:
        """Where junk glued after a metadata field starts (``来源：新华网 | 打印 | 关闭``,
        ``来源：某某客户端 扫码下载``), or ``None``: the longest tail, from a space or a
        bracket or bar on, that is a junk line by itself, after a field."""
        for m in _TAIL_BREAK.finditer(text):
            start = m.start()
            tail = text[start:].strip()
            if not tail or _HAS_DATE.search(tail) or _HAS_TIME.search(tail):
                continue  # a date or time is the field's (a counter's shape, but the metadata filter's)
            if self.classify(tail, _tables=tables) is None:
                continue
            if _names_app(tail) and _source_value_before(text[:start]):
                continue  # 来源：新华社 客户端: the app is the source's name, what may follow it is the tail
            # the first junk tail is the longest; its head must be a field
            return start if states_facts(text[:start]) else None
        return None



    def claims(self, text: str) -> Optional[str]:
        """The reason ``text`` is a junk line by itself (below the top of the page), or ``None``."""
        return self.classify(text)

    def claims_among(self, texts: Sequence[str]) -> list[Optional[str]]:
        """:meth:`claims` of each of ``texts``, the tables and rules looked up once."""
        tables, st, ladder = _lexicon_tables(self._extra()), _static(), _ladder(tuple(self.disabled_rules), False)
        return [_classify(text, False, tables, st, ladder) for text in texts]

    # ------------------------------------------------------------ document
    def apply(self, doc: Document) -> None:
        st = _static()
        lines: list[Line] = doc.body_text_lines()
        texts = doc.body_texts()  # their text without the white space around it
        n = len(lines)
        # the top of the page, where breadcrumbs are: its first lines, up to the first
        # paragraph (which a cleaned text, cleaned again, has right under its title)
        top_limit = top_of_page(texts)
        tables = _lexicon_tables(self._extra())
        classify = self.classify
        # (what classify looks up, once a page: the rules of the top, then those below it)
        ladder = _ladder(tuple(self.disabled_rules), True)
        reasons: list[Optional[str]] = [_classify(text, True, tables, st, ladder) for text in texts[:top_limit]]
        # pages repeat their chrome: each text below the top is classified once
        ladder = _ladder(tuple(self.disabled_rules), False)
        memo = {text: _classify(text, False, tables, st, ladder) for text in dict.fromkeys(texts[top_limit:])}
        reasons.extend(map(memo.__getitem__, texts[top_limit:]))
        # the rules below search the joined texts, or the string of the lines' first or last
        # characters, once for what they need (a plain body line costs them nothing) and look
        # only at the lines found and at the junk lines
        joined = JoinedLines(texts)
        firsts = "".join(map(itemgetter(0), texts))  # (firsts[k] is texts[k][0])
        lasts = "".join(map(itemgetter(-1), texts))

        # the rules below look at lines next to one another, each on the few lines it can
        # change (what one sets, the next line's test may read: always in the table's order)
        page = _Page(self, lines, texts, reasons, joined, firsts, lasts, top_limit, tables, doc.later,
                     doc.per_text(line_weight))
        off = self._neighbour_rules_off()
        for rule in NEIGHBOUR_RULES:
            if rule.name not in off:
                rule.test(page)
        tails = page.tails

        patterns = self._user_patterns(tuple(self.extra_patterns))
        trailing = st["trailing"]
        if patterns:
            todo = range(n)
        else:  # junk, a field with junk glued on, a line that may end in junk
            todo = sorted(set(_junk(reasons)).union(tails, char_positions(_TRAILING_LAST_CHAR, lasts)))
        # the junk lines go at once (a page may be a million of them), then the lines that may
        # end in junk are read
        junk = list(compress(todo, map(reasons.__getitem__, todo)))
        doc.drop_all(map(lines.__getitem__, junk), map(reasons.__getitem__, junk), filter=self.name)
        for k in todo:
            if reasons[k]:
                continue
            line = lines[k]
            if k in tails:
                doc.cut(line, [(tails[k], len(line.text.rstrip()))], filter=self.name, reason="glued-junk")
                continue
            if patterns:
                if self._apply_user_patterns(doc, line, patterns):
                    continue
                text = line.text.rstrip()  # the patterns may have cut its end
                if not text or text[-1] not in _TRAILING_LAST:
                    continue
            elif texts[k][-1] not in _TRAILING_LAST:
                continue
            m = trailing.search(line.text)
            if m and m.start() > 0 and line.text[: m.start()].strip():
                doc.cut(line, [(m.start(), m.end())], filter=self.name, reason="glued-junk")
                # what is left may be junk itself (a stray quote): it goes now, not on a second cleaning
                rest = classify(line.text, top=k < top_limit, _tables=tables)
                if rest:
                    doc.drop(line, filter=self.name, reason=rest)


    def _apply_user_patterns(self, doc: Document, line: Line, patterns: tuple[regex.Pattern, ...]) -> bool:
        """Apply user patterns; True when the line was dropped whole."""
        spans = []
        for p in patterns:
            spans.extend((m.start(), m.end()) for m in user_finditer(p, line.text) if m.end() > m.start())
        if not spans:
            return False
        spans.sort()
        merged: list[list[int]] = []
        for i, j in spans:
            if merged and i <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], j)
            else:
                merged.append([i, j])
        rest = "".join(line.text[a:b] for a, b in zip([0] + [j for _, j in merged], [i for i, _ in merged] + [len(line.text)]))
        if not rest.strip():
            doc.drop(line, filter=self.name, reason="user-pattern")
            return True
        doc.cut(line, [(i, j) for i, j in merged], filter=self.name, reason="user-pattern")
        return False


def _classify(text: str, top: bool, tables: tuple, st: dict, ladder: Ladder) -> Optional[str]:
    """:meth:`DropJunkLines.classify` with its tables, patterns and rules looked up already."""
    s = text.strip()
    if not s or len(s) > 120:
        return None  # every junk shape is short; paragraphs are left alone at once
    line = _Line(s, tables, st, top)
    for test in ladder.for_edges(line.first, line.end):
        reason = test(line)
        if reason is not None:
            return reason or None  # (KEEP: the line may be article text, no later rule asks)
    return None


__all__ = ["DropJunkLines", "LINE_RULES", "NEIGHBOUR_RULES"]
