"""Text whose line breaks were lost (get_text(" ") of minified HTML) is split again."""
from newsgen import accounting_problems

from newsclean import clean as clean_default
from newsclean.defaults import default_pipeline, flat_text_pipeline
from newsclean.document import Document
from newsclean.filters.line_breaks import RestoreLineBreaks, lost_its_breaks, split_points

PARAS = [
    "国家统计局今天发布数据，前三季度经济运行总体平稳，主要指标好于预期。专家表示，消费回暖是主要原因。",
    "从行业看，制造业增加值同比增长百分之五，其中高技术制造业增长更快。服务业也保持了较快增长势头。",
    "他说：“我们要坚持稳中求进。这不是一句空话！”随后，他又介绍了下一步的打算和具体的安排。",
    "分析人士认为，四季度经济有望继续回升，但外部环境依然复杂，仍需加大宏观政策调节力度。",
    "数据显示，居民收入稳步增长，就业形势总体稳定。城镇调查失业率比上季度有所下降。",
    "在外贸方面，进出口总额保持增长，贸易结构继续优化。民营企业进出口比重进一步提高。",
    "投资方面，基础设施投资增速加快，民间投资信心有所恢复。一批重大项目陆续开工建设。",
    "物价总体温和，居民消费价格同比小幅上涨，核心通胀保持稳定。市场供应充足，价格平稳。",
]
LINES = ["前三季度经济运行总体平稳 主要指标好于预期", "2024-10-18 10:30:00 来源：新华网", "分享到：", "微信 微博",
         *PARAS, "（记者 张三）", "责任编辑：李四"]


FLAT = flat_text_pipeline()


def clean(text):
    return FLAT.run(text)


def flat(lines=LINES, sep=" "):
    return sep.join(lines)


def test_a_flattened_article_reads_like_its_lines():
    lined, flattened = clean("\n".join(LINES)), clean(flat())
    assert flattened.title == lined.title == LINES[0]
    assert flattened.metadata.sources == lined.metadata.sources == ["新华网"]
    assert {c.name for c in flattened.metadata.credits} == {c.name for c in lined.metadata.credits} == {"张三", "李四"}
    assert flattened.metadata.published == lined.metadata.published
    assert "".join(flattened.paragraphs) == "".join(lined.paragraphs)


def test_splits_at_joining_white_space_and_before_fields_only():
    text = flat()
    got = [text[a:b] for a, b in split_points(text)]
    assert got[:6] == [LINES[0], "2024-10-18 10:30:00", "来源：新华网", "分享到：", "微信", "微博"]
    assert got[-2:] == ["（记者 张三）", "责任编辑：李四"]
    # the quotation's sentence ends have no space after them: the paragraph stays whole
    assert PARAS[2] in got


def test_a_field_line_ends_after_its_value_when_prose_follows():
    text = "标题 来源：新华网 " + "正文一句，讲了一件事。" * 60
    got = [text[a:b] for a, b in split_points(text)]
    assert got[:2] == ["标题", "来源：新华网"]


def test_lines_with_their_breaks_are_left_alone():
    long_paragraph = "".join(PARAS)  # long, many sentence ends, no field: a paragraph
    assert not lost_its_breaks(long_paragraph)
    cited = long_paragraph + "增长百分之五（数据来源：国家统计局）。"  # a source cited inside a sentence
    assert not lost_its_breaks(cited)
    assert not lost_its_breaks("来源：新华网 " + "短句。" * 5)  # short: a field line, not a page
    doc = RestoreLineBreaks()(Document("\n".join(LINES)))
    assert [line.text for line in doc.lines] == LINES


def test_nothing_is_recorded_and_every_character_is_accounted_for():
    text = flat()
    doc = RestoreLineBreaks()(Document(text))
    assert doc._records == []
    assert len(doc.lines) > 10
    assert all(line.text == text[line.start:line.end] for line in doc.lines)  # single spaces only here
    assert accounting_problems(text, clean(text)) == []


def test_lines_joined_with_nothing_are_split_before_fields_after_a_sentence():
    text = flat(sep="")  # get_text() with no separator: only a sentence's end shows a line start
    article = clean(text)
    assert ("editor", "李四") in {(c.role, c.name) for c in article.metadata.credits}
    assert not any("责任编辑" in p for p in article.paragraphs)
    assert accounting_problems(text, article) == []


def test_cleaning_the_split_article_again_changes_nothing():
    first = clean(flat())
    again = clean("\n".join([first.title or ""] + first.paragraphs))
    assert again.paragraphs == first.paragraphs
    assert again.title == first.title


def test_the_default_pipeline_leaves_flat_text_on_one_line():
    assert "restore-line-breaks" not in default_pipeline().names
    assert FLAT.names.index("restore-line-breaks") == FLAT.names.index("discuz-jammer") + 1
    assert len(clean_default(flat()).paragraphs) <= 2
    assert FLAT.without("restore-line-breaks") == default_pipeline()


def test_normal_text_comes_out_the_same_with_the_filter():
    text = "\n".join(LINES)
    assert clean(text) == clean_default(text)


def test_splitting_keeps_a_replaced_piece_whole():
    text = "第一句话。 第二&amp;句话。 第三句话。"
    doc = Document(text)
    line = doc.lines[0]
    i = line.text.index("&amp;")
    doc.replace(line, i, i + 5, "&", filter="html-leftovers", reason="html-entity")
    t = line.text
    spans = [(0, t.index(" ")), (t.index("第二"), t.index("句话。", t.index("第二")) + 3), (t.index("第三"), len(t))]
    doc.split_lines({0: [[span] for span in spans]})
    assert [ln.text for ln in doc.lines] == ["第一句话。", "第二&句话。", "第三句话。"]
    assert [ln.index for ln in doc.lines] == [0, 1, 2]
    article = doc.build()
    assert [r.replacement for r in article.removed] == ["&"]
    assert accounting_problems(text, article) == []


def test_runs_of_white_space_in_a_split_line_read_as_one():
    text = "标题 2024-10-18  来源：新华网 " + "。 ".join(["正文一句，讲了一件事\t\t\t情"] * 40) + "。"
    doc = RestoreLineBreaks()(Document(text))
    assert doc.lines[3].text == "正文一句，讲了一件事\t情。"
    assert doc._records == []
    assert accounting_problems(text, clean(text)) == []


def test_work_grows_in_proportion_to_the_line():
    from newsgen import count_calls

    filt = RestoreLineBreaks()
    small, large = flat() * 2, flat() * 16  # 8x
    work = [count_calls(lambda t=t: filt.apply(Document(t))) for t in (small, large)]
    assert work[1] <= 10 * work[0] + 2000, f"{work[0]} calls, then {work[1]} for 8x the line"
