"""Cleaning is idempotent: cleaning ``article.text`` again changes nothing in the title and paragraphs."""
from __future__ import annotations

import pytest
from hypothesis import given

from newsclean import clean
from conftest import SHARED
from newsgen import KNOWN_NOT_IDEMPOTENT, any_text, documents, idempotence_problem, inject_jammers


def assert_idempotent(data, tolerate=KNOWN_NOT_IDEMPOTENT):
    first = clean(data)
    again = clean(first.text)
    assert idempotence_problem(first, again, tolerate) is None
    return first, again


def test_metadata_bare_date_after_a_byline():
    # metadata takes a bare date line below the first paragraph whether or not a byline was
    # found, so the second pass, which no longer sees the byline, decides alike
    assert_idempotent("基层，\n来源：新华网  来源：周晓雪\n基层，。\n基层，。\n"
                      "基层，基层基层基层基层，。基层基层基层基层基层、基层，基层，基层，基层，基层，。\n1990年1月1日\n",
                      tolerate=())


def test_a_subtitle_above_the_metadata_is_found_again():
    # the first pass finds the subtitle by the metadata block under it; the cleaned text has
    # the title first and no metadata block: the subtitle is decided from the lines that stay
    text = ("某报讯 11月25日，某报发布稿件，聚焦某地为基层减负，考核少看台账材料。\n"
            "各地优化考核体系、指标和方式,为基层减负\n三名基层干部眼中的考核之变(干部状态新观察)\n"
            "《人民日报》（2024年11月25日 第11版）\n来源：人民日报\n少看材料、更重实绩\n正文第一段，讲了事情。")
    first, again = assert_idempotent(text, tolerate=())
    assert first.subtitle == "三名基层干部眼中的考核之变(干部状态新观察)"


def test_no_subtitle_above_the_metadata_before_a_line_that_is_no_paragraph():
    # a scrap (a jammer's leftover) under the headline, and the page's first line, above the
    # headline, is no paragraph either: the cleaned text gives title, scrap, line, no subtitle
    text = "&]ë±3Ï\n落实：责任上涨政府工作台北市同比分享改革\nWB4c\n（责编：周晓雪）\n新聞干部下降居民表示分享，居民同比表示干部农村建设。\n"
    first, again = assert_idempotent(text, tolerate=())
    assert first.subtitle is None


def test_lone_numbers_parted_by_a_removed_line():
    # junk-lines drops a lone small number only beside other junk; two numbers parted by a
    # title copy (which the structure filter drops later) stand side by side in the cleaned
    # text, and side by side they are still no junk for each other
    text = "经济上海发展今日建设百分之\n7\n经济上海发展今日建设百分之\n7\n正文一段，讲了事情。"
    first, again = assert_idempotent(text, tolerate=())
    assert first.paragraphs[:2] == ["7", "7"]


PARA = "记者从有关部门获悉，这项活动已经连续举办了十年，吸引了大量市民参加，受到普遍欢迎。"


def test_metadata_does_not_count_lines_the_structure_filter_drops_as_repeats():
    # the metadata filter reads how many date lines and paragraphs there are, and which
    # lines are the last ones; a line repeated (right below itself, or a paragraph anywhere)
    # is dropped by the structure filter later, so it is counted once, as the cleaned text has it
    for text in (f"某地举行活动\n{PARA}\n2003/11/11\n2003/11/11\n",  # a lone date, twice
                 f"某地举行活动\n{PARA}\n{PARA}\n2004-06-17 05:06\n",  # one paragraph, twice
                 "某地举行活动\n?  ?  ?责任编辑：周晓雪\n正文第一段，讲了事情。\n基层、。\n基层、。\n"):  # the last lines
        first, again = assert_idempotent(text, tolerate=())
        assert not any(p[:1].isdigit() or "责任编辑" in p for p in first.paragraphs), text


def test_a_triangle_line_beside_a_near_copy_of_the_title():
    # the ▲ list rule must not count a neighbour that the structure filter drops as a title copy
    text = "经济上海发展今日建设百分之\n▲会议现场群众发展\n▲经济上海发展今日建设\n正文第一段，讲了事情。\n"
    first, again = assert_idempotent(text, tolerate=())
    assert [c.text for c in first.captions] == ["会议现场群众发展"]


