"""Remove tone-marked pinyin that SEO spam inserts after every character.

Some content farms annotate each character with its reading, so search
engines see unique text: ``網(wǎng)絡(luò)安全(quán)`` is ``網絡安全`` underneath.
An annotation is a pinyin syllable in brackets right after a Chinese
character. A line loses its annotations only when they come thick (at least
``min_annotations`` of them, two of them on neighbouring characters), so a
single gloss an article gives on purpose (``重(chóng)庆``) stays.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from ..document import Document
from .base import Filter

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# one syllable: initial letters, at most one tone-marked vowel, no digits
_SYLLABLE = rf"[a-zü]{{0,4}}[{_TONED}][a-zü]{{0,4}}|[a-zü]{{1,6}}"
_ANNOTATION = regex.compile(rf"(?<=\p{{Han}})[(（](?P<py>{_SYLLABLE})[)）]")
# a plain character class: stdlib re scans it many times faster than regex
_TONE = re.compile(f"[{_TONED}]")


@dataclass
class RemovePinyinAnnotations(Filter, name="pinyin-annotations"):
    """Cut ``(wǎng)``-style pinyin inserted after the characters of a line.

    >>> from newsclean.document import Document
    >>> doc = RemovePinyinAnnotations()(Document("網(wǎng)絡(luò)安(ān)全(quán)很重要"))
    >>> doc.lines[0].text, {r.reason for r in doc.build().removed}
    ('網絡安全很重要', {'pinyin-annotation'})
    >>> RemovePinyinAnnotations()(Document("重(chóng)庆的“重”读作chóng。")).lines[0].text
    '重(chóng)庆的“重”读作chóng。'
    """

    #: fewest tone-marked annotations a line must have before any is removed
    min_annotations: int = 3

    def apply(self, doc: Document) -> None:
        if not _TONE.search(doc.source):
            return
        for line in doc.body_lines():
            if not _TONE.search(line.text):
                continue
            found = list(_ANNOTATION.finditer(line.text))
            toned = [m for m in found if _TONE.search(m.group("py"))]
            if len(toned) < self.min_annotations:
                continue
            # spam annotates neighbouring characters: 網(wǎng)絡(luò)
            if not any(b.start() - a.end() == 1 for a, b in zip(found, found[1:])):
                continue
            doc.cut(line, [(m.start(), m.end()) for m in found], filter=self.name, reason="pinyin-annotation")


__all__ = ["RemovePinyinAnnotations"]
