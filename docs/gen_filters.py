"""Generate the filter catalogue (``filters.md``) from the filters themselves.

The page is written at build time by ``docs/hooks.py``, never by hand, so it
cannot drift from the code: every filter class registered in
``newsclean.filters.base.REGISTRY`` by a module under ``newsclean.filters``
gets a section with its name, class, module, docstring (doctests shown as
``pycon`` blocks), its options (dataclass fields with type, default and
description) and its place in the default pipeline.

An option's description comes from, in this order: ``field(metadata={"doc": …})``,
a string literal right after the field (an attribute docstring), or ``#:``
comment lines right above the field.

Run it alone to print the page: ``python docs/gen_filters.py``.
"""
from __future__ import annotations

import ast
import dataclasses
import html
import importlib
import importlib.util
import inspect
import json
import pkgutil
import re
import textwrap
from pathlib import Path
from typing import Any

import newsclean.filters
from newsclean import Document, default_filters
from newsclean.filters.base import REGISTRY, Filter

try:  # run as a script, or imported by docs/hooks.py with docs/ on the path
    import gen_reasons
except ImportError:  # loaded by file location (tests): its neighbour the same way
    _spec = importlib.util.spec_from_file_location("gen_reasons", Path(__file__).with_name("gen_reasons.py"))
    gen_reasons = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(gen_reasons)

FILTER_PACKAGE = "newsclean.filters"

_ROLE = re.compile(r":(?:class|meth|func|attr|mod|exc|data|obj):`~?(?:[\w.]+\.)?([^`<>]+?)`")
_DOUBLE_TICKS = re.compile(r"``([^`]+)``")
# shipped lexicon files a module reads: entries("x.txt"), rows("x.tsv", 2)
_LEXICON_CALL = re.compile(r"""\b(?:entries|rows)\(\s*["']([\w.-]+\.(?:txt|tsv|json))["']""")


def shipped_filters() -> list[type[Filter]]:
    """Every filter class that ships with newsclean, in default-pipeline order, then by name."""
    for info in pkgutil.iter_modules(newsclean.filters.__path__, FILTER_PACKAGE + "."):
        importlib.import_module(info.name)
    classes = [cls for cls in REGISTRY.values() if cls.__module__.startswith(FILTER_PACKAGE + ".")]
    order = {type(f): i for i, f in enumerate(default_filters())}
    return sorted(set(classes), key=lambda c: (order.get(c, len(order)), c.name))


def rst_to_markdown(text: str) -> str:
    """Turn a docstring's reST habits into Markdown: roles, ````code````, doctests, ``::`` blocks."""
    out: list[str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if _TABLE_RULE.match(line):
            table, i = _simple_table(lines, i)
            if table:
                out += ["", *table, ""]
                continue
            out.append(line)
            i += 1
            continue
        if stripped.startswith(">>>"):
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i])
                i += 1
            out += ["```pycon", *textwrap.dedent("\n".join(block)).splitlines(), "```"]
            continue
        if stripped.endswith("::") and not stripped.startswith(".."):
            out.append(line[:-1] if stripped != "::" else "")
            i += 1
            block = []
            while i < len(lines) and (not lines[i].strip() or lines[i].startswith((" ", "\t"))):
                block.append(lines[i])
                i += 1
            while block and not block[-1].strip():
                block.pop()
            out += ["", "```python", *textwrap.dedent("\n".join(block)).strip("\n").splitlines(), "```", ""]
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if stripped and line == line.lstrip() and nxt.strip() and nxt[0] in " \t":
            # a reST definition list item: a term, then its indented definition
            body = []
            i += 1
            while i < len(lines) and lines[i].strip() and lines[i][0] in " \t":
                body.append(lines[i].strip())
                i += 1
            if out and out[-1].strip():
                out.append("")
            out += [line, ":   " + body[0], *("    " + b for b in body[1:]), ""]
            continue
        out.append(line)
        i += 1
    # inline markup last, outside code blocks (table columns are found on the raw text)
    fenced = False
    for k, line in enumerate(out):
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced:
            out[k] = _DOUBLE_TICKS.sub(r"`\1`", _ROLE.sub(r"`\1`", line))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()


