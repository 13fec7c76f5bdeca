"""The junk-lines filter's one-line rules: ``LINE_RULES``, tried in order on a line alone (the first answer wins)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

import regex

from ...lexicons.traditional import both_scripts
from ...rules import Ladder, Rule, enabled
from ...shapes import CLAUSE_END as _SENTENCE_END
from ...shapes import PUNCT_ONLY as _PUNCT_ONLY
from ...shapes import reads_as_breadcrumb
from ...fieldlines.stamps import stamp_label_first, stamp_match
from .patterns import (
    _ACCOUNT_TOKEN, _BACK_TO_HOME_LINE, _DATE_ONLY, _DIGIT, _FORUM_PATTERNS, _HASHTAGS, _MEDIA_FIRST, _MEDIA_LENGTH,
    _MAX_CHROME_LEN, _MAX_PROMPT_SENTENCES, _PLAYER_TIME, _PROMPT_HEAD, _PROMPT_LEAD, _PROMPT_WORDS,
    _SECTION_NUMBER, _SENTENCE_CLOSERS, _SENTENCE_ENDERS, _SHORT, _VIDEO_TITLE, _WORD_BREAKER,
    _is_link_line, _static,
)


def _is_topic_prompt(s: str, st: dict) -> bool:
    """A line naming a QR code or an account that asks the reader to scan, follow or download."""
    m = st["topic"].search(s)
    if m is None:
        return False
    if len(s) - len(m.group()) <= 2:  # 二维码, 微信扫码: the word alone
        return True
    return st["prompt_open"].search(s) is not None or st["prompt_end"].search(s) is not None


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


#: a link that ends in its arrow is at most this long
_MAX_ARROW_LINK = 24
#: the arrows a "more" link ends in (》 closes a book's title: not one)
_ARROWS = frozenset(">＞»›")
# …after a word, maybe a space: 滚动新闻>, more>, 前往充值 >, 更多精彩图片>>
# a sentence's or markup's signs (a tag closes with > too: </a>)
_ARROW_BREAKERS = re.compile(r"[。！？!?；;，,<“”\"=]")
_ARROW_LINK = re.compile(r"[^\W\d_]{2}[ \t\u3000\xa0]?[>＞»›]{1,3}$")


# ---------------------------------------------------------------- the one-line ladder
#: a rule's answer that ends the ladder with no reason (the line may be article text)
KEEP = ""


class _Line:
    """A stripped line and what the ladder's rules read of it, each worked out once."""

    __slots__ = ("s", "first", "end", "headed", "tables", "st", "top", "ends_sentence", "_gate")

    def __init__(self, s: str, tables: tuple, st: dict, top: bool) -> None:
        self.s, self.first, self.end = s, s[0], s[-1]
        end = self.end
        self.tables, self.st, self.top = tables, st, top
        self.headed = self.first in st["heading_first"]
        #: the line ends like a sentence (。！？；, maybe a closing quote after it)
        self.ends_sentence = end in _SENTENCE_ENDERS or (end in _SENTENCE_CLOSERS and _SENTENCE_END.search(s) is not None)
        self._gate: Optional[bool] = None

    @property
    def chrome_words(self) -> bool:
        """The line holds a junk phrase or a copyright phrase (the gate of the phrase rules)."""
        if self._gate is None:
            s, st = self.s, self.st
            self._gate = bool(st["any_phrase"].search(s) or (
                (st["copyright_anchor"] is None or st["copyright_anchor"].search(s)) and st["copyright"].search(s)))
        return self._gate


# the cheap character tests in the rules only skip patterns that cannot match
def _punctuation_only(ln: _Line) -> Optional[str]:
    s = ln.s
    if not ln.first.isalnum() and not ln.end.isalnum() and _PUNCT_ONLY.match(s) and not ln.tables[2].search(s):
        return "scraper-artefact"
    return None


def _related_heading(ln: _Line) -> Optional[str]:
    if ln.headed and ln.end in ln.st["heading_last"] and ln.st["section"].match(ln.s):
        return "related-links"
    return None


def _tags_heading(ln: _Line) -> Optional[str]:
    if ln.headed and ln.end in ln.st["heading_last"] and ln.st["tags_heading"].match(ln.s):
        return "tags"
    return None


def _player_time(ln: _Line) -> Optional[str]:
    s = ln.s
    if ln.first.isdigit() and ":" in s and "/" in s and _PLAYER_TIME.match(s):
        return "video-player"
    return None


def _media_length(ln: _Line) -> Optional[str]:
    """A player's label and the length of its audio or video (音频 04:29)."""
    return "video-player" if len(ln.s) <= 20 and _MEDIA_LENGTH.match(ln.s) else None


