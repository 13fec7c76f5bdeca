import pickle

import pytest

from newsclean.document import Document
from newsclean.errors import ConfigError, PatternTimeout
from newsclean.filters.junk_lines import DropJunkLines


def run(text, **options):
    doc = Document(text)
    DropJunkLines(**options).apply(doc)
    return doc


def kept(doc):
    return [line.text.strip() for line in doc.body_text_lines()]


def reasons(doc):
    return [line.reason for line in doc.lines if line.text.strip()]


@pytest.mark.parametrize("line, reason", [
    ("分享到：", "share-bar"),
    ("\t\t\t\tQQ空间", "share-bar"),
    ("微信 微博 Qzone", "share-bar"),
    ("分享到: 0", "share-bar"),
    ("用微信扫码二维码", "share-bar"),
    ("字号 大 中 小", "page-chrome"),
    ("T", "page-chrome"),
    ("+", "page-chrome"),
    ("返回顶部", "page-chrome"),
    ("取消   确认", "page-chrome"),
    ("【纠错】", "page-chrome"),
    ("（完）", "page-chrome"),
    ("326", "counter"),
    ("5,874", "counter"),
    ("阅读 1234", "counter"),
    ("1032人参与308评论", "counter"),
    ("评论（191）", "counter"),
    ("只看该作者", "forum-chrome"),
    ("查看: 2341|回复: 12", "forum-chrome"),
    ("本帖最后由 老张 于 2019-3-5 10:21 编辑", "forum-chrome"),
    ("只看该作者 | 倒序浏览 | 阅读模式", "forum-chrome"),
    ("\ue602", "scraper-artefact"),
    ("IMG_2031.jpg (215.3 KB, 下载次数: 3)", "forum-chrome"),
    ("2019-3-5 10:21 上传", "forum-chrome"),
    ("点击上方蓝字关注我们", "wechat-chrome"),
    ("在看", "wechat-chrome"),
    ("相关阅读", "related-links"),
    ("推荐阅读", "related-links"),
    ("关键字 :", "tags"),
    ("标签：苹果 劳动 维权", "tags"),
    ("京ICP备12345678号", "copyright"),
    ("Copyright © 2019 Example.com 版权所有", "copyright"),
    ("更多猛料！欢迎扫描左方二维码关注新浪新闻官方微信", "follow-prompt"),
    ("网易新闻客户端下载", "follow-prompt"),
    ("新浪财经APP", "follow-prompt"),
    ("扫一扫在手机打开当前页", "follow-prompt"),
    ("您的浏览器暂时无法播放此视频.", "follow-prompt"),
    ("上一篇：2019年中国产业政策与发展地理学术研讨会", "page-chrome"),
    ("|", "scraper-artefact"),
    ("ID:jrtt |", "scraper-artefact"),
    # a row of page-function buttons
    ("页面功能  【我来说两句】【我要“揪”错】【推荐】【字体：大 中 小】【打印】 【关闭】", "page-chrome"),
    ("【評論】【推薦】【大 中 小】【打印】【關閉】", "page-chrome"),
    ("[评论] [打印] [关闭]", "page-chrome"),
    # video players, recommendation feeds, Q&A sites
    ("超清 高清 标清", "page-chrome"),
    ("进入全屏", "page-chrome"),
    ("当前浏览器不支持播放", "follow-prompt"),
    ("减少此类内容", "page-chrome"),
    ("写回答 邀请回答", "forum-chrome"),
    # share bars and buttons of Taiwan and Hong Kong pages, and of networks abroad
    ("轉寄 列印 分享", "share-bar"),
    ("分享至 Facebook LINE Twitter 複製連結", "share-bar"),
    ("字級", "page-chrome"),
    # a comment box
    ("写下你的评论...", "page-chrome"),
    ("快来抢沙发吧", "page-chrome"),
    # licence and filing lines of a footer
    ("增值电信业务经营许可证：京B2-20090059", "copyright"),
    ("广播电视节目制作经营许可证（京）字第01234号", "copyright"),
    ("網路文化經營許可證 京網文〔2019〕1234-123號", "copyright"),
])
def test_junk_line(line, reason):
    doc = run("正文第一段，讲了一件事情的来龙去脉。\n" + line + "\n正文第二段，又讲了另一件事情的经过。")
    assert kept(doc) == ["正文第一段，讲了一件事情的来龙去脉。", "正文第二段，又讲了另一件事情的经过。"]
    assert doc.lines[1].reason == reason
    assert doc.build().removed[0].text == line.strip()


@pytest.mark.parametrize("line", [
    "他在微博上说，这件事还没有结束。",
    "记者扫描二维码后发现，页面跳转到了一个陌生网站。",
    "分享到朋友圈的照片很快引来上百条评论。",
    "少看材料、更重实绩",
    "2019-09-07 15:10:53",
    "2019",
    "01",
    "09/07",
    "版权所有人张某表示，将依法维权。",
    "评论员文章：把改革推向前进",
    "老张 发表于 2019-3-5 10:21",  # a date line: the metadata filter's
    "【新华社】【人民日报】评论说，改革要继续推进。",  # brackets in a sentence
    "【独家】【深度】", # two are no row
    "多地暂停发放采矿许可证",  # a headline about licences
    "发放许可证12000余张",    # a count of them
    "确定了三项任务",          # a button's word in a line
])
def test_article_text_stays(line):
    doc = run("正文第一段，讲了一件事情的来龙去脉。\n" + line + "\n正文第二段，又讲了另一件事情的经过。")
    assert line.strip() in kept(doc)


def test_glued_junk_is_cut_not_the_line():
    doc = run("这是正文的最后一句。【纠错】\n新华社北京电（完）")
    assert kept(doc) == ["这是正文的最后一句。", "新华社北京电"]
    removed = doc.build().removed
    assert [r.text for r in removed] == ["【纠错】", "（完）"]
    assert {r.reason for r in removed} == {"glued-junk"}


def test_glued_back_to_site_link_is_cut():
    doc = run("作者：余某 向某返回富达，查看更多")
    assert kept(doc) == ["作者：余某 向某"]


@pytest.mark.parametrize("line, body", [
    ("这一行业的整顿仍将持续。返回某某网首页>>", "这一行业的整顿仍将持续。"),
    ("这一行业的整顿仍将持续。返回某某网首页 »", "这一行业的整顿仍将持续。"),
    ("这一行业的整顿仍将持续。返回某某网首页", "这一行业的整顿仍将持续。"),
])
def test_glued_back_to_home_link_is_cut(line, body):
    doc = run("正文第一段，讲了一件事情的来龙去脉。\n" + line)
    assert kept(doc) == ["正文第一段，讲了一件事情的来龙去脉。", body]
    assert [r.reason for r in doc.build().removed] == ["glued-junk"]


