"""The page model (newsclean.pagecore) and the page-margins filter on whole-page text."""
from __future__ import annotations

import pytest

from newsclean import clean, default_pipeline
from newsclean.document import Document
from newsclean.errors import ConfigError
from newsclean.filters.page_margins import DropPageMargins
from newsclean.pagecore import (
    CORE_RIVAL_FACTOR, SHORT_PENALTY, core_span, is_dense, is_post_stamp, line_weight, reads_as_field,
)

PARA = "记者从有关部门获悉，这项活动已经连续举办了十年，吸引了大量市民参加，受到普遍欢迎。"
PARA2 = "活动期间，主办方还组织了多场讲座和展览，参观人数比去年同期增长了三成左右。"
PARA3 = "主办方表示，明年将继续扩大活动规模，并邀请更多外地团体前来参加交流演出。"
MENU = ["首页", "新闻", "体育", "财经", "娱乐"]
HEADLINE = "某地举办第十届文化节 吸引大量市民参加"


def page(*parts: list[str] | str) -> str:
    lines: list[str] = []
    for part in parts:
        lines.extend([part] if isinstance(part, str) else part)
    return "\n".join(lines)


def kept(text: str, **options) -> list[str]:
    doc = DropPageMargins(**options)(Document(text))
    return [line.text for line in doc.body_text_lines()]


def reasons(text: str) -> dict[str, str]:
    doc = DropPageMargins()(Document(text))
    return {line.text: line.reason for line in doc.lines if line.reason}


# ------------------------------------------------------------------ the model
def test_line_weights_by_shape():
    assert line_weight(PARA) > 0  # punctuated prose weighs its length
    assert line_weight("首页") == -SHORT_PENALTY  # a menu item
    assert -SHORT_PENALTY < line_weight(HEADLINE) < 0  # a headline: neither prose nor a menu item
    # a blog written in spaced phrases, no punctuation: prose, weighed less
    bare = "一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣"
    assert 0 < line_weight(bare) < len(bare)
    # a link title cut short is no prose
    assert line_weight("一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上...") < 0
    # code and punctuation alone weigh nothing either way
    assert line_weight("effect.onStop = options.onStop") == 0 == line_weight("});") == line_weight("——")


def test_a_list_entry_with_its_count_is_no_prose():
    # a ranking's or an archive's entry: a title and its count in brackets, however punctuated
    assert line_weight("3. 吴宗宪的女儿和张铁林的女儿，你们觉得谁的更漂亮呢(6210)") < 0
    assert line_weight("惟楚有才，于斯为盛————中南大学宿舍内部上传真实图片！（16）") < 0
    assert line_weight("3. 吴宗宪的女儿和张铁林的女儿，你们觉得谁的更漂亮呢") > 0
    # a year in brackets is a work's date, no count; a count inside the sentence ends nothing
    assert line_weight("月亮的传说有很多，这部电影讲的是其中最美的一个，月神 (2011)") > 0
    assert line_weight("据统计，参加活动的人数（3000）比去年同期增长了三成左右。") > 0
    text = page(MENU, HEADLINE, PARA, PARA2, "阅读排行榜",
                [f"{k}. 某地举办第十届文化节，吸引大量市民参加({1000 - k})" for k in range(1, 6)])
    assert kept(text) == [HEADLINE, PARA, PARA2]


def test_latin_letters_weigh_less_than_cjk():
    english = "Your browser, unfortunately, is not supported by this uploader library."
    assert 0 < line_weight(english) < len(english.replace(" ", "")) / 2


def test_the_core_is_the_heaviest_dominant_run():
    w = [line_weight(t) for t in page(MENU, HEADLINE, PARA, PARA2, PARA, MENU).split("\n")]
    assert core_span(w) == (6, 9)
    assert is_dense(w, (6, 9)) and not is_dense(w, (0, 9))


def test_no_core_on_a_page_without_enough_prose_or_with_rival_runs():
    assert core_span([line_weight(t) for t in MENU + [HEADLINE]]) is None
    assert core_span([line_weight(PARA)]) is None  # one paragraph is too light to be sure
    two = [line_weight(t) for t in [PARA, PARA2] + MENU + [PARA, PARA2] + MENU + [PARA, PARA2]]
    assert core_span(two) is None  # three runs alike: no one holds half the prose
    heavy = [line_weight(t) for t in [PARA] * 12 + MENU + [PARA2] + MENU + [PARA2]]
    assert core_span(heavy) == (0, 12)


def test_a_caller_may_accept_a_core_that_outweighs_every_rival():
    # an article over many small comments: under half of the prose, but far heavier than any comment
    w = [line_weight(PARA)] * 8 + ([-SHORT_PENALTY, -SHORT_PENALTY, line_weight(PARA2)] * 12)
    assert core_span(w) is None
    assert core_span(w, rival_factor=CORE_RIVAL_FACTOR) == (0, 8)


