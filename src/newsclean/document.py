"""The working document that filters change, and the verbs they change it with.

A :class:`Document` is the decoded input split into :class:`Line` objects.
Each line keeps, for every piece of its current text, where that piece came
from in the decoded input. Filters never edit text directly: they call the
document's verbs (:meth:`Document.cut`, :meth:`Document.drop`,
:meth:`Document.to_metadata`, :meth:`Document.to_caption`,
:meth:`Document.set_title` …), and the verbs write the removal records, so no
filter can forget to say what it removed and why.

White space is layout, not content: indentation, blank lines and the spaces
around a removed piece are not recorded. Every other character of the input
ends up kept (title, subtitle, paragraphs, caption text and credit) or in a
removal record whose ``text`` is exactly ``source[start:end]``; records never
overlap.
"""
from __future__ import annotations

import datetime as dt
import gc
import operator
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Mapping, Optional, Sequence, Union


from .model import Article, Caption, Credit, Metadata, Publication, _removals

# Line states. A line starts as BODY (a candidate paragraph); a filter that
# takes it for something else moves it to another state, and later filters
# leave it alone.
BODY = "body"
DROPPED = "dropped"
META = "meta"
NOTICE = "notice"
CAPTION = "caption"
TITLE = "title"
SUBTITLE = "subtitle"
#: states of lines whose whole text is already recorded as removed
REMOVED_STATES = frozenset({DROPPED, META, NOTICE})

