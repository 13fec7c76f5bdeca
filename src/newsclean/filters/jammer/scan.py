"""One line's jammer spans: X runs, then legacy runs in the rest, searched again where a cut
changed what a run's neighbours are, until nothing more is found (three rounds at most).
"""
from __future__ import annotations

from typing import Optional

import bisect
import re

from .grammar import (
    ASCII_GRAPH,
    DEFAULT_SEO_PHRASES,
    LEGACY_CORE,
    LEGACY_RUN,
    RUN_CHAR,
    X_RUN,
    blank,
    merge,
    seo_pattern,
)
from .edges import FAR_SIGNS
from .xseries import x_spans
from .legacy import legacy_spans


def find_jammers(text: str, *, legacy: bool = True, seo: Optional[re.Pattern] = None) -> list[tuple[int, int, str]]:
    """The jammer spans of one line as ``(start, end, reason)``, in order.

    Cleaning the result again finds nothing: what is left once the spans are cut
    is searched again (a run's neighbours change once it is gone: "…7。)_tmcW" then
    a jammer ends a line only after that jammer is cut), until nothing more is found.

    >>> find_jammers("成效。! U/ \\\\) Z- Z' T& F$ G& J具体报道如下")
    [(3, 27, 'discuz-jammer-x')]
    """
    if len(text) < 5:
        return []  # a run of either kind holds five c2 at least (an SEO phrase goes only beside one)
    if is_machine_text(text):
        return []
    seo = seo or seo_pattern(DEFAULT_SEO_PHRASES)
    spans = _line_spans(text, legacy, seo)
    for _ in range(_MAX_ROUNDS):
        if not spans or not _ascii_near(text, spans) or not _may_touch(text, spans):
            break  # only ASCII text next to a cut, or reading back over one, can read differently
        rest, where = _without(text, spans)
        joins = _joins(rest, where)
        touched = _runs_at_cut(rest, joins)
        if not touched or _settled(rest, touched, joins, seo):
            break
        more = _search_again(rest, touched, legacy, seo)
        if not more:
            break
        spans = sorted(spans + [piece for i, j, why in more for piece in _back(where, i, j, why)])
    return spans


# rounds of "search what is left again"; one or two suffice, the bound keeps hostile input linear
_MAX_ROUNDS = 3

#: a line of printable ASCII only, at least this long …
MACHINE_LINE_CHARS = 2000
#: … with fewer spaces than one character in this many is machine text
#: (English prose has one in five or six; minified code, CSS, query strings one in thirty or none)
MACHINE_SPACE_EVERY = 10


def is_machine_text(text: str) -> bool:
    """A long line of ASCII with few spaces (minified code or CSS, a query string, base64):
    the jammer writes into the text of posts, which a long line of such text is not; it is
    ruled out in one pass instead of being read run by run (thousands of runs a line)."""
    return (len(text) >= MACHINE_LINE_CHARS and text.count(" ") * MACHINE_SPACE_EVERY < len(text)
            and text.isascii())


def _line_spans(text: str, legacy: bool, seo: re.Pattern) -> list[tuple[int, int, str]]:
    """X runs, then legacy runs (with SEO phrases) in the rest of the line."""
    xs = x_spans(text)
    out = [(i, j, "discuz-jammer-x") for i, j in xs]
    if legacy and _legacy_candidate(text, xs):
        more = legacy_spans(text, out, seo)
        if more:
            out = sorted(more + out)
    return out


def _legacy_candidate(text: str, xs: list[tuple[int, int]]) -> bool:
    """Some stretch of ``text`` between the X spans ``xs`` holds a legacy-shaped run (cheap test)."""
    pos = 0
    for i, j in xs:
        if LEGACY_CORE.search(text, pos, i):
            return True
        pos = j
    return LEGACY_CORE.search(text, pos) is not None


def _ascii_near(text: str, spans: list[tuple[int, int, str]]) -> bool:
    """Printable ASCII touches some span (over white space) or follows one within the text
    the tests read back (``_CONTEXT``)."""
    n = len(text)
    for i, j, _ in spans:
        while i > 0 and text[i - 1].isspace():
            i -= 1
        if i > 0 and "!" <= text[i - 1] <= "~":
            return True
        if ASCII_GRAPH.search(text, j, min(n, j + _CONTEXT)):
            return True
    return False


def _may_touch(text: str, spans: list[tuple[int, int, str]]) -> bool:
    """The text left once ``spans`` are cut may hold a run ``_runs_at_cut`` finds (a cheap test).

    Such a run lies in one kept stretch (and matches there), or crosses a cut, which then has a
    character of a run on either side."""
    n = len(text)
    pos = k = 0
    while k < len(spans):
        i, j = spans[k][0], spans[k][1]
        while k + 1 < len(spans) and spans[k + 1][0] <= j:  # one cut of adjacent spans
            k += 1
            j = max(j, spans[k][1])
        k += 1
        if i > pos and (LEGACY_CORE.search(text, pos, i) or X_RUN.search(text, pos, i)):
            return True
        if 0 < i and j < n and RUN_CHAR.match(text, i - 1) and RUN_CHAR.match(text, j):
            return True
        pos = j
    return bool(LEGACY_CORE.search(text, pos) or X_RUN.search(text, pos))


