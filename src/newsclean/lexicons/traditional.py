"""Every label in both scripts: Simplified phrases and their Traditional forms.

Pages from Taiwan and Hong Kong (and Big5 pages) write 來源, 責任編輯, 記者,
發佈時間 where the lexicons say 来源, 责任编辑, 记者, 发布时间. The lexicons
stay written once, in Simplified; loading gives each entry its Traditional
forms too, from one small character map kept as data
(``traditional_chars.tsv``, made offline with OpenCC by
``scripts/make_traditional_map.py``; newsclean does not need OpenCC).

A character may have several forms (发布 is 發佈 in some places, 發布 in
others; 复 is 復, 複 or 覆), so a phrase has a few variants, at most
:data:`MAX_VARIANTS`. The map covers the characters of the shipped
lexicons and patterns only: it is for reading labels, not for converting
articles.

>>> variants("责任编辑")
['責任編輯']
>>> variants("发布时间")
['發布時間', '發佈時間']
>>> to_traditional("来源：新华社")
'來源：新華社'
"""
from __future__ import annotations

from functools import lru_cache
from itertools import islice, product
from typing import Iterable

#: a phrase gets at most this many Traditional variants (several characters with several forms)
MAX_VARIANTS = 8

MAP_FILE = "traditional_chars.tsv"


@lru_cache(maxsize=1)
def char_map() -> dict[str, str]:
    """Simplified character → its Traditional forms, the most usual first (``"发": "發"``)."""
    from . import rows  # the package loads lexicons; this module only reads the map through it

    return {s: forms for s, forms in rows(MAP_FILE, 2)}


def to_traditional(text: str) -> str:
    """``text`` with each mapped character in its most usual Traditional form."""
    table = char_map()
    return "".join(table.get(c, c)[0] for c in text)


def variants(phrase: str) -> list[str]:
    """The Traditional forms of ``phrase`` (``phrase`` itself left out), most usual first."""
    table = char_map()
    choices = [table.get(c, c) for c in phrase]
    if all(len(c) == 1 and c == p for c, p in zip(choices, phrase)):
        return []
    out = []
    for combo in islice(product(*choices), MAX_VARIANTS + 1):
        v = "".join(combo)
        if v != phrase and v not in out:
            out.append(v)
    return out[:MAX_VARIANTS]


def with_variants(phrases: Iterable[str]) -> list[str]:
    """``phrases`` followed by their Traditional forms, each once, in order."""
    phrases = list(phrases)
    seen = set(phrases)
    out = list(phrases)
    for p in phrases:
        for v in variants(p):
            if v not in seen:
                seen.add(v)
                out.append(v)
    return out


def row_variants(rows: Iterable[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Tab-separated rows followed by their Traditional forms (each field converted alike)."""
    rows = list(rows)
    seen = set(rows)
    out = list(rows)
    for row in rows:
        forms = [[f] + variants(f) for f in row]
        for i in range(1, max(len(f) for f in forms)):
            new = tuple(f[min(i, len(f) - 1)] for f in forms)
            if new not in seen:
                seen.add(new)
                out.append(new)
    return out


def both_scripts(pattern: str) -> str:
    """A regex source that matches its Chinese characters in both scripts.

    Outside a character class a mapped character becomes a class of its
    forms; inside one, its forms join the class before the closing bracket
    (so ranges such as ``[一-龥]`` stay as they are). Escaped characters are
    left alone.

    >>> both_scripts(r"(?:记者|编辑)[：:]\\s*[^\\s来]")
    '(?:[记記]者|[编編][辑輯])[：:]\\\\s*[^\\\\s来來]'
    """
    table = char_map()
    out: list[str] = []
    in_class = False
    extra: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]" and out and out[-1] not in ("[", "[^"):
                out.append("".join(extra))
                extra = []
                in_class = False
            elif c in table:
                extra.extend(f for f in table[c] if f != c)
            out.append(c)
        elif c == "[":
            in_class = True
            if pattern.startswith("[^", i):
                out.append("[^")
                i += 2
                continue
            out.append(c)
        elif c in table:
            out.append("[" + c + "".join(f for f in table[c] if f != c) + "]")
        else:
            out.append(c)
        i += 1
    return "".join(out)
