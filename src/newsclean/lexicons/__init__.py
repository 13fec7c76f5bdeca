"""Lexicons are data, not code: plain UTF-8 text files in this folder.

Format of every ``*.txt`` lexicon: one entry per line; ``#`` starts a comment;
blank lines are ignored. ``*.tsv`` lexicons have tab-separated columns.
Users extend them through configuration (filter options), never by editing
these files.

Lexicons are written in Simplified Chinese; loading gives every entry its
Traditional forms too (来源 and 來源), from the character map
``traditional_chars.tsv`` (see :mod:`newsclean.lexicons.traditional`).
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Union

from ..errors import ConfigError


def _read(name: str) -> str:
    try:
        return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"no lexicon named {name!r} ships with newsclean") from None


def parse_entries(text: str) -> list[str]:
    """Entries of a one-per-line lexicon text, comments and blank lines dropped.

    >>> parse_entries("分享到  # share bar\\n\\n# a comment\\n微信")
    ['分享到', '微信']
    """
    out = []
    for raw in text.splitlines():
        entry = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("\\#") else raw.strip()[1:]
        if entry:
            out.append(entry)
    return out


def parse_rows(text: str, columns: int) -> list[tuple[str, ...]]:
    """Rows of a tab-separated lexicon; each row must have ``columns`` fields."""
    rows = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        fields = tuple(f.strip() for f in line.split("\t"))
        if len(fields) != columns:
            raise ConfigError(f"lexicon line {n} has {len(fields)} tab-separated fields, expected {columns}: {raw!r}")
        rows.append(fields)
    return rows


@lru_cache(maxsize=None)
def entries(name: str) -> tuple[str, ...]:
    """The entries of a shipped one-per-line lexicon, then their Traditional forms; loaded once."""
    from .traditional import with_variants

    return tuple(with_variants(parse_entries(_read(name))))


@lru_cache(maxsize=None)
def rows(name: str, columns: int) -> tuple[tuple[str, ...], ...]:
    """The rows of a shipped tab-separated lexicon, then their Traditional forms; loaded once."""
    from .traditional import MAP_FILE, row_variants

    table = parse_rows(_read(name), columns)
    return tuple(table if name == MAP_FILE else row_variants(table))


def read_user_entries(path: Union[str, Path]) -> list[str]:
    """Entries of a user's lexicon file, same format as the shipped ones (Traditional forms added)."""
    from .traditional import with_variants

    try:
        return with_variants(parse_entries(Path(path).read_text(encoding="utf-8")))
    except OSError as e:
        raise ConfigError(f"cannot read lexicon {path}: {e.strerror}") from None
