"""Post headers and footers of forums, blogs and platforms (the metadata filter's ``post-byline`` rule).

``ggjjzhzz 发表于 2005-9-15 11:46:00`` under a thread's title, ``由海姑娘张贴 @ 2005-06-14
03:25:55 (370)`` under a blog post, ``新华网客户端 2024-01-05 10:00 发布于北京`` on a
platform: the post's date, and who posted it. The poster is the author when no
writer is credited yet (a reply's poster is not one); an account named without a
posting verb is not stored (it may be an outlet, as the byline names are).

A board's header that names the poster after or around the date (``〓 某某论坛 发布时间
2005/03/15 22:36:13 by 某某 〓``, ``本贴由某某于…在〖某某版〗发表.``) is read wherever it
stands: every post of a thread has one, and the page's first is the thread's own (its date and
poster are read; the replies' go unread). Under the post's text it is the post's footer (reason
``metadata:post-footer``): no byline under a headline, nor the article's closing block.
"""
from __future__ import annotations

from typing import Optional, Sequence

from ...document import META, Document, Line
from ...fieldlines.parser import _Parser
from ..base import JoinedLines
from ...shapes import POST_FOOTER, is_running_text

#: the words one of which every board post header holds (发表, 发布, 张贴)
_BOARD_POST_WORDS = ("发", "發", "张贴", "張貼")
#: the roles that wrote the article: a post's poster is its author unless one of them is credited
_WRITERS = frozenset({"author", "reporter", "correspondent"})


def take_post_line(doc: Document, line: Line, parser: _Parser, *, priority: int, filter: str) -> Optional[str]:
    """Read ``line`` as a post's header or footer and move it to metadata; ``None`` when it is none.

    Returns what the line fills in a byline: ``"named"`` (someone is named),
    ``"posted"`` (a date and where it was posted from: the account is the line
    above) or ``"date"``. The date is a published candidate of ``priority``.
    """
    text = line.text.strip()
    found = parser.post_byline(text)
    if found is None:
        return None
    name, named, date = found
    doc.meta.add_published(date.value, priority=priority, line=line.index)
    if name and not any(c.role in _WRITERS for c in doc.meta.credits):
        doc.meta.add_credit("author", "", name)
    reason = "metadata:credit" if name else "metadata:byline" if named else "metadata:date"
    doc.to_metadata(line, filter=filter, reason=reason)
    if named:
        return "named"
    return "posted" if text[date.end:].strip() else "date"


def take_board_post(doc: Document, lines: Sequence[Line], texts: Sequence[str], parser: _Parser, *,
                    priority: int, filter: str) -> None:
    """Move the page's board post headers (``〓 某某论坛 发布时间 2005/03/15 22:36:13 by 某某 〓``,
    ``本贴由某某于…在〖某某版〗发表.``) to metadata, wherever they stand: on a thread every post has
    one, and the first is the thread's own post (its date the published one, its poster the author
    unless a writer is credited). The later ones, the replies', go too, their facts not stored: were
    they kept, the text cleaned again would read the first reply's as the thread's own."""
    first = True
    seen, running = 0, False  # texts[:seen] read for running text (a line of prose above)
    for k in JoinedLines(texts).word_hits(_BOARD_POST_WORDS):  # (every header holds one)
        line, text = lines[k], texts[k]
        if not (line.is_body or line.state == META):
            continue
        found = parser.board_post(text)
        if found is None:
            continue
        while seen < k and not running:
            running, seen = is_running_text(texts[seen]), seen + 1
        # under its post's text the header is the post's footer: no byline under a headline, nor
        # the article's closing block (the title's choice and the structure filter read the reason)
        reason = POST_FOOTER if running else "metadata:credit"
        if not first:
            if line.is_body:
                doc.to_metadata(line, filter=filter, reason=reason)
            continue
        first = False
        name, date = found
        if not any(c.role in _WRITERS for c in doc.meta.credits):
            doc.meta.add_credit("author", "", name)
        if line.state == META:
            continue  # (another rule took its date: the poster is what it left)
        doc.meta.add_published(date.value, priority=priority, line=line.index)
        doc.to_metadata(line, filter=filter, reason=reason)
