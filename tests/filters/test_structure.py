from newsclean.document import META, Document
from newsclean.filters.structure import ExtractStructure
from newsclean.shapes import is_headline


def run(text, meta_lines=(), original_title=None, **options):
    doc = Document(text)
    for i in meta_lines:
        doc.lines[i].state = META
    doc.meta.original_title = original_title
    ExtractStructure(**options).apply(doc)
    return doc


def body(doc):
    return [line.text for line in doc.body_text_lines()]


def test_title_on_the_first_line():
    doc = run("多地项目连环爆雷 狂奔的龙湖集团暗伤曝露？\n2019-09-09 来源：新华网\n正文第一段，讲了事情。", meta_lines=[1])
    assert doc.line_of("title").text.startswith("多地项目")
    assert doc.line_of("subtitle") is None
    assert body(doc) == ["正文第一段，讲了事情。"]


def test_title_after_dropped_breadcrumb():
    doc = Document("首页 > 财经\n\n法国全国大罢工再次严重影响交通\n正文，讲了事情。")
    doc.lines[0].state = "dropped"
    ExtractStructure().apply(doc)
    assert doc.line_of("title").text == "法国全国大罢工再次严重影响交通"


def test_title_and_subtitle_after_a_lead_above_metadata():
    text = "\n".join([
        "某报讯 11月25日，某报发布稿件，聚焦某地为基层减负，考核少看台账材料。",
        "具体报道如下:",
        "各地优化考核体系、指标和方式,为基层减负",
        "三名基层干部眼中的考核之变(干部状态新观察)",
        "《人民日报》（2024年11月25日 第11版）",
        "少看材料、更重实绩",
        "正文第一段，讲了事情。",
    ])
    doc = run(text, meta_lines=[4])
    assert doc.line_of("title").text == "各地优化考核体系、指标和方式,为基层减负"
    assert doc.line_of("subtitle").text == "三名基层干部眼中的考核之变(干部状态新观察)"
    assert body(doc)[:2] == ["某报讯 11月25日，某报发布稿件，聚焦某地为基层减负，考核少看台账材料。", "具体报道如下:"]
    assert "少看材料、更重实绩" in body(doc)


def test_no_title_when_nothing_reads_as_a_headline():
    doc = run("第一段是一句完整的话。\n第二段也是一句完整的话。")
    assert doc.line_of("title") is None
    assert len(body(doc)) == 2


def test_title_from_original_title():
    doc = run("正文开头一句。\n长江大桥今日通车\n正文第二句。", original_title="长江大桥今日通车")
    assert doc.line_of("title").index == 1


def test_repeated_title_and_repeated_lines_are_dropped():
    text = "\n".join([
        "最强中国芯本月商用 华为抢跑5G芯片大战",
        "最强中国芯本月商用 华为抢跑5G芯片大战",
        "正文第一段，讲了事情的经过，又讲了事情的结果和它带来的长远影响。",
        "视频-最强中国芯本月商用 华为抢跑5G芯片大战",
        "正文第一段，讲了事情的经过，又讲了事情的结果和它带来的长远影响。",
        "债券市场存在泡沫吗？",
        "专家甲：不存在。",
        "债券市场存在泡沫吗？",
        "专家乙：存在。",
        "专家乙：存在。",
    ])
    doc = run(text)
    reasons = [line.reason for line in doc.lines]
    assert reasons == ["title", "duplicate-title", None, "duplicate-title", "duplicate-line",
                       None, None, None, None, "duplicate-line"]
    assert body(doc) == ["正文第一段，讲了事情的经过，又讲了事情的结果和它带来的长远影响。",
                         "债券市场存在泡沫吗？", "专家甲：不存在。", "债券市场存在泡沫吗？", "专家乙：存在。"]


def test_repeated_code_lines_stay():
    code = "handler.insert_one(json.loads(data))  # store the parsed record"
    doc = run(f"一日一技：延迟调用\n第一版代码如下。\n{code}\n第二版代码如下。\n{code}")
    assert body(doc).count(code) == 2


