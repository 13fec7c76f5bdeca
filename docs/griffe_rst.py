"""A griffe extension that lets the API reference read newsclean's docstrings.

The docstrings are written for people reading the source and for doctest:
reST roles (``:class:`Document```), doctest examples without fences, ``::``
literal blocks, and ``#:`` comments above attributes. This extension turns
them into the Markdown mkdocstrings renders (the same conversion the filter
catalogue uses, ``gen_filters.rst_to_markdown``). It changes nothing in the
package. Loaded by ``mkdocs.yml`` (``plugins.mkdocstrings…extensions``).
"""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import griffe

sys.path.insert(0, str(Path(__file__).parent))

from gen_filters import rst_to_markdown  # noqa: E402


@lru_cache(maxsize=None)
def _source_lines(path: str) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []


class RstToMarkdown(griffe.Extension):
    """Convert docstrings to Markdown; give attributes their ``#:`` comments as docstrings."""

    def on_instance(self, *, node, obj, agent, **kwargs) -> None:
        if obj.docstring is None and obj.is_attribute and obj.lineno:
            comments = self._comments_above(obj)
            if comments:
                obj.docstring = griffe.Docstring(comments, lineno=obj.lineno, parent=obj)
        if obj.docstring is not None:
            obj.docstring.value = rst_to_markdown(obj.docstring.value)

    @staticmethod
    def _comments_above(obj) -> str:
        try:
            path = obj.filepath
        except Exception:  # noqa: BLE001 - builtins and the like have no file
            return ""
        lines = _source_lines(str(path))
        k = obj.lineno - 2
        found: list[str] = []
        while 0 <= k < len(lines) and lines[k].strip().startswith("#:"):
            found.insert(0, lines[k].strip()[2:].strip())
            k -= 1
        return " ".join(found)
