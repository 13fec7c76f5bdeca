"""The metadata filter on field shapes of pages never seen: post headers, account lines, old portal
bylines, compiled sources, sign-offs in brackets, government catalogue tables."""
import datetime as dt

import pytest

from newsclean.document import Document
from newsclean.filters.metadata import ExtractMetadataLines

TITLE = "某地举行活动"
PARA = "记者从有关部门获悉，这项活动已经连续举办了十年，吸引了大量市民参加，受到普遍欢迎。"
PARA2 = "活动期间，主办方还安排了多场讲座和展览，参观人数比去年同期增长了三成左右。"


def run(*lines, **options):
    doc = Document("\n".join(lines))
    ExtractMetadataLines(**options).apply(doc)
    return doc


def body(doc):
    return [line.text.strip() for line in doc.body_text_lines()]


def credits(doc):
    return [(c.role, c.name) for c in doc.meta.credits]


# ------------------------------------------------------------ post headers and account lines
@pytest.mark.parametrize("header, poster, when", [
    ("ggjjzhzz 发表于 2005-9-15 11:46:00", "ggjjzhzz", dt.datetime(2005, 9, 15, 11, 46)),
    ("由海姑娘张贴 @ 2005-06-14 03:25:55 (370)", "海姑娘", dt.datetime(2005, 6, 14, 3, 25, 55)),
    ("由 ddos8919发布于 2024-02-24 14:02:08", "ddos8919", dt.datetime(2024, 2, 24, 14, 2, 8)),
])
def test_a_post_header_gives_the_poster_as_author_and_the_date(header, poster, when):
    doc = run(TITLE, header, PARA, PARA2)
    assert body(doc) == [TITLE, PARA, PARA2]
    assert credits(doc) == [("author", poster)]
    assert doc.meta.published == when


@pytest.mark.parametrize("line", [
    "2020.03.11 10:51发布于知产资料", "发布于 2024-04-03 09:55・IP 属地重庆", "新华网客户端 2024-01-05 10:00 发布于北京"])
def test_an_account_line_gives_the_date_and_stores_no_name(line):
    doc = run(TITLE, line, PARA)
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.published.date() in (dt.date(2020, 3, 11), dt.date(2024, 4, 3), dt.date(2024, 1, 5))
    assert credits(doc) == [] and doc.meta.sources == []


def test_the_account_above_a_posted_from_line_is_the_byline_name():
    doc = run(TITLE, "软唐知产小傅", "2020.03.11 10:51发布于知产资料", "商标的资料", PARA)
    assert body(doc) == [TITLE, "商标的资料", PARA]
    assert doc.lines[1].reason == "metadata:byline"


def test_a_writer_already_credited_is_not_replaced_by_the_poster():
    doc = run(TITLE, "作者：张三", "ggjjzhzz 发表于 2005-9-15 11:46:00", PARA)
    assert credits(doc) == [("author", "张三")]


def test_a_blog_footer_after_the_post_gives_poster_and_date():
    doc = run(TITLE, PARA, PARA2, "由海姑娘张贴 @ 2005-06-14 03:25:55 (370)", "共 11 篇评论")
    assert body(doc) == [TITLE, PARA, PARA2, "共 11 篇评论"]
    assert credits(doc) == [("author", "海姑娘")]
    assert doc.meta.published == dt.datetime(2005, 6, 14, 3, 25, 55)


def test_the_byline_date_wins_over_a_footer_date():
    doc = run(TITLE, "2005-06-10", PARA, PARA2, "发表于 2005-06-14 03:25:55")
    assert doc.meta.published == dt.date(2005, 6, 10)


@pytest.mark.parametrize("line", [
    "会议于2024年1月5日在北京召开，各方代表出席。",  # a sentence
    "截至2019年9月7日 累计确诊100例",  # a heading that holds a date
    "张三发表于2019年的论文引起了广泛关注，他说",
])
def test_sentences_with_dates_are_no_post_headers(line):
    doc = run(TITLE, PARA, line, PARA2)
    assert line in body(doc) and credits(doc) == []