def test_section_label_above_the_headline():
    doc = run("■ 纪检监察\n中华人民共和国监察法\n来源：本站\n正文第一段。", meta_lines=[2])
    assert doc.line_of("title").text == "中华人民共和国监察法"
    assert doc.lines[0].reason == "section-label"


def test_title_inside_a_long_line_is_not_a_repeat():
    title = "各地优化考核体系为基层减负"
    doc = run(f"{title}\n正文说，某报发布稿件《{title}》，聚焦基层减负，很多人关注，反响热烈。")
    assert len(body(doc)) == 1


def test_short_section_headings_stay():
    doc = run("标题在这里\n正文第一段，讲了事情。\n少看材料、更重实绩\n正文第二段，又讲了事情。")
    assert "少看材料、更重实绩" in body(doc)


def test_is_headline():
    assert is_headline("奖金711万元！首位获奖女性啥来头?")
    assert not is_headline("他说，这是真的。")
    assert not is_headline("具体报道如下:")
    assert not is_headline("（完）")
    assert not is_headline("12")


def test_near_copy_of_the_title_is_dropped():
    doc = run("姚明对周琦说了啥？周琦上下半场判若两人\n正文第一段，讲了事情。\n姚明对周琦说了啥？大魔王上下半场判若两人")
    assert doc.lines[2].reason == "duplicate-title"


def test_short_leftovers_after_the_closing_metadata_go():
    text = "\n".join([
        "标题在这里",
        "正文第一段，讲了事情的经过和原因。" * 3,
        "正文第二段，又讲了事情的后续发展。" * 3,
        "责任编辑：张三",
        "大公司",
        "伊利设硬核股权激励考核指标",
    ])
    doc = run(text, meta_lines=[3])
    assert [line.reason for line in doc.lines[4:]] == ["after-article", "after-article"]


def test_a_related_article_after_an_empty_editor_label_goes():
    # 责任编辑： with no name closes the page's template: the next item of the page follows
    text = "\n".join([
        "标题在这里",
        "正文第一段，讲了事情的经过和原因。" * 3,
        "正文第二段，又讲了事情的后续发展。" * 3,
        "责任编辑：",
        "另一篇文章的标题",
        "另一篇文章的摘要，讲了别的事情。",
    ])
    doc = run(text, meta_lines=[3])
    assert [line.reason for line in doc.lines[4:]] == ["after-article", "after-article"]
    # with a name, a paragraph after the block is still the article's
    doc = run(text.replace("责任编辑：", "责任编辑：张三"), meta_lines=[3])
    assert body(doc)[-2:] == ["另一篇文章的标题", "另一篇文章的摘要，讲了别的事情。"]


def test_paragraphs_after_metadata_stay():
    text = "标题在这里\n正文第一段，讲了事情。\n正文第二段，又讲了事情。\n责任编辑：张三\n附言：本文写于三年前。\n短句"
    doc = run(text, meta_lines=[3])
    assert body(doc)[-2:] == ["附言：本文写于三年前。", "短句"]


def test_no_subtitle_under_a_top_headline_without_running_text_after_it():
    # the line after the deck is no finished paragraph (a short heading), so the deck is body text
    doc = run("山西品牌丝路行（南美站）正式启动\n\n成功举办中国－巴西双向经贸投资推介会\n时间：2019-09-18\n正文一段。",
              meta_lines=[3])
    assert doc.line_of("subtitle") is None


def test_a_deck_under_a_top_headline_is_the_subtitle_whatever_lies_between():
    # the cleaned text of a page whose subtitle was found above its metadata block is
    # title, subtitle, paragraph: cleaning it again must find the same subtitle, so the
    # rule reads only those lines (the metadata line between them here does not count)
    for text, meta in (("山西品牌丝路行（南美站）正式启动\n成功举办中国－巴西双向经贸投资推介会\n"
                        "跨越千山万水，行程近两万公里，山西品牌丝路行首次登陆巴西。", ()),
                       ("山西品牌丝路行（南美站）正式启动\n时间：2019-09-18\n成功举办中国－巴西双向经贸投资推介会\n"
                        "跨越千山万水，行程近两万公里，山西品牌丝路行首次登陆巴西。", (1,))):
        doc = run(text, meta_lines=meta)
        assert doc.line_of("title").text == "山西品牌丝路行（南美站）正式启动"
        assert doc.line_of("subtitle").text == "成功举办中国－巴西双向经贸投资推介会"


