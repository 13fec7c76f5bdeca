import pytest

from newsclean.document import Document
from newsclean.filters.html_leftovers import RemoveHtmlLeftovers
from newsgen import count_calls


def run(text):
    doc = RemoveHtmlLeftovers()(Document(text))
    return doc.lines[0].text, sorted({r[3] for r in doc._records})


@pytest.mark.parametrize("text, want, reasons", [
    ("第一段<br>第二段<br/>第三段<BR />", "第一段第二段第三段", ["html-tag"]),
    ("<p>正文</p>", "正文", ["html-tag"]),
    ('<span style="color:red">红字</span><img src="a.jpg" alt="图">', "红字", ["html-tag"]),
    ("正文<!-- 广告 -->继续", "正文继续", ["html-tag"]),
    ("M&amp;G公司&quot;看好&quot;", 'M&G公司"看好"', ["html-entity"]),
    ("&ldquo;引号&rdquo;&#8220;数字&#x201D;", "“引号”“数字”", ["html-entity"]),
    ("记者&nbsp;张三", "记者 张三", ["html-entity"]),
])
def test_leftovers_go(text, want, reasons):
    assert run(text) == (want, reasons)


@pytest.mark.parametrize("text", [
    "若 a<b>c 且 x<y, y>z，则结论成立。",
    "《三体》<<流浪地球>>都是刘慈欣的作品",
    "AT&T 与 M&G 合作，Q&A 环节，x & y",
    "访问 https://example.com/?a=1&b=2 查看",
    "&foo; 不是实体，&123 也不是",
    "比较运算 1 < 2 > 0",
])
def test_text_that_looks_like_markup_stays(text):
    assert run(text) == (text, [])


def test_replacements_are_recorded_and_offsets_point_into_the_input():
    text = "A&amp;B<br>C&lt;D"
    doc = RemoveHtmlLeftovers()(Document(text))
    assert doc.lines[0].text == "A&BC<D"
    for start, end, _f, reason, new, _then in doc._records:
        assert text[start:end] in ("&amp;", "<br>", "&lt;")
        assert (new is None) == (reason == "html-tag")


@pytest.mark.parametrize("entity", ["&#7;", "&#x1F;", "&#127;", "&#xFDD0;", "&#x10FFFF;"])
def test_entities_html_drops_are_cut_not_a_crash(entity):
    # html.unescape gives "" for C0 controls and non-characters: nothing to keep
    text = f"正{entity}文"
    doc = RemoveHtmlLeftovers()(Document(text))
    assert doc.lines[0].text == "正文"
    assert [(r[0], r[1], r[3], r[4]) for r in doc._records] == [(1, 1 + len(entity), "html-entity", None)]


@pytest.mark.parametrize("unit", ["<b>粗</b>&amp;", "&ldquo;引&rdquo;<br>"])
def test_work_is_linear_on_a_line_full_of_markup(unit):
    small, large = (count_calls(lambda k=k: RemoveHtmlLeftovers()(Document(unit * k))) for k in (200, 800))
    assert large <= 6 * small


def test_a_line_full_of_entities_has_every_one_replaced():
    text = "&amp;&#12288;&nbsp;<br>" * 2000
    doc = RemoveHtmlLeftovers()(Document(text))
    assert doc.lines[0].text == "&\u3000 " * 2000
    assert sum(r[4] is not None for r in doc._records) == 6000
