"""Text shapes: what a line reads as (a paragraph, a headline, a breadcrumb), whichever filter asks.

Shared ground under the filters: each test here has one meaning, its
thresholds are named, and a filter imports them from here instead of from
another filter.

>>> is_paragraph("他说，这是真的。这件事很重要。"), is_finished_paragraph("他说，这是真的。我们")
(True, False)
>>> reads_as_breadcrumb("首页 > 财经 > 正文"), top_of_page(["首页 > 财经", "标题", "他说，这是真的。这件事很重要。"])
(True, 2)
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from . import lexicons
from .patterns import phrase_alternation

#: a paragraph (running text) has at least this many characters, white space trimmed
PARAGRAPH_MIN_CHARS = 12
#: a long paragraph (one that ends the byline zone) has at least this many characters
LONG_PARAGRAPH_MIN_CHARS = 40
#: a headline has at least this many characters (and at most the caller's max_length)
HEADLINE_MIN_CHARS = 4
#: a breadcrumb line is at most this long; one with no separator (首页 新闻), at most BARE_CRUMB_MAX_CHARS
BREADCRUMB_MAX_CHARS = 60
BARE_CRUMB_MAX_CHARS = 30
#: the top of the page, where breadcrumbs are: at most this many lines, up to the first running text
TOP_LINES = 6

#: the reason of a post's header line that stands under the post (its footer): a metadata line
#: that is no byline, so the line above it is no headline
POST_FOOTER = "metadata:post-footer"

# a paragraph ends a sentence (a closing quote or bracket may follow); a wrapped line does not
FINISHED_SENTENCE_END = regex.compile(r"[。！？!?…][”’」』）)\]】]*\s*$")
# a line ends a sentence or a clause (；), maybe with one closing quote or bracket after it
CLAUSE_END = regex.compile(r"[。！？!?；;]\s*[”\"’」』)）]?\s*$")
# a line of punctuation, symbols and private-use characters only (a scraper's leftovers)
PUNCT_ONLY = regex.compile(r"^[\p{P}\p{S}\p{Co}\s]+$")
# a headline never ends like a clause or a lead-in
_NOT_HEADLINE_END = regex.compile(r"[。；;，,：:、]\s*$")
_HAS_TEXT = regex.compile(r"[\p{Han}A-Za-z]")
# a long paragraph's punctuation
_PARAGRAPH_PUNCT = re.compile(r"[，。；！？]")
# sentence punctuation a breadcrumb never has
_CRUMB_PUNCT = re.compile(r"[。！？!?；;，,]")
_BREADCRUMB_SEP = regex.compile(r"(?:^|\s)[>»＞›](?:\s|$)|\s[>»＞›]|[>»＞›]\s|^[>»＞›]")


def is_paragraph(text: str) -> bool:
    """Running text: long enough and built of sentences (a 。 in it)."""
    s = text.strip()
    return len(s) >= PARAGRAPH_MIN_CHARS and "。" in s


def is_long_paragraph(text: str) -> bool:
    """A paragraph long enough to end a byline zone: punctuated and at least LONG_PARAGRAPH_MIN_CHARS."""
    s = text.strip()
    return len(s) >= LONG_PARAGRAPH_MIN_CHARS and bool(_PARAGRAPH_PUNCT.search(s))


def is_finished_paragraph(text: str) -> bool:
    """Running text that ends a sentence: not a heading, a label or the first half of a wrapped line."""
    return is_paragraph(text) and FINISHED_SENTENCE_END.search(text) is not None


def is_running_text(s: str) -> bool:
    """A paragraph, or a sentence that ends in ！ or ？ (``s`` already stripped)."""
    return len(s) >= PARAGRAPH_MIN_CHARS and ("。" in s or CLAUSE_END.search(s) is not None)


def is_headline(text: str, *, max_length: int = 64) -> bool:
    """True when ``text`` can be a headline: short, with letters, not a finished sentence.

    >>> is_headline("姚明对周琦说了啥？周琦上下半场判若两人"), is_headline("他说，这是真的。")
    (True, False)
    """
    s = text.strip()
    if not (HEADLINE_MIN_CHARS <= len(s) <= max_length) or not _HAS_TEXT.search(s):
        return False
    if _NOT_HEADLINE_END.search(s) or "。" in s:
        return False
    if s[0] in "（(【[" and s[-1] in "）)】]":
        return False
    return True


def top_of_page(texts: list[str]) -> int:
    """How many of the first ``texts`` (stripped lines) are the top of the page."""
    for k in range(min(TOP_LINES, len(texts))):
        if is_running_text(texts[k]):
            return k
    return min(TOP_LINES, len(texts))


@lru_cache(maxsize=1)
def _bare_crumbs() -> regex.Pattern:
    """A breadcrumb word (``lexicons/junk_breadcrumb.txt``) opening or closing a line."""
    crumbs = phrase_alternation(lexicons.entries("junk_breadcrumb.txt"))
    return regex.compile(rf"^{crumbs}(?:[:：\s>›»]|$)|(?:^|[\s>›»|/]){crumbs}$")


def reads_as_breadcrumb(s: str) -> bool:
    """``s`` (stripped) is a breadcrumb when it stands at the top of a page (首页 > 财经 > 正文)."""
    return len(s) <= BREADCRUMB_MAX_CHARS and not _CRUMB_PUNCT.search(s) and (
        _BREADCRUMB_SEP.search(s) is not None
        or (len(s) <= BARE_CRUMB_MAX_CHARS and _bare_crumbs().search(s) is not None))


__all__ = [
    "POST_FOOTER", "BARE_CRUMB_MAX_CHARS", "BREADCRUMB_MAX_CHARS", "CLAUSE_END", "FINISHED_SENTENCE_END", "HEADLINE_MIN_CHARS",
    "LONG_PARAGRAPH_MIN_CHARS", "PARAGRAPH_MIN_CHARS", "PUNCT_ONLY", "TOP_LINES", "is_finished_paragraph",
    "is_headline", "is_long_paragraph", "is_paragraph", "is_running_text", "reads_as_breadcrumb", "top_of_page",
]