_TABLE_RULE = re.compile(r"^\s*=+(?: +=+)+\s*$")


def _simple_table(lines: list[str], i: int) -> tuple[list[str], int]:
    """A reST simple table starting at ``lines[i]`` as Markdown rows, and the index after it."""
    rule = lines[i]
    spans = [(m.start(), m.end()) for m in re.finditer(r"=+", rule)]
    rules = [k for k in range(i, len(lines)) if lines[k].strip() == rule.strip()]
    if len(rules) < 3 or rules[1] != i + 2:
        return [], i

    def cells(line: str) -> list[str]:
        bounds = [a for a, _ in spans[1:]] + [None]
        out, start = [], 0
        for k, (a, _) in enumerate(spans):
            cell = line[a:bounds[k]] if k else line[:bounds[0]]
            cell = cell.strip().replace("|", "\\|")
            if "`" not in cell:  # keep list<string> from reading as an HTML tag
                cell = cell.replace("<", "&lt;").replace(">", "&gt;")
            out.append(cell)
        return out

    header = cells(lines[i + 1])
    rows = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    for k in range(i + 3, rules[2]):
        if lines[k].strip():
            rows.append("| " + " | ".join(cells(lines[k])) + " |")
    return rows, rules[2] + 1


def _field_docs(cls: type) -> dict[str, str]:
    """Descriptions of a dataclass's fields from attribute docstrings and ``#:`` comments."""
    docs: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        if klass is object or not dataclasses.is_dataclass(klass):
            continue
        try:
            source = textwrap.dedent(inspect.getsource(klass))
        except (OSError, TypeError):
            continue
        src_lines = source.splitlines()
        tree = ast.parse(source)
        body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
        for n, node in enumerate(body):
            if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
                continue
            name = node.target.id
            nxt = body[n + 1] if n + 1 < len(body) else None
            if (isinstance(nxt, ast.Expr) and isinstance(nxt.value, ast.Constant)
                    and isinstance(nxt.value.value, str)):
                docs[name] = inspect.cleandoc(nxt.value.value)
                continue
            comments = []
            k = node.lineno - 2
            while k >= 0 and src_lines[k].strip().startswith("#:"):
                comments.insert(0, src_lines[k].strip()[2:].strip())
                k -= 1
            if comments:
                docs[name] = " ".join(comments)
    return docs


def _type_name(f: dataclasses.Field) -> str:
    t = f.type
    if isinstance(t, str):
        return t
    return getattr(t, "__name__", None) if getattr(t, "__module__", "") == "builtins" else str(t).replace("typing.", "")


def _default(f: dataclasses.Field) -> str:
    if f.default is not dataclasses.MISSING:
        value: Any = f.default
    elif f.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
        value = f.default_factory()  # type: ignore[misc]
    else:
        return "required"
    text = repr(value)
    if len(text) > 70:
        size = f" ({len(value)} entries)" if hasattr(value, "__len__") else ""
        text = text[:60].rstrip() + " …" + size
    return text


def _code_cell(text: str) -> str:
    """Inline code for a Markdown table cell: a ``|`` inside a code span would end the cell."""
    return "<code>" + html.escape(text).replace("|", "&#124;") + "</code>"


def options_table(cls: type[Filter]) -> str:
    """A Markdown table of the filter's options, or a sentence saying it has none."""
    if not dataclasses.is_dataclass(cls):
        return "This filter takes no options."
    fields = [f for f in dataclasses.fields(cls) if f.init]
    if not fields:
        return "This filter takes no options."
    docs = _field_docs(cls)
    meta_docs = {f.name: f.metadata.get("doc") for f in fields if f.metadata.get("doc")}
    rows = ["| option | type | default | description |", "| --- | --- | --- | --- |"]
    for f in fields:
        desc = meta_docs.get(f.name) or docs.get(f.name) or ""
        desc = rst_to_markdown(desc).replace("\n", " ").replace("|", "\\|")
        rows.append(f"| `{f.name}` | {_code_cell(_type_name(f))} | {_code_cell(_default(f))} | {desc} |")
    return "\n".join(rows)


