"""The Ray Data adapter, on a real local Ray instance (skipped when Ray is not installed)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean

SEED = Path(__file__).resolve().parent / "fixtures" / "000_a5467ec82349c909.txt"

DOCS = [
    "来源：新华网\n本报讯 记者从国家统计局获悉，前三季度经济运行总体平稳。\n责编：周晓雪",
    "正文第一段，内容完整。2 u\" [6 R2 O' p' l( g\" Z3\n正文第二段。\u200b",
    "",
    "市民夜游热度攀升\n图为游客在古城观灯。李思银 摄\n据统计，全市夜间客流同比增长两成。",
]


def test_import_without_ray_says_which_extra_to_install(tmp_path):
    # a fake 'ray' package that fails to import stands in for a missing install
    fake = tmp_path / "ray"
    fake.mkdir()
    (fake / "__init__.py").write_text("raise ImportError('No module named ray')\n")
    code = (
        "import sys; sys.path.insert(0, %r)\n"
        "try:\n    import newsclean.ray\nexcept ImportError as e:\n"
        "    import newsclean\n    assert isinstance(e, newsclean.NewsCleanError)\n    print(e)\n"
    ) % str(tmp_path)
    src = str(Path(__file__).resolve().parents[1] / "src")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       env={"PYTHONPATH": src, "PATH": "/usr/bin:/bin"})
    assert p.returncode == 0, p.stderr
    assert "pip install 'newsclean[ray]'" in p.stdout


ray = pytest.importorskip("ray")
pytest.importorskip("ray.data")


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
    yield
    ray.shutdown()


def _rows(ds):
    return sorted(ds.take_all(), key=lambda row: row["id"])


def test_clean_dataset_equals_clean_document_by_document(local_ray):
    from newsclean.ray import article_from_row, clean_dataset

    docs = DOCS + [SEED.read_text(encoding="utf-8")] * 3
    ds = ray.data.from_items([{"id": i, "text": t} for i, t in enumerate(docs)], override_num_blocks=3)
    rows = _rows(clean_dataset(ds))
    assert [r["id"] for r in rows] == list(range(len(docs)))
    for row, text in zip(rows, docs):
        expected = newsclean.clean(text)
        assert row["text"] == text  # the input column stays
        assert article_from_row(row).model_dump(mode="json") == expected.model_dump(mode="json")
        assert row["clean_text"] == expected.text
        assert list(row["paragraphs"]) == expected.paragraphs
        assert json.loads(row["metadata"])["sources"] == expected.metadata.sources


def test_custom_pipeline_and_column(local_ray):
    from newsclean.ray import clean_dataset

    pipeline = newsclean.Pipeline.from_config({"remove": ["metadata"]})
    ds = ray.data.from_items([{"id": 0, "body": DOCS[0]}])
    [row] = _rows(clean_dataset(ds, column="body", pipeline=pipeline))
    assert "来源：新华网" in row["clean_text"]
    assert json.loads(row["metadata"])["sources"] == []


def test_bad_rows_recorded_when_asked(local_ray):
    from newsclean.ray import clean_dataset

    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    ds = ray.data.from_items([{"id": 0, "text": png}, {"id": 1, "text": "正文。".encode("gbk")}])
    rows = _rows(clean_dataset(ds, on_error="record"))
    assert "NotText" in rows[0]["error"] and rows[0]["title"] is None and rows[0]["removed"] is None
    assert rows[1]["error"] is None and list(rows[1]["paragraphs"]) == ["正文。"]
    assert rows[1]["encoding"] == "gb18030"
