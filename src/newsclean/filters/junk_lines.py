"""Whole junk lines: share bars, page and forum chrome, related-link lists, counters.

A scraped page keeps the words of its buttons and widgets as lines of their
own: ``分享到：``, ``微信``, ``打印``, ``返回顶部``, ``阅读 1234``, a related-news
heading and the linked titles under it. This filter drops such lines whole,
with a reason that says what they were:

``share-bar``, ``page-chrome``, ``forum-chrome``, ``wechat-chrome``
    a line made only of the words of one of those lexicons (``junk_share.txt``,
    ``junk_chrome.txt``, ``junk_forum.txt``, ``junk_wechat.txt``), numbers and
    separators: ``微信 微博 QQ空间``, ``字号 大 中 小``, ``取消   确认``.
``counter``
    a number alone, or numbers with counter words: ``326``, ``阅读 1234``,
    ``1032人参与308评论``; ``1/3`` beside other junk.
``related-links``
    a heading from ``junk_sections.txt`` (相关阅读, 【相关新闻】 …) and the short
    link lines under it, up to the article's next real paragraphs or a
    metadata label (来源：, 责任编辑：); also runs of titles ending in a date,
    and a label of ``junk_link_labels.txt`` with one headline on its line
    (``此前报道：<title>``).
``tags``
    a 标签/关键词 line, the short tag lines under it, and runs of very short
    words next to other junk (a tag cloud).
``page-chrome`` also
    a short line holding a widget's instructions (``junk_widget_sentences.txt``),
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
``breadcrumb``
    ``首页 > 财经 > 正文`` near the top of the page, and a column name under
    it that repeats one of its crumbs.
``chrome-island``
    a short line that is not a sentence, alone between two chrome lines
    (a promo between the share bar and the article, a video title between
    player buttons); never before the headline and date, never metadata.
``video-player``
    the player's title bar (``视频-<title>``) and time (``00:00 / 02:35``).
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

import re
import sys
from collections import Counter
from itertools import compress
from operator import attrgetter, itemgetter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Optional

import regex

from .. import lexicons
from ..document import Document, Line
from ..patterns import (
    compile_user_pattern, literal_finder, phrase_alternation, re_alternation, uncased, user_finditer,
)
from .base import Filter, JoinedLines
from .metadata import states_facts
from .structure import is_headline

def _phrase_lexicons() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Whole-line junk words and the reason they are dropped with (the first lexicon wins a word)."""
    return (
        (lexicons.entries("junk_forum.txt"), "forum-chrome"),
        (lexicons.entries("junk_wechat.txt"), "wechat-chrome"),
        (lexicons.entries("junk_share.txt"), "share-bar"),
        (lexicons.entries("junk_chrome.txt"), "page-chrome"),
    )


_text = attrgetter("text")  # (a line's text, read in C over all lines)


