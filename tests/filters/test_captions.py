"""The captions filter: caption lines out of the body, marker words recorded."""
import pytest

from newsclean.document import Document
from newsclean.errors import ConfigError
from newsclean.filters.base import JoinedLines
from newsclean.filters.captions import ExtractCaptions

TITLE = "某地举行活动"
PARA = "这项活动已经连续举办了十年，吸引了大量市民参加，受到普遍欢迎。"


def run(line, **options):
    doc = Document("\n".join([TITLE, PARA, line, PARA]))
    ExtractCaptions(**options).apply(doc)
    return doc


def caption(doc):
    line = doc.lines[2]
    if line.state != "caption":
        return None
    return line.caption.text, line.caption.credit


@pytest.mark.parametrize("line, text, credit", [
    ("图为乌龙街道党工委书记邵杨晖听取意见建议。李思银 摄", "图为乌龙街道党工委书记邵杨晖听取意见建议。", "李思银"),
    ("雨中游览古塔的市民。城市摄影队 郑明 摄", "雨中游览古塔的市民。", "城市摄影队 郑明"),
    ("5月2日，旅游专列驶出车站。 通讯员何静 摄", "5月2日，旅游专列驶出车站。", "通讯员何静"),
    ("图为启动仪式现场。（刘通摄）", "图为启动仪式现场。", "刘通"),
    ("市民在寒冷天气中出行。（新华社记者 张三 摄）", "市民在寒冷天气中出行。", "新华社记者 张三"),
    ("图片来源：视觉中国", "", "视觉中国"),
    ("（图片来源：东方IC）", "", "东方IC"),
    ("图片来源：每经记者 张蕊 摄", "", "每经记者 张蕊"),
    ("资料图", "资料图", None),
    ("▲气宇非凡的航站楼建筑。", "气宇非凡的航站楼建筑。", None),
    ("▲某某日报图片记者罗阳、孔悦摄", "", "某某日报图片记者罗阳、孔悦"),
    ("外国游客Tom在公园 （视频截图）", "外国游客Tom在公园 （视频截图）", None),
    ("教练在场边指导队员。视频截图", "教练在场边指导队员。视频截图", None),
    ("公园里晨练的市民。（视觉中国）", "公园里晨练的市民。", "视觉中国"),
    ("新建的老年人运动场。（BBC）", "新建的老年人运动场。", "BBC"),
    ("街头的自助售货机。视觉中国 资料", "街头的自助售货机。", "视觉中国"),
    ("孩子手中的奖状。 家长供图", "孩子手中的奖状。", "家长"),
    ("资料图：市民出行。中新社记者 韩光 摄", "资料图：市民出行。", "中新社记者 韩光"),
])
def test_captions(line, text, credit):
    doc = run(line)
    assert caption(doc) == (text, credit)
    assert [ln.text for ln in doc.body_text_lines()] == [TITLE, PARA, PARA]


@pytest.mark.parametrize("line", [
    "（完）",
    "新闻发布会在北京举行（图）",
    "他用手机拍摄了整个过程。",
    "这张照片由他所摄",
    "三、下一步工作安排",
    "据新华社报道，会议于昨天闭幕。（新华社）",
    "图片显示，今年以来该市房价持续下跌，成交量同比下降两成以上，市场观望情绪浓厚。",
    "他在现场拍摄（记者 张三）",
    "图片新闻",
    "摄影比赛",
])
def test_not_captions(line):
    assert caption(run(line)) is None


def test_marker_words_are_recorded_as_removed():
    doc = run("图为市民参加活动。李思银 摄")
    article = doc.build()
    assert [r.text.strip() for r in article.removed] == ["摄"]
    assert [r.reason for r in article.removed] == ["caption-marker"]
    doc = run("图片来源：视觉中国")
    assert [r.text.strip() for r in doc.build().removed] == ["图片来源："]


