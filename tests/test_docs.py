"""The documentation cannot lie: its code runs, its catalogue is complete, the site builds.

* Every fenced ``python`` block in ``docs/**/*.md`` runs; the blocks of one
  page run in order in one namespace, in a temporary working directory.
  ``pycon`` blocks and blocks that start with a ``>>>`` prompt run as
  doctests; so do the docstring examples of classes and functions that a
  ``python`` block defines.
  A block right after ``<!-- requires: ray, pandas -->`` runs only when
  those modules are installed; one right after ``<!-- no-test: why -->`` never
  runs (kept for code that needs something no test machine has, such as a
  remote cluster or a hub download).
* The generated filter catalogue names every shipped filter.
* ``mkdocs build --strict`` succeeds (skipped when mkdocs is not installed;
  ``pip install -e '.[docs]'`` installs it).
"""
from __future__ import annotations

import dataclasses
import doctest
import importlib
import importlib.util
import inspect
import json
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
_NO_TEST = re.compile(r"^\s*<!--\s*no-test\b[^>]*-->\s*$")
_REQUIRES = re.compile(r"^\s*<!--\s*requires:\s*([\w., ]+?)\s*-->\s*$")


def _missing(modules: str) -> list[str]:
    return [m.strip() for m in modules.split(",") if m.strip() and importlib.util.find_spec(m.strip()) is None]


@dataclasses.dataclass
class Block:
    page: Path
    lineno: int
    lang: str
    code: str
    skipped: bool
    never: bool = False  # marked no-test: runs on no machine

    @property
    def where(self) -> str:
        page = self.page.relative_to(ROOT) if self.page.is_relative_to(ROOT) else self.page
        return f"{page}:{self.lineno}"


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
        tail = before.rsplit("\n", 1)[-1]  # the marker is the last non-blank line before the fence
        requires = _REQUIRES.search(tail)
        never = bool(_NO_TEST.search(tail))
        skipped = never or bool(requires and _missing(requires.group(1)))
        lineno = text.count("\n", 0, m.start()) + 2
        blocks.append(Block(page, lineno, lang, body, skipped, never))
    return blocks


def _is_doctest(block: Block) -> bool:
    """``pycon`` blocks, and ``python`` blocks that start with a ``>>>`` prompt."""
    first = next((line.strip() for line in block.code.splitlines() if line.strip()), "")
    return block.lang == "pycon" or first.startswith(">>>")


def _run_doctest(test: doctest.DocTest, block: Block) -> None:
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    out: list[str] = []
    runner.run(test, out=out.append, clear_globs=False)
    if runner.failures:
        pytest.fail(f"doctest {test.name} in {block.where} failed:\n" + "".join(out), pytrace=False)


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
    finder = doctest.DocTestFinder(recurse=True)
    for block in runnable:
        if _is_doctest(block):
            test = parser.get_doctest(block.code, namespace, block.where, str(block.page), block.lineno - 1)
            test.globs = namespace  # get_doctest copies; share the page's namespace instead
            _run_doctest(test, block)
            continue
        before = dict(namespace)
        try:
            exec(compile(block.code, block.where, "exec"), namespace)
        except Exception as e:  # noqa: BLE001 - report which block failed
            pytest.fail(f"python block {block.where} raised {type(e).__name__}: {e}")
        # the examples in docstrings of classes and functions the block defined run too
        for name, obj in list(namespace.items()):
            if before.get(name) is obj or not (inspect.isclass(obj) or inspect.isfunction(obj)):
                continue
            if getattr(obj, "__module__", None) != module.__name__:
                continue
            for test in finder.find(obj, name, module=False, globs=namespace):
                test.globs = namespace
                _run_doctest(test, block)


