import datetime as dt

import pytest

from newsclean.dates import find_dates, parse_date


@pytest.mark.parametrize("text, want", [
    ("2024年11月25日", dt.date(2024, 11, 25)),
    ("2024年 11 月 25 日", dt.date(2024, 11, 25)),
    ("2024-11-25 10:00", dt.datetime(2024, 11, 25, 10, 0)),
    ("2024/3/25 14:32:10", dt.datetime(2024, 3, 25, 14, 32, 10)),
    ("2019年06月15日08:18", dt.datetime(2019, 6, 15, 8, 18)),
    ("2019-12-10 07:57:40", dt.datetime(2019, 12, 10, 7, 57, 40)),
    ("2009-2-16 10:35:39", dt.datetime(2009, 2, 16, 10, 35, 39)),
    ("2019-09-3007:42", dt.datetime(2019, 9, 30, 7, 42)),
    ("2019.09.07", dt.date(2019, 9, 7)),
    ("2019年11月25日16时04分", dt.datetime(2019, 11, 25, 16, 4)),
    ("2019年11月25日 16时04分30秒", dt.datetime(2019, 11, 25, 16, 4, 30)),
    ("２０２４年１１月２５日", dt.date(2024, 11, 25)),
    ("  2019年11月25日 16:04:30 ", dt.datetime(2019, 11, 25, 16, 4, 30)),
])
def test_parse_date(text, want):
    got = parse_date(text)
    assert got == want and type(got) is type(want)


@pytest.mark.parametrize("text", [
    "2024-13-01", "2019年2月30日", "2019-02-29", "10-0812:00", "18-03-08", "昨天",
    "2019", "09/07", "2019-12-10 来源：新华网", "123-45-67", "2019-1-1-1", "2019-09-07 25:00",
])
def test_not_a_date(text):
    assert parse_date(text) is None


def test_short_year_only_on_request():
    assert parse_date("18-03-0823:16", short_year=True) == dt.datetime(2018, 3, 8, 23, 16)
    assert parse_date("18-03-0823:16") is None


def test_find_dates_spans_point_into_the_text():
    text = "发表时间：２００９-2-16 10:35:39 浏览次数: 956"
    (m,) = find_dates(text)
    assert text[m.start:m.end] == "２００９-2-16 10:35:39"
    assert m.value == dt.datetime(2009, 2, 16, 10, 35, 39)


def test_find_dates_ignores_numbers_that_are_not_dates():
    assert find_dates("报料电话4009-20-4009，共1200万像素") == []
    assert find_dates("营收增长20.5%，2019.5亿元") == []


@pytest.mark.parametrize("text, want", [
    ("2024年11月25日 星期一", dt.date(2024, 11, 25)),
    ("2024年11月25日（星期一）", dt.date(2024, 11, 25)),
    ("2024/11/25 周一 14:32", dt.datetime(2024, 11, 25, 14, 32)),
    ("2024-11-25 10:00:00 星期一", dt.datetime(2024, 11, 25, 10, 0)),
    ("2024年11月25日週一 下午2:05", dt.datetime(2024, 11, 25, 14, 5)),  # Traditional script
    ("2024年11月25日 禮拜一", dt.date(2024, 11, 25)),
    ("2024年11月25日 下午3:05", dt.datetime(2024, 11, 25, 15, 5)),
    ("2024年11月25日 晚上8点30分", dt.datetime(2024, 11, 25, 20, 30)),
    ("2024年11月25日 上午10:00", dt.datetime(2024, 11, 25, 10, 0)),
    ("2024-11-25T10:00:00+08:00", dt.datetime(2024, 11, 25, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))),
    ("2024-11-25T10:00:00Z", dt.datetime(2024, 11, 25, 10, 0, tzinfo=dt.timezone.utc)),
    ("2024-11-25T10:00:00-05:30", dt.datetime(2024, 11, 25, 10, 0, tzinfo=dt.timezone(-dt.timedelta(hours=5, minutes=30)))),
    ("2024-11-25 10:00:00.0", dt.datetime(2024, 11, 25, 10, 0)),
])
def test_weekdays_half_days_and_iso_times(text, want):
    got = parse_date(text)
    assert got == want and type(got) is type(want)


def test_a_time_range_is_not_one_date():
    assert parse_date("2024年11月25日 10:00-12:00") is None
    assert parse_date("2024年11月25日周边") is None