# separators that may stand between junk words on a junk-only line (never + or -, which are buttons)
_SEP = r"[\p{Co}\s|｜丨/\\:：·•,，、;；()（）\[\]【】<>＜＞《》«»~～_=]"
_NUM = r"(?:[0-9０-９][0-9０-９,，.]*+(?:万|千|w|W|k|K)?\+?)"
# _SEP for the standard engine, \p{Co} and regex's \s spelled out (tests check they are the same)
_SEP_RE = (
    "[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"  # \p{Co}
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"  # \s
    r"|｜丨/\\:：·•,，、;；()（）\[\]【】<>＜＞《》«»~～_=]"
)
# the letters and digits a junk-only line may start or end with besides its phrases'
# (every other character of _SEP is neither a letter nor a digit): a cheap pre-check
_DIGITS = "0123456789０１２３４５６７８９"
_SEP_LETTERS = "丨"
_NUM_LAST = _DIGITS + "万千wWkK"
# a line ends like a sentence (_SENTENCE_END) at once when its last character is one of these
_SENTENCE_ENDERS = "。！？!?；;"
_SENTENCE_CLOSERS = "”\"’」』)）"
_MAX_CHROME_LEN = 80
_SHORT = 60
_SENTENCE_END = regex.compile(r"[。！？!?；;]\s*[”\"’」』)）]?\s*$")
# plain character classes run on the standard engine: several times faster on a short text
_SENTENCE_PUNCT = re.compile(r"[。！？!?；;，,]")
_WORD_BREAKER = re.compile(r"[。！？!?；;，,“”\"（）()：:]")
_MAX_TAG_RUN = 30
_PUNCT_ONLY = regex.compile(r"^[\p{P}\p{S}\p{Co}\s]+$")
_ACCOUNT_TOKEN = regex.compile(r"^\s*ID\s*[:：]\s*[A-Za-z0-9_\-]{2,40}\s*[|｜]?\s*$")
# a linked title with its date glued on (…畅游武汉2020.10.04); never a 时间：2020年3月5日 field
_DATE_END = regex.compile(
    r"(?<![:：\s])(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)
# possessive white space (\s*+): several optional parts in a row must not
# retry each split of a long run of spaces
_BARE_DATE_OR_TIME = regex.compile(
    r"^\s*+(?:(?:19|20)\d{2}\s*+[-./年]\s*+\d{1,2}\s*+[-./月]\s*+\d{1,2}\s*+日?)?\s*+(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*+$"
)
_DATE_ONLY = regex.compile(
    r"^(?:(?:19|20)\d{2}|[\d\s]*\d\s*[-/.:：年月日]\s*\d[\d\s\-/.:：年月日]*)$"
)
# 01, 02 … on a line of their own number the article's sections; counters have no leading zero
_SECTION_NUMBER = regex.compile(r"^0[1-9]$")
_FOLLOW = regex.compile(r"^\s*+[+＋]?\s*+(?:关注|关注TA|关注我们|订阅)\s*+$")
_COUNTER_LABEL = regex.compile(r"(?:浏览|阅读|点击|访问|人气|热度)(?:次数|数|量|人数)?\s*[:：]\s*$")
_DIGIT = regex.compile(r"\d")
# 所属分类： closing a line: the column's name on the next line is page chrome
_CATEGORY_LABEL = regex.compile(r"(?:所属分类|所属栏目|分类|栏目|频道)\s*[:：]\s*$")
# #宏观经济 #降准: a line of WeChat topic tags (never a #微博话题#, which articles quote)
_HASHTAGS = regex.compile(r"^(?:[#＃][^\s#＃，。,]{1,20}\s*+){1,8}$")
# 12个 under a topic tag: how many articles the topic holds
_TOPIC_COUNT = regex.compile(r"^\s*+\d{1,5}\s*+(?:个|篇)\s*+$")
# 1/3 between 上一页 and 下一页, 1/10 over a gallery
_PAGE_OF = regex.compile(r"^\s*+\d{1,3}\s*+/\s*+\d{1,3}\s*+$")
_SMALL_NUMBER = regex.compile(r"^\s*[0-9０-９]{1,2}\s*$")
_FORUM_PATTERNS = regex.compile(
    r"""^\s*(?:
        本帖最后由\s*\S{1,40}\s*于\s*[\d\-/: ]{8,25}\s*编辑
      | \S{1,80}\.(?:jpg|jpeg|png|gif|bmp|webp|rar|zip|pdf|docx?)\s*(?:[(（].{0,60}[)）])?
      | .{0,80}下载次数\s*[:：]\s*\d+.{0,20}
      | (?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*上传
      | \d{1,4}\s*(?:\#|楼)
      | 下载附件.{0,40}
      | 回复\s*\d{1,5}\s*\#.{0,40}
    )\s*$""",
    regex.VERBOSE,
)
# 返回搜狐，查看更多 and its cousins on other portals
_BACK_TO_SITE = r"返回[^\s，,。]{1,8}[，,]\s*查看更多"
# 返回腾讯网首页>>: the link back to the portal's front page, with its arrow (or right after a
# sentence, where no article goes on with 返回…首页)
_BACK_TO_HOME = r"(?:返回[^\s，,。>＞»]{0,8}首页\s*(?:>>?|＞＞?|»)|(?<=[。！？!?”])返回[^\s，,。>＞»]{0,8}首页)"
# on a line of its own the link needs no arrow (点击返回首页)
_BACK_TO_HOME_LINE = regex.compile(r"^\s*(?:点击)?返回[^\s，,。>＞»]{0,8}首页\s*(?:>>?|＞＞?|»)?\s*$")
_PAGER = regex.compile(r"^\s*+[【\[]?\s*+(?:上一篇|下一篇|上一条|下一条)\s*+[】\]]?\s*+[:：]?\s*+$")
_BREADCRUMB_SEP = regex.compile(r"(?:^|\s)[>»＞›](?:\s|$)|\s[>»＞›]|[>»＞›]\s|^[>»＞›]")
# the pieces of a breadcrumb line (首页 > 快讯 > 公司 gives 首页, 快讯, 公司)
_CRUMB_SPLIT = regex.compile(r"[\s>»＞›/|｜:：]+")
# 关注新华网: a follow button with the site's name, beside a share bar
_FOLLOW_NAME = regex.compile(r"^\s*+[+＋]?\s*+关注\s*+[\p{Han}A-Za-z0-9]{2,12}\s*+$")
# 点击进入专题： on a line of its own: the linked title follows
_LINK_PROMPT = regex.compile(r"^\s*+(?:点击|点此|进入)[^\s，,。]{0,8}[:：]\s*+$")
# 00:00 / 02:35: the player's position and length
_PLAYER_TIME = regex.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*+/\s*+\d{1,2}:\d{2}(?::\d{2})?$")
# 视频-<title>, 视频：<title>: the player's title bar
_VIDEO_TITLE = regex.compile(r"^\s*+视频\s*+[-－—|｜:：]\s*+\S")
# a date anywhere in a line: such a line belongs to the metadata filter
_HAS_DATE = regex.compile(r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}")
# what a _DATE_END match ends in (\d is a decimal digit for both engines)
_DIGIT_OR_DAY = re.compile(r"[\d日]")
_PIPES = re.compile(r"[|｜]")
_COLONS = re.compile("[:：]")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
# a capital right after a small letter, a digit or an ideograph: where two glued words meet
_GLUED_CAPITAL = re.compile(r"(?<=[a-z0-9\u4e00-\u9fff])[A-Z]")
_CAMEL_CAPITAL = re.compile(r"(?<=[a-z])[A-Z]")
#: a tag cloud glued into one line has at least this many, of which at least _GLUED_CAMELS after a
#: small letter (ZoomEye alone has one, iPhone11ProMax和GalaxyS20Ultra six, three after a small letter)
_GLUED_TAGS = 6
_GLUED_CAMELS = 4
#: such a line is looked for in the first lines only (the page's head, above the article)
_GLUED_TAG_ZONE = 60
#: a line printed above is dropped as a repeat when this long and prose (the structure filter's rule)
_REPEAT_LENGTH = 30
_REPEAT_PROSE = re.compile(r"[。！？，；]")


def _glued_words(text: str) -> bool:
    """Many words glued together, each starting with a capital."""
    return len(_CAMEL_CAPITAL.findall(text)) >= _GLUED_CAMELS and len(_GLUED_CAPITAL.findall(text)) >= _GLUED_TAGS
#: the reward card above 赞赏作者: at most this many lines (name, slogan), each at most this long
_REWARD_CARD_LINES = 2
_REWARD_CARD_LEN = 30
#: the lines under 赞赏作者 that still belong to the card (buttons, counters, the transfer code)
_REWARD_CARD_ZONE = 10
#: junk next to which a lone short line is part of the same widget (never counters, forum posts or lists)
_ISLAND_NEIGHBOURS = frozenset({"share-bar", "page-chrome", "follow-prompt", "wechat-chrome"})


@lru_cache(maxsize=None)
def _lexicon_tables(extra: tuple[str, ...]) -> tuple:
    """(phrase → reason, junk-only line pattern, phrase finder, lead and last characters), once per option set."""
    reasons: dict[str, str] = {}
    for phrases, reason in _phrase_lexicons():
        for phrase in phrases:
            reasons.setdefault(phrase, reason)
    for phrase in extra:
        reasons.setdefault(phrase, "user-phrase")
    only = _junk_only_pattern(reasons)
    # letters and digits that may start / end a junk-only line
    lead = frozenset(p[0] for p in reasons) | frozenset(_DIGITS + _SEP_LETTERS)
    last = frozenset(p[-1] for p in reasons) | frozenset(_NUM_LAST + _SEP_LETTERS)
    return reasons, only, literal_finder(reasons), lead, last


def _junk_only_pattern(phrases) -> "re.Pattern | regex.Pattern":
    """``^(?:phrase|number|separator)++$``: a line made only of junk words, numbers and separators.

    The phrases are a trie; the standard engine (possessive quantifiers since
    Python 3.11) runs it about three times faster than regex, with the same matches.
    """
    if sys.version_info >= (3, 11):
        return re.compile(rf"^(?:{re_alternation(phrases)}|{_NUM}|{_SEP_RE})++$")
    return regex.compile(rf"^(?:{phrase_alternation(phrases, case_sensitive=True)}|{_NUM}|{_SEP})++$")


# what IGNORECASE takes for an ASCII letter besides its two cases
_ASCII_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _anchor_chars(phrases: tuple[str, ...]) -> Optional[re.Pattern]:
    """Characters one of which every text holding one of ``phrases`` (matched IGNORECASE) holds:
    of each phrase a character without case (not a space) if it has one, else its first letter
    in every form IGNORECASE matches. A cheap search to skip the case-blind one; ``None`` when
    some phrase has neither."""
    chars: set[str] = set()
    for p in phrases:
        plain = [c for c in p if uncased(c) and not c.isspace()]
        if plain:
            chars.add(max(plain, key=lambda c: (not c.isascii(), -p.index(c))))  # rarer: not ASCII
        elif p[:1].isascii() and p[:1].isalpha():
            low = p[0].lower()
            chars.update(low + low.upper() + _ASCII_FOLDS.get(low, ""))
        else:
            return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]") if chars else None


