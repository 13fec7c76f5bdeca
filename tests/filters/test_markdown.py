"""The markdown filter (opt-in: ``markdown_pipeline``): markup out, text kept, plain text untouched."""
import pytest

from newsclean import clean
from newsclean.document import Document
from newsclean.filters import RemoveMarkdown
from newsclean.filters.markdown import is_markdown
from newsclean.pipeline import default_pipeline, markdown_pipeline
from newsgen import inject_jammers

MARKDOWN = """# 多地优化考核方式 为基层减负

**来源**：新华网　**作者**：张三

> 编者按：基层减负是一项长期任务，[详见专题](https://example.com/topic)。

近日，多地出台措施，优化考核体系、指标和方式，切实为基层减负，让干部把更多精力投入到实际工作中。

## 一、考核少看台账

记者了解到，各地考核更加注重实绩，**少看台账材料**，多听群众评价，`考核清单`也大为精简。

![图为会议现场](https://example.com/a.jpg)
![](https://example.com/b.png)

---

| 地区 | 减少台账 |
|---|---|
| 昆明 | 三成 |
"""


def _lines(text: str) -> list[str]:
    doc = RemoveMarkdown()(Document(text))
    return [line.text.strip() for line in doc.body_lines() if line.text.strip()]


def test_markup_is_cut_and_the_text_kept():
    lines = _lines(MARKDOWN)
    assert lines[:3] == ["多地优化考核方式 为基层减负", "来源：新华网\u3000作者：张三",
                         "编者按：基层减负是一项长期任务，详见专题。"]
    assert "一、考核少看台账" in lines
    assert "记者了解到，各地考核更加注重实绩，少看台账材料，多听群众评价，考核清单也大为精简。" in lines
    assert "图为会议现场" in lines                      # Chinese alt text: a caption to read
    assert not any("example.com" in line or "---" in line for line in lines)
    assert "地区  减少台账" in lines                     # a table row: cells parted by white space


def test_the_markdown_pipeline_reads_title_fields_and_caption():
    article = markdown_pipeline().run(MARKDOWN)
    assert article.title == "多地优化考核方式 为基层减负"
    assert article.metadata.sources == ["新华网"]
    assert [c.name for c in article.metadata.credits] == ["张三"]
    assert [c.text for c in article.captions] == ["图为会议现场"]
    assert not any("**" in p or "](" in p for p in article.paragraphs)
    reasons = {r.reason for r in article.removed if r.filter == "markdown"}
    assert {"markdown-heading", "markdown-emphasis", "markdown-link", "markdown-image",
            "markdown-rule", "markdown-table", "markdown-quote", "markdown-code"} <= reasons


def test_nested_strong_text_in_a_link():
    assert _lines("**注意** 看[**南生论坛**](https://gitee.com/x)的代码\n```java\nint a;\n```") == [
        "注意 看南生论坛的代码", "int a;"]


@pytest.mark.parametrize("text", [
    "标题\n正文中有一个 **重点** 词。\n# 设置环境变量\n# 测试连接",  # one strong mark, shell comments
    "主的__，又__那义者，__他口中所出的__\n好的~~真的~~\n~~~~~~~~",          # blanks to fill in, tildes
    "# 多地优化考核方式\n## 一、考核少看台账\n正文。",                          # headings alone
    "网址：https://www.example.com/a?b=1\n[编辑：张三]\n(来源：新华网)",
])
def test_plain_text_is_not_markdown(text):
    assert not is_markdown(text)
    assert _lines(text) == [line.strip() for line in text.split("\n") if line.strip()]


@pytest.mark.parametrize("legacy", [False, True])
def test_jammed_forum_text_is_not_markdown(legacy):
    # one strong mark and headings (not enough alone): jammers must not add the second mark
    base = "掌上春城讯 11月25日，各地优化考核体系。\n# 为基层减负\n**注意**\n" + "正文第二段。\n- 要点\n" * 20
    for seed in range(300):
        jammed = inject_jammers(base, seed, legacy=legacy)
        assert not is_markdown(jammed), seed


def test_markdown_pipeline_leaves_plain_text_as_the_default_does():
    text = "各地为基层减负\n来源：新华网\n正文第一段，说明了事情的经过和结果，篇幅足够长，有不少字。\n责编：周晓雪"
    assert markdown_pipeline().run(text) == default_pipeline().run(text)


def test_markdown_is_linear_on_a_flood_of_marks():
    # bounded patterns: a line of a million unclosed marks is read in one pass
    text = "**a](" * 200_000 + "\n" + "[x](https://a.b/)" * 50_000
    doc = RemoveMarkdown()(Document(text))
    assert doc.lines[1].text == "x" * 50_000


def test_a_configuration_adds_it_by_name():
    import pickle

    from newsclean import Pipeline

    pipeline = pickle.loads(pickle.dumps(Pipeline.from_config({"add": [{"name": "markdown", "after": "html-leftovers"}]})))
    assert pipeline.names == markdown_pipeline().names
    assert pipeline.run(MARKDOWN) == markdown_pipeline().run(MARKDOWN)
