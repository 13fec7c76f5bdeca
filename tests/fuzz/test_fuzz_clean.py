"""Fuzzing ``clean()`` with hypothesis, so it runs wherever the tests run.

Every example must give an Article or a NewsCleanError; an Article must be
lossless, serialisable and idempotent (``newsgen.check_clean``). The number
of examples comes from the hypothesis profile (``tests/conftest.py``): CI runs
the ``ci`` profile, a long local run is

    HYPOTHESIS_PROFILE=fuzz python -m pytest tests/fuzz --hypothesis-show-statistics

``fuzz/fuzz_clean.py`` is the same target for atheris (coverage-guided).
"""
from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsgen import any_text, check_clean, documents, inject_jammers

pytestmark = pytest.mark.fuzz

CODECS = ["utf-8", "gb18030", "gbk", "big5", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "shift_jis", "cp1252"]


@st.composite
def encoded_documents(draw) -> bytes:
    """A generated page encoded in some codec, then perhaps damaged: bytes spliced in, cut short."""
    data = draw(documents()).encode(draw(st.sampled_from(CODECS)), errors="replace")
    for _ in range(draw(st.integers(0, 3))):
        i = draw(st.integers(0, len(data)))
        data = data[:i] + draw(st.binary(max_size=8)) + data[i:]
    if draw(st.booleans()):
        data = data[:draw(st.integers(0, len(data)))]
    return data


@st.composite
def mixed_text(draw) -> str:
    """Generated pages interleaved with arbitrary text and long runs of one piece."""
    parts = draw(st.lists(st.one_of(documents(max_lines=6), any_text,
                                    st.builds(lambda s, n: s * n, st.text(max_size=4), st.integers(0, 200))),
                          max_size=5))
    return draw(st.sampled_from(["", "\n", "\r\n", " "])).join(parts)


@given(documents())
@example("")
@example("\r\n\r\n")
@example("正文\ud800正文")
def test_fuzz_generated_pages(text):
    check_clean(text, idempotence=False)


@given(st.integers(0, 10_000), documents())
def test_fuzz_jammed_pages(seed, text):
    check_clean(inject_jammers(text, seed, legacy=seed % 2 == 1), idempotence=False)


@given(mixed_text())
def test_fuzz_mixed_text(text):
    check_clean(text, idempotence=False)


@given(encoded_documents())
def test_fuzz_encoded_and_damaged_bytes(data):
    check_clean(data, idempotence=False)


@given(st.binary(max_size=2000))
@example(b"\x89PNG\r\n\x1a\n")
@example(b"\xff\xfe")
@example(b"\xfe\xff\x00")
def test_fuzz_arbitrary_bytes(data):
    check_clean(data, idempotence=False)


# Idempotence on adversarial input (issue 6): rules that read the lines around a
# line must read them as the cleaned text has them, since the first pass removes
# some (a subtitle above the metadata, the ▲ list rule beside a title copy, the
# byline zone and last lines counted with captions and repeats, a breadcrumb that
# comes to the top). tests/fuzz/idempotence_survey.py runs many examples and
# buckets any failure by class.
@pytest.mark.xfail(strict=False, reason="issue 6, rare on adversarial text: the survey finds 0.1-0.3 "
                   "failures per 1,000 examples (seeds 13, 16), most from rules that read neighbours a later "
                   "filter removes (a ▲ line beside a title copy structure finds later, a bare date)")
@given(mixed_text())
def test_fuzz_idempotence_on_adversarial_text(text):
    check_clean(text)
