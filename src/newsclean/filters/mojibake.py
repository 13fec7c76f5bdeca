"""Repair UTF-8 text that was decoded with the wrong code page somewhere upstream.

Two misreadings are common in scraped Chinese text: UTF-8 read as GBK
(``发布`` shows as ``鍙戝竷``) and UTF-8 read as Windows-1252 or Latin-1
(``发布`` shows as ``å\\x8f‘å¸ƒ``, its C1 control characters included). Each
run of non-ASCII characters is turned back into the bytes the misreading
came from, and those bytes are decoded as UTF-8. Ordinary text practically
never gives valid UTF-8 that way, so only a stretch that decodes into
Chinese text (two characters or more, four in five Chinese) is repaired;
it is recorded as a replacement with the reason ``mojibake``.

A misread text has often lost bytes too: GBK and a strict Windows-1252 show a
byte they cannot read as U+FFFD, a later save as ``?``. The characters whose
bytes were lost cannot come back; the fragments of them next to the lost
byte are taken out with the stretch they belong to, whose record then says
``mojibake-damaged``: the rest of the stretch is repaired, and nothing
damaged stays in the article unflagged.

This filter runs first, before the invisible-characters filter, which would
otherwise take the C1 characters of a Latin-1 misreading for control
characters and destroy what the repair needs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple, Optional

import regex

from ..document import Document, Line
from .base import Filter

_CHINESE = regex.compile(r"[\p{Han}\u3000-\u303f\uff00-\uffef]")
#: characters that stand for a lost byte: U+FFFD from a decoder, ``?`` from an encoder
_LOST = frozenset("\ufffd?")
#: a byte that is never UTF-8: it stands for a lost byte in the bytes of a stretch
_LOST_BYTE = 0xFF
#: the most bytes a fragment of one character next to a lost byte can have
_MAX_FRAGMENT = 3
#: the most bytes out of step between two stretches of one run (UTF-8's 3-byte and GBK's 2-byte
#: characters meet again within 6 bytes)
_MAX_GAP = 12
#: a repaired stretch has at least this many characters, this share of them Chinese
_MIN_CHARS, _MIN_CHINESE = 2, 0.8

# ---------------------------------------------------------------- GBK
# Quick reject. A repair needs two Chinese characters (3 or 4 UTF-8 bytes
# each), so the GBK bytes of the text hold two 3- or 4-byte sequences with
# only 1- and 2-byte characters between them. Bytes are mapped to their
# UTF-8 role (a: ASCII, c: continuation, d/E/F: lead of 2/3/4 bytes, x: never
# in UTF-8) and the pattern is looked for in one search of C code; ordinary
# Chinese text hardly ever has it.
_ROLE = bytes(
    ord("a" if b < 0x80 else "c" if b < 0xC0 else "d" if b < 0xE0 else "E" if b < 0xF0 else "F" if b < 0xF5 else "x")
    for b in range(256)
)
_TWO_WIDE = (re.compile(rb"Ecc(?:a|dc)*[EF]cc"), re.compile(rb"Fccc(?:a|dc)*[EF]cc"))
# runs of what GBK mojibake is made of: anything but ASCII and white space, and the lost-byte marks
_GBK_RUN = re.compile(r"[^\x00-\x7f\s]+(?:\?+[^\x00-\x7f\s]+)*\?*")


def _may_hold_mojibake(text: str) -> bool:
    """False when no stretch of ``text`` can be repaired from GBK (a necessary condition only)."""
    roles = text.encode("gbk", "replace").translate(_ROLE)
    return any(p.search(roles) for p in _TWO_WIDE)


# ---------------------------------------------------------------- Windows-1252 / Latin-1
# A browser reads the five bytes Windows-1252 leaves undefined as C1 controls,
# Latin-1 reads all of 0x80-0x9F so: both map back to the same byte.
_CP1252 = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0x100) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_SLOPPY_1252 = {**{chr(b): b for b in range(0x80, 0x100)}, **_CP1252}
_1252_CHARS = "".join(sorted(_SLOPPY_1252))
# a UTF-8 lead byte of a Chinese character (0xE3-0xE9, or 0xEF for full-width forms) read as
# Windows-1252, then two continuation bytes: the shape of every misread Chinese character
_1252_HINT = re.compile("[\u00e3-\u00e9\u00ef]" + "[" + re.escape("".join(c for c, b in _SLOPPY_1252.items()
                                                                         if 0x80 <= b < 0xC0)) + "\ufffd ]")
# runs: the code page's characters, the lost-byte marks and spaces (a non-breaking space,
# byte 0xA0, often became a plain one)
_1252_RUN = re.compile("[" + re.escape(_1252_CHARS + "\ufffd") + "][" + re.escape(_1252_CHARS + "\ufffd? ") + "]*")


class _Codec(NamedTuple):
    """One misreading: how to find its runs and turn a character back into its bytes."""

    run: re.Pattern
    to_bytes: object  # str -> bytes or None (a character the misreading cannot give)


def _gbk_bytes(ch: str) -> Optional[bytes]:
    """The GB18030 bytes of ``ch`` when it has 1 or 2 (GBK and its user area), else ``None``."""
    try:
        b = ch.encode("gb18030")
    except UnicodeEncodeError:  # a lone surrogate
        return None
    return b if len(b) <= 2 else None


def _1252_bytes(ch: str) -> Optional[bytes]:
    if ch == " ":
        return b"\xa0"  # see _1252_RUN; a real space stays, as the byte does not decode
    b = _SLOPPY_1252.get(ch)
    return None if b is None else bytes([b])


_GBK = _Codec(_GBK_RUN, _gbk_bytes)
_WIN1252 = _Codec(_1252_RUN, _1252_bytes)


def repair(stretch: str) -> Optional[str]:
    """The text ``stretch`` stands for when it is UTF-8 read as GBK, else ``None``.

    >>> repair("鍙戝竷"), repair("发布")
    ('发布', None)
    """
    try:
        fixed = stretch.encode("gbk").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    if fixed == stretch or not _chinese_enough(fixed):
        return None
    return fixed


def _chinese_enough(text: str, least: int = _MIN_CHARS) -> bool:
    return len(text) >= least and sum(1 for ch in text if _CHINESE.match(ch)) >= _MIN_CHINESE * len(text)


# ---------------------------------------------------------------- one run
class _Token(NamedTuple):
    """One piece of a run's bytes decoded as UTF-8: a character, a byte that is not UTF-8, or a lost byte."""

    kind: str  # "char", "bad" or "lost"
    start: int  # byte offsets in the run's bytes
    end: int
    text: str


