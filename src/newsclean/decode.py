"""Bytes to text, once, before anything else.

Order of evidence: a byte-order mark; then UTF-8 (strict, or with a few stray
bytes among much valid UTF-8); then chardet's guess on a sample. GB2312 and
GBK guesses decode as GB18030, their superset. Bytes that do not decode are
replaced by U+FFFD, which the normalisation filter then removes and records,
so decoding never raises on text; clearly binary data raises :class:`NotText`.
"""
from __future__ import annotations

import codecs
from typing import NamedTuple

import chardet

from .errors import NotText

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

# magic numbers of common binary formats that scrapers pick up by mistake
_BINARY_MAGIC = (
    b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"%PDF-", b"PK\x03\x04",
    b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00", b"7z\xbc\xaf\x27\x1c", b"RIFF", b"\x00\x00\x01\x00",
    b"OggS", b"ID3", b"\x7fELF", b"MZ",
)


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
    if sample.count(0) > len(sample) // 100:
        raise NotText(f"input holds {sample.count(0)} NUL bytes in its first {len(sample)}: binary data, not text")
    guess = (chardet.detect(sample).get("encoding") or "").lower()
    name = _SUPERSETS.get(guess, guess)
    if not name or not _known_codec(name):
        name = "gb18030"
    return Decoded(data.decode(name, errors="replace"), name)


def _mostly_utf8(data: bytes) -> bool:
    """True when the bytes are UTF-8 with only a few stray bytes in them."""
    text = data[:SAMPLE_BYTES * 4].decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return multibyte >= 20 * bad


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True
