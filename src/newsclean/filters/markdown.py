"""Remove Markdown markup from text that a scraper handed over as Markdown.

Reader services and crawlers for language-model data (Jina Reader, Firecrawl,
crawl4ai, trafilatura's Markdown output) turn a news page into Markdown. Its
markup is not the article: heading and quote markers, list bullets, emphasis
stars, link targets, image links, code fences, rules and table separators. The
text they mark stays, so a heading's text can still be the title and
``**来源**：新华网`` still reads as a source.

The filter acts only on a document that shows Markdown: two marks that
neither plain text nor jammers write (a link or image with a target,
``**strong**`` text, a code fence, a table separator row). Headings do not
count: ``# 设置环境变量`` is also a comment in a shell or Python listing, and
a jammer writes ``# `` before a line's text. None of the marks that decide can come
from the jammer strings of Discuz! forums (a jammer unit is one character
below ``<`` and one from ``?`` up, the X series with a space between: it
never writes ``**``, ```` ``` ````, ``---`` or a link target ``](/``), so a
jammed forum post is left to the jammer filter. Underscores do not count as
strong text either (Chinese text uses ``__`` runs as blanks to fill in), nor
``~~`` (a tilde run is a tone of voice: 好的~~).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document
from .base import Filter

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# -- what shows a document is Markdown (each bounded: a line is searched once)
_TARGET = r"(?:https?://|/|\./|\.\./|#)[^\s()<>]{0,2000}"
# a link's target and optional title, in its round brackets: (https://… "title")
_DESTINATION = rf"\({_TARGET}(?:[ \t]+\"[^\"\n]{{0,300}}\")?\)"
_LINK = rf"!?\[[^\[\]\n]{{0,300}}\]{_DESTINATION}"
_SIGNALS = re.compile(
    rf"(?P<link>{_LINK})"
    r"|(?P<strong>\*\*[^\s*][^*\n]{0,300}?\*\*)"
    r"|(?m:^(?P<fence>[ \t]{0,3}```))"
    r"|(?m:^(?P<table>[ \t]{0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$))"
)
# a quick reject before the search: none of these, no Markdown to find
_HINTS = ("](", "**", "```", "---")

# -- whole lines that are markup
_FENCE_LINE = re.compile(r"[ \t]{0,3}```[\w+.#-]{0,30}[ \t]*")
_RULE_LINE = re.compile(r"[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:=[ \t]*){3,})")
_TABLE_LINE = re.compile(r"[ \t]{0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*")
_LINK_DEFINITION = re.compile(r"[ \t]{0,3}\[[^\[\]\n]{1,300}\]:[ \t]*\S{1,2000}(?:[ \t]+\"[^\"\n]{0,300}\")?[ \t]*")
_WHOLE_LINES = ((_FENCE_LINE, "markdown-code"), (_RULE_LINE, "markdown-rule"),
                (_TABLE_LINE, "markdown-table"), (_LINK_DEFINITION, "markdown-link"))
# a table row: its cells' pipes are cut, the white space around them parts the cells
_TABLE_ROW = re.compile(r"[ \t]{0,3}\|[^\n]*\|[ \t]*")

# -- markers at a line's start: heading, quote, bullet. Not one a jammer X unit makes
# ("# X4 D, w." at a line's start is jammer: a character from ? up, then one below <, then a space)
_NOT_JAMMER = r"(?![?-~][ -;] )"
_HEADING = re.compile(rf"[ \t]{{0,3}}#{{1,6}}[ \t]+{_NOT_JAMMER}(?=\S)")
_HEADING_CLOSE = re.compile(r"[ \t]+#{1,6}[ \t]*$")
_QUOTE = re.compile(r"[ \t]{0,3}(?:>[ \t]?){1,8}")
_BULLET = re.compile(rf"[ \t]{{0,8}}[-*+][ \t]+{_NOT_JAMMER}(?=\S)")

# -- inline marks: an image, a link, strong/emphasis/strike pairs, code spans
_INLINE = re.compile(
    rf"(?P<image>!\[(?P<alt>[^\[\]\n]{{0,300}})\]{_DESTINATION})"
    rf"|(?P<link>\[(?P<text>[^\[\]\n]{{1,300}})\]{_DESTINATION})"
    r"|(?P<pair>(?P<mark>\*\*)(?P<inner>[^\s*](?:[^\n]{0,300}?[^\s*])?)(?P=mark))"
    r"|(?P<code>`(?P<code_text>[^`\n]{1,300})`)"
)
# an image's alt text worth keeping: Chinese words (a caption such as 图为会议现场), not a file name
_ALT_KEPT = re.compile(f"[{_HAN}]{{2}}")


def is_markdown(source: str) -> bool:
    """Whether ``source`` shows Markdown: two marks no plain text or jammer writes (a link
    target, ``**strong**``, a fence, a table separator)."""
    if not any(hint in source for hint in _HINTS):
        return False
    marks = 0
    for _ in _SIGNALS.finditer(source):
        marks += 1
        if marks >= 2:
            return True
    return False


def _inline_spans(text: str, start: int) -> list[tuple[int, int, str]]:
    """The markup of the inline marks in ``text`` from ``start``: (i, j, reason) to cut."""
    spans = []
    for m in _INLINE.finditer(text, start):
        if m.group("image") is not None:
            alt = m.group("alt")
            if alt and _ALT_KEPT.search(alt):
                spans += [(m.start(), m.start("alt"), "markdown-image"), (m.end("alt"), m.end(), "markdown-image")]
            else:
                spans.append((m.start(), m.end(), "markdown-image"))
        elif m.group("link") is not None:
            spans += [(m.start(), m.start("text"), "markdown-link"), (m.end("text"), m.end(), "markdown-link")]
            # strong text inside the link's text: [**南生论坛**](https://…)
            spans += [(i, j, why) for i, j, why in _inline_spans(text[:m.end("text")], m.start("text"))
                      if why == "markdown-emphasis"]
        elif m.group("pair") is not None:
            spans += [(m.start(), m.start("inner"), "markdown-emphasis"), (m.end("inner"), m.end(), "markdown-emphasis")]
        else:  # a code span
            spans += [(m.start(), m.start() + 1, "markdown-code"), (m.end() - 1, m.end(), "markdown-code")]
    return spans


def line_markup(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """What to do with one line of a Markdown document: ``("drop", [(0, 0, reason)])`` for a line
    that is all markup, else ``("cut", spans)`` with the spans of markup to cut (maybe none)."""
    for pattern, reason in _WHOLE_LINES:
        if pattern.fullmatch(text):
            return "drop", [(0, 0, reason)]
    spans = []
    pos = 0
    if _TABLE_ROW.fullmatch(text):
        spans += [(k, k + 1, "markdown-table") for k, ch in enumerate(text) if ch == "|"]
    m = _QUOTE.match(text)
    if m and ">" in m.group():
        spans.append((m.start(), m.end(), "markdown-quote"))
        pos = m.end()
    m = _HEADING.match(text, pos)
    if m:
        spans.append((m.start(), m.end(), "markdown-heading"))
        pos = m.end()
        close = _HEADING_CLOSE.search(text, pos)
        if close:
            spans.append((close.start(), close.end(), "markdown-heading"))
    else:
        m = _BULLET.match(text, pos)
        if m:
            spans.append((m.start(), m.end(), "markdown-list"))
            pos = m.end()
    spans += _inline_spans(text, pos)
    return "cut", sorted(spans)


@dataclass
class RemoveMarkdown(Filter, name="markdown"):
    """Cut Markdown markup (heading, quote and list markers, strong text, link targets, images,
    code fences, rules, table separators) from a document that shows Markdown; keep the text.

    >>> from newsclean.document import Document
    >>> doc = RemoveMarkdown()(Document("# 多地为基层减负\\n**来源**：[新华网](https://www.news.cn/)\\n---\\n正文。"))
    >>> [line.text for line in doc.body_lines()]
    ['多地为基层减负', '来源：新华网', '正文。']
    >>> sorted({r.reason for r in doc.build().removed})
    ['markdown-emphasis', 'markdown-heading', 'markdown-link', 'markdown-rule']
    >>> RemoveMarkdown()(Document("# X4 D, w. B. b3 E9 N* r7 x掌上春城讯")).lines[0].text
    '# X4 D, w. B. b3 E9 N* r7 x掌上春城讯'
    """

    def apply(self, doc: Document) -> None:
        if not is_markdown(doc.source):
            return
        for line in list(doc.body_text_lines()):
            action, spans = line_markup(line.text)
            if action == "drop":
                doc.drop(line, filter=self.name, reason=spans[0][2])
            elif spans:
                doc.cut_reasons(line, spans, filter=self.name)


__all__ = ["RemoveMarkdown", "is_markdown", "line_markup"]
