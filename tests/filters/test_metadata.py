"""The metadata filter: facts out of meta lines, article sentences left alone."""
import datetime as dt
import re
from bisect import bisect_right

import pytest

from newsclean import clean
from newsclean.document import Document
from newsclean.errors import ConfigError
from newsclean.filters.metadata import ExtractMetadataLines

TITLE = "某地举行活动"
PARA = "记者从有关部门获悉，这项活动已经连续举办了十年，吸引了大量市民参加，受到普遍欢迎。"


def run(*lines, **options):
    doc = Document("\n".join(lines))
    ExtractMetadataLines(**options).apply(doc)
    return doc


def body(doc):
    return [line.text.strip() for line in doc.body_text_lines()]


def credits(doc):
    return [(c.role, c.label, c.name) for c in doc.meta.credits]


def test_date_and_source_on_one_line():
    doc = run(TITLE, "2019-12-10 07:57:40 来源：新华网", PARA)
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.sources == ["新华网"]
    assert doc.meta.published == dt.datetime(2019, 12, 10, 7, 57, 40)
    assert doc.lines[1].reason == "metadata:date"


def test_many_fields_on_one_line():
    doc = run(TITLE, "来源:《专业无线通信》杂志 作者:刘虎 发表时间:2009-2-16 10:35:39 浏览次数: 956", PARA)
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.sources == ["《专业无线通信》杂志"]  # as written: the 《》 do not surround the value
    assert credits(doc) == [("author", "作者", "刘虎")]
    assert doc.meta.published == dt.datetime(2009, 2, 16, 10, 35, 39)


def test_glued_fields():
    doc = run(TITLE, "2019-09-26 12:11来源：某某财经网作者：顾明", PARA)
    assert doc.meta.sources == ["某某财经网"]
    assert credits(doc) == [("author", "作者", "顾明")]


@pytest.mark.parametrize("line, role, label, name", [
    ("责编：周晓雪", "editor", "责编", "周晓雪"),
    ("编审:顾婷婷", "reviewer", "编审", "顾婷婷"),
    ("终审：周健军", "final_reviewer", "终审", "周健军"),
    ("校对|黄慧敏", "proofreader", "校对", "黄慧敏"),
    ("（责任编辑：张三）", "editor", "责任编辑", "张三"),
    ("[责任编辑：钱林 PK155]", "editor", "责任编辑", "钱林"),
    ("责任编辑：王晓武_NBJS7346", "editor", "责任编辑", "王晓武"),
    ("责任编辑：杨倩_NF4425", "editor", "责任编辑", "杨倩"),
    ("【编辑：姚远】", "editor", "编辑", "姚远"),
    ("责编：Demi Xia", "editor", "责编", "Demi Xia"),
    ("作者魏星", "author", "作者", "魏星"),
    ("摄影：王五", "photographer", "摄影", "王五"),
    ("翻译/赵六", "translator", "翻译", "赵六"),
    ("实习生 王小雨", "author", "实习生", "王小雨"),
    ("通讯员 刘娟", "correspondent", "通讯员", "刘娟"),
])
def test_credit_lines(line, role, label, name):
    doc = run(TITLE, PARA, line)
    assert body(doc) == [TITLE, PARA]
    assert credits(doc) == [(role, label, name)]
    assert doc.lines[2].reason == "metadata:credit"


def test_several_names_and_labels():
    doc = run(TITLE, PARA, "(责编：汤雨、丁一)", "编辑 刘晓 校对 李明", "某某新闻记者 段超 廖红")
    assert body(doc) == [TITLE, PARA]
    assert [c[2] for c in credits(doc)] == ["汤雨", "丁一", "刘晓", "李明", "段超", "廖红"]
    assert [c[0] for c in credits(doc)][-2:] == ["reporter", "reporter"]


def test_role_word_inside_the_value_is_not_a_name():
    doc = run(TITLE, PARA, "采写：某报见习记者 林立")
    assert credits(doc) == [("author", "采写", "林立")]


def test_code_only_and_placeholder_values_give_no_name():
    doc = run(TITLE, PARA, "（责任编辑： HN666）", "作者：未知　　责任编辑：棒棒")
    assert body(doc) == [TITLE, PARA]
    assert credits(doc) == [("editor", "责任编辑", "棒棒")]


def test_empty_value_takes_the_next_short_line():
    doc = run(TITLE, "来源：", "新华网", PARA, "责任编辑:", "\t\t刘响")
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.sources == ["新华网"]
    assert credits(doc) == [("editor", "责任编辑", "刘响")]


def test_empty_value_does_not_take_a_sentence():
    doc = run(TITLE, PARA, "责任编辑：", "香港警方：示威行动未发生致命事件，谴责造谣者")
    assert body(doc) == [TITLE, PARA, "香港警方：示威行动未发生致命事件，谴责造谣者"]
    assert credits(doc) == []


def test_trailing_bracket_is_cut_and_the_sentence_stays():
    doc = run(TITLE, PARA, "活动将持续到月底，欢迎市民前往参观。（责任编辑：张三）")
    assert body(doc) == [TITLE, PARA, "活动将持续到月底，欢迎市民前往参观。"]
    assert credits(doc) == [("editor", "责任编辑", "张三")]