def test_a_breadcrumb_that_comes_to_the_top_of_the_cleaned_text():
    # junk-lines drops a breadcrumb only among the page's first lines, up to the first running
    # text; a caption (running text until the captions filter takes it) or metadata lines
    # (removed later) held places there, and the cleaned text has the breadcrumb at its top
    for text in ("经济上海发展今日建设百分之\n图为会议现场，群众参加活动。 李思银 摄\n> 财经 频道\n正文第一段，讲了事情。\n",
                 "经济上海发展今日建设百分之\n来源：新华网\n责任编辑：张三\n作者：李四\n审核：王五\n校对：赵六\n"
                 "首页 > 财经\n正文第一段，讲了事情。\n"):
        first, again = assert_idempotent(text, tolerate=())
        assert first.paragraphs == ["正文第一段，讲了事情。"]


CAPTION = "图为活动现场，市民们排起长队参加这项已经连续举办了十年的活动，现场气氛十分热烈。 新华社记者 张三 摄"


def test_metadata_zones_do_not_count_captions():
    # the byline zone ends at the first paragraph and glued fields are looked for in the last
    # lines: a caption (the captions filter takes it later) and a repeated paragraph (the
    # structure filter drops it) are neither, as the cleaned text has them not
    byline = ("调查显示发现公司居民调查\n新聞同比1024\n增长记者台账“要求；调查昆明公司落实春城”改革数据企业196。 新华社记者 欧阳娜娜 摄\n"
              "2013年10月25日\u3000责编刘 洋\n2015年8月25日 00:34\u3000通讯员张三\n")
    first, again = assert_idempotent(byline, tolerate=())
    assert first.paragraphs == ["新聞同比1024"]
    last = f"某地举行活动\n{PARA}\n活动到此结束了。责任编辑：张三\n{PARA}\n{CAPTION}\n后记一句。\n"
    first, again = assert_idempotent(last, tolerate=())
    assert first.paragraphs == [PARA, "活动到此结束了。", "后记一句。"]


def test_a_first_line_paragraph_counts_among_the_paragraphs_above_a_bare_date():
    # a bare date is the page's date only below the first paragraph: with no title, the
    # cleaned text has that paragraph on its first line, and it counts there too
    text = (f"来源：新华网\n{PARA}\n又一段，{PARA}\n2028-02-19 00:14\n加强银行春城农村宣布——。宣布增长材料加强改革。\n")
    first, again = assert_idempotent(text, tolerate=())
    assert "2028-02-19 00:14" in first.paragraphs


def test_dated_links_parted_by_a_caption_are_a_link_list():
    # two titles ending in a date, a caption between them (the captions filter takes it
    # later): the cleaned text has them side by side, a link list, so they go now
    text = f"正文标题在这里\n{PARA}\n又一段，{PARA}\n某地召开会议2001-11-08\n▲建设指出银行742。\n某地又开会议2001-11-09\n后文一段。"
    first, again = assert_idempotent(text, tolerate=())
    assert first.paragraphs[2:] == ["后文一段。"]


def test_dated_links_parted_by_a_line_a_later_filter_removes_are_a_link_list():
    # two titles ending in a date with a title copy, a notice, a repeated paragraph or a field
    # line between them (later filters take these): the cleaned text has them side by side, a link list
    long = "又一段，" + PARA
    for between in ("正文标题在这里", "本文来源：网络，如有侵权请联系删除", long, "来源：新华网", "责任编辑：张三"):
        text = (f"正文标题在这里\n{PARA}\n{long}\n第三段，{PARA}\n某地召开会议2001-11-08\n{between}\n"
                "某地又开会议2001-11-09\n后文一段，讲了别的事情。\n")
        first, again = assert_idempotent(text, tolerate=())
        assert first.paragraphs[-1] == "后文一段，讲了别的事情。" and not any("会议" in p for p in first.paragraphs)


