"""Restore the line breaks of text that lost them, before any line is judged.

A scraper that calls ``get_text(" ")`` on minified HTML (or ``get_text()``
with no separator) hands over one long line: the headline, the byline's
date and 来源 field, the share bar, every paragraph and the 责任编辑 field
run together. Every later filter judges lines, so on such text it finds
one huge paragraph and neither a title nor a field.

This filter only touches a line that shows it lost its breaks: a very long
line holding many sentence ends and at least one mark of a former line
start (a field label and its colon after white space or a sentence's end,
a numeric date after white space); a long paragraph of prose has no such
mark. It splits that line, in one pass, where the joining white space
shows (after a sentence's end or a share-bar word) and before each field
label or date; a field line ends at the white space after its value when
prose follows. White space between other words is no break: headlines,
credits (记者 张三) and the text of inline links hold it.

It runs after the jammer filter: Discuz! noise between two sentences would
hide the sentence end before a space.

A break inserted is no removal: the line is cut into several lines whose
pieces still point into the decoded input, the white space at a split is
left out as layout (as a line break is), and nothing is recorded.

>>> from newsclean.document import Document
>>> flat = "标题 2019-09-07 13:43 来源：新华网 " + "正文一句。" * 120 + " 责任编辑：张三"
>>> doc = RestoreLineBreaks()(Document(flat))
>>> [line.text for line in doc.lines][:3], doc.lines[-1].text, doc._records
(['标题', '2019-09-07 13:43', '来源：新华网'], '责任编辑：张三', [])
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .. import lexicons
from ..document import Document
from ..patterns import phrase_alternation
from .base import Filter

#: a line shorter than this keeps its breaks: a long paragraph is not a page
MIN_CHARS = 400
#: and so does a line with fewer sentence ends than this (a list, a table row)
MIN_SENTENCE_ENDS = 4
#: a field or date line longer than this ends at the first white space after its value
MAX_FIELD = 40

_SENTENCE_ENDS = "。！？!?…"
_CLOSERS = "”’」』）)】》\"'"
# before a field label or a date: a former line start shows as white space or a sentence's close
_AFTER_BREAK = r"(?<=[\s。！？!?；;" + regex.escape(_CLOSERS) + r"])"


@lru_cache(maxsize=1)
def _splitter() -> regex.Pattern:
    """One pattern for every place a line may have been, so a line is read once.

    Groups: ``space`` (white space: a break when it follows a sentence's
    end or a share-bar word, see :func:`_breaks`; the split leaves it out) and ``field`` (a label and its colon, or a numeric date: a break
    before it).
    """
    labels = [row[0] for row in lexicons.rows("metadata_labels.tsv", 2)] + list(lexicons.entries("colon_labels.txt"))
    field = (
        # after a break, or in brackets wherever it stands ([责任编辑：张三] glued to a sentence)
        rf"(?:{_AFTER_BREAK}(?:[（(【\[]\s*)?|[（(【\[]\s*){phrase_alternation(labels)}\s*[：:]"
        rf"|(?<=\s)(?<!\d)\d{{4}}\s*[-/.年]\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}(?!\d)"
    )
    return regex.compile(rf"(?P<space>\s+)|(?P<field>{field})")


@lru_cache(maxsize=1)
def _bar_words() -> frozenset[str]:
    """Share-bar and field words that stand alone in their bar (分享到：, 微信, 微博, 标签：)."""
    words = set(lexicons.entries("junk_share.txt")) | set(lexicons.entries("colon_labels.txt"))
    return frozenset(words | {w + c for w in words for c in "：:"})


def _breaks(text: str, a: int, b: int, word: int) -> bool:
    """Does the white space ``text[a:b]`` stand where a line break was? (``text[word:a]``
    is the word before it.)

    White space after a sentence's end (with its closing marks) or after a
    share-bar word (``分享到： 微信 微博``) does. White space between other words
    does not, whatever its length (pages indent with it, a scraper may
    collapse it): a headline
    (``多地项目连环爆雷 狂奔的龙湖集团``), a credit (``记者 张三``), Latin words,
    a date and its time, or an inline link's text (``据 新华社 报道``) hold it.
    """
    before = text[a - 1] if a else ""
    if before in _SENTENCE_ENDS:
        return bool(before)
    if before in _CLOSERS and a >= 2 and text[a - 2] in _SENTENCE_ENDS:
        return True
    return a - word <= _LONGEST_BAR_WORD and text[word:a] in _bar_words()


_LONGEST_BAR_WORD = 12

# a field's head: its label and value (来源：新华网), or a date and its time (2019-09-07 13:43:45)
_FIELD_HEAD = regex.compile(
    r"[（(【\[]?\s*[^\s：:]{1,12}\s*[：:]\s*[^\s]{1,30}"
    r"|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)
# counting sentence ends decides whether a line is read at all
_SENTENCE_END = regex.compile(r"[。！？]")


def split_points(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of ``text`` that the new lines are, in order.

    Empty and white-space spans are left out; the spans lie in ``text``.

    >>> t = "他说：“好。走！”于是走了。 来源：新华社 分享到： 微信 记者 张三"
    >>> [t[a:b] for a, b in split_points(t)]
    ['他说：“好。走！”于是走了。', '来源：新华社', '分享到：', '微信', '记者 张三']
    """
    cuts: list[tuple[int, int, bool]] = []  # (end of one line, start of the next, the next is a field)
    word = 0  # where the word before a space starts
    for m in _splitter().finditer(text):
        if m.lastgroup == "space":
            if _breaks(text, m.start(), m.end(), word):
                cuts.append((m.start(), m.end(), False))
            word = m.end()
        else:
            word = m.start()
            cuts.append((m.start(), m.start(), True))
    spans: list[tuple[int, int]] = []
    pos, field = 0, False
    for a, b, next_field in cuts + [(len(text), len(text), False)]:
        if a > pos:
            spans.extend(_field_head(text, pos, a) if field else [(pos, a)])
        if b >= pos:
            pos, field = b, next_field
    return [span for span in map(lambda sp: _trimmed(text, *sp), spans) if span[1] > span[0]]