def test_no_subtitle_before_a_wrapped_line():
    # 根据……关于 5G / 手机的……。但: a paragraph the page broke into lines, not a deck
    doc = run("运营商5G手机促销方式曝光\n根据运营商内部人士透露，三大运营商关于 5G\n"
              "手机的促销手段原本有三大类：金融分期购买、预存话费购机直降以及购机赠礼品为主。但\n后文。")
    assert doc.line_of("subtitle") is None


def test_no_subtitle_above_the_metadata_when_the_lead_is_no_paragraph():
    # the cleaned text puts title and deck above the page's first line: that line decides
    text = "具体报道如下:\n各地优化考核体系、指标和方式,为基层减负\n三名基层干部眼中的考核之变\n来源：人民日报\n正文第一段，讲了事情。"
    doc = run(text, meta_lines=[3])
    assert doc.line_of("title").text == "各地优化考核体系、指标和方式,为基层减负"
    assert doc.line_of("subtitle") is None
    assert body(doc)[:2] == ["具体报道如下:", "三名基层干部眼中的考核之变"]


def test_the_subtitle_is_read_once_the_repeats_are_gone():
    # a title copy between title and deck goes; the deck then stands under the title, as in the cleaned text
    doc = run("今日调查显示群众满意\n今日调查显示群众满意\n项目农村显示考核\n政府考核下降，数据显示政府加强落实。")
    assert doc.lines[1].reason == "duplicate-title"
    assert doc.line_of("subtitle").text == "项目农村显示考核"


def test_a_copy_of_the_title_is_never_the_subtitle():
    doc = run("陈同佳刑满出狱 向潘晓颖家人鞠躬致歉\n陈同佳刑满出狱 向潘晓颖家人鞠躬致歉\n2019年10月23日\n正文一段。",
              meta_lines=[2])
    assert doc.line_of("subtitle") is None
    assert doc.lines[1].reason == "duplicate-title"


def test_no_subtitle_when_junk_stands_between_it_and_the_metadata():
    doc = Document("王文：中美贸易持久战\n王文某研究院执行院长兼研究员\n分享到：\n来源：观察者网\n正文一段。")
    doc.lines[2].state = "dropped"
    doc.lines[3].state = META
    ExtractStructure().apply(doc)
    assert doc.line_of("subtitle") is None


def test_an_abstract_repeated_as_the_lead_is_dropped_once():
    lead = "新华社北京11月25日电 国务院日前印发通知，要求各地进一步优化考核方式，为基层减负。"
    doc = run(f"标题在这里\n【摘要】{lead}\n{lead}\n正文第二段。")
    assert doc.lines[1].state == "body" and doc.lines[2].reason == "duplicate-line"


def test_a_dropped_title_copy_does_not_part_two_equal_lines():
    # cleaning the output again sees the two lines side by side: drop the second now
    doc = Document("会议在某地举行\n▲会场一角。\n▲会场一角。\n会议在某地举行\n▲会场一角。\n正文一段，讲完了。")
    ExtractStructure().apply(doc)
    assert [line.text for line in doc.body_text_lines()] == ["▲会场一角。", "正文一段，讲完了。"]


def test_punctuation_left_by_later_cuts_is_dropped():
    doc = Document("标题在这里\n正文一段，讲完了。\n?  ?  ?  ?\n——\n正文又一段，接着讲。")
    ExtractStructure().apply(doc)
    assert [line.text for line in doc.body_text_lines()] == ["正文一段，讲完了。", "正文又一段，接着讲。"]
    assert {line.reason for line in doc.lines[2:4]} == {"scraper-artefact"}


