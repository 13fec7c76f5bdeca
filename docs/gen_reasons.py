"""Find the removal reasons each shipped filter can record, by reading its module's code.

A reason is written in a handful of ways, and each has a rule here:

* ``doc.cut(..., reason="glued-junk")`` and a ``reason="x"`` default;
* a span tuple ``(i, j, "discuz-jammer-x")`` given to ``cut_reasons``;
* a value stored where the code keeps reasons (``reasons[k] = "tags"``,
  ``reason = "x"``), compared with one (``reasons[k] == "counter"``), or
  looped over (``for reason in ("share-bar", …)``);
* what a function or property named ``…reason…`` (or whose docstring starts
  "The reason") returns, and the values of
  the module-level tables it reads (``_REASON.get(kind, "metadata:credit")``);
* a lexicon paired with its reason (``(entries("junk_share.txt"), "share-bar")``);
* the keys of a table whose names become reasons through named groups
  (``(?P<zero_width>…)`` … ``m.lastgroup.replace("_", "-")``);
* an f-string reason, shown with ``*`` for its variable part
  (``f"site-phrase:{site}"`` gives ``site-phrase:*``);
* a Document verb's default reason (``to_notice`` records ``platform-notice``)
  for a call that gives none.

A helper module of the filters package that defines no filter lends its
reasons to the filters whose modules import it.
"""
from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
import textwrap
from typing import Iterable, Iterator

#: what a reason looks like: lower-case words joined by - or :, with <placeholders>
REASON_SHAPE = re.compile(r"^[a-z][a-z0-9]*(?:[-:](?:[a-z0-9]+|\*))*\*?$")


def _is_reasonish(node: ast.AST) -> bool:
    """True when the code of ``node`` names a reason (``reason``, ``reasons[k]``, ``self._reason``)."""
    return "reason" in ast.unparse(node).lower()


def _strings(node: ast.AST) -> Iterator[str]:
    """The string constants and f-strings in ``node`` (an f-string's fields as ``<name>``)."""
    for n in ast.walk(node):
        if isinstance(n, ast.Constant) and isinstance(n.value, str):
            yield n.value
        elif isinstance(n, ast.JoinedStr):
            yield _fstring(n)


def _fstring(node: ast.JoinedStr) -> str:
    """An f-string with ``*`` for each field: ``f"site-phrase:{site}"`` gives ``site-phrase:*``."""
    return "".join(str(v.value) if isinstance(v, ast.Constant) else "*" for v in node.values)


def _own_strings(node: ast.AST) -> Iterator[str]:
    """Like :func:`_strings`, without the parts of an f-string (the whole is yielded instead)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        yield _fstring(node)
    else:
        for child in ast.iter_child_nodes(node):
            yield from _own_strings(child)


def _module_tables(tree: ast.Module) -> dict[str, ast.AST]:
    """Module-level ``NAME = <literal>`` assignments, by name."""
    out: dict[str, ast.AST] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            out[node.targets[0].id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            out[node.target.id] = node.value
    return out


def _table_values(node: ast.AST) -> Iterator[str]:
    """The string values of a dict literal (its keys are what is looked up, not reasons)."""
    if isinstance(node, ast.Dict):
        for v in node.values:
            yield from _own_strings(v)


def _group_keys(node: ast.AST) -> Iterator[str]:
    if isinstance(node, ast.Dict):
        for k in node.keys:
            if isinstance(k, ast.Constant) and isinstance(k.value, str):
                yield k.value


def reasons_in(source: str) -> list[str]:
    """Every reason the module ``source`` records, in order of first appearance."""
    tree = ast.parse(source)
    tables = _module_tables(tree)
    found: list[str] = []
    add = found.extend
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "reason":
            add(_own_strings(node.value))
        elif isinstance(node, ast.arguments):
            args = node.posonlyargs + node.args
            for arg, default in zip(args[len(args) - len(node.defaults):], node.defaults):
                if "reason" in arg.arg:
                    add(_own_strings(default))
            for arg, default in zip(node.kwonlyargs, node.kw_defaults):
                if default is not None and "reason" in arg.arg:
                    add(_own_strings(default))
        elif isinstance(node, ast.Tuple) and len(node.elts) >= 3:
            if not any(isinstance(e, ast.Constant) for e in node.elts[:2]):
                add(_own_strings(node.elts[2]) if isinstance(node.elts[2], (ast.Constant, ast.JoinedStr)) else ())
        elif isinstance(node, ast.Tuple) and len(node.elts) == 2 and isinstance(node.elts[0], ast.Call):
            called = ast.unparse(node.elts[0].func)
            if called.split(".")[-1] in ("entries", "rows") and isinstance(node.elts[1], ast.Constant):
                add(_own_strings(node.elts[1]))
        elif isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if node.value is not None and any(_is_reasonish(t) for t in targets):
                add(_table_values(node.value) if isinstance(node.value, ast.Dict) else _own_strings(node.value))
        elif isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(_is_reasonish(s) for s in sides):
                for s in sides:
                    if not _is_reasonish(s):
                        add(_own_strings(s))
        elif isinstance(node, ast.For) and _is_reasonish(node.target):
            add(_own_strings(node.iter))
        elif isinstance(node, ast.FunctionDef) and _returns_reasons(node):
            add(_function_reasons(node, tables))
    return [r for r in dict.fromkeys(found) if REASON_SHAPE.match(r)]


def _returns_reasons(func: ast.FunctionDef) -> bool:
    """A function named ``…reason…``, or whose docstring says it gives "the reason"."""
    doc = (ast.get_docstring(func) or "").split("\n", 1)[0].lower()
    return "reason" in func.name.lower() or doc.startswith("the reason")


def _function_reasons(func: ast.FunctionDef, tables: dict[str, ast.AST]) -> Iterator[str]:
    """What a function named ``…reason…`` returns: constants, and the values of tables it reads."""
    for node in ast.walk(func):
        if not isinstance(node, ast.Return) or node.value is None:
            continue
        yield from _own_strings(node.value)
        for n in ast.walk(node.value):
            if isinstance(n, ast.Name) and n.id in tables:
                yield from _table_values(tables[n.id])
            if isinstance(n, ast.Attribute) and n.attr == "lastgroup":
                # named groups made from a table's keys: (?P<zero_width>…) for "zero-width"
                for value in tables.values():
                    keys = list(_group_keys(value))
                    if keys and all(REASON_SHAPE.match(k) and "-" in k for k in keys):
                        yield from keys


def _imports_of(module, package: str) -> Iterable[str]:
    """The modules of ``package`` that ``module`` imports (``from .x import``, ``from package.x import``)."""
    tree = ast.parse(inspect.getsource(module))
    base = module.__name__.rsplit(".", 1)[0] if not hasattr(module, "__path__") else module.__name__
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                parts = base.split(".")
                stem = ".".join(parts[: len(parts) - node.level + 1])
                name = f"{stem}.{node.module}" if node.module else stem
            else:
                name = node.module or ""
            if name.startswith(package + ".") or name == package:
                yield name
                for alias in node.names:
                    yield f"{name}.{alias.name}"


def _package_modules(module_name: str, package: str) -> list[str]:
    """Every module of the filter's own package, when the filter is a package (filters/jammer/)."""
    depth = package.count(".") + 2  # newsclean.filters.<filter>
    top = importlib.import_module(".".join(module_name.split(".")[:depth]))
    if not hasattr(top, "__path__"):
        return []
    return [m.name for m in pkgutil.walk_packages(top.__path__, top.__name__ + ".")]