def test_fields_read_by_their_shape():
    for text in ("(责编：汤诗瑶、丁涛)", "2019年11月25日 18:57", "来源：新华网", "09/07"):
        assert reads_as_field(text), text
    for text in ("体育", HEADLINE, PARA):
        assert not reads_as_field(text), text


# ------------------------------------------------------------------ the filter
def test_navigation_above_the_core_goes_the_header_stays():
    text = page(MENU, HEADLINE, "2020年5月1日 10:00 来源：某某日报", PARA, PARA2, PARA)
    assert kept(text) == [HEADLINE, "2020年5月1日 10:00 来源：某某日报", PARA, PARA2, PARA]
    assert set(reasons(text).values()) == {"page-navigation"}


def test_short_lines_alone_below_the_core_prove_nothing():
    # a table, a poem's last verses, a list of names: short lines, no junk among them
    table = ["研究方向", "招生人数", "考试科目", "艺术学", "7", "英语或日语"]
    text = page(HEADLINE, PARA, PARA2, PARA3, table)
    assert kept(text) == [HEADLINE, PARA, PARA2, PARA3, *table]


def test_a_junk_line_an_earlier_filter_dropped_starts_the_side_run():
    doc = Document(page(HEADLINE, PARA, PARA2, PARA3, "图为活动现场", "相关新闻", "某地又举办一场活动 市民踊跃参加",
                        "另一地也举办活动"))
    doc.drop(doc.lines[5], filter="junk-lines", reason="related-links")
    DropPageMargins()(doc)
    # the short line right under the core stays: the furniture starts at the junk line
    assert [line.text for line in doc.body_text_lines()] == [HEADLINE, PARA, PARA2, PARA3, "图为活动现场"]
    assert doc.lines[6].reason == doc.lines[7].reason == "page-side-run"


def test_field_lines_and_a_labels_value_stay_everywhere():
    doc = Document(page(MENU, HEADLINE, PARA, PARA2, PARA3, "分享到", "关于我们", "责任编辑：", "张三", "（责编：李四）",
                        "联系我们"))
    doc.drop(doc.lines[9], filter="junk-lines", reason="share-bar")
    DropPageMargins()(doc)
    assert [line.text for line in doc.body_text_lines()][-3:] == ["责任编辑：", "张三", "（责编：李四）"]
    assert doc.lines[10].reason == doc.lines[14].reason == "page-side-run"


def test_a_line_that_ends_a_sentence_stays():
    doc = Document(page(PARA, PARA2, PARA3, "相关新闻", "网站地图", "后文一段。", "网站首页"))
    doc.drop(doc.lines[3], filter="junk-lines", reason="related-links")
    DropPageMargins()(doc)
    assert [line.text for line in doc.body_text_lines()][3:] == ["后文一段。"]


def test_a_headline_over_its_date_stays_above_a_strip_of_links():
    promos = ["搭乘新闻直通车", "订阅精彩新闻", "热门车型对比"]
    text = page(MENU, HEADLINE, "2005年05月13日14:15", promos, PARA, PARA2, PARA)
    assert kept(text) == [HEADLINE, "2005年05月13日14:15", PARA, PARA2, PARA]


def test_a_code_block_is_no_menu():
    code = ["function add(a, b) {", "return a + b;", "}", "add(1, 2);"]
    text = page(HEADLINE, PARA, PARA2, code, PARA, PARA2)
    assert kept(text) == [HEADLINE, PARA, PARA2, *code, PARA, PARA2]


def test_no_core_no_change():
    for text in (page(MENU, HEADLINE, PARA), page(MENU, [PARA, PARA2], MENU, [PARA, PARA2], MENU, [PARA, PARA2])):
        assert kept(text) == [t for t in text.split("\n") if t]


def test_rules_switch_off_by_name():
    def run(off: list[str]) -> list[str]:
        doc = Document(page(MENU, HEADLINE, PARA, PARA2, PARA3, "分享到", "关于我们", "联系我们"))
        doc.drop(doc.lines[9], filter="junk-lines", reason="share-bar")
        return [line.text for line in DropPageMargins(disabled_rules=off)(doc).body_text_lines()]
    assert run([]) == [HEADLINE, PARA, PARA2, PARA3]
    assert run(["page-navigation"])[:2] == MENU[:2]
    assert run(["page-side-run"])[-2:] == ["关于我们", "联系我们"]
    with pytest.raises(ConfigError):
        DropPageMargins(disabled_rules=["page-nav"])


def test_in_the_default_pipeline_after_junk_lines_and_before_metadata():
    names = [f.name for f in default_pipeline().filters]
    assert names.index("junk-lines") < names.index("page-margins") < names.index("metadata")


