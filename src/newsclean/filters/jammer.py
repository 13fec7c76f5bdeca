"""Discuz! "jammer" garbage: random ASCII runs that forums hide at every line break.

First version: runs of the X-series unit grammar at line edges.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..document import Document
from .base import Filter

_UNIT = r"(?:[\x20-\x3b] [\x3f-\x7e]| [\x3f-\x7e])"
# Runs one after another (white space between them) are taken together: what
# is left after cutting the first would be a run at the edge again, and
# cleaning the cleaned text must change nothing. Each run is atomic, so the
# repetition cannot backtrack into it.
_HEAD = regex.compile(rf"^(?>\s*{_UNIT}{{3,}})+")
# The run at the end of a line is found as a run at the start of the reversed
# line (units read backwards): searching forwards for ``{_UNIT}{3,}\s*$``
# retries the run from each of its positions, cubic on a long run followed by
# other text; anchored at the start, each search is one linear pass.
_UNIT_REVERSED = r"(?:[\x3f-\x7e] [\x20-\x3b]|[\x3f-\x7e] )"
_TAIL_REVERSED = regex.compile(rf"^(?>\s*{_UNIT_REVERSED}{{3,}})+")


def _edge_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the jammer runs at the start and at the end of ``text`` (they may overlap)."""
    spans: list[tuple[int, int]] = []
    if " " not in text:  # every unit holds a space
        return spans
    m = _HEAD.match(text)
    if m:
        spans.append(m.span())
    end = text.rstrip()
    if end and "\x3f" <= end[-1] <= "\x7e":  # a run ends with a unit's second character
        m = _TAIL_REVERSED.match(text[::-1])
        if m:
            spans.append((len(text) - m.end(), len(text)))
    return spans


@dataclass
class RemoveDiscuzJammer(Filter, name="discuz-jammer"):
    """Remove Discuz! jammer runs."""

    def apply(self, doc: Document) -> None:
        for line in doc.body_lines():
            spans = _edge_spans(line.text)
            if spans:
                doc.cut(line, spans, filter=self.name, reason="discuz-jammer-x")