def _run_bytes(run: str, codec: _Codec) -> Optional[tuple[bytes, list[int]]]:
    """The bytes ``run`` came from and the byte offset of each of its characters (and of its end)."""
    out = bytearray()
    starts = []
    for ch in run:
        starts.append(len(out))
        if ch in _LOST:
            out.append(_LOST_BYTE)
            continue
        b = codec.to_bytes(ch)
        if b is None:
            return None
        out += b
    starts.append(len(out))
    return bytes(out), starts


def _tokens(raw: bytes, lost: set[int]) -> list[_Token]:
    """``raw`` decoded as UTF-8, character by character, bytes that are not UTF-8 apart."""
    tokens = []
    p = 0
    for ch in raw.decode("utf-8", "surrogateescape"):
        if "\udc80" <= ch <= "\udcff":
            tokens.append(_Token("lost" if p in lost else "bad", p, p + 1, ""))
            p += 1
            continue
        n = len(ch.encode("utf-8"))
        tokens.append(_Token("char", p, p + n, ch))
        p += n
    return tokens


def _segments(tokens: list[_Token], raw: bytes, core: int) -> list[list[_Token]]:
    """Stretches of decoded Chinese characters, with what is left of characters that lost bytes.

    Between two stretches, a short gap of bytes that are not UTF-8 and lost
    bytes is damage (a lost byte put the bytes out of step, whether or not a
    decoder marked it). At the edge of a stretch, only a fragment of one
    character next to a lost byte is: its lead and some continuation bytes
    before the lost byte, or continuation bytes after it. Any other byte that
    is not UTF-8 ends a stretch, and is left as it is.
    """
    n = len(tokens)
    damaged = [False] * n
    cored = _cores(tokens, core)
    k = 0
    while k < n:
        if tokens[k].kind == "char":
            k += 1
            continue
        j = k
        while j < n and tokens[j].kind != "char":
            j += 1
        _mark_gap(tokens, raw, k, j, damaged, cored)
        k = j
    damaged_at = {t.start: dmg for t, dmg in zip(tokens, damaged)}
    segments: list[list[_Token]] = [[]]
    for t, dmg in zip(tokens, damaged):
        if t.kind == "char" or dmg:
            segments[-1].append(t)
        elif segments[-1]:
            segments.append([])
    out = []
    for seg in segments:
        # a character of legit text that happens to be UTF-8 (a 2-byte one) is no part of a stretch
        a, b = 0, len(seg)
        while a < b and _two_byte(seg[a]):
            a += 1
        while b > a and _two_byte(seg[b - 1]):
            b -= 1
        if b > a and (any(cored[t.start] for t in seg[a:b] if t.kind == "char") or all(damaged_at[t.start] for t in seg)):
            out.append(seg[a:b])
    return out


