"""Post headers and footers of forums, blogs and platforms (the metadata filter's ``post-byline`` rule).

``ggjjzhzz 发表于 2005-9-15 11:46:00`` under a thread's title, ``由海姑娘张贴 @ 2005-06-14
03:25:55 (370)`` under a blog post, ``新华网客户端 2024-01-05 10:00 发布于北京`` on a
platform: the post's date, and who posted it. The poster is the author when no
writer is credited yet (a reply's poster is not one); an account named without a
posting verb is not stored (it may be an outlet, as the byline names are).
"""
from __future__ import annotations

from typing import Optional

from ...document import Document, Line
from ...fieldlines.parser import _Parser

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