def test_whole_page_text_cleans_to_the_article_and_again_to_itself():
    text = page(MENU, "首页 > 新闻 > 正文", HEADLINE, "2020年5月1日 10:00 来源：某某日报", "分享到：", "微信 微博",
                PARA, PARA2, PARA3, "责任编辑：张三", "相关新闻", "某地又举办一场活动 市民踊跃参加", "另一地也举办活动",
                ["关于我们", "联系我们", "网站地图"])
    first = clean(text)
    assert first.title == HEADLINE and first.paragraphs == [PARA, PARA2, PARA3]
    assert first.metadata.sources and first.metadata.published is not None
    again = clean(first.text)
    assert (again.title, again.paragraphs) == (first.title, first.paragraphs)


def test_a_related_heading_never_eats_an_article_of_unpunctuated_phrases():
    # a blog's side column puts a related-articles heading right above the post; the post,
    # in spaced phrases without punctuation, is the page's core: the block stops there
    post = ["一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣",
            "玉峰道路一路上雲氣山嵐滯留山頭 順路下切蜿蜒道路後不久即抵達來到玉峰國小",
            "美樹美如其名偌大楓香樹早已呈現金黃 泛紅色彩也是愛攝人仕所喜愛造訪之地",
            "第二次造訪美樹發現到營區變了 印象中以前生冷招牌換成了原木招牌可謂匠心獨運",
            "燻黑原木加上金黃色醒目字體 加上了貓頭鷹原木創作也充分發揮了裝飾藝術功力"]
    article = clean(page(MENU, "相關文章", *post, ["關於我們", "聯絡我們", "網站地圖"]))
    assert [article.title, *article.paragraphs][-len(post):] == post


def test_a_junk_line_inside_the_article_with_prose_under_it_is_no_furniture():
    # an image's "click to enlarge" under the core, the article's sentences right under it
    doc = Document(page(HEADLINE, PARA, PARA2, PARA3, "（点击看清晰大图）", "注：红色为绕行线路，蓝色为小型车辆线路。",
                        "请大家互相转告，", "平安出行。", "相关新闻", "某地又举办一场活动"))
    doc.drop(doc.lines[4], filter="junk-lines", reason="follow-prompt")
    doc.drop(doc.lines[8], filter="junk-lines", reason="related-links")
    DropPageMargins()(doc)
    assert [line.text for line in doc.body_text_lines()][4:] == ["注：红色为绕行线路，蓝色为小型车辆线路。", "请大家互相转告，", "平安出行。"]
    assert doc.lines[9].reason == "page-side-run"


def test_stray_tokens_are_no_menu_over_the_headline():
    # garbage tokens under the headline (a counter, a jammer's leftovers) hold no word: no menu
    text = page(HEADLINE, "0", 'M"C', "H#Z", PARA, PARA2, PARA3)
    assert kept(text)[0] == HEADLINE


def test_below_the_furniture_a_date_alone_goes_a_labelled_field_stays():
    # comments under the article: their posting times go with them; a greeting ending in a
    # colon is no label, so the line under it is no field value
    doc = Document(page(HEADLINE, PARA, PARA2, PARA3, "发表评论", "网友甲", "于 2013/12/28 10:28", "茜媽咪晚安：",
                        "您过奖了，我们只是喜欢拍照而已", "来源：某某日报"))
    doc.drop(doc.lines[4], filter="junk-lines", reason="forum-chrome")
    DropPageMargins()(doc)
    assert [line.text for line in doc.body_text_lines()][4:] == ["来源：某某日报"]
    assert doc.lines[6].reason == doc.lines[8].reason == "page-side-run"


def test_the_posts_own_footer_opening_the_furniture_stays():
    # a blog post's footer right under its print button: the post's byline and date stay
    doc = Document(page(HEADLINE, PARA, PARA2, PARA3, "[打印]", "由某某张贴 @ 2005-06-14 03:25:55 (370)",
                        "共 11 篇评论", "于 2005-06-15 10:00"))
    doc.drop(doc.lines[4], filter="junk-lines", reason="page-chrome")
    DropPageMargins()(doc)
    assert [line.text for line in doc.body_text_lines()][4:] == ["由某某张贴 @ 2005-06-14 03:25:55 (370)"]
    assert doc.lines[7].reason == "page-side-run"


def test_a_headline_above_the_menu_that_parts_it_from_the_article_stays():
    # the menu under the headline is words no lexicon holds: the page model alone finds it
    para = "某市今天启动老旧小区改造工程，计划在三年内完成全市一百二十个小区的改造，惠及居民十万余户。"
    text = "\n".join(["新华网首页", "要闻", "国际", "财经", "体育",
                      "某市启动老旧小区改造工程惠及十万居民",
                      "区县", "街道", "社区动态", "城建", "民生"]
                     + [para.replace("三", str(i)) for i in range(6)])
    article = default_pipeline().run(text)
    assert article.title == "某市启动老旧小区改造工程惠及十万居民"
    assert {r.text for r in article.removed if r.reason == "page-navigation"} >= {"要闻", "区县", "民生"}


