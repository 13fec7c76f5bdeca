"""The command line, run as users run it: ``python -m newsclean`` in a subprocess."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean.batch import Options, Task, expand_paths, iter_tasks, run_chunk

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
    assert (rec["source"], rec["line"]) == (str(SEED), None)
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
    assert [(r["source"], r["line"]) for r in recs] == [
        (str(corpus / "a.txt"), None), (str(corpus / "c.jsonl"), 1), (str(corpus / "c.jsonl"), 2),
        (str(corpus / "sub" / "b.txt"), None)]
    assert [r.get("id") for r in recs] == [None, 1, 2, None]
    # the GB18030 file was decoded, and its jammer removed
    b = recs[3]["article"]
    assert b["encoding"] == "gb18030"
    assert b["paragraphs"] == newsclean.clean(JAMMED).paragraphs
    assert b["metadata"]["sources"] == ["人民日报"]


def test_glob_option_selects_files(corpus):
    p = run_cli("clean", "--glob", "*.md", str(corpus))
    assert [r["source"] for r in lines(p.stdout)] == [str(corpus / "notes.md")]


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
    assert rec["source"] == "-" and rec["article"]["metadata"]["sources"] == ["新华网"]

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
    (tmp_path / "a.txt").write_text("正文。", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (tmp_path / "c.txt").write_text("第二篇。", encoding="utf-8")
    p = run_cli("clean", "--text", str(tmp_path))
    assert p.returncode == 1
    assert p.stdout.decode("utf-8") == "正文。\n\n第二篇。\n"
    assert b"b.txt: NotText" in p.stderr


def test_text_mode_on_records_keeps_their_ids(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text('{"doc_id": "a1", "text": "来源：新华网\\n正文。"}\nbroken\n', encoding="utf-8")
    p = run_cli("clean", "--text", "--id-field", "doc_id", str(f))
    assert p.returncode == 1
    ok, bad = lines(p.stdout)
    assert ok == {"doc_id": "a1", "source": str(f), "line": 1, "text": "正文。"}
    assert bad["line"] == 2 and "JSON" in bad["error"]


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
    assert lines(out.read_bytes())[0]["source"] == str(f)


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


def test_an_unreadable_input_becomes_an_error_record():
    c = run_chunk([Task("text", "gone.txt", None, b"", "cannot read: No such file")], newsclean.default_pipeline(),
                  Options())
    assert c.failures == [("gone.txt: ", "cannot read: No such file")]
    assert json.loads(c.out) == {"error": "cannot read: No such file", "source": "gone.txt", "line": None}


def test_expand_paths_keeps_explicit_files_and_rejects_missing(tmp_path, corpus):
    from newsclean.batch import UsageError

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

    from newsclean.cli import Progress

    stream = io.StringIO()
    bar = Progress(stream, total_bytes=2_000_000, interval=0.0)
    bar.update(1, 0, 1_000_000)
    bar.update(1, 1, 500_000)
    bar.close()
    shown = stream.getvalue()
    assert "2 documents" in shown and "1.5 MB" in shown and "docs/s" in shown
    assert "1 failed" in shown and "ETA" in shown and "75%" in shown
    assert shown.endswith("\r\x1b[K")  # the line is cleared at the end


def test_large_jsonl_streams_through_a_bounded_pool(tmp_path, monkeypatch):
    """Only a bounded number of records is read ahead of the output."""
    import newsclean.batch as cli

    read = []

    def tasks():
        for i in range(2000):
            read.append(i)
            yield Task("jsonl", "-", i + 1, json.dumps({"text": f"正文第{i}段。"}, ensure_ascii=False).encode())

    monkeypatch.setattr(cli, "CHUNK_RECORDS", 10)
    results = cli.run_tasks(tasks(), newsclean.default_pipeline(), Options(mode="text"), workers=2)
    first = next(results)
    assert first.out.decode().split("\n\n")[0] == "\n正文第0段。"
    assert len(read) <= 10 * 2 * cli.INFLIGHT_PER_WORKER + 10
    rest = list(results)
    assert rest[-1].out.decode().endswith("\n正文第1999段。\n") and sum(c.docs for c in rest) == 1990


# ---------------------------------------------------------------- issue 16: rows, fields, files
def test_fields_give_compact_rows_with_the_record_id(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"id": 9, "url": "u", "text": NEWS}, ensure_ascii=False) + "\n", encoding="utf-8")
    p = run_cli("clean", "--fields", "title,text,metadata", str(f))
    assert p.returncode == 0, p.stderr
    [row] = lines(p.stdout)
    expected = newsclean.clean(NEWS)
    assert list(row) == ["id", "source", "line", "title", "text", "metadata"]
    assert (row["id"], row["source"], row["line"]) == (9, str(f), 1)
    assert row["title"] == expected.title and row["text"] == expected.text
    assert row["metadata"] == expected.metadata.model_dump(mode="json")


def test_unknown_fields_option_is_a_usage_error():
    p = run_cli("clean", "--fields", "title,bogus", "-", stdin=NEWS.encode())
    assert p.returncode == 2 and b"bogus" in p.stderr and b"paragraphs" in p.stderr
    assert len(p.stderr.splitlines()) == 1 and p.stdout == b""


def test_no_removed_leaves_out_the_removal_records(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(NEWS, encoding="utf-8")
    full = lines(run_cli("clean", str(f)).stdout)[0]["article"]
    slim = lines(run_cli("clean", "--no-removed", str(f)).stdout)[0]["article"]
    assert full["removed"] and "removed" not in slim
    assert {k: v for k, v in full.items() if k != "removed"} == slim


def test_record_fields_named_like_the_location_are_kept(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"source": "新华网", "text": "正文。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    [row] = lines(run_cli("clean", str(f)).stdout)
    assert row["input_source"] == "新华网" and row["source"] == str(f) and row["line"] == 1


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".xz", ".zst"])
def test_compressed_input_and_output_by_file_name(tmp_path, suffix):
    from newsclean.streams import open_input, open_output

    if suffix == ".zst":
        pytest.importorskip("zstandard")
    src = tmp_path / f"in.jsonl{suffix}"
    with open_output(str(src)) as fh:
        fh.write("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"
                         for i, t in enumerate([NEWS, JAMMED])).encode())
    assert not src.read_bytes().startswith(b"{")  # really compressed
    plain = tmp_path / "in.jsonl"
    with open_input(str(src)) as fh:
        plain.write_bytes(fh.read())
    out = tmp_path / f"out.jsonl{suffix}"
    p = run_cli("clean", "-o", str(out), str(src))
    assert p.returncode == 0, p.stderr
    with open_input(str(out)) as fh:
        rows = lines(fh.read())
    expected = lines(run_cli("clean", str(plain)).stdout)
    assert [r["article"] for r in rows] == [r["article"] for r in expected]
    assert [r["source"] for r in rows] == [str(src)] * 2


def test_compressed_files_are_found_in_directories(tmp_path):
    import gzip

    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(NEWS.encode("gb18030")))
    [row] = lines(run_cli("clean", str(tmp_path)).stdout)
    assert row["article"]["metadata"]["sources"] == ["新华网"] and row["article"]["encoding"] == "gb18030"


def test_zst_without_zstandard_is_a_clear_usage_error(tmp_path):
    f = tmp_path / "in.jsonl.zst"
    f.write_bytes(b"\x28\xb5\x2f\xfd")
    code = ("import sys; sys.modules['zstandard'] = None\n"
            "from newsclean.cli import main; sys.exit(main(['clean', %r]))" % str(f))
    p = subprocess.run([sys.executable, "-c", code], capture_output=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert p.returncode == 2
    assert b"pip install 'newsclean[zst]'" in p.stderr and b"Traceback" not in p.stderr


def test_dotted_text_field(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"id": 1, "doc": {"content": NEWS}}, ensure_ascii=False) + "\n", encoding="utf-8")
    p = run_cli("clean", "--text-field", "doc.content", "--fields", "paragraphs", str(f))
    assert p.returncode == 0, p.stderr
    assert lines(p.stdout)[0]["paragraphs"] == newsclean.clean(NEWS).paragraphs


def test_a_wrong_text_field_is_reported_once_with_the_fields_the_record_has(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text("".join(json.dumps({"id": i, "body": "正文。"}) + "\n" for i in range(50)), encoding="utf-8")
    p = run_cli("clean", str(f))
    assert p.returncode == 2 and p.stdout == b""
    [message] = p.stderr.decode().splitlines()
    assert "'text'" in message and "id, body" in message


def test_records_missing_the_field_later_are_counted_not_repeated(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"text": "正文。"}) + "\n" + "".join(json.dumps({"id": i}) + "\n" for i in range(30)),
                 encoding="utf-8")
    p = run_cli("clean", str(f))
    assert p.returncode == 1 and len(lines(p.stdout)) == 31
    err = p.stderr.decode()
    assert err.count("has no 'text' field; it has: id") == 1
    assert "29 more like: record has no 'text' field" in err


def test_limit_cleans_only_the_first_documents(tmp_path, corpus):
    p = run_cli("clean", "--limit", "3", str(corpus))
    assert p.returncode == 0
    assert [r.get("id") for r in lines(p.stdout)] == [None, 1, 2]
    assert run_cli("clean", "--limit", "0", str(corpus)).returncode == 2


def test_stats_count_documents_and_characters_per_filter_and_reason(tmp_path, corpus):
    stats = tmp_path / "stats.json"
    p = run_cli("clean", "--stats", str(stats), "--workers", "2", str(corpus))
    assert p.returncode == 0, p.stderr
    got = json.loads(stats.read_text(encoding="utf-8"))
    texts = [NEWS, NEWS, JAMMED, JAMMED]
    articles = [newsclean.clean(t) for t in texts]
    expected: dict = {}
    for a in articles:
        for key in {(r.filter, r.reason) for r in a.removed}:
            expected.setdefault(key, [0, 0])[0] += 1
        for r in a.removed:
            expected[(r.filter, r.reason)][1] += len(r.text)
    assert {(r["filter"], r["reason"]): [r["documents"], r["characters"]] for r in got["reasons"]} == expected
    assert got["documents"] == 4 and got["failed"] == 0
    assert got["characters_in"] == sum(map(len, texts))
    assert got["characters_removed"] == sum(c for _, c in expected.values())
    assert b"removed " in p.stderr and b"metadata:source (metadata)" in p.stderr


def test_html_mode_uses_clean_html_or_says_it_cannot(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>市民夜游热度攀升</title></head><body><h1>市民夜游热度攀升</h1>"
                    "<p>本报讯 国庆假期，各地夜间文旅消费持续升温，多个景区延长开放时间。</p></body></html>",
                    encoding="utf-8")
    p = run_cli("clean", "--html", "--fields", "title,text", str(page))
    if not hasattr(newsclean, "clean_html"):
        assert p.returncode == 2 and b"clean_html" in p.stderr and b"Traceback" not in p.stderr
        return
    assert p.returncode == 0, p.stderr
    [row] = lines(p.stdout)
    assert row["text"] == newsclean.clean_html(page.read_bytes()).text
    assert "<p>" not in row["text"]


# ---------------------------------------------------------------- issue 13: usage errors
def test_unwritable_output_is_one_line_and_exit_2(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(NEWS, encoding="utf-8")
    for opt in (["-o", "/no/such/dir/out.jsonl"], ["--stats", "/no/such/dir/stats.json"]):
        p = run_cli("clean", *opt, str(f))
        assert p.returncode == 2, opt
        assert len(p.stderr.splitlines()) == 1 and b"/no/such/dir" in p.stderr and b"Traceback" not in p.stderr


def test_an_output_that_is_also_an_input_is_refused(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text('{"text": "正文。"}\n', encoding="utf-8")
    p = run_cli("clean", "-o", str(f), str(tmp_path))
    assert p.returncode == 2 and b"also an input" in p.stderr
    assert f.read_text(encoding="utf-8") == '{"text": "正文。"}\n'


@pytest.mark.parametrize("argv", [
    ["clean", "--workers", "many", "-"], ["clean", "--limit", "-1", "-"], ["clean", "--color", "x"],
    ["explain", "--record", "zero", "f"], ["clean", "/no/such/input.txt"],
])
def test_bad_option_values_are_one_line_and_exit_2(argv):
    p = run_cli(*argv)
    assert p.returncode == 2 and len(p.stderr.splitlines()) == 1 and b"Traceback" not in p.stderr


def test_a_bad_config_exits_2_before_any_document(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(NEWS, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for text in ('{"options": {"junk-lines": {"extra_patterns": ["(unclosed"]}}}', "{not json", '{"nope": 1}'):
        cfg = tmp_path / "bad.json"
        cfg.write_text(text, encoding="utf-8")
        p = run_cli("clean", "--config", str(cfg), "-o", str(out), str(f))
        assert p.returncode == 2, (text, p.stderr)
        assert not out.exists() and len(p.stderr.splitlines()) == 1 and b"Traceback" not in p.stderr


class _Budget(newsclean.NewsCleanError):
    """Stands for the pipeline's time-budget error: a NewsCleanError raised while a filter runs."""