def _date_or_number(ln: _Line) -> Optional[str]:
    """A date or time alone belongs to the metadata filter, a section number to the article."""
    if ln.first.isdigit() and (_DATE_ONLY.match(ln.s) or _SECTION_NUMBER.match(ln.s)):
        return KEEP
    return None


def _dated_stamp(ln: _Line) -> Optional[str]:
    """A date stamp that a date label opens, with its counters or its place (``编辑于 2023-03-01
    15:45・IP 属地北京``, ``发布于 2024-01-02 12:00 阅读 1.2万``), belongs to the metadata filter, which
    reads a labelled line wherever it stands (one with no label is a counter here, but the first,
    above the first paragraph, is the byline's: the ``dated-stamps`` neighbour rule gives it back)."""
    m = stamp_match(ln.s)
    return KEEP if m is not None and m.group("label") else None


def _lexicon_line(ln: _Line) -> Optional[str]:
    """A line made only of the words of the junk lexicons, numbers and separators."""
    reasons, only, finder, lead, last = ln.tables
    s, first, end = ln.s, ln.first, ln.end
    if not (len(s) <= _MAX_CHROME_LEN and (first in lead or not first.isalnum())
            and (end in last or not end.isalnum()) and only.match(s)):
        return None
    found = [reasons[m.group()] for m in finder.finditer(s)]
    if not found or (_DIGIT.search(s) and set(found) <= {"page-chrome", "wechat-chrome"}):
        return "counter"
    for reason in ("forum-chrome", "wechat-chrome", "share-bar", "user-phrase"):
        if reason in found:
            return reason
    return found[0]


def _account_id(ln: _Line) -> Optional[str]:
    return "scraper-artefact" if "ID" in ln.s and _ACCOUNT_TOKEN.match(ln.s) else None


def _hashtags(ln: _Line) -> Optional[str]:
    return "tags" if (ln.first == "#" or ln.first == "＃") and _HASHTAGS.match(ln.s) else None


def _video_title(ln: _Line) -> Optional[str]:
    s = ln.s
    return "video-player" if ln.first == "视" and len(s) <= 60 and "。" not in s and _VIDEO_TITLE.match(s) else None


def _forum_line(ln: _Line) -> Optional[str]:
    s = ln.s
    # every _FORUM_PATTERNS line holds one of its hint words (a cheap search first)
    if ln.st["forum_hint"].search(s) and _FORUM_PATTERNS.match(s):
        return "forum-chrome"
    return None


def _forum_notice(ln: _Line) -> Optional[str]:
    """A short line holding a forum's note in a post's frame (``junk_forum_notices.txt``): a
    moderation or approval note, who liked the post, a log-in-to-reply prompt; never a
    sentence (网友们都觉得很赞。 reports)."""
    s = ln.s
    if len(s) <= _MAX_CHROME_LEN and not ln.ends_sentence and ln.st["forum_notice"].search(s):
        return "forum-chrome"
    return None


def _tags_line(ln: _Line) -> Optional[str]:
    return "tags" if ln.headed and not ln.ends_sentence and ln.st["tags_line"].match(ln.s) else None


def _more_link(ln: _Line) -> Optional[str]:
    """A short link that ends in its arrow (滚动新闻>, 诗人简介 more>, 前往充值 >, 更多精彩图片>>):
    a "more" or a crumb link; a sentence or a line of markup never ends so."""
    s = ln.s
    if len(s) <= _MAX_ARROW_LINK and not _ARROW_BREAKERS.search(s) and _ARROW_LINK.search(s):
        return "page-chrome"
    return None


def _widget(ln: _Line) -> Optional[str]:
    """A widget's instructions, even when they end like a sentence (…即可将网页分享至朋友圈。)."""
    if len(ln.s) <= _MAX_CHROME_LEN and (ln.ends_sentence or ln.chrome_words) and ln.st["widget"].search(ln.s):
        return "page-chrome"
    return None


def _sentence_prompt(ln: _Line) -> Optional[str]:
    if ln.ends_sentence and len(ln.s) <= _MAX_PROMPT_SENTENCES and _is_sentence_prompt(ln.s, ln.st):
        return "follow-prompt"
    return None


def _copyright(ln: _Line) -> Optional[str]:
    return "copyright" if not ln.ends_sentence and ln.chrome_words and ln.st["copyright"].search(ln.s) else None


