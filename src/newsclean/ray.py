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

from typing import Any, Optional, Union

from . import rows
from .errors import NewsCleanError
from .pipeline import Pipeline
from .rows import article_columns, article_from_row


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

#: the columns :func:`clean_dataset` adds, in order, with their Arrow types (:data:`newsclean.rows.COLUMNS`)
COLUMNS: dict[str, "pa.DataType"] = {
    name: pa.list_(pa.string()) if kind == "list<string>" else pa.string() for name, kind in rows.COLUMNS.items()
}


class _CleanBatch:
    """The per-worker callable: the pipeline is built (unpickled) once, in ``__init__``."""

    def __init__(self, pipeline: Optional[Pipeline], column: str, on_error: str) -> None:
        if pipeline is None:
            from .defaults import default_pipeline

            pipeline = default_pipeline()
        self.pipeline = pipeline
        self.column = column
        self.on_error = on_error

    def __call__(self, batch: "pa.Table") -> "pa.Table":
        if self.column not in batch.column_names:
            raise NewsCleanError(f"the dataset has no column {self.column!r}; it has {batch.column_names}")
        values = rows.clean_values(batch.column(self.column).to_pylist(), self.pipeline,
                                   column=self.column, on_error=self.on_error)
        out = batch
        for name, typ in COLUMNS.items():
            out = _set_column(out, name, pa.array(values[name], type=typ))
        if self.on_error == "record":
            out = _set_column(out, rows.ERROR_COLUMN, pa.array(values[rows.ERROR_COLUMN], type=pa.string()))
        return out


def _set_column(table: "pa.Table", name: str, array: "pa.Array") -> "pa.Table":
    if name in table.column_names:
        return table.set_column(table.column_names.index(name), name, array)
    return table.append_column(name, array)


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
    :func:`article_from_row` turns a row back into the Article. The columns
    are built by :mod:`newsclean.rows`, as :func:`newsclean.hf.clean_dataset`
    builds them.

    ``column`` may hold ``str`` or ``bytes`` (any encoding). ``pipeline`` is
    pickled to the workers and each worker builds it once (the default
    pipeline when ``None``). With ``on_error="raise"`` (the default) a
    document that cannot be cleaned (binary data, too large) fails the job;
    with ``on_error="record"`` its row gets null article columns and the
    message in ``error``. ``batch_size``, ``concurrency`` and any other
    keyword go to :meth:`ray.data.Dataset.map_batches`.
    """
    rows.check_arguments(pipeline, on_error)
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