def test_post_byline_can_be_turned_off():
    doc = run(TITLE, PARA, PARA2, "由海姑娘张贴 @ 2005-06-14 03:25:55 (370)", disabled_rules=["post-byline"])
    assert credits(doc) == []


# ------------------------------------------------------------ old portal bylines
@pytest.mark.parametrize("line, when, sources", [
    ("http://biz.163.com\u30002005-04-25 08:24:06\u3000来源: 第一财经日报\u3000\u3000\u3000网友评论 0 条",
     dt.datetime(2005, 4, 25, 8, 24, 6), ["第一财经日报"]),
    ("AUTO.SOHU.COM  2003年11月12日16:36\u3000  金羊网—新快报", dt.datetime(2003, 11, 12, 16, 36), []),
])
def test_a_channel_address_before_the_byline_date(line, when, sources):
    doc = run(TITLE, line, PARA)
    assert body(doc) == [TITLE, PARA]
    assert doc.meta.published == when and doc.meta.sources == sources


def test_an_address_in_a_sentence_is_no_byline():
    line = "详情请见 www.example.com 2024年1月5日起开放报名，名额有限。"
    doc = run(TITLE, line, PARA)
    assert line in body(doc) and doc.meta.published is None


# ------------------------------------------------------------ sources, sign-offs, labels
def test_compiled_sources_are_each_a_source():
    doc = run(TITLE, "来源：综合新华社、央视新闻", PARA)
    assert doc.meta.sources == ["新华社", "央视新闻"]


def test_a_list_without_compiled_stays_as_written():
    doc = run(TITLE, "来源：参考消息、海外网等", PARA)
    assert doc.meta.sources == ["参考消息、海外网等"]


def test_compiled_sources_on_the_next_line():
    doc = run(TITLE, "来源：", "综合 新华社、中新网", PARA)
    assert body(doc) == [TITLE, PARA] and doc.meta.sources == ["新华社", "中新网"]


@pytest.mark.parametrize("lines", [("来源：", 'size="20"'), ('来源：class="src"',)])
def test_a_markup_attribute_is_no_source(lines):
    doc = run(TITLE, *lines, PARA)
    assert doc.meta.sources == []
    assert body(doc) == [TITLE, PARA] if lines[0] == "来源：" else body(doc) == [TITLE, *lines, PARA]


@pytest.mark.parametrize("sign_off, names", [
    ("（姚峰 上海报道）", ["姚峰"]), ("（张三 李四 发自北京）", ["张三", "李四"])])
def test_a_reporters_sign_off_in_brackets_is_cut(sign_off, names):
    doc = run(TITLE, PARA, PARA2 + sign_off)
    assert body(doc) == [TITLE, PARA, PARA2]
    assert credits(doc) == [("reporter", n) for n in names]


@pytest.mark.parametrize("bracket", ["（本报综合报道）", "（新华社 北京报道）", "（姚峰上海报道）"])
def test_brackets_that_name_no_reporter_stay(bracket):
    doc = run(TITLE, PARA, PARA2 + bracket)
    assert body(doc) == [TITLE, PARA, PARA2 + bracket] and credits(doc) == []


def test_reported_by_can_be_turned_off():
    doc = run(TITLE, PARA, PARA2 + "（姚峰 上海报道）", disabled_rules=["reported-by"])
    assert body(doc)[-1].endswith("（姚峰 上海报道）")


def test_writers_of_a_report():
    doc = run(TITLE, PARA, "执笔人：闵乐夫 赵兰波 刘韬")
    assert credits(doc) == [("author", "闵乐夫"), ("author", "赵兰波"), ("author", "刘韬")]


# ------------------------------------------------------------ government catalogue tables
GOV_TITLE = "国务院办公厅关于进一步优化营商环境的通知"
GOV_PARA = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：经国务院同意，现将有关事项通知如下。"


