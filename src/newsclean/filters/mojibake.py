"""Repair UTF-8 text that was decoded as GBK somewhere upstream.

``发布`` written in UTF-8 and read back as GBK shows as ``鍙戝竷``. A stretch
of such text is repaired only when the repair is certain: the stretch encodes
to GBK, those bytes decode as strict UTF-8 into Chinese text, and the result
encodes back to exactly the same stretch. Ordinary Chinese text practically
never passes that round trip (its GBK bytes are not valid UTF-8), so nothing
else is touched. Each repaired stretch is recorded as a replacement with the
reason ``mojibake``.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import regex

from ..document import Document, Line
from .base import Filter

# a stretch of non-ASCII characters (mojibake keeps ASCII as it is)
_STRETCH = regex.compile(r"[^\x00-\x7f\s]{3,}")
_PIECE = regex.compile(r"[^\ufffd?？]{2,}")
_CHINESE = regex.compile(r"[\p{Han}\u3000-\u303f\uff00-\uffef]")

# Quick reject. A repair needs a window whose GBK bytes are UTF-8 with at least
# two Chinese characters (3 or 4 bytes each), so those bytes hold two 3- or
# 4-byte sequences with only 1- and 2-byte characters between them. Bytes are
# mapped to their UTF-8 role (a: ASCII, c: continuation, d/E/F: lead of 2/3/4
# bytes, x: never in UTF-8) and the pattern is looked for in one search of
# C code; ordinary Chinese text hardly ever has it.
_ROLE = bytes(
    ord("a" if b < 0x80 else "c" if b < 0xC0 else "d" if b < 0xE0 else "E" if b < 0xF0 else "F" if b < 0xF5 else "x")
    for b in range(256)
)
_TWO_WIDE = (re.compile(rb"Ecc(?:a|dc)*[EF]cc"), re.compile(rb"Fccc(?:a|dc)*[EF]cc"))


def _may_hold_mojibake(text: str) -> bool:
    """False when no stretch of ``text`` can be repaired (a necessary condition only)."""
    roles = text.encode("gbk", "replace").translate(_ROLE)
    return any(p.search(roles) for p in _TWO_WIDE)


def repair(stretch: str) -> str | None:
    """The text ``stretch`` stands for when it is UTF-8 read as GBK, else ``None``.

    >>> repair("鍙戝竷"), repair("发布")
    ('发布', None)
    """
    try:
        raw = stretch.encode("gbk")
        fixed = raw.decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    if fixed == stretch or len(fixed) < 2:
        return None
    if sum(1 for ch in fixed if _CHINESE.match(ch)) < len(fixed) * 0.8:
        return None
    try:
        if fixed.encode("utf-8").decode("gbk") != stretch:
            return None
    except UnicodeDecodeError:
        return None
    return fixed


@dataclass
class RepairMojibake(Filter, name="mojibake"):
    """Replace GBK-read UTF-8 (``鍙戝竷``) by the text it stands for (``发布``).

    >>> from newsclean.document import Document
    >>> doc = RepairMojibake()(Document("鏂伴椈鍙戝竷浼氫粖澶╀妇琛? 2024年 正常的中文不变"))  # 行 lost a byte
    >>> doc.lines[0].text
    '新闻发布会今天举琛? 2024年 正常的中文不变'
    """

    def apply(self, doc: Document) -> None:
        lines = [line for line in doc.body_lines() if not line.text.isascii()]
        if not lines or not _may_hold_mojibake("\n".join([line.text for line in lines])):
            return
        for line in lines:
            if not _may_hold_mojibake(line.text):
                continue
            fixes = [(a, b, new) for m in _STRETCH.finditer(line.text) for a, b, new in _repairs(m.group(), m.start())]
            if fixes:
                doc.replace_many(line, _outside_replaced(line, fixes), filter=self.name, reason="mojibake")


def _outside_replaced(line: Line, fixes: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The sorted ``fixes`` that do not touch text an earlier filter put in (an entity's character)."""
    replaced, pos = [], 0
    for _s, _e, t, rec in line.pieces:
        if rec >= 0:
            replaced.append((pos, pos + len(t)))
        pos += len(t)
    if not replaced:
        return fixes
    out, r = [], 0
    for a, b, new in fixes:
        while r < len(replaced) and replaced[r][1] <= a:
            r += 1
        if r == len(replaced) or replaced[r][0] >= b:
            out.append((a, b, new))
    return out


