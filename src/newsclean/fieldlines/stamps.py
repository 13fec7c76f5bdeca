"""A date stamp with its counters or place (``2022-02-14 03:01--阅读 ·``, ``编辑于 2023-03-01 15:45・IP
属地北京``, ``2024-01-02 12:00 · 阅读 123 · 评论 5``): the shape the junk-lines rules leave to the
metadata filter (``dated-stamp``) or take back on a thread (``dated-stamps``), and the metadata filter
reads as the byline's date; made from the metadata table's labels and ``lexicons/stamp_counters.txt``."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from .. import lexicons
from ..patterns import phrase_alternation

#: the label kinds that open a stamp
_DATE_KINDS = ("published", "updated")
#: a dated stamp is at most this long
MAX_STAMP = 60


@lru_cache(maxsize=1)
def dated_stamp() -> regex.Pattern:
    """A post's or an article's date stamp with its counters or where it was posted from
    (``2022-02-14 03:01--阅读 ·``, ``2023-02-28 17:31:30  阅读 5605``, ``编辑于 2023-03-01 15:45・IP 属地北京``):
    maybe a date label (发布于, 更新于), a whole date, maybe a time, then only counters (the metadata
    table's ``ignore`` kind, 阅读, 浏览, and ``stamp_counters.txt``, 评论, 点赞), each with its number
    before or after it, or a place (IP属地) with a region's name. Group ``label``: the date label,
    ``tail``: what follows the date."""
    table = lexicons.rows("metadata_labels.tsv", 2)
    dated = phrase_alternation([label for label, kind in table if kind in _DATE_KINDS])
    counters = phrase_alternation([label for label, kind in table if kind == "ignore"]
                                  + list(lexicons.entries("stamp_counters.txt")))
    places = phrase_alternation([label for label, kind in table if kind == "place"])
    sep = r"[ \t\u3000\xa0\-—–·・•|｜丨/]"
    count = r"[\d,.万千wWkK+]*+"
    # 阅读 123, 阅读：123, 阅读(123), 123阅读, 123 次阅读
    field = (rf"(?:{count}\s*+次?)(?:{counters}){sep}*+(?:[:：]{sep}*+)?(?:[(（]{count}[)）]|{count})"
             rf"|(?:{places}){sep}*+[:：]?{sep}*+[\p{{Han}}A-Za-z]{{1,12}}+")
    return regex.compile(
        rf"^(?:(?P<label>{dated}){sep}*+[:：]?{sep}*+)?"
        r"(?:19|20)\d{2}\s*+[-./年]\s*+\d{1,2}\s*+[-./月]\s*+\d{1,2}(?:\s*+日)?(?:\s++\d{1,2}:\d{2}(?::\d{2})?)?"
        rf"(?P<tail>(?:{sep}*+(?:{field}))*+){sep}*+$")


@lru_cache(maxsize=1)
def stamp_label_first() -> frozenset[str]:
    """The first characters of the date labels that may open a stamp (发布于, 编辑于)."""
    return frozenset(label[0] for label, kind in lexicons.rows("metadata_labels.tsv", 2) if kind in _DATE_KINDS)


def stamp_match(text: str) -> Optional[regex.Match]:
    """:func:`dated_stamp`'s match of ``text`` (stripped), or None (a line over MAX_STAMP is none)."""
    return dated_stamp().match(text) if len(text) <= MAX_STAMP else None


def stamp_date_line(text: str) -> bool:
    """``text`` (stripped) is a date stamp with no label and a tail of counters or a place."""
    m = stamp_match(text)
    return m is not None and not m.group("label") and bool(m.group("tail"))