def test_a_blogs_archive_of_months_above_the_post_goes():
    # each month reads as a date alone, but a run of them is an archive, no dateline
    months = [f"2006年{m}月({m + 3})" for m in range(12, 5, -1)]
    text = page(MENU, "归档", months, HEADLINE, "2005-06-14 03:25:55", PARA, PARA2, PARA3)
    assert kept(text) == [HEADLINE, "2005-06-14 03:25:55", PARA, PARA2, PARA3]
    assert {reasons(text)[m] for m in months} == {"page-navigation"}


def test_a_few_dated_lines_above_the_core_stay():
    # a schedule's dates (under ARCHIVE_RUN in a row) are the article's, not an archive
    schedule = ["12月10日 代表注册", "12月11日 开幕式", "12月12日 闭幕式"]
    text = page(HEADLINE, schedule, PARA, PARA2, PARA3)
    assert kept(text) == [HEADLINE, *schedule, PARA, PARA2, PARA3]


def test_a_list_of_headlines_between_the_menu_and_the_article_goes():
    teasers = ["某明星新专辑造型曝光 大秀瑜伽", "两位歌手合作新歌 预告片首发", "某导演全力筹备新片 新人女主角亮相",
               "某地电影节开幕 众星云集红毯", "某演员早产诞下女婴 母女平安"]
    text = page(MENU, "某某新闻", teasers, HEADLINE, "2006年05月01日 来源：某某网", PARA, PARA2, PARA3)
    assert kept(text)[-5:] == [HEADLINE, "2006年05月01日 来源：某某网", PARA, PARA2, PARA3]
    assert {reasons(text).get(t) for t in teasers} == {"page-navigation"}


def test_the_articles_own_outline_above_the_core_is_no_headline_list():
    outline = ["目录", "第一章 发展历程", "一、百年征程", "二、时代新辉煌", "第二章 实践路径", "一、根本保障", "二、发展思想"]
    text = page(MENU, HEADLINE, outline, PARA, PARA2, PARA3)
    assert kept(text) == [HEADLINE, *outline, PARA, PARA2, PARA3]


def test_a_list_of_headlines_under_the_core_starts_the_furniture():
    # no junk line marks it: the list's shape does (five link titles, a dated one among them)
    related = ["某地又举办一场活动 市民踊跃参加", "另一地也举办文化节 吸引游客十万", "专家：文化节要办出地方特色",
               "某市文化节闭幕 明年再相会(05/02 08:41)", "文化节期间交通管制措施公布"]
    text = page(HEADLINE, PARA, PARA2, PARA3, "相关内容", related, "网友评论", "写得好")
    assert kept(text) == [HEADLINE, PARA, PARA2, PARA3]
    assert {reasons(text)[t] for t in ["相关内容", *related, "网友评论"]} == {"page-side-run"}


def test_short_lines_with_prose_right_under_them_are_the_articles_own():
    # a post that sets one clause a line: five headline-shaped lines under the core, then a
    # finished sentence of prose, are the article going on, no list of other articles
    clauses = ["下月启航：新邮轮开通四条国际航线", "目前港口开通了前往日本、越南等地航线", "是中国内地东南亚航线最多的港口之一",
               "下月新邮轮将首次靠泊本市国际邮轮母港", "新的航线安排已经出炉并向社会公布"]
    text = page(HEADLINE, PARA, PARA2, PARA3, clauses, "新邮轮长220米、宽30米，设计载客量为1800人，舱房数789间。")
    assert kept(text)[4:9] == clauses
    related = ["某地又举办一场活动 市民踊跃参加", "另一地也举办文化节 吸引游客十万", "专家：文化节要办出地方特色",
               "某市文化节闭幕 明年再相会(05/02 08:41)", "文化节期间交通管制措施公布"]
    # the same run with no prose under it is a list
    assert kept(page(HEADLINE, PARA, PARA2, PARA3, related, "关于我们")) == [HEADLINE, PARA, PARA2, PARA3]


def test_a_table_of_numbered_cells_under_the_core_is_no_list_of_headlines():
    table = ["考试科目", "01艺术学原理", "1、英语或俄语或日语", "2、艺术概论", "3、中国艺术史基础知识",
             "4、艺术美学与哲学经典阅读", "02艺术人类学", "1、英语或俄语或日语", "2、中外艺术史"]
    text = page(HEADLINE, PARA, PARA2, PARA3, table)
    assert kept(text) == [HEADLINE, PARA, PARA2, PARA3, *table]