def test_first_line_is_never_a_caption():
    doc = Document("图为新建成的大桥\n" + PARA)
    ExtractCaptions().apply(doc)
    assert doc.lines[0].state == "body"


def test_extra_markers_and_agencies():
    assert caption(run("现场照片。（某某图库）")) is None
    assert caption(run("现场照片。（某某图库）", extra_agencies=["某某图库"])) == ("现场照片。", "某某图库")
    assert caption(run("◆现场照片", extra_markers={"◆": "symbol"})) == ("现场照片", None)
    with pytest.raises(ConfigError):
        ExtractCaptions(extra_markers={"◆": "bullet"})


@pytest.mark.parametrize("line, text, credit", [
    ("民警找到的求救纸条。某区公安分局供图 某某网发", "民警找到的求救纸条。", "某区公安分局"),
    ("现场。本文图片均为本报记者魏明 图", "现场。", "本文图片均为本报记者魏明"),
])
def test_credit_followed_by_an_outlet_or_a_lone_picture_mark(line, text, credit):
    assert caption(run(line)) == (text, credit)


@pytest.mark.parametrize("line", ["这是一张古代地图", "历代文人“兰花图”简评", "运行效果如下图所示："])
def test_words_ending_in_picture_are_not_captions(line):
    assert caption(run(line)) is None


def test_photographer_in_brackets_closes_a_caption():
    from newsclean.filters.metadata import ExtractMetadataLines

    doc = Document("\n".join([TITLE, PARA, "图为新建成的大桥。（摄影：张三）", PARA]))
    ExtractMetadataLines().apply(doc)
    ExtractCaptions().apply(doc)
    assert caption(doc) == ("图为新建成的大桥。", "张三")


@pytest.mark.parametrize("line, text, credit", [
    ("视觉中国供图", "", "视觉中国"),
    ("受访者供图", "", "受访者"),
    ("张三 摄", "", "张三"),
    ("图1：2019年以来的月度成交量", "图1：2019年以来的月度成交量", None),
    ("图片来源网络", "", "网络"),
    ("（图片由受访者提供）", "", "受访者提供"),
    ("游客在景区游览。（新华社发）", "游客在景区游览。", "新华社发"),
])
def test_more_caption_forms(line, text, credit):
    assert caption(run(line)) == (text, credit)


@pytest.mark.parametrize("line", [
    "图1显示，今年以来该市的月度成交量同比下降两成以上，市场观望情绪浓厚，价格持续走低。",
    "他用手机拍摄",
    "由此可见一斑 摄",
])
def test_more_non_captions(line):
    assert caption(run(line)) is None


def test_bullets_are_no_captions():
    items = ["▲加强市场监管，严厉打击违法行为。", "▲完善社会保障，兜牢民生底线。", "▲推进城乡融合发展。"]
    doc = Document("\n".join([TITLE, PARA, *items, PARA, "▲新建成的大桥。"]))
    ExtractCaptions().apply(doc)
    assert [line.state for line in doc.lines[2:5]] == ["body"] * 3
    assert doc.lines[6].state == "caption"


@pytest.mark.parametrize("line, text, credit", [
    ("（资料图）", "（资料图）", None),
    ("(视频截图)", "(视频截图)", None),
    ("（图/视觉中国）", "", "视觉中国"),
    ("图/东方IC", "", "东方IC"),
    ("市民在公园内散步。图/IC photo", "市民在公园内散步。", "IC photo"),
    ("市民在公园内散步。 摄影/王五", "市民在公园内散步。", "王五"),
    ("市民在公园内散步。本报记者 王五 摄影", "市民在公园内散步。", "本报记者 王五"),
    ("市民在公园内散步。 记者 王五/摄", "市民在公园内散步。", "记者 王五"),
    ("本文图片均由作者提供", "", "作者提供"),
])
def test_credits_with_a_slash_and_notes_alone(line, text, credit):
    doc = run(line)
    assert caption(doc) == (text, credit)
    assert [ln.text for ln in doc.body_text_lines()] == [TITLE, PARA, PARA]