def _cores(tokens: list[_Token], core: int) -> dict[int, bool]:
    """For each character token (by start byte): is it in a core, ``core`` or more Chinese
    characters decoded in a row (four in five of its characters Chinese)? Ordinary text
    hardly ever decodes into two in a row; only stretches with a core are repaired."""
    out: dict[int, bool] = {}
    k, n = 0, len(tokens)
    while k < n:
        if tokens[k].kind != "char":
            k += 1
            continue
        j = k
        while j < n and tokens[j].kind == "char":
            j += 1
        wide = "".join([t.text for t in tokens[k:j] if t.end - t.start > 1])
        cjk = sum(1 for t in tokens[k:j] if _is_cjk(t))
        ok = cjk >= core and _chinese_enough(wide, core)
        for t in tokens[k:j]:
            out[t.start] = ok
        k = j
    return out


def _two_byte(t: _Token) -> bool:
    return t.kind == "char" and t.end - t.start == 2


def _is_cjk(t: _Token) -> bool:
    return t.kind == "char" and t.end - t.start >= 3 and _CHINESE.match(t.text) is not None


def _mark_gap(tokens: list[_Token], raw: bytes, k: int, j: int, damaged: list[bool],
              cored: dict[int, bool]) -> None:
    """Mark the damage in the gap ``tokens[k:j]`` (bytes that are not UTF-8 and lost bytes)
    between characters; only a gap next to a core can be damage."""
    left = k > 0 and _is_cjk(tokens[k - 1]) and cored[tokens[k - 1].start]
    right = j < len(tokens) and _is_cjk(tokens[j]) and cored[tokens[j].start]
    if left and right and sum(1 for t in tokens[k:j] if t.kind == "bad") <= _MAX_GAP:
        damaged[k:j] = [True] * (j - k)
        return
    if left:
        end = _damage_from_left(tokens, raw, k, j)
        damaged[k:end] = [True] * (end - k)
    elif k == 0 and j == len(tokens) and {t.kind for t in tokens} == {"bad", "lost"} \
            and _damage_from_left(tokens, raw, k, j) == j:
        damaged[k:j] = [True] * (j - k)  # a run that is only what is left of a character or two
    if right:
        start = _damage_from_right(tokens, raw, k, j)
        damaged[start:j] = [True] * (j - start)


def _damage_from_left(tokens: list[_Token], raw: bytes, k: int, j: int) -> int:
    """How far from ``k`` the gap is fragments of characters around lost bytes."""
    pos, after_lost = k, False
    while pos < j:
        if tokens[pos].kind == "lost":
            pos, after_lost = pos + 1, True
            continue
        q = pos
        while q < j and tokens[q].kind == "bad":
            q += 1
        before_lost = q < j and tokens[q].kind == "lost"
        if not _fragments(raw[tokens[pos].start:tokens[q - 1].end], after_lost=after_lost, before_lost=before_lost):
            break
        pos, after_lost = q, False
    return pos


def _damage_from_right(tokens: list[_Token], raw: bytes, k: int, j: int) -> int:
    """From how far before ``j`` the gap is fragments of characters around lost bytes."""
    pos, before_lost = j, False
    while pos > k:
        if tokens[pos - 1].kind == "lost":
            pos, before_lost = pos - 1, True
            continue
        p = pos
        while p > k and tokens[p - 1].kind == "bad":
            p -= 1
        after_lost = p > k and tokens[p - 1].kind == "lost"
        if not _fragments(raw[tokens[p].start:tokens[pos - 1].end], after_lost=after_lost, before_lost=before_lost):
            break
        pos, before_lost = p, False
    return pos