@pytest.mark.parametrize("line, body", [
    ("宣布今年购物节时间延长。（更多详情：某某公司继续押宝跨境电商）", "宣布今年购物节时间延长。"),
    ("宣布今年购物节时间延长。(相关报道:某地发生一件事)", "宣布今年购物节时间延长。"),
    ("宣布今年购物节时间延长。（延伸阅读：某地发生一件事）【纠错】", "宣布今年购物节时间延长。"),
])
def test_glued_bracketed_link_is_cut(line, body):
    doc = run("正文第一段，讲了一件事情的来龙去脉。\n" + line)
    assert kept(doc) == ["正文第一段，讲了一件事情的来龙去脉。", body]


@pytest.mark.parametrize("line", [
    "他在文中写道。（原文链接：https://example.com/a）",  # the original address: the metadata filter's
    "会议讨论了三件事（相关报道见今日本报第三版）。",  # no label and colon, inside the sentence
    "（相关报道：某地发生一件事）他接着说，事情还没完。",  # not at the end
])
def test_bracketed_link_words_in_text_stay(line):
    doc = run("正文第一段，讲了一件事情的来龙去脉。\n" + line)
    assert kept(doc)[-1] == line


@pytest.mark.parametrize("line", ["返回某某网首页>>", "点击返回首页", "返回某站首页 >"])
def test_back_to_home_link_alone_is_chrome(line):
    doc = run("正文第一段，讲了一件事情的来龙去脉。\n" + line)
    assert kept(doc) == ["正文第一段，讲了一件事情的来龙去脉。"]
    assert doc.lines[1].reason == "page-chrome"


@pytest.mark.parametrize("line", [
    "用户点击页面右上角的图标即可返回首页",  # reporting: no arrow, not after a sentence
    "改版以后，返回首页>>的按钮不见了。",  # inside a sentence
    "他说要返回首页",
])
def test_back_to_home_in_a_sentence_stays(line):
    doc = run("正文第一段，讲了一件事情的来龙去脉。\n" + line)
    assert kept(doc)[-1] == line


def test_pager_takes_the_linked_title():
    doc = run("正文一段，讲完了。\n上一篇\n常德市第二中学召开主题教育工作会议\n【下一篇】\n桃源：法官驱车送赔偿款")
    assert kept(doc) == ["正文一段，讲完了。"]


def test_profile_card_fields_and_their_values():
    doc = run("三星手机正式发布\n微信号\nFViewXFG\n功能介绍\n聚焦手机互联网领域的行业思考\n正文一段，讲完了。")
    assert kept(doc) == ["三星手机正式发布", "正文一段，讲完了。"]


GLUED_TAGS = "某某公司张三KconZoomEyeEvi1m0XSSTombkeeperJScript OAuthTeensy"


def test_tag_cloud_glued_into_one_line_above_the_article():
    doc = run("某某论坛在北京举办\n作者：李四\n" + GLUED_TAGS + "\n正文第一段，讲了一件事情的来龙去脉。")
    assert kept(doc) == ["某某论坛在北京举办", "作者：李四", "正文第一段，讲了一件事情的来龙去脉。"]
    assert doc.lines[2].reason == "tags"


@pytest.mark.parametrize("line", [
    "iPhone11ProMax和GalaxyS20Ultra对比评测",  # a headline with product names: few capitals after small letters
    "知道创宇发布新版ZoomEye",
])
def test_headline_with_glued_names_stays(line):
    doc = run(line + "\n正文第一段，讲了一件事情的来龙去脉。")
    assert kept(doc)[0] == line


def test_glued_words_inside_the_article_stay():
    # after the first paragraph it may be the article's (a list of names, an identifier)
    doc = run("正文第一段，讲了一件事情的来龙去脉。\n" + GLUED_TAGS + "\n正文第二段，又讲了另一件事情的经过。")
    assert GLUED_TAGS in kept(doc)


REWARD_CARD = "微信扫一扫赞赏作者\n赞赏\n人赞赏\n长按二维码向我转账\n{slogan}\n"


def test_reward_card_name_and_slogan_above_the_reward_button():
    # the name is the byline's again, the slogan is printed again under the transfer code
    doc = run("某某标题\n老王\n正文一段，讲完了。\n老王\n请老王喝杯茶。\n" + REWARD_CARD.format(slogan="请老王喝杯茶。"))
    assert kept(doc) == ["某某标题", "老王", "正文一段，讲完了。"]
    assert doc.lines[3].reason == doc.lines[4].reason == doc.lines[9].reason == "wechat-chrome"


def test_article_lines_above_the_reward_button_stay():
    # printed once: the article's last lines, however short
    doc = run("某某标题\n正文一段，讲完了。\n谢谢阅读。\n" + REWARD_CARD.format(slogan="喜欢就赞赏"))
    assert kept(doc) == ["某某标题", "正文一段，讲完了。", "谢谢阅读。", "喜欢就赞赏"]
    # a short line printed twice but not right above the button
    doc = run("某某标题\n小结\n正文一段，讲完了。\n小结\n正文第二段，也讲完了。\n" + REWARD_CARD.format(slogan="小结"))
    assert kept(doc)[:5] == ["某某标题", "小结", "正文一段，讲完了。", "小结", "正文第二段，也讲完了。"]


def test_small_numbers_are_counters_only_beside_junk():
    doc = run("分享到：\n9\n正文一段，讲完了。\n1\n第一部分的正文。\n2\n第二部分的正文。")
    assert kept(doc) == ["正文一段，讲完了。", "1", "第一部分的正文。", "2", "第二部分的正文。"]
    assert doc.lines[1].reason == "counter"


def test_small_number_under_the_date_bar_is_its_counter():
    doc = run("某某标题\n2019-09-05 11:10 某某网\n1\n正文第一段，讲了一件事情的来龙去脉。")
    assert kept(doc) == ["某某标题", "2019-09-05 11:10 某某网", "正文第一段，讲了一件事情的来龙去脉。"]
    assert doc.lines[2].reason == "counter"


@pytest.mark.parametrize("text", [
    # a date and time inside the article: the number under it numbers a section
    "正文第一段，讲了一件事情的来龙去脉。\n会议 2019-09-05 11:10 开始\n1\n正文第二段，又讲了另一件事情的经过。",
    # a date without a time is no date bar (a dated heading)
    "某某标题\n2019年9月5日 某地\n1\n正文第一段，讲了一件事情的来龙去脉。",
])
def test_section_number_under_a_dated_line_stays(text):
    doc = run(text)
    assert "1" in kept(doc)


def test_account_name_above_a_follow_button():
    doc = run("标题在这里\n去驴行\n关注\n正文一段，讲完了。")
    assert kept(doc) == ["标题在这里", "正文一段，讲完了。"]
    assert doc.lines[1].reason == "follow-prompt"