def test_the_comments_sentences_go_with_their_times():
    # under the furniture, from the first comment's time on, a finished sentence is a comment's
    doc = Document(page(HEADLINE, PARA, PARA2, PARA3, "发表评论", "后文一段。", "网友甲", "于 2013/12/28 10:28",
                        "写得真好，下次还来！", "网友乙", "2013-12-29 09:00", "谢谢分享。"))
    doc.drop(doc.lines[4], filter="junk-lines", reason="forum-chrome")
    DropPageMargins()(doc)
    # a sentence above the first comment's time may be the article's: it stays
    assert [line.text for line in doc.body_text_lines()][3:] == [PARA3, "后文一段。"]
    assert doc.lines[8].reason == doc.lines[11].reason == "page-side-run"


def test_a_thread_of_comments_under_the_core_goes_with_its_heading():
    # no junk line marks it: three comments' times do (a date alone, each past a name or words)
    comments = ["3 Comments", "#1 by", "网友甲 on 八月 26, 2016 - 3:57 下午", "Reply", "老大，要保持住文章的水准啊。",
                "#2 by", "网友乙 on 八月 29, 2016 - 6:42 上午", "Reply", "写得真好，学到了。",
                "#3 by", "网友丙 on 九月 2, 2016 - 1:11 下午", "Reply", "转战而来，观摩一下。"]
    text = page(HEADLINE, PARA, PARA2, PARA3, "本文发表于 2016年8月26日", comments)
    assert kept(text) == [HEADLINE, PARA, PARA2, PARA3, "本文发表于 2016年8月26日"]


def test_two_dated_lines_under_the_core_are_no_thread():
    # a letter's signature and date, a note with its date: the article's own closing lines
    text = page(HEADLINE, PARA, PARA2, PARA3, "某某公司董事会", "2005年8月25日", "附件：报名表", "2005年8月20日")
    assert kept(text) == [HEADLINE, PARA, PARA2, PARA3, "某某公司董事会", "2005年8月25日", "附件：报名表", "2005年8月20日"]


def test_a_blogs_archive_with_a_count_under_each_month_goes():
    months = [line for m in range(12, 6, -1) for line in (f"2022 年 {m} 月", f"{m} 篇")]
    text = page(MENU, months, HEADLINE, PARA, PARA2, PARA3)
    assert kept(text)[-4:] == [HEADLINE, PARA, PARA2, PARA3]
    assert {reasons(text)[t] for t in months[:-1]} == {"page-navigation"}  # (the last count may be a head's)


def test_a_posts_date_under_a_short_headline_is_no_archive():
    # a short headline (no number) parts the archive's months from the post's own date
    months = [f"{m:02d}/01/2005 - {m + 1:02d}/01/2005" for m in range(1, 6)]
    text = page(MENU, months, "湘菜粤菜 兵分两路", "2005-06-14 03:25:55", PARA, PARA2, PARA3)
    assert kept(text)[-4:] == ["2005-06-14 03:25:55", PARA, PARA2, PARA3]


def test_on_a_page_without_a_core_only_a_long_menu_goes():
    menu = ["首页", "新闻", "体育", "财经", "娱乐", "Python 教程", "XML 教程", "关于我们"]
    replies = ["网友甲", "现在确实可以了 感谢", "网友乙", "我还以为是我网络的问题", "哈哈", "为啥"]
    text = page(menu, HEADLINE, "简历无法下载，提示服务器出现问题。", replies, MENU[:3])
    assert kept(text) == [HEADLINE, "简历无法下载，提示服务器出现问题。", *replies, *MENU[:3]]
    assert {reasons(text)[t] for t in menu} == {"page-navigation"}


def test_a_sentence_far_down_the_furniture_is_a_teasers():
    # near the article a sentence may still be its own; past a long stretch of links it is a teaser's
    links = [f"栏目{i}" for i in range(45)]
    doc = Document(page(HEADLINE, PARA, PARA2, PARA3, "相关阅读", "后文一段。", links, "推荐文章的摘要写到这里为止。"))
    doc.drop(doc.lines[4], filter="junk-lines", reason="related-links")
    DropPageMargins()(doc)
    assert [line.text for line in doc.body_text_lines()][3:] == [PARA3, "后文一段。"]
    assert doc.lines[-1].reason == "page-side-run"



