"""Inside a legacy run: the stretches that read as article words (islands), kept from the
jammer, and the random pieces between them, which are cut.
"""
from __future__ import annotations

from functools import lru_cache, wraps
from itertools import islice
from operator import methodcaller
from typing import Callable, Iterator, Optional, TypeVar

import re

from .grammar import c2_count, fits, is_c2
from .words import (
    LETTERS_ONLY,
    LETTER_RUN,
    WORD_PART,
    best_word,
    good_word,
    known_words,
    looks_random,
    wordish,
)


ACRONYM_START = re.compile(r"[(\"'#@]?[A-Z]{4,6}[)|:,.\"']?")
ACRONYM_END = re.compile(r"[(\"'#@]?[A-Z]{4,6}[)|:,.\"']?$")


# a listed word with a digit at a run's edge: "5G芯片", "运营商 5G"
TOKEN = re.compile(r"[0-9]*[A-Za-z]+[0-9]*")


def known_token(m: Optional[re.Match]) -> Optional[re.Match]:
    return m if m and any(ch.isdigit() for ch in m.group()) and m.group() in known_words() else None


def known_token_at_end(run: str) -> Optional[int]:
    """Where a listed word with a digit ends ``run``; the word is read backwards from the end
    (its shape is the same both ways), so a long run costs no more than a short one."""
    m = TOKEN.match(run[::-1][:12])
    if m is None:
        return None
    word = m.group()[::-1]
    return len(run) - len(word) if any(ch.isdigit() for ch in word) and word in known_words() else None


_JOIN_SIGNS = frozenset("-._&/:@#'() ")
_OPENERS = frozenset("(\"'#@")
_CLOSERS = frozenset("():;,.'\"!?")
_OPEN_CLOSE = "():;,.'\"!?#@"


#: runs up to this long are remembered (a jammer's run is 30 characters at most, a word or a short
#: line of code beside it not much more); a longer run (a line of English prose) is read each time
REMEMBERED_RUN_CHARS = 80

_F = TypeVar("_F", bound=Callable)


def _remembered(fn: _F) -> _F:
    """``fn`` (a judgment of a run that reads the run and its flags alone) remembering its answers
    for short runs: runs that are article text come back (the same word or code on many lines and
    pages, and the same run read again where a cut changed its line)."""
    cached = lru_cache(maxsize=4096)(fn)

    @wraps(fn)
    def judge(run: str, *args):  # type: ignore[no-untyped-def]
        return cached(run, *args) if len(run) <= REMEMBERED_RUN_CHARS else fn(run, *args)

    judge.cache_info = cached.cache_info  # type: ignore[attr-defined]
    return judge  # type: ignore[return-value]


@_remembered
def find_islands(run: str, text_before: bool, text_after: bool, short: int = 2) -> tuple[tuple[int, int], ...]:
    """Stretches of ``run`` that read as article words (kept from the jammer).

    Each letter run contributes its longest plausible word (``kAPP`` gives
    ``APP``); words that fill their letter runs and are joined by one or two
    joining signs (``redis.Redis``, ``import json``) make one stretch.
    """
    out: list[tuple[int, int]] = []
    find = word_stretches if len(run) <= LONG_RUN_CHARS else word_stretches_in_c
    for start, end in find(run, text_before, text_after):
        # (how many letters, up to five: no test but `short` asks for more, and a long stretch has
        # five soon)
        letters = sum(map(str.isalpha, run[start:min(end, start + 16)]))
        if letters < max(5, short) and end - start > 16:
            letters = sum(map(str.isalpha, run[start:end]))
        # acronyms nobody listed only count next to the text: inside a run "PKWIP" is noise
        if not _holds_a_word(run, start, end):
            letters = min(letters, 3)
        if start > 0 and run[start - 1] in _OPENERS:
            start -= 1
        if end < len(run) and run[end] in _CLOSERS:
            end += 1
        edge = (start == 0 and text_before) or (end == len(run) and text_after)
        if letters == 2 and not run[start:end].strip(_OPEN_CLOSE).isupper():
            letters = 1  # two random letters read as "is", "We", "by" too often; "QQ", "PC", "5G" stay
        if letters >= 5 or (letters >= 4 and (edge or start == 0 or end == len(run))) or (letters >= short and edge):
            out.append((start, end))
    return tuple(out)


