"""The per-document time budget: a filter that stalls is stopped, by name; the default never fires."""
from __future__ import annotations

import pickle
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pytest

from newsclean import ConfigError, DocumentTimeout, Filter, NewsCleanError, Pipeline, default_filters, default_pipeline
from newsclean.budget import DEFAULT_MAX_SECONDS, DEFAULT_SECONDS_PER_MB, budget_for


@dataclass
class SpinForever(Filter, name="test-spin-forever"):
    """Loops in Python and swallows every Exception: only the budget can stop it."""

    def apply(self, doc):
        while True:
            try:
                for line in doc.body_lines():
                    line.text.count("。")
            except Exception:  # noqa: BLE001 - on purpose: the budget's exception must get through
                pass


@dataclass
class SleepInC(Filter, name="test-sleep-in-c"):
    """One long call into C that takes CPU time, which no exception interrupts: caught by the
    check after the filter."""

    items: int = 10_000_000

    def apply(self, doc):
        sum(range(self.items))  # one C call: no bytecode runs until it returns


@dataclass
class Wait(Filter, name="test-wait"):
    """Waits without working (the budget counts CPU time, not the clock)."""

    def apply(self, doc):
        time.sleep(0.3)


@dataclass
class Nested(Filter, name="test-nested"):
    """Runs a whole pipeline inside a filter (the outer budget covers it)."""

    def apply(self, doc):
        Pipeline([SpinForever()], max_seconds=100).run(doc.source)


_PAGE = "市政府召开新闻发布会\n来源：新华网\n正文第一段，讲了一件事。\n正文第二段。"


@pytest.fixture(autouse=True, scope="module")
def _lexicons_loaded():
    # the first document of a process loads and compiles the lexicons: not what these budgets time
    Pipeline(default_filters(), max_seconds=None).run(_PAGE)


def _tight(*extra: Filter, seconds: float = 0.2) -> Pipeline:
    return Pipeline(default_filters() + list(extra), max_seconds=seconds, seconds_per_mb=0)


def test_a_filter_that_stalls_is_stopped_and_named():
    with pytest.raises(DocumentTimeout, match="in filter 'test-spin-forever'") as info:
        _tight(SpinForever()).run("标题\n正文第一段。\n正文第二段。")
    e = info.value
    assert isinstance(e, NewsCleanError)
    assert e.filter == "test-spin-forever" and e.budget == pytest.approx(0.2) and e.elapsed >= 0.19
    assert "0.2 s" in str(e)


def test_a_long_call_into_c_is_caught_after_the_filter():
    with pytest.raises(DocumentTimeout, match="'test-sleep-in-c'"):
        _tight(SleepInC(), seconds=0.01).run("正文。")


def test_a_nested_run_is_covered_by_the_outer_budget():
    with pytest.raises(DocumentTimeout, match="'test-nested'"):
        _tight(Nested()).run("正文。")


def test_the_pipeline_runs_on_after_a_timeout():
    p = _tight(SpinForever())
    for _ in range(3):
        with pytest.raises(DocumentTimeout):
            p.run("正文。")
    # nothing of the stopped documents is left pending: the next ones run to the end
    fine = Pipeline(default_filters(), max_seconds=0.2, seconds_per_mb=0)
    want = Pipeline(default_filters(), max_seconds=None).run(_PAGE)
    for _ in range(50):
        assert fine.run(_PAGE) == want


def test_each_thread_has_its_own_budget():
    slow, fine = _tight(SpinForever()), Pipeline(default_filters(), max_seconds=5)

    def one(k: int) -> str:
        if k % 2:
            return fine.run(_PAGE).paragraphs[0]
        try:
            slow.run("正文。")
        except DocumentTimeout as e:
            return e.filter
        return "not stopped"

    with ThreadPoolExecutor(4) as pool:
        out = list(pool.map(one, range(8)))
    assert out == ["test-spin-forever", "正文第一段，讲了一件事。"] * 4
    assert threading.active_count() < 20


def test_waiting_is_not_working():
    # a machine busy with other work makes a document slower by the clock, not by its CPU time
    assert _tight(Wait(), seconds=0.1).run("正文。").paragraphs == ["正文。"]


def test_none_disables_the_budget():
    p = Pipeline(default_filters() + [SleepInC(1000)], max_seconds=None)
    assert p.run("正文。").paragraphs == ["正文。"]
    assert p.budget(p.document("正文。")) is None


def test_the_default_budget_grows_with_the_input():
    p = default_pipeline()
    assert (p.max_seconds, p.seconds_per_mb) == (DEFAULT_MAX_SECONDS, DEFAULT_SECONDS_PER_MB) == (10.0, 2.0)
    assert p.budget(p.document("a" * 1_000_000)) == pytest.approx(12.0)
    assert p.budget(p.document("正" * 1_000_000)) == pytest.approx(16.0)  # 3 bytes a character in UTF-8
    assert budget_for(0, 1.5, 0) == 1.5


def test_budget_settings_travel_with_the_pipeline():
    p = Pipeline(default_filters(), max_seconds=3.5, seconds_per_mb=0.5)
    for edited in (p.without("captions"), p.insert(SleepInC()), pickle.loads(pickle.dumps(p))):
        assert (edited.max_seconds, edited.seconds_per_mb) == (3.5, 0.5)
    config = p.to_config()
    assert (config["max_seconds"], config["seconds_per_mb"]) == (3.5, 0.5)
    assert Pipeline.from_config(config) == p
    assert Pipeline.from_config({"max_seconds": None}).max_seconds is None
    assert Pipeline.from_config({"max_seconds": 2}).max_seconds == 2.0


@pytest.mark.parametrize("bad", [{"max_seconds": 0}, {"max_seconds": -1}, {"max_seconds": "10"},
                                 {"seconds_per_mb": -2}, {"max_seconds": True}])
def test_bad_budget_settings_are_refused(bad):
    with pytest.raises(ConfigError, match="max_seconds|seconds_per_mb"):
        Pipeline.from_config(bad)


def test_the_error_pickles_with_its_fields():
    e = pickle.loads(pickle.dumps(DocumentTimeout("late", filter="jammer", elapsed=12.5, budget=10.0)))
    assert (str(e), e.filter, e.elapsed, e.budget) == ("late", "jammer", 12.5, 10.0)


def test_the_default_budget_never_fires_on_the_corpus(corpus_texts):
    p = default_pipeline()
    for name, text in corpus_texts:
        p.run(text)  # no DocumentTimeout


def test_nothing_is_left_pending_for_the_caller():
    # cancelling a sent exception would leave CPython's eval breaker set for good, which hangs
    # the next profiled call: stop a document, then profile a call, in a fresh process
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\n"
        "from newsclean import Pipeline, DocumentTimeout\n"
        "from test_budget import SpinForever\n"
        "for _ in range(3):\n"
        "    try:\n"
        "        Pipeline([SpinForever()], max_seconds=0.05).run('正文')\n"
        "    except DocumentTimeout:\n"
        "        pass\n"
        "calls = []\n"
        "sys.setprofile(lambda frame, event, arg: calls.append(event))\n"
        "len('abc')\n"
        "sys.setprofile(None)\n"
        "print('ok', len(calls) > 0)\n"
    )
    here = Path(__file__).resolve().parent
    env_path = [str(here.parent / "src"), str(here)]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={"PYTHONPATH": ":".join(env_path), "PATH": ""})
    assert out.stdout.strip() == "ok True", out.stderr[-500:]
