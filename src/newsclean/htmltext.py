"""An HTML tree to the naive text a scraper gets, and the article's container in it.

The naive text keeps every text node, hidden ones too (jammers hide in
``display:none`` spans, and the pipeline's filters are built to find them
there), puts a line break at each block element and ``<br>``, and drops only
``<script>``, ``<style>``, ``<noscript>`` and comments. Table cells are
joined without a separator, as a browser's copy of a table row reads.

The container is chosen the way readability-style extractors judge blocks,
by the text they hold: every character of the page's text weighs for or
against each element that holds it (prose outside links for it, link text
and short lines against it), and the element with the most weight is the
article's body. The climb then adds the ancestors that bring the page's
headline in, as long as they add little besides it (the headline, byline
and share bar sit just above the body on almost every news page).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import accumulate
from typing import Optional

import regex

# elements that start and end a line (HTML's block and flow-layout elements)
BLOCKS = frozenset("""
    address article aside blockquote body caption center dd details dialog dir div dl dt fieldset
    figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main
    menu nav ol p pre section summary table tbody tfoot thead tr ul option
""".split())
# elements whose text is no text of the page
SKIPPED = frozenset({"script", "style", "noscript", "template", "head"})
HEADINGS = ("h1", "h2", "h3")

# a line reads as prose when it holds a sentence mark and enough text outside links
_SENTENCE_MARK = regex.compile(r"[。！？，；：、“”!?]|[,.;] ")
_MIN_PROSE_CHARS = 10
_LONG_LINE = 25  # a line this long outside links is prose even without marks (spaces for commas)

#: weight of one character for the element that holds it
PROSE_WEIGHT = 1.0
LINK_WEIGHT = -1.0   # link text: navigation, related-article lists
SHORT_WEIGHT = -0.25  # short lines outside links: buttons, labels, bylines (the climb takes these)

#: the climb to the headline adds at most this much text that is not prose, beyond the body
CLIMB_MAX_EXTRA = 800
#: the lines under a headline that stands apart from the body, joined before it, hold at most this much text
HEAD_BLOCK_MAX = 600
#: a feed (teasers, comments) after the article: at least this many links of this many
#: characters, making this share of its text; cut only after this much article prose, and
#: when less prose than a sentence follows it
FEED_MIN_LINKS = 3
FEED_LINK_CHARS = 8
FEED_LINK_SHARE = 0.15
FEED_LINKS_LOOKED_AT = 64
MIN_ARTICLE_BEFORE_FEED = 100
MAX_PROSE_AFTER_FEED = 30
#: what the climb and the headline's block may add holds at most this share of link text
MAX_LINK_SHARE = 0.5


@dataclass
class TextMap:
    """The naive text of a tree and where each element's text lies in it."""

    text: str
    #: element → (start, end) offsets of its text in :attr:`text`
    spans: dict
    #: offsets of the text that lies inside links, as sorted (start, end) pairs
    links: list
    #: how deep the tree nests (libxml2 drops what lies deeper than :data:`MAX_PARSED_DEPTH`)
    depth: int = 0


#: libxml2 keeps elements down to this depth and silently drops the text below it
MAX_PARSED_DEPTH = 2048


def naive_text(root) -> TextMap:
    """The naive text of ``root`` (an lxml element) with each element's span."""
    out: list[str] = []
    pos = 0
    spans: dict = {}
    links: list[tuple[int, int]] = []

    def emit(s: str) -> None:
        nonlocal pos
        if s:
            out.append(s)
            pos += len(s)

    def newline() -> None:
        if out and not out[-1].endswith("\n"):
            emit("\n")

    # an explicit stack: pages nest deeper than Python's recursion limit allows
    stack: list = [(root, False, 0)]
    deepest = 0
    while stack:
        el, closing, depth = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else None
        if closing:
            if tag in BLOCKS:
                newline()
            if tag == "a":
                links.append((spans[el][0], pos))
            spans[el] = (spans[el][0], pos)
            emit(el.tail or "")
            continue
        if tag is None or tag.lower() in SKIPPED:  # a comment, processing instruction or script
            emit(el.tail or "")
            continue
        tag = tag.lower()
        if tag == "br":
            emit("\n")
            spans[el] = (pos, pos)
            emit(el.tail or "")
            continue
        if tag in BLOCKS:
            newline()
        spans[el] = (pos, pos)
        emit(el.text or "")
        stack.append((el, True, depth))
        deepest = max(deepest, depth + 1)
        for child in reversed(el):
            stack.append((child, False, depth + 1))
    return TextMap("".join(out), spans, links, deepest)


