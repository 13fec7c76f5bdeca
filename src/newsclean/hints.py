"""What the caller already knows about a document: its title, date, address and source.

A scraper usually knows the page's title, often its address and date. Given
to :func:`~newsclean.clean` (or :meth:`Pipeline.run`), a hint that matches the
text decides between the text's own candidates: a title hint makes the line
that reads the same the title (and a later copy of it a ``duplicate-title``),
a date hint picks the text's date of that day (with its time, when the text
gives one). A hint that matches nothing is stored as given and never forced
onto a line: the text stays as the filters left it.

>>> Hints(title=" 标题 ", published="2019-09-07 13:43:45").published.isoformat()
'2019-09-07T13:43:45+08:00'
>>> Hints(published="next week")
Traceback (most recent call last):
newsclean.hints.HintError: published hint 'next week' is no date: give a date, a datetime or an ISO 8601 string
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Optional, Sequence, Union

import regex
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from .dates import parse_date
from .errors import NewsCleanError
from .model import Article, aware

_SPACE = regex.compile(r"\s+")

#: the key of :attr:`Document.marks` that holds the hints of the document being cleaned
HINTS_MARK = "hints"
#: the mark the structure filter sets when a line matched the title hint (the line may
#: lose a badge afterwards, so the title's text is no test of it)
TITLE_HINT_MATCHED = "title-hint-matched"
#: what a published hint may be given as
DateHint = Union[dt.date, dt.datetime, str, None]


class HintError(NewsCleanError, ValueError):
    """A hint of the wrong type or form (a date that is no date, a title that is no text)."""


class Hints(BaseModel):
    """The hints of one document, typed and checked."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: Optional[str] = None
    published: Optional[Union[dt.datetime, dt.date]] = None
    url: Optional[str] = None
    source: Optional[str] = None

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as e:
            err = e.errors()[0]
            cause = (err.get("ctx") or {}).get("error")
            if isinstance(cause, HintError):
                raise cause from None
            raise HintError(f"{err['loc'][0]} hint {err.get('input')!r}: {err['msg']}") from None

    @field_validator("title", "url", "source", mode="before")
    @classmethod
    def _text(cls, value: Any) -> Optional[str]:
        if value is None:
            return None
        if not isinstance(value, str):
            raise HintError(f"a text hint must be a str, not {type(value).__name__}")
        return _SPACE.sub(" ", value).strip() or None

    @field_validator("published", mode="before")
    @classmethod
    def _date(cls, value: Any) -> Union[dt.date, dt.datetime, None]:
        if value is None or isinstance(value, dt.date):
            return aware(value)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is not None:
                return aware(parsed)
        raise HintError(f"published hint {value!r} is no date: give a date, a datetime or an ISO 8601 string")

    def __bool__(self) -> bool:
        return any(v is not None for v in (self.title, self.published, self.url, self.source))


def _parse(text: str) -> Union[dt.date, dt.datetime, None]:
    """An ISO 8601 date or time, or a date as Chinese pages write it."""
    try:
        value = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return parse_date(text)
    if len(text.strip()) <= 10:  # 2019-05-17: only the day is known
        return value.date()
    return value


def make_hints(title: Any = None, published: Any = None, url: Any = None, source: Any = None) -> Optional[Hints]:
    """:class:`Hints` of the given values, or ``None`` when none is given."""
    if title is None and published is None and url is None and source is None:
        return None
    return Hints(title=title, published=published, url=url, source=source)


def title_key(text: str) -> str:
    """What a title hint and a line are compared by: the text without white space."""
    return _SPACE.sub("", text)


def apply_hints(article: Article, hints: Hints, *, title_matched: bool,
                dates: Sequence[Union[dt.date, dt.datetime]] = ()) -> Article:
    """The article with the hints applied: ``dates`` are the text's candidate dates, in order."""
    meta = article.metadata
    update: dict[str, Any] = {}
    if hints.published is not None:
        update["published"] = _published(dates, hints.published)
    if hints.source is not None and (not meta.sources or meta.sources[0] != hints.source):
        update["sources"] = [hints.source] + [s for s in meta.sources if s != hints.source]
    if hints.url is not None:
        update["url"] = hints.url
    changes: dict[str, Any] = {}
    if update:
        changes["metadata"] = meta.model_copy(update=update)
    if hints.title is not None and not title_matched:
        changes["title"] = hints.title
    return article.model_copy(update=changes) if changes else article


def _published(dates: Sequence[Union[dt.date, dt.datetime]], hint: Union[dt.date, dt.datetime]):
    """The hint, or the text's time on the day the hint names (the text knows the time)."""
    if not isinstance(hint, dt.datetime):
        for value in dates:
            if isinstance(value, dt.datetime) and value.date() == hint:
                return aware(value)
    return hint


__all__ = ["DateHint", "HINTS_MARK", "TITLE_HINT_MATCHED", "HintError", "Hints", "apply_hints", "make_hints", "title_key"]