def _topic_prompt(ln: _Line) -> Optional[str]:
    """A short prompt (扫码关注…), never a line of labelled fields (来源：央视新闻客户端) or a glued
    source; a word an article may use too (二维码支付成为主流) only in a line that reads as one."""
    s, st = ln.s, ln.st
    if (
        not ln.ends_sentence and ln.chrome_words and len(s) <= _SHORT and not st["field"].search(s)
        and not st["source_start"].match(s) and (st["contains"].search(s) or _is_topic_prompt(s, st))
    ):
        return "follow-prompt"
    return None


def _suffix_prompt(ln: _Line) -> Optional[str]:
    s, st = ln.s, ln.st
    if (
        len(s) <= 16 and ln.end in st["suffix_last"] and st["suffix"].search(s) and not _WORD_BREAKER.search(s)
        and not st["source_start"].match(s)
    ):
        return "follow-prompt"
    return None


def _prefix_chrome(ln: _Line) -> Optional[str]:
    s = ln.s
    return "page-chrome" if len(s) <= 80 and ln.first in ln.st["prefix_first"] and ln.st["prefix"].match(s) else None


def _back_to_home(ln: _Line) -> Optional[str]:
    s = ln.s
    return "page-chrome" if (ln.first == "返" or ln.first == "点") and len(s) <= 20 and _BACK_TO_HOME_LINE.match(s) else None


def _link_line(ln: _Line) -> Optional[str]:
    return "related-links" if ln.first in ln.st["link_label_first"] and _is_link_line(ln.s, ln.st) else None


# a blog's category on a line of its own (所属分类：数理化, 個人分類：尖石_美樹營地, 博主文章分类：…, 栏目：);
# only a short label before it and a short value that is no clause (a field line of a meta bar has more)
_CATEGORY_LINE = regex.compile(both_scripts(
    r"^\p{Han}{0,6}(?:分类|栏目)\s*+[:：][^:：。，,；;！？!?]{0,24}$"))
#: what a category line never ends with (its value is no clause, nor a sentence)
_CATEGORY_BREAKERS = "。，,；;！？!?"
#: what a category line's label holds (a cheap test first)
_CATEGORY_WORDS = frozenset("类類栏欄")
#: what every trackback line holds (a cheap test first)
_TRACKBACK_HINT = re.compile("[Tt][Rr][Aa][Cc][Kk]|引用通告")
# a blog's trackback address or count (Trackback: http://…, Trackbacks - 25, 本文通告引用(Trackback)链接: …)
_TRACKBACK = regex.compile(both_scripts(r"(?i:trackbacks?)|引用通告"))
#: a trackback line is at most this long
_MAX_TRACKBACK_LINE = 100


def _category_line(ln: _Line) -> Optional[str]:
    s = ln.s
    if len(s) <= 40 and not _CATEGORY_WORDS.isdisjoint(s[:10]) and _CATEGORY_LINE.match(s):
        return "page-chrome"
    return None


def _trackback(ln: _Line) -> Optional[str]:
    """A blog's trackback line: the word with an address, a count or a note, never in a sentence
    of the article (。)."""
    s = ln.s
    if len(s) <= _MAX_TRACKBACK_LINE and _TRACKBACK_HINT.search(s) and "。" not in s and _TRACKBACK.search(s):
        return "page-chrome"
    return None


# a page's view counter as a sentence: 您是本文第 154 个阅览者, or a bracketed note that ends in
# one, (本文发表于某某栏目, 已被阅读178次); a report's count (已被阅读1000次，…) is neither
_VIEW_COUNT = regex.compile(both_scripts(
    r"^(?:您是)?本[文帖页]第\s*+\d[\d,]*+\s*+[个位](?:阅览者|访客|读者|浏览者)$"
    r"|^[（(][^（）()。]{0,30}?(?:已被|被)?(?:阅读|浏览|阅览|点击|访问)(?:了|过)?\s*+\d[\d,]*+\s*+次[)）]$"))
#: a view counter's line is at most this long
_MAX_VIEW_COUNT_LINE = 40


def _view_count(ln: _Line) -> Optional[str]:
    s = ln.s
    return "counter" if len(s) <= _MAX_VIEW_COUNT_LINE and ln.end in "者客)）" and _VIEW_COUNT.match(s) else None


# a licence or filing line of a site's footer: a licence's name, then its number, last
# (增值电信业务经营许可证：京B2-20090059; 广播电视节目制作经营许可证（京）字第01234号);
# not a count of licences (全市已发放许可证12000余张)
_LICENCE = regex.compile(both_scripts(
    r"^[^。！？，,；;]{0,40}?(?:许可证|执照|备案号|备字|公网安备)[^。！？，,；;]{0,40}?\d{4}[^。！？，,；;]{0,12}?[\d号）)\]]$"))