def test_dateline_credits_the_reporter_and_stays_in_the_body():
    lead = "新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工，交通受到严重影响。"
    doc = run(TITLE, "2019-12-10", lead, PARA)
    assert body(doc) == [TITLE, lead, PARA]
    assert credits(doc) == [("reporter", "记者", "唐霁")]


def test_dateline_with_several_names_and_a_trailing_word():
    lead = "某某网5月2日讯（记者陈立 整合） 假期过半，各地景区游客不断增加。"
    doc = run(TITLE, lead, PARA)
    assert [c[2] for c in credits(doc)] == ["陈立"]
    assert body(doc) == [TITLE, lead, PARA]


def test_trailing_reporter_line_and_closing_name():
    doc = run(TITLE, PARA, "（记者 张三 李四）")
    assert body(doc) == [TITLE, PARA]
    assert [c[2] for c in credits(doc)] == ["张三", "李四"]
    doc = run(TITLE, PARA, "（张巨峰）")
    assert body(doc) == [TITLE, PARA]
    assert credits(doc) == [("author", "", "张巨峰")]


def test_closing_bracket_that_is_no_name_stays():
    doc = run(TITLE, PARA, "（完）")
    assert body(doc) == [TITLE, PARA, "（完）"]
    doc = run(TITLE, PARA, "（待续）")
    assert credits(doc) == []


def test_contribution_note():
    doc = run(TITLE, PARA, "（实习生王小雨对此文亦有贡献）")
    assert body(doc) == [TITLE, PARA]
    assert credits(doc) == [("author", "实习生", "王小雨")]


@pytest.mark.parametrize("sentence", [
    "据记者了解，该项目目前已进入收尾阶段，预计年底前完工。",
    "记者注意到，从五大企业的主打产品来看，大多采用的是最新技术。",
    "资金来源：一是财政拨款，二是社会捐助，三是企业自筹，合计超过三亿元，已全部到位。",
    "记者：你怎么看这次调整？",
    "时间就是金钱，效率就是生命。",
    "作者认为这个结论过于草率。",
    "编辑部的同事们都很忙。",
    "Studio出品",
    "设计",
])
def test_article_sentences_stay(sentence):
    doc = run(TITLE, PARA, sentence, PARA)
    assert sentence in body(doc)
    assert doc.meta.credits == [] and doc.meta.sources == []


def test_byline_date_lines_and_split_dates():
    doc = run(TITLE, "2019", "09/07", "19:02", "某某号", PARA)
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.published == dt.datetime(2019, 9, 7, 19, 2)


def test_byline_name_next_to_a_bare_date():
    doc = run(TITLE, "2019年09月07日 04:04", "北京日报", PARA)
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.sources == []  # no label: not known to be a source


def test_published_prefers_the_label_over_a_date_far_down():
    doc = run(TITLE, "发布时间：2019-09-07", PARA, "又一段" + PARA, "2019-08-01", PARA)
    assert doc.meta.published == dt.date(2019, 9, 7)


def test_date_in_a_link_list_is_not_published():
    doc = run(TITLE, PARA, "又一段" + PARA, "相关新闻：某某事件最新进展2019-03-27", "2019-03-27")
    assert doc.meta.published is None


def test_short_year_after_a_date_label():
    doc = run(TITLE, "发布时间：18-03-0823:16", PARA)
    assert doc.meta.published == dt.datetime(2018, 3, 8, 23, 16)
    doc = run(TITLE, "发布时间：10-0812:00", PARA)
    assert doc.meta.published is None and body(doc) == [TITLE, PARA]


def test_original_title_and_url():
    doc = run(TITLE, "（原标题：多地项目连环爆雷）", PARA, "原文链接：https://example.com/a/1.html")
    assert doc.meta.original_title == "多地项目连环爆雷"
    assert doc.meta.original_url == "https://example.com/a/1.html"
    assert body(doc) == [TITLE, PARA]


def test_photo_credit_lines_are_left_to_captions():
    doc = run(TITLE, PARA, "图片来源：视觉中国", "（新华社记者 张三 摄）")
    assert body(doc) == [TITLE, PARA, "图片来源：视觉中国", "（新华社记者 张三 摄）"]


def test_extra_labels():
    doc = run(TITLE, PARA, "值班主任：张三", extra_labels={"值班主任": "editor"})
    assert credits(doc) == [("editor", "值班主任", "张三")]
    with pytest.raises(ConfigError):
        ExtractMetadataLines(extra_labels={"值班主任": "boss"})


def test_every_removed_character_is_recorded():
    doc = run(TITLE, "2019-12-10 07:57:40 来源：新华网", PARA, "正文最后一句。（责任编辑：张三）")
    article = doc.build()
    kept = "".join(article.paragraphs)
    removed = "".join(r.text for r in article.removed)
    assert "（责任编辑：张三）" in removed and "来源：新华网" in removed
    assert "责任编辑" not in kept


