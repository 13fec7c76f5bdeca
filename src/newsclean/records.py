"""Removal records as the document keeps them.

A filter's verb writes a :class:`Record`, a plain (named) tuple: cheap to
make by the thousand; the public :class:`~newsclean.model.Removal` models are
made from them when the Article is built.
"""
from __future__ import annotations

from typing import NamedTuple, Optional


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


__all__ = ["Record"]