def test_small_number_under_a_counter_label():
    doc = run("时间：2019年10月31日 23:00  浏览：\n33\n正文一段，讲完了。")
    assert doc.lines[1].reason == "counter"


def test_a_discuz_thread_keeps_only_the_post():
    page = "\n".join([
        "本帖最后由 zhangsan 于 2019-3-5 10:21 编辑",
        "显示全部楼层 |阅读模式",
        "查看: 2341|回复: 12",
        "[复制链接]",
        "楼主",
        "昨天去了一趟老街，拍了几张照片，和大家分享一下。",
        "IMG_2031.jpg (215.3 KB, 下载次数: 3)",
        "下载附件 (215.3 KB)",
        "保存到相册",
        "2019-3-5 10:21 上传",
        "老街的青石板路还在，只是两边的店铺都换了。",
        "回复 2# 李四",
        "您需要 登录 才可以下载或查看，没有帐号？立即注册",
        "使用道具 举报",
        "电梯直达",
    ])
    assert kept(run(page)) == ["昨天去了一趟老街，拍了几张照片，和大家分享一下。", "老街的青石板路还在，只是两边的店铺都换了。"]


def test_wechat_chrome():
    page = "\n".join([
        "点击上方“某某科技”，关注我们",
        "三星发布了新手机，售价不低。",
        "预览时标签不可点",
        "微信扫一扫",
        "关注该公众号",
        "继续滑动看下一个",
        "轻触阅读原文",
        "视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看",
    ])
    assert kept(run(page)) == ["三星发布了新手机，售价不低。"]


def test_app_names_inside_sentences_stay():
    line = "他每天都打开新浪财经APP看行情，已经坚持了五年。"
    assert kept(run(line)) == [line]


def test_related_links_block_until_the_article_resumes():
    text = "\n".join([
        "正文第一段，讲了一件事情的来龙去脉。",
        "相关新闻",
        "一家人乘车赴跨国婚礼 丢了嫁妆多亏铁警找回",
        "湖州：山村箍桶匠坚守57年",
        "这是文章的下一段，记者继续采访了有关部门的负责人。",
        "负责人表示，这项工作将在年底前全部完成，并接受社会监督。",
    ])
    doc = run(text)
    assert kept(doc) == [
        "正文第一段，讲了一件事情的来龙去脉。",
        "这是文章的下一段，记者继续采访了有关部门的负责人。",
        "负责人表示，这项工作将在年底前全部完成，并接受社会监督。",
    ]
    assert reasons(doc)[1:4] == ["related-links"] * 3


def test_related_block_stops_at_a_metadata_label():
    doc = run("正文一段，讲完了。\n延伸阅读\n某地发生一件事\n本文来源：新京报\n责任编辑：张三")
    assert kept(doc) == ["正文一段，讲完了。", "本文来源：新京报", "责任编辑：张三"]


def test_related_lists_can_be_switched_off():
    doc = run("正文一段，讲完了。\n相关阅读\n某地发生一件事", related_lists=False)
    assert "某地发生一件事" in kept(doc)


def test_titles_ending_in_dates_are_a_link_list():
    doc = run("正文一段，讲完了。\n十一假期来武汉旅游体验2020.10.04\n博物馆里看武汉｜图集2020.10.04")
    assert kept(doc) == ["正文一段，讲完了。"]


def test_date_fields_are_not_a_link_list():
    text = "活动时间：2020年3月5日\n报名截止：2020年3月1日\n地点在市民中心"
    assert kept(run(text)) == ["活动时间：2020年3月5日", "报名截止：2020年3月1日", "地点在市民中心"]


@pytest.mark.parametrize("between", [
    "某地举行活动",  # a copy of the title (the first line): the structure filter drops it
    "本文来源：网络，如有侵权请联系删除",  # a notice: the notices filter takes it
    "正文一段，讲完了。这是一段足够长的正文，说了不少事情，长过三十个字。",  # a paragraph printed above: a repeat
    "来源：新华网",  # a field line: the metadata filter takes it
    "责任编辑：张三",
])
def test_dated_titles_parted_by_a_line_a_later_filter_removes_are_a_link_list(between):
    from newsclean import default_filters
    from newsclean.later import Later

    text = ("某地举行活动\n正文一段，讲完了。这是一段足够长的正文，说了不少事情，长过三十个字。\n"
            f"十一假期来武汉旅游体验2020.10.04\n{between}\n博物馆里看武汉｜图集2020.10.04\n后文一段。")
    doc = Document(text)
    filters = default_filters()
    doc.later = Later(filters[[f.name for f in filters].index("junk-lines") + 1:])  # as the pipeline does
    DropJunkLines().apply(doc)
    assert "十一假期来武汉旅游体验2020.10.04" not in kept(doc)
    assert "博物馆里看武汉｜图集2020.10.04" not in kept(doc)
    # alone the filter knows of no later filter: the line between parts the two titles
    assert "十一假期来武汉旅游体验2020.10.04" in kept(run(text))


def test_dated_titles_parted_by_a_paragraph_stay():
    # control: a line that stays in the cleaned text parts them there too
    doc = run("某地举行活动\n正文一段，讲完了。\n十一假期来武汉旅游体验2020.10.04\n"
              "另一段正文，讲了另一件事，也讲完了。\n博物馆里看武汉｜图集2020.10.04\n后文一段。")
    assert "十一假期来武汉旅游体验2020.10.04" in kept(doc)
    assert "博物馆里看武汉｜图集2020.10.04" in kept(doc)


def test_one_line_ending_in_a_date_stays():
    doc = run("正文一段，讲完了。\n会议定于2020.10.04")
    assert "会议定于2020.10.04" in kept(doc)


def test_tag_cloud_next_to_junk():
    doc = run("正文一段，讲完了。\n四川\n户外运动\n雅安\n收藏\n举报")
    assert kept(doc) == ["正文一段，讲完了。"]


def test_short_lines_inside_the_article_stay():
    text = "正文一段，讲完了。\n春眠\n不觉晓\n处处\n闻啼鸟\n正文又一段，接着讲。"
    assert kept(run(text)) == ["正文一段，讲完了。", "春眠", "不觉晓", "处处", "闻啼鸟", "正文又一段，接着讲。"]


def test_breadcrumb_words_need_a_separator():
    assert run("新华网  正文\n标题").lines[0].reason == "breadcrumb"
    assert run("您所在的位置：\n标题").lines[0].reason == "breadcrumb"
    assert run("正文正文\n标题").lines[0].reason is None
    assert run("首页设计大赛开幕\n正文。").lines[0].reason is None


def test_breadcrumb_only_at_the_top():
    doc = run("首页 > 财经 > 正文\n标题在这里\n正文一段。\n" + "\n".join(f"第{i}段正文，内容。" for i in range(8)) + "\nA > B")
    assert doc.lines[0].reason == "breadcrumb"
    assert "A > B" in kept(doc)