#: what may follow a heading word on its line (besides white space)
_HEADING_TAIL = ":：>»＞"


def _heading_pattern(words: tuple[str, ...]) -> regex.Pattern:
    """A heading word alone on its line, maybe in 【】 (【相关新闻】), then a colon or an arrow."""
    return regex.compile(rf"^\s*(?:【\s*{phrase_alternation(words)}\s*】|{phrase_alternation(words)})\s*[{_HEADING_TAIL}\s]*$")


# a sentence-ending line is a follow prompt only when short: at most this long, with at
# most _PROMPT_LEAD characters of other sentences before the prompt's, and at most
# _PROMPT_HEAD characters of its own sentence before the prompt
_MAX_PROMPT_SENTENCES = 100
_PROMPT_LEAD = 40
_PROMPT_HEAD = 30
#: what may open a junk tail glued to a field (来源：新华网（版权所有）)
_TAIL_OPENERS = "（(【[|｜丨"
#: where a junk tail after a field may start: white space, or a bracket or bar
_TAIL_BREAK = re.compile(r"(?<=\S)(?:\s+|(?=[【\[|｜丨]))")
#: a linked headline after 此前报道： is at most this long (and no address: 原文链接：https://…)
_MAX_LINK_TITLE = 60
_URL_START = re.compile(r"https?://|www\.", re.IGNORECASE)


def _prompt_sentence_pattern() -> regex.Pattern:
    """A prompt opening a clause: scan a code and follow, tap and follow, follow an account,
    download an app, share to friends (after a polite word), tap 在看, search WeChat."""
    accounts = phrase_alternation(lexicons.entries("junk_prompt_accounts.txt"))
    clause = r"[^，,。！!？?；;]"
    polite = "请|欢迎|敬请|记得|或"  # never 可 (…提醒，可关注…公众号 reports advice)
    # the clause's start, its decoration, a polite word or 更多…福利 before the verb
    lead = rf"(?:^|[，,！!；;。：:\s(（])[^\p{{L}}\p{{N}}]*(?:{polite})?(?:更多{clause}{{0,8}}?)?"
    verb = "关注(?![到度了过着])"  # 关注到, 关注度: reporting
    scan = (rf"(?:扫描|扫码|扫一扫|长按识别|长按|微信扫){clause}{{0,12}}?[，,]?"
            rf"(?:{verb}|订阅|下载|添加|加入|进群|入群|用手机看|在手机(?:上)?(?:打开|阅读|看))")
    tap = rf"(?:点击|戳){clause}{{0,8}}?[，,]?(?:{verb}|[“\"「]?阅读原文|查看更多|了解更多)"
    follow = rf"{verb}{clause}{{0,20}}?(?:{accounts}|我们)"
    # 下载新闻客户端！, never 下载客户端后，…: the app closes its clause
    download = rf"(?:下载|安装){clause}{{0,12}}?(?:{accounts})(?:[“\"「《][^”\"」》]{{1,20}}[”\"」》])?(?![\p{{L}}\p{{N}}])"
    share = rf"(?<=请|欢迎|记得)(?:大家)?(?:分享|转发)(?:到|至|给)?{clause}{{0,6}}?(?:朋友圈|好友)"
    # the rest may stand anywhere in the sentence
    button = r"点个?\s*[“\"【「]?在看|点亮\s*[“\"【「]?在看"
    search = r"(?<=^|[，,。！!；;(（\s])或?微信(?:中|里|内)?搜(?:索)?\s*[:：「“\"]"
    return regex.compile(rf"{lead}(?P<prompt>{scan}|{tap}|{follow}|{download})|(?P<prompt>{share}|{button}|{search})")


#: words one of which every prompt sentence holds (a cheap test before the pattern)
_PROMPT_WORDS = re.compile("关注|搜|扫|长按|下载|安装|订阅|添加|加入|进群|入群|在看|阅读原文|更多|分享|转发")


#: last characters of the glued-junk endings, to skip lines that cannot end in one
_TRAILING_LAST = frozenset(e[-1] for e in lexicons.entries("junk_trailing.txt")) | frozenset("多页>＞»")
_TRAILING_LAST_CHAR = re.compile("[" + "".join(re.escape(c) for c in sorted(_TRAILING_LAST)) + "]")


def _link_labels() -> str:
    return phrase_alternation(lexicons.entries("junk_link_labels.txt"))


def _glued_link() -> str:
    """（更多详情：<title>） glued to the end of a paragraph: a link label, one headline, in brackets.
    Never 原文链接 (an address there is the metadata filter's)."""
    labels = [w for w in lexicons.entries("junk_link_labels.txt") if not w.startswith("原文")]
    return rf"[（(]\s*(?:{phrase_alternation(labels)})\s*[:：][^（）()。\n]{{1,{_MAX_LINK_TITLE}}}[）)]"


def _crumbs() -> str:
    return phrase_alternation(lexicons.entries("junk_breadcrumb.txt"))


