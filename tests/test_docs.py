"""The documentation cannot lie: its code runs, its catalogue is complete, the site builds.

* Every fenced ``python`` block in ``docs/**/*.md`` runs; the blocks of one
  page run in order in one namespace, in a temporary working directory.
  ``pycon`` blocks and blocks holding ``>>>`` prompts run as doctests.
  A block right after a ``<!-- no-test: why -->`` comment is skipped (kept
  for code that needs something this machine lacks, such as a Ray cluster).
* The generated filter catalogue names every shipped filter.
* ``mkdocs build --strict`` succeeds (skipped when mkdocs is not installed;
  ``pip install -e '.[docs]'`` installs it).
"""
from __future__ import annotations

import dataclasses
import doctest
import importlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean import default_filters
from newsclean.filters.base import REGISTRY

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.rglob("*.md"))

_FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$",
    re.M | re.S,
)
_NO_TEST = re.compile(r"<!--\s*no-test\b.*?-->\s*$", re.S)


@dataclasses.dataclass
class Block:
    page: Path
    lineno: int
    lang: str
    code: str
    skipped: bool

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.lineno}"


def code_blocks(page: Path) -> list[Block]:
    """The fenced code blocks of a Markdown page."""
    text = page.read_text(encoding="utf-8")
    blocks = []
    for m in _FENCE.finditer(text):
        info = m.group("info").strip()
        lang = info.split()[0].lstrip(".{").lower() if info else ""
        indent = m.group("indent")
        body = "".join(
            line[len(indent):] if line.startswith(indent) else line
            for line in m.group("body").splitlines(keepends=True)
        )
        before = text[: m.start()].rstrip()
        skipped = bool(_NO_TEST.search(before[-300:]))
        lineno = text.count("\n", 0, m.start()) + 2
        blocks.append(Block(page, lineno, lang, body, skipped))
    return blocks


def _is_doctest(block: Block) -> bool:
    return block.lang == "pycon" or any(line.lstrip().startswith(">>>") for line in block.code.splitlines())


def test_docs_exist():
    assert PAGES, "docs/ holds no Markdown pages"
    assert any(b.lang in ("python", "py", "pycon") for p in PAGES for b in code_blocks(p))


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(DOCS)) for p in PAGES])
def test_python_blocks_run(page: Path, tmp_path, monkeypatch):
    blocks = [b for b in code_blocks(page) if b.lang in ("python", "py", "pycon")]
    runnable = [b for b in blocks if not b.skipped]
    if not runnable:
        pytest.skip("no runnable Python blocks on this page")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {"__name__": f"docs_{page.stem.replace('-', '_')}"}
    # a module for the page's namespace, so dataclasses and pickling of classes defined in it work
    module = type(sys)(namespace["__name__"])
    module.__dict__.update(namespace)
    monkeypatch.setitem(sys.modules, module.__name__, module)
    namespace = module.__dict__
    parser = doctest.DocTestParser()
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    for block in runnable:
        if _is_doctest(block):
            test = parser.get_doctest(block.code, namespace, block.where, str(block.page), block.lineno - 1)
            test.globs = namespace  # get_doctest copies; share the page's namespace instead
            runner = doctest.DocTestRunner(optionflags=flags)
            out: list[str] = []
            runner.run(test, out=out.append, clear_globs=False)
            if runner.failures:
                pytest.fail(f"doctest in {block.where} failed:\n" + "".join(out), pytrace=False)
        else:
            try:
                exec(compile(block.code, block.where, "exec"), namespace)
            except Exception as e:  # noqa: BLE001 - report which block failed
                pytest.fail(f"python block {block.where} raised {type(e).__name__}: {e}")


