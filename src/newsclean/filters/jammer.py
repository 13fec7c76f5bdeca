"""Discuz! "jammer" garbage: random ASCII that forums hide at every line break.

Discuz! writes a hidden run of random characters at every ``<br />``, either
at the end of the line before or at the start of the line after. A scraper
that ignores CSS keeps it. Two generators exist:

* the X series: 5 to 15 units ``c1 + " " + c2`` with ``c1`` in ``[\\x20-\\x3b]``
  and ``c2`` in ``[\\x3f-\\x7e]``. A unit whose ``c1`` is a space shows as
  ``" X"`` when the renderer collapses white space, ``"  X"`` when it does not;
* the older 6.x/7.x ("legacy") series: units ``c1 + c2`` without the space,
  ``c1`` in ``[\\x00-\\x3b]``; control characters vanish in the HTML parser.
  Some forums add an SEO phrase (``Discuz!``, ``Comsenz``, the forum name …)
  before or after the run.

Neither alphabet holds ``<``, ``=`` or ``>``, and the two halves of a unit come
from disjoint classes, so a run parses deterministically from either end. The
only doubt is at a run's inner edge, where it touches article text: ``a = b``
ends like a unit, ``- Apple`` starts like one. The filter keeps the article's
side whenever the text there has the shape of a word, a list or a formula, and
takes a legacy run only when it looks random (case flips, letters mixed with
digits and punctuation, no word structure) rather than like a word, a number,
a URL or an identifier.

At an inner edge the two readings are weighed by how likely each is: a run that
starts with a space unit (" w…") has 1 chance in 28, so a sign glued before it
("2019-09-0" + "7 w…") is given to the article only when the article plainly
needs it: a number missing digits, a bracket or quote left open, a field label's
or a code header's colon, a sign after a tab. A lost article character costs the
reader more than a left jammer character, so doubtful edges lean to the article.

The result is stable: cleaning it again finds nothing. The legacy pass reads
every line (X spans blanked out), and what is left after the cuts is searched
again wherever a run reaches a cut, unless a cheap proof shows that no run near
a cut can read differently there (most lines).

The work is linear in the line. A legacy jammer is 15 units (30 characters) at
most, so a stretch of printable ASCII without white space longer than 160
characters (base64, a hex dump, minified code, a JSON blob) is data: it is found
in one pass and kept whole, not read run by run. What a run is part of (a URL,
data) is read once per stretch, and the line's indentation once per line.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import bisect
import operator
import re

from ..document import Document
from ..patterns import phrase_alternation
from .base import Filter

# ---------------------------------------------------------------- X series
# one unit: "c1 c2" with a printable c1, or a space unit (" X" collapsed, "  X" raw)
_X_UNIT = r"(?:[\x21-\x3b] [\x3f-\x7e]| {1,2}[\x3f-\x7e])"
# the same unit written to start with a character class: a pattern that starts with one lets the
# regex engine skip the characters that cannot start a match (all of Chinese text) without trying
# a match at each, which for a repeated group costs an allocation a character; the lookbehinds
# tell which alternative the first character took, so both match exactly what _X_UNIT matches
_X_FIRST = r"[\x20-\x3b](?:(?<! ) |(?<= ) ?)[\x3f-\x7e]"
# (the next units written out too: the engine enters its costly loop for a repeated group only
# once a match is sure, not at every sign of ordinary text)
_X_RUN = re.compile(rf"{_X_FIRST}{_X_UNIT}{_X_UNIT}{_X_UNIT}{_X_UNIT}{_X_UNIT}*")
_X_UNITS = re.compile(_X_UNIT)
# a line that can hold neither kind of jammer has no printable ASCII at all
_ASCII_GRAPH = re.compile(r"[\x21-\x7e]")
# the last X-like stretch of text before a point: "x8 S1 {/ ?# O: t"
_X_RUN3 = re.compile(rf"{_X_FIRST}{_X_UNIT}{_X_UNIT}{_X_UNIT}*")

_LETTERS = re.compile(r"[A-Za-z][A-Za-z0-9]*")
# an article's word: "APP", "Apple", "import", "iPhone", "Mate60"
_WORD = re.compile(r"[A-Z][A-Za-z]+[0-9]*|[a-z]+[0-9]*|[a-z][A-Z][a-z]+")

# ---------------------------------------------------------------- legacy series
# a run of the legacy grammar: every c1 (printable or a space) is followed by a c2
# (five units at least: each has one c2, and a jammer has five or more)
# (the first unit written to start with a character class, as _X_FIRST)
_LEGACY_FIRST = r"[\x20-\x3b\x3f-\x7e](?:(?<=[\x20-\x3b])[\x3f-\x7e]|(?<=[\x3f-\x7e]))"
_LEGACY_UNIT = r"[\x20-\x3b]?[\x3f-\x7e]"
_LEGACY_RUN = re.compile(rf"{_LEGACY_FIRST}{_LEGACY_UNIT * 4}(?:{_LEGACY_UNIT})*")
_LETTER_RUN = re.compile(r"[A-Za-z]+")
_LETTERS_ONLY = re.compile(r"[^A-Za-z]+")
# a letter run split into words: "MongoClient" -> Mongo, Client; "kAPP" -> k, APP
_WORD_PART = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]")
_VOWELS = frozenset("aeiouyAEIOUY")
# characters article text hardly ever has between letters, or at all
_RARE = frozenset("[\\]^`{|}~\"$;")
# characters that join the words of names, URLs, identifiers: e-mail, M&G, a.b, a/b, a_b, ID:x
_JOINS = frozenset("-._&/:@#")
_GOOD_CASE = re.compile(r"[A-Z]+|[A-Z]?[a-z]+(?:[A-Z][a-z]+)*|[a-z]+(?:[A-Z][a-z]+)+|[A-Z]+[a-z]+")

DEFAULT_SEO_PHRASES = ("Discuz! Board", "Discuz!", "Comsenz", "论坛", "bbs")


@dataclass
class RemoveDiscuzJammer(Filter, name="discuz-jammer"):
    """Remove Discuz! jammer runs (X series, legacy series, SEO phrases next to them).

    >>> from newsclean.document import Document
    >>> doc = RemoveDiscuzJammer()(Document("! X4 D, w. B. b3 E9 N* r7 x掌上春城讯 11月25日"))
    >>> doc.lines[0].text
    '掌上春城讯 11月25日'
    >>> RemoveDiscuzJammer()(Document("下载 iPhone 15 Pro 的 APP,F = ma")).lines[0].text
    '下载 iPhone 15 Pro 的 APP,F = ma'
    """

    #: also remove runs of the older 6.x/7.x generator (no space inside a unit)
    legacy: bool = True
    #: extra SEO phrases a forum writes next to its jammer (the forum's name …)
    seo_phrases: tuple[str, ...] = field(default_factory=tuple)

    def apply(self, doc: Document) -> None:
        seo = _seo_pattern(tuple(DEFAULT_SEO_PHRASES) + tuple(self.seo_phrases))
        for line in doc.body_lines():
            # a line with no printable ASCII can hold neither kind of jammer
            if _ASCII_GRAPH.search(line.text):
                spans = find_jammers(line.text, legacy=self.legacy, seo=seo)
                if spans:
                    doc.cut_reasons(line, spans, filter=self.name)


@lru_cache(maxsize=16)
def _seo_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    return re.compile(phrase_alternation(phrases))


# ---------------------------------------------------------------- X series
def _looks_like_list(run: str, b: bytes, c2: bytes) -> bool:
    """Text such as ``a, b, c, d, e`` or ``A. B. C. D. E`` or ``H E L L O``: no random c1.

    ``b`` is the run as bytes, ``c2`` its c2 characters (one per unit).
    """
    n = len(c2)
    # "H E L L O": nearly every unit is a space and a letter (" X" is 2 characters, the
    # others 3; a raw space unit "  X" is never spaced-out text)
    if 3 * n - len(run) >= n - 1:
        return True
    need = 7 * (n - 1)
    c1 = b.translate(None, _NOT_PRINTED_C1)
    # repeats of one sign bound the pairs of equal neighbours: most runs stop here
    if (len(c1) - len(set(c1))) * 10 >= need:
        marks = [u[0] if u[0] != " " else k for k, u in enumerate(_X_UNITS.findall(run))]
        # a list repeats one separator ("A. B. C. D. E"); two signs repeating ("- ]- I5 T5 z5 e")
        # are chance in a random run
        if (sum(map(operator.eq, marks, marks[1:])) * 10 >= need
                and max(map(marks.count, set(marks))) * 5 >= 4 * len(marks)):
            return True
    # the c2 letters counting up ("a b c d e"): c2[i] + 1 == c2[i + 1]
    return sum(map(operator.eq, c2.translate(_NEXT_BYTE), c2[1:])) * 10 >= need


# byte tables: what is not a printed c1 sign, what is not a c2 character; each byte's successor
_NOT_PRINTED_C1 = bytes([0x20, *range(0x3f, 0x7f)])
_NOT_C2 = bytes(range(0x20, 0x3f))
_NEXT_BYTE = bytes([*range(1, 256), 0])


def _x_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _X_RUN.finditer(text):
        run = m.group()
        b = run.encode("ascii")
        c2 = b.translate(None, _NOT_C2)
        if _looks_like_list(run, b, c2):
            continue
        start, end = m.span()
        units = len(c2)
        if start:
            # inner edge on the left: text that ends like a unit ("a = b", "Plan B", "A+")
            start, dropped = _trim_left(text, start, run)
            units -= dropped
        if units < 4:
            continue
        # inner edge on the right: a space unit starting a word is the text's indentation (" APP")
        if end < len(text) and not "\x21" <= run[-3] <= "\x3b" and _starts_token(text, end - 1):
            if units == 4:
                continue
            end -= 3 if run[-3] == " " else 2  # "  X" raw or " X"
        spans.append((start, end))
    return spans


def _trim_left(text: str, start: int, run: str) -> tuple[int, int]:
    """Move ``start`` (> 0) past leading units that belong to the text before the run.

    Returns the new start and the number of units dropped.
    """
    p = text[start - 1]
    if not p.isascii() and not p.isspace() and run[0] not in _FAR_SIGNS:
        return start, 0  # Chinese text before it, and no sign that reads back: the run is the jammer's
    if p != " " and run[0] != " " and _continues(text, start, run[0]):
        # "2019-09-0" + "7 w…": the digit completes the article's token, " w" starts the run
        return start + 1, 0
    if p == " " and run[0] == '"' and run[1] == " " and _continues(text, start, '"'):
        # '说："……锻炼。 "' + ' \\ M3…': a spaced closing quote the article left open
        return start + 1, 0
    k = start
    while k and text[k - 1] == " ":
        k -= 1
    p = text[k - 1] if k else ""
    if not p or not p.isascii():
        return start, 0  # line start, or CJK text: the run is the jammer's
    units = _X_UNITS.findall(run)
    gap = start - k
    trimmed = False
    dropped = 0
    while dropped < len(units):
        u = units[dropped]
        if u[0] == " ":
            # " A" after a tab, " b" after "a =": the text's own word
            if trimmed or p not in "\t<=>":
                break
            dropped += 1
            start += len(u)
        elif gap >= 1 and not p.isspace():
            # "= b" after "a ": a formula or a list going on
            dropped += 1
            start += len(u)
        elif gap == 0 and trimmed:
            # "+ n" right after text kept as text: "+" ends the text, " n" starts the run
            units[dropped] = u[1:]
            start += 1
            break
        else:
            break
        trimmed = True
        p, gap = u[-1], 0
    return start, dropped


# a token that cannot end here: a lone digit after a 2-digit date or time field ("2019-09-0",
# "18:1", "08:05:3"), a thousands group short of three digits ("5,87"), a fraction's "1/"
_OPEN_NUMBER = re.compile(r"(?:\d{2}[-./]\d|\d:\d|(?<![\d.])\d{1,3}(?:,\d{3})*,\d{1,2}|\d/)\Z")
# signs that stand alone between spaces as separators: "2018-05-17 | 浏览", "10 ~ 20"
_SEPARATORS = frozenset("|~")
# a line of code that ends with a colon: "def parse()", "if not data", "except Exception"
_CODE_HEADER = re.compile(r"(?<![a-z0-9])(?:def|class|if|elif|else|for|while|with|try|except|finally)\b[^\n]*(?<!:)\Z")
_PAIRS = {")": "(", "]": "[", '"': '"'}
# signs whose tests read the text far back: a colon looks for a field label or a code header,
# a bracket or quote counts back to the last jammer
_FAR_SIGNS = frozenset(':)]"')


def _continues(text: str, i: int, c: str, since: int = 0) -> bool:
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
    if c in _PAIRS:
        # the article since the last run: up to the previous jammer-like stretch or 200 chars
        seg = text[max(since, i - 200):i]
        last = None
        for last in _X_RUN3.finditer(seg):
            pass
        if last:
            seg = seg[last.end():]
        o = _PAIRS[c]
        return seg.count(o) > seg.count(c) if o != c else seg.count(c) % 2 == 1
    return p == c and i >= 2 and text[i - 2] == c and not c.isalnum()


def _word_at(text: str, i: int) -> bool:
    """The ASCII letters and digits from ``text[i]`` on make a plausible word of two or more."""
    m = _LETTERS.match(text, i)
    return bool(m and len(m.group()) >= 2 and _WORD.fullmatch(m.group()))


def _starts_token(text: str, i: int) -> bool:
    """``text[i]``, after a space, begins the article's text rather than ending a jammer.

    A word ("APP"), a letter with a sign ("A+"), a doubled sign ("@@title"), a separator
    standing between spaces (" | 来源"), a letter prefixing a Chinese word ("A股").
    """
    c, q = text[i], text[i + 1]
    if q.isascii():
        return (_word_at(text, i) or _sign_after(c, q) or (q == c and not c.isalnum())
                or (q == " " and c in _SEPARATORS))
    return text[i:i + 2] in _cjk_words()


def _sign_after(c2: str, q: str) -> bool:
    """A letter with a sign after it is a token of its own: "A+", "B-"."""
    return c2.isalpha() and not q.isalnum() and not q.isspace()


# ---------------------------------------------------------------- public entry
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
    seo = seo or _seo_pattern(DEFAULT_SEO_PHRASES)
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


def _line_spans(text: str, legacy: bool, seo: re.Pattern) -> list[tuple[int, int, str]]:
    """X runs, then legacy runs (with SEO phrases) in the rest of the line."""
    xs = _x_spans(text)
    out = [(i, j, "discuz-jammer-x") for i, j in xs]
    if legacy and _legacy_candidate(text, xs):
        more = _legacy_spans(text, out, seo)
        if more:
            out = sorted(more + out)
    return out


def _legacy_candidate(text: str, xs: list[tuple[int, int]]) -> bool:
    """Some stretch of ``text`` between the X spans ``xs`` holds a legacy-shaped run (cheap test)."""
    pos = 0
    for i, j in xs:
        if _LEGACY_CORE.search(text, pos, i):
            return True
        pos = j
    return _LEGACY_CORE.search(text, pos) is not None


# a legacy run without its first c1: starting at a c2, the search fails fast everywhere else
# (the four units written out, as in _X_RUN)
_LEGACY_CORE = re.compile(rf"[\x3f-\x7e]{_LEGACY_UNIT * 4}")


def _ascii_near(text: str, spans: list[tuple[int, int, str]]) -> bool:
    """Printable ASCII touches some span (over white space) or follows one within the text
    the tests read back (``_CONTEXT``)."""
    n = len(text)
    for i, j, _ in spans:
        while i > 0 and text[i - 1].isspace():
            i -= 1
        if i > 0 and "!" <= text[i - 1] <= "~":
            return True
        if _ASCII_GRAPH.search(text, j, min(n, j + _CONTEXT)):
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
        if i > pos and (_LEGACY_CORE.search(text, pos, i) or _X_RUN.search(text, pos, i)):
            return True
        if 0 < i and j < n and _RUN_CHAR.match(text, i - 1) and _RUN_CHAR.match(text, j):
            return True
        pos = j
    return bool(_LEGACY_CORE.search(text, pos) or _X_RUN.search(text, pos))


# a character a run may hold (neither alphabet has "<", "=" or ">")
_RUN_CHAR = re.compile(r"[\x20-\x3b\x3f-\x7e]")


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
    for pattern in (_LEGACY_RUN, _X_RUN):
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
# the signs whose tests read further back than the run's ASCII stretch (``_FAR_SIGNS``)
_FAR_READ = re.compile("[%s]" % re.escape("".join(sorted(_FAR_SIGNS))))


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
    return _merge(out)


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


@lru_cache(maxsize=1)
def _label_end() -> re.Pattern:
    """A metadata field label ("来源", "责任编辑") or a chrome label ("分享到") at the end of a
    text: a colon after one is the article's."""
    from ..lexicons import entries, rows

    labels = {r[0] for r in rows("metadata_labels.tsv", 2)} | set(entries("colon_labels.txt"))
    alt = "|".join(sorted((re.escape(x) for x in labels), key=len, reverse=True))
    # the label starts the text or follows a sign: "资料图" does not end with the label "图"
    return re.compile(rf"(?<![\u3400-\u9fff])(?:{alt})\s*\Z")