def test_catalogue_rows_are_metadata():
    doc = run(GOV_TITLE, "索引号：000014349/2024-00001\t主题分类：综合政务\\其他", "发文机关：", "国务院办公厅",
              "成文日期：2024年01月03日", "发文字号：国办发〔2024〕1号", "发布日期：2024年01月05日", GOV_PARA)
    assert body(doc) == [GOV_TITLE, GOV_PARA]
    assert doc.meta.sources == ["国务院办公厅"]
    assert doc.meta.published == dt.date(2024, 1, 5)  # the day it was published, not signed


def test_catalogue_values_on_their_own_lines():
    doc = run(GOV_TITLE, "索引号：", "000014349/2024-00001", "成文日期：", "2024-01-03", GOV_PARA)
    assert body(doc) == [GOV_TITLE, GOV_PARA]
    assert doc.meta.published == dt.date(2024, 1, 3)  # signed is all the page says


def test_a_catalogue_label_before_a_sentence_is_no_field():
    line = "主题词：本文讨论了营商环境，各方面都有很大的改善。"
    doc = run(GOV_TITLE, GOV_PARA, line)
    assert line in body(doc)


def test_the_title_row_names_the_heading_below_the_table():
    doc = run("首页 > 政务公开", "索引号：000014349/2024-00001", "标题：" + GOV_TITLE, "发布日期：2024年01月05日",
              GOV_TITLE, GOV_PARA)
    assert doc.line_of("title").text == GOV_TITLE and doc.line_of("title").index == 4
    assert doc.lines[2].reason == "metadata:title"


def test_the_title_row_is_the_title_when_no_heading_repeats_it():
    doc = run("网站首页", "索引号：000014349/2024-00001", "标题：" + GOV_TITLE, GOV_PARA)
    assert doc.line_of("title").text == GOV_TITLE
    cuts = [doc.source[r.start:r.end] for r in doc.records if r.reason == "metadata:title"]
    assert cuts == ["标题："]


def test_the_title_value_on_its_own_line():
    doc = run("索引号：", "000014349/2024-00001", "标题：", GOV_TITLE, GOV_PARA)
    assert doc.line_of("title").text == GOV_TITLE and body(doc) == [GOV_PARA]  # (the title is no body line)


def test_a_title_label_outside_a_catalogue_table_is_text():
    doc = run("如何写好作文", "标题：我的妈妈", PARA)
    assert doc.line_of("title") is None and "标题：我的妈妈" in body(doc)


def test_the_callers_title_decides_over_the_title_row():
    from newsclean import clean
    page = "\n".join(["网站首页", "索引号：000014349/2024-00001", "标题：" + GOV_TITLE, "关于营商环境的说明", GOV_PARA])
    assert clean(page).title == GOV_TITLE
    assert clean(page, title="关于营商环境的说明").title == "关于营商环境的说明"


# ------------------------------------------------------------ Traditional pages
def test_a_taiwan_byline_with_the_place_after_a_slash():
    doc = run("台灣舉辦大型活動", "記者王小明／台北報導", PARA)
    assert credits(doc) == [("reporter", "王小明")] and body(doc) == ["台灣舉辦大型活動", PARA]


def test_a_republic_year_in_a_labelled_field():
    doc = run("台灣舉辦大型活動", "發布時間：民國113年1月5日 星期五", PARA)
    assert doc.meta.published == dt.date(2024, 1, 5) and body(doc) == ["台灣舉辦大型活動", PARA]


# ------------------------------------------------------------ a writer's name under the headline
def test_a_personal_name_under_the_headline_is_the_author():
    doc = run("投身外交(3)", "罗银胜", PARA)
    assert credits(doc) == [("author", "罗银胜")] and body(doc) == ["投身外交(3)", PARA]


