"""The legacy (6.x/7.x) series: runs without the space inside a unit, with their SEO phrases.
"""
from __future__ import annotations

import bisect
import re

from .grammar import LEGACY_RUN, blank, c2_count, merge
from .words import holds_word, reads_as_words
from .islands import (
    ACRONYM_END,
    ACRONYM_START,
    TOKEN,
    find_islands,
    fit_edge_island,
    known_token,
    known_token_at_end,
    random_pieces,
    rest_fits,
)
from .context import (
    Lead,
    Tokens,
    blank_data,
    colon_is_jammers,
    indent_after,
    is_indented,
    legacy_continues,
)


# a name indexed in brackets (int r[maxn], dis[x][y], a[e].t): code, which a jammer writes by
# chance in hardly one run of a thousand (a "[" then a "]" with word characters between)
_INDEXING = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\[[A-Za-z0-9_.+\-]{1,12}\]")


# what ends a Chinese sentence: code never follows one with no space between
_CHINESE_SENTENCE_CLOSERS = frozenset("。！？；…”」』）")


def _glued_to_chinese(work: str, a: int, b: int, first: int) -> bool:
    """The run ``work[a:b]`` sits where a jammer does and code does not: right after a Chinese
    sentence's end, or at the line's start right before Chinese text (J[nz]-U)~w4Sk after 。)."""
    if a > 0 and work[a - 1] in _CHINESE_SENTENCE_CLOSERS:
        return True
    return a <= first and b < len(work) and ord(work[b]) >= 0x2E80


def legacy_spans(text: str, taken: list[tuple[int, int, str]], seo: re.Pattern) -> list[tuple[int, int, str]]:
    """Legacy runs of ``text`` outside the ``taken`` spans, with any SEO phrase next to them."""
    work = blank_data(blank(text, [(i, j) for i, j, _ in taken]))
    phrases = [m.span() for m in seo.finditer(work)]
    work = blank(work, phrases)
    phrase_starts = [pa for pa, _ in phrases]
    phrase_ends = [pb for _, pb in phrases]
    # where the line's text starts and ends: a run before (after) it is at the line's edge
    first, last = len(work) - len(work.lstrip()), len(work.rstrip())
    tokens = Tokens(work)
    out: list[tuple[int, int, str]] = []
    lead = Lead(text, taken, out)
    for m in LEGACY_RUN.finditer(work):
        a, b = m.start(), m.end()
        if work[a] == " ":
            a += 1
        # (a run in a URL goes first: the token read is the same once the text's sign is given
        # back below, which moves the run's start over printable ASCII only)
        if tokens.in_url(a, b) or b - a < 5 or c2_count(work[a:b]) < 5:
            continue
        # the run's first character may end the text before it: "2019-09-08" then "8Hp…",
        # "loads(data)" then ")Xy…", "阅读|" then "|3d…"
        # (two steps at most: "21:30" then "0|…" gives the digit, then the separator)
        # a jammer has five c2 at least: a c2 given to the text must leave five to the run
        since = out[-1][1] if out else 0
        for _ in range(2):
            if (a > 0 and work[a - 1] != " " and legacy_continues(work, a, since)
                    and c2_count(work[a + 1:b]) >= 5):
                a += 1
        if _INDEXING.search(work, a, b) and not _glued_to_chinese(work, a, b, first):
            continue  # (code's: a name indexed in brackets, a[i], dis[x][y])
        at_start = a <= first
        at_end = b >= last
        run = work[a:b]
        if reads_as_words(run):
            continue  # (words: "const int maxn", "The Sun", "print(a.ndim")
        # indentation with a tab or a wide space (which the jammer never writes) is the line's
        # own: a jammer put before the line comes before it. So a run right after it starts
        # the text ("\t\tT" then "v5N%R…"), one at the line start right before it is all jammer
        indented = is_indented(text, a, lead)
        sealed = at_start and not at_end and indent_after(text, b)
        line_start = at_start
        # the cleaned text has no indentation: a run the indentation alone keeps whole would
        # start a line there and be read as a jammer, so it is read that way now
        for indented in ((True, False) if indented else (False,)):
            at_start = line_start and not indented
            # a jammer at the line start has no text before it, one at the line end none after
            # it; a run that is the whole line is most often a jammer on an empty line
            whole = at_start and at_end
            text_after = not at_end and not sealed
            islands = list(find_islands(run, not at_start or whole, text_after or whole, 2 if not whole else 3))
            # an acronym glued to the text side: "来源CSDN|" then a jammer, a jammer then "IACR)";
            # the jammer, five c2 at least, must fit in the rest
            if not at_start and (not islands or islands[0][0] > 0):
                m = ACRONYM_START.match(run) or known_token(TOKEN.match(run))
                if m and rest_fits(run[m.end():]):
                    islands.insert(0, (0, m.end()))
                elif indented:
                    islands.insert(0, (0, 1))
            if text_after and (not islands or islands[-1][1] < len(run)):
                m = ACRONYM_END.search(run)
                k = m.start() if m else known_token_at_end(run)
                if k is not None and (not islands or k >= islands[-1][1]) and rest_fits(run[:k]):
                    islands.append((k, len(run)))
            if at_start != at_end:
                islands = fit_edge_island(run, islands, jammer_first=at_start)
            islands = [(i, j - 1) if colon_is_jammers(work, a, run, i, j) else (i, j) for i, j in islands]
            cuts = list(random_pieces(run, tuple(islands), at_start, at_end))
            if cuts or not indented:
                break
        if cuts and sealed:
            cuts = [(0, len(run.rstrip()))]  # a sealed run is all jammer
        elif cuts and at_start != at_end:
            # a run at one edge of the line holds one jammer, which reaches that edge: what the
            # cuts leave between them and the edge is the jammer's too ("…QY9Gn$~/" then "fuup")
            cuts = [(0, cuts[-1][1])] if at_start else [(cuts[0][0], len(run.rstrip()))]
        elif cuts and whole:
            # a whole line is most often a jammer on an empty line, else the line's ASCII text
            # with a jammer before and/or after it: what is left between a cut and the line's
            # edge stays only if it holds a word that stands on its own (listed, or long)
            if not holds_word(run[:cuts[0][0]]):
                cuts[0] = (0, cuts[0][1])
            if not holds_word(run[cuts[-1][1]:]):
                cuts[-1] = (cuts[-1][0], len(run.rstrip()))
        for i, j in cuts:
            core_a, core_b = a + i, a + j
            out.append((core_a, core_b, "discuz-jammer-legacy"))
            # (the phrases are sorted and disjoint: the ones next to the cut are found by bisection)
            for k in range(bisect.bisect_left(phrase_starts, core_b), len(phrases)):
                pa, pb = phrases[k]
                if pa > core_b + 1:
                    break
                if not work[core_b:pa].strip():
                    out.append((pa, pb, "discuz-jammer-seo"))
            for k in range(bisect.bisect_left(phrase_ends, core_a - 1), len(phrases)):
                pa, pb = phrases[k]
                if pb > core_a:
                    break
                if not work[pb:core_a].strip():
                    out.append((pa, pb, "discuz-jammer-seo"))
    return merge(out)
