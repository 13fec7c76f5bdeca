"""A corpus-wide account of what was removed: per filter and reason, documents and characters.

Counters are plain sums, so the counts of several workers add up to the
counts of one (``a.merge(b)``), in any order.

>>> from newsclean import clean
>>> stats = RemovalStats()
>>> stats.add(clean("来源：新华网\\n正文。"), chars_in=10)
>>> stats.add(clean("正文。\\n来源：人民日报"), chars_in=11)
>>> [(row["reason"], row["documents"], row["characters"]) for row in stats.as_dict()["reasons"]]
[('metadata:source', 2, 13)]
"""
from __future__ import annotations

from typing import Any, Iterable

from .model import Article


class RemovalStats:
    """Documents seen, cleaned, failed; and for each (filter, reason) the documents it touched and the characters it removed."""

    def __init__(self) -> None:
        self.documents = 0
        self.failed = 0
        self.chars_in = 0
        self.chars_removed = 0
        # (filter, reason) -> [documents touched, characters removed, pieces]
        self.reasons: dict[tuple[str, str], list[int]] = {}

    def add(self, article: Article, *, chars_in: int) -> None:
        """Count one cleaned document; ``chars_in`` is the length of its decoded input."""
        self.documents += 1
        self.chars_in += chars_in
        seen: dict[tuple[str, str], list[int]] = {}
        for r in article.removed:
            entry = seen.setdefault((r.filter, r.reason), [1, 0, 0])
            entry[1] += r.end - r.start
            entry[2] += 1
        self._fold(seen.items())

    def add_failure(self) -> None:
        self.documents += 1
        self.failed += 1

    def _fold(self, items: Iterable[tuple[tuple[str, str], list[int]]]) -> None:
        for key, (docs, chars, pieces) in items:
            entry = self.reasons.get(key)
            if entry is None:
                self.reasons[key] = [docs, chars, pieces]
            else:
                entry[0] += docs
                entry[1] += chars
                entry[2] += pieces
            self.chars_removed += chars

    def merge(self, other: "RemovalStats") -> None:
        """Add the counts of ``other`` (another worker's) to these."""
        self.documents += other.documents
        self.failed += other.failed
        self.chars_in += other.chars_in
        self._fold(other.reasons.items())

    def as_dict(self) -> dict[str, Any]:
        """The counts as plain JSON data, reasons by characters removed (most first)."""
        rows = sorted(self.reasons.items(), key=lambda kv: (-kv[1][1], kv[0]))
        return {
            "documents": self.documents,
            "cleaned": self.documents - self.failed,
            "failed": self.failed,
            "characters_in": self.chars_in,
            "characters_removed": self.chars_removed,
            "reasons": [
                {"filter": f, "reason": r, "documents": d, "characters": c, "pieces": p}
                for (f, r), (d, c, p) in rows
            ],
        }

    def summary(self, top: int = 8) -> str:
        """A few lines for a terminal: the totals and the reasons that removed most."""
        share = 100 * self.chars_removed / self.chars_in if self.chars_in else 0.0
        lines = [f"removed {self.chars_removed:,} of {self.chars_in:,} characters ({share:.1f}%) "
                 f"from {self.documents - self.failed:,} documents"]
        for row in self.as_dict()["reasons"][:top]:
            lines.append(f"  {row['reason'] + ' (' + row['filter'] + ')':<44} "
                         f"{row['documents']:>9,} docs {row['characters']:>12,} chars")
        if len(self.reasons) > top:
            lines.append(f"  … {len(self.reasons) - top} more reasons in the stats file")
        return "\n".join(lines)


__all__ = ["RemovalStats"]