def test_a_name_under_a_heading_that_repeats_the_headline():
    doc = run("茉莉：我是怎样卷入八九民运的", "来源：看中国", "我是怎样卷入八九民运的", "欧阳修", PARA)
    assert credits(doc) == [("author", "欧阳修")]


@pytest.mark.parametrize("lines", [
    ("投身外交(3)", "新京报", PARA),  # an outlet: no personal name
    ("投身外交(3)", "友情链接", "关于", PARA),  # under a section word, not the headline
    ("投身外交(3)", "张三", "李四", PARA),  # a list of names
    ("投身外交(3)", "作者：王五", "张三", PARA),  # a writer is credited already
])
def test_other_short_lines_under_the_headline_name_no_writer(lines):
    doc = run(*lines)
    assert [n for r, n in credits(doc) if r == "author"] in ([], ["王五"])
    assert "张三" not in [n for _, n in credits(doc)]


def test_name_under_title_can_be_turned_off():
    doc = run("投身外交(3)", "罗银胜", PARA, disabled_rules=["name-under-title"])
    assert credits(doc) == [] and "罗银胜" in body(doc)


@pytest.mark.parametrize("word", ["商城", "原创"])
def test_two_characters_that_are_words_or_labels_name_no_writer(word):
    doc = run("投身外交(3)", word, "注册", PARA)
    assert credits(doc) == []


def test_a_two_character_name_right_above_the_text():
    doc = run("人心不会熄灭", "胡平", PARA)
    assert credits(doc) == [("author", "胡平")]


def test_a_second_title_row_is_metadata_too():
    doc = run("索引号：000014349/2024-00001", "标题：" + GOV_TITLE, "发文字号：国办发〔2024〕1号",
              "标题：" + GOV_TITLE, GOV_PARA)
    assert doc.line_of("title").index == 1 and body(doc) == [GOV_PARA]


# ------------------------------------------------------------ labels spaced out to align a table
@pytest.mark.parametrize("row, kind", [
    ("作　者：张三", "credit"), ("来　源：新华网", "source"), ("索 引 号：000014349/2024-00001", "other")])
def test_a_label_spaced_out_is_read(row, kind):
    doc = run(TITLE, row, PARA)
    assert body(doc) == [TITLE, PARA] and doc.lines[1].reason == "metadata:" + kind


def test_the_spaced_title_row_of_a_catalogue_table():
    doc = run("网站首页", "索 引 号：000014349/2024-00001", "标　　题：" + GOV_TITLE, GOV_PARA)
    assert doc.line_of("title").text == GOV_TITLE


@pytest.mark.parametrize("line", ["问 答：这是一个问题", "我 说：今天天气很好，我们出去走走吧。"])
def test_spaced_words_that_make_no_label_stay(line):
    doc = run(TITLE, line, PARA)
    assert line in body(doc)


def test_a_spaced_event_field_keeps_the_time_next_to_it_in_the_text():
    doc = run(TITLE, PARA, "时\xa0 间：7:00－9:30", "地\xa0 点：北京大学", PARA2)
    assert "时\xa0 间：7:00－9:30" in body(doc)


# ------------------------------------------------------------ where a platform post was sent from
def test_a_location_line_is_metadata_and_stores_nothing():
    doc = run(TITLE, "新京报", "2024-01-05 10:00", "IP属地：广东", PARA)
    assert body(doc) == [TITLE, PARA] and doc.meta.sources == [] and credits(doc) == []


def test_a_reply_header_with_a_location_is_no_location_line():
    line = "IP属地:内蒙古来自Android客户端6楼2022-11-27 21:26"
    doc = run(TITLE, PARA, PARA2, line)
    assert line in body(doc) and doc.meta.published is None


def test_an_account_a_dot_and_the_post_time():
    doc = run(TITLE, "张三 · 2024-01-05 10:00 · 发布于上海", PARA)
    assert body(doc) == [TITLE, PARA] and doc.meta.published == dt.datetime(2024, 1, 5, 10, 0)


