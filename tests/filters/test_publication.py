import datetime as dt

import pytest

from newsclean.document import Document
from newsclean.filters.publication import ExtractPublicationLine, match_publication
from newsclean.model import Publication


@pytest.mark.parametrize("line, want", [
    ("《人民日报》（2024年11月25日 第11版）", Publication(name="人民日报", date=dt.date(2024, 11, 25), page="11")),
    ("《 人民日报 》( 2024年11月25日 第 11 版)", Publication(name="人民日报", date=dt.date(2024, 11, 25), page="11")),
    ("人民日报 2024-11-25 第04版", Publication(name="人民日报", date=dt.date(2024, 11, 25), page="04")),
    ("《经济日报》（2023年3月5日 第A3版）", Publication(name="经济日报", date=dt.date(2023, 3, 5), page="A3")),
    ("《光明日报》（2023年3月5日）", Publication(name="光明日报", date=dt.date(2023, 3, 5), page=None)),
])
def test_match_publication(line, want):
    assert match_publication(line) == want


@pytest.mark.parametrize("line", [
    "11月25日，《人民日报》政治版头条发布稿件《各地优化考核体系》。",
    "《人民日报》（2024年13月25日 第11版）",
    "《人民日报》",
    "2024年11月25日第11版的报道引起关注，很多读者来信。",
])
def test_not_publication(line):
    assert match_publication(line) is None


def test_filter_sets_publication_and_a_low_priority_date():
    doc = Document("标题\n2024-11-26 08:00\n《人民日报》（2024年11月25日 第11版）\n正文。")
    doc.meta.add_published(dt.datetime(2024, 11, 26, 8, 0), priority=30, line=1)
    ExtractPublicationLine().apply(doc)
    assert doc.meta.publication.page == "11"
    assert doc.lines[2].state == "meta" and doc.lines[2].reason == "metadata:publication"
    assert doc.meta.published == dt.datetime(2024, 11, 26, 8, 0)  # the byline date wins


@pytest.mark.parametrize("line, want", [
    ("本文刊发于《经济日报》2024年11月25日第5版", Publication(name="经济日报", date=dt.date(2024, 11, 25), page="5")),
    ("原刊于《光明日报》（2024年11月25日 02版）", Publication(name="光明日报", date=dt.date(2024, 11, 25), page="02")),
    ("《人民日报》（2024年11月25日 第11版 要闻）", Publication(name="人民日报", date=dt.date(2024, 11, 25), page="11")),
    ("（《人民日报》2024年11月25日 11版）", Publication(name="人民日报", date=dt.date(2024, 11, 25), page="11")),
])
def test_lead_words_page_sections_and_outer_brackets(line, want):
    assert match_publication(line) == want


@pytest.mark.parametrize("line", [
    "本文刊发于《经济日报》2024年11月25日第5版，引起广泛关注",
    "《人民日报》（2024年11月25日 第11版 要闻，评论）",
])
def test_sentences_around_an_edition_are_no_publication_line(line):
    assert match_publication(line) is None
