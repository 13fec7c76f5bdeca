"""Print-edition lines: ``《人民日报》（2024年11月25日 第11版）`` → ``doc.meta.publication``.

Articles reprinted from a newspaper often keep the line that says where and
when they were printed. It is a fact about the article, not its text: the
line leaves the body, its newspaper, date and page go to
``metadata.publication``, and its date becomes a published candidate of low
priority (a byline date or a 发布时间 label wins over it).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..document import Document
from ..fieldlines.publication import PRIORITY_PUBLICATION, match_publication
from .base import Filter


@dataclass
class ExtractPublicationLine(Filter, name="publication"):
    """Move print-edition lines to ``metadata.publication``.

    >>> from newsclean.document import Document
    >>> doc = ExtractPublicationLine()(Document("标题\\n《人民日报》（2024年11月25日 第11版）\\n正文。"))
    >>> [line.text for line in doc.body_text_lines()], doc.meta.publication.page, str(doc.meta.published)
    (['标题', '正文。'], '11', '2024-11-25')
    """

    def claims(self, text: str) -> Optional[str]:
        """``metadata:publication`` when ``text`` is a print-edition line."""
        return "metadata:publication" if match_publication(text) is not None else None

    def apply(self, doc: Document) -> None:
        for line in doc.body_text_lines():
            text = line.text
            if "版" not in text and "》" not in text:
                continue
            pub = match_publication(text)
            if pub is None:
                continue
            if doc.meta.publication is None:
                doc.meta.publication = pub
            if pub.date is not None:
                doc.meta.add_published(pub.date, priority=PRIORITY_PUBLICATION, line=line.index)
            doc.to_metadata(line, filter=self.name, reason="metadata:publication")


__all__ = ["ExtractPublicationLine", "match_publication", "PRIORITY_PUBLICATION"]