@lru_cache(maxsize=1)
def _static() -> dict[str, regex.Pattern]:
    tags = phrase_alternation(lexicons.entries("junk_tags.txt"))
    labels = [row[0] for row in lexicons.rows("metadata_labels.tsv", 2)]
    sources = [row[0] for row in lexicons.rows("metadata_labels.tsv", 2) if row[1] == "source"]
    return {
        "section": _heading_pattern(lexicons.entries("junk_sections.txt")),
        "tags_heading": regex.compile(rf"^\s*{tags}\s*[:：>»＞\s]*$"),
        "tags_line": regex.compile(rf"^\s*{tags}\s*[:：>»＞\s]+\S.{{0,60}}$"),
        "contains": literal_finder(lexicons.entries("junk_contains.txt")),
        "topic": literal_finder(lexicons.entries("junk_prompt_topics.txt")),
        # a clause that opens like a prompt (扫描下方二维码…, ，更多精彩请关注…), after any decoration
        "prompt_open": regex.compile(
            rf"(?:^|[，,！!；;。：:\s])[^\p{{L}}\p{{N}}]*(?:{phrase_alternation(lexicons.entries('junk_prompt_openers.txt'))})"
        ),
        # 扫描下方二维码关注…, 欢迎关注本报微信公众号…, 或微信中搜：…: a prompt in a sentence
        "prompt_sentence": _prompt_sentence_pattern(),
        "reported": literal_finder(lexicons.entries("prompt_reporting_words.txt")),
        # …扫描二维码关注（sinafinance）: a prompt's closing verb, an account ID in brackets after it
        "prompt_end": regex.compile(
            rf"(?:{phrase_alternation(lexicons.entries('junk_prompt_endings.txt'))})"
            r"[^\p{L}\p{N}]*(?:[（(][^）)]{0,40}[）)])?[^\p{L}\p{N}]*$"
        ),
        # 本文来自澎湃新闻客户端, 转载自公众号：…: a source field, whatever it names
        "source_start": regex.compile(rf"^\s*[（(【\[]?\s*{phrase_alternation(sources)}"),
        # a source field's label (the start of a "field" match)
        "source_field": regex.compile(rf"(?:^|[\s，,|（(【\[])\s*{phrase_alternation(sources)}\s*[:：]"),
        "copyright": regex.compile(phrase_alternation(lexicons.entries("junk_copyright.txt")), regex.IGNORECASE),
        "copyright_anchor": _anchor_chars(lexicons.entries("junk_copyright.txt")),
        "breadcrumb": regex.compile(
            rf"^{_crumbs()}(?:[:：\s>›»]|$)|(?:^|[\s>›»|/]){_crumbs()}$"
        ),
        "trailing": regex.compile(
            rf"(?:\s*(?:{phrase_alternation(lexicons.entries('junk_trailing.txt'))}|{_BACK_TO_SITE}|{_BACK_TO_HOME}"
            rf"|{_glued_link()}))+\s*$"
        ),
        "field_label": _heading_pattern(lexicons.entries("junk_field_labels.txt")),
        # first characters of section and tag headings, to skip the heading patterns at once
        "heading_first": frozenset(
            e[0] for e in lexicons.entries("junk_sections.txt") + lexicons.entries("junk_tags.txt")
        ) | {"【"},
        "suffix": regex.compile(rf"{phrase_alternation(lexicons.entries('junk_suffixes.txt'))}\s*>?$"),
        "prefix": regex.compile(rf"^\s*{phrase_alternation(lexicons.entries('junk_prefixes.txt'))}"),
        "label": regex.compile(rf"^\s*[（(【\[]?\s*{phrase_alternation(labels)}\s*[:：]"),
        "field": regex.compile(rf"(?:^|[\s，,|（(【\[])\s*{phrase_alternation(labels)}\s*[:：]"),
        # one search instead of three on most lines that do not end like a sentence (with
        # "copyright"): no match, neither a widget, copyright nor prompt line
        "any_phrase": literal_finder(
            lexicons.entries("junk_contains.txt") + lexicons.entries("junk_prompt_topics.txt")
            + lexicons.entries("junk_widget_sentences.txt")
        ),
        "prefix_first": frozenset(e[0] for e in lexicons.entries("junk_prefixes.txt")),
        # 此前报道：, 【延伸阅读】 before a linked headline
        "link_label": regex.compile(
            rf"^\s*(?:【\s*{_link_labels()}\s*】\s*[:：]?|{_link_labels()}\s*[:：])"
        ),
        "link_label_first": frozenset(e[0] for e in lexicons.entries("junk_link_labels.txt")) | {"【"},
        "widget": literal_finder(lexicons.entries("junk_widget_sentences.txt")),
        # last characters a section or tag heading line can end with
        "heading_last": frozenset(
            e[-1] for e in lexicons.entries("junk_sections.txt") + lexicons.entries("junk_tags.txt")
        ) | frozenset(_HEADING_TAIL) | {"】"},
        "suffix_last": frozenset(e[-1] for e in lexicons.entries("junk_suffixes.txt")) | {">"},
        "field_label_first": frozenset(e[0] for e in lexicons.entries("junk_field_labels.txt")),
        "field_label_char": re.compile(
            "[" + "".join(re.escape(e[0]) for e in sorted(lexicons.entries("junk_field_labels.txt"))) + "]"
        ),
    }


def _junk_tail(text: str, st: dict) -> Optional[int]:
    """Where a copyright phrase or a prompt glued after a metadata field starts
    (``来源：新华网 版权所有`` → the offset of 版权所有), or ``None`` when the line is not such a field."""
    found = [m.start() for m in (st["copyright"].search(text), st["contains"].search(text), st["topic"].search(text))
             if m is not None]
    if not found:
        return None
    start = min(found)
    while start and (text[start - 1].isspace() or text[start - 1] in _TAIL_OPENERS):
        start -= 1  # the space or bracket before the junk goes with it
    head = text[:start]
    if not head.strip() or not states_facts(head):
        return None
    return start


def _names_app(tail: str) -> bool:
    """``tail`` (stripped) opens with an app or account word of ``junk_suffixes.txt`` (客户端, APP),
    alone or before a space."""
    word = tail.split(maxsplit=1)[0]
    return word in _app_words()


@lru_cache(maxsize=1)
def _app_words() -> frozenset[str]:
    return frozenset(lexicons.entries("junk_suffixes.txt"))


def _source_value_before(head: str) -> bool:
    """``head`` ends in the value of a source field (来源：新华社, 作者：张三 来源：新华社)."""
    st = _static()
    last = None
    for last in st["field"].finditer(head):
        pass
    if last is None:
        return st["source_start"].match(head) is not None
    return st["source_field"].match(head, last.start()) is not None and bool(head[last.end():].strip())


def _is_link_line(s: str, st: dict) -> bool:
    """``此前报道：<title>``: a related-link label and one linked headline after it (no sentence)."""
    m = st["link_label"].match(s)
    if m is None:
        return False
    title = s[m.end():].strip()
    # 原文链接：https://…: an address is the metadata filter's (the original address)
    return 0 < len(title) <= _MAX_LINK_TITLE and "。" not in title and not _URL_START.match(title)


def _is_byline_bar(s: str) -> bool:
    """``s`` (stripped), above the article's first paragraph, is the page's date-and-time bar
    (2019-09-05 11:10 某某网): a number right under it is that bar's counter, not a section number."""
    return (len(s) <= _SHORT and "。" not in s and _HAS_DATE.search(s) is not None
            and _HAS_TIME.search(s) is not None)


def _first_paragraph(texts: list[str], joined: JoinedLines) -> int:
    """The index of the first paragraph of ``texts`` (stripped), or their number when none is."""
    return next((k for k in joined.word_hits(["。"]) if _is_paragraph(texts[k])), len(texts))


