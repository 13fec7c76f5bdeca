"""The Document verbs keep the lossless contract, alone and in any sequence."""
from __future__ import annotations

import pytest
from hypothesis import given, note
from hypothesis import strategies as st

from newsclean.document import BODY, CAPTION, DROPPED, META, NOTICE, SUBTITLE, TITLE, Document
from newsgen import accounting_problems, any_text, document_problems, documents

F = "test"


def check(doc: Document):
    article = doc.build()
    assert document_problems(doc) == []
    assert accounting_problems(doc.source, article) == []
    return article


# ------------------------------------------------------------------ lines
@pytest.mark.parametrize("text, lines", [
    ("", [""]),
    ("a", ["a"]),
    ("a\nb", ["a", "b"]),
    ("a\r\nb\rc\n", ["a", "b", "c", ""]),
    # a run of blank lines is its first line (white space is layout)
    ("\n\n", [""]),
    ("a\n\n\nb\n\n", ["a", "", "b", ""]),
    ("a\r\n\r\n\r\nb", ["a", "", "b"]),
    ("a\n \n\n\u3000\nb\n\nc", ["a", " ", "b", "", "c"]),
    # text from JSON or JavaScript (line and paragraph separators), from PDF (form feed)
    ("a\u2028b\u2029c", ["a", "b", "c"]),
    ("a\fb\vc\r\n\u2028d", ["a", "b", "c", "", "d"]),
    # not NEL: in Latin-1 mojibake it is a byte of a Chinese character
    ("a\x85b", ["a\x85b"]),
])
def test_lines_and_offsets(text, lines):
    doc = Document(text)
    assert [line.text for line in doc.lines] == lines
    assert [line.index for line in doc.lines] == list(range(len(lines)))
    for line in doc.lines:
        assert text[line.start:line.end] == line.text


def test_a_flood_of_blank_lines_is_one_line():
    doc = Document("标题\n" + " \n" * 1_000_000 + "正文。")
    assert [line.text for line in doc.lines] == ["标题", " ", "正文。"]
    assert doc.lines[2].start == len("标题\n") + 2_000_000


def test_an_article_whose_lines_part_at_unicode_separators_reads_as_lines():
    from newsclean import clean
    text = "新闻标题\n来源：新华网\n正文第一段，说明了事情的经过和结果，篇幅足够长。\n正文第二段，又补充了一些细节。"
    plain = clean(text)
    for sep in ("\u2028", "\u2029", "\f"):
        article = clean(text.replace("\n", sep))
        assert (article.title, article.paragraphs, article.metadata) == (plain.title, plain.paragraphs, plain.metadata)


# ------------------------------------------------------------------ each verb
def test_cut_records_exact_offsets_and_keeps_the_rest():
    doc = Document("标题\n正文X7 k第一段。")
    line = doc.lines[1]
    doc.cut(line, [(2, 6)], filter=F, reason="jammer")
    assert line.text == "正文第一段。"
    a = check(doc)
    [r] = a.removed
    assert (r.text, r.start, r.end, r.reason) == ("X7 k", 5, 9, "jammer")


def test_cut_twice_on_the_same_line_maps_to_the_source():
    doc = Document("前\nAB正CD文EF")
    line = doc.lines[1]
    doc.cut(line, [(0, 2), (3, 5)], filter=F, reason="x")  # AB, CD
    assert line.text == "正文EF"
    doc.cut(line, [(2, 4)], filter=F, reason="y")  # EF
    a = check(doc)
    assert [(r.text, r.start) for r in a.removed] == [("AB", 2), ("CD", 5), ("EF", 8)]
    assert a.paragraphs == ["前", "正文"]


def test_overlapping_and_nested_spans_record_each_character_once():
    doc = Document("0123456789")
    doc.cut(doc.lines[0], [(0, 5), (3, 8), (1, 2)], filter=F, reason="x")
    a = check(doc)
    assert a.paragraphs == ["89"]