def test_user_phrases_patterns_and_lexicon_file(tmp_path):
    lexicon = tmp_path / "mine.txt"
    lexicon.write_text("# my site\n本站推荐\n", encoding="utf-8")
    doc = run("正文一段。\n打开某某APP看更多\n本站推荐\n正文二段。广告位招租",
              extra_phrases=["打开某某APP看更多"], extra_patterns=[r"广告位招租"], lexicon_path=str(lexicon))
    assert kept(doc) == ["正文一段。", "正文二段。"]
    assert reasons(doc)[1:3] == ["user-phrase", "user-phrase"]


def test_bad_user_pattern_is_a_config_error():
    with pytest.raises(ConfigError):
        run("正文。", extra_patterns=["(unclosed"])


def test_slow_user_pattern_times_out():
    with pytest.raises(PatternTimeout):
        run("a" * 40 + "!", extra_patterns=[r"(a|a)+$"])


def test_every_removed_character_is_recorded():
    text = "分享到：\n微信\n正文一段。【纠错】\n相关阅读\n某个标题"
    doc = run(text)
    article = doc.build()
    for r in article.removed:
        assert text[r.start:r.end] == r.text
    assert "".join(r.text for r in article.removed) == "分享到：微信【纠错】相关阅读某个标题"


def test_options_roundtrip_and_pickle():
    f = DropJunkLines.from_options({"extra_phrases": ["x站推荐"]})
    assert f.options()["extra_phrases"] == ["x站推荐"]
    g = pickle.loads(pickle.dumps(f))
    assert kept(g(Document("正文。\nx站推荐"))) == ["正文。"]


# ------------------------------------------------------------ neighbours of chrome
def test_promo_alone_between_chrome_lines_in_the_header():
    page = "\n".join([
        "某市地铁三号线今日开通",
        "2021年05月06日 10:20",
        "某某日报",
        "微信",
        "QQ空间",
        "“读懂城市的脉搏”，一份榜单看懂今年的城市变化！",
        "“年度城市人物评选”正在进行中！【点击投票】选出你心中的人物",
        "本报讯（记者 王某）今天上午，地铁三号线正式开通运营，全长二十公里。",
    ])
    doc = run(page)
    assert kept(doc) == ["某市地铁三号线今日开通", "2021年05月06日 10:20", "某某日报",
                         "本报讯（记者 王某）今天上午，地铁三号线正式开通运营，全长二十公里。"]
    assert doc.lines[5].reason == "chrome-island"


def test_video_player_title_between_player_buttons():
    page = "正文一段，讲完了这件事。\n自动播放\n某品牌发布新手机：配五种颜色\nplay\n向前\n正文又一段，接着讲。"
    doc = run(page)
    assert kept(doc) == ["正文一段，讲完了这件事。", "正文又一段，接着讲。"]


@pytest.mark.parametrize("line", [
    "某市地铁三号线今日开通",  # the headline itself, before any date or paragraph
    "来源：某某日报",  # metadata between chrome lines is the metadata filter's
    "2021年05月06日 10:20 某某日报",
    "文明城市",  # too short to tell from a byline or a name
    "本报讯（记者 王某）今天上午，地铁三号线正式开通。",  # a sentence
])
def test_lines_between_chrome_that_stay(line):
    doc = run(f"打印\n{line}\n分享到：\n正文一段，讲了一件事情。")
    assert line in kept(doc)


def test_islands_can_be_switched_off():
    page = "正文一段，讲完了这件事。\n自动播放\n某品牌发布新手机：配五种颜色\nplay"
    assert "某品牌发布新手机：配五种颜色" in kept(run(page, chrome_islands=False))


def test_island_needs_chrome_on_both_sides():
    page = "正文一段，讲完了这件事。\n某品牌发布新手机：配五种颜色\nplay\n正文又一段，接着讲。"
    assert "某品牌发布新手机：配五种颜色" in kept(run(page))


def test_follow_button_with_the_site_name_beside_a_share_bar():
    doc = run("标题在这里\n来源：某某网\n关注某某网\n微信\n微博\n正文一段，讲完了。")
    assert kept(doc) == ["标题在这里", "来源：某某网", "正文一段，讲完了。"]
    assert doc.lines[2].reason == "follow-prompt"


def test_follow_words_inside_the_article_stay():
    text = "正文一段，讲完了。\n关注民生实事\n正文又一段，接着讲。"
    assert kept(run(text)) == text.split("\n")


def test_video_title_bar():
    doc = run("正文一段，讲完了。\n视频-某地发生一件大事 现场画面曝光\n正文又一段，接着讲。")
    assert doc.lines[1].reason == "video-player"
    assert "视频显示，现场有很多人。" in kept(run("视频显示，现场有很多人。"))


def test_link_prompt_takes_the_linked_title():
    doc = run("正文一段，讲完了。\n点击进入专题：\n聚焦某地局势\n责任编辑：张三")
    assert kept(doc) == ["正文一段，讲完了。", "责任编辑：张三"]


def test_pager_title_broken_onto_a_second_line():
    doc = run("正文一段，讲完了。\n上一篇：某某学会年会在某地举行\n区域发展学术研讨会（第二轮）通知\n返回首页")
    assert kept(doc) == ["正文一段，讲完了。"]
    # not when the article goes on after it
    doc = run("上一篇：某某学会年会在某地举行\n某地召开区域发展学术研讨会\n正文一段，讲完了。")
    assert "某地召开区域发展学术研讨会" in kept(doc)


def test_column_name_under_the_breadcrumb():
    doc = run("您所在的位置：\n首页 >\n快讯 >\n公司 >\n公司\n午间公告：某公司中标项目\n正文一段，讲完了。")
    assert kept(doc) == ["午间公告：某公司中标项目", "正文一段，讲完了。"]
    assert "公司" in kept(run("首页 > 快讯\n公司\n正文一段，讲完了。"))


def test_pipe_joined_tags_beside_junk():
    doc = run("正文一段，讲完了。\n20210506|地铁|开通|城市\n微信")
    assert kept(doc) == ["正文一段，讲完了。"]
    table = "正文一段，讲完了。\n姓名|年龄|职务\n正文又一段，接着讲。"
    assert kept(run(table)) == table.split("\n")


def test_link_prompt_with_a_colon():
    assert run("正文一段，讲完了。\n相关资讯请关注:某某专区").lines[1].reason == "follow-prompt"


def test_glued_junk_leaving_only_junk_drops_the_line():
    # cleaning the output again must find nothing more to drop
    doc = run("正文一段，讲完了。\n\"返回某站，查看更多\n正文又一段，接着讲。")
    assert kept(doc) == ["正文一段，讲完了。", "正文又一段，接着讲。"]
    assert "".join(r.text for r in doc.build().removed) == "\"返回某站，查看更多"