def _fragments(frag: bytes, *, after_lost: bool, before_lost: bool) -> bool:
    """``frag`` is the tail of a character whose lead was lost (after a lost byte), then the
    head of one whose end was lost (before a lost byte), or one of the two."""
    i = 0
    if after_lost:
        while i < len(frag) and i < _MAX_FRAGMENT and 0x80 <= frag[i] < 0xC0:
            i += 1
    if i == len(frag):
        return i > 0
    return before_lost and _head_fragment(frag[i:])


def _head_fragment(frag: bytes) -> bool:
    """A UTF-8 lead byte and fewer continuation bytes than it needs."""
    lead = frag[0]
    need = 1 if 0xC2 <= lead < 0xE0 else 2 if 0xE0 <= lead < 0xF0 else 3 if 0xF0 <= lead < 0xF5 else 0
    return 0 < len(frag) <= need and all(0x80 <= b < 0xC0 for b in frag[1:])


def _repair_segment(seg: list[_Token], starts: list[int], first: dict[int, int]) -> Optional[tuple[int, int, str, bool]]:
    """``(i, j, text, damaged)``: the characters ``run[i:j]`` of a segment and what they stand for.

    The segment is cut to whole characters of the run: a character whose bytes
    reach outside it is left as it is, and what of the segment it held is lost.
    """
    b0, b1 = seg[0].start, seg[-1].end
    i = next((first[b] for b in range(b0, b1 + 1) if b in first), None)
    j = next((first[b] for b in range(b1, b0 - 1, -1) if b in first), None)
    if i is None or j is None or j <= i:
        return None
    lo, hi = starts[i], starts[j]
    kept = [t for t in seg if lo <= t.start and t.end <= hi]
    text = "".join(t.text for t in kept)
    chars = "".join([t.text for t in kept if t.kind == "char" and t.end - t.start > 1])
    if chars and not _chinese_enough(chars, 1):
        return None
    if not chars and any(t.kind == "char" for t in kept):
        return None  # ASCII only: nothing misread
    damaged = (hi - lo) != sum(t.end - t.start for t in kept if t.kind == "char")
    return i, j, text, damaged


# two Chinese characters decoded with no byte that is not UTF-8 between them: a core's start
_TWO_DECODED = regex.compile(r"[\p{Han}\u3000-\u303f\uff00-\uffef][^\udc80-\udcff]*[\p{Han}\u3000-\u303f\uff00-\uffef]")


def _may_repair_gbk(run: str) -> bool:
    """False when :func:`_run_repairs` finds nothing in ``run`` read as GBK (a necessary
    condition, in C code: ordinary Chinese text passes the page's quick reject often,
    and reading it character by character costs 2 us a character).

    Without lost bytes, damage is marked only next to a core, and a core needs two
    Chinese characters decoded in a row; the bytes are those :func:`_run_bytes` makes when
    every character has two (else the whole reading decides).
    """
    if not _LOST.isdisjoint(run):
        return True
    try:
        raw = run.encode("gb18030")
    except UnicodeEncodeError:
        return True
    if len(raw) != 2 * len(run):
        return True
    return _TWO_DECODED.search(raw.decode("utf-8", "surrogateescape")) is not None


def _run_repairs(run: str, codec: _Codec) -> list[tuple[int, int, str, bool]]:
    """The repairs of one run, as ``(i, j, text, damaged)`` over its characters."""
    made = _run_bytes(run, codec)
    if made is None:
        return []
    raw, starts = made
    lost = {starts[k] for k, ch in enumerate(run) if ch in _LOST}
    first = {b: i for i, b in enumerate(starts)}
    out = []
    # a misread code page character is no ordinary text: one Chinese character is evidence
    for seg in _segments(_tokens(raw, lost), raw, 1 if codec is _WIN1252 else _MIN_CHARS):
        fix = _repair_segment(seg, starts, first)
        if fix and fix[2] != run[fix[0]:fix[1]]:
            out.append(fix)
    return out


