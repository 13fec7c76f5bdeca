"""Every default filter does work in proportion to its input, on the shapes scrapers hand over.

Work is counted, never timed: Python and C calls (``count_calls``) plus the characters
every regex call is handed to scan (``scanned``). Call counts alone miss a filter that
makes as many regex calls at 8x as it should but lets each one scan the whole line again
(a search restarted at every cut, a look back over the whole token for every run): the
characters scanned catch it, as ``test_the_measure_catches_a_quadratic_filter`` shows.
Backtracking inside one regex call is what the audit below looks for: every pattern
newsclean holds, scanned over the same families with the ``regex`` module's timeout
(as ``test_hostile``'s ReDoS audit does on its own strings).
"""
from __future__ import annotations

import base64
import json
import random
import re
import sys
from contextlib import contextmanager
from typing import Callable, Iterator

import pytest
import regex

from newsclean import default_filters
from newsclean.document import Document
from newsgen import count_calls

# a filter may cost at most this many times its work at 1x when the input is 8x
# (linear work gives about 8; a quadratic filter gives about 64)
MAX_GROWTH = 12
# fixed costs that do not grow with the input (a lexicon read once, a pattern compiled)
SLACK = 3000


# ------------------------------------------------------------------ the families
def _rng(seed: int) -> random.Random:
    return random.Random(seed)


def long_ascii_line(k: int) -> str:
    rng = _rng(1)
    return "".join(chr(rng.randint(32, 126)) for _ in range(1000 * k))


def base64_line(k: int) -> str:
    return base64.b64encode(_rng(2).randbytes(1100 * k)).decode()


def minified_code(k: int) -> str:
    rng = _rng(3)
    names = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz_$") for _ in range(rng.randint(1, 6))) for _ in range(50)]
    css = [f".{rng.choice(names)}{{margin:0 {rng.randint(0, 40)}px;color:#{rng.randbytes(3).hex()}}}" for _ in range(12 * k)]
    js = [f"function {rng.choice(names)}(a,b){{return a.{rng.choice(names)}+b[{rng.randint(0, 9)}]||!1}}"
          for _ in range(12 * k)]
    return "".join(css) + "\n" + ";".join(js)


def json_blob(k: int) -> str:
    rng = _rng(4)
    items = [{"id": rng.randint(0, 10**6), "name": "".join(rng.choice("abcXYZ_") for _ in range(8)),
              "tags": [rng.choice(["a", "b", "新闻"]) for _ in range(3)], "score": rng.random(), "ok": None}
             for _ in range(12 * k)]
    return json.dumps({"data": items}, ensure_ascii=False, separators=(",", ":"))


def url_queries(k: int) -> str:
    rng = _rng(5)
    urls = ["https://www.example.com/a/b?" + "&".join(
        f"{rng.choice(['utm_source', 'id', 'p', 'ref', 'q'])}={rng.randbytes(4).hex()}" for _ in range(6))
        for _ in range(10 * k)]
    return "正文链接：" + " ".join(urls) + "\n" + "&".join(f"k{i}=v%20{i}" for i in range(60 * k))


def hex_dump(k: int) -> str:
    rng = _rng(6)
    lines = []
    for i in range(25 * k):
        b = rng.randbytes(16)
        text = "".join(chr(c) if 32 <= c < 127 else "." for c in b)
        lines.append(f"{i * 16:08x}  {' '.join(f'{c:02x}' for c in b)}  |{text}|")
    return "\n".join(lines)


def label_flood(k: int) -> str:
    return "来源：\n责编：\n记者 摄\n" * (60 * k) + "来源：责编：记者：" * (20 * k)


def field_shapes(k: int) -> str:
    """Catalogue rows, post headers, sign-offs and bare names, repeated: the field shapes of
    pages never seen (a title row reads all lines once, for the first row only)."""
    block = ("索引号：000014349/2024-00001\n标题：关于做好工作的通知\n索 引 号\n0001\n标 题\n通知\n由海姑娘张贴 @ 2005-06-14 03:25:55 (370)\n"
             "罗银胜\n正文说完了。（姚峰 上海报道）\n来源：综合新华社、央视新闻\nAUTO.SOHU.COM  2003年11月12日16:36\n")
    return "关于做好工作的通知\n" + block * (30 * k)


def short_lines(k: int) -> str:
    rng = _rng(8)
    return "\n".join(rng.choice(["a", "1", "。", "图", "x y", "!", "——"]) for _ in range(300 * k))


