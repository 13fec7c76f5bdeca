"""Discuz! "jammer" garbage: random ASCII runs that forums hide at every line break.

First version: runs of the X-series unit grammar at line edges.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..document import Document
from .base import Filter

_UNIT = r"(?:[\x20-\x3b] [\x3f-\x7e]| [\x3f-\x7e])"
_EDGE = regex.compile(rf"^\s*{_UNIT}{{3,}}|{_UNIT}{{3,}}\s*$")


@dataclass
class RemoveDiscuzJammer(Filter, name="discuz-jammer"):
    """Remove Discuz! jammer runs."""

    def apply(self, doc: Document) -> None:
        for line in doc.body_lines():
            if line.text.isascii() or not line.text.strip():
                spans = [(m.start(), m.end()) for m in _EDGE.finditer(line.text)]
            else:
                spans = [(m.start(), m.end()) for m in _EDGE.finditer(line.text)]
            if spans:
                doc.cut(line, spans, filter=self.name, reason="discuz-jammer-x")