def filter_reasons(classes: Iterable[type], package: str, defaults: dict[str, str]) -> dict[str, list[str]]:
    """The reasons of each filter class, by filter name: its module's, and its helper modules'.

    ``defaults`` are the Document verbs' default reasons (:func:`verb_defaults`).
    """
    out: dict[str, list[str]] = {}
    classes = list(classes)
    defining = {c.__module__ for c in classes}
    for cls in classes:
        module = importlib.import_module(cls.__module__)
        source = inspect.getsource(module)
        found = reasons_in(source) + default_reasons_in(source, defaults)
        for name in [*_imports_of(module, package), *_package_modules(cls.__module__, package)]:
            if name in defining or name == cls.__module__:
                continue
            try:
                helper = importlib.import_module(name)
                helper_source = inspect.getsource(helper)
            except (ImportError, OSError, TypeError):
                continue  # a name imported from a module, not a module
            found += reasons_in(helper_source) + default_reasons_in(helper_source, defaults)
        out[cls.name] = list(dict.fromkeys(found))
    return out


def matches(reason: str, catalogued: Iterable[str]) -> bool:
    """True when ``reason`` (as recorded) is one of the catalogued ones, a ``*`` matching any word.

    >>> matches("site-phrase:1point3acres", ["html-tag", "site-phrase:*"])
    True
    """
    return any(c == reason or ("*" in c and re.fullmatch(re.escape(c).replace(r"\*", r"\S+"), reason))
               for c in catalogued)


def verb_defaults(document_class: type) -> dict[str, str]:
    """The reason each Document verb records when a call gives none: ``{"to_notice": "platform-notice"}``.

    Read from the class and its bases, wherever their code lives.
    """
    out: dict[str, str] = {}
    for klass in reversed(document_class.__mro__):
        if klass is object:
            continue
        try:
            tree = ast.parse(textwrap.dedent(inspect.getsource(klass)))
        except (OSError, TypeError):
            continue
        for fn in tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []:
            if isinstance(fn, ast.FunctionDef):
                a = fn.args
                pos = a.posonlyargs + a.args
                pairs = list(zip(a.kwonlyargs, a.kw_defaults)) + list(zip(pos[len(pos) - len(a.defaults):], a.defaults))
                for arg, default in pairs:
                    if arg.arg == "reason" and isinstance(default, ast.Constant) and isinstance(default.value, str):
                        out[fn.name] = default.value
    return out


def default_reasons_in(source: str, defaults: dict[str, str]) -> list[str]:
    """The verb defaults a module relies on: calls of those verbs that give no ``reason``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in defaults
                and not any(k.arg == "reason" for k in node.keywords)):
            found.append(defaults[node.func.attr])
    return list(dict.fromkeys(found))


__all__ = ["reasons_in", "filter_reasons", "verb_defaults", "default_reasons_in", "matches", "REASON_SHAPE"]