def test_a_catalogue_table_of_cells_labels_without_colons():
    doc = run("网站首页", "索引号", "000014349/2024-00001", "主题分类", "综合政务", "标 题", GOV_TITLE,
              "发文机关", "国务院办公厅", "发布日期", "2024-01-05", GOV_PARA)
    assert body(doc) == ["网站首页", GOV_PARA] and doc.line_of("title").text == GOV_TITLE
    assert doc.meta.sources == ["国务院办公厅"] and doc.meta.published == dt.date(2024, 1, 5)


@pytest.mark.parametrize("lines", [
    ("如何写好作文", "标题", "我的妈妈", PARA),  # no catalogue field near
    ("产品介绍", "来源", "新华网", PARA),
])
def test_a_label_alone_outside_a_table_is_text(lines):
    doc = run(*lines)
    assert body(doc) == list(lines) and doc.meta.sources == []


# ------------------------------------------------------------ role words of one character
@pytest.mark.parametrize("line", ["两万字长文 | 月亮的100个故事 (多图)", "—— 正文：故事们"])
def test_a_one_character_role_word_glued_to_a_word_is_no_label(line):
    # 文 in 长文 or 正文 ends a word: the line is a headline or a heading, no credit
    doc = run(TITLE, line, PARA)
    assert line in body(doc) and credits(doc) == []


@pytest.mark.parametrize("line", ["文/王小明", "某某网 文/王小明", "文 | 王小明"])
def test_a_one_character_role_word_at_a_boundary_is_a_label(line):
    doc = run(TITLE, line, PARA)
    assert body(doc) == [TITLE, PARA] and credits(doc) == [("author", "王小明")]


# ------------------------------------------------------------ Hong Kong and Taiwan separators and brackets
@pytest.mark.parametrize("line, credit", [
    ("作者︰王小明", ("author", "王小明")),  # ︰, the colon of Hong Kong pages
    ("記者︰王小明\u3000攝影︰李四", ("reporter", "王小明")),
    ("文／王小明", ("author", "王小明")),  # a full-width slash
    ("圖／文 王小明", ("author", "王小明")),
    ("責任編輯∶王小明", ("editor", "王小明")),
])
def test_full_width_and_presentation_separators(line, credit):
    doc = run(TITLE, line, PARA)
    assert body(doc) == [TITLE, PARA] and credit in credits(doc)


def test_a_lead_opened_by_a_tortoise_shell_bracket_credits_the_reporter():
    doc = run(TITLE, "〔記者王小明／台北報導〕" + PARA, PARA2)
    assert credits(doc) == [("reporter", "王小明")] and body(doc)[1].startswith("〔記者")


def test_a_tortoise_shell_bracket_closing_the_last_paragraph_is_cut():
    doc = run(TITLE, PARA, PARA2 + "〔責任編輯︰王小明〕")
    assert body(doc) == [TITLE, PARA, PARA2] and credits(doc) == [("editor", "王小明")]


# ------------------------------------------------------------ names spaced to a column's width
@pytest.mark.parametrize("line, names", [
    ("记者：王  芳", ["王芳"]),
    ("作者：赵\u3000培", ["赵培"]),
    ("记者 王  芳 李  明", ["王芳", "李明"]),
    ("作者：王小明 张  三", ["王小明", "张三"]),
])
def test_a_two_character_name_spaced_out_is_one_name(line, names):
    doc = run(TITLE, line, PARA)
    assert [name for _, name in credits(doc)] == names


def test_spaced_characters_that_start_with_no_surname_are_no_name():
    doc = run(TITLE, "编辑：大 家", PARA)
    assert credits(doc) == []