@lru_cache(maxsize=1)
def _cjk_words() -> frozenset[str]:
    from ..lexicons import entries

    return frozenset(entries("ascii_cjk_words.txt"))


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    from ..lexicons import entries

    return frozenset(entries("ascii_words.txt"))


@lru_cache(maxsize=16384)
def _good_word(w: str) -> bool:
    """``w`` (one camel-case part of a letter run) has the shape of an article's word.

    Words of four letters or more need the shape (lower case, Capitalised or an
    acronym of up to six letters) and a vowel; shorter ones, and vowel-less
    ones, must be listed in the ``ascii_words.txt`` lexicon.
    """
    words = _known_words()
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


_C2_CHAR = re.compile(r"[\x3f-\x7e]")


def _c2_count(s: str) -> int:
    return len(_C2_CHAR.findall(s))


def _badness(s: str) -> float:
    """Share of the c2 characters of ``s`` that are not part of a plausible word."""
    good = 0
    for m in _LETTER_RUN.finditer(s):
        for w in _WORD_PART.findall(m.group()):
            if _good_word(w):
                good += len(w)
    n = len(s)
    for i in range(1, n - 1):
        # "_" and "@" inside identifiers and e-mail addresses
        if s[i] in "_@" and s[i - 1].isalnum() and s[i + 1].isalpha():
            good += 1
    return 1.0 - good / max(_c2_count(s), 1)