_LINE_BREAK = re.compile(r"(\r\n|\r|\n)")


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while making many small objects.

    A page of a million short lines makes a million Line objects; with the
    collector running, its passes over the growing heap take twice as long as
    making them. Nothing made here forms a cycle.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _split_lines(source: str) -> list["Line"]:
    """The lines of ``source``, split at \\r\\n, \\r and \\n, with their offsets."""
    lines = []
    pos = 0
    if "\r" not in source:
        for k, text in enumerate(source.split("\n")):
            end = pos + len(text)
            lines.append(Line(k, pos, end, text))
            pos = end + 1
        return lines
    parts = _LINE_BREAK.split(source)  # text, break, text, break, …, text
    for k in range(0, len(parts), 2):
        text = parts[k]
        end = pos + len(text)
        lines.append(Line(k // 2, pos, end, text))
        pos = end + (len(parts[k + 1]) if k + 1 < len(parts) else 0)
    return lines


_record_start = operator.itemgetter(0)


def _split_pieces(pieces: list["Piece"], text: str, spans: Sequence[tuple[int, int]]) -> list[list["Piece"]]:
    """The pieces of each ``(i, j)`` span of ``text`` (the line's text made of ``pieces``), in one pass,
    one list a span (empty when the span holds no piece).

    A span edge that falls inside a replaced piece moves to the piece's end;
    text outside every span must be white space.
    """
    parts: list[list[Piece]] = []
    k, pos, n = 0, 0, len(pieces)  # pieces[k] starts at text offset pos
    prev = 0
    for i, j in spans:
        if text[prev:i].strip():
            raise ValueError(f"text between split spans is not white space: {text[prev:i]!r}")
        prev = max(prev, j)
        part: list[Piece] = []
        while k < n and pos + len(pieces[k][2]) <= i:  # pieces wholly before the span
            pos += len(pieces[k][2])
            k += 1
        while k < n and pos < j:
            s, e, t, rec = pieces[k]
            end = pos + len(t)
            if rec >= 0:
                part.append(pieces[k])
                pos, k = end, k + 1
                continue
            a, b = max(i - pos, 0), min(j, end) - pos
            if b > a:
                part.append((s + a, s + b, t[a:b], -1))
            if end > j:
                break  # the rest of this piece belongs to the next span
            pos, k = end, k + 1
        prev = max(prev, pos)  # a replaced piece may reach past j: it is taken whole
        parts.append(part)
    if text[prev:].strip():
        raise ValueError(f"text after the last split span is not white space: {text[prev:]!r}")
    return parts


# A piece of a line's text: (start, end, text, record). For a piece copied
# from the input, text == source[start:end] and record is -1; for a replaced
# piece, record is the index of the removal record that says so.
Piece = tuple[int, int, str, int]


class Line:
    """One line of the input, as it stands now."""

    __slots__ = ("index", "start", "end", "pieces", "text", "state", "reason", "caption", "caption_split")

    def __init__(self, index: int, start: int, end: int, text: str) -> None:
        #: the line's position in ``Document.lines``
        self.index = index
        #: offsets of the whole line in the decoded input, line break excluded
        self.start = start
        #: offset just past the line's last character (its line break excluded)
        self.end = end
        #: where each piece of the current text came from: ``(start, end, text, record)``
        self.pieces: list[Piece] = [(start, end, text, -1)] if text else []
        #: the line's current text
        self.text = text
        #: ``"body"`` until a verb moves the line to another state (see the module's constants)
        self.state = BODY
        #: why the line left the body, when it did
        self.reason: Optional[str] = None
        #: the caption, when the line is one (set by :meth:`Document.to_caption`)
        self.caption: Optional[Caption] = None
        #: for a caption with a credit: (offset in the decoded input where the second
        #: of text and credit starts, whether the credit comes first)
        self.caption_split: Optional[tuple[int, bool]] = None

    @property
    def is_body(self) -> bool:
        """True while no filter has taken the line for anything but body text."""
        return self.state == BODY

    @property
    def is_blank(self) -> bool:
        """True when the line's current text is empty or white space only."""
        return not self.text.strip()

    @property
    def is_removed(self) -> bool:
        """True once the line was dropped or moved to metadata or notices: its text is all recorded."""
        return self.state in REMOVED_STATES

    def __repr__(self) -> str:
        return f"Line({self.index}, {self.state}, {self.text[:40]!r})"


@dataclass
class MetadataDraft:
    """The metadata found so far; :meth:`Document.build` freezes it."""

    sources: list[str] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    # (priority, line index, value): the highest priority wins, then the earliest line
    published_candidates: list[tuple[int, int, Union[dt.date, dt.datetime]]] = field(default_factory=list)
    publication: Optional[Publication] = None
    original_title: Optional[str] = None
    original_url: Optional[str] = None
    notices: list[str] = field(default_factory=list)

    def add_source(self, name: str) -> None:
        """Add a source (``来源：新华网`` gives ``新华网``); blanks and repeats are ignored."""
        name = name.strip()
        if name and name not in self.sources:
            self.sources.append(name)

    def add_credit(self, role: str, label: str, name: str) -> None:
        """Add a credited person; ``role`` is one of :data:`newsclean.model.ROLES`, ``label`` as written.

        Blank names and a repeated ``(role, name)`` are ignored.
        """
        name = name.strip()
        if not name:
            return
        if any(c.role == role and c.name == name for c in self.credits):
            return
        self.credits.append(Credit(role=role, label=label, name=name))  # type: ignore[arg-type]

    def add_published(self, value: Union[dt.date, dt.datetime], *, priority: int, line: int) -> None:
        """Propose a publication date or time found on line index ``line``.

        :attr:`published` picks the candidate with the highest ``priority``,
        then the one on the earliest line, then a datetime over a date.
        """
        self.published_candidates.append((priority, line, value))

    @property
    def published(self) -> Union[dt.date, dt.datetime, None]:
        """The winning publication date or time among the candidates, or ``None``."""
        if not self.published_candidates:
            return None
        best = max(self.published_candidates, key=lambda c: (c[0], -c[1], isinstance(c[2], dt.datetime)))
        return best[2]

    def freeze(self) -> Metadata:
        """The immutable :class:`~newsclean.model.Metadata` for the Article."""
        return Metadata(
            sources=self.sources,
            credits=self.credits,
            published=self.published,
            publication=self.publication,
            original_title=self.original_title,
            original_url=self.original_url,
            notices=self.notices,
        )


class Document:
    """The input being cleaned: its lines, what was removed, what was found."""

    def __init__(self, source: str, *, encoding: Optional[str] = None) -> None:
        #: the decoded input; every offset points into it
        self.source = source
        #: the encoding the input bytes were decoded with, ``None`` for ``str`` input
        self.encoding = encoding
        #: the lines of ``source``, split at ``\n``, ``\r\n`` and ``\r``
        with _gc_paused():
            self.lines: list[Line] = _split_lines(source)
        # removal records as mutable lists [start, end, filter, reason, replacement]
        self._records: list[list] = []
        #: the metadata found so far (a :class:`MetadataDraft`)
        self.meta = MetadataDraft()
        #: free-form marks filters leave for later filters (for example where the byline was)
        self.marks: dict[str, object] = {}

    @classmethod
    def from_text(cls, text: str) -> "Document":
        """A document made from a string, for trying one filter alone."""
        return cls(text)

    # ------------------------------------------------------------ reading
    def body_lines(self) -> Iterator[Line]:
        """The lines still taken for body text, blank ones included."""
        return (line for line in self.lines if line.state == BODY)

    def body_text_lines(self) -> list[Line]:
        """The non-blank lines still taken for body text."""
        # text and not text.isspace(): text.strip() is not empty, without making a new string
        return [line for line in self.lines if line.state == BODY and line.text and not line.text.isspace()]

    def line_of(self, state: str) -> Optional[Line]:
        """The first line in ``state`` (for example ``"title"``), or ``None``."""
        for line in self.lines:
            if line.state == state:
                return line
        return None

    # ------------------------------------------------------------ verbs
    # A line already removed (dropped, metadata, notice) has all its text
    # recorded: cutting or replacing in it changes nothing, removing it again
    # only relabels it, and making it a title, subtitle or caption again is a
    # ValueError (its text would be both kept and recorded as removed).
    def cut(self, line: Line, spans: Iterable[tuple[int, int]], *, filter: str, reason: str) -> None:
        """Remove the spans ``[i, j)`` of ``line.text`` and record them."""
        self._remove(line, [(i, j, reason) for i, j in spans], filter)

    def cut_reasons(self, line: Line, spans: Iterable[tuple[int, int, str]], *, filter: str) -> None:
        """Like :meth:`cut`, with a reason for each span: ``(i, j, reason)``."""
        self._remove(line, spans if isinstance(spans, (list, tuple)) else list(spans), filter)

    def replace(self, line: Line, i: int, j: int, new: str, *, filter: str, reason: str) -> None:
        """Replace ``line.text[i:j]`` by ``new``; recorded with ``replacement=new``.

        Only whole pieces taken from the input can be replaced; the span must
        not reach into a piece that an earlier filter replaced (ValueError,
        and the line is left as it was). When earlier cuts split the span
        into several pieces, the first holds ``new`` and the others are cut.
        Replacing by ``""`` is a :meth:`cut`.
        """
        if line.is_removed or j <= i:
            return
        if not new:
            self.cut(line, [(i, j)], filter=filter, reason=reason)
            return
        pos = 0
        for s, e, t, rec in line.pieces:
            if rec >= 0 and max(i, pos) < min(j, pos + len(t)):
                raise ValueError("cannot replace inside a piece that was already replaced")
            pos += len(t)
        out: list[Piece] = []
        pos = 0
        placed = False
        for piece in line.pieces:
            s, e, t, rec = piece
            a, b = max(i, pos) - pos, min(j, pos + len(t)) - pos
            if b <= 0 or a >= len(t) or a >= b:
                out.append(piece)
            else:
                if a > 0:
                    out.append((s, s + a, t[:a], -1))
                if not placed:
                    self._records.append([s + a, s + b, filter, reason, new])
                    out.append((s + a, s + b, new, len(self._records) - 1))
                    placed = True
                elif t[a:b].strip():
                    self._records.append([s + a, s + b, filter, reason, None])
                if b < len(t):
                    out.append((s + b, e, t[b:], -1))
            pos += len(t)
        self._set_pieces(line, out)
        if line.state == CAPTION:
            line.caption = self._caption(line)

    def replace_many(self, line: Line, spans: Iterable[tuple[int, int, str]], *, filter: str, reason: str) -> None:
        """Several :meth:`replace` at once: ``(i, j, new)`` spans of ``line.text``.

        The same as calling :meth:`replace` for each span from the right (so
        that every offset refers to the text as it is now), in one pass over
        the line instead of one a span: a line of many entities stays linear.
        """
        if line.is_removed:
            return
        spans = sorted(sp for sp in spans if sp[1] > sp[0])
        if not spans:
            return
        if not self._plain_replacements(line, spans):
            # empty replacements, overlaps, replaced pieces: one at a time, as replace() says
            for i, j, new in reversed(spans):
                self.replace(line, i, j, new, filter=filter, reason=reason)
            return
        records = self._records
        out: list[Piece] = []
        pos = 0
        r, count = 0, len(spans)
        for piece in line.pieces:
            s, e, t, _ = piece
            n = len(t)
            end = pos + n
            if r >= count or spans[r][0] >= end:
                out.append(piece)
                pos = end
                continue
            cur = 0
            while r < count and spans[r][0] < end:
                i, j, new = spans[r]
                a = i - pos if i > pos else 0
                b = j - pos if j < end else n
                if a > cur:
                    out.append((s + cur, s + a, t[cur:a], -1))
                if i >= pos:  # the piece where the span starts holds the replacement
                    records.append([s + a, s + b, filter, reason, new])
                    out.append((s + a, s + b, new, len(records) - 1))
                elif t[a:b].strip():  # the rest of a span that earlier cuts split is cut
                    records.append([s + a, s + b, filter, reason, None])
                cur = b
                if j <= end:
                    r += 1
                else:
                    break
            if cur < n:
                out.append((s + cur, e, t[cur:], -1))
            pos = end
        self._set_pieces(line, out)
        if line.state == CAPTION:
            line.caption = self._caption(line)

    @staticmethod
    def _plain_replacements(line: Line, spans: list[tuple[int, int, str]]) -> bool:
        """True when the sorted ``spans`` have text, do not overlap and touch only pieces of the input."""
        prev = 0
        for i, j, new in spans:
            if not new or i < prev:
                return False
            prev = j
        pos = 0
        r, count = 0, len(spans)
        for s, e, t, rec in line.pieces:
            end = pos + len(t)
            while r < count and spans[r][1] <= pos:
                r += 1
            if r == count:
                return True
            if rec >= 0 and spans[r][0] < end:
                return False
            pos = end
        return True

    def drop(self, line: Line, *, filter: str, reason: str, state: str = DROPPED) -> None:
        """Take the whole line out of the body and record its text."""
        if line.state in REMOVED_STATES:
            line.state = state
            line.reason = reason
            return
        text = line.text
        i = len(text) - len(text.lstrip())
        j = len(text.rstrip())
        if j > i:
            pieces = line.pieces
            if len(pieces) == 1 and pieces[0][3] < 0:
                # the common case, a line still one untouched piece of the input: one record
                start = pieces[0][0]
                self._records.append([start + i, start + j, filter, reason, None])
            else:
                self._remove(line, [(i, j, reason)], filter, keep_pieces=True)
        line.state = state
        line.reason = reason

    def to_metadata(self, line: Line, *, filter: str, reason: str) -> None:
        """The line states facts about the article; the caller stored them in ``doc.meta``."""
        self.drop(line, filter=filter, reason=reason, state=META)

    def to_notice(self, line: Line, *, filter: str, reason: str = "platform-notice") -> None:
        """The line is a platform statement or disclaimer: kept in ``metadata.notices``."""
        notice = line.text.strip()
        if notice:
            self.meta.notices.append(notice)
        self.drop(line, filter=filter, reason=reason, state=NOTICE)

    def to_caption(
        self,
        line: Line,
        text: tuple[int, int],
        credit: Optional[tuple[int, int]] = None,
        *,
        filter: str,
        reason: str = "caption-marker",
    ) -> None:
        """The line is a caption: ``line.text[text]`` is its text and ``line.text[credit]`` its credit.

        Everything else on the line (``摄``, ``图片来源：`` …) is recorded as removed.
        The spans must lie in the line and must not overlap (ValueError).
        """
        self._check_not_removed(line, "a caption")
        s = line.text
        keep = sorted([text] + ([credit] if credit else []))
        for i, j in keep:
            if not 0 <= i <= j <= len(s):
                raise ValueError(f"caption span {(i, j)} is outside the line's {len(s)} characters")
        if len(keep) == 2 and keep[1][0] < keep[0][1]:
            raise ValueError(f"caption text {text} and credit {credit} overlap")
        gaps, pos = [], 0
        for i, j in keep:
            if i > pos:
                gaps.append((pos, i))
            pos = max(pos, j)
        if pos < len(s):
            gaps.append((pos, len(s)))
        # after the gaps go, the line holds the text, the credit and white space
        # between them: one offset tells them apart, whatever later verbs cut
        split: Optional[tuple[int, bool]] = None
        if credit and credit[1] > credit[0]:
            if text[1] <= text[0]:
                split = (line.start, False)  # no text: everything is credit
            elif credit[0] < text[0]:
                split = (self._source_offset(line, text[0]), True)
            else:
                split = (self._source_offset(line, credit[0]), False)
        self._remove(line, [(i, j, reason) for i, j in gaps if s[i:j].strip()], filter)
        line.state = CAPTION
        line.reason = "caption"
        line.caption_split = split
        line.caption = self._caption(line)

    def split_lines(self, plan: Mapping[int, Sequence[Sequence[tuple[int, int]]]]) -> None:
        """Cut body lines into several lines: ``plan[index]`` lists the new lines of
        ``lines[index]``, each as the ``(i, j)`` spans of the old line's text it is made of.

        A line break put back, not a removal: nothing is recorded. Spans come
        in order and what lies between them must be white space (layout, like
        a line break; ValueError otherwise), so a new line may leave out the
        white space between its spans. A span edge inside a piece that a filter
        replaced moves to that piece's edge: a replacement is never split.
        """
        out: list[Line] = []
        for line in self.lines:
            groups = plan.get(line.index)
            if not groups or line.state != BODY:
                line.index = len(out)
                out.append(line)
                continue
            flat = [span for group in groups for span in group]
            parts = iter(_split_pieces(line.pieces, line.text, flat))
            for group in groups:
                pieces = [p for _ in group for p in next(parts)]
                if pieces:
                    new = Line(len(out), pieces[0][0], pieces[-1][1], "")
                    self._set_pieces(new, pieces)
                    out.append(new)
        self.lines = out

    def set_title(self, line: Line) -> None:
        """Mark ``line`` as the title; nothing is removed, a line marked before goes back to the body."""
        self._mark_unique(line, TITLE)

    def set_subtitle(self, line: Line) -> None:
        """Mark ``line`` as the subtitle; nothing is removed, a line marked before goes back to the body."""
        self._mark_unique(line, SUBTITLE)

    def _mark_unique(self, line: Line, state: str) -> None:
        self._check_not_removed(line, f"the {state}")
        for other in self.lines:
            if other.state == state and other is not line:
                other.state = BODY
                other.reason = None
        line.state = state
        line.reason = state

    # ------------------------------------------------------------ build
    def build(self) -> Article:
        """Freeze the document into the public :class:`Article`."""
        title = subtitle = None
        paragraphs: list[str] = []
        captions: list[Caption] = []
        for line in self.lines:
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
        source = self.source
        records = self._records
        records = sorted(records, key=_record_start) if len(records) > 1 else records
        with _gc_paused():
            removed = _removals(source, records)
        return Article.model_construct(
            title=title,
            subtitle=subtitle,
            paragraphs=paragraphs,
            captions=captions,
            metadata=self.meta.freeze(),
            removed=removed,
            encoding=self.encoding,
        )

    # ------------------------------------------------------------ internals
    def _check_not_removed(self, line: Line, what: str) -> None:
        if line.is_removed:
            raise ValueError(f"line {line.index} was already removed ({line.state}: {line.reason}); "
                             f"it cannot become {what}")

    @staticmethod
    def _source_offset(line: Line, i: int) -> int:
        """The offset in the decoded input of ``line.text[i]`` (the start of a replaced piece)."""
        pos = 0
        for s, e, t, rec in line.pieces:
            if i < pos + len(t):
                return s + (i - pos) if rec < 0 else s
            pos += len(t)
        return line.end

    @staticmethod
    def _caption(line: Line) -> Caption:
        """The caption of a caption line, from its current text."""
        if line.caption_split is None:
            return Caption(text=line.text.strip())
        split, credit_first = line.caption_split
        first, second = [], []
        for s, e, t, rec in line.pieces:
            if e <= split or (rec >= 0 and s < split):
                first.append(t)
            elif s >= split:
                second.append(t)
            else:
                first.append(t[:split - s])
                second.append(t[split - s:])
        a, b = "".join(first).strip(), "".join(second).strip() or None
        if credit_first:
            return Caption(text=b or "", credit=a or None)
        return Caption(text=a, credit=b)

    def _set_pieces(self, line: Line, pieces: list[Piece]) -> None:
        line.pieces = pieces
        line.text = pieces[0][2] if len(pieces) == 1 else "".join([p[2] for p in pieces])

    def _remove(self, line: Line, spans: Sequence[tuple[int, int, str]], filt: str,
                keep_pieces: bool = False) -> None:
        """Record and (unless ``keep_pieces``) take out the ``(i, j, reason)`` spans of ``line.text``."""
        if line.state in REMOVED_STATES:
            return
        if len(spans) == 1:  # the common case: no sorting
            if spans[0][1] <= spans[0][0]:
                return
            ranges = spans
        else:
            ranges = sorted([r for r in spans if r[1] > r[0]], key=_record_start)
            if not ranges:
                return
        records = self._records
        pieces = line.pieces
        if len(pieces) == 1 and pieces[0][3] < 0:
            # fast path, the common case: the line is still one untouched piece of the input
            s, _, t, _ = pieces[0]
            n = len(t)
            out: list[Piece] = []
            cur = 0
            for i, j, why in ranges:
                if i >= n:
                    break
                if i < cur:
                    i = cur
                if j > n:
                    j = n
                if j <= i:
                    continue
                if i > cur:
                    out.append((s + cur, s + i, t[cur:i], -1))
                if not t[i:j].isspace():  # (j > i: not empty)
                    records.append([s + i, s + j, filt, why, None])
                cur = j
            if not keep_pieces:
                if cur < n:
                    out.append((s + cur, s + n, t[cur:], -1))
                # _set_pieces, inline: the hottest path of every filter that cuts
                line.pieces = out
                line.text = out[0][2] if len(out) == 1 else "".join([p[2] for p in out])
                if line.state == CAPTION:
                    line.caption = self._caption(line)
            return
        out: list[Piece] = []
        pos = 0
        r = 0
        for piece in line.pieces:
            s, e, t, rec = piece
            n = len(t)
            end = pos + n
            kept: list[tuple[int, int]] = []
            cur = 0
            while r < len(ranges) and ranges[r][0] < end:
                i, j, why = ranges[r]
                a = max(i - pos, cur)
                b = min(j, end) - pos
                if a > cur:
                    kept.append((cur, a))
                if b > a:
                    if rec < 0:
                        if t[a:b].strip():
                            records.append([s + a, s + b, filt, why, None])
                    else:
                        # part of a replaced piece goes: the replacement record shrinks
                        record = records[rec]
                        record[3] = f"{record[3]}; then {filt}:{why}"
                    cur = b
                if j <= end:
                    r += 1
                else:
                    break
            if cur < n:
                kept.append((cur, n))
            if rec >= 0:
                text = "".join(t[a:b] for a, b in kept)
                records[rec][4] = text or None
                if text and not keep_pieces:
                    out.append((s, e, text, rec))
            elif not keep_pieces:
                out.extend((s + a, s + b, t[a:b], -1) for a, b in kept)
            if keep_pieces:
                out.append(piece)
            pos = end
        if not keep_pieces:
            self._set_pieces(line, out)
            if line.state == CAPTION:
                line.caption = self._caption(line)
