"""A line's text as pieces of the decoded input, and the one walk that changes them.

A line's current text is the concatenation of its pieces. A piece is
``(start, end, text, record)``: for a piece copied from the input,
``text == source[start:end]`` and ``record`` is -1; for a replaced piece,
``record`` is the index of the :class:`~newsclean.records.Record` that says
so, and ``text`` is its replacement (what is left of it).

:func:`splice` is the only code that cuts and replaces in pieces; the
document's verbs check their arguments and call it.
"""
from __future__ import annotations

from typing import Optional, Sequence

Piece = tuple[int, int, str, int]


# A change to a line's text: replace text[i:j] by ``new`` (None: cut it), for ``reason``.
Span = tuple[int, int, str, Optional[str]]


def splice(pieces: list[Piece], spans: Sequence[Span], records: list[tuple], filt: str,
           *, keep: bool = False) -> list[Piece]:
    """The pieces left once ``spans`` are taken out of them; the records written to ``records``.

    ``spans`` are sorted by their start, in offsets of the text the pieces make
    (an overlap is cut once: a span starts where the one before it ended).

    - A cut (``new is None``) of text copied from the input writes a record,
      unless the text is white space only (layout, not content).
    - A cut of part of a replaced piece writes no second record: the piece's
      record keeps what is left as its replacement and notes ``(filt, reason)``.
    - A replacement (``new``) writes a record holding ``new`` in the piece
      where the span starts; the rest of a span that earlier cuts split into
      several pieces is cut. Callers never replace inside a replaced piece.

    With ``keep``, the records are written and the pieces returned unchanged
    (a dropped line keeps its text for later filters to read).
    """
    out: list[Piece] = []
    pos = 0
    r, count = 0, len(spans)
    for piece in pieces:
        s, e, t, rec = piece
        n = len(t)
        end = pos + n
        if r >= count or spans[r][0] >= end:
            out.append(piece)
            pos = end
            continue
        kept: list[str] = []  # what is left of a replaced piece
        cur = 0
        while r < count and spans[r][0] < end:
            i, j, why, new = spans[r]
            a = i - pos if i - pos > cur else cur
            b = j - pos if j < end else n
            if b > a:
                if a > cur:
                    if rec < 0:
                        out.append((s + cur, s + a, t[cur:a], -1))
                    else:
                        kept.append(t[cur:a])
                if rec >= 0:
                    old = records[rec]
                    records[rec] = old[:5] + (old[5] + ((filt, why),),)
                elif new is not None and i >= pos:
                    records.append((s + a, s + b, filt, why, new, ()))
                    out.append((s + a, s + b, new, len(records) - 1))
                elif not t[a:b].isspace():
                    records.append((s + a, s + b, filt, why, None, ()))
                cur = b
            if j <= end:
                r += 1
            else:
                break
        if rec >= 0:
            if cur < n:
                kept.append(t[cur:])
            text = "".join(kept)
            records[rec] = records[rec][:4] + (text or None, records[rec][5])
            if text:
                out.append((s, e, text, rec))
        elif cur < n:
            out.append((s + cur, e, t[cur:], -1))
        pos = end
    return pieces if keep else out


def split_pieces(pieces: list[Piece], text: str, spans: Sequence[tuple[int, int]]) -> list[list[Piece]]:
    """The pieces of each ``(i, j)`` span of ``text`` (the line's text made of ``pieces``), in one pass,
    one list a span (empty when the span holds no piece).

    A span edge that falls inside a replaced piece moves to the piece's end;
    text outside every span must be white space.
    """
    parts: list[list[Piece]] = []
    k, pos, n = 0, 0, len(pieces)  # pieces[k] starts at text offset pos
    prev = 0
    for i, j in spans:
        if text[prev:i].strip():
            raise ValueError(f"text between split spans is not white space: {text[prev:i]!r}")
        prev = max(prev, j)
        part: list[Piece] = []
        while k < n and pos + len(pieces[k][2]) <= i:  # pieces wholly before the span
            pos += len(pieces[k][2])
            k += 1
        while k < n and pos < j:
            s, e, t, rec = pieces[k]
            end = pos + len(t)
            if rec >= 0:
                part.append(pieces[k])
                pos, k = end, k + 1
                continue
            a, b = max(i - pos, 0), min(j, end) - pos
            if b > a:
                part.append((s + a, s + b, t[a:b], -1))
            if end > j:
                break  # the rest of this piece belongs to the next span
            pos, k = end, k + 1
        prev = max(prev, pos)  # a replaced piece may reach past j: it is taken whole
        parts.append(part)
    if text[prev:].strip():
        raise ValueError(f"text after the last split span is not white space: {text[prev:]!r}")
    return parts


def touches_replaced(pieces: Sequence[Piece], spans: Sequence[tuple[int, int]]) -> bool:
    """True when one of the sorted ``(i, j)`` spans reaches into a replaced piece."""
    pos = 0
    r, count = 0, len(spans)
    for s, e, t, rec in pieces:
        end = pos + len(t)
        while r < count and spans[r][1] <= pos:
            r += 1
        if r == count:
            return False
        if rec >= 0 and spans[r][0] < end:
            return True
        pos = end
    return False


def source_offset(pieces: Sequence[Piece], i: int, default: int) -> int:
    """The offset in the decoded input of the text's character ``i`` (a replaced piece's start);
    ``default`` past the text's end."""
    pos = 0
    for s, e, t, rec in pieces:
        if i < pos + len(t):
            return s + (i - pos) if rec < 0 else s
        pos += len(t)
    return default


def split_at(pieces: Sequence[Piece], split: int) -> tuple[str, str]:
    """The text before and from the offset ``split`` of the decoded input (a replaced piece
    starting before it counts as before)."""
    first, second = [], []
    for s, e, t, rec in pieces:
        if e <= split or (rec >= 0 and s < split):
            first.append(t)
        elif s >= split:
            second.append(t)
        else:
            first.append(t[:split - s])
            second.append(t[split - s:])
    return "".join(first), "".join(second)


def text_of(pieces: Sequence[Piece]) -> str:
    """The text the pieces make."""
    return pieces[0][2] if len(pieces) == 1 else "".join([p[2] for p in pieces])


__all__ = ["Piece", "Span", "source_offset", "splice", "split_at", "split_pieces", "text_of", "touches_replaced"]
