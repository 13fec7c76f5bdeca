"""Hints: what the caller knows decides when the text agrees, and is stored as given when not."""
import datetime as dt

import pytest

from newsclean import HintError, clean, default_pipeline

CST = dt.timezone(dt.timedelta(hours=8))

TEXT = (
    "首页 > 新闻 > 国内\n"
    "海关总署：前三季度进口增长\n"
    "2019-09-07 13:43:45 来源：新华网\n"
    "本报北京电 海关总署今天发布数据，前三季度进口增长百分之五，出口保持稳定。\n"
    "专家表示，外贸形势总体向好，后续仍有压力。\n"
    "海关总署：前三季度进口增长\n"
)


def test_no_hint_leaves_the_output_as_it_was():
    assert clean(TEXT) == default_pipeline().run(TEXT) == clean(TEXT, title=None, published=None)


def test_a_title_hint_that_matches_a_line_makes_it_the_title_and_its_copies_duplicates():
    text = "要闻速览\n正文第一段，说的是一件事情。\n一个并不像标题的标题行\n第二段正文。\n一个并不像标题的标题行"
    plain = clean(text)
    assert plain.title != "一个并不像标题的标题行"
    a = clean(text, title=" 一个并不像标题的标题行 ")
    assert a.title == "一个并不像标题的标题行"
    assert "一个并不像标题的标题行" not in a.paragraphs
    assert [r.reason for r in a.removed if r.text == "一个并不像标题的标题行"] == ["duplicate-title"]


def test_a_title_hint_whose_line_loses_a_badge_is_matched_not_stored_as_given():
    text = "原创海关总署发布前三季度外贸数据\n正文第一段，内容很长很长，说明了事情的经过。"
    a = clean(text, title="原创海关总署发布前三季度外贸数据")
    assert a.title == "海关总署发布前三季度外贸数据"
    assert [r.reason for r in a.removed] == ["title-badge"]


def test_a_title_hint_matches_despite_white_space():
    a = clean("网站导航\n海关 总署：进口增长\n正文第一段。", title="海关总署：进口增长")
    assert a.title == "海关 总署：进口增长"


def test_a_title_hint_that_matches_nothing_is_stored_as_given_and_forced_on_no_line():
    a = clean(TEXT, title="另一个标题")
    assert a.title == "另一个标题"
    # the text's own headline is not taken for the title: it stays a line of the text
    assert "海关总署：前三季度进口增长" in a.paragraphs
    kept = "".join(a.paragraphs)
    assert "本报北京电" in kept


def test_a_date_hint_of_the_texts_day_takes_the_texts_time():
    a = clean(TEXT, published="2019-09-07")
    assert a.metadata.published == dt.datetime(2019, 9, 7, 13, 43, 45, tzinfo=CST)


def test_a_date_hint_that_matches_nothing_is_stored_as_given():
    assert clean(TEXT, published=dt.date(2020, 1, 2)).metadata.published == dt.date(2020, 1, 2)
    got = clean(TEXT, published="2020-01-02T08:00:00Z").metadata.published
    assert got == dt.datetime(2020, 1, 2, 8, tzinfo=dt.timezone.utc) and got.utcoffset() == dt.timedelta(0)


def test_a_naive_datetime_hint_is_china_time():
    got = clean("正文。", published=dt.datetime(2020, 1, 2, 8, 30)).metadata.published
    assert got.isoformat() == "2020-01-02T08:30:00+08:00"


def test_source_and_url_hints_are_stored():
    a = clean(TEXT, source="人民网", url="https://example.cn/a/1.html")
    assert a.metadata.sources == ["人民网", "新华网"]
    assert a.metadata.url == "https://example.cn/a/1.html"
    assert clean(TEXT, source="新华网").metadata.sources == ["新华网"]


@pytest.mark.parametrize("kwargs", [
    {"published": "next week"}, {"published": 20190907}, {"title": 3}, {"published": "2019-13-45"},
])
def test_a_hint_of_the_wrong_form_is_a_clear_error(kwargs):
    with pytest.raises(HintError):
        clean("正文。", **kwargs)


def test_hints_go_through_the_pipeline_too():
    p = default_pipeline().without("captions")
    assert p.run(TEXT, title="另一个标题").title == "另一个标题"
    assert p(TEXT).title == "海关总署：前三季度进口增长"
