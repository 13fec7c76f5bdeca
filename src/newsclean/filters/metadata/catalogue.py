"""The title row of a government file's catalogue table (政府信息公开): ``标题：关于…的通知``.

Government pages open with a table of the file's catalogue fields (索引号,
主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期), a cell a line or a label and
its value on two lines, the label with or without its colon (a table's cells need none). The other rows are metadata like any field; the 标题 row
names the article's title, and counts only inside such a table (a catalogue
field within :data:`_TABLE_REACH` lines), since ``标题：`` elsewhere may head a
forum post or an exercise.
"""
from __future__ import annotations

from typing import Optional, Sequence

from ...document import META, TITLE, Document, Line
from ...fieldlines.facts import _Facts
from ...fieldlines.parser import _Parser
from ...hints import HINTS_MARK, title_key

#: a catalogue field this many lines above or below makes a line a table's (two cells either
#: side, when each holds its label and its value on two lines)
_TABLE_REACH = 4


def in_catalogue(p: _Parser, lines: Sequence[Line], texts: Sequence[str], k: int) -> bool:
    """Line ``k`` is in a catalogue table: a catalogue field (索引号, 发文字号 …) is on it or near
    it, or the table goes on (the cell above, a label and its value, was read as metadata, and
    a catalogue field stands near that cell)."""
    lo, hi = max(0, k - _TABLE_REACH), min(len(texts), k + _TABLE_REACH + 1)
    if any(p.has_record_field(texts[j]) for j in range(lo, hi)):
        return True
    return k >= 2 and lines[k - 1].state == META and lines[k - 2].state == META and any(
        p.has_record_field(texts[j]) for j in range(max(0, k - 2 * _TABLE_REACH), lo))


#: kinds whose label alone in a cell does not announce the cell below (a counter, an event's field)
_NO_CELL_KINDS = frozenset({"ignore", "event", "caption", "note"})


def table_cell(p: _Parser, lines: Sequence[Line], texts: Sequence[str], k: int) -> Optional[_Facts]:
    """A label alone in a catalogue table's cell (``索引号`` over ``000014349/2024-00001``): the
    facts of an empty field, its value on the next line; ``None`` outside such a table."""
    label = "".join(texts[k].split()).rstrip(":：")
    kind = p.kind.get(label)
    if kind is None or kind in _NO_CELL_KINDS or not in_catalogue(p, lines, texts, k):
        return None
    return _Facts(kinds=[kind], dangling=(kind, label))


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
