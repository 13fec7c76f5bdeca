"""The filter interface: small, named, configurable, picklable steps.

A filter is a dataclass whose fields are its options. Its :meth:`Filter.apply`
changes a :class:`~newsclean.document.Document` through the document's verbs
only, so every removal is recorded with the filter's ``name`` and a reason.

Write your own by subclassing::

    from dataclasses import dataclass
    from newsclean import Filter

    @dataclass
    class DropShouting(Filter, name="drop-shouting"):
        min_marks: int = 3

        def apply(self, doc):
            for line in doc.body_text_lines():
                if line.text.count("！") >= self.min_marks:
                    doc.drop(line, filter=self.name, reason="shouting")
"""
from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any, ClassVar

from pydantic import TypeAdapter, ValidationError

from ..document import Document
from ..errors import ConfigError

#: every filter class by its name, for building pipelines from configuration
REGISTRY: dict[str, type["Filter"]] = {}


class Filter:
    """Base class of every filter.

    Subclass it as a ``@dataclass`` with ``name="kebab-case"`` as a class
    keyword (which registers the class in :data:`REGISTRY`); the dataclass
    fields are the filter's options, and :meth:`apply` changes the document
    through its verbs only.
    """

    #: the filter's name in removal records and configuration files
    name: ClassVar[str] = "filter"

    def __init_subclass__(cls, name: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if name is not None:
            cls.name = name
            REGISTRY[name] = cls

    def apply(self, doc: Document) -> None:  # pragma: no cover - interface
        """Change ``doc`` in place through its verbs."""
        raise NotImplementedError

    def __call__(self, doc: Document) -> Document:
        """Apply the filter to ``doc`` and return it, to try a filter alone."""
        self.apply(doc)
        return doc

    # -------------------------------------------------------- configuration
    @classmethod
    def from_options(cls, options: dict[str, Any] | None = None) -> "Filter":
        """Build the filter from plain data (a configuration file's table), validating types."""
        options = dict(options or {})
        if is_dataclass(cls):
            known = {f.name for f in fields(cls) if f.init}
            unknown = sorted(set(options) - known)
            if unknown:
                raise ConfigError(
                    f"filter {cls.name!r} has no option {', '.join(map(repr, unknown))}; "
                    f"its options are: {', '.join(sorted(known)) or 'none'}"
                )
            try:
                return TypeAdapter(cls).validate_python(options)
            except ValidationError as e:
                raise ConfigError(f"filter {cls.name!r}: {e}") from None
        if options:
            raise ConfigError(f"filter {cls.name!r} takes no options")
        return cls()

    def options(self) -> dict[str, Any]:
        """The filter's options as plain data (the inverse of :meth:`from_options`)."""
        if not is_dataclass(self):
            return {}
        return {f.name: getattr(self, f.name) for f in fields(self) if f.init}


def filter_class(name: str) -> type[Filter]:
    """The filter class registered under ``name``, or a ``module:Class`` import path."""
    if name in REGISTRY:
        return REGISTRY[name]
    if ":" in name:
        import importlib

        module, _, attr = name.partition(":")
        try:
            cls = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as e:
            raise ConfigError(f"cannot import filter {name!r}: {e}") from None
        if not (isinstance(cls, type) and issubclass(cls, Filter)):
            raise ConfigError(f"{name!r} is not a newsclean Filter subclass")
        return cls
    raise ConfigError(f"unknown filter {name!r}; known filters: {', '.join(sorted(REGISTRY))}")
