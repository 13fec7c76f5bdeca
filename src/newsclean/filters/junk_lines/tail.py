"""What stands below the article's core: other articles' lists and the comment box.

Under the article a page lists other articles and opens its comment box. The
words differ from site to site (相关内容, 热点搜索, 光明导读, 您可能會有興趣的文章;
文章评论, 某某的评论, 13 Comments); the shapes do not. Both rules act only below
the page's core (the dense run of prose the page model finds) and never on a
thread, whose replies are its content:

``headed-list`` (reason ``related-links``)
    a heading (a short line without sentence or clause punctuation) and at
    least :data:`MIN_LIST_TITLES` link titles right under it (lines of a
    headline's length with no 。, at most one comma, no numbered item nor a
    post's header: 〓 某某论坛 发布时间 … by 某某 〓), the
    list ending at the end of the text, at junk or at a line a later filter
    takes out (lists are read bottom up, so a list ends at the one under it).
    Not a list: a run whose lines are mostly labels and values (a spec table:
    发动机型式：…, 最大功率：…), or one that runs into text that is neither junk nor the end.
``comments-head`` (reason ``page-chrome``)
    a comment box's heading alone on its line: 文章评论, 网友评论 0 条, 某某的评论,
    13 Comments.
"""
from __future__ import annotations

import re
from itertools import compress, repeat
from operator import and_, is_, methodcaller
from typing import Callable, Optional, Sequence

import regex

from ...fieldlines import is_board_post
from ...lexicons.traditional import both_scripts
from ...pagecore import CORE_RIVAL_FACTOR, core_span, has_field_label, is_dense, line_weight, shows_date

#: a list has at least this many link titles under its heading
MIN_LIST_TITLES = 3
#: a heading is at most this long (相关内容, 您可能會有興趣的文章)
MAX_HEADING_CHARS = 12
#: a link title is this long (white space inside counted)
MIN_TITLE_CHARS, MAX_TITLE_CHARS = 5, 50
#: a label of a label-and-value line is at most this long (最大功率：51Kw)
MAX_LABEL_CHARS = 6

#: a link title's lengths, and MIN_LIST_TITLES of them in a row (in the bytes of the lines' flags)
_TITLE_LENGTHS = range(MIN_TITLE_CHARS, MAX_TITLE_CHARS + 1)
_TITLE_RUN = re.compile(b"(?=\x01{%d})" % MIN_LIST_TITLES)  # (each line such a run starts at)
_START = methodcaller("start")

# sentence and clause punctuation a heading never has (a colon may close it: 相关报道：)
_HEADING_BREAKER = re.compile(r"[。！？!?；;，,、“”\"]")
# a link title's end is no clause's or label's
_TITLE_BAD_END = re.compile(r"[；;，,、：:]\s*$")
_COMMAS = re.compile(r"[，,]")
_LETTER = re.compile(r"[^\W\d_]")
# a numbered item of the article's own list (1、英语, 二、目标, （3）…)
_NUMBERED = re.compile(r"^\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]|^\s*[（(][0-9一二三四五六七八九十]{1,3}[)）]")
# a short label and its value (最大功率：51Kw／6000rpm, 驱动型式：前置前驱)
_LABEL_VALUE = re.compile(rf"^[^：:\s]{{1,{MAX_LABEL_CHARS}}}[：:]")
# a comment box's heading: 文章评论, 网友评论 0 条, 某某的评论, 0评论, 评论(12), 13 Comments
_COMMENTS_HEAD = regex.compile(both_scripts(
    r"^(?:[^\s，。：:]{1,8}的|文章|网友|读者|用户|最新|全部|热门|精彩)?(?:评论|留言|跟帖)(?:列表|区)?"
    r"\s*+[（(]?\s*+\d*+\s*+条?\s*+[)）]?$"
    r"|^\d++\s*+条?(?:评论|留言|跟帖)$"
    r"|^(?i:\d++\s++comments?|comments?\s*+\(\d++\)|leave\s++a\s++(?:reply|comment))$"))


def is_list_heading(s: str) -> bool:
    """``s`` (stripped) may head a list of links: short, no sentence or clause, no field."""
    return (2 <= len(s) <= MAX_HEADING_CHARS and not _HEADING_BREAKER.search(s)
            and _LETTER.search(s) is not None and not shows_date(s) and not has_field_label(s))