#: a run longer than this (a line of prose, a flood of letters) has its words found in C
LONG_RUN_CHARS = 200


def word_stretches(run: str, text_before: bool, text_after: bool) -> Iterator[tuple[int, int]]:
    """The stretches of words of ``run``: each letter run's longest plausible word, and words
    that fill their letter runs joined by one or two joining signs (``redis.Redis``) make one.
    A word glued to the text goes to the run's edge: "…RoQQQ" then "空间" holds "QQ", not "QQ" + "Q"."""
    words = []
    n = len(run)
    for m in LETTER_RUN.finditer(run):
        w = m.group()
        i, j = 0, 0
        if m.end() == n and text_after:
            i, j = best_word(w, left=True, right=False)
        elif m.start() == 0 and text_before:
            i, j = best_word(w, left=False, right=True)
        if j - i < 2:
            i, j = _word(w)
        if j > i:
            words.append((m.start() + i, m.start() + j, i == 0, m.start() + j == m.end()))
    k = 0
    while k < len(words):
        start, end, _, open_right = words[k]
        while (k + 1 < len(words) and open_right and words[k + 1][2]
               and 0 < words[k + 1][0] - end <= 2 and all(ch in _JOIN_SIGNS for ch in run[end:words[k + 1][0]])):
            k += 1
            end, open_right = words[k][1], words[k][3]
        k += 1
        yield start, end


def word_stretches_in_c(run: str, text_before: bool, text_after: bool) -> Iterator[tuple[int, int]]:
    """``word_stretches``, the same, for a long run: no Python work for each of its letter runs."""
    # the letter runs and what lies between them, split in C: [sign, letters, sign, …, sign]
    parts = _LETTER_SPLIT.split(run)
    if len(parts) == 1:
        return
    n = len(run)
    # the edge letter runs' words, by where the letter run starts
    edge_words = {}
    if not parts[-1] and text_after:
        edge_words[n - len(parts[-2])] = best_word(parts[-2], left=True, right=False)
    if not parts[0] and text_before and 0 not in edge_words:
        edge_words[0] = best_word(parts[1], left=False, right=True)
    # the run written in shapes, one character for each of its own (_part_shape): each letter run
    # as the shape of its word, each sign between two as j (one or two joining signs) or x; the
    # stretches of words are the matches of _STRETCH in that text, found in C; each distinct part
    # is looked up once (a long run repeats its words and signs)
    text = "".join(map({p: _part_shape(p) for p in set(parts)}.__getitem__, parts))
    for k, (i, j) in edge_words.items():
        size = len(_LETTERS.match(run, k).group())
        if j - i < 2:
            edge_words[k] = i, j = _word(run[k:k + size])
        text = text[:k] + _shape(i, j, size) * size + text[k + size:]
    for m in _STRETCH.finditer(text):
        a, b = m.span()
        k = text.rfind("j", a, b) + 1 or a  # where its last letter run starts
        yield (a + (edge_words.get(a) or _word(_LETTERS.match(run, a).group()))[0],
               k + (edge_words.get(k) or _word(run[k:b]))[1])


_LETTER_SPLIT = re.compile(r"([A-Za-z]+)")
_LETTERS = re.compile(r"[A-Za-z]+")


def _shape(i: int, j: int, n: int) -> str:
    """The shape of the word ``w[i:j]`` of a letter run ``w`` of ``n`` letters: F fills it, L
    starts with it, R ends with it, M lies inside it; N: the run holds no word."""
    if j <= i:
        return "N"
    return ("F" if j == n else "L") if i == 0 else ("R" if j == n else "M")


def _word(letters: str) -> tuple[int, int]:
    """The word of a letter run inside a legacy run (``best_word``, both ends open)."""
    return best_word(letters, left=True, right=True)