def _anomalies(s: str) -> int:
    """Signs of randomness: rare symbols, case flips, digits or odd signs between letters."""
    a = sum(1 for ch in s if ch in _RARE)
    for m in _LETTER_RUN.finditer(s):
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
    if m and _good_word(m.group(1)):
        return False  # a label and an account name: "ID:jrtt", "QQ:abc123" (a separator may close it)
    if _SNAKE.search(s):
        return False  # code: "add_ts", "insert_one"
    if s.isalpha() and any(len(w) >= 4 and _good_word(w) for w in _WORD_PART.findall(s)):
        return False  # letters only, with a word inside: "FViewXFG"
    spaces = s.count(" ")
    if spaces >= 3 and spaces * 2 >= _c2_count(s):
        return False  # spaced-out letters or words: "H E L L O"
    b = _badness(s)
    if strict:
        return b >= 0.6 and _anomalies(s) >= 3
    if b >= 0.5:
        return True
    a = _anomalies(s)
    return (a >= 1 and b >= 0.3) or (a >= 2 and b >= 0.15)


@lru_cache(maxsize=16384)
def _good_seq(w: str) -> bool:
    """Every camel-case part of the letters ``w`` is a plausible word."""
    return len(w) >= 2 and all(_good_word(p) for p in _WORD_PART.findall(w))