def test_white_space_is_layout_not_a_removal():
    doc = Document("  正文  \n\u3000\u3000")
    doc.cut(doc.lines[0], [(0, 2), (4, 6)], filter=F, reason="x")
    doc.drop(doc.lines[1], filter=F, reason="blank")
    a = check(doc)
    assert a.removed == [] and a.paragraphs == ["正文"]


def test_replace_records_the_original_and_keeps_the_replacement():
    doc = Document("A&amp;B")
    doc.replace(doc.lines[0], 1, 6, "&", filter=F, reason="entity")
    a = check(doc)
    assert a.paragraphs == ["A&B"]
    [r] = a.removed
    assert (r.text, r.replacement, r.start, r.end) == ("&amp;", "&", 1, 6)


def test_replace_across_pieces_inserts_the_replacement_once():
    doc = Document("A1B2C")
    line = doc.lines[0]
    doc.cut(line, [(1, 2), (3, 4)], filter=F, reason="digit")  # "ABC", three pieces
    doc.replace(line, 0, 3, "Z", filter=F, reason="letters")
    assert line.text == "Z"
    a = check(doc)
    assert a.paragraphs == ["Z"]


def test_a_failed_replace_changes_nothing():
    doc = Document("abcdef")
    line = doc.lines[0]
    doc.replace(line, 2, 4, "X", filter=F, reason="r")  # abXef
    with pytest.raises(ValueError):
        doc.replace(line, 0, 3, "Y", filter=F, reason="r")  # reaches into X
    assert line.text == "abXef"
    check(doc)


def test_cutting_part_of_a_replacement_shrinks_it():
    doc = Document("x&quot;y")
    line = doc.lines[0]
    doc.replace(line, 1, 7, "\"'", filter=F, reason="entity")
    doc.cut(line, [(2, 3)], filter=F, reason="quote")
    a = check(doc)
    assert a.paragraphs == ["x\"y"]
    [r] = a.removed
    assert r.replacement == "\"" and "then test:quote" in r.reason


def test_drop_records_the_stripped_line():
    doc = Document("正文\n\u3000 分享到：微信 \n尾")
    doc.drop(doc.lines[1], filter=F, reason="share-bar")
    a = check(doc)
    assert [r.text for r in a.removed] == ["分享到：微信"]
    assert doc.lines[1].state == DROPPED


def test_to_metadata_and_to_notice():
    doc = Document("来源：新华网\n本文仅代表作者观点\n正文。")
    doc.to_metadata(doc.lines[0], filter=F, reason="metadata:source")
    doc.to_notice(doc.lines[1], filter=F)
    a = check(doc)
    assert a.paragraphs == ["正文。"]
    assert a.metadata.notices == ["本文仅代表作者观点"]
    assert [line.state for line in doc.lines] == [META, NOTICE, BODY]


def test_to_caption_keeps_text_and_credit():
    doc = Document("正文。\n图为会议现场。 李思银 摄")
    line = doc.lines[1]
    doc.to_caption(line, (0, 7), (8, 11), filter=F)
    a = check(doc)
    assert a.captions[0].text == "图为会议现场。" and a.captions[0].credit == "李思银"
    assert [r.text.strip() for r in a.removed] == ["摄"]
    assert line.state == CAPTION


def test_to_caption_with_overlapping_text_and_credit_is_refused():
    doc = Document("图为会议现场。李思银摄")
    with pytest.raises(ValueError):
        doc.to_caption(doc.lines[0], (0, 8), (6, 10), filter=F)
    check(doc)


def test_title_and_subtitle():
    doc = Document("标题\n副题\n正文")
    doc.set_title(doc.lines[0])
    doc.set_subtitle(doc.lines[1])
    a = check(doc)
    assert (a.title, a.subtitle, a.paragraphs) == ("标题", "副题", ["正文"])


# ------------------------------------------------------------------ lines already taken out
def test_removing_a_removed_line_again_records_nothing_twice():
    doc = Document("来源：新华网 责编：周晓雪\n正文")
    line = doc.lines[0]
    doc.to_metadata(line, filter=F, reason="metadata:source")
    doc.drop(line, filter=F, reason="again")
    doc.to_notice(line, filter=F)
    doc.cut(line, [(0, 3)], filter=F, reason="again")
    check(doc)
    assert line.state == NOTICE


