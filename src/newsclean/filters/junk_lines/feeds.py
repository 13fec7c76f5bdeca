"""Feeds of other posts: a title, then its counters, again and again.

A forum or a blog lists other threads beside or under a post, each as its
title on one line and its counters on the next (``大运会场馆分布`` /
``1 点赞 · 0 评论``, ``你的昆曲“入坑戏”`` / ``8.7万次浏览``). The titles are
anyone's words; the rhythm is not: :data:`MIN_FEED_ITEMS` or more pairs in a row
of a title (short, no sentence) and a counter line that names what it counts.

``counted-feed`` (reason ``related-links``)
    the titles of such a run, and a short heading right above it (随机话题 换一换,
    热门话题) under other junk.
"""
from __future__ import annotations

import re
from typing import Optional

#: a feed has at least this many titles, each with its counters under it
MIN_FEED_ITEMS = 3
#: a feed's title is at most this long
MAX_FEED_TITLE = 50
#: a feed's heading is at most this long
MAX_FEED_HEADING = 12

# a counter that names what it counts (1 点赞 · 0 评论, 8.7万次浏览, 阅读 1234): a word besides the
# number's own (万, 千, 亿); a bare number, a bracketed reference number ([4]) or a price is none
_COUNTED = re.compile(r"[\u4e00-\u9fff]")
_NUMBER_WORDS = re.compile(r"[万千亿萬億]")
# what a feed's title or heading never holds: a sentence's end
_SENTENCE = re.compile(r"[。；;]")


def _counts(s: str) -> bool:
    return _COUNTED.search(_NUMBER_WORDS.sub("", s)) is not None


def counted_feeds(texts: list[str], reasons: list[Optional[str]], counters: list[int]) -> None:
    """Mark each run of title-and-counter pairs (and its heading) as ``related-links``;
    ``counters`` are the lines the one-line rules found counters, in order."""
    pairs = [k - 1 for k in counters
             if k > 0 and reasons[k - 1] is None and len(texts[k - 1]) <= MAX_FEED_TITLE
             and not _SENTENCE.search(texts[k - 1]) and _counts(texts[k])]
    i = 0
    while i < len(pairs):
        j = i + 1
        while j < len(pairs) and pairs[j] == pairs[j - 1] + 2:
            j += 1  # (the next title right under the last counter)
        if j - i >= MIN_FEED_ITEMS:
            for k in pairs[i:j]:
                reasons[k] = "related-links"
            h = pairs[i] - 1
            if h >= 1 and reasons[h] is None and reasons[h - 1] is not None \
                    and len(texts[h]) <= MAX_FEED_HEADING and not _SENTENCE.search(texts[h]):
                reasons[h] = "related-links"
        i = j


__all__ = ["MAX_FEED_HEADING", "MAX_FEED_TITLE", "MIN_FEED_ITEMS", "counted_feeds"]
