"""Chinese dates and times → typed values.

News pages write dates in many ways: ``2024年11月25日``, ``2019年06月15日08:18``,
``2024-11-25 10:00``, ``2024/3/25 14:32:10``, ``2009-2-16 10:35:39``, with
full-width digits, a weekday (``2024年11月25日 星期一``), 上午/下午 before the
time, or with the time glued to the day (``2019-09-3007:42``); Taiwan pages
count years of the Republic (``民國113年1月5日``), and some pages put the
month and day before the year with a 12-hour time (``9/17/2004 5:54:13 AM``);
blog software prints the month's English name (``Dec 28 Sat 2013 00:28``,
``Saturday, September 10th, 2005 10:56 am``: :func:`find_dates` only; ``10 September 2005``),
government files write the date in Chinese numerals (``二〇二四年一月五日``), and Hong Kong
and Taiwan pages may end the day with 號 (``2024年1月5號``).
:func:`parse_date` reads one such value; :func:`find_dates` finds them inside
a line. A value with a time becomes a :class:`datetime.datetime`, naive
unless the text gives its offset (``2024-11-25T10:00:00+08:00``, ``…Z``;
the article's metadata makes a naive time +08:00), one without a time a
:class:`datetime.date`; impossible dates (month 13, 30 February) are not
dates at all.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional, Union

import regex

DateValue = Union[dt.date, dt.datetime]

# full-width digits and separators → ASCII, one character for one, so offsets
# found in the translated text are offsets in the original
_WIDTH = str.maketrans("０１２３４５６７８９：－／．　", "0123456789:-/. ")

# 星期一, （周一）, 週三 (Traditional script): a weekday after the date
_WEEKDAY = r"(?:\s*[（(]?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天][)）]?)"
# 10:00, 下午3:05:09, 10时30分, 2024-11-25T10:00:00.000+08:00, 5:54:13 AM
_TIME = r"""(?:[\sT]*(?P<ampm>上午|下午|晚上|早上|凌晨|中午|午后|午後)?\s*(?P<H>\d{1,2})(?:
        :(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d{1,6})?(?P<tz>Z|[+-]\d{2}:\d{2}(?![\d:]))?)?
        (?:[ \t\u3000\xa0]?(?P<ap>[AaPp][Mm])(?![A-Za-z]))?
      | [时時点點](?P<M>\d{1,2})分(?:(?P<S>\d{1,2})秒)?
    )(?!\d))"""
# an English month's name (Sep, Sept., September)
_MONTH_NAMES = r"""(?i:january|february|march|april|may|june|july|august|september|october|november|december
        |jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![A-Za-z])\.?"""
#: a 下午/晚上 hour below 12 is in the afternoon
_AFTERNOON = frozenset({"下午", "晚上", "午后", "午後"})
_DATE = rf"""
    (?<!\d)
    (?:
        (?P<y>(?:19|20)\d{{2}})\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*[日号號]
      | (?P<cy>[一二][〇零○一二三四五六七八九]{{3}})\s*年\s*(?P<cm>十[一二]?|[一二三四五六七八九])\s*月
        \s*(?P<cd>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日
      | (?P<y>(?:19|20)\d{{2}})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})
      | (?P<yy>\d{{2}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})(?![-/.]\d)
      | (?:民國|民国)\s*(?P<roc>\d{{2,3}})\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日
      | (?P<rocs>1[0-4]\d)\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日
      | (?P<rocs>1[0-4]\d)(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?![-/.]?\d)
      | (?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>(?:19|20)\d{{2}})
      | (?<![A-Za-z])(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]{{0,6}},?\s+)?
        (?P<mon>{_MONTH_NAMES})\s+(?P<d>\d{{1,2}})
        (?:st|nd|rd|th)?,?\s+(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]{{0,6}},?\s+)?(?P<y>(?:19|20)\d{{2}})
        (?:,?\s+at(?=\s))?
      | (?<![A-Za-z])(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]{{0,6}},?\s+)?
        (?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH_NAMES}),?\s+(?P<y>(?:19|20)\d{{2}})
    )
    {_WEEKDAY}?
    (?:{_TIME}{_WEEKDAY}?|(?!\d))
