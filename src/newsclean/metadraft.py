"""The metadata a document has found so far, before the Article freezes it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional, Union

from .model import Credit, Metadata, Publication


@dataclass
class MetadataDraft:
    """The metadata found so far; :meth:`Document.build` freezes it."""

    sources: list[str] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    # (priority, line index, value): the highest priority wins, then the earliest line
    published_candidates: list[tuple[int, int, Union[dt.date, dt.datetime]]] = field(default_factory=list)
    publication: Optional[Publication] = None
    original_title: Optional[str] = None
    original_url: Optional[str] = None
    notices: list[str] = field(default_factory=list)

    def add_source(self, name: str) -> None:
        """Add a source (``来源：新华网`` gives ``新华网``); blanks and repeats are ignored."""
        name = name.strip()
        if name and name not in self.sources:
            self.sources.append(name)

    def add_credit(self, role: str, label: str, name: str) -> None:
        """Add a credited person; ``role`` is one of :data:`newsclean.model.ROLES`, ``label`` as written.

        Blank names and a repeated ``(role, name)`` are ignored.
        """
        name = name.strip()
        if not name:
            return
        if any(c.role == role and c.name == name for c in self.credits):
            return
        self.credits.append(Credit(role=role, label=label, name=name))  # type: ignore[arg-type]

    def add_published(self, value: Union[dt.date, dt.datetime], *, priority: int, line: int) -> None:
        """Propose a publication date or time found on line index ``line``.

        :attr:`published` picks the candidate with the highest ``priority``,
        then the one on the earliest line, then a datetime over a date.
        """
        self.published_candidates.append((priority, line, value))

    @property
    def published(self) -> Union[dt.date, dt.datetime, None]:
        """The winning publication date or time among the candidates, or ``None``."""
        if not self.published_candidates:
            return None
        best = max(self.published_candidates, key=lambda c: (c[0], -c[1], isinstance(c[2], dt.datetime)))
        return best[2]

    def freeze(self) -> Metadata:
        """The immutable :class:`~newsclean.model.Metadata` for the Article."""
        return Metadata(
            sources=self.sources,
            credits=self.credits,
            published=self.published,
            publication=self.publication,
            original_title=self.original_title,
            original_url=self.original_url,
            notices=self.notices,
        )


__all__ = ["MetadataDraft"]