def test_untested_blocks_are_rare():
    blocks = [b for p in PAGES for b in code_blocks(p) if b.lang in ("python", "py", "pycon")]
    never = [b.where for b in blocks if b.never]
    assert len(never) <= max(2, len(blocks) // 20), f"too many blocks marked no-test: {never}"


def test_block_markers_are_recognised(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        "```python\nx = 1\n```\n\n<!-- no-test: needs a cluster -->\n```python\ny = 2\n```\n\n"
        "<!-- requires: json -->\n```python\nz = 3\n```\n\n<!-- requires: surely_not_a_module_xyz -->\n"
        "```python\nw = 4\n```\n\n!!! note\n    ```pycon\n    >>> 1\n    1\n    ```\n",
        encoding="utf-8",
    )
    blocks = code_blocks(page)
    assert [(b.lang, b.skipped, b.never) for b in blocks] == [
        ("python", False, False), ("python", True, True), ("python", False, False),
        ("python", True, False), ("pycon", False, False)]
    assert blocks[-1].code == ">>> 1\n1\n" and _is_doctest(blocks[-1])
    assert blocks[1].lineno == 7
    assert _NO_TEST.search("<!-- no-test: needs a cluster -->")
    assert _missing("json, surely_not_a_module_xyz") == ["surely_not_a_module_xyz"]


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


def test_catalogue_configuration_examples_load():
    gen = _gen_filters()
    default_names = [f.name for f in default_filters()]
    for cls in gen.shipped_filters():
        example = gen.config_example(cls, cls.name in default_names)
        if example:
            pipeline = newsclean.Pipeline.from_config(json.loads(example))
            assert pipeline[cls.name] == cls()


def test_every_option_of_a_shipped_filter_is_described():
    """Options are described by a ``#:`` comment above the field (or a string after it)."""
    gen = _gen_filters()
    missing = []
    for cls in gen.shipped_filters():
        if not dataclasses.is_dataclass(cls):
            continue
        docs = gen._field_docs(cls)
        for f in dataclasses.fields(cls):
            if f.init and not (docs.get(f.name) or f.metadata.get("doc")):
                missing.append(f"{cls.name}.{f.name}")
    assert not missing, f"options without a description (add a #: comment above the field): {missing}"


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
        limit: int | None = None

        def apply(self, doc):  # pragma: no cover - never run
            pass

    table = gen.options_table(Sample)
    assert "| `min_marks` | <code>int</code> | <code>3</code> | how many marks make a line shout |" in table
    assert "phrases that start a notice" in table
    assert "| `limit` | <code>int &#124; None</code> | <code>None</code> |  |" in table
    assert "This filter takes no options." == gen.options_table(newsclean.Filter)


def test_lexicons_in_finds_entries_and_rows_calls():
    gen = _gen_filters()
    source = 'A = rows("metadata_labels.tsv", 2)\nB = entries( "surnames.txt")\nC = rows("metadata_labels.tsv", 2)\n'
    assert gen.lexicons_in(source) == ["metadata_labels.tsv", "surnames.txt"]
    assert gen.lexicons_in('entries(name)\n"surnames.txt"') == []


def test_rst_to_markdown_fences_doctests_and_literal_blocks():
    gen = _gen_filters()
    md = gen.rst_to_markdown("Use :class:`~newsclean.Document` and ``cut``::\n\n    x = 1\n\n>>> 1 + 1\n2\n")
    assert "`Document`" in md and "`cut`:" in md and ":class:" not in md
    assert "```python\nx = 1\n```" in md
    assert "```pycon\n>>> 1 + 1\n2\n```" in md


def test_rst_to_markdown_turns_simple_tables_into_markdown_ones():
    gen = _gen_filters()
    rst = (
        "Columns:\n\n"
        "======== ======= =====\n"
        "column   type    value\n"
        "======== ======= =====\n"
        "``title`` string  the title\n"
        "``error`` string  only with ``on_error``\n"
        "======== ======= =====\n\nAfter."
    )
    md = gen.rst_to_markdown(rst)
    assert "| column | type | value |\n| --- | --- | --- |\n| `title` | string | the title |" in md
    assert "| `error` | string | only with `on_error` |\n\nAfter." in md


def test_rst_to_markdown_turns_definition_lists_into_markdown_ones():
    gen = _gen_filters()
    md = gen.rst_to_markdown("Reasons:\n\n``share-bar``\n    a share bar,\n    made of words.\n``counter``\n    a number.\n\nEnd.")
    assert "`share-bar`\n:   a share bar,\n    made of words.\n\n`counter`\n:   a number.\n\nEnd." in md


def test_public_names_missing_from_reference_pages_are_added_by_the_hook():
    gen = _gen_filters()
    documented = gen.documented_public_names()
    assert {"clean", "Pipeline", "Article", "Document", "Filter"} <= documented
    missing = gen.undocumented_public_names()
    assert set(missing) == set(newsclean.__all__) - documented
    extra = gen.reference_appendix()
    for name in missing:
        assert f"::: newsclean.{name}" in extra


def test_reference_directives_of_modules_not_shipped_are_dropped():
    gen = _gen_filters()
    md = (
        "# Page\n\n::: newsclean.clean\n\n::: newsclean.no_such_module.thing\n    options:\n"
        "      heading_level: 3\n\n::: newsclean.patterns\n\n::: newsclean.decode.Decoded\n\nEnd.\n"
    )
    out, missing = gen.drop_missing_directives(md)
    assert missing == ["newsclean.no_such_module.thing"]
    assert "no_such_module" not in out and "heading_level" not in out
    for kept in ("::: newsclean.clean", "::: newsclean.patterns", "::: newsclean.decode.Decoded", "End."):
        assert kept in out
    assert gen.module_exists("newsclean.filters.base") and not gen.module_exists("json")


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


# ---------------------------------------------------------------- the CLI page
@pytest.mark.skipif(importlib.util.find_spec("newsclean.cli") is None, reason="newsclean.cli not built yet")
def test_cli_page_documents_only_real_options():
    page = (DOCS / "recipes" / "cli.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", page))
    help_text = ""
    for sub in ("clean", "explain"):
        proc = subprocess.run([sys.executable, "-m", "newsclean", sub, "--help"],
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stderr
        help_text += proc.stdout
    real = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", help_text))
    assert documented <= real, f"documented but not in --help: {sorted(documented - real)}"
    assert {"--glob", "--text-field", "--workers", "--config"} <= documented
