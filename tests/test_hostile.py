"""Nothing crashes: hostile input gives an Article or a clear NewsCleanError, and no pattern backtracks.

Time limits here are hang guards only (generous, far above the normal cost);
growth is checked by counting work (function calls), not by the clock.
"""
from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import random
import re
import sys
import time

import pytest
import regex

import newsclean
from newsclean import (
    DEFAULT_MAX_INPUT_BYTES, Article, ConfigError, InputTooLarge, NewsCleanError, NotText, PatternTimeout,
    Pipeline, clean, default_filters, default_pipeline,
)
from newsclean.document import Document
from newsclean.patterns import compile_user_pattern, user_finditer
from newsgen import accounting_problems, count_calls

HANG_GUARD = 60.0  # seconds; a hang, not a slow run
ZH = "基层减负，考核少看台账材料。新华社北京11月25日电（记者张三）\n责编：周晓雪\n"


def _random_bytes(n: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(n))


HOSTILE = {
    "empty str": "",
    "empty bytes": b"",
    "white space only": " \n\t\u3000\r\n" * 1000,
    "random bytes": _random_bytes(50_000),
    "png": b"\x89PNG\r\n\x1a\n" + _random_bytes(5_000),
    "utf-8 with stray bytes": (ZH * 20).encode()[:500] + b"\xff\xfe\x81" + (ZH * 20).encode()[500:],
    "gbk": (ZH * 20).encode("gbk"),
    "big5": "新聞來源：中央社記者報導，台北市政府今日宣布新措施。\n".encode("big5") * 20,
    "utf-16 with bom": (ZH * 20).encode("utf-16"),
    "utf-16-le without bom": (ZH * 20).encode("utf-16-le"),
    "lone surrogates": "正文\ud800正文\n来源:\udfff\n\udc80\ud83d",
    "nul and controls": "\x00\x01\x02正文\x1b[31m红色\x1b[0m\x7f\n" * 200,
    "one 8 MB line": "基层减负，考核少看台账材料。" * 200_000,
    "jammer-like run": "! " * 500_000,
    "unit repetition then text": "正文" + "1 a" * 200_000 + "。",
    "unit repetition": "1 a" * 300_000,
    "legacy units": "".join(chr(i % 60) + chr(63 + i % 64) for i in range(200_000)),
    "label flood": "来源:\n责编:\n" * 50_000,
    "label flood on one line": "来源：责编：记者：" * 50_000,
    "bracket nest": "《" * 100_000 + "》" * 100_000,
    "paren nest": "（（【[(" * 40_000 + "）】])" * 40_000,
    "bidi and zero width": ("\u202e\u200b\u200d\ufeff" + "正文") * 50_000,
    "very many short lines": "a\n" * 500_000,
    "very many blank lines": "\r\n" * 500_000,
    "dates everywhere": "2024年11月25日 10:30 " * 50_000,
    "digits": "1" * 1_000_000,
    "entities": "&amp;&#12288;&nbsp;<br>" * 50_000,
    "urls": "http://a.b/" + "a/" * 200_000,
}

#: inputs whose text must come through decoding intact
EXPECT = {"gbk": "考核少看台账材料", "big5": "台北市政府今日宣布新措施", "utf-16 with bom": "考核少看台账材料",
          "utf-16-le without bom": "考核少看台账材料", "utf-8 with stray bytes": "考核少看台账材料"}
NOT_TEXT = {"random bytes", "png"}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_gives_an_article_or_a_clear_error(name):
    data = HOSTILE[name]
    t0 = time.perf_counter()
    try:
        article = clean(data)
    except NewsCleanError as e:
        assert name in NOT_TEXT, f"{name}: {type(e).__name__}: {e}"
        assert isinstance(e, NotText) and len(str(e)) > 20
        return
    finally:
        assert time.perf_counter() - t0 < HANG_GUARD
    assert name not in NOT_TEXT, f"{name} was taken for text"
    assert isinstance(article, Article)
    if name in EXPECT:
        assert EXPECT[name] in article.text
    # every result serialises, whatever the input held
    assert json.loads(article.model_dump_json()) == article.model_dump(mode="json")
    if isinstance(data, str):
        assert accounting_problems(data, article) == []


def test_lone_surrogates_are_removed_and_their_records_serialise():
    text = "正文\ud800正文\n来源\udfff"
    article = clean(text)
    assert all(not re.search("[\ud800-\udfff]", s) for s in [article.text])
    lone = [r for r in article.removed if r.reason == "lone-surrogate"]
    assert [r.text for r in lone] == ["\ud800", "\udfff"]
    dumped = article.model_dump_json()
    assert dumped.isascii()
    again = json.loads(dumped)
    assert [r["text"] for r in again["removed"]] == ["\ud800", "\udfff"]
    assert json.loads(article.model_dump_json(indent=2)) == again
    assert Article.model_validate(again) == article