@pytest.mark.parametrize("verb", ["set_title", "set_subtitle", "caption"])
def test_a_removed_line_cannot_come_back_as_text(verb):
    doc = Document("分享到：微信\n正文")
    line = doc.lines[0]
    doc.drop(line, filter=F, reason="share-bar")
    with pytest.raises(ValueError, match="already"):
        if verb == "caption":
            doc.to_caption(line, (0, 3), filter=F)
        else:
            getattr(doc, verb)(line)
    check(doc)


def test_cutting_a_caption_line_updates_the_caption():
    doc = Document("图为\u200b会议现场。 李思银 摄")
    line = doc.lines[0]
    doc.to_caption(line, (0, 8), (9, 12), filter=F)
    doc.cut(line, [(2, 3)], filter=F, reason="zero-width")
    a = check(doc)
    assert a.captions[0].text == "图为会议现场。"


# ------------------------------------------------------------------ any sequence of verbs
VERBS = ["cut", "cut_reasons", "replace", "replace_many", "drop", "to_metadata", "to_notice", "to_caption", "set_title",
         "set_subtitle"]


def _span(draw, n: int) -> tuple[int, int]:
    i = draw(st.integers(0, n))
    return i, draw(st.integers(i, n))


def apply_random_verbs(doc: Document, data) -> None:
    draw = data.draw
    for _ in range(draw(st.integers(0, 25), label="steps")):
        line = doc.lines[draw(st.integers(0, len(doc.lines) - 1), label="line")]
        verb = draw(st.sampled_from(VERBS), label="verb")
        n = len(line.text)
        note(f"{verb} on line {line.index} ({line.state}) {line.text!r}")
        try:
            if verb == "cut":
                spans = [_span(draw, n) for _ in range(draw(st.integers(0, 4)))]
                doc.cut(line, spans, filter=F, reason="r")
            elif verb == "cut_reasons":
                spans = [(*_span(draw, n), draw(st.sampled_from(["a", "b"]))) for _ in range(draw(st.integers(0, 3)))]
                doc.cut_reasons(line, spans, filter=F)
            elif verb == "replace":
                i, j = _span(draw, n)
                doc.replace(line, i, j, draw(st.sampled_from(["", "&", "“", " ", "替换"])), filter=F, reason="r")
            elif verb == "replace_many":
                spans = [(*_span(draw, n), draw(st.sampled_from(["", "&", "替换"]))) for _ in range(draw(st.integers(0, 4)))]
                doc.replace_many(line, spans, filter=F, reason="r")
            elif verb in ("drop", "to_metadata", "to_notice"):
                getattr(doc, verb)(line, filter=F, reason="r")
            elif verb == "to_caption":
                text = _span(draw, n)
                credit = _span(draw, n) if draw(st.booleans()) else None
                doc.to_caption(line, text, credit, filter=F)
            else:
                getattr(doc, verb)(line)
        except ValueError as e:
            note(f"refused: {e}")
        assert document_problems(doc) == []


@given(documents(max_lines=8), st.data())
def test_any_sequence_of_verbs_on_generated_documents_stays_lossless(text, data):
    doc = Document(text)
    apply_random_verbs(doc, data)
    check(doc)


@given(any_text, st.data())
def test_any_sequence_of_verbs_on_any_text_stays_lossless(text, data):
    doc = Document(text)
    apply_random_verbs(doc, data)
    check(doc)


# ------------------------------------------------------------------ replace_many is replace, from the right
def _state(doc: Document):
    """Lines and records of ``doc``, records in offset order (their order in the list is not part of the result)."""
    recs = doc._records
    lines = [(ln.text, ln.state, [(s, e, t, tuple(recs[r]) if r >= 0 else None) for s, e, t, r in ln.pieces])
             for ln in doc.lines]
    return lines, sorted(map(tuple, recs))


