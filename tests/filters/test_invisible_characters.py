"""The invisible-characters filter: what it cuts, and what it keeps as text."""
import pytest

from newsclean import clean
from newsclean.document import Document
from newsclean.filters import RemoveInvisibleCharacters


def _run(text: str):
    doc = RemoveInvisibleCharacters()(Document(text))
    return doc.lines[0].text, [(r.reason, r.text) for r in doc.build().removed]


@pytest.mark.parametrize("text, kept", [
    ("\ue631搜索资料\ue768\u00a0我来答", "搜索资料\u00a0我来答"),   # icon font: magnifier, pen
    ("\uf0d8\u00a0高等教育出版社", "\u00a0高等教育出版社"),             # a Wingdings bullet
    ("\ue5e5\ue5e5有一个法官，因为听见一位", "有一个法官，因为听见一位"),  # an indent glyph
    ("工作的还有徐迟和冯亦代。\ue004", "工作的还有徐迟和冯亦代。"),
    ("\U000f0001图标", "图标"),                                          # supplementary private use
])
def test_icon_glyphs_are_cut_with_their_reason(text, kept):
    out, removed = _run(text)
    assert out == kept
    assert removed and all(reason == "private-use" for reason, _ in removed)


@pytest.mark.parametrize("text", ["记者王\ue000明报道", "陳\U000f0100華", "香港\ue05a仔"])
def test_a_user_defined_character_between_han_stays(text):
    # 造字: a Big5/GBK page's own character for a rare name is part of the text
    assert _run(text) == (text, [])


def test_icon_glyphs_leave_the_article_and_are_recorded():
    article = clean("标题\n\ue671\n本报讯 这是一段足够长的正文，说明了事情的经过，\ue004也说明了结果。")
    assert not any("\ue671" in p or "\ue004" in p for p in article.paragraphs)
    assert {r.text for r in article.removed if r.reason == "private-use"} >= {"\ue671", "\ue004"}
