"""The junk-lines rules for what stands below the article's core: headed lists and comment headings."""
import pytest

from newsclean import clean
from newsclean.document import Document
from newsclean.filters.junk_lines import DropJunkLines

PARA = "市里今年新建了十二座口袋公园，附近居民下楼走几步就能遛弯、下棋、带孩子玩耍。"
PARA2 = "园林部门表示，明年还将在老城区继续挑选空地，按照居民意见设计新的小公园。"
PARA3 = "不少居民说，过去晚饭后没处散步，现在家门口就有了可以坐一坐的地方。"
PARA4 = "据了解，这些公园大多利用边角空地改造而成，花钱不多，却很受欢迎。"
ARTICLE = [PARA, PARA2, PARA3, PARA4]


def run(lines):
    doc = Document("\n".join(lines))
    DropJunkLines().apply(doc)
    return {line.text.strip(): line.reason for line in doc.lines if line.text.strip()}


def test_a_heading_of_its_own_words_and_the_titles_under_it_go():
    lines = ARTICLE + ["大家都在看", "老城区十条小巷完成改造", "专家：口袋公园要避免千篇一律",
                       "夜间公园开放时间延长", "这座城市的公园为什么越来越多？"]
    got = run(lines)
    assert [got[t] for t in lines[4:]] == ["related-links"] * 5
    assert [got[t] for t in ARTICLE] == [None] * 4


def test_lists_stacked_under_the_article_go_one_after_another():
    lines = ARTICLE + ["编辑推荐", "老城区十条小巷完成改造", "夜间公园开放时间延长", "新建绿道串起三个街区",
                       "图片精选", "雨后的湖边栈道", "市民在广场上放风筝", "孩子们在草坪上奔跑"]
    got = run(lines)
    assert all(got[t] == "related-links" for t in lines[4:])


@pytest.mark.parametrize("tail", [
    # a spec table: labels and values
    ["参数", "发动机：1.5升四缸", "最大功率：80千瓦", "变速箱：手动五挡", "驱动方式：前置前驱"],
    # the article's own numbered list
    ["考试科目", "1、外国语", "2、专业基础", "3、专业综合"],
    # a short list that runs into more article text
    ["附", "城东口袋公园 占地两亩", "城西口袋公园 占地三亩", "城南口袋公园 占地一亩", PARA],
])
def test_an_article_s_own_list_stays(tail):
    got = run(ARTICLE + tail)
    assert [got[t] for t in tail] == [None] * len(tail)


def test_no_list_is_looked_for_above_the_core_nor_on_a_page_without_one():
    head = ["本期看点", "老城区十条小巷完成改造", "夜间公园开放时间延长", "新建绿道串起三个街区"]
    got = run(head + ARTICLE)
    assert [got[t] for t in head] == [None] * 4
    poem = ["秋夜", "月光落在窗台上", "风把树影摇碎", "我在灯下等一封信"]
    got = run(poem)
    assert [got[t] for t in poem] == [None] * 4


@pytest.mark.parametrize("head", ["文章评论", "网友评论 0 条", "小明的评论", "读者留言", "13 Comments", "Leave a Reply"])
def test_a_comment_box_heading_under_the_article_goes(head):
    assert run(ARTICLE + [head])[head] == "page-chrome"


def test_a_comment_heading_inside_the_article_stays():
    lines = [PARA, "小明的评论", PARA2, PARA3, PARA4]
    assert run(lines)["小明的评论"] is None


def test_the_cleaned_text_keeps_the_article_and_drops_the_list():
    text = "\n".join(["口袋公园遍地开花"] + ARTICLE + ["相关阅读推荐", "老城区十条小巷完成改造",
                                                    "夜间公园开放时间延长", "新建绿道串起三个街区"])
    article = clean(text)
    assert article.title == "口袋公园遍地开花"
    assert list(article.paragraphs) == ARTICLE


@pytest.mark.parametrize("line", ["滚动新闻>", "诗人简介  more>", "前往充值 >", "更多精彩图片>>  更多热辣幻灯>>", "查看话题 ＞"])
def test_a_short_link_ending_in_its_arrow_is_chrome(line):
    assert run(ARTICLE + [line])[line] == "page-chrome"


@pytest.mark.parametrize("line", ["</a>", "如果 a > b，就交换。", "价格 > 100", "《平凡的世界》"])
def test_markup_a_comparison_or_a_book_title_is_no_arrow_link(line):
    assert run(ARTICLE + [line])[line] != "page-chrome"
