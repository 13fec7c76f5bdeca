"""Repeated lines: copies of the title and prose printed twice, read in a document's context.

Shared ground: the structure filter drops such lines (``duplicate-title``,
``duplicate-line``), and a filter before it that reads a line's neighbours asks
:class:`RepeatRules` (which the pipeline hands it through ``doc.later.repeats``
when a structure filter comes later) whether a neighbour will be gone.

>>> repeats_title("视频-法国全国大罢工再次严重影响交通", "法国全国大罢工再次严重影响交通")
True
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import regex

from .lexicons.traditional import both_scripts
from .shapes import is_headline

#: a line repeated right under itself is dropped from this length on (shorter: a list's 是/否)
MIN_ADJACENT_REPEAT = 4
#: a near copy of the title differs from it by at most this share (difflib ratio)
NEAR_COPY_RATIO = 0.8
#: a title copy holds the title with at most this many characters more (视频-<title>)
TITLE_COPY_EXTRA_CHARS = 12

# repeated prose is a copy; repeated short questions or code lines may be the article's own
PROSE = regex.compile(r"[。！？，；]")
# an abstract printed above the article and again as its first paragraph is one text
_LEAD_LABEL = regex.compile(both_scripts(r"^[【\[〔]?(?:摘要|导语|导读|核心提示|内容提要|提要)[】\]〕]?[:：]?"))
_LEAD_FIRST = frozenset("【[〔摘导核内提")  # the characters _LEAD_LABEL can start with


def canon(text: str) -> str:
    """A line as repeats are compared: without white space."""
    return "".join(text.split())


def near_copy(text: str, title: str) -> bool:
    """A headline-sized line that differs from the title by a word or two (a share or sticky-bar copy):
    difflib's ``SequenceMatcher(None, text, title, autojunk=False).ratio()`` is at least
    :data:`NEAR_COPY_RATIO`, worked out by :func:`_matches_at_least`."""
    if len(title) < 8 or not (0.75 * len(title) <= len(text) <= 1.3 * len(title)) or "。" in text:
        return False
    return _matches_at_least(text, title, NEAR_COPY_RATIO)


def _matches_at_least(a: str, b: str, ratio: float) -> bool:
    """``SequenceMatcher(None, a, b, autojunk=False).ratio() >= ratio``, the same answer, faster.

    The matcher's blocks: the longest common substring of the two ranges (the
    first in ``a``, then the first in ``b``), then the same left and right of it.
    difflib finds each with a Python loop over every pair of equal characters
    (a few hundred microseconds for two 70-character URLs); here each is found
    with substring tests in C, and the search stops once the answer is sure
    (the blocks found already reach ``ratio``, or those still possible cannot).
    """
    size = len(a) + len(b)
    if not size:
        return 1.0 >= ratio  # (difflib's ratio of two empty sequences)
    found = 0
    todo = [(0, len(a), 0, len(b))]
    left = min(len(a), len(b))  # what the ranges still to search could match, at most
    while todo:
        if 2.0 * (found + left) / size < ratio:
            return False
        alo, ahi, blo, bhi = todo.pop()
        left -= min(ahi - alo, bhi - blo)
        seg = b[blo:bhi]
        i = best = alo
        k = 0
        while i + k < ahi:  # (a match longer than k may start at i)
            if a[i:i + k + 1] in seg:
                best = i
                k += 1
            else:
                i += 1
        if not k:
            continue
        i = best
        j = blo + seg.find(a[i:i + k])
        found += k
        if 2.0 * found / size >= ratio:
            return True
        if alo < i and blo < j:
            todo.append((alo, i, blo, j))
            left += min(i - alo, j - blo)
        if i + k < ahi and j + k < bhi:
            todo.append((i + k, ahi, j + k, bhi))
            left += min(ahi - i - k, bhi - j - k)
    return 2.0 * found / size >= ratio


def repeat_key(text: str) -> str:
    """What a line is compared by as a repeat: its text without white space or a lead label (摘要：)."""
    c = canon(text)
    if c and c[0] in _LEAD_FIRST:
        c = _LEAD_LABEL.sub("", c, count=1)
    return c


def is_title_copy(c: str, title: str) -> bool:
    """``c`` (a canonical line) repeats the canonical ``title``: it holds it with a few words more, or is a near copy."""
    return title in c and len(c) <= len(title) + TITLE_COPY_EXTRA_CHARS or near_copy(c, title)


def repeated_prose(texts: list[str], min_length: int = 30) -> set[int]:
    """The positions in ``texts`` of prose lines that repeat an earlier one (the structure
    filter drops them as ``duplicate-line``)."""
    seen: set[str] = set()
    found = set()
    for k, text in enumerate(texts):
        c = repeat_key(text)
        if c in seen and len(c) >= min_length and PROSE.search(c):
            found.add(k)
        seen.add(c)
    return found


def repeats_title(text: str, title: str) -> bool:
    """``text`` is a copy of ``title`` that the structure filter drops as ``duplicate-title``."""
    t = canon(title)
    return bool(t) and is_title_copy(repeat_key(text), t)


@dataclass(frozen=True)
class RepeatRules:
    """The repeat rules of a structure filter, with its options, for the filters before it."""

    #: the shortest prose line dropped as a repeat when it is not right under its first copy
    min_length: int = 30

    def repeated_prose(self, texts: list[str]) -> set[int]:
        """The positions in ``texts`` of prose lines that repeat an earlier one."""
        return repeated_prose(texts, self.min_length)

    def repeats_title(self, text: str, title: str) -> bool:
        """``text`` is a copy of ``title``."""
        return repeats_title(text, title)

    def dropped(self, texts: Sequence[str], kept: Sequence[bool]) -> Callable[[int], bool]:
        """A test of whether ``texts[j]`` (a line kept so far, of the lines ``kept``) is dropped
        as a repeat: a copy of the title's place (the first line kept, when it reads as a
        headline), a prose line printed above, or the line above again."""
        title = next((t for t, k in zip(texts, kept) if k), "")
        title = title if is_headline(title) else ""
        first_at: dict[str, int] = {}
        for i, t in enumerate(texts):
            if kept[i]:
                first_at.setdefault(canon(t), i)

        def gone(j: int) -> bool:
            text = texts[j]
            c = canon(text)
            if first_at.get(c, j) < j and (len(c) >= self.min_length and PROSE.search(c)
                                           or len(c) >= MIN_ADJACENT_REPEAT and j and canon(texts[j - 1]) == c):
                return True
            return bool(title) and first_at.get(canon(title)) != j and repeats_title(text, title)

        return gone


__all__ = ["RepeatRules", "canon", "is_title_copy", "near_copy", "repeat_key", "repeated_prose", "repeats_title"]
