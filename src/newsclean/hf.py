"""Clean a column of a Hugging Face ``datasets.Dataset`` (the ``hf`` extra).

>>> import datasets                                   # doctest: +SKIP
>>> from newsclean.hf import clean_dataset            # doctest: +SKIP
>>> ds = datasets.Dataset.from_list([{"id": 1, "text": "来源：新华网\\n正文。"}])  # doctest: +SKIP
>>> clean_dataset(ds)[0]["paragraphs"]                # doctest: +SKIP
['正文。']

The columns added are those of the Ray adapter, built by the same code
(:mod:`newsclean.rows`). Install with ``pip install 'newsclean[hf]'``;
importing this module without ``datasets`` raises :class:`HFNotInstalled`
(an ``ImportError`` and a :class:`~newsclean.errors.NewsCleanError`).
"""
from __future__ import annotations

from typing import Any, Optional, Union

from . import rows
from .errors import NewsCleanError
from .pipeline import Pipeline
from .rows import article_columns, article_from_row


class HFNotInstalled(ImportError, NewsCleanError):
    """Hugging Face ``datasets`` is missing: ``pip install 'newsclean[hf]'``."""


try:
    import datasets
except ImportError as e:  # pragma: no cover - depends on the environment
    raise HFNotInstalled(
        f"newsclean.hf needs Hugging Face datasets, which is not installed ({e}); "
        "install it with: pip install 'newsclean[hf]'"
    ) from e


def features(on_error: str = "raise") -> "datasets.Features":
    """The ``datasets`` types of the columns :func:`clean_dataset` adds."""
    out = {name: datasets.List(datasets.Value("string")) if kind == "list<string>" else datasets.Value("string")
           for name, kind in rows.COLUMNS.items()}
    if on_error == "record":
        out[rows.ERROR_COLUMN] = datasets.Value("string")
    return datasets.Features(out)


class _CleanBatch:
    """The function given to ``Dataset.map``: picklable, the pipeline built once."""

    def __init__(self, pipeline: Optional[Pipeline], column: str, on_error: str) -> None:
        if pipeline is None:
            from .defaults import default_pipeline

            pipeline = default_pipeline()
        self.pipeline = pipeline
        self.column = column
        self.on_error = on_error

    def __call__(self, batch: dict[str, list[Any]]) -> dict[str, list[Any]]:
        if self.column not in batch:
            raise NewsCleanError(f"the dataset has no column {self.column!r}; it has {sorted(batch)}")
        return rows.clean_values(batch[self.column], self.pipeline, column=self.column, on_error=self.on_error)


def clean_dataset(
    ds: Union["datasets.Dataset", "datasets.IterableDataset"],
    *,
    column: str = "text",
    pipeline: Optional[Pipeline] = None,
    on_error: str = "raise",
    batch_size: int = 64,
    **map_args: Any,
) -> Union["datasets.Dataset", "datasets.IterableDataset"]:
    """Clean the text in ``column`` of every row with ``Dataset.map``; returns the new dataset.

    Each row keeps its columns and gains those of :data:`newsclean.rows.COLUMNS`
    (an input column of the same name is replaced), the same as
    :func:`newsclean.ray.clean_dataset` adds. ``column`` may hold ``str`` or
    ``bytes``. With ``on_error="raise"`` (the default) a document that cannot be
    cleaned stops the map; with ``on_error="record"`` its row gets null
    columns and the message in ``error``. ``num_proc``, ``desc`` and any
    other keyword go to ``map``.
    """
    rows.check_arguments(pipeline, on_error)
    fn = _CleanBatch(pipeline, column, on_error)
    if ds.features is not None:  # a fixed schema: a batch of null titles must not change a column's type
        known = {k: v for k, v in ds.features.items() if k not in features(on_error)}
        map_args.setdefault("features", datasets.Features({**known, **features(on_error)}))
    return ds.map(fn, batched=True, batch_size=batch_size, **map_args)


__all__ = ["clean_dataset", "features", "article_columns", "article_from_row", "HFNotInstalled"]
