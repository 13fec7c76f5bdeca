"""The Discuz! jammer grammar: both alphabets, the run patterns, the SEO phrases.

The run patterns start with a character class so that the regex engine skips the
characters that cannot start a run (all of Chinese text) without trying a match at each.
"""
from __future__ import annotations

from functools import lru_cache

import re

from ...patterns import phrase_alternation


# one unit: "c1 c2" with a printable c1, or a space unit (" X" collapsed, "  X" raw)
_X_UNIT = r"(?:[\x21-\x3b] [\x3f-\x7e]| {1,2}[\x3f-\x7e])"


# the same unit written to start with a character class: a pattern that starts with one lets the
# regex engine skip the characters that cannot start a match (all of Chinese text) without trying
# a match at each, which for a repeated group costs an allocation a character; the lookbehinds
# tell which alternative the first character took, so both match exactly what _X_UNIT matches
_X_FIRST_REST = r"(?:(?<! ) |(?<= ) ?)[\x3f-\x7e]"
_X_FIRST = r"[\x20-\x3b]" + _X_FIRST_REST


# (the next units written out too: the engine enters its costly loop for a repeated group only
# once a match is sure, not at every sign of ordinary text)
_X_REST = rf"{_X_UNIT}{_X_UNIT}{_X_UNIT}{_X_UNIT}{_X_UNIT}*"
X_RUN = re.compile(_X_FIRST + _X_REST)
X_UNITS = re.compile(_X_UNIT)


# a line that can hold neither kind of jammer has no printable ASCII at all
ASCII_GRAPH = re.compile(r"[\x21-\x7e]")


# the last X-like stretch of text before a point: "x8 S1 {/ ?# O: t"
X_RUN3 = re.compile(rf"{_X_FIRST}{_X_UNIT}{_X_UNIT}{_X_UNIT}*")


# a run of the legacy grammar: every c1 (printable or a space) is followed by a c2
# (five units at least: each has one c2, and a jammer has five or more)
# (the first unit written to start with a character class, as _X_FIRST)
_LEGACY_FIRST = r"[\x20-\x3b\x3f-\x7e](?:(?<=[\x20-\x3b])[\x3f-\x7e]|(?<=[\x3f-\x7e]))"
_LEGACY_UNIT = r"[\x20-\x3b]?[\x3f-\x7e]"
LEGACY_RUN = re.compile(rf"{_LEGACY_FIRST}{_LEGACY_UNIT * 4}(?:{_LEGACY_UNIT})*")
DEFAULT_SEO_PHRASES = ("Discuz! Board", "Discuz!", "Comsenz", "论坛", "bbs")


@lru_cache(maxsize=16)
def seo_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    return re.compile(phrase_alternation(phrases))


# a legacy run without its first c1: starting at a c2, the search fails fast everywhere else
# (the four units written out, as in X_RUN)
LEGACY_CORE = re.compile(rf"[\x3f-\x7e]{_LEGACY_UNIT * 4}")


# an X run or else a legacy core, as X_RUN then LEGACY_CORE tried at each position would find
# them: the two start with disjoint classes, so the first character tells which can match there
# (and which did: an X run starts below "?"), and the pattern starts with one class (the engine
# skips Chinese text in C; an alternation of the two patterns is tried at every character; a
# negative lookbehind fails sooner than a positive one on a run of signs)
X_RUN_OR_LEGACY_CORE = re.compile(
    rf"[\x20-\x3b\x3f-\x7e](?:(?<=[\x20-\x3b]){_X_FIRST_REST}{_X_REST}|(?<![\x20-\x3b]){_LEGACY_UNIT * 4})")


# a character a run may hold (neither alphabet has "<", "=" or ">")
RUN_CHAR = re.compile(r"[\x20-\x3b\x3f-\x7e]")
# every byte but a c2's: in UTF-8 a c2 is one byte of its own (a byte of any other character is
# outside 0x3f-0x7e or belongs to another ASCII character), so deleting these leaves the c2
_NOT_C2_BYTES = bytes([*range(0x3f), 0x7f, *range(0x80, 0x100)])


def c2_count(s: str) -> int:
    """How many c2 characters (``[\\x3f-\\x7e]``) ``s`` holds (counted in C, no list made)."""
    return len(s.encode("utf-8", "surrogatepass").translate(None, _NOT_C2_BYTES))


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the (sorted, disjoint) spans overwritten by wide spaces, which no run crosses."""
    if not spans:
        return text
    parts, pos = [], 0
    for i, j in spans:
        parts += [text[pos:i], "\u3000" * (j - i)]
        pos = j
    parts.append(text[pos:])
    return "".join(parts)


def fits(c2: int) -> bool:
    return c2 == 0 or c2 >= 5


def is_c2(ch: str) -> bool:
    return "\x3f" <= ch <= "\x7e"


def merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    spans = sorted(set(spans))
    out: list[tuple[int, int, str]] = []
    for s in spans:
        if out and s[0] < out[-1][1]:
            continue
        out.append(s)
    return out