@lru_cache(maxsize=16384)
def _best_word(w: str, *, left: bool, right: bool) -> tuple[int, int]:
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


_ACRONYM_START = re.compile(r"[(\"'#@]?[A-Z]{4,6}[)|:,.\"']?")
_ACRONYM_END = re.compile(r"[(\"'#@]?[A-Z]{4,6}[)|:,.\"']?$")
# a listed word with a digit at a run's edge: "5G芯片", "运营商 5G"
_TOKEN = re.compile(r"[0-9]*[A-Za-z]+[0-9]*")


def _known_token(m: Optional[re.Match]) -> Optional[re.Match]:
    return m if m and any(ch.isdigit() for ch in m.group()) and m.group() in _known_words() else None


def _known_token_at_end(run: str) -> Optional[int]:
    """Where a listed word with a digit ends ``run``; the word is read backwards from the end
    (its shape is the same both ways), so a long run costs no more than a short one."""
    m = _TOKEN.match(run[::-1][:12])
    if m is None:
        return None
    word = m.group()[::-1]
    return len(run) - len(word) if any(ch.isdigit() for ch in word) and word in _known_words() else None


_SNAKE = re.compile(r"[a-z]{2,}_[a-z]{2,}")
_HANDLE = re.compile(r"[a-z]+[0-9]*")
_LABELLED_HANDLE = re.compile(r"([A-Z]{2,6}|[A-Z]?[a-z]{2,}): ?[a-z]+[0-9]*[ |]*")
_JOIN_SIGNS = frozenset("-._&/:@#'() ")
_OPENERS = frozenset("(\"'#@")
_CLOSERS = frozenset("():;,.'\"!?")
_OPEN_CLOSE = "():;,.'\"!?#@"


