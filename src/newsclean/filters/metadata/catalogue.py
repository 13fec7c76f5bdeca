"""The title row of a government file's catalogue table (政府信息公开): ``标题：关于…的通知``.

Government pages open with a table of the file's catalogue fields (索引号,
主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期), a cell a line or a label and
its value on two lines. The other rows are metadata like any field; the 标题 row
names the article's title, and counts only inside such a table (a catalogue
field within :data:`_TABLE_REACH` lines), since ``标题：`` elsewhere may head a
forum post or an exercise.
"""
from __future__ import annotations

from typing import Optional, Sequence

from ...document import TITLE, Document, Line
from ...fieldlines.parser import _Parser
from ...hints import HINTS_MARK, title_key

#: a catalogue field this many lines above or below the 标题 row makes it a table's
_TABLE_REACH = 2


def in_catalogue(p: _Parser, texts: Sequence[str], k: int) -> bool:
    """A catalogue field (索引号, 发文字号 …) is on line ``k`` or near it."""
    lo, hi = max(0, k - _TABLE_REACH), min(len(texts), k + _TABLE_REACH + 1)
    return any(p.has_record_field(texts[j]) for j in range(lo, hi))


def title_row(doc: Document, lines: Sequence[Line], texts: Sequence[str], k: int, title: str,
              *, filter: str) -> Optional[Line]:
    """Take the 标题 row ``lines[k]`` and return the line that holds the title, to mark later.

    The title set as a heading elsewhere on the page (the same text on another
    line) is that heading, and the row is metadata. Else the row itself holds
    it: its label is cut (when the value shares its line) and the row stays, as
    the title.
    """
    key = title_key(title)
    heading = next((lines[j] for j in range(len(lines)) if j != k and title_key(texts[j]) == key), None)
    line = lines[k]
    if heading is not None:
        doc.to_metadata(line, filter=filter, reason="metadata:title")
        return heading
    start = line.text.find(title)
    if start < 0:  # (the value as parsed is always in the row: kept for safety, the row is metadata)
        doc.to_metadata(line, filter=filter, reason="metadata:title")
        return None
    if line.text[:start].strip():  # 标题：… on one line; a value on its own line has no label to cut
        doc.cut(line, [(0, start)], filter=filter, reason="metadata:title")
    return line


def mark_title(doc: Document, line: Optional[Line]) -> None:
    """Mark ``line`` as the title unless a title is marked already, or the caller gave one."""
    if line is None or not line.is_body or doc.line_of(TITLE) is not None:
        return
    hints = doc.marks.get(HINTS_MARK)
    if hints is not None and getattr(hints, "title", None) is not None:
        return  # the caller's title decides (the structure filter matches it)
    doc.set_title(line)