def tidy(text: str) -> str:
    """Trailing white space off each line, runs of more than two blank lines cut to two."""
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    blank = 0
    for line in lines:
        blank = blank + 1 if not line else 0
        if blank <= 2:
            out.append(line)
    return "\n".join(out).strip("\n")


@dataclass
class Sums:
    """Prefix sums over :attr:`TextMap.text`, so any span is judged in constant time."""

    weight: list  # of every character's weight (see the module's notes)
    solid: list   # of the characters that are not white space
    linked: list  # of those that lie inside links
    links: list   # the links' spans, sorted

    def of(self, prefix: list, a: int, b: int):
        return prefix[b] - prefix[a]


def sums(tm: TextMap) -> Sums:
    """The prefix sums of a text map, in one pass over its text."""
    text = tm.text
    in_link = bytearray(len(text))
    for a, b in tm.links:
        in_link[a:b] = b"\x01" * (b - a)
    w = [0.0] * len(text)
    solid = [0] * len(text)
    linked = [0] * len(text)
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        chars = [i for i in range(start, end) if not text[i].isspace()]
        plain = sum(1 for i in chars if not in_link[i])
        prose = plain >= _MIN_PROSE_CHARS and (_SENTENCE_MARK.search(line) is not None or plain >= _LONG_LINE)
        for i in chars:
            solid[i] = 1
            if in_link[i]:
                linked[i] = 1
                w[i] = LINK_WEIGHT
            else:
                w[i] = PROSE_WEIGHT if prose else SHORT_WEIGHT
        start = end + 1
    return Sums([0.0, *accumulate(w)], [0, *accumulate(solid)], [0, *accumulate(linked)], sorted(tm.links))


def choose_container(tm: TextMap, headline: Optional[str] = None):
    """The element that holds the article, or ``None`` when no element holds prose.

    ``headline`` (the page's own headline, when known) is looked for above
    the body: the climb takes the nearest ancestor holding it when that adds
    little text besides it.
    """
    return _choose(tm, sums(tm), headline)


def _choose(tm: TextMap, sm: Sums, headline: Optional[str]):
    best, best_score = None, 0.0
    for el, (a, b) in tm.spans.items():
        if not isinstance(el.tag, str) or el.tag.lower() not in BLOCKS or el.tag.lower() in ("html", "body"):
            continue
        s = sm.of(sm.weight, a, b)
        if s > best_score:
            best, best_score = el, s
    if best is None:
        return None
    return _climb(best, tm, sm, headline)


def article_spans(tm: TextMap, headline: Optional[str] = None) -> list[tuple[int, int]]:
    """The spans of :attr:`TextMap.text` that make the article's text, in page order.

    The container (:func:`choose_container`). When it holds the headline, it
    ends before the first feed after the headline (a list of linked teasers or
    comments: other texts than the article's). When the headline stands above
    it and the climb could not take it in, the lines from the headline down to
    the container, up to :data:`HEAD_BLOCK_MAX` characters (headline, byline,
    source), go first. Empty when no element holds prose.
    """
    sm = sums(tm)
    box = _choose(tm, sm, headline)
    if box is None:
        return []
    a, b = tm.spans[box]
    at = _headline_at(tm.text, headline, a, b) if headline else None
    if at is None:
        return [(a, b)]
    if a <= at < b:
        return [(a, _end_before_feed(box, tm, sm, at))]
    return [_head_block(tm, sm, at, a), (a, b)]


def _end_before_feed(box, tm: TextMap, sm: Sums, at: int) -> int:
    """The start of the first feed after the headline (``at``) in ``box``; its end when none.

    One path down the tree: at each level the blocks after the headline are
    looked at; a feed-like block with too little article before it holds the
    rest of the article and the feed, and the path goes into it; otherwise
    into the headline's own branch.
    """
    a, b = tm.spans[box]
    el = box
    while el is not None:
        branch = into = None
        for child in el:
            span = tm.spans.get(child)
            if span is None or span[1] <= at:
                continue
            if span[0] <= at:
                branch = child
                continue
            if _is_feed(tm, sm, span):
                if sm.of(sm.weight, a, span[0]) >= MIN_ARTICLE_BEFORE_FEED:
                    # no cut when article prose follows (推荐阅读 between two parts of the article)
                    return span[0] if sm.of(sm.weight, span[1], b) < MAX_PROSE_AFTER_FEED else b
                into = child
                break
        el = into if into is not None else branch
    return b