def test_metadata_counts_no_caption_or_notice_among_the_paragraphs():
    # a bare date below the first paragraph is the page's date; a notice or a caption above it
    # (later filters take them) is no paragraph, as the cleaned text has it not
    notice = "本文来源：网络，如有侵权请联系删除 【免责声明】本文仅代表作者观点，与本站无关。"
    for text in (f"某地举行活动\n{notice}\n{PARA}\n1996年1月21日\n", f"某地举行活动\n{PARA}\n{CAPTION}\n2008/12/14\n"):
        first, again = assert_idempotent(text, tolerate=())
        assert first.paragraphs == [PARA]


def test_triangle_lines_that_differ_only_in_spaces_are_one_caption_twice():
    # the structure filter compares lines without their spaces: a copy is no second list item
    text = f"某地举行活动\n{PARA}\n▲项 目指出同比今日进一步改革。\n▲项目指出同比今日进一步改革。\n后文。\n"
    first, again = assert_idempotent(text, tolerate=())
    assert first.paragraphs == [PARA, "后文。"]


def test_metadata_counts_the_lines_above_a_bare_date_as_the_cleaned_text_has_them():
    # a bare date is the page's date only near the top (fewer than so many lines kept above
    # it); lines repeated right below themselves go as duplicates later and do not count
    rows = "".join(f"第{n}项工作已经完成。\n第{n}项工作已经完成。\n" for n in "一二三四五六七")
    first, again = assert_idempotent(f"某地举行活动\n{PARA}\n{rows}2005-06-27 12:39:39\n", tolerate=())
    assert first.paragraphs[-1] == "第七项工作已经完成。"


@given(documents())
def test_generated_pages(text):
    assert_idempotent(text)


@given(any_text)
def test_any_text(text):
    assert_idempotent(text)


def test_a_page_with_everything():
    text = ("中国经济稳中向好\n\u3000\u3000新华社北京11月25日电 基层减负X7 k, w. B，考核少看台账。\u200b\n"
            "来源：新华网  责编：周晓雪\n图为会议现场。 李思银 摄\n分享到：微信 QQ空间\n正文第二段。")
    first, again = assert_idempotent(text)
    assert again.removed == []  # the cleaned text holds nothing left to remove


def test_corpus(corpus_texts):
    bad = []
    for name, text in corpus_texts:
        for variant, data in (("plain", text), ("jammed", inject_jammers(text, len(name)))):
            first = clean(data)
            problem = idempotence_problem(first, clean(first.text))
            if problem:
                bad.append(f"{name} ({variant}): {problem}")
    assert bad == []


def test_a_label_split_by_an_invisible_character_is_still_a_label():
    """Filters see the text earlier filters left, not the raw input: 来\\u200b源 is 来源 once cleaned."""
    first, again = assert_idempotent("正文第一段。\n来\u200b源：新华网\n正文第二段。")
    assert first.metadata.sources == ["新华网"]
    assert "来源" not in first.text


def test_a_field_line_behind_a_scrap_above_the_last_lines():
    # the first copy stood above the last lines the metadata filter reads for glued fields
    # while a title copy and a scrap (later dropped) were below it; the second pass has
    # them not: the line is decided from itself, a field line behind signs only
    block = "W&?Fg  ?  ?  ?  ?\nHW&[\n  ?  ?  ?记者： 周晓雪\n1990年1月5日\u3000来源：证券市场红周刊\n"
    first, _ = assert_idempotent("项目、改革表示干部春城指出宣布改革落实、加强 要求234\n" + block
                                 + "项目、改革表示干部春城指出宣布改革落实、加强 要求234\n" + block, tolerate=())
    assert not any("周晓雪" in p for p in first.paragraphs)


def test_triangle_lines_at_the_top_of_a_page_with_no_title():
    # with no title the first line only holds the title's place: it is no title copy, so two
    # ▲ lines there are a list (both body), not one list item and one caption
    first, _ = assert_idempotent("\t▲分享政府材料公司。\u3000\n ▲下降增长；？\n正文第一段的内容在这里，说了一些事情。",
                                 tolerate=())
    assert first.paragraphs[:2] == ["▲分享政府材料公司。", "▲下降增长；？"]


