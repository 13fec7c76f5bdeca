"""Removal records as the document keeps them, and the clean text they describe.

A filter's verb writes a :class:`Record`, a plain (named) tuple: cheap to
make by the thousand. The public :class:`~newsclean.model.Removal` models are
made from them only when someone reads ``article.removed``.

:func:`replay` goes the other way: from the decoded input and the records, the
text that is left, as ftfy's ``apply_plan`` replays its plan.
"""
from __future__ import annotations

from typing import Any, NamedTuple, Optional, Sequence


class Record(NamedTuple):
    """One removed (or replaced) piece of the decoded input: ``source[start:end]``."""

    #: offset of the piece's first character in the decoded input
    start: int
    #: offset just past the piece's last character
    end: int
    #: the name of the filter that removed it
    filter: str
    #: why the filter removed it (kebab-case)
    reason: str
    #: what the text holds instead of the piece (``None``: nothing)
    replacement: Optional[str] = None
    #: later filters that cut part of the replacement: ``(filter, reason)`` in order
    then: tuple[tuple[str, str], ...] = ()

    @property
    def full_reason(self) -> str:
        """The reason as :class:`~newsclean.model.Removal` gives it: ``first; then filter:reason …``."""
        if not self.then:
            return self.reason
        return self.reason + "".join(f"; then {f}:{r}" for f, r in self.then)


def replay(source: str, removed: Sequence[Any]) -> str:
    """The text that ``removed`` leaves of ``source``: each record's piece replaced by its replacement.

    ``removed`` is ``article.removed`` (or any records with ``start``, ``end``
    and ``replacement``, in any order) and ``source`` the decoded input
    (``newsclean.decode(raw).text`` for bytes). Records must not overlap
    (ValueError).

    What comes back keeps the input's lines: line *k* of the replay is line *k*
    of the input less what was removed from it. Its non-blank lines, each
    compared without white space (white space is layout, and a cut of white
    space alone is not recorded), hold the kept lines of the article in the
    order of the input: the title, the subtitle, the paragraphs and the caption
    lines (text and credit), several on one line where the pipeline put lost
    line breaks back; ``article.text`` is the title, the subtitle and the
    paragraphs among them, title and subtitle first.

    >>> import newsclean
    >>> source = "标题\\n正文&amp;第一段。\\n来源：新华网"
    >>> article = newsclean.clean(source)
    >>> newsclean.replay(source, article.removed)
    '标题\\n正文&第一段。\\n'
    >>> article.text
    '标题\\n正文&第一段。'
    """
    out: list[str] = []
    pos = 0
    for r in sorted(removed, key=lambda r: (r.start, r.end)):
        if r.start < pos or r.end < r.start or r.end > len(source):
            raise ValueError(f"record {r.start}-{r.end} overlaps another or lies outside the source")
        out.append(source[pos:r.start])
        if r.replacement:
            out.append(r.replacement)
        pos = r.end
    out.append(source[pos:])
    return "".join(out)


__all__ = ["Record", "replay"]
