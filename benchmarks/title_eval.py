#!/usr/bin/env python3
"""Title accuracy on text input, against silver titles read from each page's own HTML. Prints figures.

    python benchmarks/title_eval.py                 # every corpus and input, misses listed
    python benchmarks/title_eval.py --no-misses     # the summary only
    python benchmarks/title_eval.py --sets web-page # one set: gne, web, web-page

The pipeline gets the TEXT only (no hints), as a user cleaning scraped text
would: ``../shared/corpus/gne/<id>.txt`` (naive container text),
``../shared/corpus/web/<id>.txt`` (container) and ``<id>.page.txt`` (the
whole page). The silver title comes from the same page's HTML, read by
:mod:`newsclean.htmlpage` (``og:title``, ``<h1>``, ``<title>`` cut at its
separators): the first of its candidates that is a line of the input, else
its first candidate. Our title counts right when, after NFKC and with white
space removed, it equals the silver title or one of the ``<title>``
segments (a page's own title, cut the way its site cut it).

Pages whose silver title is no line of the input (a container without its
headline) are counted apart: there the right answer is no title at all or
one of the accepted strings, and a headline picked from elsewhere is a miss.

Also printed: the dev-label titles (``../shared/corpus/gne/dev-labels``, the
check ``nceval.py gold`` makes) and the web pool's gold titles (the gold's
``title``, or the first line of a content that includes the title; some are
conventions of their source, see ``../shared/corpus/web/README.md``).
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

import newsclean  # noqa: E402
from newsclean import htmlpage  # noqa: E402

GNE = SHARED / "corpus" / "gne"
WEB = SHARED / "corpus" / "web"
#: (set name, corpus, input file suffix)
SETS = {"gne": (GNE, ".txt"), "web": (WEB, ".txt"), "web-page": (WEB, ".page.txt")}


def key(text: Optional[str]) -> str:
    """NFKC, white space removed: how titles are compared."""
    return "".join(unicodedata.normalize("NFKC", text or "").split())


@dataclass
class Silver:
    """What a page's HTML says its title is."""

    title: Optional[str]  # the silver title
    accepted: set[str]  # keys that count right: the silver title and the <title> segments
    shown: bool  # the silver title (or an accepted string) is a line of the input


def silver(html: bytes, text: str) -> Silver:
    page = htmlpage.page_hints(htmlpage.parse(htmlpage.decode_html(html)[0]))
    candidates = htmlpage.title_candidates(page)
    chosen = htmlpage.choose_title(page, text)
    title = chosen or (candidates[0] if candidates else None)
    accepted = {key(title)} if title else set()
    if page.title:
        accepted.add(key(page.title))
        accepted.update(key(p) for p in htmlpage._pieces(page.title))
    accepted.discard("")
    lines = {key(line) for line in text.split("\n")}
    return Silver(title, accepted, chosen is not None or bool(accepted & lines))


def pages(corpus: Path, suffix: str) -> list[tuple[str, Path, Path]]:
    out = []
    for html in sorted(corpus.glob("*.html")):
        stem = html.name[:-len(".html")]
        text = corpus / f"{stem}{suffix}"
        if text.exists():
            out.append((stem, html, text))
    return out


def score_set(name: str, show_misses: bool) -> None:
    corpus, suffix = SETS[name]
    n = shown = right_shown = none_shown = absent = right_absent = 0
    misses = []
    for stem, html_path, text_path in pages(corpus, suffix):
        text = text_path.read_text(encoding="utf-8")
        s = silver(html_path.read_bytes(), text)
        if s.title is None:
            continue
        n += 1
        ours = newsclean.clean(text).title
        ok = key(ours) in s.accepted
        if s.shown:
            shown += 1
            right_shown += ok
            none_shown += ours is None
            if not ok:
                misses.append((stem, ours, s.title))
        else:
            absent += 1
            right_absent += ok or ours is None
            if not (ok or ours is None):
                misses.append((stem, ours, f"(not in the input) {s.title}"))
    print(f"{name:9} {n:3} pages with a silver title; shown in the input {shown}: right {right_shown}/{shown} "
          f"({right_shown / max(shown, 1):.1%}), none taken {none_shown}; not shown {absent}: "
          f"no title or an accepted one {right_absent}/{absent}")
    if show_misses:
        for stem, ours, want in misses:
            print(f"    {stem:18} ours {ours!r:.70}\n    {'':18} want {want!r:.70}")


def dev_labels() -> None:
    right = total = 0
    for lf in sorted((GNE / "dev-labels").glob("*.labels.json")):
        g = json.loads(lf.read_text(encoding="utf-8"))
        if g.get("title"):
            total += 1
            right += key(newsclean.clean((GNE / f"{g['id']}.txt").read_text(encoding="utf-8")).title) == key(g["title"])
    print(f"dev labels (gne): title {right}/{total}")


def web_gold(show_misses: bool) -> None:
    golds = []
    for gf in sorted(WEB.glob("*.gold.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        title = g.get("title") or (g["content"].strip().split("\n")[0] if g.get("content_includes_title") else None)
        if title:
            golds.append((gf.name[:-len(".gold.json")], title))
    for suffix, label in ((".txt", "container"), (".page.txt", "page")):
        right, nones, misses = 0, 0, []
        for stem, title in golds:
            ours = newsclean.clean((WEB / f"{stem}{suffix}").read_text(encoding="utf-8")).title
            right += key(ours) == key(title)
            nones += ours is None
            if key(ours) != key(title):
                misses.append((stem, ours, title))
        print(f"web gold titles ({label}): {right}/{len(golds)}, none taken {nones}")
        if show_misses:
            for stem, ours, want in misses:
                print(f"    {stem:18} ours {ours!r:.70}\n    {'':18} want {want!r:.70}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", nargs="*", default=list(SETS), choices=list(SETS))
    ap.add_argument("--no-misses", action="store_true", help="print the summary lines only")
    args = ap.parse_args()
    show = not args.no_misses
    for name in args.sets:
        score_set(name, show)
    dev_labels()
    web_gold(show)


if __name__ == "__main__":
    main()