def test_a_junk_line_parts_no_list_of_titles_above_the_core():
    # a login box's links, a share bar junk-lines drops, a breadcrumb, the headline: cleaning the
    # cleaned text (no share bar) found a list of five titles where the first pass saw two short
    # runs; so a junk line parts no list, and the login box's first title, the one the title's
    # choice takes before the metadata is marked, is a title of the list: it goes with it
    login = ["账号：", "下载某某客户端 体验更多功能", "注册免费邮箱", "注册会员（特权服务，付费）", "欢迎您，"]
    text = page(login, "分享到：", "微信 微博", "某某首页 > 财经频道 > 正文", HEADLINE,
                "2015-07-03 04:09:59\u3000来源:某某日报", PARA, PARA2, PARA3)
    first = clean(text)
    assert (first.title, first.paragraphs) == (HEADLINE, [PARA, PARA2, PARA3])
    again = clean(first.text)
    assert (again.title, again.paragraphs) == (first.title, first.paragraphs)


def test_the_first_line_where_a_cleaned_text_has_its_title_is_no_lists_title():
    # four headline-shaped lead lines under the headline and its dateline; the cleaned text has
    # the headline right over them (the dateline gone): counted as a fifth title, it made them a list
    leads = ["搭地铁去坐邮轮 玩转东南亚", "去无敌免税城买买买不是梦", "这个超牛的邮轮母港开港时间定了", "四条国际航线抢先看 开港首月"]
    text = page(HEADLINE, "2019-08-13 14:07来源：某某新闻", leads, PARA, PARA2, PARA3)
    first = clean(text)
    assert (first.title, first.paragraphs) == (HEADLINE, [*leads, PARA, PARA2, PARA3])
    again = clean(first.text)
    assert (again.title, again.paragraphs) == (first.title, first.paragraphs)
    assert kept(first.text) == first.text.split("\n")


def test_a_field_a_later_filter_takes_parts_no_menu_above_the_core():
    # a short headline, its date and source lines, a column's label and a lead-in over the article:
    # the cleaned text has the headline right over the two short lines, a menu of three there;
    # so the fields (the metadata filter takes them) part no menu on the first pass either
    text = page("文化节吸引市民", "时间：2024.05.11", "来源：某某日报  作者：张三", "分享到：", "【文化观察】", "开栏的话",
                PARA, PARA2, PARA3)
    first = clean(text)
    assert (first.title, first.paragraphs) == ("文化节吸引市民", [PARA, PARA2, PARA3])
    again = clean(first.text)
    assert (again.title, again.paragraphs) == (first.title, first.paragraphs)


def test_a_headline_over_a_block_of_field_lines_stays():
    # its date line and its source line under it, a strip of links between them and the article,
    # and a line above that the title's choice prefers: the headline stays with its fields
    text = page("另一场活动好评如潮 市民点赞", "新闻", HEADLINE, "时间：2024.05.11", "来源：某某日报  作者：张三",
                "热点", "专题", "视频", PARA, PARA2, PARA3)
    assert kept(text)[1:4] == [HEADLINE, "时间：2024.05.11", "来源：某某日报  作者：张三"]


def test_the_title_counts_on_top_where_the_cleaned_text_has_it():
    # two short lines over a question and a short headline right over the article: the cleaned
    # text has the headline on top, over the two short lines, a menu of three there; so the first
    # pass counts the title's choice on top too, and the two lines go on both passes
    text = page("私信", "创作中心", "这项活动为何如此受欢迎，吸引这么多市民参加？", "文化节今日开幕", PARA, PARA2, PARA3)
    assert kept(text)[:2] == ["这项活动为何如此受欢迎，吸引这么多市民参加？", "文化节今日开幕"]
    first = clean(text)
    again = clean(first.text)
    assert (again.title, again.paragraphs) == (first.title, first.paragraphs)
    assert not {"私信", "创作中心"} & set(first.paragraphs)


def test_a_notice_parts_no_long_menu_on_a_page_without_a_core():
    # a post of a line and some code (no core), its category and tag links around the blog's
    # licence notice: the notices filter takes the notice, the cleaned text has eight menu items
    # side by side; so they make one menu on the first pass too, and go on both passes
    notice = "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。"
    prose = "先用算法构造出最大生成树，再在树上求两点之间路径上的最小边权即可。"
    text = page("NOIP2013货车运输题解", "分类专栏：", "图论", "文章标签：", "倍增", "最短路", notice, "生成树", "订阅专栏",
                "题目来源", prose, "int main() {", "return 0;", "}")
    first = clean(text)
    again = clean(first.text)
    assert (again.title, again.paragraphs) == (first.title, first.paragraphs)
    assert first.paragraphs[0] == prose


# ------------------------------------------------------------------ items under the article
OTHER = "另一篇文章的第一段写在这里，它和上面的文章没有关系，说的是另一件事情。"
OTHER2 = "另一篇文章的第二段也写在这里，读者看到这里应该已经明白这是别的文章了。"


