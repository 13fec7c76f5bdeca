"""Post headers of forums and platforms: who posted, when, and from where.

``ggjjzhzz 发表于 2005-9-15 11:46:00``, ``2020.03.11 10:51发布于知产资料``,
``〓 某某论坛 发布时间 2005/03/15 22:36:13 by 某某 〓``: a post's byline is one
date with the poster and a posting verb around it. ``stopwords`` are words a
label table says are never names.
"""
from __future__ import annotations

from typing import Collection, Optional

import regex

from ..dates import DateMatch, find_dates
from ..lexicons.traditional import both_scripts
from .facts import _LETTER

# a forum or platform post's header: who posted it, then its date (ggjjzhzz 发表于 2005-9-15 11:46:00,
# 由海姑娘张贴 @ 2005-06-14 03:25:55, 由 ddos8919发布于 2024-02-24 14:02:08)
_POSTED_BY = regex.compile(both_scripts(
    r"(?:由[ \t\u3000\xa0]*)?(?P<name>[\p{Han}A-Za-z0-9_.\-·]{2,20}?)[ \t\u3000\xa0]*"
    r"(?:发表于|发布于|发表在|张贴[ \t\u3000\xa0]*[@于]?)[ \t\u3000\xa0]*[:：@]?[ \t\u3000\xa0]*"))
_POSTING_VERB = regex.compile(both_scripts(r"(?:发表于|发布于|发表时间|发布时间)[ \t\u3000\xa0]*[:：@]?"))
# …with the board's name before it (〓 某某论坛 发布时间 2005/03/15 22:36:13 by 某某 〓)
_BOARD_THEN_VERB = regex.compile(both_scripts(
    r"(?:[^\s。！？，,；;:：]{1,12}(?:[ \t\u3000\xa0]+[^\s。！？，,；;:：]{1,12}){0,2}[ \t\u3000\xa0]+)?"
    r"(?:发表于|发布于|发表时间|发布时间)[ \t\u3000\xa0]*[:：@]?"))
# the poster named after the date: … 22:36:13 by 某某
_BY_AFTER = regex.compile(r"[ \t\u3000\xa0]+(?:by|By|BY)[ \t\u3000\xa0]+(?P<name>[\p{Han}A-Za-z0-9_.\-·]{2,20})")
# the poster named around the date: 本贴由某某于 <date> 在〖某某版〗发表.
_BY_AROUND = regex.compile(both_scripts(
    r"(?:本贴|本帖|此贴|此帖|该贴|该帖)?由[ \t\u3000\xa0]*(?P<name>[\p{Han}A-Za-z0-9_.\-·]{2,20}?)[ \t\u3000\xa0]*于"))
_IN_BOARD_POSTED = regex.compile(both_scripts(
    r"[ \t\u3000\xa0]*+(?:在[ \t\u3000\xa0]*+[^\s。！？]{1,30}?[ \t\u3000\xa0]*+)?(?:发表|发布|张贴)[.。]?"))
# the frame some boards draw around a post's header line
_HEADER_FRAME = "〓 \t\u3000\xa0"
#: a board's post header is at most this long
_BOARD_POST_MAX = 100
# a platform account's name: one word, letters and digits (新华网客户端, tech_daily)
_ACCOUNT = regex.compile(r"[\p{Han}A-Za-z0-9_\-·]{2,20}")
# …then where it was posted from (2020.03.11 10:51发布于知产资料, 2024-04-03 09:55・IP 属地重庆)
_POSTED_FROM = regex.compile(both_scripts(
    r"(?:[ \t\u3000\xa0·・|丨]*(?:发布于|来自)[ \t\u3000\xa0:：]*\p{Han}{2,10})?"
    r"(?:[ \t\u3000\xa0·・|丨]*IP[ \t\u3000\xa0]*属地[ \t\u3000\xa0:：]*\p{Han}{2,6})?"))
# …and a counter after it: (370), - (阅读:3727;评论:63)
_POST_COUNTER = regex.compile(r"(?:[ \t\u3000\xa0\-–—|]*[（(][\w:：;；,，\s]{0,30}[)）])?")


def post_byline(text: str, stopwords: Collection[str] = ()) -> Optional[tuple[str, bool, DateMatch]]:
    """A post's header line: the poster (``""`` when none is said to post it), whether an
    account is named at all, and the post's date; ``None`` when ``text`` is no post header.

    ``ggjjzhzz 发表于 2005-9-15 11:46:00``, ``由海姑娘张贴 @ 2005-06-14 03:25:55 (370)``: one date,
    the poster and the verb that says so before it. ``2020.03.11 10:51发布于知产资料``,
    ``新华网客户端 2024-01-05 10:00 发布于北京``, ``发布于 2024-04-03 09:55・IP 属地重庆``: where it
    was posted from after it, maybe an account before it (a platform's account line: the
    account is not stored, it may be an outlet). A counter may close the line: ``(370)``.
    """
    dates = find_dates(text)
    if len(dates) != 1:
        return None
    d = dates[0]
    before = text[:d.start].strip().rstrip("·・|丨｜ \t\u3000\xa0")  # (张三 · 2024-01-05 …)
    after = text[d.end:]
    place = _POSTED_FROM.match(after).end()
    end = _POST_COUNTER.match(after, place).end()
    if after[end:].strip():
        return None
    posted_from = bool(after[:place].strip())
    if not before:
        return ("", False, d) if posted_from else None  # (a line of nothing but a date is another rule's)
    if _POSTING_VERB.fullmatch(before):
        return "", False, d  # 发表于 2004年12月27日 12:40: no one named
    m = _POSTED_BY.fullmatch(before)
    if m is not None:
        name = m.group("name")
        if name in stopwords or name.isdigit() or not _LETTER.search(name):
            return None
        return name, True, d
    if posted_from and _ACCOUNT.fullmatch(before) and before not in stopwords:
        return "", True, d
    return None


def board_post(text: str, stopwords: Collection[str] = ()) -> Optional[tuple[str, DateMatch]]:
    """A board's post header that names its poster after or around the date: the poster
    and the date, or ``None``. ``〓 某某论坛 发布时间 2005/03/15 22:36:13 by 某某 〓``,
    ``本贴由某某于2005年8月12日16:12:21在〖某某版〗发表.`` On a thread every post has one
    (above or under it); the first is the thread's own post."""
    if len(text) > _BOARD_POST_MAX or not ("发" in text or "發" in text or "张贴" in text or "張貼" in text):
        return None
    dates = find_dates(text)
    if len(dates) != 1:
        return None
    d = dates[0]
    before = text[:d.start].strip(_HEADER_FRAME)
    after = text[d.end:].rstrip(_HEADER_FRAME)
    m = _BY_AROUND.fullmatch(before)
    if m is not None:
        name = m.group("name") if _IN_BOARD_POSTED.fullmatch(after) else None
    else:
        m = _BY_AFTER.fullmatch(after) if _BOARD_THEN_VERB.fullmatch(before) else None
        name = m.group("name") if m is not None else None
    if name is None or name in stopwords or name.isdigit() or not _LETTER.search(name):
        return None
    return name, d
