"""The Hugging Face datasets helper: the same columns, with the same values, as the Ray adapter."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean import rows

SEED = Path(__file__).resolve().parent / "fixtures" / "000_a5467ec82349c909.txt"
DOCS = [
    "来源：新华网\n本报讯 记者从国家统计局获悉，前三季度经济运行总体平稳。\n责编：周晓雪",
    "正文第一段，内容完整。2 u\" [6 R2 O' p' l( g\" Z3\n正文第二段。\u200b",
    "",
    "市民夜游热度攀升\n图为游客在古城观灯。李思银 摄\n据统计，全市夜间客流同比增长两成。",
]


def test_import_without_datasets_says_which_extra_to_install(tmp_path):
    fake = tmp_path / "datasets"
    fake.mkdir()
    (fake / "__init__.py").write_text("raise ImportError('No module named datasets')\n")
    code = (
        "import sys; sys.path.insert(0, %r)\n"
        "try:\n    import newsclean.hf\nexcept ImportError as e:\n"
        "    import newsclean\n    assert isinstance(e, newsclean.NewsCleanError)\n    print(e)\n"
    ) % str(tmp_path)
    src = str(Path(__file__).resolve().parents[1] / "src")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       env={"PYTHONPATH": src, "PATH": "/usr/bin:/bin"})
    assert p.returncode == 0, p.stderr
    assert "pip install 'newsclean[hf]'" in p.stdout


def test_row_columns_round_trip_to_the_article():
    for text in DOCS + [SEED.read_text(encoding="utf-8")]:
        article = newsclean.clean(text)
        row = rows.article_columns(article)
        assert list(row) == list(rows.COLUMNS)
        assert rows.article_from_row(row) == article
        assert row["clean_text"] == article.text


def test_bad_values_raise_or_are_recorded():
    pipeline = newsclean.default_pipeline()
    with pytest.raises(newsclean.NewsCleanError, match="holds int"):
        rows.clean_values([1], pipeline, column="text", on_error="raise")
    out = rows.clean_values([1, "正文。"], pipeline, column="text", on_error="record")
    assert out["error"][0].startswith("NewsCleanError") and out["error"][1] is None
    assert out["title"][0] is None and out["paragraphs"][1] == ["正文。"]
    with pytest.raises(newsclean.NewsCleanError, match="on_error"):
        rows.check_arguments(None, "ignore")


datasets = pytest.importorskip("datasets")


@pytest.fixture(autouse=True)
def _no_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "cache"))
    datasets.disable_progress_bars()


def test_clean_dataset_equals_clean_document_by_document():
    from newsclean.hf import article_from_row, clean_dataset

    docs = DOCS + [SEED.read_text(encoding="utf-8")] * 3
    ds = datasets.Dataset.from_list([{"id": i, "text": t} for i, t in enumerate(docs)])
    out = clean_dataset(ds, batch_size=3)
    assert out.column_names == ["id", "text", *rows.COLUMNS]
    for row, text in zip(out, docs):
        expected = newsclean.clean(text)
        assert row["text"] == text
        assert article_from_row(row).model_dump(mode="json") == expected.model_dump(mode="json")
        assert row == {"id": row["id"], "text": text, **rows.article_columns(expected)}


def test_the_columns_are_those_of_the_ray_adapter():
    """Same names, same types: ``rows.COLUMNS`` is the one list both adapters build from."""
    from newsclean.hf import features

    got = {name: str(feature) for name, feature in features().items()}
    assert list(got) == list(rows.COLUMNS)
    for name, kind in rows.COLUMNS.items():
        assert ("List" in got[name]) == (kind == "list<string>") and "string" in got[name]
    ray_py = (Path(newsclean.__file__).parent / "ray.py").read_text(encoding="utf-8")
    assert "rows.COLUMNS" in ray_py and "rows.clean_values" in ray_py


def test_schema_is_stable_when_a_batch_has_only_nulls():
    from newsclean.hf import clean_dataset

    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    ds = datasets.Dataset.from_list([{"id": 0, "text": png}, {"id": 1, "text": "正文。".encode("gbk")}])
    out = clean_dataset(ds, on_error="record", batch_size=1)
    assert "NotText" in out[0]["error"] and out[0]["title"] is None
    assert out[1]["error"] is None and out[1]["paragraphs"] == ["正文。"] and out[1]["encoding"] == "gb18030"
    assert str(out.features["title"]) == str(datasets.Value("string"))


def test_custom_pipeline_column_and_processes():
    from newsclean.hf import clean_dataset

    pipeline = newsclean.Pipeline.from_config({"remove": ["metadata"]})
    ds = datasets.Dataset.from_list([{"body": DOCS[0]}, {"body": DOCS[3]}])
    out = clean_dataset(ds, column="body", pipeline=pipeline, num_proc=2)
    assert "来源：新华网" in out[0]["clean_text"]
    assert json.loads(out[0]["metadata"])["sources"] == []
    with pytest.raises(newsclean.NewsCleanError, match="no column 'text'"):
        clean_dataset(ds)