def lexicons_in(source: str) -> list[str]:
    """The shipped lexicon files that module source loads, in order of first use."""
    return list(dict.fromkeys(_LEXICON_CALL.findall(source)))


def lexicons_used(module) -> list[str]:
    """The shipped lexicon files that a filter module loads."""
    try:
        return lexicons_in(inspect.getsource(module))
    except (OSError, TypeError):
        return []


def config_example(cls: type[Filter], in_default: bool) -> str:
    """A JSON configuration that sets every option of the filter to its default, or ``""``.

    For a default filter it uses ``options``; for another shipped filter, ``add``.
    """
    if not dataclasses.is_dataclass(cls):
        return ""
    try:
        options = cls().options()
        text = json.dumps(options, ensure_ascii=False)
    except (TypeError, ValueError):
        return ""
    if not options or len(text) > 400:
        return ""
    config = {"options": {cls.name: options}} if in_default else {"add": [{"name": cls.name, **options}]}
    return json.dumps(config, ensure_ascii=False, indent=2)


def _summary(cls: type) -> str:
    doc = inspect.getdoc(cls) or ""
    return rst_to_markdown(doc.split("\n\n", 1)[0]).replace("\n", " ")


def shipped_reasons(classes: list[type[Filter]] | None = None) -> dict[str, list[str]]:
    """The removal reasons each shipped filter records, found in its code (see ``docs/gen_reasons.py``)."""
    return gen_reasons.filter_reasons(classes or shipped_filters(), FILTER_PACKAGE, gen_reasons.verb_defaults(Document))


def reasons_table(reasons: dict[str, list[str]]) -> list[str]:
    """Markdown rows: every reason, and the filters that record it."""
    by_reason: dict[str, list[str]] = {}
    for name, found in reasons.items():
        for r in found:
            by_reason.setdefault(r, []).append(name)
    rows = ["| reason | recorded by |", "| --- | --- |"]
    for r in sorted(by_reason):
        rows.append(f"| `{r}` | " + ", ".join(f"[`{n}`](#{n})" for n in by_reason[r]) + " |")
    return rows


def catalogue_markdown() -> str:
    """The whole catalogue page."""
    classes = shipped_filters()
    reasons = shipped_reasons(classes)
    default_names = [f.name for f in default_filters()]
    out = [
        "# Filter catalogue",
        "",
        "Every filter that ships with newsclean. This page is generated from the",
        "filters' own docstrings and dataclass fields when the site is built",
        "(`docs/gen_filters.py`), so it always matches the installed code.",
        "",
        "Option names are the keys of a filter's table in a configuration file",
        "(see [Configure labels, phrases and site rules](recipes/configuration.md))",
        "and the keyword arguments of its class.",
        "",
        "## The default pipeline",
        "",
        "`newsclean.clean()` and `default_pipeline()` run these filters, in this order:",
        "",
        "| # | name | class | removes |",
        "| --- | --- | --- | --- |",
    ]
    by_name = {c.name: c for c in classes}
    for i, name in enumerate(default_names, 1):
        cls = by_name.get(name) or REGISTRY[name]
        out.append(f"| {i} | [`{name}`](#{name}) | `{cls.__name__}` | {_summary(cls)} |")
    others = [c for c in classes if c.name not in default_names]
    if others:
        out += [
            "",
            "Shipped but not in the default pipeline (add them with `Pipeline.insert` or a",
            "configuration's `add` list):",
            "",
            "| name | class | removes |",
            "| --- | --- | --- |",
        ]
        for cls in others:
            out.append(f"| [`{cls.name}`](#{cls.name}) | `{cls.__name__}` | {_summary(cls)} |")
    out += [
        "",
        "## Removal reasons",
        "",
        "Every `reason` a shipped filter writes in `Article.removed` (and in the",
        "`--stats` of the command line), found in the filters' code when the page is",
        "built; `*` stands for a part taken from the text or a lexicon.",
        "",
        *reasons_table(reasons),
    ]
    for cls in classes:
        module = importlib.import_module(cls.__module__)
        public_path = cls.__module__
        if getattr(newsclean.filters, cls.__name__, None) is cls:
            public_path = FILTER_PACKAGE
        if cls.name in default_names:
            place = f"step {default_names.index(cls.name) + 1} of {len(default_names)} in the default pipeline"
        else:
            place = "not in the default pipeline"
        out += [
            "",
            f"## `{cls.name}` {{ #{cls.name} }}",
            "",
            f"`{public_path}.{cls.__name__}`, defined in `{cls.__module__}`; {place}.",
            "",
            rst_to_markdown(inspect.getdoc(cls) or "(no docstring)"),
            "",
            "**Options**",
            "",
            options_table(cls),
        ]
        if reasons.get(cls.name):
            out += ["", "**Reasons** recorded: " + ", ".join(f"`{r}`" for r in reasons[cls.name])]
        example = config_example(cls, cls.name in default_names)
        if example:
            out += [
                "",
                "Set them in a [configuration](recipes/configuration.md) (shown with the defaults):",
                "",
                "```json",
                example,
                "```",
            ]
        lexicons = lexicons_used(module)
        if lexicons:
            out += [
                "",
                "**Lexicons** (data files in `newsclean/lexicons/`, extended through the options above): "
                + ", ".join(f"`{name}`" for name in lexicons),
            ]
        mod_doc = inspect.getdoc(module)
        if mod_doc:
            out += [
                "",
                f'???+ note "About the module `{cls.__module__}`"',
                "",
                textwrap.indent(rst_to_markdown(mod_doc), "    "),
            ]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- API reference
