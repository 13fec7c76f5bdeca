"""Does a stretch of letters read as an article's word, or as random characters?

Shapes of English and pinyin words, a lexicon of listed words, and signs of randomness
(case flips, digits or odd signs between letters), weighed with named thresholds.
"""
from __future__ import annotations

from functools import lru_cache

import re

from .grammar import c2_count


_LETTERS = re.compile(r"[A-Za-z][A-Za-z0-9]*")


# an article's word: "APP", "Apple", "import", "iPhone", "Mate60"
_WORD = re.compile(r"[A-Z][A-Za-z]+[0-9]*|[a-z]+[0-9]*|[a-z][A-Z][a-z]+")
LETTER_RUN = re.compile(r"[A-Za-z]+")
LETTERS_ONLY = re.compile(r"[^A-Za-z]+")


# a letter run split into words: "MongoClient" -> Mongo, Client; "kAPP" -> k, APP
WORD_PART = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]")
_VOWELS = frozenset("aeiouyAEIOUY")


# characters article text hardly ever has between letters, or at all
_RARE = frozenset("[\\]^`{|}~\"$;")


# characters that join the words of names, URLs, identifiers: e-mail, M&G, a.b, a/b, a_b, ID:x
_JOINS = frozenset("-._&/:@#")
_GOOD_CASE = re.compile(r"[A-Z]+|[A-Z]?[a-z]+(?:[A-Z][a-z]+)*|[a-z]+(?:[A-Z][a-z]+)+|[A-Z]+[a-z]+")


def word_at(text: str, i: int) -> bool:
    """The ASCII letters and digits from ``text[i]`` on make a plausible word of two or more."""
    m = _LETTERS.match(text, i)
    return bool(m and len(m.group()) >= 2 and _WORD.fullmatch(m.group()))


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    from ...lexicons import entries

    return frozenset(entries("ascii_words.txt"))


@lru_cache(maxsize=16384)
def good_word(w: str) -> bool:
    """``w`` (one camel-case part of a letter run) has the shape of an article's word.

    Words of four letters or more need the shape (lower case, Capitalised or an
    acronym of up to six letters) and a vowel; shorter ones, and vowel-less
    ones, must be listed in the ``ascii_words.txt`` lexicon.
    """
    words = known_words()
    if w in words or (w[0].isupper() and w[1:].islower() and w.lower() in words):
        return True
    if len(w) < 4 or not (w.islower() or w.isupper() or w[1:].islower()):
        return False
    if w.isupper():
        return len(w) <= 6 and bool(_VOWELS.intersection(w))
    return _pronounceable(w.lower())


# consonant pairs an English word may start with
_ONSETS = frozenset(
    "bl br ch cl cr dr dw fl fr gl gn gr kl kn kr ph pl pr ps qu sc sh sk sl sm sn sp sq st sw "
    "th tr ts tw wh wr zh".split()
)


# consonants that may close a syllable; a cluster inside a word is a coda then an onset
_CODAS = frozenset(
    "b c d f g h k l m n p r s t v w x z ng nk nd nt st sk sp rt rd rk rm rn rs rl rp rb rg rf rc lt ld lk lm lp lf "
    "ls mp mb ns ts ct pt ft ck ch sh th gh ll ss ff tt nds nts nth rst ght tch nch rch cks sts rts lds mps xt hn".split()
)


# vowels neither English nor pinyin writes: "uu", "ii", one vowel three times, four vowels in a row
_ODD_VOWELS = re.compile(r"uu|ii|([aeo])\1\1|[aeiou]{4}")
_CLUSTER = re.compile(r"[b-df-hj-np-tv-xz]{2,}")
_CONSONANT_RUN = re.compile(r"[b-df-hj-np-tv-xz]{4,}")