def _field_head(text: str, i: int, j: int) -> list[tuple[int, int]]:
    """``text[i:j]`` starts with a field or a date: when more than a field's value follows
    (``来源：新华网 正文……。``, a long run of words), the field ends at the white space after its value."""
    if j - i <= MAX_FIELD and not _SENTENCE_END.search(text, i, j):
        return [(i, j)]
    m = _FIELD_HEAD.match(text, i, j)
    if m is None or m.end() >= j or not text[m.end()].isspace():
        return [(i, j)]
    return [(i, m.end()), (m.end(), j)]


def _trimmed(text: str, i: int, j: int) -> tuple[int, int]:
    """``(i, j)`` without the white space at its edges."""
    while i < j and text[i].isspace():
        i += 1
    while j > i and text[j - 1].isspace():
        j -= 1
    return i, j


def lost_its_breaks(text: str) -> bool:
    """True when ``text``, one line, reads as several lines run together.

    Very long, many sentence ends, and at least one mark of a former line
    start: a long paragraph of prose has the first two, not the third.
    """
    if len(text) < MIN_CHARS or len(_SENTENCE_END.findall(text)) < MIN_SENTENCE_ENDS:
        return False
    return any(m.lastgroup == "field" for m in _splitter().finditer(text))


@dataclass
class RestoreLineBreaks(Filter, name="restore-line-breaks"):
    """Split the lines that lost their breaks (one long line of sentences and fields)."""

    #: a line shorter than this is never split
    min_chars: int = MIN_CHARS

    def apply(self, doc: Document) -> None:
        if len(doc.source) < self.min_chars:
            return
        plan = {}
        for line in doc.body_lines():
            if len(line.text) < self.min_chars:
                continue
            if lost_its_breaks(line.text):
                spans = split_points(line.text)
                if len(spans) > 1:
                    plan[line.index] = [_one_space_runs(line.text, a, b) for a, b in spans]
        if plan:
            doc.split_lines(plan)


_SPACE_RUN = regex.compile(r"\s{2,}")


def _one_space_runs(text: str, i: int, j: int) -> list[tuple[int, int]]:
    """``text[i:j]`` as spans that keep one character of each run of white space.

    The runs are the layout of lines run together (indentation, the joins of
    a scraper that does or does not collapse white space); kept, they would
    make the same line read differently to the rules that follow.
    """
    spans, pos = [], i
    for m in _SPACE_RUN.finditer(text, i, j):
        spans.append((pos, m.start() + 1))
        pos = m.end()
    spans.append((pos, j))
    return spans