def test_serialising_articles_without_surrogates_is_plain_pydantic_json():
    article = clean("标题\n正文。")
    assert "正文" in article.model_dump_json()  # not escaped: pydantic wrote it


# ------------------------------------------------------------------ size limit
def test_input_size_limit_on_bytes_and_str():
    small = Pipeline(default_filters(), max_input_bytes=1000)
    small.run(b"a" * 1000)
    with pytest.raises(InputTooLarge, match="1,001 bytes.*max_input_bytes"):
        small.run(b"a" * 1001)
    small.run("正" * 333)  # 999 bytes in UTF-8
    with pytest.raises(InputTooLarge):
        small.run("正" * 334)
    with pytest.raises(InputTooLarge):
        clean("a" * 2000, pipeline=small)


def test_size_limit_is_kept_by_pipeline_edits_and_config():
    p = Pipeline(default_filters(), max_input_bytes=10)
    assert p.without(p.names[0]).max_input_bytes == 10
    assert Pipeline.from_config(p.to_config()).max_input_bytes == 10
    with pytest.raises(ConfigError):
        Pipeline([], max_input_bytes=0)


def test_hostile_inputs_are_under_the_default_limit():
    assert DEFAULT_MAX_INPUT_BYTES == 64 * 1024 * 1024
    for data in HOSTILE.values():
        size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
        assert size < DEFAULT_MAX_INPUT_BYTES


# ------------------------------------------------------------------ user patterns
def test_user_patterns_time_out_with_a_clear_error():
    p = compile_user_pattern(r"(a|aa)+$")
    with pytest.raises(PatternTimeout, match="took longer than"):
        user_finditer(p, "a" * 40 + "!", timeout=0.05)
    assert [m.group() for m in user_finditer(compile_user_pattern("a+"), "baab")] == ["aa"]
    with pytest.raises(ConfigError, match="invalid"):
        compile_user_pattern("(unclosed")


# ------------------------------------------------------------------ every pattern is linear
def _patterns_in(obj, depth=0):
    if isinstance(obj, (re.Pattern, regex.Pattern)):
        yield obj
    elif depth < 2 and isinstance(obj, (list, tuple, set, frozenset)):
        for x in obj:
            yield from _patterns_in(x, depth + 1)
    elif depth < 2 and isinstance(obj, dict):
        for x in obj.values():
            yield from _patterns_in(x, depth + 1)


def all_patterns() -> dict[str, tuple[str, regex.Pattern]]:
    """Every compiled pattern newsclean holds (module globals, class attributes, default
    filters' fields), by pattern, with where it was found."""
    clean(ZH)  # let filters compile what they compile lazily
    holders = []
    for info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional extra (ray)
            continue
        holders.append((info.name, vars(module)))
        holders += [(f"{info.name}.{k}", vars(v)) for k, v in vars(module).items()
                    if isinstance(v, type) and v.__module__ == info.name]
    holders += [(f"filter {f.name}", vars(f)) for f in default_filters() if hasattr(f, "__dict__")]
    found: dict[str, tuple[str, regex.Pattern]] = {}
    for where, namespace in holders:
        for key, value in list(namespace.items()):
            for p in _patterns_in(value):
                if isinstance(p, re.Pattern):  # audit stdlib patterns with regex, which has a timeout
                    try:
                        p = regex.compile(p.pattern, p.flags & ~re.UNICODE)
                    except regex.error:
                        continue
                found.setdefault(f"{p.pattern}\0{p.flags}", (f"{where}.{key}", p))
    return found