def test_heading_before_several_fields():
    doc = run(TITLE, PARA, "版权声明 来源：某某商报 时间：2019-09-23 14:34:05 作者：")
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.sources == ["某某商报"]
    doc = run(TITLE, PARA, "党支部、宣传科供稿　摄影/张燕　编辑/苏方")
    assert credits(doc) == [("photographer", "摄影", "张燕"), ("editor", "编辑", "苏方")]


def test_a_heading_before_one_field_is_no_meta_line():
    line = "版权声明 来源：某某商报"
    assert line in body(run(TITLE, PARA, line))


def test_names_one_a_line_under_the_byline_date():
    doc = run(TITLE, "2020-06-05 20:35", "小编甲\n胡一刀\n李飞刀", "", PARA)
    assert body(doc) == [TITLE, PARA]


def test_bare_date_below_a_summary_paragraph():
    doc = run(TITLE, PARA, "2019-09-08 11:42:03", PARA)
    assert body(doc) == [TITLE, PARA, PARA]
    assert doc.meta.published == dt.datetime(2019, 9, 8, 11, 42, 3)


@pytest.mark.parametrize("line", [
    "时间：2019年10月1日 地点：人民广场",
    "设计：简约大方",
    "制作：精选优质面料",
    "他的老家在南昌（江西）",
])
def test_lines_of_an_article_that_look_like_fields_stay(line):
    doc = run(TITLE, PARA, PARA, line)
    assert line in body(doc)
    assert doc.meta.published is None and doc.meta.credits == []


def test_minor_roles_take_person_names():
    doc = run(TITLE, PARA, "设计：王小明　摄影：Mike Lee")
    assert credits(doc) == [("other", "设计", "王小明"), ("photographer", "摄影", "Mike Lee")]


def test_configuration_and_pickling():
    import pickle

    from newsclean import Pipeline

    p = Pipeline.from_config({"options": {"metadata": {"extra_labels": {"值班主任": "editor"}}}})
    p = pickle.loads(pickle.dumps(p))
    article = p.run("标题\n正文第一段。\n值班主任：张三")
    assert [(c.role, c.name) for c in article.metadata.credits] == [("editor", "张三")]
    with pytest.raises(ConfigError):
        Pipeline.from_config({"options": {"metadata": {"extra_labels": {"值班主任": "boss"}}}})


# ---------------------------------------------------------------- the labelled corpus
import json  # noqa: E402
from pathlib import Path  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "gne"
LABELS = sorted((CORPUS / "dev-labels").glob("*.labels.json")) if CORPUS.is_dir() else []
AUTHORS = {"author", "reporter", "correspondent"}
EDITORS = {"editor", "reviewer", "final_reviewer", "proofreader", "producer"}


def _line_labels(doc, labels):
    """The label of each of ``doc.lines``: labels are by line of the source, and a run of
    empty lines is one line of the document."""
    firsts = [0] + [m.end() for m in re.finditer("\n", doc.source)]
    return [labels[bisect_right(firsts, line.start) - 1] for line in doc.lines]


def _labelled_run(label_file):
    """The facts filters on a labelled page whose junk lines (per the labels) are already gone."""
    from newsclean.filters.captions import ExtractCaptions
    from newsclean.filters.publication import ExtractPublicationLine

    gold = json.loads(label_file.read_text(encoding="utf-8"))
    doc = Document((CORPUS / f"{gold['id']}.txt").read_text(encoding="utf-8"))
    for line, label in zip(doc.lines, _line_labels(doc, gold["lines"])):
        if label == "junk":
            doc.drop(line, filter="labels", reason="junk")
    for f in (ExtractMetadataLines(), ExtractPublicationLine(), ExtractCaptions()):
        f.apply(doc)
    return gold, doc


@pytest.mark.skipif(not LABELS, reason="the evaluation corpus is not here")
def test_labelled_corpus_metadata():
    tp = fp = fn = 0
    for label_file in LABELS:
        gold, doc = _labelled_run(label_file)
        g, m = gold["metadata"], doc.meta
        pairs = [
            (set(g["sources"]), set(m.sources)),
            (set(g["authors"]), {c.name for c in m.credits if c.role in AUTHORS}),
            (set(g["editors"]), {c.name for c in m.credits if c.role in EDITORS}),
        ]
        if g.get("published"):
            pairs.append(({g["published"][:10]}, {str(m.published)[:10]} if m.published else set()))
        for want, got in pairs:
            tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.95, (tp, fp, fn)


@pytest.mark.skipif(not LABELS, reason="the evaluation corpus is not here")
def test_labelled_corpus_body_lines_stay():
    taken = []
    for label_file in LABELS:
        gold, doc = _labelled_run(label_file)
        taken += [(gold["id"], line.index) for line, label in zip(doc.lines, _line_labels(doc, gold["lines"]))
                  if label == "body" and line.state in ("meta", "caption")]
    assert taken == []


