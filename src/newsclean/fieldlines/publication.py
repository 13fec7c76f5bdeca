"""Print-edition lines (``《人民日报》（2024年11月25日 第11版）``): what newspaper, date and page one names.

Shared ground for the publication filter, which takes such lines out of the
body, and the metadata filter, which reads one inside a field's value.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

import regex

from ..dates import parse_date
from ..model import Publication

#: a publication line's date yields to byline and labelled dates
PRIORITY_PUBLICATION = 10

_S = r"[ \t\u3000\xa0]*"
_NAME = r"[^\s《》（）()【】\[\]，。：:；;！？0-9０-９][^《》（）()【】\[\]，。：:；;！？]{0,18}?"
_DATE = r"(?P<date>[0-9０-９]{4}\s*[年\-/.]\s*[0-9０-９]{1,2}\s*[月\-/.]\s*[0-9０-９]{1,2}\s*日?)"
# 第11版, 11 版, then maybe the page's section: 第11版 要闻
_PAGE = rf"(?:第{_S})?(?P<page>[A-Za-z]?[0-9０-９]{{1,3}}[A-Za-z]?){_S}版(?:{_S}[\p{{Han}}A-Za-z·]{{1,8}})?"
# 本文刊发于《经济日报》…: words that lead into the edition
_LEAD = r"(?:本文)?(?:原)?(?:刊发于|刊登于|刊载于|刊于|载于|发表于)"
_LINE = regex.compile(
    rf"""^{_S}[（(]?{_S}(?:{_LEAD})?{_S}(?:
        《{_S}(?P<name>{_NAME}){_S}》{_S}[（(]{_S}{_DATE}{_S}(?:{_PAGE})?{_S}[)）]
      | 《?{_S}(?P<name>{_NAME}){_S}》?{_S}[（(]?{_S}{_DATE}{_S}{_PAGE}{_S}[)）]?
    ){_S}[)）]?{_S}$""",
    regex.VERBOSE,
)
_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def match_publication(text: str) -> Optional[Publication]:
    """The publication a print-edition line names, or None when ``text`` is not one.

    >>> match_publication("《 人民日报 》( 2024年11月25日 第 11 版)")
    Publication(name='人民日报', date=datetime.date(2024, 11, 25), page='11')
    >>> match_publication("人民日报 2024-11-25 第04版").page
    '04'
    >>> match_publication("《人民日报》政治版头条发布稿件") is None
    True
    """
    if len(text) > 80 or "版" not in text and "》" not in text:
        return None
    m = _LINE.match(text)
    if not m:
        return None
    value = parse_date(m.group("date"))
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    page = m.group("page")
    return Publication(name=m.group("name").strip(), date=value, page=page.translate(_WIDTH) if page else None)
