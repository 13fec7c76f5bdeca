"""An Article as a flat table row: the columns the Ray and Hugging Face adapters add.

Both adapters (:mod:`newsclean.ray`, :mod:`newsclean.hf`) build their
columns here, so a dataset cleaned on Ray and one cleaned with
``datasets.map`` have the same columns with the same values.

==============  ============  ================================================
column          type          value
==============  ============  ================================================
``title``       string/null   ``article.title``
``subtitle``    string/null   ``article.subtitle``
``paragraphs``  list<string>  ``article.paragraphs``
``clean_text``  string        ``article.text`` (title, subtitle, paragraphs)
``captions``    string        ``article.captions`` as a JSON list
``metadata``    string        ``article.metadata`` as a JSON object
``removed``     string        ``article.removed`` as a JSON list
``encoding``    string/null   the encoding of ``bytes`` input
``error``       string/null   only with ``on_error="record"``
==============  ============  ================================================

The nested parts are JSON strings, so the schema is the same in every batch
whatever the documents hold; :func:`article_from_row` turns a row back.

>>> from newsclean import clean
>>> row = article_columns(clean("来源：新华网\\n正文。"))
>>> list(row) == list(COLUMNS)
True
>>> row["clean_text"], article_from_row(row).metadata.sources
('正文。', ['新华网'])
"""
from __future__ import annotations

import json
from typing import Any, Iterable, Optional

from .errors import NewsCleanError
from .model import Article
from .pipeline import Pipeline

#: the columns added to each row, in order, with their type (``string`` may be null)
COLUMNS: dict[str, str] = {
    "title": "string",
    "subtitle": "string",
    "paragraphs": "list<string>",
    "clean_text": "string",
    "captions": "string",
    "metadata": "string",
    "removed": "string",
    "encoding": "string",
}
#: the column of the error message of a row that could not be cleaned (``on_error="record"``)
ERROR_COLUMN = "error"
ON_ERROR = ("raise", "record")


def article_columns(article: Article) -> dict[str, Any]:
    """One Article as the values of :data:`COLUMNS`."""
    data = article.model_dump(mode="json")
    return {
        "title": data["title"],
        "subtitle": data["subtitle"],
        "paragraphs": data["paragraphs"],
        "clean_text": article.text,
        "captions": json.dumps(data["captions"], ensure_ascii=False),
        "metadata": json.dumps(data["metadata"], ensure_ascii=False),
        "removed": json.dumps(data["removed"], ensure_ascii=False),
        "encoding": data["encoding"],
    }


def article_from_row(row: dict[str, Any]) -> Article:
    """Rebuild the :class:`~newsclean.model.Article` from a row of a cleaned dataset."""
    return Article.model_validate({
        "title": row["title"],
        "subtitle": row["subtitle"],
        "paragraphs": list(row["paragraphs"] if row["paragraphs"] is not None else []),
        "captions": json.loads(row["captions"]),
        "metadata": json.loads(row["metadata"]),
        "removed": json.loads(row["removed"]),
        "encoding": row["encoding"],
    })


def check_arguments(pipeline: Optional[Pipeline], on_error: str) -> None:
    """The checks both adapters make before any row is cleaned."""
    if on_error not in ON_ERROR:
        raise NewsCleanError(f"on_error must be 'raise' or 'record', not {on_error!r}")
    if pipeline is not None and not isinstance(pipeline, Pipeline):
        raise NewsCleanError(f"pipeline must be a newsclean Pipeline, not {type(pipeline).__name__}")


def clean_values(values: Iterable[Any], pipeline: Pipeline, *, column: str, on_error: str) -> dict[str, list[Any]]:
    """Clean each value of a column; the new columns as lists (plus ``error`` with ``on_error="record"``).

    A value that is not ``str`` or ``bytes``, or that the pipeline refuses,
    raises :class:`~newsclean.errors.NewsCleanError` (``on_error="raise"``)
    or gets null columns and its message in ``error``.
    """
    out: dict[str, list[Any]] = {name: [] for name in COLUMNS}
    errors: list[Optional[str]] = []
    for data in values:
        try:
            if not isinstance(data, (str, bytes)):
                raise NewsCleanError(f"column {column!r} holds {type(data).__name__}, not text")
            row = article_columns(pipeline.run(data))
            errors.append(None)
        except NewsCleanError as e:
            if on_error == "raise":
                raise
            row = dict.fromkeys(COLUMNS)
            errors.append(f"{type(e).__name__}: {e}")
        for name in COLUMNS:
            out[name].append(row[name])
    if on_error == "record":
        out[ERROR_COLUMN] = errors
    return out


__all__ = ["COLUMNS", "ERROR_COLUMN", "article_columns", "article_from_row", "clean_values", "check_arguments"]