def test_page_numbers_and_gallery_counters_beside_junk():
    doc = run("正文一段，讲完了。\n上一页\n1/3\n下一页\n正文又一段，接着讲。")
    assert kept(doc) == ["正文一段，讲完了。", "正文又一段，接着讲。"]
    assert doc.lines[2].reason == "counter"
    assert "9/10" in kept(run("正文一段，讲完了。\n9/10\n正文又一段，接着讲。"))


def test_column_name_under_a_category_label():
    doc = run("发布日期：2019-09-23 14:34:05  所属分类：\n头条\n正文一段，讲完了。")
    # (the category label is chrome glued after the date's field: cut, the field stays)
    assert kept(doc) == ["发布日期：2019-09-23 14:34:05", "正文一段，讲完了。"]


@pytest.mark.parametrize("line, reason", [
    ("（点击看清晰大图）", "follow-prompt"),
    ("12人赞赏", "counter"),
    ("\u00a0人赞赏", "wechat-chrome"),
])
def test_more_widget_lines(line, reason):
    doc = run("正文第一段，讲了一件事情的来龙去脉。\n" + line + "\n正文第二段，又讲了另一件事情的经过。")
    assert doc.lines[1].reason == reason


def test_short_lines_closing_the_text_stay():
    # as in a cleaned article cleaned again: nothing follows the poem that ends it
    text = "正文一段，讲完了。\n春眠\n不觉晓\n处处\n闻啼鸟"
    assert kept(run(text)) == text.split("\n")


def test_pipe_joined_words_closing_the_text_stay():
    text = "正文一段，讲完了。\n上联|下联|横批"
    assert kept(run(text)) == text.split("\n")


def test_no_breadcrumb_below_the_first_paragraph():
    # a cleaned text cleaned again has its paragraphs right under the title
    doc = run("标题在这里\n正文一段，讲完了这件事。\n$ >n+ Q\n正文又一段，接着讲。")
    assert "$ >n+ Q" in kept(doc)
    assert run("首页 > 财经\n标题在这里\n正文一段，讲完了这件事。").lines[0].reason == "breadcrumb"


@pytest.mark.parametrize("line, reason", [
    ("00:00 / 02:35", "video-player"),
    ("播放 暂停 全屏", "page-chrome"),
    ("打开APP阅读全文", "page-chrome"),
    ("点击展开全文", "page-chrome"),
    ("大家都在看", "related-links"),
])
def test_player_and_app_chrome(line, reason):
    doc = run("正文第一段，讲了一件事情的来龙去脉。\n" + line + "\n正文第二段，又讲了另一件事情的经过。")
    assert doc.lines[1].reason == reason


def test_times_and_app_words_in_sentences_stay():
    for line in ["10:30", "比赛将在10:30开始", "打开APP就能查到社保缴费记录。", "全屏观看效果更好。"]:
        assert line in kept(run("正文一段，讲完了。\n" + line + "\n正文又一段，接着讲。"))


def test_indented_pager_takes_the_linked_title():
    doc = run("正文一段，讲完了。\n" + " " * 44 + "上一篇\n" + " " * 44 + "某地召开一次重要会议")
    assert kept(doc) == ["正文一段，讲完了。"]


@pytest.mark.parametrize("line, reason", [
    ("【我要纠错】", "page-chrome"),
    ("设为首页 | 加入收藏 | 联系我们", "page-chrome"),
    ("阅读量：1234", "counter"),
    ("点击次数：56", "counter"),
    ("热门评论", "related-links"),
    ("打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。", "page-chrome"),
])
def test_site_links_counters_and_widget_text(line, reason):
    doc = run("正文第一段，讲了一件事情的来龙去脉。\n" + line + "\n正文第二段，又讲了另一件事情的经过。")
    assert doc.lines[1].reason == reason


def test_widget_phrase_only_in_short_lines():
    line = "记者注意到，" + "很多网友表示，" * 10 + "即可将网页分享至朋友圈的功能很方便。"
    assert line in kept(run(line))


def test_discuz_post_buttons_and_reply_box():
    page = "\n".join([
        "老街的青石板路还在，只是两边的店铺都换了。",
        "收藏0", "淘帖0", "支持", "反对",
        "回复", "使用道具", "举报",
        "本版积分规则", "发表回复", "回帖后跳转到最后一页",
    ])
    assert kept(run(page)) == ["老街的青石板路还在，只是两边的店铺都换了。"]
    assert "点评：" in kept(run("正文一段，讲完了。\n点评：\n这件事说明了一个道理。"))


def test_wechat_account_box_topics_and_end():
    page = "\n".join([
        "央行宣布降准",
        "功能介绍",
        "每日解读财经热点，关注我们不迷路。",
        "收录于话题",
        "#宏观经济 #货币政策",
        "12个",
        "央行宣布，决定下调金融机构存款准备金率。",
        "— END —",
        "往期推荐",
        "一文读懂降准",
        "写下你的留言",
        "精选留言",
        "张先生",
        "说得好",
    ])
    assert kept(run(page)) == ["央行宣布降准", "央行宣布，决定下调金融机构存款准备金率。"]


def test_weibo_topic_quoted_in_the_article_stays():
    text = "正文一段，讲完了。\n#江苏高考作文题#\n正文又一段，接着讲。"
    assert kept(run(text)) == text.split("\n")


def test_comment_box_rules_and_login_form():
    page = "\n".join([
        "《措施》共二十条，涵盖融资、税费、用地等方面。",
        "网友评论",
        "请遵守《互联网电子公告服务管理规定》及其他有关法律法规。",
        "用户需对自己在使用本站服务过程中的行为承担法律责任。",
        "匿名发表", "用户名", "密码", "验证码",
    ])
    assert kept(run(page)) == ["《措施》共二十条，涵盖融资、税费、用地等方面。"]


def test_no_breadcrumb_below_the_first_sentence():
    doc = run("标题在这里\n居民们都说，这件事办得真好！\n$ >n+ Q\n正文又一段，接着讲。")
    assert "$ >n+ Q" in kept(doc)


@pytest.mark.parametrize("line", [
    "来源：央视新闻客户端",
    "2019-12-10 07:57:40 来源：人民日报客户端 作者：李四",
    "本文来自微信公众号：城市观察（ID：csgc），作者：张三",
])
def test_labelled_fields_naming_an_app_or_account_are_left_to_metadata(line):
    # 客户端 / 公众号 make a short line a follow prompt, but not a line of labelled fields
    doc = Document(f"正文第一段。\n{line}\n正文第二段。")
    DropJunkLines().apply(doc)
    assert doc.lines[1].is_body


