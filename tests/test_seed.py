"""The first acceptance test: the document newsclean was created from, cleaned exactly.

The expectation (tests/fixtures/*.expected.json) says how text compares:
after NFKC with all white space removed.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

import newsclean

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "000_a5467ec82349c909.txt"
EXPECTED = json.loads(SEED.with_suffix(".expected.json").read_text(encoding="utf-8"))
JAMMER_RESIDUE = re.compile(r"(?:[\x21-\x3b] [\x3f-\x7e]| [\x3f-\x7e]){3,}")


def canon(s) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def strings(d):
    if isinstance(d, str):
        yield d
    elif isinstance(d, dict):
        for k, v in d.items():
            if k != "removed":
                yield from strings(v)
    elif isinstance(d, list):
        for v in d:
            yield from strings(v)


INPUTS = {
    "str": lambda: SEED.read_text(encoding="utf-8"),
    "utf-8": lambda: SEED.read_bytes(),
    "gb18030": lambda: SEED.read_text(encoding="utf-8").encode("gb18030"),
}


@pytest.fixture(params=sorted(INPUTS), scope="module")
def seed_article(request):
    return newsclean.clean(INPUTS[request.param]()).model_dump(mode="json")


def test_title_and_subtitle(seed_article):
    assert canon(seed_article["title"]) == canon(EXPECTED["title"])
    assert canon(seed_article["subtitle"]) == canon(EXPECTED["subtitle"])


def test_paragraphs(seed_article):
    optional = {canon(p) for p in EXPECTED["optional_paragraphs"]}
    got = [canon(p) for p in seed_article["paragraphs"] if canon(p) not in optional]
    assert got == [canon(p) for p in EXPECTED["paragraphs"]]


def test_captions(seed_article):
    got = [(canon(c["text"]), canon(c["credit"])) for c in seed_article["captions"]]
    assert got == [(canon(c["text"]), canon(c["credit"])) for c in EXPECTED["captions"]]


def test_metadata(seed_article):
    meta, want = seed_article["metadata"], EXPECTED["metadata"]
    assert [canon(s) for s in meta["sources"]] == [canon(s) for s in want["sources"]]
    got = {(c["role"], c["label"], c["name"]) for c in meta["credits"]}
    assert {(c["role"], c["label"], c["name"]) for c in want["credits"]} <= got
    assert str(meta["published"])[:10] == want["published"]
    pub = meta["publication"]
    assert (canon(pub["name"]), pub["date"], pub["page"]) == (
        canon(want["publication"]["name"]), want["publication"]["date"], want["publication"]["page"])
    assert [canon(n) for n in meta["notices"]] == [canon(n) for n in want["notices"]]


def test_no_jammer_residue_and_junk_removed(seed_article):
    kept = list(strings(seed_article))
    assert not [s for s in kept if JAMMER_RESIDUE.search(s)]
    for junk in EXPECTED["must_be_removed"]:
        assert all(canon(s) != canon(junk) for s in kept)


def test_removals_point_into_the_input():
    text = SEED.read_text(encoding="utf-8")
    article = newsclean.clean(text)
    assert article.removed
    for r in article.removed:
        assert text[r.start:r.end] == r.text
    spans = sorted((r.start, r.end) for r in article.removed)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_encoding_is_reported():
    assert newsclean.clean(INPUTS["gb18030"]()).encoding == "gb18030"
    assert newsclean.clean(INPUTS["utf-8"]()).encoding == "utf-8"
    assert newsclean.clean(INPUTS["str"]()).encoding is None