class _Stall(newsclean.Filter, name="test-stall"):
    """Raises the budget error on a document holding STALL, as a filter past its time would."""

    def apply(self, doc) -> None:
        if "STALL" in doc.source:
            raise _Budget("time budget of 1 s spent in filter 'test-stall'")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_refused_mid_run_becomes_an_error_record_and_the_run_goes_on(workers):
    import newsclean.batch as batch

    pipeline = newsclean.default_pipeline().insert(_Stall())
    tasks = [Task("jsonl", "x.jsonl", i + 1, json.dumps({"text": t}, ensure_ascii=False).encode())
             for i, t in enumerate(["正文一。", "STALL 正文。", "正文三。"])]
    chunks = list(batch.run_tasks(tasks, pipeline, Options(), workers=workers))
    rows = [json.loads(x) for c in chunks for x in c.out.splitlines()]
    assert [r.get("article", {}).get("paragraphs") for r in rows] == [["正文一。"], None, ["正文三。"]]
    assert rows[1] == {"error": "_Budget: time budget of 1 s spent in filter 'test-stall'",
                       "source": "x.jsonl", "line": 2}


def test_html_mode_hands_each_page_and_the_pipeline_to_clean_html(monkeypatch):
    """The --html path, whatever clean_html does: a stand-in that strips tags records its calls."""
    import re

    calls = []

    def fake_clean_html(html, *, url=None, pipeline=None):
        calls.append((type(html).__name__, pipeline))
        text = html.decode("utf-8") if isinstance(html, bytes) else html
        return pipeline.run(re.sub(r"<[^>]+>", "\n", text))

    monkeypatch.setattr(newsclean, "clean_html", fake_clean_html, raising=False)
    pipeline = newsclean.default_pipeline()
    page = "<html><body><p>来源：新华网</p><p>正文。</p></body></html>"
    tasks = [Task("text", "p.html", None, page.encode()),
             Task("jsonl", "x.jsonl", 1, json.dumps({"id": 3, "html": page}, ensure_ascii=False).encode())]
    chunk = run_chunk(tasks, pipeline, Options(html=True, text_field="html", fields=("text", "metadata.sources"),
                                               stats=True))
    rows = [json.loads(x) for x in chunk.out.splitlines()]
    assert [r["text"] for r in rows] == ["正文。", "正文。"] and rows[1]["id"] == 3
    assert rows[0]["metadata.sources"] == ["新华网"]
    assert calls == [("bytes", pipeline), ("str", pipeline)]
    assert chunk.stats.as_dict()["reasons"][0]["reason"] == "metadata:source"