def test_post_stamps_by_shape():
    assert is_post_stamp("2005-03-18 01:58:01") and is_post_stamp("September 19th, 2005 at 7:32 pm")
    assert is_post_stamp("某某社·2 天前") and is_post_stamp("由某某张贴 @ 2005-03-21 01:20:44 (359)")
    # a date without its time, a schedule's range, a verse's number, a sentence: no stamp
    assert not is_post_stamp("2005年3月18日") and not is_post_stamp("第一场：12月11日下午1:30-3:30")
    assert not is_post_stamp("帖前5:17")
    assert not is_post_stamp("2005年3月18日 10:20，记者在现场看到，工人们正在加紧施工，预计年底完工")


def test_a_blogs_next_posts_under_the_first_go():
    # a blog's page shows several posts, each under its title and time: the core ran on through
    # them all; the article ends at the furniture over the next post's stamp
    text = page(HEADLINE, "2005-03-21 01:20:44", PARA, PARA2, PARA3, "[打印]", "共 3 篇评论",
                "长发剪了，感觉很轻松", "2005-03-18 01:58:01", OTHER, OTHER2, "[打印]")
    assert kept(text) == [HEADLINE, "2005-03-21 01:20:44", PARA, PARA2, PARA3]
    assert reasons(text)[OTHER] == "page-side-run"


def test_teasers_under_the_article_go_with_their_stamps():
    # other articles' teasers, each under its source's stamp, long enough to run the core on
    teasers = ["其他人也在看", "某某社·2 天前", "另一篇文章的标题", OTHER + OTHER2, "某某网·23 小時前", "又一篇文章的标题",
               OTHER2 + OTHER, "某某网·1 小時前", "第三篇文章的标题", OTHER + OTHER2]
    text = page(MENU, HEADLINE, "某某社", PARA, PARA2, PARA3, teasers)
    assert kept(text) == [HEADLINE, "某某社", PARA, PARA2, PARA3]


def test_a_stamp_at_the_head_or_with_no_prose_under_it_ends_nothing():
    # a dateline over the article's first paragraph, a post's footer under its last
    text = page(HEADLINE, PARA, "2005-03-21 01:20:44", PARA2, PARA3, "由某某张贴 @ 2005-03-21 01:20:44")
    assert kept(text) == text.split("\n")
    schedule = page(HEADLINE, PARA, PARA2, "日程安排", "第一场：12月11日下午1:30-3:30", PARA3, OTHER)
    assert kept(schedule) == schedule.split("\n")


def test_prices_between_a_menus_items_neither_part_nor_make_it():
    # a quotes bar over the article: names and prices; a price holds no word, so it is no item,
    # but it parts no menu either
    quotes = ["恒指", "18652.59", "国指", "6531.20", "美元", "7.8097", "人民币", "0.9272"]
    text = page(quotes, HEADLINE, PARA, PARA2, PARA3)
    assert kept(text)[-4:] == [HEADLINE, PARA, PARA2, PARA3]
    assert {reasons(text)[t] for t in quotes[:6]} == {"page-navigation"}
    assert kept(page(HEADLINE, "0", "12", PARA, PARA2, PARA3))[0] == HEADLINE


def test_the_article_ends_at_its_last_finished_sentence():
    # link titles with a comma or a question weigh as prose and ran the core on; under the
    # article's last finished sentence they are the side run's, and the junk line among them
    # (a "read the rest" prompt) is the sign of its furniture
    titles = ["某地召开座谈会强调，紧扣主题进一步全面深化改革和扩大开放", "第二届文化节开幕，吸引大量游客前来参观游览",
              "某某院士逝世，享年八十九岁，生前长期从事研究工作"]
    doc = Document(page(HEADLINE, PARA, PARA2, PARA3, "阅读剩余全文", "编辑推荐", titles))
    doc.drop(doc.lines[4], filter="junk-lines", reason="share-bar")
    DropPageMargins()(doc)
    assert [line.text for line in doc.body_text_lines()] == [HEADLINE, PARA, PARA2, PARA3]
    # a reference list ends its entries with a period: no link titles, the article's own
    refs = ["[1]", "张某某. 电子商务环境下的物流配送问题研究[D]. 合肥: 某某大学, 2008.", "[2]",
            "李某某. 电子商务环境下物流配送路线优化研究[D]. 成都: 某某大学, 2009."]
    doc = Document(page(HEADLINE, PARA, PARA2, PARA3, refs))
    doc.drop(doc.lines[4], filter="junk-lines", reason="share-bar")
    doc.drop(doc.lines[6], filter="junk-lines", reason="share-bar")
    DropPageMargins()(doc)
    assert [line.text for line in doc.body_text_lines()] == [HEADLINE, PARA, PARA2, PARA3, refs[1], refs[3]]