def _is_feed(tm: TextMap, sm: Sums, span: tuple[int, int]) -> bool:
    """A block of several headline-long links, links a good share of its text: teasers or comments."""
    s, e = span
    solid = sm.of(sm.solid, s, e)
    if not solid or sm.of(sm.linked, s, e) < FEED_LINK_SHARE * solid:
        return False
    long_links = 0
    i = bisect.bisect_left(sm.links, (s, s))
    for ls, le in sm.links[i:i + FEED_LINKS_LOOKED_AT]:
        if ls >= e:
            break
        if sm.of(sm.solid, ls, min(le, e)) >= FEED_LINK_CHARS:
            long_links += 1
    return long_links >= FEED_MIN_LINKS


def _head_block(tm: TextMap, sm: Sums, at: int, limit: int) -> tuple[int, int]:
    """The lines from the headline's (at ``at``) down to the container (at ``limit``), up to
    :data:`HEAD_BLOCK_MAX` characters: the byline and source lines sit there."""
    end = at
    solid = 0
    while end < limit:
        nl = tm.text.find("\n", end, limit)
        stop = limit if nl < 0 else nl + 1
        solid += sm.of(sm.solid, end, stop)
        if solid > HEAD_BLOCK_MAX and end > at:
            break
        end = stop
    return at, end


def _climb(best, tm: TextMap, sm: Sums, headline: Optional[str]):
    """The nearest ancestor of ``best`` that holds the headline's line, when it adds little else."""
    a, b = tm.spans[best]
    at = _headline_at(tm.text, headline, a, b) if headline else None
    if at is None or a <= at < b:
        return best
    el = best.getparent()
    while el is not None and isinstance(el.tag, str) and el.tag.lower() not in ("body", "html"):
        s, e = tm.spans.get(el, (a, b))
        added = sm.of(sm.solid, s, a) + sm.of(sm.solid, b, e)
        if added > CLIMB_MAX_EXTRA or sm.of(sm.linked, s, a) + sm.of(sm.linked, b, e) > MAX_LINK_SHARE * added:
            return best
        if s <= at < e:
            return el
        el = el.getparent()
    return best


def _headline_at(text: str, headline: str, a: int, b: int) -> Optional[int]:
    """The offset of the line reading ``headline`` nearest the span ``[a, b)``, or None."""
    key = _canon(headline)
    best, dist = None, None
    start = 0
    for line in text.split("\n"):
        if len(line) >= len(key) and _canon(line) == key:
            d = a - start if start < a else (0 if start < b else start - b)
            if dist is None or d < dist:
                best, dist = start, d
        start += len(line) + 1
    return best


_SPACE = regex.compile(r"\s+")


def _canon(s: str) -> str:
    return _SPACE.sub("", s)


def markup_free(html: str) -> str:
    """The text of a page by a plain scan, for a tree the parser cut short: script,
    style and comments out, a line break for each block tag, other tags out,
    entities decoded. Each search starts where the last one ended (linear)."""
    low = html.lower()
    out: list[str] = []
    i = 0
    n = len(html)
    while i < n:
        j = html.find("<", i)
        if j < 0:
            out.append(html[i:])
            break
        if j > i:
            out.append(html[i:j])
        if low.startswith("<!--", j):
            end = low.find("-->", j + 4)
            i = n if end < 0 else end + 3
            continue
        m = _TAG_NAME.match(low, j + 1)
        close = html.find(">", j + 1)
        if close < 0:
            out.append(html[j:])
            break
        name = m.group(2) if m else ""
        if name in SKIPPED and not m.group(1):
            end = low.find(f"</{name}", close + 1)
            close = n - 1 if end < 0 else max(low.find(">", end), end)
            name = ""
        if name == "br" or (name in BLOCKS and out and not out[-1].endswith("\n")):
            out.append("\n")
        i = close + 1
    return _unescape("".join(out))


_TAG_NAME = regex.compile(r"(/?)\s*([a-z][a-z0-9]*)")


def _unescape(s: str) -> str:
    import html as _html  # (the standard library's; this package has no module of that name)

    return _html.unescape(s)


__all__ = ["BLOCKS", "HEAD_BLOCK_MAX", "MAX_PARSED_DEPTH", "article_spans", "markup_free", "SKIPPED", "TextMap", "choose_container", "naive_text", "tidy"]
