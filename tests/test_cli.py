"""The command line, run as users run it: ``python -m newsclean`` in a subprocess."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean.cli import Options, Task, expand_paths, iter_tasks, process

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "fixtures" / "000_a5467ec82349c909.txt"

NEWS = (
    "市民夜游热度攀升 文旅消费持续升温\n"
    "来源：新华网\n"
    "本报讯（记者 王晓明）国庆假期，各地夜间文旅消费持续升温，多个景区延长开放时间。\n"
    "据统计，全市夜间客流同比增长两成。\n"
    "责编：周晓雪\n"
)
JAMMED = "正文第一段，内容完整。2 u\" [6 R2 O' p' l( g\" Z3\n来源：人民日报\n"


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )


def lines(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "docs"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(NEWS, encoding="utf-8")
    (d / "sub" / "b.txt").write_bytes(JAMMED.encode("gb18030"))
    (d / "c.jsonl").write_text(
        json.dumps({"id": 1, "text": NEWS}, ensure_ascii=False) + "\n"
        + json.dumps({"id": 2, "text": JAMMED}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    (d / "notes.md").write_text("not matched by the default globs", encoding="utf-8")
    return d


def test_single_file_prints_the_article_as_json():
    p = run_cli("clean", str(SEED))
    assert p.returncode == 0, p.stderr
    [rec] = lines(p.stdout)
    assert rec["path"] == str(SEED)
    assert rec["article"] == newsclean.clean(SEED.read_bytes()).model_dump(mode="json")


def test_text_prints_the_cleaned_text(tmp_path):
    f = tmp_path / "news.txt"
    f.write_text(NEWS, encoding="utf-8")
    p = run_cli("clean", "--text", str(f))
    assert p.returncode == 0
    assert p.stdout.decode("utf-8") == newsclean.clean(NEWS).text + "\n"
    assert "来源" not in p.stdout.decode("utf-8")


def test_pretty_is_indented_json(tmp_path):
    f = tmp_path / "news.txt"
    f.write_text(NEWS, encoding="utf-8")
    p = run_cli("clean", "--pretty", str(f))
    assert p.returncode == 0
    assert p.stdout.startswith(b"{\n  ")
    assert json.loads(p.stdout)["article"]["metadata"]["sources"] == ["新华网"]


def test_directory_is_searched_recursively_in_sorted_order(corpus):
    p = run_cli("clean", str(corpus))
    assert p.returncode == 0, p.stderr
    recs = lines(p.stdout)
    # a.txt, c.jsonl (two records), sub/b.txt; notes.md is not matched
    assert [r.get("path") or r.get("id") for r in recs] == [str(corpus / "a.txt"), 1, 2, str(corpus / "sub" / "b.txt")]
    # the GB18030 file was decoded, and its jammer removed
    b = recs[3]["article"]
    assert b["encoding"] == "gb18030"
    assert b["paragraphs"] == newsclean.clean(JAMMED).paragraphs
    assert b["metadata"]["sources"] == ["人民日报"]


def test_glob_option_selects_files(corpus):
    p = run_cli("clean", "--glob", "*.md", str(corpus))
    assert [r["path"] for r in lines(p.stdout)] == [str(corpus / "notes.md")]


def test_jsonl_records_keep_their_fields_and_gain_the_article(corpus):
    p = run_cli("clean", str(corpus / "c.jsonl"))
    recs = lines(p.stdout)
    assert [r["id"] for r in recs] == [1, 2]
    assert recs[0]["text"] == NEWS
    assert recs[0]["article"] == newsclean.clean(NEWS).model_dump(mode="json")


def test_stdin_text_and_stdin_jsonl():
    p = run_cli("clean", "-", stdin=NEWS.encode("utf-8"))
    assert p.returncode == 0
    [rec] = lines(p.stdout)
    assert rec["path"] == "-" and rec["article"]["metadata"]["sources"] == ["新华网"]

    data = "".join(json.dumps({"body": t}, ensure_ascii=False) + "\n" for t in (NEWS, JAMMED)).encode("utf-8")
    p = run_cli("clean", "--jsonl", "--text-field", "body", stdin=data)
    assert p.returncode == 0
    recs = lines(p.stdout)
    assert [r["body"] for r in recs] == [NEWS, JAMMED]
    assert recs[1]["article"]["paragraphs"] == newsclean.clean(JAMMED).paragraphs


def test_bad_records_give_error_records_in_place_and_exit_1(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(
        b'{"text": "\xe6\xad\xa3\xe6\x96\x87\xe3\x80\x82"}\n'  # 正文。
        b"this is not json\n"
        b'{"id": 7}\n'
        b'{"text": 42}\n'
        b'["a list"]\n'
        b"\n"  # blank lines are not records
        b'{"text": "\xe7\xac\xac\xe4\xba\x8c\xe7\xaf\x87\xe3\x80\x82"}\n'  # 第二篇。
    )
    p = run_cli("clean", str(f))
    assert p.returncode == 1
    recs = lines(p.stdout)
    assert len(recs) == 6
    assert recs[0]["article"]["paragraphs"] == ["正文。"]
    assert recs[-1]["article"]["paragraphs"] == ["第二篇。"]
    errors = recs[1:5]
    assert all(set(r) == {"error", "source", "line"} for r in errors)
    assert [r["line"] for r in errors] == [2, 3, 4, 5]
    assert all(r["source"] == str(f) for r in errors)
    assert "JSON" in errors[0]["error"] and "'text'" in errors[1]["error"]
    assert b"4 failed" in p.stderr


def test_binary_file_is_an_error_record_not_a_crash(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(NEWS, encoding="utf-8")
    png = tmp_path / "b.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    p = run_cli("clean", str(good), str(png))
    assert p.returncode == 1
    ok, bad = lines(p.stdout)
    assert ok["article"]["paragraphs"]
    assert bad["source"] == str(png) and "NotText" in bad["error"]


def test_text_mode_reports_errors_on_stderr_only(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text('{"text": "正文。"}\nbroken\n', encoding="utf-8")
    p = run_cli("clean", "--text", str(f))
    assert p.returncode == 1
    assert p.stdout.decode("utf-8") == "正文。\n"
    assert b":2:" in p.stderr


def test_usage_errors_exit_2(tmp_path):
    assert run_cli("clean", str(tmp_path / "missing.txt")).returncode == 2
    assert run_cli("clean", "--workers", "-3", "-").returncode == 2
    assert run_cli("frobnicate").returncode == 2
    bad = tmp_path / "bad.json"
    bad.write_text('{"remove": ["no-such-filter"]}', encoding="utf-8")
    p = run_cli("clean", "--config", str(bad), "-", stdin=b"x")
    assert p.returncode == 2 and b"no-such-filter" in p.stderr


def test_config_file_changes_the_pipeline(tmp_path):
    f = tmp_path / "news.txt"
    f.write_text(NEWS, encoding="utf-8")
    cfg = tmp_path / "p.toml"
    cfg.write_text('remove = ["metadata"]\n', encoding="utf-8")
    default = lines(run_cli("clean", str(f)).stdout)[0]["article"]
    configured = lines(run_cli("clean", "--config", str(cfg), str(f)).stdout)[0]["article"]
    assert default["metadata"]["sources"] == ["新华网"]
    assert configured["metadata"]["sources"] == []
    assert any("来源" in para for para in configured["paragraphs"])


def test_output_file(tmp_path):
    f = tmp_path / "news.txt"
    f.write_text(NEWS, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    p = run_cli("clean", "-o", str(out), str(f))
    assert p.returncode == 0 and p.stdout == b""
    assert lines(out.read_bytes())[0]["path"] == str(f)


def test_workers_give_byte_identical_output(tmp_path, corpus):
    # enough records for several chunks, mixed with bad ones
    big = tmp_path / "big.jsonl"
    with big.open("w", encoding="utf-8") as fh:
        for i in range(300):
            if i % 37 == 5:
                fh.write("{broken\n")
            else:
                text = (NEWS if i % 2 else JAMMED) + f"第{i}段。\n"
                fh.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
    one = run_cli("clean", "--workers", "1", str(corpus), str(big), str(SEED))
    two = run_cli("clean", "--workers", "2", str(corpus), str(big), str(SEED))
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 4 + 300 + 1


def test_no_progress_bar_when_stderr_is_not_a_terminal(corpus):
    p = run_cli("clean", str(corpus))
    assert b"\r" not in p.stderr and b"docs/s" not in p.stderr


def test_jsonl_is_read_line_by_line(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text('{"text": "一"}\n{"text": "二"}\n', encoding="utf-8")
    tasks = iter_tasks([str(f)], jsonl=False)
    first = next(tasks)
    assert (first.kind, first.line, first.data) == ("jsonl", 1, '{"text": "一"}\n'.encode())


def test_process_renders_an_error_record_for_unreadable_input():
    r = process(Task("text", "gone.txt", None, b"", "cannot read: No such file"), newsclean.default_pipeline(),
                Options("text", "json"))
    assert not r.ok and json.loads(r.out) == {"error": "cannot read: No such file", "source": "gone.txt", "line": None}


def test_expand_paths_keeps_explicit_files_and_rejects_missing(tmp_path, corpus):
    from newsclean.cli import UsageError

    assert expand_paths([str(corpus / "notes.md"), "-"], ["*.txt"]) == [str(corpus / "notes.md"), "-"]
    with pytest.raises(UsageError):
        expand_paths([str(tmp_path / "nope")], ["*.txt"])


def test_explain_command_marks_removals(tmp_path):
    f = tmp_path / "news.txt"
    f.write_text(NEWS, encoding="utf-8")
    p = run_cli("explain", str(f))
    assert p.returncode == 0
    out = p.stdout.decode("utf-8")
    assert "[-来源：新华网-]{metadata:source}" in out
    assert "\x1b[" not in out  # not a terminal: no colours
    assert "本报讯" in out
    p = run_cli("explain", "--color", "always", str(f))
    assert "\x1b[" in p.stdout.decode("utf-8")


def test_progress_line_shows_documents_mb_rate_and_eta():
    import io

    from newsclean.cli import Progress, Result

    stream = io.StringIO()
    bar = Progress(stream, total_bytes=2_000_000, interval=0.0)
    bar.update(Result(True, "", None, 1_000_000))
    bar.update(Result(False, "", "bad", 500_000))
    bar.close()
    shown = stream.getvalue()
    assert "2 documents" in shown and "1.5 MB" in shown and "docs/s" in shown
    assert "1 failed" in shown and "ETA" in shown and "75%" in shown
    assert shown.endswith("\r\x1b[K")  # the line is cleared at the end


def test_large_jsonl_streams_through_a_bounded_pool(tmp_path, monkeypatch):
    """Only a bounded number of records is read ahead of the output."""
    import newsclean.cli as cli

    read = []

    def tasks():
        for i in range(2000):
            read.append(i)
            yield Task("jsonl", "-", i + 1, json.dumps({"text": f"正文第{i}段。"}, ensure_ascii=False).encode())

    monkeypatch.setattr(cli, "CHUNK_RECORDS", 10)
    results = cli.run_tasks(tasks(), newsclean.default_pipeline(), Options("text", "text"), workers=2)
    first = next(results)
    assert first.out == "正文第0段。"
    assert len(read) <= 10 * 2 * cli.INFLIGHT_PER_WORKER + 10
    rest = list(results)
    assert [r.out for r in rest][-1] == "正文第1999段。" and len(rest) == 1999
