"""The data-lines filter: machine data out by its shape, text (and code quoted in it) kept."""
import base64
import json
import random

import pytest

from newsclean import clean
from newsclean.document import Document
from newsclean.filters import DropDataLines
from newsclean.filters.data_lines import data_line
from newsgen import inject_jammers

RNG = random.Random(3)
HEAD = "多地优化考核方式 为基层减负\n来源：新华网\n"
P1 = "近日，多地出台措施，优化考核体系、指标和方式，切实为基层减负，让干部把更多精力投入到实际工作中。"
P2 = "记者了解到，各地考核更加注重实绩，少看台账材料，多听群众评价，考核清单也大为精简。"

DATA = {
    "base64": base64.b64encode(RNG.randbytes(3000)).decode(),
    "css": ".a{color:#333;font-size:14px}.b .c>li{margin:0 auto;padding:2px 4px}"
           "@media (max-width:600px){.d{display:none}}" * 4,
    "script": "var _hmt = _hmt || [];(function() {var hm = document.createElement(\"script\");"
              "hm.src = \"https://hm.baidu.com/hm.js?abc\";var s = document.getElementsByTagName(\"script\")[0];"
              "s.parentNode.insertBefore(hm, s);})();",
    "json": json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "多地优化考核方式",
                        "datePublished": "2024-11-25", "author": {"@type": "Person", "name": "张三"},
                        "keywords": ["减负", "考核", "基层"], "url": "https://example.com/a?b=1&c=2"},
                       ensure_ascii=False),
    "hex-dump": "\n".join(f"{i * 16:08x}  " + " ".join(f"{RNG.randrange(256):02x}" for _ in range(16))
                          + "  |.PNG....IHDR...|" for i in range(4)),
    "query-string": "https://www.example.com/s?" + "&".join(f"k{i}={RNG.randbytes(6).hex()}" for i in range(20)),
    "json lines": "\n".join(json.dumps({"id": i, "title": "新闻"}, ensure_ascii=False) for i in range(5)),
}
REASON = {"json lines": "json"}


@pytest.mark.parametrize("kind", DATA)
def test_machine_data_leaves_the_article_with_its_reason(kind):
    article = clean(HEAD + P1 + "\n" + DATA[kind] + "\n" + P2)
    assert article.paragraphs == [P1, P2]
    reasons = {r.reason for r in article.removed if r.filter == "data-lines"}
    assert reasons == {REASON.get(kind, kind)}


def test_a_data_uri_is_cut_from_its_line_and_the_rest_stays():
    blob = "data:image/png;base64," + base64.b64encode(RNG.randbytes(900)).decode()
    doc = DropDataLines()(Document(f"图片 {blob} 说明"))
    assert doc.lines[0].text == "图片  说明"
    assert [r.reason for r in doc.build().removed] == ["base64"]


@pytest.mark.parametrize("text", [
    P1 * 5,                                                                  # Chinese prose, long
    "The quick brown fox jumps over the lazy dog, and then it runs away. " * 5,   # English prose
    "if (a > b) { return a; } else { return b; }",                           # a code line in an article
    "2024 11 25 10 30 00 12 34 56 78 90 11",                                 # numbers: no hex letters
    '{"name": "张三", "age": 18}',                                           # one JSON example alone
    "https://www.example.com/path/1?utm_source=wx&utm_medium=s1&id=12345",
    "参考：https://www.example.com/s?" + "&".join(f"k{i}=v{i}" for i in range(40)),   # a link in text
    "A" * 300, "ab" * 200,                                                   # no base64 mix of classes
    "功能 ff ee dd cc bb aa 99 88 77",                                       # hex words inside text
])
def test_text_and_quoted_code_stay(text):
    assert data_line(text) is None
    doc = DropDataLines()(Document(text))
    assert doc.lines[0].text == text and not doc.build().removed


def test_two_json_lines_are_an_example_three_are_data():
    two = "\n".join(json.dumps({"id": i}) for i in range(2))
    three = "\n".join(json.dumps({"id": i}) for i in range(3))
    assert not DropDataLines()(Document(two)).build().removed
    assert [r.reason for r in DropDataLines()(Document(three)).build().removed] == ["json"] * 3


@pytest.mark.parametrize("legacy", [False, True])
def test_jammed_text_is_no_data(corpus_texts, legacy):
    # Discuz jammer strings at every line's edges never make a line read as data
    for n, (name, text) in enumerate(corpus_texts):
        doc = DropDataLines()(Document(inject_jammers(text, n, legacy=legacy)))
        assert not doc.build().removed, name