@pytest.mark.parametrize("line", ["他从小就喜欢摄影", "这是一幅地图/示意图", "（详见附图）", "图书馆/档案馆"])
def test_slashes_and_photography_words_in_the_text(line):
    assert caption(run(line)) is None


def test_a_symbol_next_to_a_credited_caption_is_no_list_bullet():
    # the neighbour is a caption by its credit: once it has left the body, cleaning
    # again sees the line alone, so it must be a caption now already
    doc = Document("\n".join([TITLE, PARA, "▲市民在公园内散步。", "▲ 湖边的长椅 （图片来源：东方IC）", PARA]))
    ExtractCaptions().apply(doc)
    assert [ln.text for ln in doc.body_text_lines()] == [TITLE, PARA, PARA]
    doc = Document("\n".join([TITLE, PARA, "▲第一，完善配套设施。", "▲第二，增加绿地面积。", PARA]))
    ExtractCaptions().apply(doc)
    assert len(doc.body_text_lines()) == 5


@pytest.mark.parametrize("line", ["资料图显示，该公园始建于1958年，曾经多次改建。", "组图片段来自网友的投稿，经本报核实后刊发。"])
def test_a_sentence_starting_with_a_caption_word_stays(line):
    assert caption(run(line)) is None


@pytest.mark.parametrize("line", ["资料图：市民在公园里散步", "组图 公园新貌", "资料图片"])
def test_caption_words_followed_by_a_break(line):
    assert caption(run(line)) is not None


def test_a_repeated_triangle_line_is_no_list_but_a_caption_and_its_copy():
    # two equal ▲ lines are one caption printed twice, not a list of two items:
    # the structure filter drops the copy, and cleaning again must find the same caption
    from newsclean import clean
    first = clean("标题是这样的一行\n正文第一段。\n▲工人在现场作业。\n▲工人在现场作业。\n正文第二段。")
    assert [c.text for c in first.captions][:1] == ["工人在现场作业。"]
    again = clean(first.text)
    assert again.paragraphs == first.paragraphs


def test_a_triangle_line_beside_a_copy_of_the_title_is_a_caption():
    # ▲<title> is a sticky copy of the headline, which a later structure filter drops: beside
    # it a ▲ line is alone, a caption, as cleaning the text again finds it
    from newsclean.filters.structure import ExtractStructure
    from newsclean.later import Later

    for copy in ("▲经济上海发展今日建设百分之", "▲经济上海发展今日建设"):
        lines = ["经济上海发展今日建设百分之", copy, "▲会议现场群众发展", PARA]
        doc = Document("\n".join(lines))
        doc.later = Later([ExtractStructure()])
        ExtractCaptions().apply(doc)
        assert doc.lines[2].caption is not None and doc.lines[2].caption.text == "会议现场群众发展"
        # alone (no structure filter after it) the copy stays, and the two ▲ lines are a list
        alone = ExtractCaptions()(Document("\n".join(lines)))
        assert alone.lines[2].caption is None


def test_claims_are_the_lines_its_markers_take_with_its_options():
    # what the filters before this one ask (doc.later), from this filter's own options
    assert ExtractCaptions().claims("图为活动现场，市民们排起长队。 新华社记者 张三 摄") == "caption-marker"
    assert ExtractCaptions().claims(PARA) is None
    assert ExtractCaptions().claims("会场一角（某某图库）") is None
    assert ExtractCaptions(extra_agencies=["某某图库"]).claims("会场一角。（某某图库）") == "caption-marker"


def test_a_first_line_that_is_a_sentence_can_be_a_caption():
    # the first line is left alone as the title's place only when it can be a headline: a
    # caption there would be found once the cleaned text puts the real title above it
    doc = Document("\n".join(["干部群众指出发现改革。 新华社记者 欧阳娜娜 摄", PARA]))
    ExtractCaptions().apply(doc)
    assert doc.lines[0].caption is not None and doc.lines[0].caption.credit == "新华社记者 欧阳娜娜"
    doc = Document("\n".join(["某地召开会议 李思银 摄", PARA]))
    ExtractCaptions().apply(doc)
    assert doc.lines[0].caption is None


