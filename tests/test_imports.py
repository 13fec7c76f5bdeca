"""The modules' imports: filters share facts through shared modules, never import each other,
and no module of newsclean imports itself back through others (imports inside functions count;
those under ``if TYPE_CHECKING:`` never run and do not)."""
import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "newsclean"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> set[str]:
    """The newsclean modules ``path`` imports, at any depth of its code."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # imports under `if TYPE_CHECKING:` never run (type checkers read them): left out
    typing_only = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
                   and ast.unparse(node.test).split(".")[-1] == "TYPE_CHECKING"
                   for stmt in node.body for n in ast.walk(stmt)}
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("newsclean"):
                continue
            # from . import lexicons / from .filters import base: the names may be modules
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in MODULES else target)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("newsclean"))
    found.discard(name)
    return {m for m in found if m in MODULES}


MODULES = {module_name(p): p for p in SRC.rglob("*.py")}
GRAPH = {name: imports(path) for name, path in MODULES.items()}


def test_the_graph_is_read():
    # (the test reads what it should: a filter imports its base, the pipeline the document)
    assert "newsclean.filters.base" in GRAPH["newsclean.filters.captions"]
    assert "newsclean.document" in GRAPH["newsclean.pipeline"]
    assert len([m for m in MODULES if m.startswith("newsclean.filters.")]) >= 12


def filter_of(module: str) -> str:
    """The filter a module of ``newsclean.filters`` belongs to: itself, or its package (filters/jammer/)."""
    return ".".join(module.split(".")[:3])


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m.startswith("newsclean.filters.")
                                          and m != "newsclean.filters.base"))
def test_no_filter_imports_another_filter(module):
    others = {m for m in GRAPH[module] if m.startswith("newsclean.filters")
              and filter_of(m) not in (filter_of(module), "newsclean.filters", "newsclean.filters.base")}
    assert not others, f"{module} imports {sorted(others)}: share the fact through a module outside filters/"


def cycle() -> list[str]:
    """One import cycle among newsclean's modules, or []."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> list[str]:
        state[m] = 1
        stack.append(m)
        for n in sorted(GRAPH[m]):
            if state.get(n) == 1:
                return stack[stack.index(n):] + [n]
            if n not in state:
                found = visit(n)
                if found:
                    return found
        stack.pop()
        state[m] = 2
        return []

    for m in sorted(GRAPH):
        if m not in state:
            found = visit(m)
            if found:
                return found
    return []


def test_no_import_cycle():
    assert cycle() == []


def test_no_module_is_over_600_lines():
    # one module per idea: a module that grows past this holds several and is split
    long = {str(p.relative_to(SRC)): n for p in SRC.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600}
    assert long == {}
