"""HTML in: :func:`clean_html` turns a raw page into an :class:`~newsclean.model.Article`.

Steps, each its own function: decode the bytes (the page's declared charset,
detection as the fallback), parse with lxml (the ``html`` extra), take the
naive text of the article's container (:mod:`newsclean.htmltext`), read the
page's headline, dates and authors as hints, and run the pipeline on the
text with them. The pipeline never sees markup, so the check that refuses an
HTML page given to :func:`~newsclean.clean` never fires here.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Any, Optional, Union

from . import htmltext
from .dates import parse_date
from .decode import _SUPERSETS, decode
from .errors import NewsCleanError
from .hints import DateHint, Hints, title_key
from .model import Article

# <meta charset="gbk">, <meta http-equiv content="text/html; charset=gb2312">, <?xml encoding="utf-8"?>
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_DECLARATION_BYTES = 8192
#: a declared charset that fails on at most this share of the bytes is still the page's
#: (a page saved with a few broken bytes; detection would guess a Western code page)
MAX_BAD_SHARE = 0.001
MIN_BAD_ALLOWED = 4
_TAG = re.compile(rb"<[^>]{0,2000}>")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_END_TAGS = re.compile(r"</(?:html|body)\s*>", re.I)

# <meta> names and properties whose content is the publication time, most specific first
DATE_METAS = (
    "article:published_time", "og:article:published_time", "og:release_date", "pubdate", "publishdate",
    "publish_date", "publishtime", "publish_time", "datepublished", "date", "dc.date", "dc.date.issued",
    "sailthru.date", "article:modified_time",
)
AUTHOR_METAS = ("author", "article:author", "dc.creator", "byl")
# separators between a headline and the site's name in <title>: 标题_网易新闻, 标题 - 新浪
_TITLE_SPLIT = re.compile(r"[_|｜]|[-–—]+|::|\s@\s")
#: a <title> is cut at its first separators only (a hostile one may hold thousands)
MAX_SEPARATORS = 8
MAX_TITLE = 120
MIN_TITLE = 4
MIN_TAIL_TITLE = 8


class HtmlUnavailable(NewsCleanError, ImportError):
    """lxml is not installed: ``pip install 'newsclean[html]'``."""


@dataclass
class PageHints:
    """What the page's markup says about the article, besides its text."""

    title: Optional[str] = None  # the <title> text
    headings: list[str] = field(default_factory=list)  # the <h1> texts, in order
    og_title: Optional[str] = None
    published: Optional[Any] = None
    authors: list[str] = field(default_factory=list)


def decode_html(data: bytes) -> tuple[str, str]:
    """The page's text and the encoding used: a byte-order mark, strict UTF-8,
    the declared charset (see :data:`MAX_BAD_SHARE`), then detection.

    UTF-8 goes before the declaration because pages re-saved by a browser are
    UTF-8 that still declares GB2312, while GB bytes are almost never valid UTF-8.

    >>> decode_html('<meta charset="gbk"><p>新闻</p>'.encode("gbk"))
    ('<meta charset="gbk"><p>新闻</p>', 'gb18030')
    """
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared(data)
    if declared:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            text = data.decode(declared, errors="replace")
            if text.count("\ufffd") <= max(MIN_BAD_ALLOWED, MAX_BAD_SHARE * len(data)):
                return text, declared
    # detection on the page's text alone: markup is ASCII and would hide the encoding
    name = decode(_TAG.sub(b" ", data[:1 << 20])).encoding
    return data.decode(name, errors="replace"), name


def _declared(data: bytes) -> Optional[str]:
    m = _DECLARED.search(data[:_DECLARATION_BYTES])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    name = _SUPERSETS.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def parse(text: str):
    """The lxml tree of a page (comments and processing instructions dropped)."""
    try:
        import lxml.html
    except ImportError:  # pragma: no cover - the extra is missing
        raise HtmlUnavailable("clean_html needs lxml: pip install 'newsclean[html]'") from None
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
    text = _XML_DECLARATION.sub("", text, count=1)  # lxml takes no declared encoding in a str
    # libxml2 stops at </html>; browsers read on, and pages put their article after an early one
    text = _END_TAGS.sub("", text)
    return lxml.html.document_fromstring(text or "<html></html>", parser=parser)


def page_hints(root) -> PageHints:
    """The ``<title>``, ``<h1>`` texts, ``<meta>`` date and authors of a parsed page."""
    hints = PageHints()
    t = root.find(".//title")
    if t is not None:
        hints.title = _one_line(t.text_content())
    for h in root.iter("h1"):
        text = _one_line(h.text_content())
        if text and len(text) <= MAX_TITLE:
            hints.headings.append(text)
    metas: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content
    hints.og_title = _one_line(metas.get("og:title", "")) or None
    for key in DATE_METAS:
        if key in metas:
            value = _date(metas[key])
            if value is not None:
                hints.published = value
                break
    for key in AUTHOR_METAS:
        if key in metas and not metas[key].startswith("http"):
            hints.authors.append(_one_line(metas[key]))
    return hints


def _date(text: str):
    try:
        return Hints(published=text).published
    except NewsCleanError:
        return parse_date(text[:40])


def _one_line(text: str) -> str:
    return " ".join(text.split())


def choose_title(page: PageHints, text: str) -> Optional[str]:
    """The page's headline: the first of :func:`title_candidates` that is a line of ``text``, or ``None``."""
    lines = {title_key(line) for line in text.split("\n") if line.strip()}
    return next((c for c in title_candidates(page) if title_key(c) in lines), None)


