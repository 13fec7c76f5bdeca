"""Storing what a meta line states in the document's metadata draft: a line's facts, and the
labelled clauses of a notice (文章来源：某某网，版权归原作者所有。)."""
from __future__ import annotations

import re

import regex

from ..document import Document, Line
from .facts import _OPEN, _Facts
from .parser import _parser
from .publication import PRIORITY_PUBLICATION

_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?]")
# 文章来源：, 作者: at the start (not the colon of 本文来自公众号“某某”（ID：abc）)
_LABEL_COLON = regex.compile(r"\p{Han}{1,6}[ \t\u3000\xa0]*[:：]")


def store_field_clauses(doc: Document, line: Line) -> None:
    """Store the sources and credits of a notice's clauses that are labelled fields
    (``文章来源：某某网，版权归原作者所有。``, ``本文来自公众号某某（ID：abc），作者：张三，经授权发布。``).

    For the notices filter: such a line leaves the body as a notice, but those clauses
    are fields this filter did not read (the line is not all metadata). Only a clause
    that opens with a label and its colon counts: ``（本文来自澎湃新闻，…）`` is the
    platform's statement, no source.
    """
    text = line.text.strip().lstrip(_OPEN)
    p = _parser(())
    pos = 0
    for m in _CLAUSE_BREAK.finditer(text + "。"):
        clause = text[pos:m.start()].strip().lstrip(_OPEN)
        pos = m.end()
        if not _LABEL_COLON.match(clause):
            continue
        facts = p.parse(clause, top=False, allow_prefix_date=False)
        if facts is not None and (facts.sources or facts.credits):
            _store(doc, _Facts(sources=facts.sources, credits=facts.credits), line)


def _store(doc: Document, facts: _Facts, line: Line, dangling_label: str = "") -> None:
    meta = doc.meta
    for s in facts.sources:
        meta.add_source(s)
    for role, label, name in facts.credits:
        meta.add_credit(role, label or dangling_label, name)
    for prio, value in facts.dates:
        meta.add_published(value, priority=prio, line=line.index)
    if facts.original_title and meta.original_title is None:
        meta.original_title = facts.original_title
    if facts.original_url and meta.original_url is None:
        meta.original_url = facts.original_url
    if facts.publication is not None:
        if meta.publication is None:
            meta.publication = facts.publication
        if facts.publication.date is not None:
            meta.add_published(facts.publication.date, priority=PRIORITY_PUBLICATION, line=line.index)


__all__ = ["store_field_clauses"]