def white_space(k: int) -> str:
    rng = _rng(9)
    return "".join(rng.choice([" " * 40, "\t" * 30, "\u3000" * 20, " \t" * 20, "正文。", "\n"]) for _ in range(250 * k))


FAMILIES: dict[str, Callable[[int], str]] = {
    "long ASCII line": long_ascii_line, "base64": base64_line, "minified CSS/JS": minified_code,
    "JSON blob": json_blob, "URL query strings": url_queries, "hex dump": hex_dump,
    "label flood": label_flood, "field shapes": field_shapes, "many short lines": short_lines, "white space and tabs": white_space,
}


def page(family: str, k: int) -> str:
    """The family's text at ``k`` times the size, between two lines of article text."""
    return "正文第一段，基层减负。\n" + FAMILIES[family](k) + "\n正文第二段。"


# ------------------------------------------------------------------ the measure
class _Counted:
    """A compiled pattern that adds to ``tally`` the characters each call is handed to scan:
    up to the match for ``search``, the match (or one character) for ``match``, the whole
    window for the calls that read to the end."""

    def __init__(self, pattern, tally: list[int]):
        self._p, self._tally = pattern, tally

    def __getattr__(self, name):
        return getattr(self._p, name)

    def _window(self, string, pos, endpos) -> tuple[int, int]:
        n = len(string)
        return max(0, min(pos, n)), n if endpos is None else max(0, min(endpos, n))

    def search(self, string, pos=0, endpos=None, **kw):
        m = self._p.search(string, pos, *(() if endpos is None else (endpos,)), **kw)
        a, b = self._window(string, pos, endpos)
        self._tally[0] += (m.end() if m else b) - a + 1
        return m

    def _anchored(self, method, string, pos=0, endpos=None, **kw):
        m = getattr(self._p, method)(string, pos, *(() if endpos is None else (endpos,)), **kw)
        self._tally[0] += (m.end() - m.start() if m else 0) + 1
        return m

    def match(self, string, pos=0, endpos=None, **kw):
        return self._anchored("match", string, pos, endpos, **kw)

    def fullmatch(self, string, pos=0, endpos=None, **kw):
        return self._anchored("fullmatch", string, pos, endpos, **kw)

    def _whole(self, method, string, *args, **kw):
        pos = args[0] if args and isinstance(args[0], int) and method in ("finditer", "findall") else kw.get("pos", 0)
        a, b = self._window(string, pos, None)
        self._tally[0] += b - a + 1
        return getattr(self._p, method)(string, *args, **kw)

    def finditer(self, string, *args, **kw):
        return self._whole("finditer", string, *args, **kw)

    def findall(self, string, *args, **kw):
        return self._whole("findall", string, *args, **kw)

    def split(self, string, *args, **kw):
        return self._whole("split", string, *args, **kw)

    def sub(self, repl, string, *args, **kw):
        self._tally[0] += len(string) + 1
        return self._p.sub(repl, string, *args, **kw)

    def subn(self, repl, string, *args, **kw):
        self._tally[0] += len(string) + 1
        return self._p.subn(repl, string, *args, **kw)


_PATTERN_TYPES = (re.Pattern, regex.Pattern)


def _counted(value, tally):
    """``value`` with its patterns (alone or in a tuple) counted."""
    if isinstance(value, _PATTERN_TYPES):
        return _Counted(value, tally)
    if type(value) is tuple:
        return tuple(_Counted(v, tally) if isinstance(v, _PATTERN_TYPES) else v for v in value)
    return value


def _cached_returning_patterns(fn, tally):
    def wrapper(*args, **kw):
        return _counted(fn(*args, **kw), tally)
    return wrapper


@contextmanager
def scanned(filt, prefix: str = "newsclean") -> Iterator[list[int]]:
    """Count the characters the regex calls of the code of the modules named ``prefix…`` scan
    while the block runs.

    Patterns are swapped for counting proxies where the code finds them: module globals,
    class attributes, the filter's own fields, and what cached factories return."""
    tally = [0]
    swaps: list[tuple[object, str, object]] = []
    for name, module in list(sys.modules.items()):
        if not name.startswith(prefix) or module is None:
            continue
        for key, value in list(vars(module).items()):
            if isinstance(value, _PATTERN_TYPES):
                swaps.append((module, key, _Counted(value, tally)))
            elif callable(value) and hasattr(value, "cache_info") and getattr(value, "__module__", "") == name:
                swaps.append((module, key, _cached_returning_patterns(value, tally)))
            elif isinstance(value, type) and value.__module__ == name:
                swaps += [(value, k, _Counted(v, tally)) for k, v in list(vars(value).items())
                          if isinstance(v, _PATTERN_TYPES)]
    if hasattr(filt, "__dict__"):
        swaps += [(filt, k, _Counted(v, tally)) for k, v in list(vars(filt).items()) if isinstance(v, _PATTERN_TYPES)]
    saved = [(holder, key, getattr(holder, key)) for holder, key, _ in swaps]
    try:
        for holder, key, proxy in swaps:
            setattr(holder, key, proxy)
        yield tally
    finally:
        for holder, key, value in saved:
            setattr(holder, key, value)


