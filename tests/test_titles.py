"""The title as a scored choice (newsclean.titles): cases built from the classes the module names."""
import pytest

import newsclean
from newsclean.document import META, Document
from newsclean.errors import ConfigError
from newsclean.filters.structure import ExtractStructure
from newsclean.titles import MIN_SCORE, SIGNAL_NAMES, choose_title, scored_candidates

PARA = "本报北京电 海关总署今天发布数据，前三季度进口增长百分之五，出口保持稳定，外贸形势总体向好。"


def choice_of(text, meta_lines=(), **kw):
    doc = Document(text)
    for k in meta_lines:
        doc.lines[k].state = META
    return choose_title(doc, max_length=64, **kw)


def test_a_menu_run_above_the_headline_is_passed_over():
    c = choice_of("新闻\n财经\n体育\n娱乐\n海关总署：前三季度进口增长\n" + PARA)
    assert c.line.text == "海关总署：前三季度进口增长"
    assert "title-above-core" in c.reasons


def test_site_and_login_buttons_lose_to_the_headline_above_the_byline():
    c = choice_of("新闻网首页\n登录 注册\n海关总署：前三季度进口增长\n2019-09-07 来源：新华社\n" + PARA, meta_lines=(3,))
    assert c.line.text == "海关总署：前三季度进口增长"
    assert {"title-above-meta", "title-first-clean"} <= set(c.reasons)


def test_a_question_title_is_allowed():
    c = choice_of("地震\n四川\n泸定县发生4.8级地震，当地情况如何？\n" + PARA)
    assert c.line.text == "泸定县发生4.8级地震，当地情况如何？"


def test_the_page_title_line_loses_to_the_headline_it_repeats():
    text = "海关总署：前三季度进口增长_新闻网\n首页 > 财经\n海关总署：前三季度进口增长\n" + PARA
    c = choice_of(text)
    assert c.line.text == "海关总署：前三季度进口增长"
    scores = {ch.line.text: ch for ch in scored_candidates(Document(text), max_length=64)}
    assert "title-page-title" in scores["海关总署：前三季度进口增长_新闻网"].reasons
    assert "title-repeated" in scores["海关总署：前三季度进口增长"].reasons


@pytest.mark.parametrize("line", ["浏览：272", "8条评论", "Dec 28 Sat 2013 00:28", "国办发〔2019〕12号",
                                  "henryspace", "网易首页-->", "主题 | 精华 | 回复",
                                  "2006年12月27日（京港台时间）"])
def test_counters_dates_file_numbers_names_and_rows_are_no_title(line):
    assert choice_of(f"{line}\n{PARA}") is None or choice_of(f"{line}\n{PARA}").line.text != line


def test_only_chrome_gives_no_title():
    assert choice_of("首页\n登录\n注册\n浏览：272\n" + PARA) is None


def test_a_later_metadata_block_is_not_the_article_byline():
    # a forum: the thread title on top, then each post's author above its own time line
    text = "有没有强制用户登录插件？\n2024-05-16 来源：论坛\n" + PARA + "\n某某用户名\n2024-05-17 来源：论坛\n" + PARA
    c = choice_of(text, meta_lines=(1, 4))
    assert c.line.text == "有没有强制用户登录插件？"


def test_signals_switch_off_by_name():
    text = "新闻\n财经\n体育\n娱乐\n海关总署：前三季度进口增长\n" + PARA
    on = {c.line.text: c.score for c in scored_candidates(Document(text), max_length=64)}
    off = {c.line.text: c.score for c in scored_candidates(Document(text), max_length=64,
                                                            disabled=["title-above-core"])}
    assert off["海关总署：前三季度进口增长"] == on["海关总署：前三季度进口增长"] - 2
    assert MIN_SCORE > 0


def test_structure_accepts_signal_names_in_disabled_rules():
    assert set(SIGNAL_NAMES) <= set(ExtractStructure.__module__ and __import__(
        "newsclean.filters.structure", fromlist=["RULE_NAMES"]).RULE_NAMES)
    ExtractStructure(disabled_rules=["title-nav-run"]).validate()
    with pytest.raises(ConfigError):
        ExtractStructure(disabled_rules=["title-nonsense"]).validate()


def test_the_pipeline_takes_the_headline_under_a_menu():
    text = "首页\n新闻\n财经\n体育\n娱乐\n海关总署：前三季度进口增长\n" + PARA + "\n" + PARA.replace("海关", "税务")
    assert newsclean.clean(text).title == "海关总署：前三季度进口增长"