@pytest.mark.parametrize("line", ["作者：网络整理", "（责任编辑：系统管理员）", "编辑：admin"])
def test_placeholders_are_no_names(line):
    doc = run(TITLE, PARA, line)
    assert body(doc) == [TITLE, PARA] and doc.meta.credits == []


@pytest.mark.parametrize("line", ["发表评论", "发布会现场", "更新至第10集", "视频加载中…", "文字、图片、视频等展示问题",
                                  "作者简介", "记者手记", "原标题背后的故事"])
def test_short_words_starting_with_a_label_stay(line):
    assert line in body(run(TITLE, PARA, line, PARA))


@pytest.mark.parametrize("line, want", [
    ("■本报记者 张三", [("reporter", "张三")]),
    ("记者｜张三　通讯员｜李四", [("reporter", "张三"), ("correspondent", "李四")]),
    ("文 / 王五", [("author", "王五")]),
    ("【作者】赵六", [("author", "赵六")]),
    ("图/文 孙七", [("author", "孙七")]),
    ("实习记者 周八", [("reporter", "周八")]),
    ("责任编辑：吴九 (Z0001)", [("editor", "吴九")]),
    ("作者：张三（北京大学教授）", [("author", "张三")]),
    ("编辑：张三 审核：李四 终审：王五", [("editor", "张三"), ("reviewer", "李四"), ("final_reviewer", "王五")]),
])
def test_more_credit_forms(line, want):
    doc = run(TITLE, PARA, line)
    assert body(doc) == [TITLE, PARA]
    assert [(c.role, c.name) for c in doc.meta.credits] == want


@pytest.mark.parametrize("line, source, published", [
    ("来源：人民日报 | 2019年09月07日", "人民日报", dt.date(2019, 9, 7)),
    ("2019年09月07日 09:30 | 来源：人民网", "人民网", dt.datetime(2019, 9, 7, 9, 30)),
    ("——摘自《人民日报》", "人民日报", None),
    ("时间：2019-09-07 来源：本站 点击：1234次", "本站", dt.date(2019, 9, 7)),
])
def test_more_source_forms(line, source, published):
    doc = run(TITLE, line, PARA)
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.sources == [source] and doc.meta.published == published


def test_original_title_keeps_labels_inside_it():
    doc = run(TITLE, PARA, "原标题：重磅丨记者调查：来源不明的资金流向何处")
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.original_title == "重磅丨记者调查：来源不明的资金流向何处"
    assert doc.meta.credits == [] and doc.meta.sources == []


@pytest.mark.parametrize("line", ["截至2019年9月7日 累计确诊100例", "2019年9月7日起 全市实行新规定"])
def test_headings_holding_a_date_stay(line):
    doc = run(TITLE, line, PARA)
    assert line in body(doc) and doc.meta.published is None


@pytest.mark.parametrize("line", ["原创 某某都市报 2019-09-09 16:01:46", "2019年09月11日01:53　某某科技　我有话说(1307人参与)"])
def test_bylines_with_a_name(line):
    doc = run(TITLE, line, PARA)
    assert body(doc) == [TITLE, PARA] and doc.meta.published is not None


def test_source_that_is_a_print_edition():
    doc = run(TITLE, PARA, "来源：《人民日报》（2024年11月25日 第11版）")
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.sources == ["人民日报"]
    assert doc.meta.publication.page == "11" and doc.meta.published == dt.date(2024, 11, 25)
    doc = run(TITLE, "发布时间：2024-11-26 08:00", PARA, "来源：人民日报 2024-11-25 第04版")
    assert doc.meta.published == dt.datetime(2024, 11, 26, 8, 0)


def test_dateline_with_a_year_is_a_weak_published_candidate():
    lead = "本报北京2019年9月7日电（记者 张三）今天，这项活动在人民广场正式开幕，吸引了大量市民。"
    doc = run(TITLE, lead, PARA)
    assert doc.meta.published == dt.date(2019, 9, 7)
    doc = run(TITLE, "2019-09-08 10:00", lead, PARA)
    assert doc.meta.published == dt.datetime(2019, 9, 8, 10, 0)
    doc = run(TITLE, "在2019年9月7日的发布会上，他介绍了新产品的研发进展和上市计划，引起关注。", PARA)
    assert doc.meta.published is None


# ---------------------------------------------------------------- forms seen on other sites
@pytest.mark.parametrize("value, source", [
    ("来源：《人民日报》", "人民日报"),
    ("来源：“城市观察”", "城市观察"),
    ("来源：《人民日报》《光明日报》", "《人民日报》《光明日报》"),
    ("【来源：新华网】【作者：张三】", "新华网"),
])
def test_only_surrounding_brackets_leave_a_source(value, source):
    doc = run(TITLE, value, PARA)
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.sources == [source]


def test_empty_credit_value_does_not_take_a_date_line():
    doc = run(TITLE, "作者:", "2024年11月25日", PARA)
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.credits == []
    assert doc.meta.published == dt.date(2024, 11, 25)