def test_hints_are_read_from_each_record(tmp_path):
    """--hint NAME=FIELD gives clean() what the scraper knew; a record without the field gives no hint."""
    text = "站点导航\n夜间文旅消费升温\n国庆假期，各地夜间文旅消费持续升温，多个景区延长开放时间。\n"
    f = tmp_path / "crawl.jsonl"
    f.write_text(
        json.dumps({"id": 1, "text": text, "meta": {"title": "夜间文旅消费升温", "url": "https://example.cn/a"},
                    "date": "2024-11-25"}, ensure_ascii=False) + "\n"
        + json.dumps({"id": 2, "text": text}, ensure_ascii=False) + "\n"
        + json.dumps({"id": 3, "text": text, "date": "not a date"}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    r = run_cli("clean", str(f), "--hint", "title=meta.title", "--hint", "url=meta.url",
                "--hint", "published=date", "--fields", "title,metadata")
    rows = lines(r.stdout)
    assert rows[0]["title"] == "夜间文旅消费升温"
    assert rows[0]["metadata"]["url"] == "https://example.cn/a"
    assert rows[0]["metadata"]["published"] == "2024-11-25"
    assert rows[1]["metadata"]["url"] is None and rows[1]["metadata"]["published"] is None
    assert "error" in rows[2] and "not a date" in rows[2]["error"]  # a bad hint fails its record only
    assert r.returncode == 1


@pytest.mark.parametrize("spec", ["title", "author=by", "title="])
def test_a_bad_hint_option_is_a_usage_error(tmp_path, spec):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"text": NEWS}, ensure_ascii=False) + "\n", encoding="utf-8")
    r = run_cli("clean", str(f), "--hint", spec)
    assert r.returncode == 2 and b"--hint" in r.stderr and b"Traceback" not in r.stderr


