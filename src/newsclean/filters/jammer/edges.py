"""A run's inner edge: is the character where a run touches article text the article's?
"""
from __future__ import annotations

from functools import lru_cache

import re

from .grammar import X_RUN3
from .words import word_at


# a token that cannot end here: a lone digit after a 2-digit date or time field ("2019-09-0",
# "18:1", "08:05:3"), a thousands group short of three digits ("5,87"), a fraction's "1/"
_OPEN_NUMBER = re.compile(r"(?:\d{2}[-./]\d|\d:\d|(?<![\d.])\d{1,3}(?:,\d{3})*,\d{1,2}|\d/)\Z")


# signs that stand alone between spaces as separators: "2018-05-17 | 浏览", "10 ~ 20"
_SEPARATORS = frozenset("|~")


# a line of code that ends with a colon: "def parse()", "if not data", "except Exception"
_CODE_HEADER = re.compile(r"(?<![a-z0-9])(?:def|class|if|elif|else|for|while|with|try|except|finally)\b[^\n]*(?<!:)\Z")
PAIRS = {")": "(", "]": "[", '"': '"'}


# signs whose tests read the text far back: a colon looks for a field label or a code header,
# a bracket or quote counts back to the last jammer
FAR_SIGNS = frozenset(':)]"')


def continues(text: str, i: int, c: str, since: int = 0) -> bool:
    """``c = text[i]``, glued to the text before it, is more likely the article's than a jammer's.

    Only when the article side is plainly unfinished: a number missing digits, a bracket or
    quote left open since the previous jammer, a doubled sign going on ("..", "--").
    """
    p = text[i - 1] if i else ""
    if p.isspace() and p != " ":
        return True  # the X generator writes no tab or wide space: a sign after one is the article's
    if c == ":":
        back = text[max(0, i - 40):i]
        return bool(_label_end().search(back) or _CODE_HEADER.search(back))
    if c.isdigit():
        # (cheap test first: every unfinished number ends with a digit or "/")
        return ("0" <= p <= "9" or p == "/") and bool(_OPEN_NUMBER.search(text, max(0, i - 40), i))
    if c in PAIRS:
        # the article since the last run: up to the previous jammer-like stretch or 200 chars
        seg = text[max(since, i - 200):i]
        last = None
        for last in X_RUN3.finditer(seg):
            pass
        if last:
            seg = seg[last.end():]
        o = PAIRS[c]
        return seg.count(o) > seg.count(c) if o != c else seg.count(c) % 2 == 1
    return p == c and i >= 2 and text[i - 2] == c and not c.isalnum()


def starts_token(text: str, i: int) -> bool:
    """``text[i]``, after a space, begins the article's text rather than ending a jammer.

    A word ("APP"), a letter with a sign ("A+"), a doubled sign ("@@title"), a separator
    standing between spaces (" | 来源"), a letter prefixing a Chinese word ("A股").
    """
    c, q = text[i], text[i + 1]
    if q.isascii():
        return (word_at(text, i) or _sign_after(c, q) or (q == c and not c.isalnum())
                or (q == " " and c in _SEPARATORS))
    return text[i:i + 2] in cjk_words()


def _sign_after(c2: str, q: str) -> bool:
    """A letter with a sign after it is a token of its own: "A+", "B-"."""
    return c2.isalpha() and not q.isalnum() and not q.isspace()


@lru_cache(maxsize=1)
def _label_end() -> re.Pattern:
    """A metadata field label ("来源", "责任编辑") or a chrome label ("分享到") at the end of a
    text: a colon after one is the article's."""
    from ...lexicons import entries, rows

    labels = {r[0] for r in rows("metadata_labels.tsv", 2)} | set(entries("colon_labels.txt"))
    alt = "|".join(sorted((re.escape(x) for x in labels), key=len, reverse=True))
    # the label starts the text or follows a sign: "资料图" does not end with the label "图"
    return re.compile(rf"(?<![\u3400-\u9fff])(?:{alt})\s*\Z")


@lru_cache(maxsize=1)
def cjk_words() -> frozenset[str]:
    from ...lexicons import entries

    return frozenset(entries("ascii_cjk_words.txt"))