"""
_DATE_RE = regex.compile(_DATE, regex.VERBOSE)
_TWO_DIGITS = re.compile(r"[0-9０-９]{2}")
_CHINESE_YEAR = re.compile(r"[一二][〇零○一二三四五六七八九]{3}\s*年")
# the full-width characters that _WIDTH changes and the patterns need changed (\s takes the
# ideographic space as it is)
_WIDE = re.compile("[０-９：－／．]")


@dataclass(frozen=True)
class DateMatch:
    """A date found in a text: ``text[start:end]`` reads as ``value``."""

    start: int
    end: int
    value: DateValue


#: the English months' names as blog software prints them (Dec 28 Sat 2013, September 19th, 2005)
_MONTHS = {name: k for k, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}

#: the Republic of China's year 1 (民國113年 is 2024)
_ROC_OFFSET = 1911


#: the digits of a date written in Chinese numerals (二〇二四年一月五日, government files)
_CHINESE_DIGITS = {ch: k for k, ch in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}


def _chinese_number(text: str) -> int:
    """``二〇二四`` → 2024 (digit by digit); ``十二`` → 12, ``二十五`` → 25, ``三十`` → 30."""
    if "十" not in text:
        return int("".join(str(_CHINESE_DIGITS[ch]) for ch in text))
    tens, _, ones = text.partition("十")
    return (_CHINESE_DIGITS[tens] if tens else 1) * 10 + (_CHINESE_DIGITS[ones] if ones else 0)


def _month_day(m: regex.Match) -> Optional[tuple[int, int]]:
    """Month and day of a date: for ``a/b/yyyy``, the order the text makes certain.

    ``9/17/2004 5:54:13 AM``: a 12-hour time goes with the month first (the US
    order); else a number above 12 is the day (``17/9/2004``, ``9/17/2004``);
    ``6/2/2022`` with neither is not read (February or June).
    """
    if m.group("mon") is not None:
        month = _MONTHS.get(m.group("mon")[:3].lower())
        return None if month is None else (month, int(m.group("d")))
    if m.group("cm") is not None:
        return _chinese_number(m.group("cm")), _chinese_number(m.group("cd"))
    if m.group("a") is None:
        return int(m.group("m")), int(m.group("d"))
    a, b = int(m.group("a")), int(m.group("b"))
    if m.group("ap") is not None or (b > 12 >= a):
        return a, b
    if a > 12 >= b:
        return b, a
    return None


def _value(m: regex.Match, short_year: bool) -> Optional[DateValue]:
    if m.group("yy") is not None:
        # (24-1-5 alone may be a code or a score: a label announces it, or a time follows it)
        if not short_year and (m.group("H") is None or not m.group(0)[m.end("d") - m.start():][:1].isspace()):
            return None
        year = 2000 + int(m.group("yy"))
    elif m.group("rocs") is not None:
        if not short_year:
            return None  # (113年1月5日, 113/01/05: the Republic's year when a date label announces it)
        year = _ROC_OFFSET + int(m.group("rocs"))
    elif m.group("roc") is not None:
        year = _ROC_OFFSET + int(m.group("roc"))
    elif m.group("cy") is not None:
        year = _chinese_number(m.group("cy"))
    else:
        year = int(m.group("y"))
    month_day = _month_day(m)
    if month_day is None:
        return None
    try:
        day = dt.date(year, *month_day)
        if m.group("H") is None:
            return day
        hour = int(m.group("H"))
        if m.group("ampm") in _AFTERNOON and hour < 12:
            hour += 12
        ap = (m.group("ap") or "").upper()
        if ap and not 1 <= hour <= 12:
            return None  # 13:00 PM is no time
        if ap:
            hour = hour % 12 + (12 if ap == "PM" else 0)
        return dt.datetime(day.year, day.month, day.day, hour, int(m.group("M")), int(m.group("S") or 0),
                           tzinfo=_zone(m.group("tz")))
    except ValueError:
        return None


def _zone(offset: Optional[str]) -> Optional[dt.tzinfo]:
    """The time zone an ISO offset (``Z``, ``+08:00``) gives; ``None`` when the text gives none."""
    if not offset:
        return None
    if offset == "Z":
        return dt.timezone.utc
    sign = -1 if offset[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])))


def find_dates(text: str, *, short_year: bool = False) -> list[DateMatch]:
    """Every valid date (with its time, when one follows) in ``text``, in order.

    ``short_year`` also reads ``18-03-08`` as 2018-03-08 and a year of the Republic with no 民國
    before it (``113年1月5日``, ``113/01/05``) (for values that a date label such as ``发布时间：``
    announces); ``24-1-5 12:00:00`` is read without it, as a time follows.

    >>> [(m.start, m.end, str(m.value)) for m in find_dates("发布于2019-12-10 07:57:40 来源：新华网")]
    [(3, 22, '2019-12-10 07:57:40')]
    >>> find_dates("共13个月，2019年13月1日")
    []
    """
    if not text or not (_TWO_DIGITS.search(text) or _CHINESE_YEAR.search(text)):
        return []  # every date has a run of two digits at least, or a year in Chinese numerals
    norm = text.translate(_WIDTH) if _WIDE.search(text) else text
    out = []
    for m in _DATE_RE.finditer(norm):
        value = _value(m, short_year)
        if value is not None:
            out.append(DateMatch(m.start(), m.end(), value))
    return out


def parse_date(text: str, *, short_year: bool = False) -> Optional[DateValue]:
    """The date (or naive datetime) that ``text`` is, or ``None`` when it is not exactly one date.

    >>> parse_date("2024年11月25日")
    datetime.date(2024, 11, 25)
    >>> parse_date("2024-11-25 10:00")
    datetime.datetime(2024, 11, 25, 10, 0)
    >>> parse_date("2024/3/25 14:32:10")
    datetime.datetime(2024, 3, 25, 14, 32, 10)
    >>> parse_date("2019年06月15日08:18")
    datetime.datetime(2019, 6, 15, 8, 18)
    >>> parse_date("2009-2-16 10:35:39")
    datetime.datetime(2009, 2, 16, 10, 35, 39)
    >>> parse_date("２０１９－１２－１０　０７：５７")
    datetime.datetime(2019, 12, 10, 7, 57)
    >>> parse_date("2019年11月25日16时04分")
    datetime.datetime(2019, 11, 25, 16, 4)
    >>> parse_date("18-03-0823:16", short_year=True)
    datetime.datetime(2018, 3, 8, 23, 16)
    >>> parse_date("2024年11月25日 星期一 下午3:05"), parse_date("2024/11/25（周一）")
    (datetime.datetime(2024, 11, 25, 15, 5), datetime.date(2024, 11, 25))
    >>> parse_date("2024-11-25T10:00:00.000+08:00").isoformat(), parse_date("2024-11-25T02:00:00Z").isoformat()
    ('2024-11-25T10:00:00+08:00', '2024-11-25T02:00:00+00:00')
    >>> parse_date("民國113年1月5日"), parse_date("9/17/2004 5:54:13 PM"), parse_date("17/9/2004")
    (datetime.date(2024, 1, 5), datetime.datetime(2004, 9, 17, 17, 54, 13), datetime.date(2004, 9, 17))
    >>> parse_date("二〇二四年一月五日"), parse_date("2024年1月5號"), parse_date("5 January 2024")
    (datetime.date(2024, 1, 5), datetime.date(2024, 1, 5), datetime.date(2024, 1, 5))
    >>> parse_date("6/2/2022") is None  # February or June: not read
    True
    >>> parse_date("2024-13-01") is None, parse_date("10-0812:00") is None
    (True, True)
    >>> parse_date("24-1-5 12:00:00"), parse_date("24-1-5") is None, parse_date("113/01/05", short_year=True)
    (datetime.datetime(2024, 1, 5, 12, 0), True, datetime.date(2024, 1, 5))
    """
    stripped = text.strip()
    if not stripped[:1].isdigit() and not stripped.startswith(("民國", "民国")) and not _CHINESE_YEAR.match(stripped):
        return None  # a date starts with its year (or its month, 9/17/2004)
    found = find_dates(stripped, short_year=short_year)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
        return found[0].value
    return None


__all__ = ["DateMatch", "DateValue", "find_dates", "parse_date"]