N = 30_000
_GENERIC = [
    "! " * (N // 2), "1 a" * (N // 3), " a" * (N // 2), "a" * N, " " * N, "\t \u3000" * (N // 3), "正" * N,
    "1" * N, "：" * N, ":" * N, "《" * (N // 2) + "》" * (N // 2), "（" * N, "【" * (N // 2) + "】" * (N // 2),
    "来源：" * (N // 3), "责编：来源：记者 摄" * (N // 10), "2024年11月25日" * (N // 11), "2024-" * (N // 5),
    "&amp;" * (N // 5), "&" * N, "<" * N, "<p " * (N // 3), "http://" + "a." * (N // 2), "图为" * (N // 2),
    "\u200b" * N, "\\" * N, "·" * N, "—" * N, "…" * N, "|" * N, "#" * N, "@" * N,
]
_GENERIC += [s + "\u0001" for s in _GENERIC]  # the same, then a character that makes a match fail
_META = set("\\()[]{}|?*+^$.")


def adversarial_strings(pattern: str, seed: int) -> list[str]:
    """Long runs of the characters ``pattern`` names, alone, with spaces, mixed, then a character it may not want."""
    chars = sorted(set(pattern) - _META)  # a bytes pattern arrives decoded as Latin-1
    rng = random.Random(seed)
    chosen = rng.sample(chars, min(10, len(chars)))
    out = []
    for c in chosen:
        out += [c * N + "\u0001", (c + " ") * (N // 2) + "正"]
    for _ in range(3):
        out.append("".join(rng.choice(chosen + [" "]) for _ in range(N)) + "\u0001" if chosen else "")
    return out


#: patterns that only ever see short text, with the bound their caller enforces; each
#: is still audited, on adversarial strings of that length
BOUNDED = {
    # match_publication() returns early on lines longer than 80 characters
    "newsclean.fieldlines.publication._LINE": 80,
}


def _methods_used(where: str) -> set[str]:
    """How the module that holds a pattern uses it: ``{"match"}``, ``{"finditer", "search"}`` …"""
    module_name, _, name = where.rpartition(".")
    module = sys.modules.get(module_name)
    if module is None or not name.isidentifier():
        return set()
    try:
        source = inspect.getsource(module)
    except (OSError, TypeError):
        return set()
    return set(re.findall(rf"\b{re.escape(name)}\.(\w+)\(", source))


def test_no_pattern_backtracks_catastrophically():
    """Each pattern scans long adversarial lines the way its module uses it (``match`` when
    it only ever matches at the start, else ``finditer``, which tries every position);
    regex's timeout is the hang guard.

    30,000 characters make a quadratic pattern take seconds and an exponential
    one forever, while a linear one takes a few milliseconds.
    """
    patterns = all_patterns()
    assert len(patterns) >= 3, "the audit found no patterns: is the walk broken?"
    slow = []
    for k, (key, (where, p)) in enumerate(sorted(patterns.items())):
        used = _methods_used(where)
        anchored = bool(used) and used <= {"match", "fullmatch"}
        bound = BOUNDED.get(where)
        if isinstance(p.pattern, bytes):  # bytes patterns scan bytes: the same strings, encoded
            strings = [s.encode("utf-8") for s in _GENERIC]
            strings += [s.encode("utf-8") for s in adversarial_strings(p.pattern.decode("latin-1"), k)]
        else:
            strings = _GENERIC + adversarial_strings(p.pattern, k)
        for s in strings:
            if bound:
                s = s[:bound - 1] + s[-1]
            try:
                if anchored:
                    p.match(s, timeout=2.0)
                else:
                    for _ in p.finditer(s, timeout=2.0):
                        pass
            except TimeoutError:
                slow.append(f"{where}: {p.pattern[:80]!r} on {s[:12]!r}… ({len(s)} characters)")
                break
    assert slow == []


def test_the_audit_catches_a_quadratic_pattern():
    p = regex.compile(r"[ \u3000]+正?$")
    with pytest.raises(TimeoutError):
        for s in _GENERIC:
            for _ in p.finditer(s, timeout=2.0):
                pass


# ------------------------------------------------------------------ every filter does linear work
_LINES = [
    "正文第一段，基层减负。", "来源：新华网", "责编：周晓雪  审核：张三", "图为会议现场。 李思银 摄", "分享到：微信 QQ空间",
    "X7 k, w. B4 E9 N* r正文", "2024年11月25日 10:30", "（原标题：标题）", "《人民日报》（2024年11月25日 第11版）",
    "", "\u3000\u3000", "相关阅读", "&amp;&nbsp;<br>", "1 a1 a1 a1 a", "本文仅代表作者观点",
]


def _page(k: int) -> str:
    rng = random.Random(1)
    return "\n".join(rng.choice(_LINES) for _ in range(k))


@pytest.mark.parametrize("name", [f.name for f in default_filters()])
def test_each_filter_does_work_in_proportion_to_the_input(name):
    """4x the lines may cost at most about 4x the calls (a quadratic filter costs 16x)."""
    filt = next(f for f in default_filters() if f.name == name)
    small, large = _page(300), _page(1200)
    work = [count_calls(lambda t=t: filt.apply(Document(t))) for t in (small, large)]
    assert work[1] <= 6 * work[0] + 2000, f"{name}: {work[0]} calls for 300 lines, {work[1]} for 1,200"


@pytest.mark.parametrize("name", [f.name for f in default_filters()])
def test_each_filter_is_linear_on_one_growing_line(name):
    filt = next(f for f in default_filters() if f.name == name)
    line = "".join(_LINES)
    work = [count_calls(lambda t=t: filt.apply(Document(t))) for t in (line * 50, line * 200)]
    assert work[1] <= 6 * work[0] + 2000, f"{name}: {work[0]} calls, then {work[1]} for 4x the line"
