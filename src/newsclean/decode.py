"""Bytes to text, once, before anything else.

Order of evidence:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. strict UTF-8 (the fast path for almost every input);
3. magic numbers of binary formats (PNG, JPEG, PDF, ZIP …) → :class:`NotText`;
4. UTF-8 with a few stray bytes among much valid UTF-8 (bad bytes → U+FFFD);
5. UTF-16 without a byte-order mark, when one byte order gives plausible text;
6. many control bytes (random or binary data) → :class:`NotText`;
7. GB18030 when the sample decodes strictly into Chinese prose (its most common
   characters make a good share of it): the usual legacy encoding, found
   without chardet;
8. chardet's guess on a bounded sample; GB2312 and GBK guesses decode as
   GB18030, their superset, Big5 as Big5-HKSCS. When chardet sees no text,
   or guesses a single-byte code page with little confidence, bytes that
   decode as GB18030 into Chinese text are taken for GB18030.

Bytes that do not decode are replaced by U+FFFD, which the normalisation
filter then removes and records, so decoding never raises on text; data that
is clearly not text raises :class:`NotText`. Every step looks at a bounded
sample, so decoding costs one pass over the input.
"""
from __future__ import annotations

import codecs
from typing import NamedTuple, Optional

import re

from .errors import LooksLikeHtml, NotText

# chardet is pure Python: a sample this size is plenty for news text and keeps
# decoding of large inputs linear and fast.
SAMPLE_BYTES = 64 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# chardet names whose superset decodes more text correctly
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "ascii": "utf-8",
    "iso-8859-1": "cp1252",
}

# encodings of Chinese text that chardet names: its guess is kept
_CHINESE = frozenset({"gb18030", "big5hkscs", "euc-tw", "hz", "hz-gb-2312", "iso-2022-cn"})

# magic numbers of common binary formats that scrapers pick up by mistake
_BINARY_MAGIC = (
    b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"%PDF-", b"PK\x03\x04",
    b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00", b"7z\xbc\xaf\x27\x1c", b"RIFF", b"\x00\x00\x01\x00",
    b"OggS", b"ID3", b"\x7fELF", b"MZ",
)

# control bytes that text in any single- or double-byte encoding almost never
# holds (tab, line breaks, form feed and escape are allowed); random data has
# about one in ten
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x1B)) + bytes(range(0x1C, 0x20))
_CONTROL_TABLE = bytes.maketrans(b"", b"")
_MAX_CONTROL_SHARE = 0.05

# (plain character classes: the standard engine runs them several times faster)
# characters of Chinese news text: ASCII, CJK ideographs and punctuation,
# full-width forms, general punctuation; decoding with the wrong encoding
# gives mostly other characters
_IMPLAUSIBLE = re.compile(
    r"[^\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]"
)
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,}")
_MIN_PLAUSIBLE = 0.95
# the most frequent characters of simplified Chinese prose (about a fifth of its
# ideographs); in ideographs decoded from another encoding they are rare
_COMMON_SIMPLIFIED = "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里"
_COMMON = re.compile(f"[{_COMMON_SIMPLIFIED}]")
_MIN_COMMON_SHARE = 0.04
_MIN_CJK_FOR_FREQUENCY = 40


class Decoded(NamedTuple):
    """What :func:`decode` returns: the text and the name of the codec used."""

    text: str
    encoding: str