def test_a_short_name_shown_twice_close_by_loses_to_the_headline_between():
    # a channel's name heads the page and stands again in the byline, right above the date
    text = "香港電台-財經\n日本企業5月信心保持穩定 但日圓疲弱推高成本損害利潤\n香港電台-財經\n2024年5月22日週三 上午8:21\n" + PARA
    c = choice_of(text, meta_lines=(2, 3))
    assert c.line.text == "日本企業5月信心保持穩定 但日圓疲弱推高成本損害利潤"
    names = {ch.line.index: ch.reasons for ch in scored_candidates(Document(text), max_length=64)}
    assert "title-name-twice" in names[0]
    article = newsclean.clean(text)
    assert (article.title, article.subtitle) == ("日本企業5月信心保持穩定 但日圓疲弱推高成本損害利潤", None)



def test_a_copy_the_structure_filter_drops_makes_no_name_twice():
    # a short line repeated right under itself (blank lines between) or under a prose line printed
    # above: the structure filter drops the copy, the cleaned text has the line once, and cleaning
    # it again must read it as the first pass does
    question = "台湾突发地震，福建、广东、浙江等地有震感，这次地震波及范围为何如此之广？"
    for text in ("  研究所内网入口\n\n研究所内网入口\n某某研究所召开干部职工大会暨党风廉政建设大会\n" + PARA,
                 f"首页\n{question}\n花莲县海域地震\n{question}\n花莲县海域地震\n" + PARA):
        names = {ch.line.text: ch.reasons for ch in scored_candidates(Document(text), max_length=64)}
        assert not any("title-name-twice" in reasons for reasons in names.values()), text


def test_a_breadcrumbs_last_item_is_the_headline():
    # a slogan above the headline would be taken (above the headline, above the byline): the
    # breadcrumb names the page it leads to
    text = ("网易 --> 商业频道 -->   --> CCER经济学人分析中国经济热度\n免费订阅《高端阅读》\n"
            "CCER经济学人分析中国经济热度\n2005-04-25 08:24:06　来源: 第一财经日报\n" + PARA)
    c = choice_of(text, meta_lines=(3,))
    assert c.line.text == "CCER经济学人分析中国经济热度" and "title-crumb-end" in c.reasons


def test_a_lead_line_between_two_metadata_lines_is_no_headline_above_the_byline():
    # date and source, then the lead's deck, then the reporter's line: the deck is not the title
    text = ("网站导航\n免费订阅《高端阅读》\nCCER经济学人分析中国经济热度\n2005-04-25 08:24:06　来源: 第一财经日报\n"
            "中国社会科学院金融研究所所长李扬说，宏观政策应该相对稳定，但是改革一定要加快\n本报记者罗科苏盈发自北京\n" + PARA)
    assert choice_of(text, meta_lines=(3, 5)).line.text != "中国社会科学院金融研究所所长李扬说，宏观政策应该相对稳定，但是改革一定要加快"
    reasons = {ch.line.text[:4]: ch.reasons for ch in scored_candidates(_doc(text, (3, 5)), max_length=64)}
    assert "title-above-meta" not in reasons["中国社会"] and "title-near-meta" in reasons["中国社会"]


def _doc(text, meta_lines):
    doc = Document(text)
    for k in meta_lines:
        doc.lines[k].state = META
    return doc


MENU = ["首页", "新闻", "财经", "体育", "娱乐", "登录", "注册", "邮箱", "论坛", "博客", "视频", "图片"]


def _page_with_menu(top, menu=MENU, head="任正非有哪四把榔头？", meta="2019-09-07 来源：新华社"):
    """``top``, the menu (dropped as the junk filters drop a menu), the headline, its byline and text."""
    lines = [top, *menu, head, meta, PARA]
    doc = Document("\n".join(lines))
    for k in range(1, 1 + len(menu)):
        doc.drop(doc.lines[k], filter="junk-lines", reason="tags")
    doc.lines[len(lines) - 2].state = META
    return doc


def test_a_line_over_the_pages_furniture_is_no_headline():
    # a promotion over the login box and the menus: the first line, and above the "metadata" below
    doc = _page_with_menu("下载“最好用的手机邮箱应用”")
    reasons = {ch.line.text: ch.reasons for ch in scored_candidates(doc, max_length=64)}
    assert "title-over-furniture" in reasons["下载“最好用的手机邮箱应用”"]
    assert choose_title(doc, max_length=64).line.text == "任正非有哪四把榔头？"


def test_a_headline_over_its_own_dropped_byline_is_not_furniture():
    # the dropped lines under it show a time: its counters, share bar and author card
    menu = MENU[:5] + ["2022-02-14 03:01 阅读"] + MENU[5:]
    doc = _page_with_menu("【赛马娘】情人节赠礼", menu=menu, head="同人连载")
    reasons = {ch.line.text: ch.reasons for ch in scored_candidates(doc, max_length=64)}
    assert "title-over-furniture" not in reasons["【赛马娘】情人节赠礼"]


def test_a_title_shown_again_under_the_furniture_is_not_furniture():
    # the page's <title> on top, the menus, then its <h1>: the first copy is taken
    doc = _page_with_menu("任正非有哪四把榔头？")
    c = choose_title(doc, max_length=64)
    assert c.line.index == 0 and "title-over-furniture" not in c.reasons


