"""The X series: 5 to 15 units ``c1 + " " + c2``, and a list or a formula that looks like one.
"""
from __future__ import annotations

import operator

from .grammar import X_RUN, X_UNITS
from .edges import FAR_SIGNS, continues, starts_token


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
        marks = [u[0] if u[0] != " " else k for k, u in enumerate(X_UNITS.findall(run))]
        # a list repeats one separator ("A. B. C. D. E"); two signs repeating ("- ]- I5 T5 z5 e")
        # are chance in a random run
        if (sum(map(operator.eq, marks, marks[1:])) * 10 >= need
                and max(map(marks.count, set(marks))) * 5 >= 4 * len(marks)):
            return True
    # the c2 letters counting up ("a b c d e"): c2[i] + 1 == c2[i + 1]
    # (the equal bytes of the two, counted in C: the zero bytes of their XOR)
    ups = (int.from_bytes(c2.translate(_NEXT_BYTE)[:-1], "big") ^ int.from_bytes(c2[1:], "big")).to_bytes(n - 1, "big")
    return ups.count(0) * 10 >= need


# byte tables: what is not a printed c1 sign, what is not a c2 character; each byte's successor
_NOT_PRINTED_C1 = bytes([0x20, *range(0x3f, 0x7f)])
_NOT_C2 = bytes(range(0x20, 0x3f))
_NEXT_BYTE = bytes([*range(1, 256), 0])


def looks_like_list(run: str) -> bool:
    """The X run ``run`` is a list or spaced-out text (``x_spans`` passes over it)."""
    b = run.encode("ascii")
    return _looks_like_list(run, b, b.translate(None, _NOT_C2))


def x_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in X_RUN.finditer(text):
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
        if end < len(text) and not "\x21" <= run[-3] <= "\x3b" and starts_token(text, end - 1):
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
    if not p.isascii() and not p.isspace() and run[0] not in FAR_SIGNS:
        return start, 0  # Chinese text before it, and no sign that reads back: the run is the jammer's
    if p != " " and run[0] != " " and continues(text, start, run[0]):
        # "2019-09-0" + "7 w…": the digit completes the article's token, " w" starts the run
        return start + 1, 0
    if p == " " and run[0] == '"' and run[1] == " " and continues(text, start, '"'):
        # '说："……锻炼。 "' + ' \\ M3…': a spaced closing quote the article left open
        return start + 1, 0
    k = start
    while k and text[k - 1] == " ":
        k -= 1
    p = text[k - 1] if k else ""
    if not p or not p.isascii():
        return start, 0  # line start, or CJK text: the run is the jammer's
    units = X_UNITS.findall(run)
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
