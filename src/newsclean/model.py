"""The public, typed result of cleaning: :class:`Article` and its parts.

Every model is a frozen pydantic v2 model, so ``article.model_dump(mode="json")``
gives plain JSON (dates as ISO 8601 strings) and the result cannot be changed
by accident after the pipeline built it.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal, Optional, Sequence, Union

from pydantic import (AwareDatetime, BaseModel, ConfigDict, Field, PrivateAttr, SerializationInfo,
                      SerializerFunctionWrapHandler, computed_field, field_validator, model_serializer)
from pydantic_core import PydanticSerializationError

from .records import Record

Role = Literal[
    "author",
    "reporter",
    "correspondent",
    "photographer",
    "editor",
    "reviewer",
    "final_reviewer",
    "proofreader",
    "producer",
    "translator",
    "other",
]
"""What a credited person did, normalised from the label as written."""

ROLES: tuple[str, ...] = Role.__args__  # type: ignore[attr-defined]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def model_dump_json(self, **kwargs: Any) -> str:
        """JSON text of the model; lone surrogates come out as ``\\udXXX`` escapes.

        A ``str`` given to :func:`~newsclean.clean` may hold lone surrogates
        (U+D800–U+DFFF). The invisible-characters filter removes them, and each
        removal record keeps the exact character, so ``Removal.text`` can hold
        one. pydantic writes UTF-8 and cannot encode them; JSON can, as escapes,
        so such a model is written by :func:`json.dumps` with ``ensure_ascii``,
        and ``json.loads`` gives the exact text back.

        >>> Removal(text="\\ud800", start=0, end=1, filter="f", reason="r").model_dump_json()
        '{"text":"\\\\ud800","start":0,"end":1,"filter":"f","reason":"r","replacement":null}'
        """
        try:
            return super().model_dump_json(**kwargs)
        except PydanticSerializationError as e:
            if "surrogates not allowed" not in str(e):
                raise
        indent = kwargs.pop("indent", None)
        kwargs.pop("ensure_ascii", None)
        data = self.model_dump(mode="json", **kwargs)
        return json.dumps(data, ensure_ascii=True, indent=indent, separators=None if indent else (",", ":"))


class Removal(_Frozen):
    """One piece of the decoded input that is not kept in the article's text.

    ``text == decoded[start:end]`` always holds, and no two records overlap.
    ``replacement`` is set when the piece was not dropped but replaced, for
    example an HTML entity by the character it stands for.
    """

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    filter: str
    reason: str
    replacement: Optional[str] = None


# The slots pydantic gives every model, set directly: the pipeline makes thousands
# of Removal records a megabyte, and this is the cost that dominates making them.
# (None in a pydantic without them: _check_removals then fails and the checked path is used)
_new = object.__new__
_set_dict = getattr(BaseModel.__dict__.get("__dict__"), "__set__", None)
_set_fields_set = getattr(BaseModel.__dict__.get("__pydantic_fields_set__"), "__set__", None)
_set_extra = getattr(BaseModel.__dict__.get("__pydantic_extra__"), "__set__", None)
_set_private = getattr(BaseModel.__dict__.get("__pydantic_private__"), "__set__", None)
_REMOVAL_FIELDS = ("text", "start", "end", "filter", "reason", "replacement")


def _removals(source: str, records: Sequence[Record]) -> list[Removal]:
    """:class:`Removal` models for the records of ``source`` (the fields of a :class:`~newsclean.records.Record`).

    The same objects as ``Removal.model_construct(text=source[start:end], …)``
    (equal, frozen, they dump and pickle the same; :func:`_check_removals`
    holds pydantic to that at import), several times faster. No validation,
    so only for records the library made itself.
    """
    out = []
    append = out.append
    for s, e, f, r, rep, then in records:
        if then:
            r = r + "".join(f"; then {tf}:{tr}" for tf, tr in then)
        obj = _new(Removal)
        _set_dict(obj, {"text": source[s:e], "start": s, "end": e, "filter": f, "reason": r, "replacement": rep})
        _set_fields_set(obj, {"text", "start", "end", "filter", "reason", "replacement"})
        _set_extra(obj, None)
        _set_private(obj, None)
        append(obj)
    return out


def _check_removals() -> bool:
    """True when :func:`_removals` builds what ``model_construct`` builds, in this pydantic."""
    try:
        fast = _removals("ab", [Record(0, 1, "f", "r")])[0]
        slow = Removal.model_construct(text="a", start=0, end=1, filter="f", reason="r", replacement=None)
        return (tuple(Removal.model_fields) == _REMOVAL_FIELDS and not Removal.__pydantic_post_init__
                and all(getattr(fast, k) == getattr(slow, k) for k in
                        ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")))
    except Exception:  # noqa: BLE001 - another pydantic: use the checked path
        return False


def _with_rows(cls: type[BaseModel], out: dict[str, Any], pending: tuple[str, Sequence[Record]]) -> dict[str, Any]:
    """``out`` (a dump of every field but ``removed``) with ``removed`` in its place: the dicts
    that the :class:`Removal` models of the pending ``(source, records)`` dump to."""
    source, records = pending
    rows = [{"text": source[s:e], "start": s, "end": e, "filter": f,
             "reason": r + "".join(f"; then {tf}:{tr}" for tf, tr in then) if then else r,
             "replacement": rep}
            for s, e, f, r, rep, then in records]
    fields = list(cls.model_fields)
    later = set(fields[fields.index("removed") + 1:])
    ordered: dict[str, Any] = {}
    for k, v in out.items():
        if k in later and "removed" not in ordered:
            ordered["removed"] = rows
        ordered[k] = v
    ordered.setdefault("removed", rows)
    return ordered


class Caption(_Frozen):
    """A photo or video caption: ``图为……。李思银 摄`` gives text ``图为……。``, credit ``李思银``."""

    text: str
    credit: Optional[str] = None


class Credit(_Frozen):
    """One credited person: ``责编：周晓雪`` gives role ``editor``, label ``责编``, name ``周晓雪``."""

    role: Role
    label: str
    name: str


class Publication(_Frozen):
    """A print-edition line such as ``《人民日报》（2024年11月25日 第11版）``."""

    name: Optional[str] = None
    date: Optional[dt.date] = None
    page: Optional[str] = None


#: the time zone of a time a Chinese news page gives without one (China Standard Time)
CHINA_TZ = dt.timezone(dt.timedelta(hours=8))


def aware(value: Union[dt.date, dt.datetime, None]) -> Union[dt.date, dt.datetime, None]:
    """``value`` with a time zone when it has a time: +08:00 for a naive time.

    >>> aware(dt.datetime(2019, 9, 7, 13, 43, 45)).isoformat(), aware(dt.date(2019, 5, 17)).isoformat()
    ('2019-09-07T13:43:45+08:00', '2019-05-17')
    """
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        return value.replace(tzinfo=CHINA_TZ)
    return value


class Metadata(_Frozen):
    """Facts about the article found in its text, each in order of appearance.

    ``published`` is a date when only the day is known, an aware datetime when
    the time is (+08:00, China's time, unless the page gives another offset),
    so its JSON is ``2019-05-17`` or ``2019-09-07T13:43:45+08:00``.
    """

    sources: list[str] = Field(default_factory=list)
    credits: list[Credit] = Field(default_factory=list)
    # (AwareDatetime first: a date string does not validate as one, a time string as a date)
    published: Optional[Union[AwareDatetime, dt.date]] = None
    publication: Optional[Publication] = None
    original_title: Optional[str] = None
    original_url: Optional[str] = None
    notices: list[str] = Field(default_factory=list)
    #: the page's address, when the caller gave it (the ``url`` hint)
    url: Optional[str] = None

    @field_validator("published", mode="before")
    @classmethod
    def _aware(cls, value: Any) -> Any:
        if isinstance(value, str) and len(value) > 10:  # a time written without a zone (older dumps)
            try:
                value = dt.datetime.fromisoformat(value)
            except ValueError:
                return value
        return aware(value) if isinstance(value, dt.datetime) else value


def _plain_dump(info: SerializationInfo) -> bool:
    """True for a dump of every field with its value (no include, exclude or skipping)."""
    return (info.include is None and info.exclude is None and not info.exclude_none
            and not info.exclude_defaults and not info.exclude_unset)


def _excludes_removed(info: SerializationInfo) -> bool:
    """True when the dump leaves ``removed`` out altogether (``exclude={"removed"}``)."""
    exclude = info.exclude
    if isinstance(exclude, dict):
        return exclude.get("removed") is True
    return bool(exclude) and "removed" in exclude


class _LazyRemovals(_Frozen):
    """A model whose ``removed`` list is made from :class:`~newsclean.records.Record` tuples when first needed.

    The pipeline builds an Article with :meth:`_from_records`: ``removed`` is
    then not in the model's ``__dict__`` but pending as ``(source, records)``.
    Reading ``article.removed``, comparing, copying, pickling or printing the
    model makes the :class:`Removal` models first, so the result is the same as
    if they had been made at once; a caller that only wants the text never pays
    for them (thousands a megabyte). A dump of the whole model writes the
    records as the dicts their models dump to, without making the models.
    """

    _pending: Any = PrivateAttr(default=None)

    @classmethod
    def _from_records(cls, source: str, records: Sequence[Record], **fields: Any) -> Any:
        """The model with ``fields``, its ``removed`` made from ``records`` of ``source`` when needed."""
        names = [k for k in cls.model_fields if k != "removed"]
        if _FAST_CONSTRUCT and len(fields) == len(names) and all(k in fields for k in names):
            # what model_construct makes, without its walk over the fields (a few µs a document)
            obj = _new(cls)
            _set_dict(obj, {k: fields[k] for k in names})
            _set_fields_set(obj, {*fields, "removed"})
            _set_extra(obj, None)
        else:
            obj = cls.model_construct(**fields)
            obj.__dict__.pop("removed", None)
            obj.__pydantic_fields_set__.add("removed")
        object.__setattr__(obj, "__pydantic_private__", {"_pending": (source, records)})
        return obj

    def _settle(self) -> None:
        """Make the pending :class:`Removal` models, once."""
        private = self.__pydantic_private__
        pending = private.get("_pending") if private else None
        if pending is not None:
            removed = _removals(*pending)
            d = self.__dict__  # rebuilt in field order, so that dumps and repr keep it
            fields = {k: removed if k == "removed" else d[k] for k in type(self).model_fields if k in d or k == "removed"}
            d.clear()
            d.update(fields)
            private["_pending"] = None

    def __getattr__(self, name: str) -> Any:
        if name == "removed" and "removed" not in self.__dict__:
            self._settle()
            if "removed" in self.__dict__:
                return self.__dict__["removed"]
        return super().__getattr__(name)

    @model_serializer(mode="wrap")
    def _serialize(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo) -> Any:
        private = self.__pydantic_private__
        pending = private.get("_pending") if private else None
        if pending is not None and _excludes_removed(info):
            return handler(self)  # (the records are left out: the pending field is not in __dict__)
        if pending is None or not _plain_dump(info):
            self._settle()
            return handler(self)
        # a whole dump: the records go out as the dicts their models would dump to, no model made
        return _with_rows(type(self), handler(self), pending)  # (handler: every field but the pending one)

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:
        """The model as a dict (see pydantic's ``model_dump``).

        A whole dump (``mode`` the only option) of a model whose records are pending dumps the
        other fields and adds the records' dicts after: pydantic would walk each of those dicts
        again (a second of a million records) to copy what is already plain data.
        """
        private = self.__pydantic_private__
        pending = private.get("_pending") if private else None
        if pending is None or kwargs.keys() - {"mode"} or kwargs.get("mode", "python") not in ("python", "json"):
            return super().model_dump(**kwargs)
        return _with_rows(type(self), super().model_dump(exclude={"removed"}, **kwargs), pending)

    def __eq__(self, other: object) -> bool:
        self._settle()
        if isinstance(other, _LazyRemovals):
            other._settle()
        return super().__eq__(other)

    __hash__ = _Frozen.__hash__

    def __getstate__(self) -> dict[Any, Any]:
        self._settle()
        return super().__getstate__()

    def __copy__(self) -> Any:
        self._settle()
        return super().__copy__()

    def __deepcopy__(self, memo: Optional[dict[int, Any]] = None) -> Any:
        self._settle()
        return super().__deepcopy__(memo)

    def __iter__(self) -> Any:
        self._settle()
        return super().__iter__()

    def __repr_args__(self) -> Any:
        self._settle()
        return super().__repr_args__()


class Article(_LazyRemovals):
    """A cleaned news article.

    ``title``, ``subtitle``, ``paragraphs`` and the captions hold the article's
    own text; everything else of the input is in ``metadata`` (as typed facts)
    and in ``removed`` (as the exact pieces dropped, with the filter and
    reason that dropped them).
    """

    title: Optional[str] = None
    subtitle: Optional[str] = None
    paragraphs: list[str] = Field(default_factory=list)
    captions: list[Caption] = Field(default_factory=list)
    metadata: Metadata = Field(default_factory=Metadata)
    removed: list[Removal] = Field(default_factory=list)
    encoding: Optional[str] = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def text(self) -> str:
        """The cleaned text: title, subtitle and paragraphs, one per line (in the JSON too)."""
        parts = [p for p in (self.title, self.subtitle) if p]
        return "\n".join(parts + self.paragraphs)

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> "Article":
        """An Article from its dump; the ``text`` a dump holds is computed, so it is left out."""
        if isinstance(obj, dict) and "text" in obj:
            obj = {k: v for k, v in obj.items() if k != "text"}
        return super().model_validate(obj, **kwargs)

    @classmethod
    def model_validate_json(cls, json_data: Union[str, bytes, bytearray], **kwargs: Any) -> "Article":
        """An Article from its JSON (see :meth:`model_validate`)."""
        return cls.model_validate(json.loads(json_data), **kwargs)


_FAST_CONSTRUCT = _check_removals()  # (the same slots as Removal's: both made without model_construct)

if not _check_removals():  # pragma: no cover - a pydantic whose models hold more than these slots
    def _removals(source: str, records: Sequence[Record]) -> list[Removal]:  # noqa: F811
        return [Removal.model_construct(text=source[r.start:r.end], start=r.start, end=r.end, filter=r.filter,
                                        reason=r.full_reason, replacement=r.replacement)
                for r in map(Record._make, records)]
