#!/usr/bin/env python3
"""Write src/newsclean/lexicons/traditional_chars.tsv: the Simplified→Traditional map
of every character the shipped lexicons and the filters' own patterns use.

    pip install opencc          # only here: newsclean never imports it
    python scripts/make_traditional_map.py

OpenCC converts whole phrases (发布 → 發佈 in s2t, 發布 in s2tw), so each
lexicon entry and each Chinese string in the source is converted with the
s2t, s2tw and s2hk configurations, and the characters are paired up where
the conversion keeps the length. A character gets every form seen (itself
too, when some conversion keeps it: 布 in 發布), the most frequent first;
characters that every conversion leaves unchanged are left out.
Run it again after adding words to a lexicon.
"""
from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[1]
LEXICONS = ROOT / "src" / "newsclean" / "lexicons"
OUT = LEXICONS / "traditional_chars.tsv"
CONFIGS = ["s2t", "s2tw", "s2hk"]  # the first gives the main form
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")


def phrases() -> list[str]:
    """Every run of Chinese characters in the lexicons and in the source's string literals."""
    out: list[str] = []
    for p in sorted(LEXICONS.glob("*.t[sx][vt]")):
        if p != OUT:
            out += HAN.findall(p.read_text(encoding="utf-8"))
    for p in sorted((ROOT / "src" / "newsclean").rglob("*.py")):
        out += HAN.findall(p.read_text(encoding="utf-8"))
    return out


def build() -> dict[str, list[str]]:
    converters = [opencc.OpenCC(c) for c in CONFIGS]
    seen: dict[str, Counter] = defaultdict(Counter)
    for phrase in set(phrases()):
        for conv in converters:
            for text in (phrase, *phrase):  # the phrase, then each character alone
                t = conv.convert(text)
                if len(t) == len(text):
                    for s, c in zip(text, t):
                        seen[s][c] += 1  # unchanged counts too: 布 stays in 發布 (s2tw), 發佈 in s2t
    return {s: [c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
            for s, counts in sorted(seen.items()) if set(counts) != {s}}


def main() -> None:
    table = build()
    lines = [
        "# Simplified character -> its forms in Traditional text (the most usual first), for reading labels",
        "# in both scripts. Made by scripts/make_traditional_map.py with OpenCC (s2t, s2tw, s2hk)",
        "# from the characters of the shipped lexicons and patterns; rerun it, do not edit by hand.",
    ]
    lines += [f"{s}\t{''.join(forms)}" for s, forms in table.items()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table)} characters written to {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
