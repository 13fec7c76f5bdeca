"""Discuz! "jammer" garbage: random ASCII that forums hide at every line break.

Discuz! writes a hidden run of random characters at every ``<br />``, either
at the end of the line before or at the start of the line after. A scraper
that ignores CSS keeps it. Two generators exist:

* the X series: 5 to 15 units ``c1 + " " + c2`` with ``c1`` in ``[\x20-\x3b]``
  and ``c2`` in ``[\x3f-\x7e]``. A unit whose ``c1`` is a space shows as
  ``" X"`` when the renderer collapses white space, ``"  X"`` when it does not;
* the older 6.x/7.x ("legacy") series: units ``c1 + c2`` without the space,
  ``c1`` in ``[\x00-\x3b]``; control characters vanish in the HTML parser.
  Some forums add an SEO phrase (``Discuz!``, ``Comsenz``, the forum name …)
  before or after the run.

Neither alphabet holds ``<``, ``=`` or ``>``, and the two halves of a unit come
from disjoint classes, so a run parses deterministically from either end. The
only doubt is at a run's inner edge, where it touches article text: ``a = b``
ends like a unit, ``- Apple`` starts like one. The filter keeps the article's
side whenever the text there has the shape of a word, a list or a formula, and
takes a legacy run only when it looks random (case flips, letters mixed with
digits and punctuation, no word structure) rather than like a word, a number,
a URL or an identifier.

At an inner edge the two readings are weighed by how likely each is: a run that
starts with a space unit (" w…") has 1 chance in 28, so a sign glued before it
("2019-09-0" + "7 w…") is given to the article only when the article plainly
needs it: a number missing digits, a bracket or quote left open, a field label's
or a code header's colon, a sign after a tab. A lost article character costs the
reader more than a left jammer character, so doubtful edges lean to the article.

The result is stable: cleaning it again finds nothing. The legacy pass reads
every line (X spans blanked out), and what is left after the cuts is searched
again wherever a run reaches a cut, unless a cheap proof shows that no run near
a cut can read differently there (most lines).

The work is linear in the line. A legacy jammer is 15 units (30 characters) at
most, so a stretch of printable ASCII without white space longer than 160
characters (base64, a hex dump, minified code, a JSON blob) is data: it is found
in one pass and kept whole, not read run by run; so is a line of 2,000 ASCII
characters or more with fewer spaces than one in ten (minified code or CSS, a
query string: no post's text). What a run is part of (a URL, data) is read once
per stretch, and the line's indentation once per line.

The package, one idea a module (none imports another filter):

* ``grammar``: the two alphabets, the run patterns, the SEO phrases;
* ``words``: does a stretch of letters read as an article's word, or as random
  (named thresholds);
* ``edges``: a run's inner edge, where it touches article text;
* ``xseries``: the X series' runs;
* ``islands``: the words kept inside a legacy run, the random pieces between them;
* ``context``: what a legacy run is part of (a URL, data, the line's indentation);
* ``legacy``: the legacy series' runs with their SEO phrases;
* ``scan``: one line's spans, searched again where a cut changed the text;
* ``page``: one scan of the page, which settles the common line (X runs between Chinese
  text) itself and hands every other line that may hold a run to ``scan``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...document import Document
from ..base import Filter
from .grammar import DEFAULT_SEO_PHRASES, seo_pattern
from .page import page_spans
from .scan import find_jammers
from .words import looks_random

__all__ = ["DEFAULT_SEO_PHRASES", "RemoveDiscuzJammer", "find_jammers", "looks_random"]


@dataclass
class RemoveDiscuzJammer(Filter, name="discuz-jammer"):
    """Remove Discuz! jammer runs (X series, legacy series, SEO phrases next to them).

    >>> from newsclean.document import Document
    >>> doc = RemoveDiscuzJammer()(Document("! X4 D, w. B. b3 E9 N* r7 x掌上春城讯 11月25日"))
    >>> doc.lines[0].text
    '掌上春城讯 11月25日'
    >>> RemoveDiscuzJammer()(Document("下载 iPhone 15 Pro 的 APP,F = ma")).lines[0].text
    '下载 iPhone 15 Pro 的 APP,F = ma'
    """

    #: also remove runs of the older 6.x/7.x generator (no space inside a unit)
    legacy: bool = True
    #: extra SEO phrases a forum writes next to its jammer (the forum's name …)
    seo_phrases: tuple[str, ...] = field(default_factory=tuple)

    def apply(self, doc: Document) -> None:
        seo = seo_pattern(tuple(DEFAULT_SEO_PHRASES) + tuple(self.seo_phrases))
        lines = list(doc.body_lines())
        for k, spans in page_spans([line.text for line in lines], legacy=self.legacy, seo=seo):
            doc.cut_reasons(lines[k], spans, filter=self.name)