def decode(data: bytes) -> Decoded:
    """Decode ``data`` to text and name the encoding used.

    >>> decode("新闻".encode("gbk")).encoding
    'gb18030'
    >>> decode(b"\\xef\\xbb\\xbfok")
    Decoded(text='ok', encoding='utf-8-sig')
    >>> decode(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    Traceback (most recent call last):
    newsclean.errors.NotText: input looks like binary data (starts with b'\\x89PNG\\r\\n\\x1a\\n'), not text
    """
    if not data:
        return Decoded("", "utf-8")
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(name, errors="replace"), name)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # only bytes that are not UTF-8 can be binary: a text may start with "MZ"
    if data.startswith(_BINARY_MAGIC):
        raise NotText(f"input looks like binary data (starts with {data[:8]!r}), not text")
    if _mostly_utf8(data):
        return Decoded(data.decode("utf-8", errors="replace"), "utf-8")
    sample = data[:SAMPLE_BYTES]
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return Decoded(data.decode(utf16, errors="replace"), utf16)
    controls = len(sample) - len(sample.translate(_CONTROL_TABLE, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(sample):
        # UTF-16 Chinese text without a single ASCII character has no NUL to go by
        for name in ("utf-16-le", "utf-16-be"):
            if _plausible_chinese(_strict_prefix(sample[:len(sample) & ~1], name)):
                return Decoded(data.decode(name, errors="replace"), name)
        raise NotText(
            f"input holds {controls} control bytes in its first {len(sample)}: binary data, not text"
        )
    if _reads_as_simplified_chinese(_strict_prefix(sample, "gb18030")):
        # the common case of legacy Chinese news: chardet (pure Python) would cost
        # many times the whole cleaning to reach the same answer
        return Decoded(data.decode("gb18030", errors="replace"), "gb18030")
    name = _guess(sample)
    return Decoded(data.decode(name, errors="replace"), name)


# ---------------------------------------------------------------- HTML pages
# A page is told from a text with a stray <br> or a few tags by tags that only
# a page has (doctype, html, head, body, meta, title, link), or by markup from
# its first character on. Only the head of the input is read.
HTML_SCAN_CHARS = 64 * 1024
_TAG = re.compile(r"<(?:(/?[A-Za-z][A-Za-z0-9-]{0,20})|!--|!doctype|\?xml)[^<>]{0,2000}>", re.I)
_PAGE_TAG = re.compile(r"<(!doctype\s+html|html|head|body|meta|title|link|frameset)[\s>/]", re.I)
_MARKUP_START = re.compile(r"[\s\ufeff]*<(?:[A-Za-z]|!|\?xml)")
#: a page whose first character is markup has a page-only tag, or this many tags making this share of the head
_MIN_TAGS, _MIN_TAG_SHARE = 20, 0.1
#: a page with something before its markup (HTTP headers, a log line): a doctype or <html> this
#: close to the start, this many kinds of page-only tags and _MIN_TAGS tags (a tutorial quoting a
#: page skeleton has prose first)
_PAGE_START = re.compile(r"<(?:!doctype\s+html|html|head)[\s>]", re.I)
_MAX_BEFORE_PAGE = 1024
_MIN_PAGE_TAG_KINDS = 3


def looks_like_html(text: str) -> bool:
    r"""True when ``text`` is an HTML page (its markup), not the text of one.

    >>> looks_like_html("<!DOCTYPE html><html><head><title>新闻</title></head><body>正文</body></html>")
    True
    >>> looks_like_html("正文第一段。<br>\n正文第二段，<b>加粗</b>。")
    False
    >>> looks_like_html("<title>多地为基层减负</title>\n正文第一段。"), looks_like_html("<HTML>")
    (False, False)
    """
    head = text[:HTML_SCAN_CHARS]
    if "<" not in head:
        return False
    kinds = {m.group(1).lower().split()[0] for m in _PAGE_TAG.finditer(head)}
    if not kinds:
        return _MARKUP_START.match(head) is not None and _markup_heavy(head)
    if _MARKUP_START.match(head):
        # a page has more than one of its tags, or many tags: a text that opens with one
        # stray tag (<title>标题</title>, then the article; a lone <HTML>) is text
        return len(kinds) >= 2 or _markup_heavy(head)
    # something before the page (HTTP headers, a log line), then the page itself
    first = _PAGE_START.search(head, 0, _MAX_BEFORE_PAGE)
    return (first is not None and len(kinds) >= _MIN_PAGE_TAG_KINDS
            and len(_TAG.findall(head, first.start())) >= _MIN_TAGS)


def _markup_heavy(head: str) -> bool:
    """Many tags, making a good share of ``head``."""
    tags = [m.end() - m.start() for m in _TAG.finditer(head)]
    return len(tags) >= _MIN_TAGS and sum(tags) >= _MIN_TAG_SHARE * len(head)


def refuse_html(text: str) -> None:
    """Raise :class:`~newsclean.errors.LooksLikeHtml` when ``text`` is an HTML page."""
    if looks_like_html(text):
        raise LooksLikeHtml(
            "input looks like an HTML page, not its text; clean it with newsclean.clean_html(...) "
            "(or `newsclean clean --html`), which reads the page's text and hints first"
        )


def _guess(sample: bytes) -> str:
    """The encoding of non-UTF-8 text, from chardet's guess and a check for Chinese text."""
    import chardet  # here, not at the top: its import costs ~0.1 s CPU and UTF-8 or str input never needs it

    result = chardet.detect(sample)
    guess = (result.get("encoding") or "").lower()
    name = _SUPERSETS.get(guess, guess)
    if name in _CHINESE or name == "utf-8":
        return name
    confident = name and _known_codec(name) and (result.get("confidence") or 0) >= 0.5
    if not confident and _plausible_chinese(_strict_prefix(sample, "gb18030")):
        return "gb18030"
    if not name:
        raise NotText(f"input of {len(sample)}+ bytes is not text in any encoding newsclean knows")
    return name if _known_codec(name) else "gb18030"


def _reads_as_simplified_chinese(text: Optional[str]) -> bool:
    """True when ``text`` (a strict GB18030 decoding) is running Chinese prose.

    Big5, Shift_JIS or EUC-KR bytes decode as GB18030 too, into ideographs picked
    nearly at random; real text uses its most common characters (的, 是, 在 …)
    for a good share of the ideographs. Short texts are left to chardet.
    """
    if not text:
        return False
    cjk = len(_CJK.findall(text))
    if cjk < _MIN_CJK_FOR_FREQUENCY or len(_COMMON.findall(text)) < _MIN_COMMON_SHARE * cjk:
        return False
    return _plausible_chinese(text, cjk)


def _mostly_utf8(data: bytes) -> bool:
    """True when the bytes are UTF-8 with only a few stray bytes in them."""
    text = data[:SAMPLE_BYTES * 4].decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    return multibyte >= 20 * bad


def _strict_prefix(sample: bytes, encoding: str) -> Optional[str]:
    """``sample`` decoded strictly (a character cut at the end is left out), or None."""
    try:
        return codecs.getincrementaldecoder(encoding)("strict").decode(sample, final=False)
    except UnicodeDecodeError:
        return None


def _plausible_chinese(text: Optional[str], cjk: Optional[int] = None) -> bool:
    """True when ``text`` reads as Chinese text: a tenth or more CJK, mostly in
    runs of two or more, and almost nothing exotic.

    (Latin text with accents may decode as GB18030 too, into ASCII words with
    single ideographs where the accented letters were: ``Stra遝 in M黱chen``.)
    """
    if not text:
        return False
    if cjk is None:  # (the count, when the caller has made it)
        cjk = len(_CJK.findall(text))
    in_runs = sum(len(run) for run in _CJK_RUN.findall(text))
    odd = len(_IMPLAUSIBLE.findall(text))
    return (cjk >= 0.1 * len(text) and (in_runs >= 0.5 * cjk or len(text) <= 2)
            and odd <= (1 - _MIN_PLAUSIBLE) * len(text))


def _utf16_without_bom(sample: bytes) -> Optional[str]:
    """``utf-16-le`` or ``utf-16-be`` when the sample reads as text in that byte order.

    UTF-16 text holds its ASCII characters (line breaks, digits, spaces) as a
    byte and a NUL, so its NUL bytes sit at one parity; bytes of any other
    encoding hold no NUL, random data holds them at both parities.
    """
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if even + odd == 0:
        return None
    if odd >= 9 * even:
        name = "utf-16-le"
    elif even >= 9 * odd:
        name = "utf-16-be"
    else:
        return None
    text = _strict_prefix(sample[:len(sample) & ~1], name)
    if not text or len(_IMPLAUSIBLE.findall(text)) > (1 - _MIN_PLAUSIBLE) * len(text):
        return None
    return name


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True