def _pronounceable(w: str) -> bool:
    """A lower-case word of four letters or more that could be English or pinyin.

    >>> _pronounceable("import"), _pronounceable("kingname"), _pronounceable("cpxvy"), _pronounceable("uqid")
    (True, True, False, False)
    >>> _pronounceable("nuuut"), _pronounceable("yeii"), _pronounceable("xiao"), _pronounceable("coffee")
    (False, False, True, True)
    """
    body = w[0] + w[1:].replace("y", "a")
    if not any(v in body for v in "aeiou"):
        return False
    if _ODD_VOWELS.search(w):
        return False
    if "q" in w and "qu" not in w:
        return False
    if body[0] not in "aeiou" and body[1] not in "aeiou" and w[:2] not in _ONSETS:
        return False
    if _CONSONANT_RUN.search(body):
        return False
    for m in _CLUSTER.finditer(body, 1):
        c = m.group()
        if m.end() == len(body):
            if c not in _CODAS:
                return False
        elif not any(c[:k] in _CODAS and (len(c) - k < 2 or c[k:] in _ONSETS) for k in range(len(c))):
            return False
    return sum(w.count(c) for c in "jqxz") < 2


def _badness(s: str) -> float:
    """Share of the c2 characters of ``s`` that are not part of a plausible word."""
    good = 0
    for m in LETTER_RUN.finditer(s):
        for w in WORD_PART.findall(m.group()):
            if good_word(w):
                good += len(w)
    n = len(s)
    for i in range(1, n - 1):
        # "_" and "@" inside identifiers and e-mail addresses
        if s[i] in "_@" and s[i - 1].isalnum() and s[i + 1].isalpha():
            good += 1
    return 1.0 - good / max(c2_count(s), 1)


def _anomalies(s: str) -> int:
    """Signs of randomness: rare symbols, case flips, digits or odd signs between letters."""
    a = sum(1 for ch in s if ch in _RARE)
    for m in LETTER_RUN.finditer(s):
        if not _GOOD_CASE.fullmatch(m.group()):
            a += 1
    for i in range(1, len(s) - 1):
        p, c, q = s[i - 1], s[i], s[i + 1]
        if p.isalpha() and q.isalpha():
            if c.isdigit():
                a += 1
            elif c == "'":
                a += not q.islower()
            elif not c.isalnum() and c not in _JOINS and c != " ":
                a += 1
    for p, c in zip(s, s[1:]):
        if not p.isalnum() and not c.isalnum() and p != c and p != " " and c != " ":
            a += 1
    return a


def looks_random(s: str, *, strict: bool = False) -> bool:
    """``s`` (one legacy-grammar run) reads as random characters, not as text.

    >>> looks_random("8x[2NWV7bI3k"), looks_random("Hp)p%e`iN?")
    (True, True)
    >>> looks_random("pymongo.MongoClient"), looks_random("import json"), looks_random("jrtt")
    (False, False, False)
    """
    if _HANDLE.fullmatch(s):
        return False  # an account name or pinyin initials: "jrtt", "rmrbwx", "xinhua1"
    m = _LABELLED_HANDLE.fullmatch(s)
    if m and good_word(m.group(1)):
        return False  # a label and an account name: "ID:jrtt", "QQ:abc123" (a separator may close it)
    if _SNAKE.search(s):
        return False  # code: "add_ts", "insert_one"
    if s.isalpha() and any(len(w) >= 4 and good_word(w) for w in WORD_PART.findall(s)):
        return False  # letters only, with a word inside: "FViewXFG"
    spaces = s.count(" ")
    if spaces >= 3 and spaces * 2 >= c2_count(s):
        return False  # spaced-out letters or words: "H E L L O"
    b = _badness(s)
    if strict:
        return b >= STRICT_BADNESS and _anomalies(s) >= STRICT_ANOMALIES
    if b >= RANDOM_BADNESS:
        return True
    a = _anomalies(s)
    return (a >= 1 and b >= BADNESS_WITH_ONE_ANOMALY) or (a >= 2 and b >= BADNESS_WITH_TWO_ANOMALIES)


