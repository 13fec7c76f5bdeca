#!/usr/bin/env python3
"""Scores on text whose line breaks were lost. Prints figures; asserts nothing.

    python benchmarks/flat_eval.py                 # gne dev labels and the web pool, plain and flat
    python benchmarks/flat_eval.py --sep ""        # lines joined with nothing between them
    python benchmarks/flat_eval.py --worst 5       # the flat pages that lose most body F1

A scraper calling BeautifulSoup's ``get_text(" ")`` on minified HTML hands
over one long line: sentences, 来源/责任编辑 fields, dates and share-bar words
run together. This script makes that input at run time from the shared
corpora (every line of a page joined by ``--sep``; no copy is kept) and
scores it the way the shared tools score the real input:

* gne: ``nceval.py gold``'s figures (body P/R/F1 against the dev labels,
  title, metadata F1 over sources, authors, editors and the date);
* web: ``ncweb.py``'s figures (body F1 against the gold content, date,
  author recall) on the container text and on the whole-page text;
* web html: the whole-page text against ``get_text(" ")`` of the page's
  HTML as minified HTML gives it (every text node joined by one space, so
  inline links split sentences too), when lxml is installed.

Each row gives the figure on the input as it is, on its flattened copy, and
on the flattened copy with ``restore-line-breaks`` (``flat_text_pipeline()``).
Run from the repository root; ``../shared`` must be beside it.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT.parent / "shared" / "tools"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(TOOLS))

import newsclean  # noqa: E402
from newsclean.defaults import default_pipeline, flat_text_pipeline  # noqa: E402

try:
    import nceval  # noqa: E402
    import ncweb  # noqa: E402
except ImportError:  # pragma: no cover - run beside ../shared only
    sys.exit(f"flat_eval needs the scoring tools in {TOOLS}")


def flatten(text: str, sep: str) -> str:
    """``text`` with its line breaks lost, as ``get_text(sep)`` gives it."""
    return sep.join(text.splitlines())


def html_get_text(html: bytes, encoding: str) -> str:
    """The ``<body>`` of a saved page as BeautifulSoup's ``get_text(" ")`` gives it for minified
    HTML (lxml stands in for BeautifulSoup: every text node, white space collapsed, joined by
    one space; scripts and styles left out), decoded as the pool's index says."""
    import lxml.html
    root = lxml.html.document_fromstring(html.decode(encoding.split()[0], "replace").encode("utf-8"),
                                         parser=lxml.html.HTMLParser(encoding="utf-8"))
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    body = root.find("body")
    nodes = (" ".join(t.split()) for t in (body if body is not None else root).itertext())
    return " ".join(t for t in nodes if t)


PIPELINES = {"default": default_pipeline(), "restore": flat_text_pipeline()}


def gne_scores(sep: str, flat: bool, pipeline: str = "default") -> dict:
    """nceval gold's figures on the gne pages with dev labels (flattened when ``flat``)."""
    labels = sorted((nceval.CORPUS / "dev-labels").glob("*.labels.json"))
    f1s, titles, tp_all, fp_all, fn_all, per_doc = [], [], 0, 0, 0, {}
    for lf in labels:
        g = json.loads(lf.read_text(encoding="utf-8"))
        text = (nceval.CORPUS / f"{g['id']}.txt").read_text(encoding="utf-8")
        lines = text.split("\n")
        fixes = {int(k): v for k, v in (g.get("fix") or {}).items()}
        gold_body = "\n".join(fixes.get(i, line) for i, (line, lab) in
                              enumerate(zip(lines, g["lines"])) if lab == "body")
        d = PIPELINES[pipeline].run(flatten(text, sep) if flat else text).model_dump(mode="json")
        _, _, f1 = nceval.prf(nceval.body(d), gold_body)
        f1s.append(f1)
        per_doc[g["id"]] = f1
        if g.get("title"):
            titles.append(nceval.canon(d.get("title")) == nceval.canon(g["title"]))
        gm, m = g.get("metadata") or {}, d.get("metadata") or {}
        pairs = [
            ({nceval.canon(s) for s in gm.get("sources", [])}, {nceval.canon(s) for s in m.get("sources", [])}),
            ({nceval.canon(s) for s in gm.get("authors", [])}, nceval.names(m, nceval.AUTHOR_ROLES)),
            ({nceval.canon(s) for s in gm.get("editors", [])}, nceval.names(m, nceval.EDITOR_ROLES)),
        ]
        if gm.get("published"):
            pairs.append(({gm["published"][:10]}, {str(m.get("published") or "")[:10]} - {""}))
        for gold_set, pred_set in pairs:
            tp_all += len(gold_set & pred_set)
            fp_all += len(pred_set - gold_set)
            fn_all += len(gold_set - pred_set)
    p = tp_all / max(tp_all + fp_all, 1)
    r = tp_all / max(tp_all + fn_all, 1)
    return {"body F1": statistics.mean(f1s), "title": sum(titles) / max(len(titles), 1),
            "meta F1": 0.0 if not tp_all else 2 * p * r / (p + r), "per_doc": per_doc}