REFERENCE = Path(__file__).parent / "reference"
_DIRECTIVE = re.compile(r"^::: newsclean(?:\.\w+)*\.(\w+)\s*$", re.M)


def documented_public_names() -> set[str]:
    """Public names that a hand-written reference page lists with ``::: newsclean.NAME``."""
    return {m.group(1) for page in REFERENCE.glob("*.md") for m in _DIRECTIVE.finditer(page.read_text("utf-8"))}


def undocumented_public_names() -> list[str]:
    """Names in ``newsclean.__all__`` that no reference page lists yet."""
    documented = documented_public_names()
    return [name for name in newsclean.__all__ if name not in documented]


def reference_appendix() -> str:
    """Markdown the build appends to the API reference for public names no page lists."""
    missing = undocumented_public_names()
    if not missing:
        return ""
    out = ["", "## Also exported", "", "Public names of `newsclean` not described on the pages above.", ""]
    for name in missing:
        out += [f"::: newsclean.{name}", "    options:", "      heading_level: 3", ""]
    return "\n".join(out)


_ANY_DIRECTIVE = re.compile(r"^::: (newsclean(?:\.\w+)*)\s*\n(?:[ \t]+.*\n|[ \t]*\n(?=[ \t]+\S))*", re.M)


def module_exists(dotted: str) -> bool:
    """True when ``dotted`` (``newsclean.x.y``) is a module or package of the installed newsclean.

    Looks at files only, never imports: ``newsclean.ray`` imports Ray.
    """
    parts = dotted.split(".")
    if parts[0] != "newsclean":
        return False
    base = Path(newsclean.__file__).parent.joinpath(*parts[1:])
    return (base / "__init__.py").is_file() or base.with_suffix(".py").is_file()


def drop_missing_directives(markdown: str) -> tuple[str, list[str]]:
    """Remove ``::: newsclean.x.name`` blocks whose module ``newsclean.x`` is not there (yet).

    Keeps the reference building while a documented module is on its way;
    returns the new text and the paths left out.
    """
    missing: list[str] = []

    def keep(m: re.Match) -> str:
        path = m.group(1)
        if module_exists(path) or module_exists(path.rsplit(".", 1)[0]):
            return m.group(0)
        missing.append(path)
        return ""

    return _ANY_DIRECTIVE.sub(keep, markdown), missing


if __name__ == "__main__":
    print(catalogue_markdown())