# how much of a run (the share of its c2 characters outside plausible words, ``_badness``) must
# be wordless for it to read as random: on its own, or with one or two signs of randomness
# (``_anomalies``: a rare symbol, a case flip, a digit or an odd sign between letters)
RANDOM_BADNESS = 0.5
BADNESS_WITH_ONE_ANOMALY = 0.3
BADNESS_WITH_TWO_ANOMALIES = 0.15
# inside a line (a flattened page) or between words only the plainly random goes
STRICT_BADNESS = 0.6
STRICT_ANOMALIES = 3


@lru_cache(maxsize=16384)
def _good_seq(w: str) -> bool:
    """Every camel-case part of the letters ``w`` is a plausible word."""
    return len(w) >= 2 and all(good_word(p) for p in WORD_PART.findall(w))


@lru_cache(maxsize=16384)
def best_word(w: str, *, left: bool, right: bool) -> tuple[int, int]:
    """The longest plausible word inside the letters ``w``, as ``(i, j)``; ``(0, 0)`` if none.

    ``left`` (``right``) says the word may start (end) inside ``w``, where
    jammer letters are glued to it: ``kAPP`` holds ``APP``, ``GPUd`` holds ``GPU``.
    """
    n = len(w)
    if _good_seq(w):
        return 0, n
    if n > 24:
        return 0, 0
    best = (0, 0)
    for i in range(n if left else 1):
        for j in range(n, i + 1, -1) if right else (n,):
            if j - i <= best[1] - best[0]:
                break
            if _good_seq(w[i:j]):
                best = (i, j)
                break
    return best


_SNAKE = re.compile(r"[a-z]{2,}_[a-z]{2,}")
_HANDLE = re.compile(r"[a-z]+[0-9]*")
_LABELLED_HANDLE = re.compile(r"([A-Z]{2,6}|[A-Z]?[a-z]{2,}): ?[a-z]+[0-9]*[ |]*")


def holds_word(s: str) -> bool:
    """The letters of ``s`` hold a listed word or plausible words of five letters or more
    ("Window", "FreeCell"): more than four random letters seldom read as that."""
    for m in LETTER_RUN.finditer(s):
        w = m.group()
        i, j = best_word(w, left=True, right=True)
        if j - i >= 5 or any(p in known_words() for p in WORD_PART.findall(w)):
            return True
    return False


def wordish(s: str) -> bool:
    """``s`` holds letters, spaces and the signs that join words only."""
    return all(ch.isalpha() or ch == " " or ch in _JOINS for ch in s)


# words joined by single spaces, dots or opening brackets, each a word's shape (lower case,
# Capitalised, an acronym, an English contraction) with a vowel: "const int maxn", "The Sun",
# "It's barbaric", "print(a.ndim", "effects.add(dep". A legacy jammer writes one of these signs
# in one unit of 10, between random letters and signs: such a run whole in about 1 run of
# 10,000 (measured on the generator: 104 and 127 in two seeds of 1,000,000 runs)
_SPACED_WORD = re.compile(r"[a-z]+|[A-Z][a-z]+|[A-Z]{2,5}|[A-Z]?[a-z]+'[a-z]+")
_ONE_LETTER_WORDS = frozenset("aAI")
_WORD_JOINS = re.compile(r"[ .(]")


def _spaced_word(t: str) -> bool:
    if len(t) == 1:
        return t in _ONE_LETTER_WORDS
    return bool(_SPACED_WORD.fullmatch(t)) and (t.isupper() or not _VOWELS.isdisjoint(t))


def reads_as_words(run: str) -> bool:
    """The whole of ``run`` (one legacy-grammar run) is two words or more joined by single spaces,
    dots or opening brackets: prose or code.

    >>> reads_as_words("const int maxn"), reads_as_words("effects.add(dep"), reads_as_words("J nuQM")
    (True, True, False)
    """
    words = _WORD_JOINS.split(run)
    return len(words) >= 2 and all(map(_spaced_word, words))