def _looks_like_mojibake(part: str) -> bool:
    """Most of ``part``'s GBK bytes read as UTF-8 (ordinary Chinese text: hardly any)."""
    try:
        raw = part.encode("gbk")
    except UnicodeEncodeError:
        return False
    text = raw.decode("utf-8", errors="replace")
    return text.count("\ufffd") * 4 < len(text)


def _repairs(stretch: str, offset: int) -> list[tuple[int, int, str]]:
    """Certain repairs inside one stretch, as ``(start, end, text)``.

    A broken byte (shown as U+FFFD or ``?``) ends a repairable piece; inside a
    piece the longest repairable windows are taken from the left.
    """
    out = []
    for m in _PIECE.finditer(stretch):
        part = m.group()
        if _looks_like_mojibake(part):
            base = offset + m.start()
            out.extend((base + i, base + j, fixed) for i, j, fixed in _windows(part))
    return out


def _windows(part: str) -> list[tuple[int, int, str]]:
    """The repairs in ``part``: from the left, the longest repairable window ``part[i:j]`` at each ``i``.

    Trying every window with :func:`repair` costs n² windows of n characters
    each; this finds the same windows in about n log n. A window repairs when
    its GBK bytes are strict UTF-8 of at least two characters, 80 % of them
    Chinese. Decoding all the bytes once (bad bytes escaped) gives every
    UTF-8 character that any window can hold, since a strict window starts on
    a lead byte and UTF-8 decodes the same from any lead byte. A window then
    is a stretch of those characters between two offsets that are character
    boundaries in both encodings, without an escaped byte inside.
    """
    raw = part.encode("gbk")  # cannot fail: _looks_like_mojibake encoded it
    if len(raw) == 2 * len(part):
        at = {2 * k: k for k in range(len(part) + 1)}
    else:
        at, p = {}, 0
        for k, ch in enumerate(part):
            at[p] = k
            p += len(ch.encode("gbk"))
        at[p] = len(part)
    out: list[tuple[int, int, str]] = []
    # runs of valid UTF-8; for each, the offsets that are boundaries of both encodings,
    # as (index in part, characters before it in the run, Chinese characters before it)
    run: list[tuple[int, int, int]] = []
    p = chars = chinese = 0
    for ch in raw.decode("utf-8", "surrogateescape") + "\udcff":  # a final escape ends the last run
        if "\udc80" <= ch <= "\udcff":
            if len(run) > 1:
                _take(part, run, out)
            run = []
            p += 1
            chars = chinese = 0
            continue
        if not run and p in at:  # the run starts on a boundary (later ones are added below)
            run.append((at[p], chars, chinese))
        o = ord(ch)
        p += 1 if o < 0x80 else 2 if o < 0x800 else 3 if o < 0x10000 else 4
        chars += 1
        chinese += 1 if _CHINESE.match(ch) else 0
        if p in at:
            run.append((at[p], chars, chinese))
    return out


def _take(part: str, run: list[tuple[int, int, int]], out: list[tuple[int, int, str]]) -> None:
    """Add the repairs of one run of valid UTF-8 (see :func:`_windows`) to ``out``."""
    # window a..z is Chinese enough when 5·chinese ≥ 4·chars, i.e. score[z] ≥ score[a]
    score = [5 * c - 4 * n for _, n, c in run]
    # best[z]: the highest score at z or after, negated so that it grows (for bisect)
    best = score[:]
    for z in range(len(best) - 2, -1, -1):
        best[z] = max(best[z], best[z + 1])
    best = [-v for v in best]
    first_k = [k for k, _, _ in run]
    first_n = [n for _, n, _ in run]
    a = 0
    while a < len(run):
        k, n, _ = run[a]
        # the last boundary whose score is high enough, if the window has 2+ characters of both
        z = bisect_right(best, -score[a]) - 1
        lo = max(bisect_right(first_k, k + 1), bisect_right(first_n, n + 1))
        while z >= lo:
            fixed = repair(part[k:run[z][0]])
            if fixed:
                out.append((k, run[z][0], fixed))
                break
            z -= 1  # never seen: repair agrees with the score; try shorter windows as it would
        if z >= lo:
            a = z
        else:
            a += 1


__all__ = ["RepairMojibake", "repair"]