def test_hints_need_records(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(NEWS, encoding="utf-8")
    r = run_cli("clean", str(f), "--hint", "title=title")
    assert r.returncode == 2 and b"JSONL" in r.stderr


MARKDOWN = "# 多地为基层减负\n\n**来源**：[新华网](https://www.news.cn/)　**作者**：张三\n\n" \
           "近日，多地出台措施，优化考核体系、指标和方式，切实为基层减负，让干部把更多精力投入到实际工作中。\n"


def test_markdown_option_reads_markdown_files_and_cuts_their_markup(corpus):
    (corpus / "sub" / "news.md").write_text(MARKDOWN, encoding="utf-8")
    p = run_cli("clean", "--markdown", "--fields", "title,metadata", str(corpus))
    assert p.returncode == 0, p.stderr
    rows = {Path(r["source"]).name: r for r in lines(p.stdout)}
    assert "news.md" in rows and "notes.md" in rows          # with --markdown, *.md is searched too
    assert rows["news.md"]["title"] == "多地为基层减负"
    assert rows["news.md"]["metadata"]["sources"] == ["新华网"]
    plain = run_cli("clean", "--fields", "title", str(corpus / "sub" / "news.md"))
    assert lines(plain.stdout)[0]["title"] == "# 多地为基层减负"   # without it: the text as it is


def test_shape_options_leave_other_text_as_it_was(tmp_path):
    f = tmp_path / "news.txt"
    f.write_text(NEWS, encoding="utf-8")
    p = run_cli("clean", "--markdown", "--flat", str(f))
    assert p.returncode == 0, p.stderr
    assert lines(p.stdout)[0]["article"] == newsclean.clean(NEWS.encode("utf-8")).model_dump(mode="json")


def test_flat_option_splits_a_text_that_lost_its_line_breaks(tmp_path):
    paragraph = "国家统计局今天发布数据，前三季度经济运行总体平稳，主要指标好于预期。专家表示，消费回暖是主要原因。"
    f = tmp_path / "flat.txt"
    f.write_text("前三季度经济运行总体平稳 2024-10-18 10:30 来源：新华网 " + " ".join(f"{paragraph[:-1]}{k}。" for k in range(10))
                 + " 责任编辑：李四", encoding="utf-8")
    flat = lines(run_cli("clean", "--flat", "--fields", "title,metadata", str(f)).stdout)[0]
    assert flat["title"] == "前三季度经济运行总体平稳"
    assert flat["metadata"]["sources"] == ["新华网"]
    assert lines(run_cli("clean", "--fields", "title", str(f)).stdout)[0]["title"] != flat["title"]