#: a licence line is at most this long
_MAX_LICENCE = 90


def _licence(ln: _Line) -> Optional[str]:
    s = ln.s
    return "copyright" if len(s) <= _MAX_LICENCE and not ln.ends_sentence and _LICENCE.match(s) else None


# a row of page-function buttons, each in brackets, maybe after a short label:
# 页面功能 【我来说两句】【推荐】【字体：大 中 小】【打印】【关闭】
_BUTTON_ROW = regex.compile(both_scripts(
    r"^[^【】\[\]]{0,6}+(?:(?:【[^【】]{1,12}+】|\[[^\[\]]{1,12}+\])\s*+){3,}+[^【】\[\]]{0,6}+$"))
#: a button row is at most this long
_MAX_BUTTON_ROW = 100


def _button_row(ln: _Line) -> Optional[str]:
    s = ln.s
    return "page-chrome" if len(s) <= _MAX_BUTTON_ROW and not ln.ends_sentence and _BUTTON_ROW.match(s) else None


def _breadcrumb(ln: _Line) -> Optional[str]:
    return "breadcrumb" if ln.top and reads_as_breadcrumb(ln.s) else None


#: the one-line rules, tried in this order; the first answer wins
LINE_RULES: tuple[Rule, ...] = (
    # (the third field: which first and last characters a line the rule can match has)
    Rule("punctuation-only", _punctuation_only, lambda a, z: not a.isalnum() and not z.isalnum()),
    Rule("related-heading", _related_heading, lambda a, z: a in _static()["heading_first"]),
    Rule("tags-heading", _tags_heading, lambda a, z: a in _static()["heading_first"]),
    Rule("player-time", _player_time, lambda a, z: a.isdigit()),
    Rule("media-length", _media_length, lambda a, z: a in _MEDIA_FIRST and z.isdigit()),
    Rule("date-or-number", _date_or_number, lambda a, z: a.isdigit()),
    # (before the lexicon and forum lines: a labelled stamp with its counters or place is the metadata filter's)
    Rule("dated-stamp", _dated_stamp, lambda a, z: a in stamp_label_first()),
    Rule("lexicon-line", _lexicon_line),
    Rule("account-id", _account_id, lambda a, z: a == "I"),
    Rule("hashtags", _hashtags, lambda a, z: a == "#" or a == "＃"),
    Rule("video-title", _video_title, lambda a, z: a == "视"),
    Rule("forum-line", _forum_line),
    Rule("forum-notice", _forum_notice, lambda a, z: z not in _SENTENCE_ENDERS),
    Rule("tags-line", _tags_line, lambda a, z: a in _static()["heading_first"]),
    Rule("widget", _widget),
    Rule("sentence-prompt", _sentence_prompt, lambda a, z: z in _SENTENCE_ENDERS or z in _SENTENCE_CLOSERS),
    Rule("copyright", _copyright, lambda a, z: z not in _SENTENCE_ENDERS),
    Rule("topic-prompt", _topic_prompt, lambda a, z: z not in _SENTENCE_ENDERS),
    Rule("suffix-prompt", _suffix_prompt, lambda a, z: z in _static()["suffix_last"]),
    Rule("prefix-chrome", _prefix_chrome, lambda a, z: a in _static()["prefix_first"]),
    Rule("back-to-home", _back_to_home, lambda a, z: a == "返" or a == "点"),
    Rule("link-line", _link_line, lambda a, z: a in _static()["link_label_first"]),
    # (a category line opens with its label's ideographs and its value is no clause)
    Rule("category-line", _category_line, lambda a, z: not a.isascii() and z not in _CATEGORY_BREAKERS),
    Rule("trackback", _trackback, lambda a, z: z != "。"),
    Rule("view-count", _view_count, lambda a, z: z in "者客)）"),
    Rule("button-row", _button_row, lambda a, z: z in "】]" or a in "【["),
    Rule("licence", _licence),
    Rule("breadcrumb", _breadcrumb),
    # (after the breadcrumb: a crumb of the page's top, 公司 >, is the breadcrumb's)
    Rule("more-link", _more_link, lambda a, z: z in _ARROWS),
)


#: the rules that answer on the page's top only (below it they are not tried)
TOP_ONLY = frozenset({"breadcrumb"})


@lru_cache(maxsize=64)
def _ladder(disabled: tuple[str, ...], top: bool = True) -> Ladder:
    """The one-line rules not ``disabled``, for a line of the page's top or one below it."""
    return Ladder([rule for rule in enabled(LINE_RULES, disabled) if top or rule.name not in TOP_ONLY])