def _junk(reasons: list[Optional[str]]) -> list[int]:
    """The positions of the lines found junk so far, in order."""
    return list(compress(range(len(reasons)), reasons))


def _is_paragraph(text: str) -> bool:
    """Running text: long enough and built of sentences."""
    s = text.strip()
    return len(s) >= 12 and "。" in s


def _is_running_text(s: str) -> bool:
    """A paragraph, or a sentence that ends in ！ or ？ (``s`` already stripped)."""
    return len(s) >= 12 and ("。" in s or _SENTENCE_END.search(s) is not None)


#: the top of the page, where breadcrumbs are: at most this many lines, up to the first running text
TOP_LINES = 6


def top_of_page(texts: list[str]) -> int:
    """How many of the first ``texts`` (stripped lines) are the top of the page."""
    for k in range(min(TOP_LINES, len(texts))):
        if _is_running_text(texts[k]):
            return k
    return min(TOP_LINES, len(texts))


def reads_as_breadcrumb(s: str) -> bool:
    """``s`` (stripped) is a breadcrumb when it stands at the top of a page (首页 > 财经 > 正文)."""
    return len(s) <= _SHORT and not _SENTENCE_PUNCT.search(s) and (
        _BREADCRUMB_SEP.search(s) is not None or (len(s) <= 30 and _static()["breadcrumb"].search(s) is not None))


def _is_name_like(text: str) -> bool:
    s = text.strip()
    return 0 < len(s) <= 16 and not _WORD_BREAKER.search(s)


def _is_short_word(text: str) -> bool:
    s = text.strip()
    return 0 < len(s) <= 8 and not _WORD_BREAKER.search(s)


def _removed_later(texts: list[str], reasons: list[Optional[str]]) -> Callable[[int], bool]:
    """A test of whether ``texts[j]`` (a line this filter keeps) leaves the cleaned text by a
    later filter: a field line (来源：新华网, the metadata filter's), a caption, a notice, a copy
    of the title's place (the first line kept, when it reads as a headline) or a repeat the
    structure filter drops (a prose line printed above, or the line above again)."""
    from .captions import reads_as_caption  # (imported here: the captions filter imports this module)
    from .notices import ExtractNotices
    from .structure import repeats_title

    is_notice = ExtractNotices().is_notice
    title = next((t for t, r in zip(texts, reasons) if r is None), "")
    title = title if is_headline(title) else ""
    first_at: dict[str, int] = {}
    for i, t in enumerate(texts):
        if reasons[i] is None:
            first_at.setdefault("".join(t.split()), i)

    def gone(j: int) -> bool:
        text = texts[j]
        c = "".join(text.split())
        if first_at.get(c, j) < j and (len(c) >= _REPEAT_LENGTH and _REPEAT_PROSE.search(c)
                                       or len(c) >= 4 and j and "".join(texts[j - 1].split()) == c):
            return True
        if title and first_at.get("".join(title.split())) != j and repeats_title(text, title):
            return True
        return reads_as_caption(text) or is_notice(text) or states_facts(text)

    return gone