def test_a_menu_on_one_line_weighs_and_parts_as_a_menu():
    # a channel bar joined by bars or dashes, long and dense in words, is no prose: it starts no
    # core, and what stands over it goes with it
    bar = "首页|艺术快讯|当代艺术|艺术史论|艺术设计|艺术专题|艺术教育"
    assert line_weight(bar) > 0
    text = page("某某网", bar, PARA, PARA2, PARA3)
    assert kept(text) == [PARA, PARA2, PARA3]
    assert reasons(text)[bar] == reasons(text)["某某网"] == "page-navigation"


def test_a_menu_on_one_line_under_the_core_starts_the_furniture():
    # a footer's link bar: what stands under it is the footer's (its short lines go)
    footer = ["关于我们 | 联系我们 | 广告服务 | 招聘信息 | 网站地图", "某某网版权所有", "举报电话"]
    text = page(HEADLINE, PARA, PARA2, PARA3, footer)
    assert kept(text) == [HEADLINE, PARA, PARA2, PARA3]


def test_a_feed_of_dated_titles_above_the_core_goes():
    # other articles' titles, each with its date: an archive with a title between its dates
    feed = [line for n in range(1, 7) for line in (f"第{n}篇别的文章的标题在这里", f"News • 2024年5月{n}日")]
    text = page(MENU, feed, HEADLINE, "2024年5月22日 08:21", PARA, PARA2, PARA3)
    assert kept(text)[-5:] == [HEADLINE, "2024年5月22日 08:21", PARA, PARA2, PARA3]
    assert not set(feed[1:]) & set(kept(text))  # (the first title, over the run, is the title's choice's)
    # a post's date under its headline, with a line between, is no feed
    text = page(MENU, HEADLINE, "2024年5月22日", "某某报记者 某某", PARA, PARA2, PARA3)
    assert kept(text) == [HEADLINE, "2024年5月22日", "某某报记者 某某", PARA, PARA2, PARA3]


# ------------------------------------------------------------------ a thread's replies
REPLIES = ["这个办法我试过了，确实管用，大家可以试试。", "楼上说得对 我也遇到过", "请问具体怎么设置呢"]


def _thread(*box: str) -> str:
    lines = ["这个活动大家怎么看", "2 天前", PARA, PARA2, PARA3, "举报", *box]
    for i, (name, reply) in enumerate(zip(["张三丰", "李四光", "王五郎"], REPLIES)):
        lines += [name, f"{i + 1} 天前", reply, "举报", "回复"]
    return page(lines, ["热门帖子", "某地举办活动吸引市民", "某地又有新鲜事发生", "关于我们"])


def test_a_threads_replies_between_their_post_times_are_no_side_run():
    # each reply under its poster's time (forum chrome junk-lines drops): the replies stay,
    # what stands under the last one is the side run still
    article = clean(_thread())
    assert all(reply in article.paragraphs for reply in REPLIES)
    assert {r.text for r in article.removed if r.reason == "page-side-run"} >= {"热门帖子", "某地又有新鲜事发生"}
    # cleaned again, the replies stay where they are
    assert clean(article.text).paragraphs == article.paragraphs


def test_comments_under_a_comment_box_are_no_thread():
    # an article's comment box (its count, its prompt) heads comments, not a thread's replies:
    # they are the side run's (a sentence among them stays, as anywhere under the core)
    article = clean(_thread("评论3", "登录并评论"))
    assert not any(reply in article.paragraphs for reply in REPLIES[1:])
    assert PARA in article.paragraphs


def test_times_of_a_list_of_links_make_no_thread():
    # other posts' titles, each with its time: no sentence among them, no replies
    lines = ["这个活动大家怎么看", "2 天前", PARA, PARA2, PARA3, "举报", "相关帖子"]
    for i in range(4):
        lines += [f"某地举办第{i + 1}届活动吸引市民", f"{i + 1} 天前"]
    lines += ["这是侧栏里的一行字"]
    article = clean(page(lines))
    assert "这是侧栏里的一行字" not in article.paragraphs


def test_replies_without_a_sentence_stay_when_each_post_shows_its_chrome():
    # short replies, no sentence among them, but each post has a badge and buttons besides its time
    lines = ["这个活动大家怎么看", "2 天前", PARA, PARA2, PARA3, "举报"]
    for i, reply in enumerate(["现在这社会别想了", "随缘吧 慢慢来", "多看看书就好"], 2):
        lines += ["初级粉丝", "该楼层疑似违规已被系统折叠", reply, f"来自Android客户端{i}楼2022-11-2{i} 15:19", "回复收起回复"]
    article = clean(page(lines, ["热门帖子", "某地举办活动吸引市民", "某地又有新鲜事发生", "关于我们"]))
    assert {"现在这社会别想了", "随缘吧 慢慢来", "多看看书就好"} <= set(article.paragraphs)