def _joins(rest: str, where: list[tuple[int, int]]) -> list[int]:
    """The places of ``rest`` where a cut was, in order."""
    return sorted({r for r, t in where if t > 0} | ({len(rest)} if where[-1][0] == len(rest) else set()))


def _runs_at_cut(rest: str, joins: list[int]) -> list[tuple[int, int]]:
    """The jammer-shaped runs of ``rest`` that reach (over white space at most) a place where a cut
    was (``joins``), or read back over one, each with the white space around it."""
    if not joins:
        return []
    n = len(rest)
    out = []
    for pattern in (LEGACY_RUN, X_RUN):
        for m in pattern.finditer(rest):
            a, b = m.span()
            while a > 0 and rest[a - 1].isspace():
                a -= 1
            while b < n and rest[b].isspace():
                b += 1
            # a cut inside the run, at its edge, or in the text its tests read back (brackets, numbers)
            k = bisect.bisect_left(joins, a - _CONTEXT)
            if k < len(joins) and joins[k] <= b:
                out.append((a, b))
    return sorted(out)


# how much text around a run its tests read (brackets since the last jammer: 200 characters)
_CONTEXT = 200


# the signs whose tests read further back than the run's ASCII stretch (``FAR_SIGNS``)
_FAR_READ = re.compile("[%s]" % re.escape("".join(sorted(FAR_SIGNS))))


def _settled(rest: str, touched: list[tuple[int, int]], joins: list[int], seo: re.Pattern) -> bool:
    """Each run ``_runs_at_cut`` found reads in ``rest`` as it did in the whole line, so searching
    again finds nothing (a cheap proof that spares the search).

    Every test on a run reads the stretch of ASCII and white space it lies in and the character
    beyond it, the signs of ``_FAR_READ`` excepted. So a run reads the same when no cut lies in
    that stretch or at its edges, the stretch holds none of those signs, and no SEO phrase is
    left to blank. Its characters were all kept by the first search: they are kept again.
    """
    if seo.search(rest):
        return False
    n = len(rest)
    done = -1  # where the last stretch read ends: the runs are sorted, each stretch is read once
    for a, b in touched:
        if a < done:
            continue  # (in the stretch just read, which passed)
        # the run's stretch of ASCII and white space, parted from the rest by other characters
        while a > 0 and (rest[a - 1].isascii() or rest[a - 1].isspace()):
            a -= 1
        while b < n and (rest[b].isascii() or rest[b].isspace()):
            b += 1
        done = b
        k = bisect.bisect_left(joins, a)
        if k < len(joins) and joins[k] <= b:
            return False
        if _FAR_READ.search(rest, a, b):
            return False
    return True


def _search_again(rest: str, touched: list[tuple[int, int]], legacy: bool, seo: re.Pattern) -> list[tuple[int, int, str]]:
    """Spans of ``rest`` at the ``touched`` runs; only the text around them is read again.

    A window that does not reach an end of ``rest`` is closed by a Chinese character,
    so that the runs in it are not taken for runs at the line's edge.
    """
    n = len(rest)
    # windows around the touched runs, overlapping ones merged: [w0, w1) and the runs in it
    windows: list[list] = []
    for a, b in touched:
        w0, w1 = max(0, a - _CONTEXT), min(n, b + _CONTEXT)
        if windows and w0 <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], w1)
            windows[-1][2].append((a, b))
        else:
            windows.append([w0, w1, [(a, b)]])
    out: list[tuple[int, int, str]] = []
    for w0, w1, runs in windows:
        if not rest[:w0].strip():
            w0 = 0
        if not rest[w1:].strip():
            w1 = n
        if w0 == 0 and w1 == n:
            return _line_spans(rest, legacy, seo)
        head = "中" if w0 else ""
        window = head + rest[w0:w1] + ("中" if w1 < n else "")
        shift = w0 - len(head)
        for i, j, why in _line_spans(window, legacy, seo):
            i, j = i + shift, j + shift
            if any(i < b and j > a for a, b in runs):
                out.append((i, j, why))
    return merge(out)


def _without(text: str, spans: list[tuple[int, int, str]]) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with the (sorted, disjoint) spans cut, and where each kept stretch was: (start in rest, start in text)."""
    parts, where = [], []
    pos = r = 0
    for i, j, _ in spans:
        if i > pos:
            parts.append(text[pos:i])
            where.append((r, pos))
            r += i - pos
        pos = max(pos, j)
    parts.append(text[pos:])
    where.append((r, pos))
    return "".join(parts), where


def _back(where: list[tuple[int, int]], i: int, j: int, why: str) -> list[tuple[int, int, str]]:
    """The span ``[i, j)`` of the cut text as spans of the original text (one per kept stretch)."""
    out = []
    for k, (r, t) in enumerate(where):
        r_end = where[k + 1][0] if k + 1 < len(where) else float("inf")
        a, b = max(i, r), min(j, r_end)
        if a < b:
            out.append((t + a - r, t + b - r, why))
    return out