def title_candidates(page: PageHints) -> list[str]:
    """The headline's candidates, most trusted first: an ``<h1>`` that the
    ``<title>`` or ``og:title`` starts with, ``og:title``, the pieces of
    ``<title>`` cut at its separators (what comes before the site's name, then
    after it), the whole ``<title>``, the other ``<h1>`` texts (a site's logo is
    often an ``<h1>`` that the ``<title>`` ends with)."""
    titles = [t for t in (page.og_title, page.title) if t]
    keys = [title_key(t) for t in titles]
    leading = sorted((h for h in page.headings if any(k.startswith(title_key(h)) for k in keys)),
                     key=len, reverse=True)
    out = list(leading)
    for whole in titles:
        out.extend(_pieces(whole))
        out.append(whole)
    out.extend(h for h in page.headings if h not in leading)
    return [c for c in out if MIN_TITLE <= len(c) <= MAX_TITLE]


def _pieces(title: str) -> list[str]:
    """``title`` cut at each separator: the heads, longest first, then the tails and the parts."""
    cuts = [m.start() for m in _TITLE_SPLIT.finditer(title)][:MAX_SEPARATORS]
    heads = [title[:c].strip(" -_|｜:@") for c in reversed(cuts)]
    tails = [title[m.end():].strip(" -_|｜:@") for m in list(_TITLE_SPLIT.finditer(title))[:MAX_SEPARATORS]]
    parts = [p.strip(" :@") for p in _TITLE_SPLIT.split(title)[:MAX_SEPARATORS + 1]]
    # a short piece after a separator is a site's or a column's name (中国政府网), which
    # the page shows as a line of its own too
    return [p for p in heads if p] + [p for p in tails + parts if len(p) >= MIN_TAIL_TITLE]


def article_text(whole: htmltext.TextMap, text: str, headline: Optional[str], container: bool = True) -> str:
    """The naive text of the page's article (its container and headline block), or of the whole body.

    ``whole`` is the naive text of the page's body; ``text`` the page's markup,
    read by a plain scan when the parser had to drop what nested too deep.
    """
    if whole.depth >= htmltext.MAX_PARSED_DEPTH - 1:
        return htmltext.tidy(htmltext.markup_free(text))
    spans = htmltext.article_spans(whole, headline) if container else []
    return htmltext.tidy("\n".join(whole.text[a:b] for a, b in spans) if spans else whole.text)


def clean_html(html: Union[str, bytes], *, url: Optional[str] = None, pipeline=None,
               title: Optional[str] = None, published: DateHint = None, source: Optional[str] = None,
               container: bool = True) -> Article:
    """Clean a raw HTML page: its article container's text, with the page's headline and date as hints.

    ``title``, ``published``, ``url`` and ``source`` are the caller's hints and
    win over what the page's markup says; ``container=False`` cleans the text
    of the whole ``<body>``. Needs the ``html`` extra (lxml).

    >>> page = '''<html><head><meta charset="utf-8"><title>海关总署：进口增长_新闻网</title>
    ... <meta property="article:published_time" content="2019-09-07T13:43:45+08:00"></head>
    ... <body><div><a href="/">首页</a> <a href="/n">新闻</a></div><div class="main"><h1>海关总署：进口增长</h1>
    ... <p>本报北京电 海关总署今天发布数据，前三季度进口增长百分之五，出口保持稳定。</p>
    ... <p>专家表示，外贸<span style="display:none"></span>形势总体向好，后续仍有压力。</p></div>
    ... <div><a href="/a">相关新闻一</a><br><a href="/b">相关新闻二</a></div></body></html>'''
    >>> a = clean_html(page)
    >>> a.title, a.paragraphs[1], a.metadata.published.isoformat()
    ('海关总署：进口增长', '专家表示，外贸形势总体向好，后续仍有压力。', '2019-09-07T13:43:45+08:00')
    """
    if pipeline is None:
        from .defaults import shared_default_pipeline

        pipeline = shared_default_pipeline()
    if isinstance(html, (bytes, bytearray, memoryview)):
        pipeline._check_size(len(html))
    elif isinstance(html, str) and len(html) * 4 > pipeline.max_input_bytes:
        pipeline._check_size(len(html.encode("utf-8", "surrogatepass")))
    page = extract(html, title=title, container=container)
    article = pipeline.run(page.text, title=title or page.title,
                           published=published if published is not None else page.published,
                           url=url, source=source)
    return article.model_copy(update={"encoding": page.encoding}) if page.encoding else article


@dataclass(frozen=True)
class Extracted:
    """What :func:`extract` reads in a page: the article's naive text and the hints."""

    text: str
    title: Optional[str]
    published: Any
    encoding: Optional[str]


def extract(html: Union[str, bytes], *, title: Optional[str] = None, container: bool = True) -> Extracted:
    """The naive text of a page's article and the hints its markup gives, before any cleaning.

    >>> extract("<title>新闻网</title><body><h1>今日要闻标题</h1><p>正文。</p></body>".encode("gbk"))
    Extracted(text='今日要闻标题\\n正文。', title='今日要闻标题', published=None, encoding='gb18030')
    """
    if isinstance(html, (bytes, bytearray, memoryview)):
        text, encoding = decode_html(bytes(html))
    elif isinstance(html, str):
        text, encoding = html, None
    else:
        raise TypeError(f"clean_html cleans str or bytes, not {type(html).__name__}")
    root = parse(text)
    page = page_hints(root)
    whole = htmltext.naive_text(_body(root))
    headline = title or choose_title(page, whole.text)
    return Extracted(article_text(whole, text, headline, container), headline, page.published, encoding)


def _body(root):
    body = root.find("body")
    return root if body is None else body


__all__ = ["Extracted", "HtmlUnavailable", "PageHints", "article_text", "choose_title", "clean_html", "decode_html",
           "extract",
           "page_hints", "parse"]
