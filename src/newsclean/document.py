"""The working document that filters change, and the verbs they change it with.

A :class:`Document` is the decoded input split into :class:`Line` objects.
Each line keeps, for every piece of its current text, where that piece came
from in the decoded input. Filters never edit text or set a line's state
directly (the document remembers its body lines and its title between
verbs): they call the
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

import re
from itertools import accumulate, compress
from operator import add, attrgetter, indexOf, or_
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Optional, Sequence, TypeVar

from .memo import once_a_text
from .metadraft import MetadataDraft
from .model import Caption
from .pieces import Piece, Span, source_offset, splice, split_at, split_pieces, text_of, touches_replaced
from .records import Record

from .later import NO_LATER, Later

if TYPE_CHECKING:
    from .model import Article

# Line states (newsclean.states): a line starts as BODY (a candidate paragraph); a filter
# that takes it for something else moves it to another state, and later filters leave it alone.
from .states import BODY, CAPTION, DROPPED, META, NOTICE, REMOVED_STATES, SUBTITLE, TITLE  # noqa: E402

# Besides \n, \r\n and \r: the Unicode line and paragraph separators (text taken
# from JavaScript or JSON) and the form and vertical tab feeds (page breaks of text
# taken from PDF or Word). Not NEL (U+0085): in Latin-1 mojibake it is a byte of a
# Chinese character, which the mojibake filter puts back together.
_T = TypeVar("_T")

_LINE_BREAK = re.compile("(\r\n|[\r\n\u2028\u2029\f\v])")
_RARE_BREAKS = ("\r", "\u2028", "\u2029", "\f", "\v")


def _split_lines(source: str) -> list["Line"]:
    """The lines of ``source``, split at \\n, \\r\\n, \\r, U+2028, U+2029, \\f and \\v, with
    their offsets; a run of blank lines is its first line (white space is layout: no filter
    counts blank lines, and a page of a million line breaks would be a million objects for the
    garbage collector to walk)."""
    if not any(b in source for b in _RARE_BREAKS):
        texts = source.split("\n")
        breaks = [1] * (len(texts) - 1) + [0]
    else:
        parts = _LINE_BREAK.split(source)  # text, break, text, break, …, text
        texts = parts[0::2]
        breaks = [len(b) for b in parts[1::2]] + [0]
    lengths = list(map(len, texts))
    # (map and accumulate: no Python step a line but the Line itself)
    starts = list(accumulate(map(add, lengths, breaks), initial=0))
    ends = list(map(add, starts, lengths))
    filled = list(map(bool, map(str.strip, texts)))
    if not all(filled):
        # a blank line stays when the line above it is not blank
        keep = list(map(or_, filled, [True, *filled[:-1]]))
        texts, starts, ends = (list(compress(column, keep)) for column in (texts, starts, ends))
    return list(map(Line, range(len(texts)), starts, ends, texts))


class _More:
    """What few lines have: pieces once a verb changed the text, a caption once the line is one
    (kept apart, so that a line is made with seven fields, not nine)."""

    __slots__ = ("pieces", "caption", "caption_split")

    def __init__(self) -> None:
        self.pieces: Optional[list[Piece]] = None
        self.caption: Optional[Caption] = None
        self.caption_split: Optional[tuple[int, bool]] = None


class Line:
    """One line of the input, as it stands now."""

    # (few objects a line, few fields each: a page of a million short lines makes a million
    # of them, and making them and the garbage collector's passes cost in proportion)
    __slots__ = ("index", "start", "end", "text", "state", "reason", "_more")

    def __init__(self, index: int, start: int, end: int, text: str) -> None:
        #: the line's position in ``Document.lines``
        self.index = index
        #: offsets of the whole line in the decoded input, line break excluded
        self.start = start
        #: offset just past the line's last character (its line break excluded)
        self.end = end
        #: the line's current text
        self.text = text
        #: ``"body"`` until a verb moves the line to another state (see the module's constants)
        self.state = BODY
        #: why the line left the body, when it did
        self.reason: Optional[str] = None
        # pieces and caption, made when a verb first sets one (None: none is set)
        self._more: Optional[_More] = None

    def _made_more(self) -> _More:
        more = self._more
        if more is None:
            more = self._more = _More()
        return more

    @property
    def pieces(self) -> list[Piece]:
        """Where each piece of the current text came from: ``(start, end, text, record)``."""
        more = self._made_more()
        if more.pieces is None:
            # untouched: the text is still source[start:end]
            more.pieces = [(self.start, self.end, self.text, -1)] if self.text else []
        return more.pieces

    @pieces.setter
    def pieces(self, pieces: list[Piece]) -> None:
        self._made_more().pieces = pieces

    @property
    def caption(self) -> Optional[Caption]:
        """The caption, when the line is one (set by :meth:`Document.to_caption`)."""
        more = self._more
        return more.caption if more is not None else None

    @caption.setter
    def caption(self, caption: Optional[Caption]) -> None:
        self._made_more().caption = caption

    @property
    def caption_split(self) -> Optional[tuple[int, bool]]:
        """For a caption with a credit: (offset in the decoded input where the second of text and
        credit starts, whether the credit comes first)."""
        more = self._more
        return more.caption_split if more is not None else None

    @caption_split.setter
    def caption_split(self, split: Optional[tuple[int, bool]]) -> None:
        self._made_more().caption_split = split

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


class Document:
    """The input being cleaned: its lines, what was removed, what was found."""

    #: the claims of the filters after the one running (set by the pipeline; none for a filter alone)
    later: Later = NO_LATER

    def __init__(self, source: str, *, encoding: Optional[str] = None) -> None:
        #: the decoded input; every offset points into it
        self.source = source
        #: the encoding the input bytes were decoded with, ``None`` for ``str`` input
        self.encoding = encoding
        #: the lines of ``source``, split at ``\n``, ``\r\n``, ``\r`` and the rarer breaks above (a run of blank lines: its first)
        self.lines: list[Line] = _split_lines(source)
        # the removal records, in the order the verbs wrote them: each the fields of a Record in
        # a plain tuple (which the garbage collector stops tracking at its first pass, where it
        # walks a Record, a tuple subclass, at every full pass: a page of a million junk lines
        # writes a million records)
        self._records: list[tuple] = []
        #: the metadata found so far (a :class:`MetadataDraft`)
        self.meta = MetadataDraft()
        #: free-form marks filters leave for later filters (for example where the byline was)
        self.marks: dict[str, object] = {}
        # body_text_lines() as last worked out; every verb that changes a line's state or
        # text forgets it (filters change lines only through the verbs), so each filter
        # that asks pays for one walk over the lines only after something changed
        self._body_text: Optional[list[Line]] = None
        self._body_texts: Optional[list[str]] = None  # (their stripped texts, forgotten with them)
        # the title and subtitle lines, as set_title and set_subtitle marked them (the only
        # way into those states): line_of() answers for them without a walk over the lines
        self._marked: dict[str, Line] = {}
        # the answers of pure tests of a text that several filters ask (see per_text)
        self._per_text: dict[Callable[[str], Any], Callable[[str], Any]] = {}

    @classmethod
    def from_text(cls, text: str) -> "Document":
        """A document made from a string, for trying one filter alone."""
        return cls(text)

    @property
    def records(self) -> list[Record]:
        """The removal records written so far, in the order the verbs wrote them (a new list each call)."""
        return list(map(Record._make, self._records))

    # ------------------------------------------------------------ reading
    def body_lines(self) -> Iterator[Line]:
        """The lines still taken for body text, blank ones included."""
        return (line for line in self.lines if line.state == BODY)

    def body_text_lines(self) -> list[Line]:
        """The non-blank lines still taken for body text (a new list each call)."""
        lines = self._body_text
        if lines is None:
            # text and not text.isspace(): text.strip() is not empty, without making a new string
            lines = self._body_text = [line for line in self.lines
                                       if line.state == BODY and line.text and not line.text.isspace()]
        return lines.copy()

    def body_texts(self) -> list[str]:
        """The stripped texts of :meth:`body_text_lines`, in the same order (a new list each call)."""
        lines = self.body_text_lines()
        texts = self._body_texts
        if texts is None:
            texts = self._body_texts = list(map(str.strip, map(_text_of, lines)))
        return texts.copy()

    def per_text(self, test: Callable[[str], _T]) -> Callable[[str], _T]:
        """``test`` (a pure test of a text alone, such as the page model's line weight) asked once
        for each distinct text of this document: the filters that ask the same test share its
        answers, and a page that repeats its lines asks once a text."""
        asked = self._per_text.get(test)
        if asked is None:
            asked = self._per_text[test] = once_a_text(test)
        return asked

    def line_of(self, state: str) -> Optional[Line]:
        """The first line in ``state`` (for example ``"title"``), or ``None``."""
        if state in _MARKED_STATES:
            marked = self._marked.get(state)
            return marked if marked is not None and marked.state == state else None
        lines = self.lines
        for line in lines[:64]:  # where a title is
            if line.state == state:
                return line
        if len(lines) <= 64:
            return None
        try:  # (a scan in C: most documents have no line in most states)
            return lines[indexOf(map(_state_of, lines), state)]
        except ValueError:
            return None

    # ------------------------------------------------------------ verbs
    # A line already removed (dropped, metadata, notice) has all its text
    # recorded: cutting or replacing in it changes nothing, removing it again
    # only relabels it, and making it a title, subtitle or caption again is a
    # ValueError (its text would be both kept and recorded as removed).
    def cut(self, line: Line, spans: Iterable[tuple[int, int]], *, filter: str, reason: str) -> None:
        """Remove the spans ``[i, j)`` of ``line.text`` and record them."""
        self._splice(line, [(i, j, reason, None) for i, j in spans], filter)

    def cut_reasons(self, line: Line, spans: Iterable[tuple[int, int, str]], *, filter: str) -> None:
        """Like :meth:`cut`, with a reason for each span: ``(i, j, reason)``."""
        self._splice(line, [(i, j, why, None) for i, j, why in spans], filter)

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
        if touches_replaced(line.pieces, [(i, j)]):
            raise ValueError("cannot replace inside a piece that was already replaced")
        self._splice(line, [(i, j, reason, new)], filter)

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
        self._splice(line, [(i, j, reason, new) for i, j, new in spans], filter)

    @staticmethod
    def _plain_replacements(line: Line, spans: list[tuple[int, int, str]]) -> bool:
        """True when the sorted ``spans`` have text, do not overlap and touch only pieces of the input."""
        prev = 0
        for i, j, new in spans:
            if not new or i < prev:
                return False
            prev = j
        return not touches_replaced(line.pieces, spans)

    def drop(self, line: Line, *, filter: str, reason: str, state: str = DROPPED) -> None:
        """Take the whole line out of the body and record its text."""
        self.drop_all((line,), (reason,), filter=filter, state=state)

    def drop_all(self, lines: Iterable[Line], reasons: Iterable[str], *, filter: str, state: str = DROPPED) -> None:
        """:meth:`drop` each of ``lines`` with its reason, in order (a page of a million junk
        lines costs one call, not one a line)."""
        self._body_text = self._body_texts = None
        records = self._records
        for line, reason in zip(lines, reasons):
            if line.state not in REMOVED_STATES:
                text = line.text
                i = len(text) - len(text.lstrip())
                j = len(text.rstrip())
                if j > i:
                    more = line._more
                    if more is None or more.pieces is None:
                        # the common case, a line still one untouched piece of the input: one record
                        records.append((line.start + i, line.start + j, filter, reason, None, ()))
                    else:
                        splice(more.pieces, [(i, j, reason, None)], records, filter, keep=True)
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
                split = (source_offset(line.pieces, text[0], line.end), True)
            else:
                split = (source_offset(line.pieces, credit[0], line.end), False)
        self._splice(line, [(i, j, reason, None) for i, j in gaps if s[i:j].strip()], filter)
        self._body_text = self._body_texts = None
        line.state = CAPTION
        line.reason = "caption"
        line.caption_split = split
        line.caption = _caption(line)

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
            parts = iter(split_pieces(line.pieces, line.text, flat))
            for group in groups:
                pieces = [p for _ in group for p in next(parts)]
                if pieces:
                    new = Line(len(out), pieces[0][0], pieces[-1][1], "")
                    new.pieces = pieces
                    new.text = text_of(pieces)
                    out.append(new)
        self.lines = out
        self._body_text = self._body_texts = None

    def set_title(self, line: Line) -> None:
        """Mark ``line`` as the title; nothing is removed, a line marked before goes back to the body."""
        self._mark_unique(line, TITLE)

    def set_subtitle(self, line: Line) -> None:
        """Mark ``line`` as the subtitle; nothing is removed, a line marked before goes back to the body."""
        self._mark_unique(line, SUBTITLE)

    def _mark_unique(self, line: Line, state: str) -> None:
        self._check_not_removed(line, f"the {state}")
        self._body_text = self._body_texts = None
        other = self.line_of(state)
        if other is not None and other is not line:
            other.state = BODY
            other.reason = None
        line.state = state
        line.reason = state
        self._marked[state] = line

    # ------------------------------------------------------------ build
    def build(self) -> "Article":
        """Freeze the document into the public :class:`Article`."""
        from .building import build_article

        return build_article(self)

    # ------------------------------------------------------------ internals
    def _check_not_removed(self, line: Line, what: str) -> None:
        if line.is_removed:
            raise ValueError(f"line {line.index} was already removed ({line.state}: {line.reason}); "
                             f"it cannot become {what}")

    def _splice(self, line: Line, spans: Sequence[Span], filt: str) -> None:
        """Take the ``(i, j, reason, new)`` spans out of ``line.text`` (see :func:`~newsclean.pieces.splice`)."""
        if line.state in REMOVED_STATES or not spans:
            return
        if len(spans) > 1:
            spans = sorted(spans, key=_span_start)
        pieces = splice(line.pieces, spans, self._records, filt)
        self._body_text = self._body_texts = None
        line.pieces = pieces
        line.text = text_of(pieces) if pieces else ""
        if line.state == CAPTION:
            line.caption = _caption(line)


_state_of = attrgetter("state")
_text_of = attrgetter("text")
_MARKED_STATES = frozenset((TITLE, SUBTITLE))


def _span_start(span: Span) -> int:
    return span[0]


def _caption(line: Line) -> Caption:
    """The caption of a caption line, from its current text."""
    if line.caption_split is None:
        return Caption(text=line.text.strip())
    split, credit_first = line.caption_split
    first, second = split_at(line.pieces, split)
    a, b = first.strip(), second.strip() or None
    if credit_first:
        return Caption(text=b or "", credit=a or None)
    return Caption(text=a, credit=b)


__all__ = ["BODY", "CAPTION", "DROPPED", "Document", "Line", "META", "MetadataDraft", "NOTICE",
           "REMOVED_STATES", "SUBTITLE", "TITLE"]
