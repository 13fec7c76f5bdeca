"""Freezing a working :class:`~newsclean.document.Document` into the public :class:`~newsclean.model.Article`."""
from __future__ import annotations

import operator
from typing import TYPE_CHECKING

from .states import BODY, CAPTION, SUBTITLE, TITLE
from .model import Article, Caption

if TYPE_CHECKING:
    from .document import Document

_record_start = operator.itemgetter(0)


def build_article(doc: "Document") -> Article:
    """The Article of ``doc``: body lines that are not blank become paragraphs (stripped),
    the first title and subtitle lines the title and subtitle, caption lines the captions,
    ``doc.meta`` the metadata, and the records, sorted by offset, ``removed``."""
    title = subtitle = None
    paragraphs: list[str] = []
    captions: list[Caption] = []
    for line in doc.lines:
        if line.state == BODY:
            text = line.text.strip()
            if text:
                paragraphs.append(text)
        elif line.state == TITLE and title is None:
            title = line.text.strip() or None
        elif line.state == SUBTITLE and subtitle is None:
            subtitle = line.text.strip() or None
        elif line.state == CAPTION and line.caption is not None:
            captions.append(line.caption)
    records = doc._records
    records = sorted(records, key=_record_start) if len(records) > 1 else list(records)
    # the Removal models are made when someone reads them (see model._LazyRemovals)
    return Article._from_records(
        doc.source,
        records,
        title=title,
        subtitle=subtitle,
        paragraphs=paragraphs,
        captions=captions,
        metadata=doc.meta.freeze(),
        encoding=doc.encoding,
    )


__all__ = ["build_article"]
