"""Files read and written by their name: ``.gz``, ``.bz2``, ``.xz`` and ``.zst`` are compressed.

gzip, bz2 and xz come with Python; zstd needs the ``zstandard`` package
(``pip install 'newsclean[zst]'``), imported only when a ``.zst`` file is
opened, so a missing package is a clear :class:`CompressionUnavailable`.

>>> import os, tempfile
>>> path = os.path.join(tempfile.mkdtemp(), "a.jsonl.gz")
>>> with open_output(path) as f:
...     _ = f.write(b'{"text": "x"}\\n')
>>> with open_input(path) as f:
...     f.read()
b'{"text": "x"}\\n'
>>> strip_compression("crawl/day1.jsonl.xz")
'crawl/day1.jsonl'
"""
from __future__ import annotations

import bz2
import io
import gzip
import lzma
from typing import IO, Callable

from .errors import NewsCleanError

#: the compressed-file suffixes understood, in lower case
SUFFIXES = (".gz", ".bz2", ".xz", ".zst")


class CompressionUnavailable(NewsCleanError):
    """A ``.zst`` file was given and the ``zstandard`` package is not installed."""


def compression_of(path: str) -> str:
    """The compression suffix of ``path`` (``".gz"`` …), or ``""`` for a plain file."""
    lower = path.lower()
    return next((s for s in SUFFIXES if lower.endswith(s)), "")


def strip_compression(path: str) -> str:
    """``path`` without its compression suffix: what the file holds once opened."""
    suffix = compression_of(path)
    return path[: len(path) - len(suffix)] if suffix else path


def _zstandard():
    try:
        import zstandard
    except ImportError:
        raise CompressionUnavailable(
            "reading or writing .zst files needs the zstandard package: pip install 'newsclean[zst]'"
        ) from None
    return zstandard


def check_available(paths) -> None:
    """Raise :class:`CompressionUnavailable` now if any of ``paths`` needs a package that is missing."""
    if any(compression_of(p) == ".zst" for p in paths if p):
        _zstandard()


def _opener(path: str) -> Callable[..., IO[bytes]]:
    suffix = compression_of(path)
    if suffix == ".gz":
        return gzip.open
    if suffix == ".bz2":
        return bz2.open
    if suffix == ".xz":
        return lzma.open
    if suffix == ".zst":
        return _zstandard().open
    return open


def open_input(path: str) -> IO[bytes]:
    """``path`` opened for reading bytes, decompressed as its suffix says (read whole or line by line)."""
    f = _opener(path)(path, "rb")
    if compression_of(path) == ".zst":  # zstandard's reader cannot iterate lines: buffer it
        f = io.BufferedReader(f)
    return f


def open_output(path: str) -> IO[bytes]:
    """``path`` opened for writing bytes, compressed as its suffix says (truncated if it exists)."""
    return _opener(path)(path, "wb")


__all__ = ["open_input", "open_output", "check_available", "compression_of", "strip_compression", "CompressionUnavailable", "SUFFIXES"]
