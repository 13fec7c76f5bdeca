"""The jammer's run patterns are written for speed (each starts with a character class, its
first units written out); they must match exactly what the plain unit grammar matches."""
from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.filters.jammer import grammar

# the grammar as the module docstring states it, written the plain way
_X_UNIT = r"(?:[\x21-\x3b] [\x3f-\x7e]| {1,2}[\x3f-\x7e])"
_LEGACY_UNIT = r"(?:[\x20-\x3b]?[\x3f-\x7e])"
GRAMMAR = {
    "X_RUN": re.compile(rf"{_X_UNIT}{{5,}}"),
    "X_RUN3": re.compile(rf"{_X_UNIT}{{3,}}"),
    "LEGACY_RUN": re.compile(rf"{_LEGACY_UNIT}{{5,}}"),
    "LEGACY_CORE": re.compile(rf"[\x3f-\x7e]{_LEGACY_UNIT}{{4}}"),
}
# the characters where the two could part: both unit halves, a space, two spaces, text, signs
# no unit holds (<, =, >), white space the jammer never writes, a control character
ALPHABET = "   aZ?~@!;:,.09中文\t\u3000=<>\x01"


def spans(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos, len(text) if endpos is None else endpos)]


@pytest.mark.parametrize("name", sorted(GRAMMAR))
def test_same_matches_as_the_grammar_on_random_text(name):
    fast, plain = getattr(grammar, name), GRAMMAR[name]
    rng = random.Random(name)
    for _ in range(20000):
        s = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40)))
        a = rng.randint(0, len(s))
        b = rng.randint(a, len(s))
        assert spans(fast, s) == spans(plain, s), s
        assert spans(fast, s, a, b) == spans(plain, s, a, b), (s, a, b)


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=60))
def test_same_matches_as_the_grammar(s):
    for name, plain in GRAMMAR.items():
        assert spans(getattr(grammar, name), s) == spans(plain, s), name


def test_a_run_starting_with_a_space_unit_or_a_raw_one():
    # control: the first unit may be " X" (collapsed) or "  X" (raw) as well as "c X"
    for text in ("中 a b c d e文", "中  a  b  c  d  e文", "中! a b c d e文", "中  a! b c d e文"):
        assert spans(grammar.X_RUN, text) == spans(GRAMMAR["X_RUN"], text) != []
