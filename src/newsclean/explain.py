"""Show what the pipeline removed from a document, and why.

:func:`explain` cleans a document and returns its decoded input with every
removed piece marked where it was, followed by a short summary of the
reasons. Without colour the marks are brackets that read in any terminal or
file::

    [-removed text-]{reason}          a piece dropped
    [-&amp;-]{+&+}{html-entity}       a piece replaced by the text in {+ +}

With ``color=True`` removed pieces are red and struck through, replacements
green and reasons dim, with the same reason tags.

>>> print(explain("来源：新华网\\n正文。", summary=False), end="")
[-来源：新华网-]{metadata:source}
正文。
"""
from __future__ import annotations

from collections import Counter
from typing import Optional, Sequence, Union

from .model import Article, Removal
from .pipeline import Pipeline, shared_default_pipeline

_RED = "\x1b[31;9m"
_GREEN = "\x1b[32m"
_DIM = "\x1b[2m"
_BOLD = "\x1b[1m"
_RESET = "\x1b[0m"


def explain(
    data: Union[str, bytes],
    *,
    pipeline: Optional[Pipeline] = None,
    color: bool = False,
    summary: bool = True,
) -> str:
    """Clean ``data`` and return the input with the removed pieces marked, plus a summary."""
    if pipeline is None:
        pipeline = shared_default_pipeline()
    doc = pipeline.build_document(data)
    article = doc.build()
    out = render(doc.source, article.removed, color=color)
    if summary:
        out += "\n" + summarize(doc.source, article, color=color)
    return out


def render(source: str, removed: Sequence[Removal], *, color: bool = False) -> str:
    """``source`` with each removal marked in place (records must not overlap).

    >>> from newsclean.model import Removal
    >>> r = Removal(text="广告", start=2, end=4, filter="junk", reason="ad")
    >>> render("正文广告。", [r])
    '正文[-广告-]{ad}。\\n'
    """
    parts: list[str] = []
    pos = 0
    for r in sorted(removed, key=lambda r: r.start):
        if r.start < pos:  # overlapping records would garble the text: skip, never duplicate
            continue
        parts.append(source[pos:r.start])
        tag = r.reason
        if color:
            piece = _RED + _visible(r.text) + _RESET
            if r.replacement is not None:
                piece += _GREEN + r.replacement + _RESET
            piece += _DIM + "{" + tag + "}" + _RESET
        else:
            piece = "[-" + _visible(r.text) + "-]"
            if r.replacement is not None:
                piece += "{+" + r.replacement + "+}"
            piece += "{" + tag + "}"
        parts.append(piece)
        pos = r.end
    parts.append(source[pos:])
    text = "".join(parts)
    return text if text.endswith("\n") else text + "\n"


def _visible(text: str) -> str:
    """Invisible and control characters as ``<U+200B>``, so a removed one can be seen."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch in "\n\t" else f"<U+{ord(ch):04X}>" for ch in text)


def summarize(source: str, article: Article, *, color: bool = False) -> str:
    """A short legend: what was kept, and the removals counted by filter and reason."""
    bold = (lambda s: _BOLD + s + _RESET) if color else (lambda s: s)
    lines = []
    total = sum(len(r.text) for r in article.removed)
    share = 100 * total / len(source) if source else 0.0
    lines.append(bold(f"removed {len(article.removed)} pieces, {total:,} of {len(source):,} characters ({share:.1f}%)"))
    counts: Counter = Counter()
    chars: Counter = Counter()
    for r in article.removed:
        key = f"{r.reason} ({r.filter})"
        counts[key] += 1
        chars[key] += len(r.text)
    for key, n in sorted(counts.items(), key=lambda kv: (-chars[kv[0]], kv[0])):
        lines.append(f"  {key:<40} {n:>5} × {chars[key]:>7,} chars")
    kept = []
    if article.title:
        kept.append(f"title: {article.title}")
    if article.subtitle:
        kept.append(f"subtitle: {article.subtitle}")
    kept.append(f"paragraphs: {len(article.paragraphs)}, captions: {len(article.captions)}")
    meta = article.metadata
    if meta.sources:
        kept.append("sources: " + "、".join(meta.sources))
    if meta.credits:
        kept.append("credits: " + "、".join(f"{c.name} ({c.role})" for c in meta.credits))
    if meta.published:
        kept.append(f"published: {meta.published.isoformat()}")
    lines.append(bold("kept"))
    lines.extend("  " + k for k in kept)
    legend = ("[-text-]{reason} removed; {+text+} its replacement" if not color
              else _RED + "removed" + _RESET + " " + _GREEN + "replacement" + _RESET + " " + _DIM + "{reason}" + _RESET)
    lines.append(bold("legend") + "  " + legend + "; in the table, the filter in brackets")
    return "\n".join(lines) + "\n"


__all__ = ["explain", "render", "summarize"]