def test_a_prompt_naming_an_app_is_still_junk():
    doc = Document("正文第一段。\n下载新闻客户端\n关注公众号：城市观察")
    DropJunkLines().apply(doc)
    assert [line.reason for line in doc.lines[1:]] == ["follow-prompt", "follow-prompt"]


@pytest.mark.parametrize("line", [
    "本文来自澎湃新闻客户端",
    "来源于新华社客户端",
    "转载自公众号：城市观察",
    "本文转载自微信公众号城市观察",
])
def test_a_source_naming_an_app_or_account_is_left_to_metadata(line):
    # a source label glued to its value (no colon) is a field too
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}\n正文第二段，又讲了另一件事情的经过。")
    assert doc.lines[1].is_body


@pytest.mark.parametrize("line", [
    "二维码支付成为主流",
    "一、公众号运营的三个要点",
    "市民可扫描下方二维码进行报名",
    "用户可通过微信公众号“某某发布”查询",
    "图为市民扫码乘车",
])
def test_article_lines_naming_a_qr_code_or_an_account_stay(line):
    # 二维码 / 公众号 are words an article uses: only a prompt to scan, follow or download is junk
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}\n正文第二段，又讲了另一件事情的经过。")
    assert line in kept(doc)


@pytest.mark.parametrize("line", [
    "二维码",
    "扫码关注我们",
    "扫描下方二维码解锁更多技能",
    "【长按识别】扫码下载",
    "更多精彩内容，请关注公众号",
    "某某观察微信公众号欢迎关注",
    "24小时滚动播报，更多福利扫描二维码关注（abc123）",
    "微信扫一扫赞赏作者",
    "下载新闻客户端",
])
def test_prompts_naming_a_qr_code_or_an_account_are_junk(line):
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}\n正文第二段，又讲了另一件事情的经过。")
    assert doc.lines[1].reason == "follow-prompt"


def test_separators_for_the_standard_engine_are_regexs():
    import re

    import regex

    from newsclean.filters.junk_lines import patterns as junk_lines

    every = "".join(map(chr, range(0x110000)))
    assert re.findall(junk_lines._SEP_RE, every) == regex.findall(junk_lines._SEP, every)


def test_junk_only_pattern_matches_as_the_regex_one():
    import regex

    from newsclean.filters.junk_lines import patterns as junk_lines
    from newsclean.patterns import phrase_alternation

    phrases = ["分享", "分享到", "微信", "QQ", "ab", "bc", "阅读"]
    fast = junk_lines._junk_only_pattern(phrases)
    slow = regex.compile(rf"^(?:{phrase_alternation(phrases)}|{junk_lines._NUM}|{junk_lines._SEP})++$")
    for text in ["分享到：微信 | QQ", "abc", "ab bc", "阅读 1,234万+", "分享到微信朋友圈", "\ue000QQ\u3000", "分 享"]:
        assert bool(fast.match(text)) == bool(slow.match(text)), text


def test_copyright_anchor_holds_a_character_of_every_case_blind_match():
    import regex

    from newsclean import lexicons
    from newsclean.filters.junk_lines import patterns as junk_lines

    anchor = junk_lines._anchor_chars(lexicons.entries("junk_copyright.txt"))
    every = "".join(map(chr, range(0x110000)))
    for phrase in lexicons.entries("junk_copyright.txt"):
        # some character of the phrase matches, IGNORECASE, only characters of the anchor
        assert any(all(anchor.match(x) for x in regex.findall("(?i)" + regex.escape(c), every))
                   for c in phrase), phrase
    assert junk_lines._anchor_chars(("Straße", "ks")).pattern == "[KSksſ\u212a]"  # ß has a case: S then
    assert junk_lines._anchor_chars(("Äb",)) is None  # a letter outside ASCII first: no anchor


@pytest.mark.parametrize("line", [
    "专注苹果新闻报道，每日推送最新苹果资讯。扫描下方二维码关注苹果汇官方微信(或微信中搜：appleinc2012)。",
    "更多精彩内容，请扫描下方二维码关注我们。",
    "欢迎关注本报微信公众号“新闻早知道”。",
    "长按识别二维码，关注“城市观察”！",
    "每日推送最新资讯。或微信中搜：abc2020。",
    "24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）。",
    "点击上方“蓝字”，关注我们！",
    "点击关注某某，获取更多资讯。",
    "觉得不错，请点个在看！",
    "更多精彩，请下载新闻客户端！",
    "点击下方“阅读原文”查看更多。",
    "欢迎分享到朋友圈。",
])
def test_prompts_that_end_like_a_sentence_are_junk(line):
    # a short blurb whose point is to scan a code, follow an account or search for it
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}\n正文第二段，又讲了另一件事情的经过。")
    assert doc.lines[1].reason == "follow-prompt"


@pytest.mark.parametrize("line", [
    "警方提醒，不要扫描陌生人发来的二维码。",
    "市民可扫描二维码关注“健康上海”公众号进行预约。",  # a subject before the verb: reporting
    "记者扫描二维码，关注到页面上的一行小字。",
    "该公众号已有10万人关注。",
    "关注到这一现象后，该公众号的运营者作出回应。",
    "他说：“欢迎大家关注我们的公众号。”",  # quoted
    "警方提示：如发现可疑情况，请关注“平安某某”公众号并及时举报。",
    "记者在微信中搜索发现，多个账号仍在售卖。",
    "他把照片分享到朋友圈，引来不少点赞。",
    "下载客户端后，用户需要实名注册才能使用。",  # the app does not close the clause
    "市民可下载“随申办”APP进行预约。",
    "感谢大家一直以来关注我们。",
    "网友纷纷为他点个赞。",
    "该局提醒，可关注“某某发布”微信公众号获取最新信息。",  # advice reported
    "警方提醒，请关注“平安某某”公众号，及时了解防骗知识。",
    "该平台负责人介绍，今年以来，平台共受理投诉3200件，办结率超过九成，群众满意度持续提升。"
    "欢迎关注本报微信公众号。",  # a paragraph ending with a prompt is no blurb
])
def test_sentences_about_codes_and_accounts_stay(line):
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}\n正文第二段，又讲了另一件事情的经过。")
    assert line in kept(doc)


def test_wechat_reward_notice_is_page_chrome():
    line = "受苹果公司新规定影响，微信 iOS 版的赞赏功能被关闭，可通过二维码转账支持公众号。"
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}")
    assert doc.lines[1].reason == "page-chrome"


@pytest.mark.parametrize("line", [
    "此前报道：港媒曝陈同佳出狱前首受访 称“对不起香港人”",
    "相关报道：某地发生一起交通事故 两人受伤",
    "延伸阅读：这个冬天为何这么冷？",
    "【相关阅读】某某公司发布年度财报",
    "【延伸阅读】：某某公司发布年度财报",
])
def test_a_related_link_label_with_its_headline_is_junk(line):
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}")
    assert doc.lines[1].reason == "related-links"