@pytest.mark.parametrize("lines", [
    ("· 来源：某某日报", "· 作者：张三", "· 发布时间：2024-11-25"),
    ("● 来源：某某日报 ● 作者：张三 ● 2024-11-25",),
    ("• 来源：某某日报 • 作者：张三", "• 2024-11-25"),
])
def test_fields_in_a_bullet_list(lines):
    doc = run(TITLE, *lines, PARA)
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.sources == ["某某日报"]
    assert [(c.role, c.name) for c in doc.meta.credits] == [("author", "张三")]
    assert doc.meta.published == dt.date(2024, 11, 25)


def test_an_affiliation_after_a_comma_is_no_name():
    doc = run(TITLE, "作者：张三，北京大学国家发展研究院教授", PARA)
    assert body(doc) == [TITLE, PARA]
    assert [c.name for c in doc.meta.credits] == ["张三"]
    doc = run(TITLE, "编辑：张三，李四", PARA)
    assert [c.name for c in doc.meta.credits] == ["张三", "李四"]


def test_a_sentence_after_a_glued_label_gives_no_name():
    line = "拍摄视频方面，新机支持更好的电子防抖，可在拍摄过程中自由切换。"
    doc = run(TITLE, PARA, line)
    assert line in body(doc) and doc.meta.credits == []


def test_the_time_of_an_event_notice_is_no_published_date():
    notice = ("时间：2024年11月25日 14:00", "地点：市体育馆", "主办：市体育局")
    doc = run(TITLE, "欢迎市民参加。", *notice, PARA)
    assert body(doc) == [TITLE, "欢迎市民参加。", *notice, PARA]
    assert doc.meta.published is None
    # a 时间 field in the byline is still the article's date
    doc = run(TITLE, "时间：2024-11-25 08:00", "来源：某某网", PARA)
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.published == dt.datetime(2024, 11, 25, 8, 0)


@pytest.mark.parametrize("lead, names", [
    ("本报北京11月25日电  记者张三报道：今年本市新建三座公园，总面积达到一百二十公顷。", ["张三"]),
    ("本报讯 记者 张三 李四 报道 今年本市新建三座公园，总面积达到一百二十公顷。", ["张三", "李四"]),
    ("【环球时报记者 张三】今年本市新建三座公园，总面积达到一百二十公顷，广受好评。", ["张三"]),
    ("新华社北京11月25日电 记者从有关部门获悉，今年本市新建三座公园，总面积达到一百二十公顷。", []),
    ("本报讯 记者了解到今年本市新建三座公园，媒体报道称总面积达到一百二十公顷。", []),
    ("【环球时报综合报道】今年本市新建三座公园，总面积达到一百二十公顷，广受好评。", []),
])
def test_dateline_reporters_without_round_brackets(lead, names):
    doc = run(TITLE, lead, PARA)
    assert body(doc) == [TITLE, lead, PARA]
    assert [c.name for c in doc.meta.credits] == names
    assert all(c.role == "reporter" for c in doc.meta.credits)


@pytest.mark.parametrize("line", ["（作者单位：某某大学）", "（作者系某某大学教授）", "原创： 张三编译 城市观察"])
def test_byline_notes_leave_the_body_unstored(line):
    doc = run(TITLE, PARA, line)
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.credits == [] and doc.meta.sources == []


def test_a_byline_note_glued_to_the_last_sentence_is_cut():
    doc = run(TITLE, PARA, "活动将持续到月底，欢迎市民前往参观。（作者系某某大学教授）")
    assert body(doc) == [TITLE, PARA, "活动将持续到月底，欢迎市民前往参观。"]


@pytest.mark.parametrize("line", ["原创 音乐剧《城市之光》首演", "原创作品受法律保护"])
def test_headings_starting_with_a_note_word_stay(line):
    assert line in body(run(TITLE, PARA, line, PARA))


def test_the_value_of_an_empty_category_field():
    doc = run(TITLE, PARA, "发布日期：2024-11-25 14:34:05  所属分类：", "头条")
    assert body(doc) == [TITLE, PARA]


def test_a_relative_time_below_the_first_paragraph():
    doc = run(TITLE, PARA, "前天", PARA)
    assert body(doc) == [TITLE, PARA, PARA]
    assert doc.meta.published is None


def test_a_bare_date_below_the_first_paragraph_after_a_byline():
    doc = run(TITLE, "来源：某某网", PARA, "2019-09-08 11:42:03", PARA)
    assert body(doc) == [TITLE, PARA, PARA]
    assert doc.meta.published == dt.datetime(2019, 9, 8, 11, 42, 3)


def test_credit_bracket_closing_a_short_article():
    # a short article has no line long enough to end the byline zone
    short = "今年本市新建三座公园，市民休闲去处明显增加。"
    doc = run(TITLE, short, "公园管理处表示，将继续完善配套设施。（记者 张三 通讯员 李四）")
    assert body(doc) == [TITLE, short, "公园管理处表示，将继续完善配套设施。"]
    assert [(c.role, c.name) for c in doc.meta.credits] == [("reporter", "张三"), ("correspondent", "李四")]
    heading = "城市更新（第二期）"
    assert heading in body(run(TITLE, heading, short))