def _islands(run: str, text_before: bool, text_after: bool, short: int = 2) -> tuple[tuple[int, int], ...]:
    """Stretches of ``run`` that read as article words (kept from the jammer).

    Each letter run contributes its longest plausible word (``kAPP`` gives
    ``APP``); words that fill their letter runs and are joined by one or two
    joining signs (``redis.Redis``, ``import json``) make one stretch.
    """
    words = []
    n = len(run)
    for m in _LETTER_RUN.finditer(run):
        w = m.group()
        i, j = 0, 0
        # a word glued to the text goes to the run's edge: "…RoQQQ" then "空间" holds "QQ", not "QQ" + "Q"
        if m.end() == n and text_after:
            i, j = _best_word(w, left=True, right=False)
        elif m.start() == 0 and text_before:
            i, j = _best_word(w, left=False, right=True)
        if j - i < 2:
            i, j = _best_word(w, left=True, right=True)
        if j > i:
            words.append((m.start() + i, m.start() + j, i == 0, m.start() + j == m.end()))
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(words):
        start, end, _, open_right = words[k]
        while (k + 1 < len(words) and open_right and words[k + 1][2]
               and 0 < words[k + 1][0] - end <= 2 and all(ch in _JOIN_SIGNS for ch in run[end:words[k + 1][0]])):
            k += 1
            end, open_right = words[k][1], words[k][3]
        k += 1
        letters = sum(1 for ch in run[start:end] if ch.isalpha())
        # acronyms nobody listed only count next to the text: inside a run "PKWIP" is noise
        if not any(_good_word(w) and not (w.isupper() and w not in _known_words())
                   for w in _WORD_PART.findall(_LETTERS_ONLY.sub(" ", run[start:end]))):
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


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the (sorted, disjoint) spans overwritten by wide spaces, which no run crosses."""
    if not spans:
        return text
    parts, pos = [], 0
    for i, j in spans:
        parts += [text[pos:i], "\u3000" * (j - i)]
        pos = j
    parts.append(text[pos:])
    return "".join(parts)


def _legacy_spans(text: str, taken: list[tuple[int, int, str]], seo: re.Pattern) -> list[tuple[int, int, str]]:
    """Legacy runs of ``text`` outside the ``taken`` spans, with any SEO phrase next to them."""
    work = _blank_data(_blank(text, [(i, j) for i, j, _ in taken]))
    phrases = [m.span() for m in seo.finditer(work)]
    work = _blank(work, phrases)
    phrase_starts = [pa for pa, _ in phrases]
    phrase_ends = [pb for _, pb in phrases]
    # where the line's text starts and ends: a run before (after) it is at the line's edge
    first, last = len(work) - len(work.lstrip()), len(work.rstrip())
    tokens = _Tokens(work)
    out: list[tuple[int, int, str]] = []
    lead = _Lead(text, taken, out)
    for m in _LEGACY_RUN.finditer(work):
        a, b = m.start(), m.end()
        if work[a] == " ":
            a += 1
        if b - a < 5 or _c2_count(work[a:b]) < 5:
            continue
        # the run's first character may end the text before it: "2019-09-08" then "8Hp…",
        # "loads(data)" then ")Xy…", "阅读|" then "|3d…"
        # (two steps at most: "21:30" then "0|…" gives the digit, then the separator)
        # a jammer has five c2 at least: a c2 given to the text must leave five to the run
        since = out[-1][1] if out else 0
        for _ in range(2):
            if (a > 0 and work[a - 1] != " " and _legacy_continues(work, a, since)
                    and _c2_count(work[a + 1:b]) >= 5):
                a += 1
        if tokens.in_url(a, b):
            continue
        at_start = a <= first
        at_end = b >= last
        run = work[a:b]
        # indentation with a tab or a wide space (which the jammer never writes) is the line's
        # own: a jammer put before the line comes before it. So a run right after it starts
        # the text ("\t\tT" then "v5N%R…"), one at the line start right before it is all jammer
        indented = _indented(text, a, lead)
        sealed = at_start and not at_end and _indent_after(text, b)
        line_start = at_start
        # the cleaned text has no indentation: a run the indentation alone keeps whole would
        # start a line there and be read as a jammer, so it is read that way now
        for indented in ((True, False) if indented else (False,)):
            at_start = line_start and not indented
            # a jammer at the line start has no text before it, one at the line end none after
            # it; a run that is the whole line is most often a jammer on an empty line
            whole = at_start and at_end
            text_after = not at_end and not sealed
            islands = list(_islands(run, not at_start or whole, text_after or whole, 2 if not whole else 3))
            # an acronym glued to the text side: "来源CSDN|" then a jammer, a jammer then "IACR)";
            # the jammer, five c2 at least, must fit in the rest
            if not at_start and (not islands or islands[0][0] > 0):
                m = _ACRONYM_START.match(run) or _known_token(_TOKEN.match(run))
                if m and _rest_fits(run[m.end():]):
                    islands.insert(0, (0, m.end()))
                elif indented:
                    islands.insert(0, (0, 1))
            if text_after and (not islands or islands[-1][1] < len(run)):
                m = _ACRONYM_END.search(run)
                k = m.start() if m else _known_token_at_end(run)
                if k is not None and (not islands or k >= islands[-1][1]) and _rest_fits(run[:k]):
                    islands.append((k, len(run)))
            if at_start != at_end:
                islands = _fit_edge_island(run, islands, jammer_first=at_start)
            islands = [(i, j - 1) if _colon_is_jammers(work, a, run, i, j) else (i, j) for i, j in islands]
            cuts = list(_random_pieces(run, tuple(islands), at_start, at_end))
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
            if not _holds_word(run[:cuts[0][0]]):
                cuts[0] = (0, cuts[0][1])
            if not _holds_word(run[cuts[-1][1]:]):
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
    return _merge(out)


def _holds_word(s: str) -> bool:
    """The letters of ``s`` hold a listed word or plausible words of five letters or more
    ("Window", "FreeCell"): more than four random letters seldom read as that."""
    for m in _LETTER_RUN.finditer(s):
        w = m.group()
        i, j = _best_word(w, left=True, right=True)
        if j - i >= 5 or any(p in _known_words() for p in _WORD_PART.findall(w)):
            return True
    return False


def _random_pieces(run: str, islands: tuple[tuple[int, int], ...], at_start: bool, at_end: bool) -> tuple[tuple[int, int], ...]:
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
        if _c2_count(piece) < need or len(set(piece)) <= 2 or not looks_random(piece):
            continue
        inside = not (at_start or at_end) or (i > 0 and j < len(run))
        if inside and not looks_random(piece, strict=True):
            continue  # inside a line (a flattened page) or between words only the plainly random goes
        out.append((i, j))
    return tuple(out)


_URL = re.compile(r"(?:https?://|www\.)[\x21-\x7e]*")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,6}")


def _legacy_continues(work: str, a: int, since: int = 0) -> bool:
    """The legacy run's first character ``work[a]`` ends the article text glued before it.

    Half the legacy units show no ``c1`` (a control character the parser drops), so a
    digit after a digit is more often the article's number going on ("2019-09-0" then
    "8Hp…") than a jammer's first ``c1``, unless the number is a finished date or time
    ("2019-05-17", "18:13"); other signs need the X series' evidence of an unfinished
    token: a bracket or quote left open since ``since`` (where the last run cut ended),
    a short number group.
    """
    c, p = work[a], work[a - 1]
    if c.isdigit() and p.isdigit():
        return not _DONE_NUMBER.search(work, max(0, a - 20), a)
    if c in "|?" and p.isalnum():
        return True  # a separator or a question mark closing the text: "阅读|", "21:30|", "啥来头?"
    if p.isspace():
        return False  # (taken spans and SEO phrases are blanked with wide spaces here)
    return (c in _PAIRS or "\x21" <= c <= "\x3b") and _continues(work, a, c, since)


# a date or a time whose last field is complete: a digit more makes no date ("2019-05-173")
_DONE_NUMBER = re.compile(r"(?:(?<!\d)\d{4}[-./]\d{1,2}[-./]\d{2}|(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?)\Z")


def _fit_edge_island(run: str, islands: list[tuple[int, int]], jammer_first: bool) -> list[tuple[int, int]]:
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
        if j != n or _rest_fits(run[:i]):
            return islands
        if _wordish(run[:i]):
            return islands[:-1] + [(0, j)]
        # (the c2 of run[:i] counted as i grows: one reading of the island)
        c2 = _c2_count(run[:i])
        while i < j and not _fits(c2):
            c2 += _is_c2(run[i])
            i += 1
        while i < j and not run[i].isalnum():
            i += 1
        return islands[:-1] + ([(i, j)] if i < j else [])
    i, j = islands[0]
    if i != 0 or _rest_fits(run[j:]):
        return islands
    if _wordish(run[j:]):
        return [(i, n)] + islands[1:]
    c2 = _c2_count(run[j:])
    while j > i and not _fits(c2):
        j -= 1
        c2 += _is_c2(run[j])
    while j > i and not run[j - 1].isalnum():
        j -= 1
    return ([(i, j)] if i < j else []) + islands[1:]


def _wordish(s: str) -> bool:
    """``s`` holds letters, spaces and the signs that join words only."""
    return all(ch.isalpha() or ch == " " or ch in _JOINS for ch in s)


def _rest_fits(rest: str) -> bool:
    """Once a token at a run's edge is the text's, the ``rest`` of the run holds no jammer
    or a whole one (five c2 at least)."""
    return _fits(_c2_count(rest))


def _fits(c2: int) -> bool:
    return c2 == 0 or c2 >= 5


def _is_c2(ch: str) -> bool:
    return "\x3f" <= ch <= "\x7e"


def _indented(text: str, a: int, lead: "_Lead") -> bool:
    """The white space right before ``text[a]`` holds a tab or a wide space, and before it
    are only jammer cuts and white space (``lead``)."""
    k = a
    while k and text[k - 1].isspace():
        k -= 1
    if not text[k:a].strip(" "):
        return False  # (the cheap test first)
    return k <= lead.text_start()


class _Lead:
    """Where the line's own text starts once the jammer cuts found so far are left out.

    The cuts only grow (``taken``, then ``found`` as the legacy pass appends to it), so the
    start only moves right: each character and each cut is read once a line, however many
    runs ask (a line of tab-indented runs would otherwise re-read every cut at each run).
    The cuts are disjoint: X spans, legacy cores and SEO phrases were blanked for each other.
    """

    def __init__(self, text: str, taken: list[tuple[int, int, str]], found: list[tuple[int, int, str]]):
        self.text, self.found = text, found
        self.ends: dict[int, int] = {}
        self.pos = self.seen = 0
        self._add(taken)

    def _add(self, cuts: list[tuple[int, int, str]]) -> None:
        for i, j, _ in cuts:
            self.ends[i] = max(self.ends.get(i, j), j)
            if i <= self.pos < j:
                self.pos = j  # a cut over the start found so far (one that starts in white space)

    def text_start(self) -> int:
        self._add(self.found[self.seen:])
        self.seen = len(self.found)
        text, ends, p = self.text, self.ends, self.pos
        while p < len(text):
            if p in ends:
                p = max(p + 1, ends[p])
            elif text[p].isspace():
                p += 1
            else:
                break
        self.pos = p
        return p


def _indent_after(text: str, b: int) -> bool:
    """White space holding a tab or a wide space follows ``text[b]``, then more text."""
    k = b
    while k < len(text) and text[k].isspace():
        k += 1
    return k < len(text) and text[b:k].strip(" ") != ""


def _colon_is_jammers(work: str, a: int, run: str, i: int, j: int) -> bool:
    """The island ``run[i:j]`` (``run`` starts at ``work[a]``) ends with a colon the rest of
    the run follows: it is the jammer's first ``c1`` ("…GPU" then ":P s5Vw(?p") unless the
    text is plainly unfinished without it (a field label's, a code header's colon), as on
    the X side."""
    return (i < j - 1 < len(run) - 1 and run[j - 1] == ":"
            and not _continues(work, a + j - 1, ":"))


# a legacy jammer is 15 units (30 characters) at most; with its SEO phrase, a second jammer
# glued to it (an empty line's two) and the article's word on either side, a stretch of
# printable ASCII without white space stays far below this. A longer one is data (base64, a
# hex dump, minified code, a JSON blob): it is kept whole, ruled out in one pass
_DATA_TOKEN = 160
# (starting at a stretch's start only: a match tried at every position of a shorter
# stretch would read it again and again)
_DATA = re.compile(r"(?<![\x21-\x7e])[\x21-\x7e]{%d,}" % (_DATA_TOKEN + 1))


def _blank_data(work: str) -> str:
    """``work`` with its data stretches (``_DATA``) overwritten by a Chinese character: kept text
    that no run reaches into, as article text beside a run is."""
    return _DATA.sub(lambda m: "中" * len(m.group()), work)


class _Tokens:
    """The stretches of printable ASCII without white space of one text, found in one pass, so
    that what a run is part of (a URL, an e-mail address, data) is read once per stretch and not
    once per run (a long stretch holds thousands of runs)."""

    def __init__(self, work: str):
        self.work = work
        spans = [m.span() for m in _GRAPH_STRETCH.finditer(work)]
        self.starts = [i for i, _ in spans]
        self.ends = [j for _, j in spans]
        self._urls: dict[tuple[int, int], bool] = {}

    def _stretch(self, i: int) -> int:
        """The index of the stretch holding ``work[i]``, or -1."""
        k = bisect.bisect_right(self.starts, i) - 1
        return k if k >= 0 and i < self.ends[k] else -1

    def in_url(self, a: int, b: int) -> bool:
        """The run ``work[a:b]`` is part of a URL or an e-mail address: the stretch that ends at
        its start, the run and the stretch that starts at its end make one token."""
        k = self._stretch(a - 1) if a else -1
        start = self.starts[k] if k >= 0 else a
        k = self._stretch(b)
        end = self.ends[k] if k >= 0 else b
        if (start, end) not in self._urls:
            token = self.work[start:end].strip("()[]<>\"',.;:!?")
            self._urls[start, end] = bool(_URL.search(token) or _EMAIL.fullmatch(token))
        return self._urls[start, end]


_GRAPH_STRETCH = re.compile(r"[\x21-\x7e]+")


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    spans = sorted(set(spans))
    out: list[tuple[int, int, str]] = []
    for s in spans:
        if out and s[0] < out[-1][1]:
            continue
        out.append(s)
    return out