def web_scores(which: str, sep: str, flat: bool, pipeline: str = "default") -> dict:
    """ncweb's figures on the web pool's pages with gold (flattened when ``flat``)."""
    corpus = ncweb.CORPUS
    f1s, dates, a_hit, a_all, per_doc = [], [], 0, 0, {}
    for e in ncweb.load_index(corpus):
        gold = ncweb.gold_of(corpus, e)
        if not gold:
            continue
        if which == "html" and flat:
            text = html_get_text((corpus / e["html"]).read_bytes(), e["encoding"])
        else:
            text = (corpus / (e["txt"] if which == "container" else e["page_txt"])).read_text(encoding="utf-8")
            text = flatten(text, sep) if flat else text
        d = PIPELINES[pipeline].run(text).model_dump(mode="json")
        _, _, f1 = nceval.prf(ncweb.predicted_body(d, gold), gold["content"])
        f1s.append(f1)
        per_doc[e["id"]] = f1
        meta = d.get("metadata") or {}
        if gold.get("published"):
            dates.append(str(meta.get("published") or "")[:10] == gold["published"])
        if gold.get("authors"):
            a_hit += ncweb.author_hits(gold["authors"], meta)
            a_all += len(gold["authors"])
    return {"body F1": statistics.mean(f1s), "date": sum(dates) / max(len(dates), 1),
            "author recall": a_hit / max(a_all, 1), "per_doc": per_doc}


def report(name: str, plain: dict, flat: dict, worst: int, restored: dict) -> None:
    keys = [k for k in plain if k != "per_doc"]
    print(f"{name:22} " + "  ".join(f"{k} {plain[k]:.3f} -> {flat[k]:.3f} -> {restored[k]:.3f}" for k in keys))
    if worst:
        drops = sorted(plain["per_doc"], key=lambda i: restored["per_doc"][i] - plain["per_doc"][i])[:worst]
        for i in drops:
            print(f"    {i:22} body F1 {plain['per_doc'][i]:.3f} -> {flat['per_doc'][i]:.3f}"
                  f" -> {restored['per_doc'][i]:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sep", default=" ", help='what joins the lines (default " ", as get_text(" "))')
    ap.add_argument("--worst", type=int, default=0, metavar="N", help="list the N pages that lose most")
    ap.add_argument("--only", choices=["gne", "web", "page", "html"], help="one corpus only")
    args = ap.parse_args()
    print(f"plain -> flat (lines joined by {args.sep!r}) -> flat with restore-line-breaks")
    if args.only in (None, "gne"):
        report("gne dev labels", gne_scores(args.sep, False), gne_scores(args.sep, True), args.worst,
               gne_scores(args.sep, True, "restore"))
    for which, key in (("container", "web"), ("page", "page")):
        if args.only in (None, key):
            report(f"web {which}", web_scores(which, args.sep, False), web_scores(which, args.sep, True), args.worst,
                   web_scores(which, args.sep, True, "restore"))
    if args.only in (None, "html"):
        try:
            import lxml.html  # noqa: F401
        except ImportError:
            print("web html: lxml is not installed, skipped")
            return
        # the whole page's text as the pool gives it, against get_text(" ") of its HTML
        report("web page/html get_text", web_scores("page", args.sep, False), web_scores("html", args.sep, True),
               args.worst, web_scores("html", args.sep, True, "restore"))


if __name__ == "__main__":
    main()