def line_repairs(text: str) -> list[tuple[int, int, str, bool]]:
    """Every repair in ``text``: ``(i, j, new, damaged)`` spans, sorted, not overlapping.

    Some are short (``å¹´`` between digits gives one character) or only the
    fragment of a lost character (``new`` empty): the filter takes them once
    the document has two repaired characters or more.

    >>> line_repairs("鍙戝竷浼? 2024骞�")
    [(0, 5, '发布', True), (10, 12, '', True)]
    >>> "发布".encode("utf-8").decode("latin-1")
    'å\\x8f\\x91å¸\\x83'
    >>> line_repairs("发布会：" + "发布".encode("utf-8").decode("latin-1"))
    [(4, 10, '发布', False)]
    """
    out: list[tuple[int, int, str, bool]] = []
    if _may_hold_mojibake(text):
        out.extend(_fixes(text, _GBK))
    if _1252_HINT.search(text):
        taken = out[:]
        out.extend(f for f in _fixes(text, _WIN1252) if not any(f[0] < b and a < f[1] for a, b, _, _ in taken))
    return sorted(out)


def _fixes(text: str, codec: _Codec) -> list[tuple[int, int, str, bool]]:
    out = []
    for m in codec.run.finditer(text):
        if codec is _GBK and not _may_repair_gbk(m.group()):
            continue
        base = m.start()
        out.extend((base + i, base + j, new, dmg) for i, j, new, dmg in _run_repairs(m.group(), codec))
    return out


@dataclass
class RepairMojibake(Filter, name="mojibake"):
    """Replace misread UTF-8 (``鍙戝竷``, ``å¸ƒ``) by the text it stands for (``发布``, ``布``).

    >>> from newsclean.document import Document
    >>> doc = RepairMojibake()(Document("鏂伴椈鍙戝竷浼氫粖澶╀妇琛? 2024年 正常的中文不变"))  # 行 lost a byte
    >>> doc.lines[0].text, [r[3] for r in doc._records]
    ('新闻发布会今天举 2024年 正常的中文不变', ['mojibake-damaged'])
    """

    def apply(self, doc: Document) -> None:
        lines = [line for line in doc.body_lines() if not line.text.isascii()]
        if not lines:
            return
        joined = "\n".join([line.text for line in lines])
        if not _may_hold_mojibake(joined) and not _1252_HINT.search(joined):
            return
        found = [(line, _outside_replaced(line, line_repairs(line.text))) for line in lines]
        if sum(len(new) for _, fixes in found for _, _, new, _ in fixes) < _MIN_CHARS:
            return  # one misread-looking character is no evidence
        for line, fixes in found:
            if fixes:
                self._apply(doc, line, fixes)

    def _apply(self, doc: Document, line: Line, fixes: list[tuple[int, int, str, bool]]) -> None:
        gone = [(a, b, "") for a, b, new, _ in fixes if not new]  # fragments of lost characters
        if gone:
            doc.cut(line, [(a, b) for a, b, _ in gone], filter=self.name, reason="mojibake-damaged")
        for damaged, reason in ((False, "mojibake"), (True, "mojibake-damaged")):
            spans = [(a, b, new) for a, b, new, dmg in fixes if new and dmg == damaged]
            if spans:
                done = sorted(gone + [(a, b, new) for a, b, new, dmg in fixes if new and not dmg]) \
                    if damaged else gone
                doc.replace_many(line, _shift(spans, done), filter=self.name, reason=reason)


def _shift(spans: list[tuple[int, int, str]], done: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The sorted ``spans`` with their offsets moved for the sorted replacements ``done`` (none overlap)."""
    out, d, k = [], 0, 0
    for a, b, new in spans:
        while k < len(done) and done[k][1] <= a:
            d += len(done[k][2]) - (done[k][1] - done[k][0])
            k += 1
        out.append((a + d, b + d, new))
    return out


def _outside_replaced(line: Line, fixes: list) -> list:
    """The sorted ``fixes`` that do not touch text an earlier filter put in (an entity's character)."""
    replaced, pos = [], 0
    for _s, _e, t, rec in line.pieces:
        if rec >= 0:
            replaced.append((pos, pos + len(t)))
        pos += len(t)
    if not replaced:
        return fixes
    out, r = [], 0
    for fix in fixes:
        a, b = fix[0], fix[1]
        while r < len(replaced) and replaced[r][1] <= a:
            r += 1
        if r == len(replaced) or replaced[r][0] >= b:
            out.append(fix)
    return out


__all__ = ["RepairMojibake", "line_repairs", "repair"]