def test_triangle_lines_under_a_first_line_that_is_no_headline():
    # '干部' is too short for a headline, so the structure filter makes no title of it: a ▲
    # line like it is no title copy, and the two ▲ lines stay a list on both passes
    first, _ = assert_idempotent("干部\n\n  ▲干&gt;部！\n  ▲干部&gt;！\n", tolerate=())
    assert first.paragraphs == ["干部", "▲干>部！", "▲干部>！"]


def test_metadata_counts_no_caption_among_the_lines_above_a_bare_date():
    # a bare date line is the page's date only near the top, counted in lines the cleaned
    # text keeps: a caption line (taken by a later filter) must not count, or the second
    # pass, without it, finds the date line a line nearer and takes it
    shorts = [f"第{i}项内容很短" for i in "一二三四五六七八九十"] + ["补充一", "补充二"]
    text = ("活动标题在这里\n2023年3月19日\n" + PARA + "\n" + "\n".join(shorts[:7]) + "\n图片来源：新华网\n"
            + "\n".join(shorts[7:]) + "\n2015年5月8日 03:16\n尾声。")
    assert_idempotent(text, tolerate=())


def test_a_triangle_line_beside_a_repeat_of_an_earlier_line():
    # the structure filter drops the second copy of a prose line: it is no list neighbour,
    # or the ▲ line beside it is a list item on the first pass and a caption on the second
    text = ("今日要闻标题\n" + PARA + "\n▲投资编辑工作加强、分享。\n▲落实工作新措施百分之台北市春城落实项目落实分享报道干部表示？\n"
            + PARA + "x\n▲投资编辑工作加强、分享。\n▲落实工作新措施百分之台北市春城落实项目落实分享报道干部表示？\n")
    assert_idempotent(text, tolerate=())


def test_a_bracketed_field_behind_signs_only():
    # html_leftovers turns &amp; into &: the line left, &（责编：周晓雪）, is a bracketed field
    # behind a scrap of signs, metadata on both passes (not a paragraph, nor the title once
    # it is the first line)
    first, again = assert_idempotent("基层，\n图为基层，。 周晓雪 摄\n&amp;（责编：周晓雪）\n基层，。基层，。", tolerate=())
    assert ("editor", "周晓雪") in [(c.role, c.name) for c in first.metadata.credits]
    assert not any("责编" in p for p in first.paragraphs)
    top = clean("&（责编：周晓雪）\n基层，\n基层，。基层，。")
    assert top.title is None and ("editor", "周晓雪") in [(c.role, c.name) for c in top.metadata.credits]


def test_a_line_repeated_right_below_itself_counts_once_in_a_menu_run():
    # the structure filter drops the copy of 基层，。: the first pass must not count it among the
    # short lines around 基层，基层！ (a menu run there) when the second pass, without it, does not
    first, _ = assert_idempotent("基层，\n\u200b1990年1月1日\u3000来源：新华网\n\u200b基层，基层！\n\u200b基层，。\n\u200b基层，。\n",
                                 tolerate=())
    assert first.title == "基层，基层！"


#: the web pool's texts (container and whole-page) that a second cleaning still changes, at most:
#: forum threads whose core the page model finds only once their junk lines are gone, menus
#: parted on the first pass by a title or its copy (on top of the cleaned text) or by a notice,
#: and titles decided by lines the first pass sees and the second does not
WEB_POOL_NOT_IDEMPOTENT = 14


def test_web_pool():
    # the development pool of real pages: the count may only go down (lower it when it does)
    web = SHARED / "corpus" / "web"
    files = sorted(web.glob("*.txt")) if web.is_dir() else []
    if not files:
        pytest.skip(f"web pool not found at {web}")
    bad = []
    for path in files:
        first = clean(path.read_text(encoding="utf-8"))
        problem = idempotence_problem(first, clean(first.text), tolerate=())
        if problem:
            bad.append(f"{path.name}: {problem[:120]}")
    assert len(bad) <= WEB_POOL_NOT_IDEMPOTENT, "\n".join(bad)