@pytest.mark.parametrize("text, want", [
    ("9/17/2004 5:54:13 AM", dt.datetime(2004, 9, 17, 5, 54, 13)),  # a 12-hour time: the month first
    ("7/5/2005 9:23:57 PM", dt.datetime(2005, 7, 5, 21, 23, 57)),
    ("12/1/2005 12:05 AM", dt.datetime(2005, 12, 1, 0, 5)),
    ("9/17/2004", dt.date(2004, 9, 17)),  # 17 can only be the day
    ("17/09/2004", dt.date(2004, 9, 17)),
    ("民國113年1月5日", dt.date(2024, 1, 5)),
    ("民国98年12月31日 10:00", dt.datetime(2009, 12, 31, 10, 0)),
    ("2024-01-05 3:05 PM", dt.datetime(2024, 1, 5, 15, 5)),
])
def test_month_first_and_republic_years(text, want):
    got = parse_date(text)
    assert got == want and type(got) is type(want)


@pytest.mark.parametrize("text", ["6/2/2022", "06/02/2022 - 13:48", "13/13/2004", "2/30/2004 1:00 PM",
                                  "9/17/2004 13:05 PM"])
def test_day_month_order_not_known_or_impossible(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text, want", [
    ("Nov 25 Mon 2024 14:05", dt.datetime(2024, 11, 25, 14, 5)),  # blog software's English dates
    ("November 25th, 2024 at 2:05 pm", dt.datetime(2024, 11, 25, 14, 5)),
    ("Posted on Sept. 3, 2024", dt.date(2024, 9, 3)),
])
def test_english_month_names(text, want):
    assert [m.value for m in find_dates(text)] == [want]


@pytest.mark.parametrize("text", ["Mayor 12, 2005", "Decimal 3, 2024", "Dec 2013", "marching 3, 2024"])
def test_a_word_that_starts_like_a_month_is_no_month(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text, want", [
    ("二〇二四年一月五日", dt.date(2024, 1, 5)),  # a government file's date in Chinese numerals
    ("二〇二一年十二月二十五日", dt.date(2021, 12, 25)),
    ("一九九八年十月十日", dt.date(1998, 10, 10)),
    ("二○二四年一月三十日", dt.date(2024, 1, 30)),
    ("2024年1月5號", dt.date(2024, 1, 5)),  # Hong Kong and Taiwan: 號 for the day
    ("2024年1月5号 10:00", dt.datetime(2024, 1, 5, 10, 0)),
    ("5 January 2024", dt.date(2024, 1, 5)),  # the day before an English month's name
    ("05 Mar 2021 10:00:00", dt.datetime(2021, 3, 5, 10, 0)),
])
def test_less_common_shapes(text, want):
    assert parse_date(text) == want


def test_an_english_weekday_before_the_month_is_part_of_the_date():
    text = "Saturday, September 10th, 2005   10:56 am"
    (m,) = find_dates(text)
    assert (m.start, m.end, m.value) == (0, len(text), dt.datetime(2005, 9, 10, 10, 56))


@pytest.mark.parametrize("text", ["二〇二一年二月三十日", "二〇二一年十三月一日", "第3号"])
def test_impossible_chinese_numeral_dates_are_none(text):
    assert find_dates(text) == []


def test_traditional_time_words():
    assert parse_date("2024年1月5日 10時30分") == dt.datetime(2024, 1, 5, 10, 30)
    assert parse_date("2024年1月5日 午後3:05") == dt.datetime(2024, 1, 5, 15, 5)


@pytest.mark.parametrize("text, want", [
    ("24-1-5 12:00:00", dt.datetime(2024, 1, 5, 12, 0)),  # a short year with one-digit month and day
    ("24-01-05 08:30", dt.datetime(2024, 1, 5, 8, 30)),
])
def test_a_short_year_with_its_time(text, want):
    assert parse_date(text) == want


@pytest.mark.parametrize("text", ["24-1-5", "24-1-5-6 12:00", "3-1-2 10:00", "113-01-05", "113年1月5日"])
def test_a_short_or_republic_year_alone_is_no_date(text):
    assert parse_date(text) is None


@pytest.mark.parametrize("text, want", [
    ("113年1月5日", dt.date(2024, 1, 5)),  # the Republic's year with no 民國 before it
    ("113/01/05", dt.date(2024, 1, 5)),
    ("113-1-5 10:30", dt.datetime(2024, 1, 5, 10, 30)),
    ("24-1-5", dt.date(2024, 1, 5)),
])
def test_short_and_republic_years_that_a_label_announces(text, want):
    assert parse_date(text, short_year=True) == want