def test_the_structure_drops_a_banner_over_the_furniture():
    doc = _page_with_menu("下载“最好用的手机邮箱应用”")
    ExtractStructure()(doc)
    assert doc.line_of("title").text == "任正非有哪四把榔头？"
    assert doc.lines[0].state == "dropped" and doc.lines[0].reason == "page-banner"
    kept = _page_with_menu("下载“最好用的手机邮箱应用”")
    ExtractStructure(disabled_rules=["page-banner"])(kept)
    assert kept.lines[0].state != "dropped"


def test_a_run_of_long_dropped_lines_is_no_furniture():
    # a cleaned text read again: its title on top, and the page model dropping the prose under it
    prose = ["国内做社区需要严格控制用户内容，本项目基于开源插件进行修改，支持内容安全增强版的自动审核" + str(k)
             for k in range(12)]
    doc = _page_with_menu("用户内容检测 - 阿里云内容安全增强版", menu=prose)
    reasons = {ch.line.text: ch.reasons for ch in scored_candidates(doc, max_length=64)}
    assert "title-over-furniture" not in reasons["用户内容检测 - 阿里云内容安全增强版"]


def test_a_banner_is_dropped_from_the_top_only():
    # a kept line above it: dropping it would set two kept lines side by side that were apart
    lines = ["欢迎您，新用户", "下载“最好用的手机邮箱应用”", *MENU, "任正非有哪四把榔头？", "2019-09-07 来源：新华社", PARA]
    doc = Document("\n".join(lines))
    for k in range(2, 2 + len(MENU)):
        doc.drop(doc.lines[k], filter="junk-lines", reason="tags")
    doc.lines[len(lines) - 2].state = META
    ExtractStructure()(doc)
    assert doc.line_of("title").text == "任正非有哪四把榔头？"
    assert doc.lines[1].state != "dropped"


def test_a_copy_the_filters_dropped_makes_no_repeated_headline():
    # a site's name at the top and again in the footer's links, dropped there: no <title> and <h1>
    text = "巴彦淖尔市人民政府\n" + "\n".join(MENU[:9]) + "\n为现代化巴彦淖尔建设凝聚强大智慧和力量\n" \
        "2022-02-11 09:52\n" + PARA + "\n巴彦淖尔市人民政府\n关于我们"
    doc = Document(text)
    for k in range(1, 10):
        doc.drop(doc.lines[k], filter="junk-lines", reason="tags")
    doc.lines[11].state = META
    doc.drop(doc.lines[13], filter="junk-lines", reason="chrome-island")
    reasons = {ch.line.index: ch.reasons for ch in scored_candidates(doc, max_length=64)}
    assert "title-repeated" not in reasons[0]
    doc.lines[13].state = "body"  # (the copy kept: the page shows its headline twice)
    reasons = {ch.line.index: ch.reasons for ch in scored_candidates(doc, max_length=64)}
    assert "title-repeated" in reasons[0]


def test_a_headline_printed_again_under_its_byline_is_repeated():
    # a card's headline, its byline, then the article's own headline: close by, the byline between
    text = "《某某新聞》報道　一個專頁睇晒\n義大利公開賽 茲韋列夫封王\n法新社 2024年5月20日\n義大利公開賽 茲韋列夫封王\n" + PARA
    doc = _doc(text, (2,))
    reasons = {ch.line.index: ch.reasons for ch in scored_candidates(doc, max_length=64)}
    assert "title-repeated" in reasons[1]
    assert "title-repeated" not in reasons[0]


def test_a_breadcrumb_is_no_item_of_a_headline_list():
    text = ("网易 --> 商业频道 -->   --> CCER经济学人分析中国经济热度\n免费订阅《高端阅读》\n"
            "CCER经济学人分析中国经济热度\n2005-04-25 08:24:06　来源: 第一财经日报\n"
            "中国社会科学院金融研究所所长李扬说，宏观政策应该相对稳定，但是改革一定要加快\n" + PARA)
    reasons = {ch.line.text[:4]: ch.reasons for ch in scored_candidates(_doc(text, (3,)), max_length=64)}
    assert "title-list-run" not in reasons["CCER"]


def test_a_long_question_printed_twice_close_by_is_repeated():
    # a Q&A page: the question in its header, a topic tag, the question again over the answers
    q = "台湾突发 7.3 级地震，福建、广东、浙江等地有震感，这次地震波及范围为何如此之广？"
    text = f"创作中心\n{q}\n台湾花莲县海域地震\n{q}\n台湾花莲县海域地震\n" + PARA
    reasons = {ch.line.index: ch.reasons for ch in scored_candidates(Document(text), max_length=64)}
    assert "title-repeated" in reasons[1] and "title-repeated" not in reasons[2]
    assert choose_title(Document(text), max_length=64).line.text == q