def test_skipped_blocks_are_rare():
    blocks = [b for p in PAGES for b in code_blocks(p) if b.lang in ("python", "py", "pycon")]
    skipped = [b.where for b in blocks if b.skipped]
    assert len(skipped) <= max(2, len(blocks) // 10), f"too many untested blocks: {skipped}"


# ---------------------------------------------------------------- catalogue
def _gen_filters():
    spec = importlib.util.spec_from_file_location("gen_filters", DOCS / "gen_filters.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_catalogue_lists_every_shipped_filter_in_default_order():
    gen = _gen_filters()
    page = gen.catalogue_markdown()
    shipped = gen.shipped_filters()
    assert {f.name for f in default_filters()} <= {c.name for c in shipped}
    for cls in shipped:
        assert f"## `{cls.name}`" in page, cls.name
        assert cls.__name__ in page
    positions = [page.index(f"[`{f.name}`](#{f.name})") for f in default_filters()]
    assert positions == sorted(positions)
    # filters defined outside newsclean (tests, users) are not part of the catalogue
    assert all(c.__module__.startswith("newsclean.filters.") for c in shipped)


def test_catalogue_leaves_out_filters_defined_elsewhere():
    @dataclasses.dataclass
    class NotShipped(newsclean.Filter, name="test-docs-not-shipped"):
        """Never shipped."""

        def apply(self, doc):  # pragma: no cover - never run
            pass

    try:
        gen = _gen_filters()
        assert "test-docs-not-shipped" not in gen.catalogue_markdown()
    finally:
        REGISTRY.pop("test-docs-not-shipped", None)


def test_every_shipped_filter_has_a_docstring():
    gen = _gen_filters()
    missing = [c.__name__ for c in gen.shipped_filters() if not (c.__doc__ or "").strip()]
    assert not missing, f"filters without a docstring: {missing}"


def test_catalogue_options_show_type_and_default():
    gen = _gen_filters()

    @dataclasses.dataclass
    class Sample(newsclean.Filter):
        #: how many marks make a line shout
        min_marks: int = 3
        phrases: tuple = ("本站声明",)
        """phrases that start a notice"""

        def apply(self, doc):  # pragma: no cover - never run
            pass

    table = gen.options_table(Sample)
    assert "| `min_marks` | `int` | `3` | how many marks make a line shout |" in table
    assert "phrases that start a notice" in table
    assert "This filter takes no options." == gen.options_table(newsclean.Filter)


def test_rst_to_markdown_fences_doctests_and_literal_blocks():
    gen = _gen_filters()
    md = gen.rst_to_markdown("Use :class:`~newsclean.Document` and ``cut``::\n\n    x = 1\n\n>>> 1 + 1\n2\n")
    assert "`Document`" in md and "`cut`:" in md and ":class:" not in md
    assert "```python\nx = 1\n```" in md
    assert "```pycon\n>>> 1 + 1\n2\n```" in md


def test_public_names_missing_from_reference_pages_are_added_by_the_hook():
    gen = _gen_filters()
    documented = gen.documented_public_names()
    assert {"clean", "Pipeline", "Article", "Document", "Filter"} <= documented
    missing = gen.undocumented_public_names()
    assert set(missing) == set(newsclean.__all__) - documented
    extra = gen.reference_appendix()
    for name in missing:
        assert f"::: newsclean.{name}" in extra


# ---------------------------------------------------------------- the site
@pytest.mark.skipif(importlib.util.find_spec("mkdocs") is None, reason="mkdocs not installed (pip install -e '.[docs]')")
def test_mkdocs_build_strict(tmp_path):
    mkdocs = shutil.which("mkdocs", path=str(Path(sys.executable).parent)) or shutil.which("mkdocs")
    cmd = [mkdocs] if mkdocs else [sys.executable, "-m", "mkdocs"]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run(
        [*cmd, "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, env=env, timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    site = tmp_path / "site"
    catalogue = (site / "filters" / "index.html").read_text(encoding="utf-8")
    for f in default_filters():
        assert f'id="{f.name}"' in catalogue, f.name
    reference = "".join(p.read_text(encoding="utf-8") for p in (site / "reference").rglob("*.html"))
    for name in newsclean.__all__:
        assert re.search(rf'id="newsclean(\.[\w.]+)?\.{name}"', reference), f"{name} is not in the API reference"
