"""The filter catalogue names every removal reason the code can record.

Two checks that do not trust the catalogue's own finder (``docs/gen_reasons.py``):
a plain text search of ``src/`` for reasons written as literals, and the
reasons actually recorded on real and crafted documents.
"""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

import newsclean

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SRC = ROOT / "src" / "newsclean"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, DOCS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gen():
    return _load("gen_filters")


@pytest.fixture(scope="module")
def page(gen) -> str:
    return gen.catalogue_markdown()


@pytest.fixture(scope="module")
def reasons(gen) -> dict[str, list[str]]:
    return gen.shipped_reasons()


_DOCSTRING = re.compile(r'"""[\s\S]*?"""')
_LITERAL_REASONS = [
    re.compile(r"""[(,]\s*reason\s*(?::\s*\w+\s*)?=\s*f?["']([^"'\s]+)["']"""),  # reason="x", reason: str = "x"
    re.compile(r"""\breasons\[[^\]]*\]\s*(?:=|==|!=)\s*["']([^"'\s]+)["']"""),  # reasons[k] = "tags"
    re.compile(r"""\(\s*[\w.+\-]+\s*,\s*[\w.+\-]+\s*,\s*f?["']([a-z][a-z0-9:-]*(?:\{[^}]*\})?)["']\s*\)"""),  # (i, j, "x")
]


def literal_reasons() -> dict[str, set[str]]:
    """Reasons written as literals in the filters and the Document verbs, by file, found by a plain text search."""
    out: dict[str, set[str]] = {}
    for path in sorted([*(SRC / "filters").rglob("*.py"), *SRC.glob("document*.py")]):
        text = _DOCSTRING.sub("", path.read_text(encoding="utf-8"))
        for pattern in _LITERAL_REASONS:
            for m in pattern.finditer(text):
                out.setdefault(str(path.relative_to(SRC)), set()).add(re.sub(r"\{[^}]*\}", "*", m.group(1)))
    return out


def test_every_reason_written_in_src_is_in_the_catalogue(gen, page, reasons):
    gen_reasons = gen.gen_reasons
    catalogued = [r for found in reasons.values() for r in found]
    found = literal_reasons()
    assert sum(map(len, found.values())) > 30  # the search itself works
    missing = {(f, r) for f, rs in found.items() for r in rs if not gen_reasons.matches(r.replace("*", "x"), catalogued)}
    assert not missing, f"reasons recorded in src/ but absent from the catalogue: {sorted(missing)}"
    for r in {r for rs in found.values() for r in rs}:
        assert any(f"`{c}`" in page for c in catalogued if gen_reasons.matches(r.replace("*", "x"), [c]))


def test_the_reasons_the_issue_found_missing_are_listed_under_their_filters(reasons, page):
    assert {"discuz-jammer-x", "discuz-jammer-legacy"} <= set(reasons["discuz-jammer"])
    assert "after-article" in reasons["structure"]
    assert "platform-notice" in reasons["notices"]  # a Document verb's default reason
    assert "site-phrase:*" in reasons["site-phrases"]
    assert "| `after-article` | [`structure`](#structure) |" in page


def _documents() -> list:
    docs = [p.read_bytes() for p in (ROOT / "tests" / "fixtures").rglob("*.txt")]
    corpus = ROOT.parent / "shared" / "corpus" / "gne"
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))] if corpus.is_dir() else []
    docs += texts
    jammer = ROOT.parent / "shared" / "tools" / "jammer.py"
    if jammer.is_file() and texts:
        sys.path.insert(0, str(jammer.parent))
        try:
            import jammer as jam  # type: ignore

            docs += [jam.inject(t, i)[0] for i, t in enumerate(texts)]
        finally:
            sys.path.remove(str(jammer.parent))
    docs += [  # crafted: the filters whose reasons real pages seldom show
        "标题\n正\u200b文\x07有\u202e字\ufffd。",
        "记者&nbsp;张三<br/>报道：M&amp;G&ldquo;看好&rdquo;",
        "網(wǎng)絡(luò)安(ān)全(quán)很重要。",
        "拿到offer. From 1point 3acres bbs 下周入职。",
        "æ\u0096°é\u0097»æ\u008a¥é\u0081\u0093ï¼\u008cä»\u008aå¤©å¤©æ°\u0094å¾\u0088å¥½ã\u0080\u0082",
        "标题\n图为社区听取老人意见。李思银 摄\n正文。",
    ]
    return docs


def test_every_reason_recorded_on_documents_is_catalogued_for_its_filter(gen, reasons):
    gen_reasons = gen.gen_reasons
    pipeline = newsclean.default_pipeline()
    seen: dict[tuple[str, str], int] = {}
    for data in _documents():
        try:
            article = pipeline.run(data)
        except newsclean.NewsCleanError:
            continue
        for r in article.removed:
            seen[(r.filter, r.reason)] = seen.get((r.filter, r.reason), 0) + 1
    assert len(seen) >= 15
    missing = sorted(k for k in seen if not gen_reasons.matches(k[1], reasons.get(k[0], [])))
    assert not missing, f"recorded but not in the catalogue under their filter: {missing}"


@pytest.mark.parametrize("source, expected", [
    ('doc.cut(line, spans, filter=self.name, reason="glued-junk")', ["glued-junk"]),
    ("def to_notice(self, line, *, reason: str = 'platform-notice'): pass", ["platform-notice"]),
    ('spans = [(m.start(), m.end(), "discuz-jammer-x") for m in it]', ["discuz-jammer-x"]),
    ('spans = [(a, b, f"site-phrase:{site}") for a, b in it]', ["site-phrase:*"]),
    ('reasons[k] = "tags"\nif reasons[k] == "counter": pass', ["tags", "counter"]),
    ('for reason in ("share-bar", "user-phrase"): pass', ["share-bar", "user-phrase"]),
    ('_REASON = {"source": "metadata:source"}\ndef reason(k):\n    return _REASON.get(k, "metadata:credit")',
     ["metadata:source", "metadata:credit"]),
    ('def classify(s):\n    """The reason s is junk."""\n    return "counter" if s else None', ["counter"]),
    ('LEX = ((entries("junk_share.txt"), "share-bar"),)', ["share-bar"]),
    ('_C = {"zero-width": "x"}\ndef _reason(m):\n    return m.lastgroup.replace("_", "-")', ["zero-width"]),
    ('x = ("a", "b", "not-a-reason")\nname = "utf-8"\nkind = "ignore"', []),
])
def test_reasons_in_reads_each_way_a_reason_is_written(gen, source, expected):
    assert gen.gen_reasons.reasons_in(source) == expected