def test_a_provider_is_a_source():
    doc = run(TITLE, PARA, "供稿：市园林局")
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.sources == ["市园林局"]


@pytest.mark.parametrize("line, want", [
    ("记者 张三 北京报道", [("reporter", "张三")]),
    ("本报记者 张三 李四 上海报道", [("reporter", "张三"), ("reporter", "李四")]),
    ("文字：张三 图片：李四 编辑：王五", [("author", "张三"), ("photographer", "李四"), ("editor", "王五")]),
])
def test_credit_lines_with_a_place_or_a_photo_field(line, want):
    doc = run(TITLE, line, PARA)
    assert body(doc) == [TITLE, PARA]
    assert [(c.role, c.name) for c in doc.meta.credits] == want


def test_fields_separated_by_a_comma():
    doc = run(TITLE, "本文来源：某某日报，作者：张三", PARA)
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.sources == ["某某日报"] and [c.name for c in doc.meta.credits] == ["张三"]


def test_a_photo_credit_alone_is_still_left_to_captions():
    assert "图片：李四" in body(run(TITLE, PARA, "图片：李四"))


def test_date_headings_of_a_chronology_stay():
    events = ["1998年10月1日", "公园正式对外开放。", "2008年5月12日", "公园进行了扩建。"]
    doc = run(TITLE, "来源：某某网", PARA, *events)
    assert body(doc) == [TITLE, PARA, *events]
    assert doc.meta.published is None


@pytest.mark.parametrize("line, want", [
    ("21世纪经济报道 记者 张三 北京报道", [("reporter", "张三")]),
    ("作者：城市观察编辑部", [("author", "城市观察编辑部")]),
])
def test_outlets_with_digits_and_editorial_offices(line, want):
    doc = run(TITLE, line, PARA)
    assert body(doc) == [TITLE, PARA]
    assert [(c.role, c.name) for c in doc.meta.credits] == want


def test_a_number_before_a_role_word_is_no_outlet():
    line = "2019 记者 张三"
    assert line in body(run(TITLE, PARA, PARA, line))


@pytest.mark.parametrize("line, name", [
    ("作者：[美]约翰·史密斯", "约翰·史密斯"),
    ("作者：（美）约翰·史密斯 著", "约翰·史密斯"),
    ("作者：〔英〕简·奥斯汀", "简·奥斯汀"),
])
def test_a_nationality_before_a_foreign_name(line, name):
    doc = run(TITLE, PARA, line)
    assert body(doc) == [TITLE, PARA]
    assert [c.name for c in doc.meta.credits] == [name]


@pytest.mark.parametrize("heading", ["一、基本情况", "第一部分", "（一）总体要求", "导语", "编者按"])
def test_a_heading_under_the_byline_date_is_no_byline_name(heading):
    doc = run(TITLE, "2024-11-25 10:00", heading, PARA)
    assert body(doc) == [TITLE, heading, PARA]


@pytest.mark.parametrize("lines, source", [
    (("来源：城市观察（ID：citywatch）",), "城市观察"),
    (("来源：微信公众号“城市观察”",), "微信公众号“城市观察”"),
    (("本文转载自微信公众号“城市观察”（ID：citywatch）",), "微信公众号“城市观察”"),
    (("来源：", "城市观察（微信号：citywatch）"), "城市观察"),
])
def test_account_sources(lines, source):
    doc = run(TITLE, *lines, PARA)
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.sources == [source]


def test_a_photo_report_closing_a_byline():
    doc = run(TITLE, "记者 张三 通讯员 李四 摄影报道", PARA)
    assert body(doc) == [TITLE, PARA]
    assert [c.name for c in doc.meta.credits] == ["张三", "李四"]


@pytest.mark.parametrize("last, kept, want_sources, want_credits", [
    ("活动将持续到月底，欢迎市民前往参观。责任编辑：张三", "活动将持续到月底，欢迎市民前往参观。", [], [("editor", "张三")]),
    ("活动将持续到月底，欢迎市民前往参观。  来源：某某网  编辑：张三", "活动将持续到月底，欢迎市民前往参观。",
     ["某某网"], [("editor", "张三")]),
    ("活动将持续到月底！编辑|张三", "活动将持续到月底！", [], [("editor", "张三")]),
])
def test_fields_glued_after_the_last_sentence_are_cut(last, kept, want_sources, want_credits):
    doc = run(TITLE, PARA, PARA, last)
    assert body(doc) == [TITLE, PARA, PARA, kept]
    assert doc.meta.sources == want_sources
    assert [(c.role, c.name) for c in doc.meta.credits] == want_credits


@pytest.mark.parametrize("last", ["他说：“这是好事。”记者：你怎么看？", "活动将持续到月底。时间：2024年11月25日", "活动将持续到月底。作者："])
def test_sentences_after_the_last_sentence_end_stay(last):
    assert body(run(TITLE, PARA, PARA, last))[-1] == last


