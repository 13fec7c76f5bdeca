"""Remove machine data that a scraper picked up with the text: base64 blobs (an
inlined font or image), hex dumps, JSON (a page's state or JSON-LD), minified
CSS and JavaScript, long query strings.

A scraper that takes the text of a whole page takes the text of its ``<style>``
and ``<script>`` elements too, and data URIs from attributes. None of it is
article text, and left in the body it is a paragraph of garbage that the
jammer filter would also cut into pieces (a minified script is full of short
ASCII runs).

Each kind is recognised by its shape, and only where the shape leaves no doubt:
a base64 run of at least ``MIN_BASE64`` characters that mixes digits, capitals
and small letters; a line of at least ``MIN_HEX_GROUPS`` groups of hex digits,
some of them with letters (a table of numbers has none), after an optional
offset and before an optional column of characters; a line of at least
``MIN_DATA_LINE`` characters that parses as a JSON object or array; and a line
as long whose CSS rules (``selector{prop:value}``) or script statements cover
it, or that is a query string (URL characters only, no white space, at least
``MIN_QUERY_PAIRS`` key=value pairs). Code quoted in an article keeps its lines short and its spaces, so it stays.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from itertools import compress, islice
from operator import attrgetter

from ..document import Document
from .base import Filter, JoinedLines

_TEXT = attrgetter("text")
#: a base64 run shorter than this may be a word, a hash or a key
MIN_BASE64 = 200
#: a line shorter than this is no JSON, CSS or script blob to drop (a code line in an article)
MIN_DATA_LINE = 200
#: a hex dump line holds at least this many groups of hex digits
MIN_HEX_GROUPS = 8
#: the share of a line that CSS rules or script statements must cover
MIN_COVER = 0.8
#: shorter JSON lines are data in a run of this many (JSON Lines); one alone may be an example
MIN_JSON_RUN = 3

# a run starts only where the class does (the look-behind): each run is read once
_BASE64 = re.compile(rf"(?:data:[\w.+/-]{{1,100}};base64,)?(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{{{MIN_BASE64},}}={{0,2}}")
_HEX_OFFSET = r"[ \t]*(?:[0-9a-fA-F]{4,8}:?[ \t]+)?"
_HEX_GROUP = r"[0-9a-fA-F]{2,8}"
_HEX_LINE = re.compile(
    _HEX_OFFSET
    + rf"((?:{_HEX_GROUP}[ \t]+){{{MIN_HEX_GROUPS - 1},}}{_HEX_GROUP})"
    + r"(?:[ \t]+\|?[^\n]{0,24}?\|?)?[ \t]*"            # the column of characters
)
_HEX_GROUPS_AT = _HEX_OFFSET + rf"(?:{_HEX_GROUP}[ \t]+){{{MIN_HEX_GROUPS - 1}}}{_HEX_GROUP}"
# a line that opens with hex groups; in a whole text searched after a line break, whose
# literal lets the search skip in C to the next break (a text full of digits and Latin
# letters costs no more than another)
_HEX_GROUPS = re.compile(rf"(?m)^{_HEX_GROUPS_AT}")
_HEX_AFTER_BREAK = re.compile(rf"\n{_HEX_GROUPS_AT}")
_HEX_AT_START = re.compile(_HEX_GROUPS_AT)
_HEX_LETTER = re.compile("[a-fA-F]")
# a line shaped like a JSON object or array (searched in the lines joined: no Python a line)
_JSON_SHAPE = re.compile(r"(?m)^[ \t]*[\[{][^\n]*[\]}][ \t]*$")
_JSON_OPEN_AFTER_BREAK = re.compile(r"\n[ \t]*[\[{]")
# a CSS block: found where a { is, so a line is read once
_CSS_BLOCK = re.compile(r"\{([^{}\n]{0,2000})\}")
# the characters of a URL; a line of them with no white space and many key=value pairs is a
# query string (a tracking link, a form's state), however long
_URL_CHARS = re.compile(r"[\w%&=.~:/?;+\-\[\],@!$'()*#]+", re.ASCII)
#: a query string holds at least this many key=value pairs
MIN_QUERY_PAIRS = 5
_SCRIPT_WORD = re.compile(r"\b(?:function|var|let|const|return|typeof|new)\b|=>|\b(?:window|document)\.")
_SCRIPT_MARK = re.compile(r"[(){};=]")
#: a line with a larger share of characters beyond ASCII (Han above all) is text (JSON aside:
#: its values may be Chinese)
MAX_HAN_SHARE = 0.05


_CLASSES_OF_BASE64 = (re.compile("[0-9]"), re.compile("[A-Z]"), re.compile("[a-z]"))


def _mixed(run: str) -> bool:
    """Base64 of random bytes mixes the three classes; a run of one letter is no blob."""
    return all(c.search(run) is not None for c in _CLASSES_OF_BASE64)


def _hex_dump(text: str) -> bool:
    m = _HEX_LINE.fullmatch(text)
    return m is not None and _HEX_LETTER.search(m.group(1)) is not None


def _json(text: str) -> bool:
    if not ((text[0] == "{" and text[-1] == "}") or (text[0] == "[" and text[-1] == "]")):
        return False
    try:
        value = json.loads(text)
    except ValueError:
        return False
    return bool(value) and isinstance(value, (dict, list))


def _css(text: str) -> bool:
    """Rules ``selector{prop:value;…}`` end to end: three or more blocks, nearly all with a
    declaration, short selectors between them, and together most of the line."""
    blocks = [(m.start(), m.end(), ":" in m.group(1)) for m in _CSS_BLOCK.finditer(text)]
    if len(blocks) < 3 or sum(d for _, _, d in blocks) < 0.8 * len(blocks):
        return False
    gaps = [b[0] - a[1] for a, b in zip(blocks, blocks[1:])] + [blocks[0][0], len(text) - blocks[-1][1]]
    return max(gaps) <= 150 and sum(j - i for i, j, _ in blocks) + sum(gaps) >= MIN_COVER * len(text)


def _query_string(text: str) -> bool:
    return (text.count("=") >= MIN_QUERY_PAIRS and text.count("&") + text.count(";") >= MIN_QUERY_PAIRS - 1
            and _URL_CHARS.fullmatch(text) is not None)


def _script(text: str) -> bool:
    # statements are dense in brackets, semicolons and =, and name script words; prose is not
    n = len(text)
    return (len(_SCRIPT_MARK.findall(text)) >= 0.08 * n and len(_SCRIPT_WORD.findall(text)) >= 3
            and text.count(" ") <= 0.2 * n)


def _few_han(text: str) -> bool:
    """Nearly all ASCII (counted in C, with no list of characters made: a line may be megabytes)."""
    return len(text) - len(text.encode("ascii", "ignore")) <= MAX_HAN_SHARE * len(text)


def _long_kind(text: str) -> str | None:
    """What a long stripped line is: ``json``; with few Han characters a ``hex-dump``, ``css``,
    ``script`` or other ``ascii`` (where a base64 blob may be); ``None`` for Chinese text."""
    if _json(text):
        return "json"
    if not _few_han(text):
        return None
    if _hex_dump(text):
        return "hex-dump"
    if "{" in text and _css(text):
        return "css"
    if _query_string(text):
        return "query-string"
    if _script(text):
        return "script"
    return "ascii"


def data_line(text: str) -> str | None:
    """The kind of machine data the whole line is (``hex-dump``, ``json``, ``css``,
    ``query-string``, ``script``), or ``None``."""
    text = text.strip()
    if len(text) >= MIN_DATA_LINE:
        kind = _long_kind(text)
        return None if kind == "ascii" else kind
    return "hex-dump" if _hex_dump(text) else None


@dataclass
class DropDataLines(Filter, name="data-lines"):
    """Drop lines of machine data (hex dumps, JSON, minified CSS and JavaScript, query strings)
    and cut base64 blobs.

    >>> from newsclean.document import Document
    >>> css = ".a{color:#333;font-size:14px}.b .c>li{margin:0 auto;padding:2px 4px}" * 4
    >>> doc = DropDataLines()(Document("正文第一段。\\n" + css + "\\n正文第二段。"))
    >>> [line.text for line in doc.body_lines()], [r.reason for r in doc.build().removed]
    (['正文第一段。', '正文第二段。'], ['css'])
    """

    def apply(self, doc: Document) -> None:
        # (most pages hold no line a kind can be: the longest line and two searches in C tell)
        longest = max(map(len, map(_TEXT, doc.lines)), default=0)
        if longest < 3:  # (the shortest JSON that counts, [1], and any hex dump line are longer)
            return
        source = doc.source
        some_json = len(list(islice(_JSON_OPEN_AFTER_BREAK.finditer(source), MIN_JSON_RUN - 1))) == MIN_JSON_RUN - 1
        some_hex = _HEX_AT_START.match(source) is not None or _HEX_AFTER_BREAK.search(source) is not None
        if not (some_json or some_hex) and longest < MIN_DATA_LINE:
            return
        lines = list(doc.body_text_lines())
        texts = [line.text for line in lines]
        # the lines a kind can be: long ones, and shorter ones opening with hex groups or shaped
        # like JSON (found in C, in the lines joined only when the source holds such a line)
        long = set(compress(range(len(texts)), map(MIN_DATA_LINE.__le__, map(len, texts))))
        joined = JoinedLines(texts) if some_json or some_hex else None
        hexy = set(joined.hits(_HEX_GROUPS)) if some_hex else set()
        for k in (self._json_runs(texts, joined, long) if some_json else ()):
            doc.drop(lines[k], filter=self.name, reason="json")
            long.discard(k)
            hexy.discard(k)
        for k in sorted(long | hexy):
            line = lines[k]
            text = line.text.strip()
            if len(text) < MIN_DATA_LINE:
                if _hex_dump(text):
                    doc.drop(line, filter=self.name, reason="hex-dump")
                continue
            kind = _long_kind(text)
            if kind == "ascii":
                spans = [(m.start(), m.end(), "base64") for m in _BASE64.finditer(line.text) if _mixed(m.group())]
                if spans:
                    doc.cut_reasons(line, spans, filter=self.name)
            elif kind:
                doc.drop(line, filter=self.name, reason=kind)


    @staticmethod
    def _json_runs(texts: list[str], joined: JoinedLines, long: set[int]) -> list[int]:
        """The short lines of runs of ``MIN_JSON_RUN`` or more JSON lines (JSON Lines data)."""
        parsed = [k for k in joined.hits(_JSON_SHAPE) if k not in long and _json(texts[k].strip())]
        runs, run = [], []
        for k in parsed:
            if run and k != run[-1] + 1:
                runs += run if len(run) >= MIN_JSON_RUN else []
                run = []
            run.append(k)
        return runs + (run if len(run) >= MIN_JSON_RUN else [])


__all__ = ["DropDataLines", "data_line"]