@given(any_text, st.data())
def test_replace_many_is_replace_from_the_right(text, data):
    draw = data.draw
    docs = [Document(text), Document(text)]
    line_no = draw(st.integers(0, len(docs[0].lines) - 1))
    # the same earlier changes on both, so that spans meet cut and replaced pieces
    for _ in range(draw(st.integers(0, 3))):
        n = len(docs[0].lines[line_no].text)
        i, j = _span(draw, n)
        new = draw(st.sampled_from(["", "&", "替换"]))
        for d in docs:
            try:
                d.replace(d.lines[line_no], i, j, new, filter=F, reason="before")
            except ValueError:
                pass  # refused on both, and both left as they were
    n = len(docs[0].lines[line_no].text)
    cuts = sorted({draw(st.integers(0, n)) for _ in range(draw(st.integers(0, 8)))})
    spans = [(a, b, draw(st.sampled_from(["&", "“", "替换", " "]))) for a, b in zip(cuts[::2], cuts[1::2])]
    one, many = docs
    refused = []
    try:
        for i, j, new in reversed(spans):
            one.replace(one.lines[line_no], i, j, new, filter=F, reason="r")
    except ValueError:
        refused.append("one")
    try:
        many.replace_many(many.lines[line_no], spans, filter=F, reason="r")
    except ValueError:
        refused.append("many")
    assert refused in ([], ["one", "many"])
    assert _state(one) == _state(many)


def test_replace_many_refuses_a_replaced_piece_like_replace():
    doc = Document("甲&amp;乙")
    line = doc.lines[0]
    doc.replace(line, 1, 6, "&", filter=F, reason="html-entity")
    with pytest.raises(ValueError):
        doc.replace_many(line, [(0, 2, "x")], filter=F, reason="r")


def _walked_body(doc):
    """body_text_lines() worked out afresh, without the document's remembered answer."""
    return [line for line in doc.lines if line.state == "body" and line.text.strip()]


def test_body_text_lines_follows_every_verb():
    # the document remembers its body lines between filters: every verb must make it forget
    doc = Document("甲一段。\n乙一段。\n丙一段。\n丁 摄\n戊一段。\n己一段。\n庚 辛")
    assert doc.body_text_lines() == _walked_body(doc)
    steps = [
        lambda d: d.drop(d.lines[0], filter="t", reason="r"),
        lambda d: d.cut(d.lines[1], [(0, len(d.lines[1].text))], filter="t", reason="r"),  # cut to nothing
        lambda d: d.to_metadata(d.lines[2], filter="t", reason="r"),
        lambda d: d.to_caption(d.lines[3], (0, 1), (2, 3), filter="t"),
        lambda d: d.set_title(d.lines[4]),
        lambda d: d.set_title(d.lines[5]),  # line 4 goes back to the body
        lambda d: d.split_lines({6: [[(0, 1)], [(2, 3)]]}),
        lambda d: d.to_notice(d.lines[6], filter="t"),
    ]
    for step in steps:
        step(doc)
        assert doc.body_text_lines() == _walked_body(doc)
    assert [line.text for line in doc.body_text_lines()] == ["戊一段。", "辛"]


def test_body_text_lines_is_a_new_list_each_call():
    doc = Document("甲\n乙")
    doc.body_text_lines().clear()
    assert len(doc.body_text_lines()) == 2


def test_line_of_title_follows_set_title_and_removal():
    doc = Document("\n".join(f"第{i}行。" for i in range(100)))
    assert doc.line_of("title") is None
    doc.set_title(doc.lines[80])
    assert doc.line_of("title") is doc.lines[80]
    doc.set_title(doc.lines[3])
    assert doc.line_of("title") is doc.lines[3] and doc.lines[80].state == "body"
    doc.drop(doc.lines[3], filter="t", reason="r")
    assert doc.line_of("title") is None
    doc.set_subtitle(doc.lines[90])
    assert doc.line_of("subtitle") is doc.lines[90] and doc.line_of("title") is None