@lru_cache(maxsize=16384)
def _part_shape(part: str) -> str:
    """A part of a run (a letter run, or the signs between two) in shapes, a character for each
    of its own: the shape of the letter run's word, or j for one or two signs that join words, x."""
    if part[:1].isascii() and part[:1].isalpha():
        return _shape(*_word(part), len(part)) * len(part)
    return ("j" if 0 < len(part) <= 2 and all(ch in _JOIN_SIGNS for ch in part) else "x") * len(part)


# one stretch of words: a word that ends its letter run, joined to the next word that starts its
# letter run by one or two joining signs (j), and so on; or a word alone. (Written with a class
# repeated, [jF]*, which the engine runs in C: in these texts a run of j is one sign, two at most)
_STRETCH = re.compile(r"[FR]+(?:j[jF]*F)?(?:jj?L+)?|[LM]+")


def _holds_a_word(run: str, start: int, end: int) -> bool:
    """Some letter run of ``run[start:end]`` holds a word (``_holds_good_word``): the first few
    are read one by one (most stretches are short, or open with one), the rest once each."""
    found = _LETTERS.finditer(run, start, end)
    for m in islice(found, 8):
        if _holds_good_word(m.group()):
            return True
    return any(map(_holds_good_word, set(map(_GROUP, found))))


_GROUP = methodcaller("group")


@lru_cache(maxsize=16384)
def _holds_good_word(letters: str) -> bool:
    """A part of ``letters`` (camel case) reads as a word; an acronym only when it is listed."""
    return any(good_word(w) and not (w.isupper() and w not in known_words()) for w in WORD_PART.findall(letters))


@_remembered
def random_pieces(run: str, islands: tuple[tuple[int, int], ...], at_start: bool, at_end: bool) -> tuple[tuple[int, int], ...]:
    """The stretches of ``run`` between its ``islands`` that read as random, trimmed of spaces."""
    pieces = []
    pos = 0
    for i, j in islands:
        pieces.append((pos, i))
        pos = j
    pieces.append((pos, len(run)))
    need = 4 if islands else 5
    out = []
    for i, j in pieces:
        while i < j and run[i] == " ":
            i += 1
        while j > i and run[j - 1] == " ":
            j -= 1
        piece = run[i:j]
        if c2_count(piece) < need or len(set(piece)) <= 2 or not looks_random(piece):
            continue
        inside = not (at_start or at_end) or (i > 0 and j < len(run))
        if inside and not looks_random(piece, strict=True):
            continue  # inside a line (a flattened page) or between words only the plainly random goes
        out.append((i, j))
    return tuple(out)


def fit_edge_island(run: str, islands: list[tuple[int, int]], jammer_first: bool) -> list[tuple[int, int]]:
    """In a run at one edge of the line (the jammer first when ``jammer_first``), the island
    glued to the text on the other side leaves the rest of the run to the jammer, which needs
    five c2 at least. If the rest has fewer, it is the text's too when it reads as words
    ("J" of "Jscript", " Xia" after "Demi"), or the island took jammer letters ("Me print",
    "EU" after "4y?0T3"): it gives them back.
    """
    if not islands:
        return islands
    n = len(run)
    if jammer_first:
        i, j = islands[-1]
        if j != n or rest_fits(run[:i]):
            return islands
        if wordish(run[:i]):
            return islands[:-1] + [(0, j)]
        # (the c2 of run[:i] counted as i grows: one reading of the island)
        c2 = c2_count(run[:i])
        while i < j and not fits(c2):
            c2 += is_c2(run[i])
            i += 1
        while i < j and not run[i].isalnum():
            i += 1
        return islands[:-1] + ([(i, j)] if i < j else [])
    i, j = islands[0]
    if i != 0 or rest_fits(run[j:]):
        return islands
    if wordish(run[j:]):
        return [(i, n)] + islands[1:]
    c2 = c2_count(run[j:])
    while j > i and not fits(c2):
        j -= 1
        c2 += is_c2(run[j])
    while j > i and not run[j - 1].isalnum():
        j -= 1
    return ([(i, j)] if i < j else []) + islands[1:]


def rest_fits(rest: str) -> bool:
    """Once a token at a run's edge is the text's, the ``rest`` of the run holds no jammer
    or a whole one (five c2 at least)."""
    return fits(c2_count(rest))
