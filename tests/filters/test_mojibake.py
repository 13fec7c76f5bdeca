import pytest

from newsclean.document import Document
from newsclean.filters.mojibake import RepairMojibake, repair

SENTENCES = [
    "国务院新闻办公室今天举行发布会，介绍有关情况。",
    "记者从市教育局获悉，今年全市新增学位两万个。",
    "发布",
]


def as_gbk(text: str) -> str:
    """UTF-8 bytes read as GBK, broken bytes shown as U+FFFD (as a careless scraper does)."""
    return text.encode("utf-8").decode("gbk", errors="replace")


def test_clean_round_trip_repairs_whole_stretches():
    assert repair("鍙戝竷") == "发布"
    assert repair("发布") is None


@pytest.mark.parametrize("text", SENTENCES)
def test_repairs_are_certain_and_right(text):
    doc = RepairMojibake()(Document(as_gbk(text)))
    out = doc.lines[0].text
    # every repaired piece is a piece of the original; what could not be repaired stays as it was
    for start, end, _f, reason, new in doc._records:
        assert reason == "mojibake"
        assert new in text
    if "\ufffd" not in as_gbk(text):
        assert out == text


@pytest.mark.parametrize("text", SENTENCES + [
    "正常的中文，不应被改动：鍙是一个罕见字。",
    "浙江省杭州市西湖区龙井路1号",
    "锟斤拷烫烫烫",
])
def test_ordinary_text_is_left_alone(text):
    doc = RepairMojibake()(Document(text))
    assert doc.lines[0].text == text and not doc._records