# ------------------------------------------------------------ lists of sources and where the article came from
@pytest.mark.parametrize("line, sources", [
    ("综合自：新华社、中新社", ["新华社", "中新社"]),
    ("本文综合自新华社、人民网", ["新华社", "人民网"]),
    ("综合整理自澎湃新闻、智东西、雷锋网等", ["澎湃新闻", "智东西", "雷锋网"]),
    ("(综合整理自澎湃新闻、智东西、雷锋网等)", ["澎湃新闻", "智东西", "雷锋网"]),
    ("来源：新华社、人民网综合", ["新华社", "人民网"]),
    ("綜合自：中央社、聯合報", ["中央社", "聯合報"]),
])
def test_a_list_of_sources_is_split(line, sources):
    doc = run(TITLE, line, PARA)
    assert body(doc) == [TITLE, PARA] and doc.meta.sources == sources


@pytest.mark.parametrize("bracket, sources", [
    ("（据新华社报道）", ["新华社"]),
    ("（综合新华社、中新社报道）", ["新华社", "中新社"]),
    ("（据路透社、法新社等媒体报道）", ["路透社", "法新社"]),
    ("（據中央社報導）", ["中央社"]),
])
def test_a_bracket_closing_the_article_says_where_it_came_from(bracket, sources):
    doc = run(TITLE, PARA, PARA2 + bracket)
    assert body(doc) == [TITLE, PARA, PARA2] and doc.meta.sources == sources
    alone = run(TITLE, PARA, PARA2, bracket)  # (on a line of its own)
    assert body(alone) == [TITLE, PARA, PARA2] and alone.meta.sources == sources


@pytest.mark.parametrize("bracket", ["（据统计）", "（据美国媒体报道）", "（据当地警方通报）", "（据新华社报道）"])
def test_an_attribution_that_names_no_outlet_or_closes_no_article_stays(bracket):
    # （据新华社报道） closing an item higher up is a round-up's: it stays with its item
    at_end = run(TITLE, PARA, PARA2 + bracket) if bracket != "（据新华社报道）" else None
    if at_end is not None:
        assert body(at_end)[-1].endswith(bracket) and at_end.meta.sources == []
    above = run(TITLE, PARA + bracket, PARA2, PARA2 + "x", PARA + "y", PARA2 + "z")
    assert body(above)[1] == PARA + bracket and above.meta.sources == []


# ------------------------------------------------------------ the line above the byline date
def test_a_headline_above_the_byline_date_is_no_byline_name():
    doc = run("cjy52191", "看我还写了啥？", "从原子弹爆炸原理想开去", "2005-09-11 18:04:42", PARA, PARA2)
    assert "从原子弹爆炸原理想开去" in body(doc) and doc.meta.published == dt.datetime(2005, 9, 11, 18, 4, 42)


def test_a_short_name_above_the_byline_date_is_still_one():
    doc = run(TITLE, "中国青年报", "2005-09-11 18:04:42", PARA, PARA2)
    assert body(doc) == [TITLE, PARA, PARA2]


# ------------------------------------------------------------ less common date shapes in the byline
@pytest.mark.parametrize("line, when", [
    ("Saturday, September 10th, 2005   10:56 am", dt.datetime(2005, 9, 10, 10, 56)),
    ("发布日期：二〇二一年三月五日", dt.date(2021, 3, 5)),
    ("2021年3月5號 來源：中央社", dt.date(2021, 3, 5)),
])
def test_less_common_byline_dates(line, when):
    doc = run(TITLE, line, PARA)
    assert body(doc) == [TITLE, PARA] and doc.meta.published == when


def test_a_four_character_name_glued_between_the_role_and_where_it_was_filed_from():
    doc = run(TITLE, "2005-04-25 08:24:06　来源: 第一财经日报", "本报记者罗科苏盈发自北京", PARA)
    assert credits(doc) == [("reporter", "罗科苏盈")] and body(doc) == [TITLE, PARA]


