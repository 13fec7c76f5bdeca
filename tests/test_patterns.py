"""The fast forms of phrase alternations match exactly what the flat alternation matches."""
import re

import regex
from hypothesis import given, settings, strategies as st

from newsclean.filters.base import JoinedLines
from newsclean.patterns import _trie, literal_finder, phrase_alternation

# few letters, so that phrases share prefixes and overlap in the texts
_CHARS = "分享到微信ab|"
phrases = st.lists(st.text(_CHARS, min_size=1, max_size=4), min_size=1, max_size=8)
texts = st.text(_CHARS + " ", max_size=30)


def flat(ps):
    unique = sorted(set(ps), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(regex.escape(p, literal_spaces=True) for p in unique) + ")"


def spans(pattern, text):
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(phrases, texts)
def test_trie_finds_what_the_flat_alternation_finds(ps, text):
    trie = _trie(sorted(set(ps), key=lambda p: (-len(p), p)), lambda c: regex.escape(c, literal_spaces=True))
    assert spans(regex.compile(trie), text) == spans(regex.compile(flat(ps)), text)
    assert spans(literal_finder(ps), text) == spans(regex.compile(flat(ps)), text)


@settings(max_examples=300, deadline=None)
@given(phrases, texts)
def test_trie_backtracks_in_the_same_order(ps, text):
    # inside a larger pattern a shorter phrase is tried when the longer one fails the rest
    trie = _trie(sorted(set(ps), key=lambda p: (-len(p), p)), lambda c: regex.escape(c, literal_spaces=True))
    for rest in ("b", "(?:a|分)+$", "\\s*微"):
        assert spans(regex.compile(f"{trie}{rest}"), text) == spans(regex.compile(f"{flat(ps)}{rest}"), text)
        assert spans(regex.compile(f"^(?:{trie}| )++$"), text) == spans(regex.compile(f"^(?:{flat(ps)}| )++$"), text)


def test_phrases_with_a_case_stay_a_flat_alternation():
    # under IGNORECASE a trie would try AB before abc on ABC; the flat alternation takes abc
    alt = phrase_alternation(["AB", "abc"])
    assert alt == "(?:abc|AB)"
    assert regex.compile(alt, regex.IGNORECASE).match("ABC").group() == "ABC"
    assert phrase_alternation(["AB", "abc"], case_sensitive=True) == "(?:AB|abc)"


def test_joined_lines_mark_every_line_a_match_overlaps():
    joined = JoinedLines(["正文", "分享", "到微信", "x"])
    assert joined.hits(re.compile("分享\\n到")) == [1, 2]
    assert joined.hits(re.compile("微信")) == [2]
    assert joined.word_hits(["享", "x", "无"]) == [1, 3]
    assert JoinedLines([]).hits(re.compile("a")) == []


def test_long_phrases_make_a_flat_alternation():
    # a trie nests a group a character where phrases end: too deep for the engines' parsers
    nested = ["分" * i for i in range(1, 400)] + ["长" * 3000]
    assert regex.compile(phrase_alternation(nested)).match("分" * 500).group() == "分" * 399
    assert literal_finder(nested).search("x" + "长" * 3000).group() == "长" * 3000
    assert "|" not in phrase_alternation(["分" * 64, "分"])  # short enough: a trie, no alternatives