def work(filt, text: str, prefix: str = "newsclean") -> int:
    """Calls made plus characters scanned by regex calls, for one run of ``filt`` on ``text``."""
    with scanned(filt, prefix) as tally:
        calls = count_calls(lambda: filt.apply(Document(text)))
    return calls + tally[0]


def _lines(doc: Document) -> list[str]:
    return [line.text for line in doc.lines]


# ------------------------------------------------------------------ the tests
FILTERS = {f.name: f for f in default_filters()}


@pytest.mark.parametrize("family", list(FAMILIES))
@pytest.mark.parametrize("name", list(FILTERS))
def test_work_grows_linearly(name, family):
    filt = FILTERS[name]
    small, large = page(family, 1), page(family, 8)
    # lexicons read, patterns compiled, memo caches filled: fixed costs out of the count (a
    # memo's cold misses would depend on which tests ran before: counted warm on both texts)
    filt.apply(Document(large))
    w1, w8 = work(filt, small), work(filt, large)
    assert w8 <= MAX_GROWTH * w1 + SLACK, f"{name} on {family}: work {w1:,} at 1x, {w8:,} at 8x ({w8 / w1:.1f}x)"


@pytest.mark.parametrize("name", list(FILTERS))
def test_counting_changes_nothing(name):
    """The counting proxies stand in for the patterns faithfully: the filter's result is the same."""
    filt = FILTERS[name]
    text = "\n".join(FAMILIES[f](1) for f in FAMILIES)
    plain = Document(text)
    filt.apply(plain)
    counted = Document(text)
    with scanned(filt) as tally:
        filt.apply(counted)
    assert _lines(counted) == _lines(plain)
    assert tally[0] > 0 or name in {"html-leftovers", "mojibake", "publication"}


# a filter that asks, at every run of digits, whether padding follows anywhere on the line: as
# many regex calls as runs (linear), but each scans the rest of the line again
_DIGITS = re.compile(r"[0-9]+")
_PADDING = re.compile(r"=")


class _ReSearchingFilter:
    name = "quadratic"

    def apply(self, doc: Document) -> None:
        for line in doc.lines:
            for m in _DIGITS.finditer(line.text):
                _PADDING.search(line.text, m.end())


def test_the_measure_catches_a_quadratic_filter():
    filt = _ReSearchingFilter()
    small, large = page("base64", 1), page("base64", 8)
    w1, w8 = work(filt, small, __name__), work(filt, large, __name__)
    calls = [count_calls(lambda t=t: filt.apply(Document(t))) for t in (small, large)]
    assert calls[1] <= MAX_GROWTH * calls[0] + SLACK  # calls alone look linear…
    assert w8 > MAX_GROWTH * w1 + SLACK, (w1, w8)  # …the characters scanned do not


# ------------------------------------------------------------------ backtracking inside one call
def _family_strings() -> list[str]:
    return [FAMILIES[f](8) for f in FAMILIES]


def test_no_pattern_backtracks_on_the_families():
    """Every pattern newsclean holds scans each family at 8x within the hang guard, the way its
    module uses it (``match`` when it only ever matches at the start, else ``finditer``)."""
    from test_hostile import _methods_used, all_patterns

    strings = _family_strings()
    slow = []
    for where, p in all_patterns().values():
        used = _methods_used(where)
        anchored = bool(used) and used <= {"match", "fullmatch"}
        for s in strings:
            data = s.encode("utf-8") if isinstance(p.pattern, bytes) else s
            try:
                if anchored:
                    p.match(data, timeout=2.0)
                for _ in () if anchored else p.finditer(data, timeout=2.0):
                    pass
            except TimeoutError:
                slow.append(f"{where}: {p.pattern[:60]!r} on {s[:12]!r}…")
                break
    assert slow == []


def test_the_audit_catches_a_backtracking_pattern():
    p = regex.compile(r"[A-Za-z0-9+/]+=?$")  # tried at every start, each try reads to the end
    with pytest.raises(TimeoutError):
        for _ in p.finditer(base64_line(8).replace("=", "") + "\u0001", timeout=0.25):
            pass