@pytest.mark.parametrize("line", [
    "此前报道：据新华社报道，某地发生一起交通事故。",  # a sentence, not a headline
    "此前报道称，该公司已经停产。",
    "相关报道显示，该公司已经停产",
])
def test_lines_opening_like_a_link_label_that_stay(line):
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}")
    assert line in kept(doc)


@pytest.mark.parametrize("line, field, tail", [
    ("来源：新华网 版权所有", "来源：新华网", "版权所有"),
    ("来源：人民网（版权所有 未经授权不得转载）", "来源：人民网", "（版权所有 未经授权不得转载）"),
    ("责任编辑：王五 Copyright © 2020", "责任编辑：王五", "Copyright © 2020"),
    ("本报记者 张三 扫码看视频", "本报记者 张三", "扫码看视频"),
])
def test_junk_glued_to_a_field_is_cut_and_the_field_stays(line, field, tail):
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}")
    assert doc.lines[1].is_body and doc.lines[1].text.strip() == field
    assert [(r.text.strip(), r.reason) for r in doc.build().removed] == [(tail, "glued-junk")]


@pytest.mark.parametrize("line", [
    "主办：某市人民政府 版权所有 京ICP备12345678号",  # an event field, no fact about the article
    "Copyright © 2019 某某网 来源：某某网",
    "某某网 版权所有",
])
def test_copyright_lines_without_a_field_before_go_whole(line):
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}")
    assert doc.lines[1].reason == "copyright"


def test_a_field_with_a_copyright_tail_gives_its_facts():
    import newsclean

    article = newsclean.clean("某市召开会议部署工作\n来源：新华网 版权所有\n本报记者 张三 扫码看视频\n"
                              "会议指出，要做好各项工作，确保全年目标任务完成。")
    assert article.metadata.sources == ["新华网"]
    assert [(c.label, c.name) for c in article.metadata.credits] == [("本报记者", "张三")]


@pytest.mark.parametrize("line", ["投稿邮箱：news@example.com", "新闻热线：010-12345678", "报料热线:4009-20-4009", "【广告】"])
def test_contact_lines_and_the_ad_label_are_page_chrome(line):
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}")
    assert doc.lines[1].reason == "page-chrome"


def test_a_sentence_opening_with_a_contact_word_stays():
    line = "新闻热线接到市民反映，某小区停水已经三天。"
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}")
    assert line in kept(doc)


def test_account_name_of_a_profile_card_and_its_byline_copy():
    page = "\n".join([
        "三星发布新手机，售价不变",
        "某某科技",  # the byline: the account's name
        "某某科技",  # the profile card: name, 微信号, 功能介绍
        "微信号",
        "abc123",
        "功能介绍",
        "聚焦科技产品。",
        "三星今天发布了新手机，售价不变。",
        "某某科技",  # the name in the article's own text later on stays
    ])
    assert kept(run(page)) == ["三星发布新手机，售价不变", "三星今天发布了新手机，售价不变。", "某某科技"]


def test_a_name_like_line_without_a_profile_card_stays():
    page = "三星发布新手机\n某某科技\n三星今天发布了新手机，售价不变。"
    assert kept(run(page)) == ["三星发布新手机", "某某科技", "三星今天发布了新手机，售价不变。"]


@pytest.mark.parametrize("line, reason", [
    ("分享让更多人看到", "share-bar"),
    ("扫一扫，用手机看新闻！", "follow-prompt"),
    ("打开网易新闻 查看精彩图片", "follow-prompt"),
    ("点击图片进入下一页", "follow-prompt"),
    ("点击下图查看更多", "follow-prompt"),
    ("本文共1234字，阅读约需3分钟", "page-chrome"),
    ("海量资讯、精准解读，尽在新浪财经APP", "follow-prompt"),
    ("打开凤凰新闻，查看更多高清图片", "follow-prompt"),
    ("进入【新浪财经股吧】讨论", "page-chrome"),
])
def test_portal_widget_lines(line, reason):
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}\n正文第二段，又讲了另一件事情的经过。")
    assert doc.lines[1].reason == reason


@pytest.mark.parametrize("line, reason", [
    ("【相关新闻】", "related-links"),
    ("【 推荐阅读 】：", "related-links"),
    ("违法和不良信息举报电话：12377", "page-chrome"),
    ("关于我们 | 联系我们 | 广告服务 | 网站地图", "page-chrome"),
])
def test_bracketed_headings_and_footer_lines(line, reason):
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}\n正文第二段，又讲了另一件事情的经过。\n正文第三段，又讲了另一件事情的经过。")
    assert doc.lines[1].reason == reason


def test_links_under_a_bracketed_heading():
    doc = run("正文第一段，讲了一件事情的来龙去脉。\n【相关新闻】\n某地发生一件事\n另一件事的后续")
    assert kept(doc) == ["正文第一段，讲了一件事情的来龙去脉。"]


@pytest.mark.parametrize("line, reason", [
    ("关注我们", "share-bar"),
    ("微信公众号：某某", "page-chrome"),
    ("官方微博：@某某", "page-chrome"),
    ("欢迎关注某某", "follow-prompt"),
    ("（点击图片可查看大图）", "follow-prompt"),
    ("点击播放 GIF 0.0M", "follow-prompt"),
    ("上一张 下一张", "page-chrome"),
])
def test_account_lines_and_gallery_buttons(line, reason):
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}\n正文第二段，又讲了另一件事情的经过。")
    assert doc.lines[1].reason == reason


def test_a_sentence_welcoming_attention_stays():
    doc = run("正文第一段，讲了一件事情的来龙去脉。\n欢迎关注两会。")
    assert "欢迎关注两会。" in kept(doc)


@pytest.mark.parametrize("line, field", [
    ("来源：新华网 | 打印 | 关闭", "来源：新华网"),
    ("2020-01-02 10:00 来源：新华网 分享到：", "2020-01-02 10:00 来源：新华网"),
    ("责任编辑：张三 【打印】【关闭】", "责任编辑：张三"),
    ("来源：人民网 评论（0）", "来源：人民网"),
])
def test_buttons_glued_after_a_field_are_cut(line, field):
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}")
    assert doc.lines[1].is_body and doc.lines[1].text.strip() == field
    assert [r.reason for r in doc.build().removed] == ["glued-junk"]


@pytest.mark.parametrize("line", [
    "来源：新华网 2019-12-10",  # a date is no button, though - is one
    "编辑：张三 李四",
    "来源：新华网 作者：张三",
    "他说，打印 关闭",  # no field before the buttons
])
def test_field_lines_without_buttons_are_left_whole(line):
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}")
    assert doc.lines[1].text == line and not doc.build().removed