def is_link_title(s: str) -> bool:
    """``s`` (stripped) reads as a linked article's title: a headline's length, no sentence in it,
    no numbered item of a list."""
    return (MIN_TITLE_CHARS <= len(s) <= MAX_TITLE_CHARS and "。" not in s
            and len(_COMMAS.findall(s)) <= 1 and not _TITLE_BAD_END.search(s)
            and _LETTER.search(s) is not None and not has_field_label(s) and not _NUMBERED.match(s)
            and not is_board_post(s))


def core_end(texts: list[str], reasons: list[Optional[str]],
             removed_among: Callable[[Sequence[str]], list[Optional[str]]],
             weight: Callable[[str], float] = line_weight) -> Optional[int]:
    """Where the page's core ends (the first line under it), or ``None`` when the page has no dense core.

    Weighed on the lines that stay in the cleaned text (not junk found so far, nor a line a later
    filter takes out: a field, a caption, a notice): cleaned again, that text must give the same core."""
    # (only the lines not junk are weighed, so only their texts are asked, each distinct text once:
    # pages repeat their lines, and a claim costs a later filter's reading of the text)
    kept = list(compress(range(len(texts)), map(is_, reasons, repeat(None))))
    asked = list(set(map(texts.__getitem__, kept)))
    weigh = {text: weight(text) for text, gone in zip(asked, removed_among(asked)) if gone is None}
    if not any(w > 0 for w in weigh.values()):
        return None  # no prose: no core
    kept = [k for k in kept if texts[k] in weigh]
    weights = [weigh[texts[k]] for k in kept]
    span = core_span(weights, rival_factor=CORE_RIVAL_FACTOR)
    if span is None or not is_dense(weights, span):
        return None
    return kept[span[1] - 1] + 1


#: the words one of which every comment box's heading holds (the lines to read are found by them)
COMMENT_WORDS = ("评论", "留言", "跟帖", "評論", "omment", "OMMENT", "eply", "EPLY")


def is_comments_head(s: str) -> bool:
    """``s`` (stripped) is a comment box's heading (文章评论, 网友评论 0 条, 13 Comments)."""
    return len(s) <= 20 and _COMMENTS_HEAD.match(s) is not None


def comment_heads(texts: list[str], reasons: list[Optional[str]], end: int, candidates: Sequence[int]) -> None:
    """Mark a comment box's heading below the core (from line ``end`` on) as ``page-chrome``;
    ``candidates`` are the lines that hold one of :data:`COMMENT_WORDS`, in order."""
    for k in candidates:
        if k >= end and reasons[k] is None and is_comments_head(texts[k]):
            reasons[k] = "page-chrome"


def headed_lists(texts: list[str], reasons: list[Optional[str]], end: int,
                 removed_later: Callable[[str], Optional[str]]) -> list[tuple[int, int]]:
    """Mark each heading and its link titles below the core (from line ``end`` on) as ``related-links``;
    the lists marked, ``(heading, end)``, from the bottom up.

    One pass from the bottom up: at each line the run of link titles under it is known
    (its length, how many of them are labels and values, and the line that ends it), so a
    heading is judged without a look ahead (and the lists found from line 0 on are, from
    ``end`` on, the lists found from ``end`` on)."""
    n = len(texts)
    marked: list[tuple[int, int]] = []
    # a list's heading stands right above MIN_LIST_TITLES lines of a title's length in a row, none
    # of them junk yet: most pages have no such run (looked for in C, in the bytes of the lines'
    # flags), and few a heading above one
    titled = bytes(map(and_, map(_TITLE_LENGTHS.__contains__, map(len, texts)), map(is_, reasons, repeat(None))))
    if not any(reasons[k - 1] is None and is_list_heading(texts[k - 1])
               for k in map(_START, _TITLE_RUN.finditer(titled, max(end, 1)))):
        return marked
    run = fields = 0
    stop = n  # the line under the run (n: the run reaches the end)
    for k in range(n - 1, end - 1, -1):
        if reasons[k] is None:
            s = texts[k]
            if (run >= MIN_LIST_TITLES and 2 * fields < run and is_list_heading(s)
                    and (stop == n or reasons[stop] is not None or removed_later(texts[stop]) is not None)):
                reasons[k:stop] = ["related-links"] * (stop - k)
                marked.append((k, stop))
            elif is_link_title(s):
                run += 1
                fields += _LABEL_VALUE.match(s) is not None
                continue
        run = fields = 0
        stop = k
    return marked


__all__ = ["COMMENT_WORDS", "MAX_HEADING_CHARS", "MIN_LIST_TITLES", "comment_heads", "core_end", "headed_lists",
           "is_comments_head", "is_link_title", "is_list_heading"]