def test_a_pen_name_under_a_headline_signed_with_it_is_the_author():
    # 茉 starts no common surname: the headline's 茉莉： says the line is the writer's name
    doc = run("茉莉：我是怎样卷入八九民运的", "我是怎样卷入八九民运的", "茉莉", PARA)
    assert credits(doc) == [("author", "茉莉")] and "茉莉" not in body(doc)
    other = run("茉莉：我是怎样卷入八九民运的", "茉香", PARA)  # (another word under it is no name)
    assert credits(other) == []
    # on a whole page a banner stands over the headline: the signed headline is still the one the
    # name stands under (as on top of the cleaned text, cleaned again)
    page = run("谢谢您访问本站", "茉莉：我是怎样卷入八九民运的", "我是怎样卷入八九民运的", "茉莉", PARA)
    assert credits(page) == [("author", "茉莉")] and "茉莉" not in body(page)
    # a heading with a colon whose first word stands nowhere alone below signs nothing
    serial = run("投身外交(3)", "罗银胜", "连载：乔冠华才情人生 出版社：团结出版社", PARA)
    assert credits(serial) == [("author", "罗银胜")]


# ------------------------------------------------------------ both scripts of every pattern
def test_traditional_forms_of_the_patterns_beside_the_labels():
    doc = run(TITLE, "來源：城市觀察（微信號：citywatch）", PARA)
    assert doc.meta.sources == ["城市觀察"]
    doc = run(TITLE, PARA, PARA2 + "（實習生王金茹對此文亦有貢獻）")
    assert credits(doc) == [("author", "王金茹")] and body(doc) == [TITLE, PARA, PARA2]
    doc = run(TITLE, "3小時前", PARA)
    assert body(doc) == [TITLE, PARA]


def test_a_date_behind_a_label_the_table_does_not_know_is_a_weaker_candidate():
    # a blog's profile (建立于:…) above the post's header: the post's date is the article's
    doc = run("某某的博客", "建立于:2004年10月6日", TITLE, "ggjjzhzz 发表于 2005-9-15 11:46:00", PARA)
    assert doc.meta.published == dt.datetime(2005, 9, 15, 11, 46)
    assert "建立于:2004年10月6日" not in body(doc)


@pytest.mark.parametrize("bracket, names", [
    ("（王小明/文）", ["王小明"]),
    ("（王小明 李四 文）", ["王小明", "李四"]),
    ("（王小明 李四）", ["王小明", "李四"]),
    ("（王小明、李四）", ["王小明", "李四"]),
])
def test_a_closing_sign_off_that_names_the_writers_first(bracket, names):
    doc = run(TITLE, PARA, PARA2 + bracket)
    assert body(doc) == [TITLE, PARA, PARA2] and credits(doc) == [("author", n) for n in names]


@pytest.mark.parametrize("bracket", ["（北京 上海）", "（中国 美国 日本）", "（上海 报道）"])
def test_closing_words_that_are_no_names_stay(bracket):
    doc = run(TITLE, PARA, PARA2 + bracket)
    assert body(doc)[-1].endswith(bracket) and credits(doc) == []


def test_names_in_brackets_after_no_sentence_stay():
    doc = run(TITLE, PARA, "出席会议的还有（王小明 李四）", PARA2)
    assert "出席会议的还有（王小明 李四）" in body(doc) and credits(doc) == []


@pytest.mark.parametrize("line, names", [
    ("2024-01-05 10:00 经济日报 记者王小明", ["王小明"]),
    ("2019-09-07 13:43 新京报 记者 张三 李四", ["张三", "李四"]),
    ("2024-01-05 10:00 | 澎湃新闻记者 段彦超", ["段彦超"]),
    ("2024-01-05 10:00 經濟日報 記者王小明／台北即時報導", ["王小明"]),
])
def test_a_byline_date_then_an_outlet_then_its_reporters(line, names):
    doc = run(TITLE, line, PARA)
    assert credits(doc) == [("reporter", n) for n in names]
    assert doc.meta.published is not None and body(doc) == [TITLE, PARA]


def test_a_date_before_a_sentence_that_holds_a_role_word_credits_no_one():
    doc = run(TITLE, "2024-01-05 记者会在北京举行", PARA)
    assert credits(doc) == []