@pytest.mark.parametrize("line, field", [
    ("来源：新华社 客户端", "来源：新华社 客户端"),  # the app word is the source's name
    ("作者：张三 来源：新华社 APP", "作者：张三 来源：新华社 APP"),
    ("来源：新华社 客户端 扫码下载", "来源：新华社 客户端"),  # what follows the name is still a tail
    ("来源：新华网 版权所有", "来源：新华网"),  # control: a real junk tail is cut
    ("记者：张三 客户端", "记者：张三"),  # control: after a person's name an app word is no name
])
def test_an_app_word_after_a_source_value_is_part_of_its_name(line, field):
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}")
    assert doc.lines[1].is_body and doc.lines[1].text.strip() == field


def test_a_source_named_with_its_app_gives_the_whole_name():
    import newsclean

    article = newsclean.clean("某市召开会议部署工作\n来源：新华社 客户端\n会议指出，要做好各项工作，确保全年目标任务完成。")
    assert article.metadata.sources == ["新华社 客户端"]


def test_a_source_with_buttons_after_it_gives_the_source():
    import newsclean

    article = newsclean.clean("某市召开会议部署工作\n来源：新华网 | 打印 | 关闭\n会议指出，要做好各项工作，确保全年目标任务完成。")
    assert article.metadata.sources == ["新华网"]


def test_original_link_label_with_a_title_is_a_link_with_an_address_metadata():
    doc = run("正文第一段，讲了一件事情的来龙去脉。\n原文链接：某地发生一件事\n原文链接：https://www.example.com/a.html")
    assert [line.reason for line in doc.lines[1:]] == ["related-links", None]


@pytest.mark.parametrize("line, reason", [
    ("已有0人参与", "counter"),
    ("请输入评论内容", "page-chrome"),
    ("特别推荐", "related-links"),
    ("本文链接：https://www.example.com/a.html", "page-chrome"),
])
def test_comment_box_headings_and_the_page_address(line, reason):
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}\n正文第二段，又讲了另一件事情的经过。\n正文第三段，又讲了另一件事情的经过。")
    assert doc.lines[1].reason == reason


@pytest.mark.parametrize("line, field", [
    ("来源：某某网-某某日报 扫描二维码关注某某网", "来源：某某网-某某日报"),
    ("来源：某某新闻客户端 扫码下载", "来源：某某新闻客户端"),
    ("责任编辑：张三 扫码阅读全文", "责任编辑：张三"),
    ("来源：新华网 2019-12-10 10:00 分享到：", "来源：新华网 2019-12-10 10:00"),
])
def test_a_prompt_glued_after_a_field_is_cut(line, field):
    doc = run(f"正文第一段，讲了一件事情的来龙去脉。\n{line}")
    assert doc.lines[1].is_body and doc.lines[1].text.strip() == field


@pytest.mark.parametrize("line", ["阅读剩余全文（）", "閱讀整篇文章", "链接已复制", "复制链接http://example.com/q/123", "投票结果加载中，请稍候。", "若长时间无响应，请刷新本页面",
                                  "评论区加载失败，请强制刷新页面重试。"])
def test_read_more_buttons_and_loading_messages_are_chrome(line):
    assert DropJunkLines().classify(line) == "page-chrome"


@pytest.mark.parametrize("line, reason", [("音频 04:29", "video-player"), ("视频 02:35", "video-player"),
                                          ("Video 1:02:03", "video-player"), ("04:29", None), ("他在视频 03:15 处说", None)])
def test_a_players_label_and_length(line, reason):
    assert DropJunkLines().classify(line) == reason


def test_junk_beside_gives_the_ends_of_the_runs_of_junk():
    import random

    from newsclean.filters.junk_lines.neighbours import _junk_beside
    rng = random.Random(3)
    for _ in range(3000):
        r = [rng.choice([None, "x"]) for _ in range(rng.randrange(12))]
        for above, below in ((True, False), (False, True), (True, True)):
            want = [j for j in range(len(r)) if r[j] and ((above and j > 0 and r[j - 1] is None)
                                                          or (below and j + 1 < len(r) and r[j + 1] is None))]
            assert _junk_beside(r, above=above, below=below) == want


@pytest.mark.parametrize("line", ["十天内免登录  忘记密码？", "下次自动登录 忘记密码", "忘记密码?"])
def test_a_login_boxs_line_is_chrome_though_it_asks(line):
    assert DropJunkLines().classify(line) == "page-chrome"


@pytest.mark.parametrize("line", [
    "所属分类：数理化", "個人分類：尖石_美樹營地", "博主文章分类：程序员之家", "分類：", "栏目：国内新闻",
    "Trackback: http://tb.donews.net/TrackBack.aspx?PostId=543698", "Trackbacks - 25",
    "本文通告引用(Trackback)链接: /wp-trackback.php?p=1700", "trackback from your own site.",
])
def test_a_blogs_category_and_trackback_lines_are_chrome(line):
    assert DropJunkLines().classify(line) == "page-chrome"


@pytest.mark.parametrize("line", [
    "发布日期：2019-09-23 14:34:05  所属分类：",  # a meta bar: the metadata filter's
    "分类指导：各地要突出重点、统筹兼顾，分区施策",  # a clause after the colon
    "他们用 Trackback 链接彼此的文章。",  # a sentence about it
])
def test_fields_and_sentences_naming_a_category_or_a_trackback_stay(line):
    assert DropJunkLines().classify(line) is None


def test_a_numbered_list_of_short_items_is_no_tag_cloud():
    text = "分享到：\n1、英语或俄语或日语\n2、中国舞蹈史\n3、舞蹈理论\n4、当代舞蹈文化\n分享到："
    assert kept(run(text)) == ["1、英语或俄语或日语", "2、中国舞蹈史", "3、舞蹈理论", "4、当代舞蹈文化"]


def test_a_schedules_time_range_is_no_counter():
    assert DropJunkLines().classify("9:20—9:50") is None
    assert DropJunkLines().classify("3—2") == "counter"  # (no time: what it was stays as before)


@pytest.mark.parametrize("line, reason", [
    ("还没有人赞赏，快来当第一个赞赏的人吧！", "page-chrome"),
    ("赞赏记录：0  （ 0次）", "page-chrome"),
    ("我们真诚赞赏他的勇气。", None),  # an article's praise
])
def test_a_platforms_reward_box_is_chrome(line, reason):
    assert DropJunkLines().classify(line) == reason


@pytest.mark.parametrize("line, reason", [
    ("您是本文第 154 个阅览者", "counter"),
    ("(本文发表于首页批评与建议, 已被阅读178次)", "counter"),
    ("这篇报道已被阅读1000次", None),  # a report of the count, no counter
    ("该文已被阅读1000次，引发热议。", None),
])
def test_a_view_counter_written_as_a_sentence(line, reason):
    assert DropJunkLines().classify(line) == reason
