"""Score clean_html on raw pages: body F1, title and date, against the gold of ../shared.

    python benchmarks/html_eval.py                  # clean_html (the article container)
    python benchmarks/html_eval.py --mode page      # baseline: the naive text of the whole page
    python benchmarks/html_eval.py --mode text      # reference: the corpus's own container text
    python benchmarks/html_eval.py --worst 10       # the pages with the lowest body F1

Sets: ../shared/corpus/web/*.html with gold (body F1 as ncweb.py scores it;
title where the gold has one: its ``title`` field, or the first line of a
content that includes the title; date as YYYY-MM-DD) and the
../shared/corpus/gne pages with dev labels (body as nceval.py gold builds it
from the line labels, the labelled title and date). Scoring functions are
imported from ../shared/tools, never copied.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(SHARED / "tools"))

import nceval  # noqa: E402
import ncweb  # noqa: E402

import newsclean  # noqa: E402
from newsclean import htmlpage, htmltext  # noqa: E402


def article(mode: str, html: bytes, text_path: Path) -> dict:
    if mode == "html":
        a = newsclean.clean_html(html)
    elif mode == "page":
        text, _ = htmlpage.decode_html(html)
        root = htmlpage.parse(text)
        a = newsclean.clean(htmltext.tidy(htmltext.naive_text(htmlpage._body(root)).text))
    elif mode == "readability":
        a = readability_article(html)
    else:
        a = newsclean.clean(text_path.read_text(encoding="utf-8"))
    return a.model_dump(mode="json")


def readability_article(html: bytes):
    """readability-lxml's container choice (its best candidate and the siblings it joins),
    mapped back onto the page and read as naive text, then the same hints and pipeline."""
    import lxml.html
    from readability import Document

    text, _ = htmlpage.decode_html(html)
    root = htmlpage.parse(text)
    body = htmlpage._body(root)
    for i, el in enumerate(body.iter()):
        if isinstance(el.tag, str):
            el.set("data-nc", str(i))
    by_id = {el.get("data-nc"): el for el in body.iter() if isinstance(el.tag, str)}
    whole = htmltext.naive_text(body)
    headline = htmlpage.choose_title(htmlpage.page_hints(root), whole.text)
    summary = lxml.html.fromstring(Document(lxml.html.tostring(root, encoding="unicode")).summary(html_partial=True))
    chosen = []
    for el in summary.iter():
        i = el.get("data-nc") if isinstance(el.tag, str) else None
        if i in by_id and not any(a.get("data-nc") in chosen for a in el.iterancestors()):
            chosen.append(i)
    spans = sorted(whole.spans[by_id[i]] for i in chosen if by_id[i] in whole.spans)
    out = "\n".join(whole.text[a:b] for a, b in spans)
    return newsclean.clean(htmltext.tidy(out), title=headline, published=htmlpage.page_hints(root).published)


def web_cases(corpus: Path):
    for e in ncweb.load_index(corpus):
        gold = ncweb.gold_of(corpus, e)
        if not gold:
            continue
        title = gold.get("title")
        if not title and gold.get("content_includes_title"):
            title = next((ln for ln in gold["content"].split("\n") if ln.strip()), None)
        yield {"id": e["id"], "set": "web", "kind": e.get("kind", "other"), "html": corpus / e["html"],
               "txt": corpus / e["txt"], "gold": gold, "body": gold["content"], "title": title, "date": gold.get("published")}


def gne_cases(corpus: Path):
    for lf in sorted((corpus / "dev-labels").glob("*.labels.json")):
        g = json.loads(lf.read_text(encoding="utf-8"))
        lines = (corpus / f"{g['id']}.txt").read_text(encoding="utf-8").split("\n")
        fixes = {int(k): v for k, v in (g.get("fix") or {}).items()}
        body = "\n".join(fixes.get(i, line) for i, (line, lab) in enumerate(zip(lines, g["lines"])) if lab == "body")
        yield {"id": g["id"], "set": "gne", "kind": "news", "html": corpus / f"{g['id']}.html", "txt": corpus / f"{g['id']}.txt",
               "gold": None, "body": body, "title": g.get("title"),
               "date": ((g.get("metadata") or {}).get("published") or "")[:10] or None}


def score(case: dict, mode: str) -> dict:
    t0 = time.process_time()
    try:
        d = article(mode, case["html"].read_bytes(), case["txt"])
    except Exception as exc:  # a crash is reported, not fatal for the run
        return {"id": case["id"], "set": case["set"], "kind": case["kind"], "error": f"{type(exc).__name__}: {exc}"}
    r = {"id": case["id"], "set": case["set"], "kind": case["kind"], "cpu": time.process_time() - t0}
    pred = ncweb.predicted_body(d, case["gold"]) if case["gold"] else nceval.body(d)
    r["p"], r["r"], r["f1"] = nceval.prf(pred, case["body"])
    if case["title"]:
        r["title_ok"] = nceval.canon(d.get("title")) == nceval.canon(case["title"])
        r["title"] = d.get("title")
    if case["date"]:
        r["date_ok"] = str((d.get("metadata") or {}).get("published") or "")[:10] == case["date"]
    return r


def summary(name: str, rows: list[dict]) -> str:
    ok = [r for r in rows if "error" not in r]
    titles = [r["title_ok"] for r in ok if "title_ok" in r]
    dates = [r["date_ok"] for r in ok if "date_ok" in r]
    mean = lambda xs: statistics.mean(xs) if xs else float("nan")  # noqa: E731
    return (f"{name}: {len(rows)} pages, body F1 {mean([r['f1'] for r in ok]):.3f} "
            f"(P {mean([r['p'] for r in ok]):.3f} R {mean([r['r'] for r in ok]):.3f}), "
            f"title {sum(titles)}/{len(titles)} ({mean(titles):.0%}), date {sum(dates)}/{len(dates)} "
            f"({mean(dates):.0%}), errors {len(rows) - len(ok)}, CPU {sum(r.get('cpu', 0) for r in ok):.1f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mode", choices=["html", "page", "text", "readability"], default="html",
                    help="html: clean_html; page: whole-page naive text; text: the corpus's container text; "
                         "readability: readability-lxml's container (if installed), same hints and pipeline")
    ap.add_argument("--set", choices=["web", "gne", "all"], default="all")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest body F1")
    ap.add_argument("--ids", nargs="*")
    args = ap.parse_args()
    cases = []
    if args.set in ("web", "all"):
        cases += list(web_cases(SHARED / "corpus" / "web"))
    if args.set in ("gne", "all"):
        cases += list(gne_cases(SHARED / "corpus" / "gne"))
    if args.ids:
        cases = [c for c in cases if c["id"] in args.ids]
    rows = [score(c, args.mode) for c in cases]
    shown = sorted(rows, key=lambda r: r.get("f1", -1))[:args.worst] if args.worst else []
    for r in shown:
        print(f"{r['id']:22} {r['set']:4} " + (r["error"] if "error" in r else
              f"P {r['p']:.3f} R {r['r']:.3f} F1 {r['f1']:.3f} title {r.get('title_ok', '-')!s:5} "
              f"date {r.get('date_ok', '-')!s:5} {r.get('title')!r}"))
    for name in ("web", "gne"):
        part = [r for r in rows if r["set"] == name]
        if part:
            print(f"[{args.mode}] " + summary(name, part))
            if name == "web":  # the pool's kinds (news, forum, blog …), as ncweb.py reports them
                for kind in sorted({r["kind"] for r in part}):
                    print(f"    {summary(kind, [r for r in part if r['kind'] == kind])}")


if __name__ == "__main__":
    main()