@dataclass
class DropJunkLines(Filter, name="junk-lines"):
    """Drop share bars, page/forum/WeChat chrome, related-link lists, counters and other junk lines.

    Options: ``extra_phrases`` (more whole-line junk words), ``extra_patterns``
    (regexes; a match over the whole line drops it, a partial match is cut),
    ``lexicon_path`` (a file of more junk words, one a line),
    ``related_lists`` (drop the link lines under a 相关阅读 heading) and
    ``chrome_islands`` (drop a short line alone between two chrome lines).

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

    pattern_options = ("extra_patterns",)
    file_options = ("lexicon_path",)

    def _extra(self) -> tuple[str, ...]:
        extra = list(self.extra_phrases)
        if self.lexicon_path:
            extra.extend(lexicons.read_user_entries(self.lexicon_path))
        return tuple(extra)

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
        s = text.strip()
        if not s or len(s) > 120:
            return None  # every junk shape is short; paragraphs are left alone at once
        reasons, only, finder, lead, last = _tables or _lexicon_tables(self._extra())
        st = _static()
        first, end = s[0], s[-1]
        # the cheap character tests below only skip patterns that cannot match
        if not first.isalnum() and not end.isalnum() and _PUNCT_ONLY.match(s) and not finder.search(s):
            return "scraper-artefact"
        headed = first in st["heading_first"]
        if headed and end in st["heading_last"]:
            if st["section"].match(s):
                return "related-links"
            if st["tags_heading"].match(s):
                return "tags"
        if first.isdigit():
            if ":" in s and "/" in s and _PLAYER_TIME.match(s):
                return "video-player"
            if _DATE_ONLY.match(s) or _SECTION_NUMBER.match(s):
                return None  # a date or time alone belongs to the metadata filter
        if (
            len(s) <= _MAX_CHROME_LEN and (first in lead or not first.isalnum())
            and (end in last or not end.isalnum()) and only.match(s)
        ):
            found = [reasons[m.group()] for m in finder.finditer(s)]
            if not found or (_DIGIT.search(s) and set(found) <= {"page-chrome", "wechat-chrome"}):
                return "counter"
            for reason in ("forum-chrome", "wechat-chrome", "share-bar", "user-phrase"):
                if reason in found:
                    return reason
            return found[0]
        if "ID" in s and _ACCOUNT_TOKEN.match(s):
            return "scraper-artefact"
        if (first == "#" or first == "＃") and _HASHTAGS.match(s):
            return "tags"
        if first == "视" and len(s) <= 60 and "。" not in s and _VIDEO_TITLE.match(s):
            return "video-player"
        # every _FORUM_PATTERNS line holds one of these words
        if (
            "." in s or "本帖" in s or "下载" in s or "上传" in s or "#" in s or "楼" in s or "回复" in s
        ) and _FORUM_PATTERNS.match(s):
            return "forum-chrome"
        if end in _SENTENCE_ENDERS:
            ends_sentence = True
        else:
            ends_sentence = end in _SENTENCE_CLOSERS and _SENTENCE_END.search(s) is not None
        if headed and not ends_sentence and st["tags_line"].match(s):
            return "tags"
        if ends_sentence:
            if len(s) <= _MAX_CHROME_LEN and st["widget"].search(s):
                return "page-chrome"
            if len(s) <= _MAX_PROMPT_SENTENCES and self._is_sentence_prompt(s, st):
                return "follow-prompt"
        elif st["any_phrase"].search(s) or (
            (st["copyright_anchor"] is None or st["copyright_anchor"].search(s)) and st["copyright"].search(s)
        ):
            if len(s) <= _MAX_CHROME_LEN and st["widget"].search(s):
                return "page-chrome"
            if st["copyright"].search(s):
                return "copyright"
            # a line of labelled fields (来源：央视新闻客户端, 本文来自澎湃新闻客户端) is
            # metadata, whatever its value names; a word an article may use too
            # (二维码支付成为主流) makes a prompt only of a line that reads as one
            if (
                len(s) <= _SHORT and not st["field"].search(s) and not st["source_start"].match(s)
                and (st["contains"].search(s) or self._is_topic_prompt(s, st))
            ):
                return "follow-prompt"
        if (
            len(s) <= 16 and end in st["suffix_last"] and st["suffix"].search(s) and not _WORD_BREAKER.search(s)
            and not st["source_start"].match(s)
        ):
            return "follow-prompt"
        if len(s) <= 80 and first in st["prefix_first"] and st["prefix"].match(s):
            return "page-chrome"
        if (first == "返" or first == "点") and len(s) <= 20 and _BACK_TO_HOME_LINE.match(s):
            return "page-chrome"
        if first in st["link_label_first"] and _is_link_line(s, st):
            return "related-links"
        if top and reads_as_breadcrumb(s):
            return "breadcrumb"
        return None

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

    @staticmethod
    def _is_sentence_prompt(s: str, st: dict) -> bool:
        """A short blurb that ends like a sentence and whose point is a prompt to scan a code,
        follow an account or search for it (…。扫描下方二维码关注某某官方微信。).

        The prompt must open its clause (a subject before it, 市民可扫描…, is reporting), what
        stands before it in its sentence must be short and hold no colon nor word of reported
        speech (警方提醒，请关注… quotes advice), and the sentences before it must be short
        (a paragraph that ends with a prompt is no blurb).
        """
        if not _PROMPT_WORDS.search(s):
            return False
        m = st["prompt_sentence"].search(s)
        if m is None:
            return False
        start = m.start("prompt")
        opened = max(s.rfind(c, 0, start) for c in "。！？!?；;") + 1
        head = s[opened:start]
        return (opened <= _PROMPT_LEAD and len(head) <= _PROMPT_HEAD and ":" not in head and "：" not in head
                and not st["reported"].search(head))

    @staticmethod
    def _is_topic_prompt(s: str, st: dict) -> bool:
        """A line naming a QR code or an account that asks the reader to scan, follow or download."""
        m = st["topic"].search(s)
        if m is None:
            return False
        if len(s) - len(m.group()) <= 2:  # 二维码, 微信扫码: the word alone
            return True
        return st["prompt_open"].search(s) is not None or st["prompt_end"].search(s) is not None

    # ------------------------------------------------------------ document
    def apply(self, doc: Document) -> None:
        st = _static()
        lines: list[Line] = doc.body_text_lines()
        texts = list(map(str.strip, map(_text, lines)))  # their text without the white space around it
        n = len(lines)
        # the top of the page, where breadcrumbs are: its first lines, up to the first
        # paragraph (which a cleaned text, cleaned again, has right under its title)
        top_limit = top_of_page(texts)
        tables = _lexicon_tables(self._extra())
        classify = self.classify
        reasons: list[Optional[str]] = [classify(text, top=True, _tables=tables) for text in texts[:top_limit]]
        # pages repeat their chrome: each text below the top is classified once
        memo = {text: classify(text, _tables=tables) for text in dict.fromkeys(texts[top_limit:])}
        reasons.extend(map(memo.__getitem__, texts[top_limit:]))
        # the rules below search the joined texts, or the string of the lines' first or last
        # characters, once for what they need (a plain body line costs them nothing) and look
        # only at the lines found and at the junk lines
        joined = JoinedLines(texts)
        firsts = "".join(map(itemgetter(0), texts))  # (firsts[k] is texts[k][0])
        lasts = "".join(map(itemgetter(-1), texts))

        # 来源：新华网 版权所有, 本报记者 张三 扫码看视频: a field line with junk glued on keeps its field
        # 来源：新华网 | 打印 | 关闭: so is one with buttons after its value
        tails: dict[int, int] = {}
        found = _junk(reasons)  # (the three rules below only take lines out of the junk)
        for k in found:
            if reasons[k] == "copyright" or reasons[k] == "follow-prompt":
                start = _junk_tail(lines[k].text, st)
                if start is not None:
                    reasons[k] = None
                    tails[k] = start
        field_tails: dict[str, Optional[int]] = {}  # pages repeat their field lines: each text once
        for k in joined.word_hits([":", "："]):  # (every field has its colon)
            if reasons[k] is None and k not in tails and len(texts[k]) <= _MAX_CHROME_LEN \
                    and st["field"].search(texts[k]):
                text = lines[k].text
                if text not in field_tails:
                    field_tails[text] = self._tail_after_field(text, tables)
                if field_tails[text] is not None:
                    tails[k] = field_tails[text]

        # the rules below look at lines next to one another, each on the few lines it can
        # change (what one sets, the next line's test may read: always in line order)
        # a lone small number is a counter beside other junk; inside the article it numbers a section.
        # Numbers side by side are no evidence for each other: a run of them is junk only beside
        # other junk (a line between two that a later filter removes must not decide, or cleaning
        # the output again, which has them side by side, would drop them)
        small = [k for k in found if reasons[k] == "counter" and _SMALL_NUMBER.match(lines[k].text)]
        first_paragraph = _first_paragraph(texts, joined)
        i = 0
        while i < len(small):
            k = j = small[i]
            while i < len(small) and small[i] == j:  # the run k..j-1
                i += 1
                j += 1
            after_label = k > 0 and (_COUNTER_LABEL.search(lines[k - 1].text)
                                     or (k <= first_paragraph and _is_byline_bar(texts[k - 1])))
            if not (after_label or (k > 0 and reasons[k - 1]) or (j < n and reasons[j])):
                reasons[k:j] = [None] * (j - k)
        for k in [k + 1 for k in found if reasons[k] == "tags"]:
            # 12个 under a tag, and under that one, …
            while k < n and reasons[k] is None and _TOPIC_COUNT.match(lines[k].text):
                reasons[k] = "tags"
                k += 1
        for k in joined.word_hits(["/"]):
            # a page number (1/3) or a gallery counter (1/10) beside other junk; alone it may be a date
            if reasons[k] is None and _PAGE_OF.match(lines[k].text):
                if (k and reasons[k - 1]) or (k + 1 < n and reasons[k + 1]):
                    reasons[k] = "counter"
        colon_ends = [m.start() for m in _COLONS.finditer(lasts, 0, n - 1)]
        above_follow = [j - 1 for j in joined.word_hits(["关注", "订阅"]) if j >= 2]
        for k in sorted(set(colon_ends).union(above_follow)):
            # the column's name under a line that ends in 所属分类：
            if reasons[k + 1] is None and texts[k][-1] in ":：" and _CATEGORY_LABEL.search(lines[k].text) \
                    and _is_short_word(texts[k + 1]):
                reasons[k + 1] = "page-chrome"
            # an account name right above its lone 关注 (follow) button
            nxt = lines[k + 1].text
            if k and reasons[k] is None and ("关注" in nxt or "订阅" in nxt) and _FOLLOW.match(nxt) \
                    and _is_name_like(texts[k]):
                reasons[k] = "follow-prompt"
        field_label = st["field_label"]
        field_first = st["field_label_first"]
        # a line acts here when it is junk, starts like a field label or holds 篇 / 条 (a pager);
        # one that this loop makes junk acts too: it is the next line, looked at next
        todo = [m.start() for m in st["field_label_char"].finditer(firsts, 0, n - 1)]
        todo = sorted(set(_junk(reasons)).union(todo, joined.word_hits(["篇", "条"])))
        todo = [k for k in todo if k < n - 1]
        todo.append(n)  # a sentinel
        t = 0
        k = todo[0]
        while k < n - 1:
            while todo[t] <= k:
                t += 1
            nxt_k = todo[t]
            if reasons[k + 1] is None:
                self._pager_rule(k, lines, texts, reasons, field_label, field_first, st)
                if reasons[k + 1] is not None:
                    nxt_k = k + 1
            k = nxt_k
        self._follow_names(lines, reasons, joined)

        self._crumb_labels(texts, reasons, top_limit)
        if self.related_lists:
            self._related_blocks(lines, texts, reasons, st)
            self._date_link_runs(texts, reasons, lasts)
            self._tag_runs(texts, reasons)
            self._pipe_tags(texts, reasons, joined)
        self._profile_card_names(lines, texts, reasons, st)  # after the tag runs: a name among tags is one
        self._reward_card_lines(texts, reasons, joined)
        if self.related_lists:
            self._glued_tag_lines(texts, reasons, first_paragraph)
        if self.chrome_islands:
            self._islands(texts, reasons, st)

        patterns = self._user_patterns(tuple(self.extra_patterns))
        trailing = st["trailing"]
        if patterns:
            todo = range(n)
        else:  # junk, a field with junk glued on, a line that may end in junk
            todo = sorted(set(_junk(reasons)).union(tails, [m.start() for m in _TRAILING_LAST_CHAR.finditer(lasts)]))
        for k in todo:
            line = lines[k]
            if reasons[k]:
                doc.drop(line, filter=self.name, reason=reasons[k])
                continue
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

    @staticmethod
    def _pager_rule(k: int, lines: list[Line], texts: list[str], reasons: list[Optional[str]],
                    field_label: regex.Pattern, field_first: frozenset[str], st: dict) -> None:
        """上一篇 / 下一篇 on a line of its own: the linked title follows;
        微信号 / 功能介绍 on a line of its own: the account's value follows."""
        text = lines[k].text
        if len(texts[k]) > 40:  # indentation does not count
            return
        nxt = texts[k + 1]
        if texts[k][0] in field_first and len(nxt) <= 120 and field_label.match(text):
            # the account's description may be a sentence or two
            reasons[k] = reasons[k + 1] = "wechat-chrome"
            return
        if len(nxt) > 50 or "。" in nxt:
            return
        if ("篇" in text or "条" in text) and _PAGER.match(text):
            reasons[k + 1] = "page-chrome"
        elif texts[k][0] in field_first and field_label.match(text):
            reasons[k] = reasons[k + 1] = "wechat-chrome"
        elif reasons[k] and _LINK_PROMPT.match(text):
            reasons[k + 1] = reasons[k]
        elif reasons[k] == "page-chrome" and (k + 2 == len(lines) or reasons[k + 2]) and st["prefix"].match(text) \
                and not _SENTENCE_PUNCT.search(nxt):
            # 上一篇：<title> whose title the page broke onto a second line, last before more chrome
            reasons[k + 1] = "page-chrome"

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

    @staticmethod
    def _follow_names(lines: list[Line], reasons: list[Optional[str]], joined: JoinedLines) -> None:
        """关注新华网 beside other junk is the follow button of a share bar."""
        n = len(lines)
        for k in joined.word_hits(["关注"]):
            if reasons[k] is None and _FOLLOW_NAME.match(lines[k].text):
                if (k and reasons[k - 1]) or (k + 1 < n and reasons[k + 1]):
                    reasons[k] = "follow-prompt"

    @staticmethod
    def _profile_card_names(lines: list[Line], texts: list[str], reasons: list[Optional[str]], st: dict) -> None:
        """The account's name above its profile card (a 微信号 / 功能介绍 line), printed before as
        the byline too, is part of the card, and so is that copy (the byline's name has no facts).

        Only a name printed twice: the line above the card may be the headline."""
        field_label = st["field_label"]
        for k in _junk(reasons):
            if k < 2 or reasons[k] != "wechat-chrome" or reasons[k - 1] is not None or not field_label.match(lines[k].text):
                continue
            name = texts[k - 1]
            copies = [j for j in range(k - 1) if reasons[j] is None and texts[j] == name]
            if copies and _is_name_like(name):
                for j in copies + [k - 1]:
                    reasons[j] = "wechat-chrome"

    @staticmethod
    def _glued_tag_lines(texts: list[str], reasons: list[Optional[str]], first_paragraph: int) -> None:
        """A tag cloud whose links the scraper glued into one word (知道创宇余弦KconZoomEyeXSSOAuth),
        in the page's head above the article's first paragraph: many capitals glued to what stands before them, no
        punctuation, hardly a space. A headline or a product name has a few such capitals."""
        for k in range(min(first_paragraph, _GLUED_TAG_ZONE)):
            text = texts[k]
            if reasons[k] is None and len(text) <= _MAX_CHROME_LEN and text.count(" ") <= 2 \
                    and not _WORD_BREAKER.search(text) and _glued_words(text):
                reasons[k] = "tags"

    @staticmethod
    def _reward_card_lines(texts: list[str], reasons: list[Optional[str]], joined: JoinedLines) -> None:
        """The author's name and reward slogan right above WeChat's 赞赏作者 button are its card.

        Only short lines printed elsewhere on the page too (the name in the byline, the slogan
        again under the transfer QR code): a closing line of the article is printed once."""
        n = len(texts)
        counts: Optional[Counter] = None  # how often each text is printed, counted once if needed
        for k in joined.word_hits(["赞赏作者"]):
            if reasons[k] is None or len(texts[k]) > _SHORT:
                continue
            if counts is None:
                counts = Counter(texts)
            card = set()
            for j in range(k - 1, max(k - 1 - _REWARD_CARD_LINES, -1), -1):
                text = texts[j]
                if reasons[j] is not None or len(text) > _REWARD_CARD_LEN or counts[text] < 2:
                    break
                reasons[j] = "wechat-chrome"
                card.add(text)
            # the slogan again under the transfer code, among the card's other junk
            for j in range(k + 1, min(k + 1 + _REWARD_CARD_ZONE, n)):
                if reasons[j] is None and texts[j] in card and reasons[j - 1] is not None:
                    reasons[j] = "wechat-chrome"

    @staticmethod
    def _crumb_labels(texts: list[str], reasons: list[Optional[str]], top_limit: int) -> None:
        """A column name right under the breadcrumb that names it (首页 > 公司, then 公司) is the crumb again."""
        crumbs: set[str] = set()
        for k in range(min(top_limit + 1, len(texts))):
            text = texts[k]
            if reasons[k] == "breadcrumb":
                crumbs.update(p for p in _CRUMB_SPLIT.split(text) if p)
            elif reasons[k] is None and k and reasons[k - 1] == "breadcrumb" and len(text) <= 8 and text in crumbs:
                reasons[k] = "breadcrumb"

    @staticmethod
    def _pipe_tags(texts: list[str], reasons: list[Optional[str]], joined: JoinedLines) -> None:
        """Three or more short words joined by | beside other junk are a tag line."""
        n = len(texts)
        for k in joined.word_hits(["|", "｜"]):
            text = texts[k]
            if reasons[k] is not None or len(text) > 60 or text.count("|") + text.count("｜") < 2:
                continue
            words = [w.strip() for w in _PIPES.split(text)]
            if all(_is_short_word(w) for w in words) and ((k and reasons[k - 1]) or (k + 1 < n and reasons[k + 1])):
                reasons[k] = "tags"

    @staticmethod
    def _islands(texts: list[str], reasons: list[Optional[str]], st: dict) -> None:
        """A short line that is not a sentence, alone between two chrome lines, belongs to that widget.

        Only once the page's headline and date, or a paragraph, were seen
        above it (so never the title itself), and never a metadata line.
        """
        n = len(texts)
        seen_paragraph = seen_date = seen_headline = False
        scanned = 0  # what was seen above is worked out only when a candidate needs it
        for k in [j + 1 for j in _junk(reasons) if j + 2 < n]:  # (the lines under junk)
            if reasons[k] is not None or reasons[k - 1] not in _ISLAND_NEIGHBOURS \
                    or reasons[k + 1] not in _ISLAND_NEIGHBOURS:
                continue
            s = texts[k]
            if not (8 <= len(s) <= 80) or "。" in s or st["label"].match(s) or _HAS_DATE.search(s):
                continue
            while scanned < k and not seen_paragraph:
                if reasons[scanned] is None:
                    t = texts[scanned]
                    seen_paragraph = _is_paragraph(t)
                    seen_date = seen_date or bool(_HAS_DATE.search(t))
                    seen_headline = seen_headline or is_headline(t)
                scanned += 1
            if seen_paragraph or (seen_date and seen_headline):
                reasons[k] = "chrome-island"

    @staticmethod
    def _related_blocks(lines: list[Line], texts: list[str], reasons: list[Optional[str]], st: dict) -> None:
        """The link lines under a related-links or tags heading go with it."""
        n = len(lines)
        # a block changes only lines after its heading, up to where the search goes on
        headings = [k for k in _junk(reasons) if reasons[k] == "related-links" or reasons[k] == "tags"]
        j = 0
        for k in headings:
            kind = reasons[k]
            if k < j or not (st["section"].match(lines[k].text) or st["tags_heading"].match(lines[k].text)):
                continue
            j = k + 1
            while j < n:
                text = lines[j].text
                if st["label"].match(text) or st["section"].match(text) or st["tags_heading"].match(text):
                    break
                if kind == "tags":
                    if reasons[j] is None and not _is_short_word(texts[j]) and len(texts[j]) > 15:
                        break
                elif reasons[j] is None and _is_paragraph(texts[j]) and (j + 1 == n or _is_paragraph(texts[j + 1])):
                    break
                if reasons[j] is None:
                    reasons[j] = kind
                j += 1

    @staticmethod
    def _date_link_runs(texts: list[str], reasons: list[Optional[str]], lasts: str) -> None:
        """Two or more titles in a row that end in a date are a link list."""
        def link(s: str) -> bool:
            if not s or not (s[-1].isdigit() or s[-1] == "日"):
                return False
            return len(s) <= 80 and "。" not in s and bool(_DATE_END.search(s)) and not _BARE_DATE_OR_TIME.match(s)

        n = len(texts)
        j = 0
        gone: Optional[Callable[[int], bool]] = None  # made when a link is first met
        # (a link ends in a decimal digit or 日: lasts[k] is texts[k][-1])
        for k in [m.start() for m in _DIGIT_OR_DAY.finditer(lasts)]:
            if k < j or reasons[k] is not None or not link(texts[k]):
                continue  # (inside the run just looked at, or no link)
            # the run goes on over junk, and over a line a later filter removes (a caption, a
            # notice, a title copy, a repeat): cleaning the text again would find the links side by side
            if gone is None:
                gone = _removed_later(texts, reasons)
            j = k + 1
            while j < n and (link(texts[j]) or reasons[j] is not None or gone(j)):
                j += 1
            links = [i for i in range(k, j) if reasons[i] is None and link(texts[i])]
            if len(links) >= 2:
                for i in links:
                    reasons[i] = "related-links"

    @staticmethod
    def _tag_runs(texts: list[str], reasons: list[Optional[str]]) -> None:
        """Three or more very short words in a row next to junk are a tag cloud.

        Never for being last: the cleaned text ends with the article, and its
        closing short lines (a poem) must stay when it is cleaned again.
        """
        n = len(texts)
        breaker = _WORD_BREAKER.search

        def short(i: int) -> bool:  # _is_short_word on texts already stripped and never empty
            return reasons[i] is None and len(texts[i]) <= 8 and not breaker(texts[i])

        # a run beside junk starts right after a junk line or ends right above one; a run once
        # made tags is junk and no run any more (the lines that part runs never change here)
        for j in _junk(reasons):
            # the run right under the junk line: j+1 … i-1 (looked at up to one line too many)
            i = j + 1
            while i < n and i - j <= _MAX_TAG_RUN + 1 and short(i):
                i += 1
            if 3 <= i - j - 1 <= _MAX_TAG_RUN:
                reasons[j + 1:i] = ["tags"] * (i - j - 1)
            # the run right above it: i+1 … j-1
            i = j - 1
            while i >= 0 and j - i <= _MAX_TAG_RUN + 1 and short(i):
                i -= 1
            if 3 <= j - i - 1 <= _MAX_TAG_RUN:
                reasons[i + 1:j] = ["tags"] * (j - i - 1)