# ------------------------------------------------------------ captions by layout
IND = "\u3000\u3000"
PARAS = [IND + "这项活动已经连续举办了十年，吸引了大量市民参加，受到普遍欢迎。",
         IND + "今年的活动在新建的广场举行，主办方还增设了多个互动展台。",
         IND + "活动将持续到月底，市民可以在每个周末免费参加。"]


def body_and_captions(text):
    doc = Document(text)
    ExtractCaptions().apply(doc)
    return ([line.text.strip() for line in doc.body_text_lines()],
            [line.caption.text for line in doc.lines if line.state == "caption"])


def test_unindented_short_lines_between_indented_paragraphs_are_captions():
    text = "\n".join([TITLE, PARAS[0], "", "门口的对联。横批：欢迎光临", "", "广场上的展台，市民在参观", "",
                      PARAS[1], PARAS[2]])
    body, caps = body_and_captions(text)
    assert caps == ["门口的对联。横批：欢迎光临", "广场上的展台，市民在参观"]
    assert body == [TITLE] + [p.strip() for p in PARAS]


def test_unindented_headings_with_no_sentence_mark_stay():
    # control: centred headings without the indent, in a text of indented paragraphs
    text = "\n".join([TITLE, PARAS[0], "坚持以人民为中心", PARAS[1], "推动活动高质量发展", PARAS[2]])
    assert body_and_captions(text)[1] == []


def test_one_unindented_line_alone_stays_a_heading():
    # control: a single line without the indent may be a subhead the page forgot to indent
    text = "\n".join([TITLE, PARAS[0], "广场上的展台，市民在参观", PARAS[1], PARAS[2]])
    assert body_and_captions(text)[1] == []


def test_no_caption_by_layout_where_the_paragraphs_have_no_indent():
    # control: the same short lines in a text whose paragraphs open without the indent
    text = "\n".join([TITLE] + [p.strip() for p in PARAS[:1]] + ["门口的对联。横批：欢迎光临", "广场上的展台，市民在参观"]
                     + [p.strip() for p in PARAS[1:]])
    assert body_and_captions(text)[1] == []


def test_unindented_list_items_and_lead_ins_stay():
    # control: list items and a lead-in 如下： may come without the indent
    text = "\n".join([TITLE, PARAS[0], "1、周六上午开幕，周日闭幕", "2、周日下午闭幕，颁奖", PARAS[1], PARAS[2]])
    assert body_and_captions(text)[1] == []
    text = "\n".join([TITLE, PARAS[0], "活动期间，安排有这些：", PARAS[1], "此外，日程如下：", PARAS[2]])
    assert body_and_captions(text)[1] == []


def test_a_short_line_printed_twice_between_paragraphs_is_a_caption():
    p = [p.strip() for p in PARAS]
    text = "\n".join([TITLE, p[0], "活动现场展示的新型设备", p[1], "设备介绍", "活动现场展示的新型设备", p[2]])
    body, caps = body_and_captions(text)
    assert caps == ["活动现场展示的新型设备", "活动现场展示的新型设备"]
    assert "设备介绍" in body


def test_a_list_of_points_that_come_back_as_headings_stays_text_and_cleans_the_same_again():
    # the points listed first, then each as a section heading over its paragraph: no caption,
    # and cleaning the text again changes nothing (one taken as a caption would leave the
    # point before it beside a paragraph, a caption the second time)
    from newsclean import clean

    p = [p.strip() for p in PARAS]
    points = ["毕业前学会写作这门课", "不要担心工作都跑到印度", "好好做夏季毕业实习"]
    text = "\n".join([TITLE, p[0], *points, p[1], points[0], p[2], points[1], p[0], points[2], p[1]])
    assert body_and_captions(text)[1] == []
    first = clean(text)
    again = clean(first.text)
    assert (again.title, again.paragraphs, again.captions) == (first.title, first.paragraphs, first.captions)


