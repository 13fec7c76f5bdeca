"""Nothing lost: every character of the decoded input is kept or recorded, with exact offsets.

The contract (see ``newsclean.document``): each ``removed`` record's ``text``
is ``decoded[start:end]``, records never overlap, white space is layout and
is not recorded, and the text left once the records are cut out (their
replacements put in: ``newsclean.replay``) holds, line by line and in order,
the title, subtitle, paragraphs, caption texts and credits, white space aside.
Positions are compared, not character counts: a character kept on the wrong
line, or two paragraphs swapped, is a failure.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import LooksLikeHtml, NotText, Pipeline, clean, default_filters, default_pipeline
from newsclean.decode import looks_like_html
from newsgen import accounting_problems, any_text, document_problems, documents, inject_jammers


def assert_lossless(data, pipeline: Pipeline = None):
    doc = (pipeline or default_pipeline()).build_document(data)
    article = doc.build()
    assert document_problems(doc) == []
    assert accounting_problems(doc.source, article) == []
    return article


@given(documents())
def test_generated_pages_are_fully_accounted_for(text):
    assert_lossless(text)


@given(documents(), st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_generated_pages_as_bytes_are_fully_accounted_for(text, codec):
    try:
        assert_lossless(text.encode(codec, errors="replace"))
    except NotText:
        # control characters in a legacy encoding make bytes look binary
        assert codec == "gb18030" and re.search("[\x00-\x08\x0e-\x1f]", text)


@given(any_text)
def test_any_text_is_fully_accounted_for(text):
    if looks_like_html(text):  # a page's markup is refused with a clear error, not cleaned
        with pytest.raises(LooksLikeHtml):
            clean(text)
        return
    assert_lossless(text)


@pytest.mark.parametrize("text", ["<HTML>", "<title>标题</title>\n正文。", "<body>", "<meta charset=utf-8>正文"])
def test_one_stray_page_tag_is_text_not_a_page(text):
    assert_lossless(text)


@given(documents(max_lines=10), st.data())
def test_every_subset_of_the_default_filters_is_lossless(text, data):
    """Filters must not rely on each other to keep the contract: any subset, in default order."""
    filters = default_filters()
    keep = data.draw(st.lists(st.booleans(), min_size=len(filters), max_size=len(filters)))
    assert_lossless(text, Pipeline([f for f, k in zip(filters, keep) if k]))


def test_seed_shaped_example():
    text = "标题\n\u3000\u3000正文X7 k第一段。\u200b\n来源：新华网\n图为会议现场。 李思银 摄\n分享到：微信"
    a = assert_lossless(text)
    assert "正文" in "".join(a.paragraphs)


def test_lossless_on_the_corpus(corpus_texts):
    bad = []
    for name, text in corpus_texts:
        for variant, data in (("plain", text), ("jammed", inject_jammers(text, len(name))),
                              ("legacy", inject_jammers(text, len(name), legacy=True))):
            doc = default_pipeline().build_document(data)
            problems = accounting_problems(doc.source, doc.build()) + document_problems(doc)
            if problems:
                bad.append(f"{name} ({variant}): {problems[0]}")
    assert bad == []


def test_corpus_as_gb18030_bytes(corpus_texts):
    for name, text in corpus_texts[:10]:
        article = assert_lossless(text.encode("gb18030"))
        assert article.encoding == "gb18030", name


def test_replay_leaves_the_kept_text_in_order(corpus_texts):
    import newsclean

    squeeze = lambda s: "".join(s.split())  # noqa: E731
    for name, text in corpus_texts[:20]:
        article = clean(text)
        left = squeeze(newsclean.replay(text, article.removed))
        kept = [article.title or "", article.subtitle or "", *article.paragraphs]
        kept += [c.text + (c.credit or "") for c in article.captions]
        assert len(left) == sum(len(squeeze(k)) for k in kept), name
        pos = 0
        for p in article.paragraphs:  # the paragraphs, in order
            pos = left.index(squeeze(p), pos) + len(squeeze(p))


def test_replay_refuses_overlapping_records():
    import newsclean
    from newsclean import Removal

    a = Removal(text="ab", start=0, end=2, filter="f", reason="r")
    b = Removal(text="bc", start=1, end=3, filter="f", reason="r")
    with pytest.raises(ValueError):
        newsclean.replay("abcd", [a, b])
    assert newsclean.replay("abcd", [b]) == "ad"


def test_the_accounting_compares_positions_not_character_counts():
    text = "标题\n第一段，甲。\n第二段，乙。\n来源：新华网"
    article = clean(text)
    assert accounting_problems(text, article) == []
    swapped = article.model_copy(update={"paragraphs": article.paragraphs[::-1]})
    moved = article.model_copy(update={"paragraphs": ["第一段，乙。", "第二段，甲。"]})
    assert accounting_problems(text, swapped) and accounting_problems(text, moved)
