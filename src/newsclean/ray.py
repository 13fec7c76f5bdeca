"""Clean a column of a Ray Dataset on the cluster's workers (the ``ray`` extra).

>>> import ray                                       # doctest: +SKIP
>>> from newsclean.ray import clean_dataset          # doctest: +SKIP
>>> ds = ray.data.from_items([{"id": 1, "text": "来源：新华网\\n正文。"}])  # doctest: +SKIP
>>> clean_dataset(ds).take(1)[0]["paragraphs"]       # doctest: +SKIP
['正文。']

Install with ``pip install 'newsclean[ray]'``; importing this module without
Ray raises :class:`RayNotInstalled` (an ``ImportError`` and a
:class:`~newsclean.errors.NewsCleanError`) that says so.
"""
from __future__ import annotations

import json
from typing import Any, Optional, Union

from .errors import NewsCleanError
from .model import Article
from .pipeline import Pipeline, default_pipeline


class RayNotInstalled(ImportError, NewsCleanError):
    """Ray Data is missing: ``pip install 'newsclean[ray]'``."""


try:
    import pyarrow as pa
    import ray.data  # noqa: F401  (the Dataset API)
except ImportError as e:  # pragma: no cover - depends on the environment
    raise RayNotInstalled(
        f"newsclean.ray needs Ray Data, which is not installed ({e}); "
        "install it with: pip install 'newsclean[ray]'"
    ) from e

#: the columns :func:`clean_dataset` adds, in order, with their Arrow types
COLUMNS: dict[str, "pa.DataType"] = {
    "title": pa.string(),
    "subtitle": pa.string(),
    "paragraphs": pa.list_(pa.string()),
    "clean_text": pa.string(),
    "captions": pa.string(),
    "metadata": pa.string(),
    "removed": pa.string(),
    "encoding": pa.string(),
}


class _CleanBatch:
    """The per-worker callable: the pipeline is built (unpickled) once, in ``__init__``."""

    def __init__(self, pipeline: Optional[Pipeline], column: str, on_error: str) -> None:
        if pipeline is None:
            pipeline = default_pipeline()
        self.pipeline = pipeline
        self.column = column
        self.on_error = on_error

    def __call__(self, batch: "pa.Table") -> "pa.Table":
        if self.column not in batch.column_names:
            raise NewsCleanError(f"the dataset has no column {self.column!r}; it has {batch.column_names}")
        values: dict[str, list[Any]] = {name: [] for name in COLUMNS}
        errors: list[Optional[str]] = []
        for data in batch.column(self.column).to_pylist():
            try:
                if not isinstance(data, (str, bytes)):
                    raise NewsCleanError(f"column {self.column!r} holds {type(data).__name__}, not text")
                row = article_columns(self.pipeline.run(data))
                errors.append(None)
            except NewsCleanError as e:
                if self.on_error == "raise":
                    raise
                row = dict.fromkeys(COLUMNS)
                errors.append(f"{type(e).__name__}: {e}")
            for name in COLUMNS:
                values[name].append(row[name])
        out = batch
        for name, typ in COLUMNS.items():
            out = _set_column(out, name, pa.array(values[name], type=typ))
        if self.on_error == "record":
            out = _set_column(out, "error", pa.array(errors, type=pa.string()))
        return out


def _set_column(table: "pa.Table", name: str, array: "pa.Array") -> "pa.Table":
    if name in table.column_names:
        return table.set_column(table.column_names.index(name), name, array)
    return table.append_column(name, array)


def article_columns(article: Article) -> dict[str, Any]:
    """One Article as the values of the columns :func:`clean_dataset` adds."""
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


def clean_dataset(
    ds: "ray.data.Dataset",
    *,
    column: str = "text",
    pipeline: Optional[Pipeline] = None,
    on_error: str = "raise",
    batch_size: Union[int, str, None] = 64,
    concurrency: Union[int, tuple[int, int], None] = None,
    **map_batches_args: Any,
) -> "ray.data.Dataset":
    """Clean the text in ``column`` of every row; returns a new (lazy) Dataset.

    Each row keeps its columns and gains these (an input column of the same
    name is replaced):

    ============== ================ ================================================
    column         Arrow type       value
    ============== ================ ================================================
    ``title``      string or null   ``article.title``
    ``subtitle``   string or null   ``article.subtitle``
    ``paragraphs`` list<string>     ``article.paragraphs``
    ``clean_text`` string           ``article.text`` (title, subtitle, paragraphs)
    ``captions``   string (JSON)    ``article.captions`` as a JSON list
    ``metadata``   string (JSON)    ``article.metadata`` as a JSON object
    ``removed``    string (JSON)    ``article.removed`` as a JSON list
    ``encoding``   string or null   the encoding of ``bytes`` input
    ``error``      string or null   only with ``on_error="record"``
    ============== ================ ================================================

    The nested parts are JSON strings (``model_dump(mode="json")``), so the
    schema is the same in every block whatever the documents hold;
    :func:`article_from_row` turns a row back into the Article.

    ``column`` may hold ``str`` or ``bytes`` (any encoding). ``pipeline`` is
    pickled to the workers and each worker builds it once (the default
    pipeline when ``None``). With ``on_error="raise"`` (the default) a
    document that cannot be cleaned (binary data, too large) fails the job;
    with ``on_error="record"`` its row gets null article columns and the
    message in ``error``. ``batch_size``, ``concurrency`` and any other
    keyword go to :meth:`ray.data.Dataset.map_batches`.
    """
    if on_error not in ("raise", "record"):
        raise NewsCleanError(f"on_error must be 'raise' or 'record', not {on_error!r}")
    if pipeline is not None and not isinstance(pipeline, Pipeline):
        raise NewsCleanError(f"pipeline must be a newsclean Pipeline, not {type(pipeline).__name__}")
    if concurrency is not None:
        map_batches_args["concurrency"] = concurrency
    return ds.map_batches(
        _CleanBatch,
        fn_constructor_kwargs={"pipeline": pipeline, "column": column, "on_error": on_error},
        batch_format="pyarrow",
        batch_size=batch_size,
        **map_batches_args,
    )


__all__ = ["clean_dataset", "article_columns", "article_from_row", "COLUMNS", "RayNotInstalled"]
