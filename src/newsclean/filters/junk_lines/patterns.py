"""The junk-lines filter's patterns and lexicon tables, and the small tests its rules share."""

from __future__ import annotations

import re
import sys
from itertools import compress
from functools import lru_cache
from typing import Optional

import regex

from ... import lexicons
from ...lexicons.traditional import both_scripts, with_variants
from ...fieldlines import states_facts
from ...patterns import literal_finder, phrase_alternation, re_alternation, uncased
from ...shapes import is_paragraph


def _phrase_lexicons() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Whole-line junk words and the reason they are dropped with (the first lexicon wins a word)."""
    return (
        (lexicons.entries("junk_forum.txt"), "forum-chrome"),
        (lexicons.entries("junk_wechat.txt"), "wechat-chrome"),
        (lexicons.entries("junk_share.txt"), "share-bar"),
        (lexicons.entries("junk_chrome.txt"), "page-chrome"),
    )


# separators that may stand between junk words on a junk-only line (never + or -, which are buttons;
# the dots of a placeholder or a loader: 说点什么吧..., 正在加载…)
_SEP = r"[\p{Co}\s|｜丨/\\:：·•,，、;；()（）\[\]【】<>＜＞《》«»~～_=.…]"


_NUM = r"(?:[0-9０-９][0-9０-９,，.]*+(?:万|萬|千|w|W|k|K)?\+?%?)"  # (95%: a rate)


# _SEP for the standard engine, \p{Co} and regex's \s spelled out (tests check they are the same)
_SEP_RE = (
    "[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"  # \p{Co}
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"  # \s
    r"|｜丨/\\:：·•,，、;；()（）\[\]【】<>＜＞《》«»~～_=.…]"
)


# the letters and digits a junk-only line may start or end with besides its phrases'
# (every other character of _SEP is neither a letter nor a digit): a cheap pre-check
_DIGITS = "0123456789０１２３４５６７８９"


_SEP_LETTERS = "丨"


_NUM_LAST = _DIGITS + "万萬千wWkK"


# a line ends like a sentence (_SENTENCE_END) at once when its last character is one of these
_SENTENCE_ENDERS = "。！？!?；;"


_SENTENCE_CLOSERS = "”\"’」』)）"


_MAX_CHROME_LEN = 80


_SHORT = 60


# plain character classes run on the standard engine: several times faster on a short text
_SENTENCE_PUNCT = re.compile(r"[。！？!?；;，,]")


_WORD_BREAKER = re.compile(r"[。！？!?；;，,“”\"（）()：:]")


_MAX_TAG_RUN = 30


_ACCOUNT_TOKEN = regex.compile(r"^\s*ID\s*[:：]\s*[A-Za-z0-9_\-]{2,40}\s*[|｜]?\s*$")


# a linked title with its date glued on (…畅游武汉2020.10.04); never a 时间：2020年3月5日 field
_DATE_END = regex.compile(
    r"(?<![:：\s])(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)


# a post's stamp on a line of its own: its date and time (2024-04-07 01:04:21, 2020.06.09 09:42 发布)
_POST_STAMP = regex.compile(both_scripts(
    r"^(?:19|20)\d{2}\s*+[-./年]\s*+\d{1,2}\s*+[-./月]\s*+\d{1,2}(?:\s*+日)?\s++\d{1,2}:\d{2}(?::\d{2})?\s*+(?:发布|发表)?$"
))


#: what a _POST_STAMP line ends in
_STAMP_LAST = re.compile(r"[\d布表佈]")


#: a thread prints its posts' stamps: at least this many below the first paragraph make them chrome
#: (one may be the article's own date, which the metadata filter reads)
_MIN_POST_STAMPS = 3


#: a page with at least this many forum-chrome lines is a thread; there a short line printed at
#: least _MIN_HEADER_REPEATS times, at most _MAX_HEADER_LEN long and no sentence, is a post's header
_MIN_THREAD_MARKS = 3


_MIN_HEADER_REPEATS = 3


_MAX_HEADER_LEN = 16


# what a post's header line never holds: a sentence's punctuation (哈哈。 顶！ are replies)
_HEADER_BREAKER = re.compile(r"[。！？!?，,；;…]")


# the head of the comments under an article or a thread's first post (讨论数量: 11, 全部评论,
# 8条评论): a related-links block never reaches over it
_COMMENTS_HEAD = regex.compile(both_scripts(
    r"^\s*+(?:(?:讨论|评论|回复|留言)数量?|全部(?:评论|回复|讨论)|网友评论|最新评论)\s*+[:：(（]?\s*+\d*\s*+[)）]?\s*+$"
    r"|^\s*+\d+\s*+(?:条评论|条回复|个回复|条留言)\s*+$"
))


# a thread's reply index: a reply's title, its author, when and how long, how often read and
# answered (…【某某】08-11 16:06 298字 [4321/87]); the date may lack its year, a counter ends it
_INDEX_STAMP_END = regex.compile(both_scripts(
    r"(?<![\d:])(?:(?:19|20)\d{2}\s*+[-./]\s*+)?\d{1,2}\s*+[-./]\s*+\d{1,2}\s++\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*+\d{1,6}\s*+(?:字节|字)|\s*+[\[(（]\s*+\d{1,7}\s*+/\s*+\d{1,7}\s*+[\])）]){1,2}\s*+$"
))


#: a reply index line is at most this long (a reply's title may be its whole text)
_MAX_INDEX_LINE = 200


# possessive white space (\s*+): several optional parts in a row must not
# retry each split of a long run of spaces
_BARE_DATE_OR_TIME = regex.compile(
    r"^\s*+(?:(?:19|20)\d{2}\s*+[-./年]\s*+\d{1,2}\s*+[-./月]\s*+\d{1,2}\s*+日?)?\s*+(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*+$"
)


# (a time range too, 9:20—9:50: a schedule's slot)
_DATE_ONLY = regex.compile(
    r"^(?:(?:19|20)\d{2}|[\d\s]*\d\s*[-/.:：年月日]\s*\d[\d\s\-/.:：年月日—–~～]*)$"
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


# 3 天前, 1周前, 10个月前: a post's time as the forum prints it
_TIME_AGO = r"\d{1,3}\s*(?:秒|分钟|小时|天|周|个月|月|年)\s*前"


#: words one of which every _FORUM_PATTERNS line holds
_FORUM_HINTS = (".", "本帖", "下载", "上传", "#", "楼", "回复", "前", "属地")


# (both scripts: 本帖最後由, 來自…客戶端 2樓, 3 個月前)
_FORUM_PATTERNS = regex.compile(both_scripts(
    r"""^\s*+(?:
        本帖最后由\s*\S{1,40}\s*于\s*[\d\-/: ]{8,25}\s*编辑
      | \S{1,80}\.(?:jpg|jpeg|png|gif|bmp|webp|rar|zip|pdf|docx?)\s*(?:[(（].{0,60}[)）])?
      | .{0,80}下载次数\s*[:：]\s*\d+.{0,20}
      | (?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*上传
      | \d{1,4}\s*\#
      | (?:IP\s*属地\s*[:：]?\s*[\p{Han}A-Za-z]{1,12}?\s*)?(?:来自\S{1,20}?\s*)?\d{1,5}\s*楼
        (?:\s*(?:(?:19|20)\d{2}[-/.])?\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?(?:\s*回复)?
      | (?:发布|发表)\s*\#\d{1,5}(?:\s+[\d年月日星期一二三四五六天点分:\-/.\s]{4,30})?
      | (?:编辑于|发布于)\s*[\d\-/.年月日:\s]{4,25}[・·]?\s*IP\s*属地\s*[:：]?\s*[\p{Han}A-Za-z]{1,12}
      | (?:[^\s，。,：:]{1,20}(?:\s++|\s*+[(（](?:楼主|作者)[)）]\s*+))?(?:创建于|发布于|回复于|编辑于)?\s*+{ago}
      | (?:最后)?由\s*+\S{1,20}\s*+(?:回复|发布|编辑)于\s*+{ago}
      | 下载附件.{0,40}
      | 回复\s*\d{1,5}\s*\#.{0,40}
    )\s*$""".replace("{ago}", _TIME_AGO)),
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


# the pieces of a breadcrumb line (首页 > 快讯 > 公司 gives 首页, 快讯, 公司)
_CRUMB_SPLIT = regex.compile(r"[\s>»＞›/|｜:：]+")


# 关注新华网: a follow button with the site's name, beside a share bar
_FOLLOW_NAME = regex.compile(r"^\s*+[+＋]?\s*+关注\s*+[\p{Han}A-Za-z0-9]{2,12}\s*+$")


# 点击进入专题： on a line of its own: the linked title follows
_LINK_PROMPT = regex.compile(r"^\s*+(?:点击|点此|进入)[^\s，,。]{0,8}[:：]\s*+$")


# 00:00 / 02:35: the player's position and length
_PLAYER_TIME = regex.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*+/\s*+\d{1,2}:\d{2}(?::\d{2})?$")


# 音频 04:29, 视频 02:35: a player's label and its length
_MEDIA_LENGTH = regex.compile(both_scripts(r"^(?:音频|视频|(?i:audio|video))\s*+\d{1,2}:\d{2}(?::\d{2})?$"))
#: the first characters of a player's label (音频, 视频 in both scripts, audio, video)
_MEDIA_FIRST = frozenset("音视視AaVv")


# 视频-<title>, 视频：<title>: the player's title bar
_VIDEO_TITLE = regex.compile(r"^\s*+视频\s*+[-－—|｜:：]\s*+\S")


# a date anywhere in a line: such a line belongs to the metadata filter
_HAS_DATE = regex.compile(r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}")


# what a _DATE_END or _INDEX_STAMP_END match ends in (\d is a decimal digit for both engines)
_DIGIT_OR_DAY = re.compile(r"[\d日\])）字]")


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
        "field_word": literal_finder(labels),  # (no label in a line, no field: a search 30x cheaper)
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
        "forum_notice": literal_finder(lexicons.entries("junk_forum_notices.txt")),
        # words one of which every _FORUM_PATTERNS line holds, in both scripts
        "forum_hint": literal_finder(with_variants(_FORUM_HINTS)),
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


def _first_paragraph(texts: list[str]) -> int:
    """The index of the first paragraph of ``texts`` (stripped), or their number when none is."""
    # (from the top down, stopping there: the first paragraph is near the top of most pages)
    return next((k for k, text in enumerate(texts) if "。" in text and is_paragraph(text)), len(texts))


def _junk(reasons: list[Optional[str]]) -> list[int]:
    """The positions of the lines found junk so far, in order."""
    return list(compress(range(len(reasons)), reasons))


def _is_name_like(text: str) -> bool:
    s = text.strip()
    return 0 < len(s) <= 16 and not _WORD_BREAKER.search(s)


def _is_short_word(text: str) -> bool:
    s = text.strip()
    return 0 < len(s) <= 8 and not _WORD_BREAKER.search(s)