def test_repeated_questions_and_single_short_lines_stay():
    # controls: an interview repeats its question (punctuation), a heading comes once,
    # and a copy of the title is the structure filter's to drop
    p = [p.strip() for p in PARAS]
    text = "\n".join([TITLE, p[0], "你对明年有什么预测？", p[1], "活动现场展示的新型设备", p[2],
                      "你对明年有什么预测？", p[0], TITLE, p[1], TITLE, p[2]])
    assert body_and_captions(text)[1] == []


PLAIN = [p.strip() for p in PARAS]


def test_short_noun_phrases_closed_by_a_full_stop_between_paragraphs_are_captions():
    text = "\n".join([TITLE, PLAIN[0], "新建的广场。", PLAIN[1], "市民在展台前的身影。", PLAIN[2]])
    body, caps = body_and_captions(text)
    assert caps == ["新建的广场。", "市民在展台前的身影。"]
    assert body == [TITLE] + PLAIN


def test_short_sentences_closed_by_a_full_stop_stay():
    # controls: a particle or a function word makes a sentence of it; one phrase alone may be
    # the text's own; a phrase beside a heading (no finished paragraph) stays
    for lines in (["主办方迟疑了。", "这也能看出活动的热度。"],
                  ["新建的广场。", "观众没有座位。"]):
        text = "\n".join([TITLE, PLAIN[0], lines[0], PLAIN[1], lines[1], PLAIN[2]])
        assert body_and_captions(text)[1] == []
    text = "\n".join([TITLE, PLAIN[0], "新建的广场。", PLAIN[1], "活动安排", "新建的展台。", PLAIN[2]])
    assert body_and_captions(text)[1] == []


def test_captions_without_a_marker_are_found_again_in_the_cleaned_text():
    # the rules read the lines the marker captions left: cleaning the output again, where
    # the ▲ caption is gone and the phrase stands between two paragraphs, finds the same
    import newsclean

    text = "\n".join([TITLE, PLAIN[0], "▲图为活动现场。", "新建的广场。", PLAIN[1], "市民在展台前的身影。", PLAIN[2]])
    first = newsclean.clean(text)
    again = newsclean.clean(first.text)
    assert first.paragraphs == again.paragraphs
    assert [c.text for c in first.captions] == ["图为活动现场。", "新建的广场。", "市民在展台前的身影。"]


def test_short_answers_under_a_question_stay():
    # control: an interview's answers are noun phrases closed by 。 too, under a question
    q1 = "记者问：活动已经连续办了十年。今年哪些领域变化最大？"
    q2 = "记者又问：今年的活动已经结束。明年在什么地方举办？"
    text = "\n".join([TITLE, PLAIN[0], q1, "新建的广场。", PLAIN[1], q2, "市民中心。", PLAIN[2]])
    assert body_and_captions(text)[1] == []


def test_matching_only_the_candidate_lines_changes_nothing(corpus_texts, monkeypatch):
    """Long pages match only the lines the joined-text searches find; every page gives the same."""
    import newsclean.filters.captions as captions
    from newsclean import default_pipeline

    m = captions._markers((), ())
    texts = [text for _, text in corpus_texts[:150]]
    for text in texts:
        lines = Document(text).body_text_lines()
        found = {k for k, line in enumerate(lines) if m.match(line.text, 200, captions.is_person_name)}
        assert found <= set(captions._candidates(m, JoinedLines([line.text for line in lines])))
    before = [default_pipeline().run(t).model_dump() for t in texts]
    monkeypatch.setattr(captions, "_MANY_LINES", 0)
    assert [default_pipeline().run(t).model_dump() for t in texts] == before