def test_ben_wen_lai_zi_an_account_is_a_source_with_its_author():
    from newsclean import clean
    a = clean("标题是这样的一行\n本文来自微信公众号：城市观察（ID：csgc），作者：张三\n正文第一段。正文。")
    assert a.metadata.sources == ["微信公众号：城市观察"]
    assert [(c.role, c.name) for c in a.metadata.credits] == [("author", "张三")]
    assert a.paragraphs == ["正文第一段。正文。"]


def test_ben_wen_lai_zi_with_a_disclaimer_stays_a_notice():
    from newsclean import clean
    a = clean("标题是这样的一行\n正文第一段。正文。\n本文来自网易号，仅代表作者观点，不代表网易立场。")
    assert a.metadata.sources == [] and len(a.metadata.notices) == 1


@pytest.mark.parametrize("header", ["2024年1月5日 星期五", "2024-01-05"])
def test_a_site_header_date_above_the_title_loses_to_the_byline_date(header):
    doc = run(header, TITLE, "2024-01-03 10:00 来源：新华网", PARA)
    assert doc.meta.published == dt.datetime(2024, 1, 3, 10, 0)
    assert body(doc) == [TITLE, PARA]  # the title between the two dates is no byline name
    doc = run(header, TITLE, "2024-01-03 10:00", PARA)
    assert doc.meta.published == dt.datetime(2024, 1, 3, 10, 0) and body(doc) == [TITLE, PARA]


def test_a_lone_date_line_above_the_title_is_still_the_date():
    doc = run("2024-01-05", TITLE, PARA)
    assert doc.meta.published == dt.date(2024, 1, 5)


@pytest.mark.parametrize("line, names", [
    ("文｜财新 张三", ["张三"]),
    ("作者：界面新闻 张三 李四", ["张三", "李四"]),
    ("作者：张三 李四", ["张三", "李四"]),  # two names: nothing to drop
    ("作者：欧阳明 张三", ["欧阳明", "张三"]),
])
def test_an_outlet_before_the_names_is_no_author(line, names):
    doc = run(TITLE, line, PARA)
    assert body(doc) == [TITLE, PARA]
    assert [c.name for c in doc.meta.credits] == names


@pytest.mark.parametrize("lines", [
    ("2024-01-03 10:00", "#宏观经济"),
    ("#宏观经济", "2024-01-03 10:00"),
])
def test_a_topic_tag_next_to_the_byline_date_is_no_byline_name(lines):
    doc = run(TITLE, *lines, PARA)
    assert "#宏观经济" in body(doc)


def test_a_topic_tag_is_no_credited_name():
    doc = run(TITLE, "作者：#宏观经济", PARA)
    assert doc.meta.credits == [] and "作者：#宏观经济" in body(doc)


@pytest.mark.parametrize("deck", ["这场雨下了三天", "我们为什么读书呢", "老城区被点亮"])
def test_a_deck_under_the_byline_date_is_no_account_name(deck):
    doc = run(TITLE, "2024-01-03 10:00", deck, PARA)
    assert body(doc) == [TITLE, deck, PARA]


def test_an_account_name_under_the_byline_date_is_still_meta():
    assert body(run(TITLE, "2024-01-03 10:00", "城市观察", PARA)) == [TITLE, PARA]


@pytest.mark.parametrize("card", ["王文中国人民大学重阳金融研究院执行院长", "张三北京大学国家发展研究院教授"])
def test_an_author_card_in_the_byline_zone_is_meta(card):
    doc = run(TITLE, card, "2024-01-03 10:00", PARA)
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.credits == []  # no label: the role is not known


@pytest.mark.parametrize("line", ["中国人民大学重阳金融研究院执行院长", "研究院召开年会并选举新任院长",
                                  "王文说中国人民大学重阳金融研究院院长。"])
def test_lines_that_are_no_author_card_stay(line):
    assert line in body(run(TITLE, line, "2024-01-03 10:00", PARA))


def test_ben_wen_lai_yuan_yu_is_one_label():
    # 本文来源 + 于… must not leave 于 in the source: the longer label 本文来源于 wins
    from newsclean import clean
    a = clean("标题是这样的一行\n本文来源于微信公众号：某某观察\n正文第一段。正文。")
    assert a.metadata.sources == ["微信公众号：某某观察"]


@pytest.mark.parametrize("line, names", [
    ("记者 南都 张三", ["张三"]),
    ("采写：华商 李四 王五", ["李四", "王五"]),
    ("作者：钱江 赵六", ["赵六"]),
    ("记者 张三 李四", ["张三", "李四"]),  # two people: no outlet to strip
])
def test_an_outlet_that_looks_like_a_name_is_no_credit(line, names):
    # 南都, 华商, 钱江 start with a common surname, but the outlet lexicon knows them
    doc = run(TITLE, PARA, line)
    assert [c[2] for c in credits(doc)] == names


def test_outlet_names_are_no_person_names():
    from newsclean.fieldlines import is_person_name

    assert not is_person_name("南都") and not is_person_name("华商") and is_person_name("南方朔")