def test_a_breadcrumb_at_the_top_of_what_is_left_goes():
    # the lines above it (metadata, captions) are removed: the cleaned text would have it on top
    doc = run("经济上海发展今日建设百分之\n来源：新华网\n首页 > 财经\n正文第一段，讲了事情。\n后文 > 不是面包屑，是一句话。",
              meta_lines=[1])
    assert doc.lines[2].reason == "breadcrumb"
    assert body(doc) == ["正文第一段，讲了事情。", "后文 > 不是面包屑，是一句话。"]


def test_a_breadcrumb_is_neither_title_nor_subtitle():
    doc = run("记者上午在现场看到，人们排起了长队。\n首页 > 财经 > 正文\n来源：人民日报\n正文。", meta_lines=[2])
    assert doc.line_of("title") is None or doc.line_of("title").index != 1


def test_a_field_line_is_no_subtitle():
    # 来源：新华网 under the headline, when no metadata filter took it, stays body text
    doc = run("市民夜游热度攀升 文旅消费持续升温\n来源：新华网\n国庆假期，各地夜间文旅消费持续升温，多个景区延长开放时间。")
    assert doc.line_of("subtitle") is None


# ------------------------------------------------------------ title badges
def test_a_badge_glued_before_the_title_is_cut():
    doc = run("原创最不愁吃肉的国家：顿顿有肉吃，却要靠邻国运输蔬菜\n某某号\n正文第一段，讲了事情。", meta_lines=[1])
    assert doc.line_of("title").text == "最不愁吃肉的国家：顿顿有肉吃，却要靠邻国运输蔬菜"
    assert [r[3] for r in doc._records] == ["title-badge"]


def test_a_badge_in_brackets_is_cut_before_any_word():
    doc = run("【原创】音乐剧《江姐》今晚在京首演\n正文第一段，讲了事情。")
    assert doc.line_of("title").text == "音乐剧《江姐》今晚在京首演"


def test_a_badge_word_that_starts_a_phrase_of_the_headline_stays():
    # control: 原创音乐剧 is what the headline is about, not a badge
    doc = run("原创音乐剧《江姐》今晚在京首演\n正文第一段，讲了事情。")
    assert doc.line_of("title").text == "原创音乐剧《江姐》今晚在京首演"


def test_a_bracketed_tag_before_the_original_title_is_cut():
    text = "[某某化妆品]七旬阿婆接来电称其涉黑被骗百万\n2019年09月11日\n正文第一段，讲了事情。"
    doc = run(text, meta_lines=[1], original_title="七旬阿婆接来电称其涉黑被骗百万")
    assert doc.line_of("title").text == "七旬阿婆接来电称其涉黑被骗百万"


def test_a_bracketed_tag_stays_without_the_original_title():
    # control: with no 原标题 to show where the headline starts, 【独家】 may be the page's own
    doc = run("【独家】七旬阿婆接来电称其涉黑被骗百万\n正文第一段，讲了事情。")
    assert doc.line_of("title").text == "【独家】七旬阿婆接来电称其涉黑被骗百万"
    doc = run("[某某化妆品]七旬阿婆接来电称其涉黑被骗百万\n正文第一段，讲了事情。", original_title="另一个标题")
    assert doc.line_of("title").text.startswith("[某某化妆品]")


def test_no_section_label_over_a_line_the_title_choice_refuses():
    # a counter-like line (&基层，100！) under a short first line is no headline the choice would
    # take: alone on top of the cleaned text it would be kept as a paragraph, so it is not made
    # the title here either (a fuzz example of issue 6's idempotence property)
    from newsclean import clean

    first = clean("基层基层\n&amp;基层，100！\n1990年1月1日\u3000来源：新华网\n")
    again = clean(first.text)
    assert (first.title, first.paragraphs) == (again.title, again.paragraphs)
    assert first.title != "&基层，100！"
