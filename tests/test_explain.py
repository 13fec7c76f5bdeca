from __future__ import annotations

from pathlib import Path

import newsclean
from newsclean.explain import explain, render
from newsclean.model import Removal

SEED = Path(__file__).resolve().parent / "fixtures" / "000_a5467ec82349c909.txt"


def _strip_marks(text: str, removed) -> str:
    """Undo the bracket markup: what remains must be the input."""
    for r in removed:
        tag = "[-" + r.text + "-]" + ("{+" + r.replacement + "+}" if r.replacement is not None else "") + "{" + r.reason + "}"
        text = text.replace(tag, r.text, 1)
    return text


def test_render_marks_every_removal_and_keeps_the_rest():
    data = SEED.read_bytes()
    pipeline = newsclean.default_pipeline()
    doc = pipeline.build_document(data)
    article = doc.build()
    assert article.removed
    out = render(doc.source, article.removed)
    assert out.count("[-") == len(article.removed)
    assert _strip_marks(out, article.removed).rstrip("\n") == doc.source.rstrip("\n")


def test_replacement_and_invisible_characters_are_shown():
    rs = [
        Removal(text="&amp;", start=1, end=6, filter="html", reason="html-entity", replacement="&"),
        Removal(text="\u200b", start=7, end=8, filter="invisible-characters", reason="zero-width"),
    ]
    out = render("A&amp;B\u200bC", rs)
    assert out == "A[-&amp;-]{+&+}{html-entity}B[-<U+200B>-]{zero-width}C\n"


def test_nothing_removed_leaves_text_unmarked():
    out = explain("正文第一段。\n正文第二段。", summary=False)
    assert out == "正文第一段。\n正文第二段。\n"


def test_summary_counts_reasons_and_kept_parts():
    out = explain("来源：新华网\n正文。\n责编：周晓雪")
    assert "removed 2 pieces" in out
    assert "metadata:source (metadata)" in out and "metadata:credit (metadata)" in out
    assert "sources: 新华网" in out and "周晓雪 (editor)" in out


def test_colour_uses_ansi_codes_and_no_brackets():
    out = explain("来源：新华网\n正文。", color=True, summary=False)
    assert "\x1b[31;9m来源：新华网\x1b[0m" in out
    assert "[-" not in out


def _run(*args: str):
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    return subprocess.run([sys.executable, "-m", "newsclean", "explain", *args], capture_output=True, env=env,
                          timeout=120)


def test_explain_picks_one_record_of_a_jsonl_file_and_decodes_its_text(tmp_path):
    import json

    f = tmp_path / "crawl.jsonl"
    records = [{"id": 1, "text": "第一篇。"}, {"id": 2, "doc": {"content": "来源：新华网\n正文第一段。\n正文第二段。"}}]
    f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    p = _run(str(f), "--record", "2", "--text-field", "doc.content", "--no-summary", "--color", "never")
    assert p.returncode == 0, p.stderr
    out = p.stdout.decode("utf-8")
    # the record's \n are line breaks, not a jammer: the text is decoded from JSON before cleaning
    assert out == explain(records[1]["doc"]["content"], summary=False)
    assert "\\n" not in out and out.splitlines()[1] == "正文第一段。"
    assert _run(str(f), "--no-summary").stdout.decode("utf-8") == "第一篇。\n"  # a .jsonl file: record 1


def test_explain_record_errors_are_one_line_and_exit_2(tmp_path):
    f = tmp_path / "crawl.jsonl"
    f.write_text('{"text": "正文。"}\n', encoding="utf-8")
    for args in ([str(f), "--record", "5"], [str(f), "--text-field", "body"], [str(tmp_path / "none.txt")],
                 [str(f), "--record", "0"]):
        p = _run(*args)
        assert p.returncode == 2, args
        assert len(p.stderr.splitlines()) == 1 and b"Traceback" not in p.stderr