@pytest.mark.parametrize("lead, names", [
    ("南都讯 记者张三 近日，某市召开会议，部署全年工作。", ["张三"]),
    ("南都讯 记者 张三 通讯员 李四 近日，某市召开会议。", ["张三", "李四"]),
    ("本报讯 记者 张三 李四 近日，某市召开会议。", ["张三", "李四"]),
    ("本报讯 记者从市统计局获悉，今年以来经济运行平稳。", []),  # 记者 is the subject
    ("本报讯 记者 近日从某市获悉，今年以来经济运行平稳。", []),
])
def test_credits_after_a_dateline_without_brackets(lead, names):
    # the reporters are credited and the lead stays in the body
    doc = run(TITLE, lead, PARA)
    assert [c[2] for c in credits(doc)] == names
    assert body(doc) == [TITLE, lead, PARA]


def test_three_review_levels():
    doc = run(TITLE, PARA, "一审：张三 二审：李四 三审：王五")
    assert credits(doc) == [("reviewer", "一审", "张三"), ("reviewer", "二审", "李四"), ("final_reviewer", "三审", "王五")]


def test_a_first_instance_verdict_is_no_credit():
    doc = run(TITLE, PARA, "一审：张某被判处有期徒刑三年")
    assert credits(doc) == [] and body(doc)[-1] == "一审：张某被判处有期徒刑三年"


@pytest.mark.parametrize("label", ["原文链接", "原文链接：", "原文地址:"])
def test_original_address_on_the_line_under_its_label(label):
    doc = run(TITLE, PARA, label, "https://www.example.com/a.html")
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.original_url == "https://www.example.com/a.html"


def test_a_lone_original_address_label_takes_no_sentence():
    doc = run(TITLE, PARA, "原文链接", PARA + "又一句。")
    assert body(doc) == [TITLE, PARA, PARA + "又一句。"] and doc.meta.original_url is None


@pytest.mark.parametrize("line, names", [
    ("作者：张三 某某研究院研究员", ["张三"]),
    ("作者：王文 中国人民大学重阳金融研究院执行院长", ["王文"]),
    ("作者：张三 研究员", ["张三"]),
])
def test_a_job_title_after_the_name_is_no_name(line, names):
    doc = run(TITLE, PARA, line)
    assert [c[2] for c in credits(doc)] == names and body(doc) == [TITLE, PARA]


@pytest.mark.parametrize("line", ["◎ 本报记者 张三", "◎记者 张三"])
def test_a_byline_after_a_bullet(line):
    doc = run(TITLE, line, PARA)
    assert credits(doc) == [("reporter", "本报记者" if "本报" in line else "记者", "张三")]


def test_narrator_and_compiler_labels():
    doc = run(TITLE, PARA, "口述：张三 整理：李四", "统稿：王五")
    assert body(doc) == [TITLE, PARA]
    assert credits(doc) == [("other", "口述", "张三"), ("author", "整理", "李四"), ("other", "统稿", "王五")]


@pytest.mark.parametrize("line, source, credit", [
    ("?  ?  ?来源：新华网", "新华网", None),
    ("&（来源：新华网）", "新华网", None),
    ("——记者：张三", None, ("reporter", "张三")),
])
def test_a_field_line_behind_signs_only_is_a_field_line(line, source, credit):
    # a scrap of signs before the label (a jammer's or scraper's leftover) leaves the line a
    # field line wherever it stands: decided from the line alone, as a second cleaning decides
    a = clean(f"正文第一段的内容在这里，说了一些事情。\n{line}\n正文第二段的内容在这里。")
    assert a.paragraphs == ["正文第一段的内容在这里，说了一些事情。", "正文第二段的内容在这里。"]
    assert a.metadata.sources == ([source] if source else [])
    assert [(c.role, c.name) for c in a.metadata.credits] == ([credit] if credit else [])


def test_a_question_after_a_quote_is_no_field_line():
    # control: signs before 记者： followed by a question, not a name (an interview)
    a = clean("正文第一段的内容在这里，说了一些事情。\n“记者：您怎么看这件事？\n正文第二段。")
    assert "“记者：您怎么看这件事？" in a.paragraphs
    assert not a.metadata.credits


@pytest.mark.parametrize("closing, author", [
    ("（德清县发改局）", "德清县发改局"),
    ("（市卫健委）", "市卫健委"),
    ("（张巨峰）", "张巨峰"),
])
def test_a_closing_organisation_is_the_author(closing, author):
    # government pages close a piece with the unit that wrote it, as others close with a name
    a = clean("标题这是一个标题\n正文第一段的内容在这里，说了一些事情。\n总体全县投资结构趋稳趋优。" + closing)
    assert a.paragraphs[-1] == "总体全县投资结构趋稳趋优。"
    assert [(c.role, c.name) for c in a.metadata.credits] == [("author", author)]


@pytest.mark.parametrize("closing", ["（新华社）", "（本报综合）"])
def test_a_closing_outlet_is_no_author(closing):
    # control: an outlet in closing brackets names where the text came from
    a = clean("标题这是一个标题\n正文第一段的内容在这里，说了一些事情。\n总体全县投资结构趋稳趋优。" + closing)
    assert not a.metadata.credits
