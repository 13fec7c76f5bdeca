"""Forum threads and Q&A pages: the lines around the posts go, the posts stay (issue 15)."""
import pytest

from newsclean import clean
from newsclean.document import Document
from newsclean.filters.junk_lines import DropJunkLines
from newsclean.lexicons.traditional import to_traditional


def run(text, **options):
    doc = Document(text)
    DropJunkLines(**options).apply(doc)
    return doc


def kept(doc):
    return [line.text.strip() for line in doc.body_text_lines()]


FORUM_CHROME = [
    # a floor or post stamp
    "来自Android客户端2楼2022-11-26 15:19",
    "IP属地:广东来自Android客户端8楼2023-02-01 21:54",
    "发布 #3 2024年5月16日星期四 16点12分",
    "马亮南生 10月前",
    "小诺抓  (楼主)10月前",
    "19 天前",
    "10个月前",
    "最后由 某某 回复于 19 天前",
    "某某   |   1周前",  # a poster (or a teaser's source) and the time, on one line
    "某甲 某乙 | 5天前",
    "法新社·2 天前",
    # a user's or answerer's statistics
    "采纳数：1451",
    "采纳率：95%",
    "帮助的人：37.3万",
    "762 声望",
    "积分：235",
    # reactions and buttons of a post or an answer
    "2 个赞",
    "1 人赞同了该回答",
    "赞同 1添加评论",
    "查看全部 22 个回答",
    "更多回答（2）",
    "抢首赞",
    "你对这个回答的评价是？",
    "说点什么吧...",
    "正在加载…",
    "没有更多了",
    # notes of junk_forum_notices.txt
    "该楼层疑似违规已被系统折叠 隐藏此楼查看此楼",
    "拒绝原因：机审通过，内容安全",
    "该评论已删除",
    "某甲 和 某乙 觉得很赞",
    "某某 回复了此帖",
    "需要 登录 后方可回复, 如果你还没有账号请 注册新账号",
]


@pytest.mark.parametrize("line", FORUM_CHROME)
def test_forum_chrome_line(line):
    assert DropJunkLines().classify(line) == "forum-chrome"


@pytest.mark.parametrize("line", FORUM_CHROME)
def test_forum_chrome_line_in_traditional_script(line):
    assert DropJunkLines().classify(to_traditional(line)) == "forum-chrome"


@pytest.mark.parametrize("line", [
    "他在3天前说的话。",
    "他说 | 3 天前就到了",
    "他住在3楼。",
    "三天前，他说",
    "网友们都觉得很赞。",
    "该评论已删除，但网友的截图仍在流传，引发了大量讨论。",
    "采纳率达到95%以上，说明系统运行良好。",
    "积分落户政策调整",
    "发布会定于2024年5月16日举行。",
])
def test_article_lines_like_forum_chrome_stay(line):
    assert DropJunkLines().classify(line) is None


REPLY_INDEX = (
    "旅行中，谁忽悠了你？【版主】08-11 16:06\u00a0298字\u00a0[4321/87]\n"
    "一把辛酸泪啊。【网友甲】08-11 17:15\u00a080字\u00a0[176/0]\n"
    "还是素质问题【网友乙】08-11 17:20 124字 [137/0]\n"
)


def test_a_threads_reply_index_is_a_link_list():
    doc = run("导游的收入很大一部分来自购物的回扣，这是业内的行规。\n" + REPLY_INDEX + "后文一段。")
    assert kept(doc) == ["导游的收入很大一部分来自购物的回扣，这是业内的行规。", "后文一段。"]
    assert {line.reason for line in doc.lines if line.reason} == {"related-links"}


def test_one_line_with_a_reply_stamp_stays():
    # a run needs two lines: one line ending in a stamp may be a post's own text
    doc = run("正文一段，讲完了。\n还是素质问题【网友乙】08-11 17:20 124字 [137/0]\n后文一段。")
    assert "还是素质问题【网友乙】08-11 17:20 124字 [137/0]" in kept(doc)


def test_bracketed_counts_without_a_stamp_stay():
    doc = run("正文一段，讲完了。\n投票结果（12/30）\n支持者占多数（20/30）\n后文一段。")
    assert "投票结果（12/30）" in kept(doc) and "支持者占多数（20/30）" in kept(doc)


def test_a_question_keeps_its_answers_and_drops_the_answer_chrome():
    text = (
        "为什么有些有钱人还努力工作？\n搜索资料 我来答\n1个回答\n某某答主\n采纳数：152\n获赞数：112\n向TA提问\n"
        "有钱人仍然上班和努力工作的原因可能是多方面的，每个人的动机和追求也会有所不同。\n"
        "追求成就感和满足感：有些有钱人对自己的事业充满热情，他们通过工作来实现自我价值。\n"
        "抢首赞\n已赞过\n已踩过\n你对这个回答的评价是？\n"
    )
    article = clean(text)
    # (the answerer's name, a short line under the title, is read as its subtitle)
    assert article.text.split("\n") == [
        "为什么有些有钱人还努力工作？",
        "某某答主",
        "有钱人仍然上班和努力工作的原因可能是多方面的，每个人的动机和追求也会有所不同。",
        "追求成就感和满足感：有些有钱人对自己的事业充满热情，他们通过工作来实现自我价值。",
    ]
    assert {r.reason for r in article.removed if r.filter == "junk-lines"} == {"forum-chrome"}


THREAD = (
    "发现个端到端加密的聊天工具，挺有意思，用了几天，感觉还不错。\n"
    "2023-07-07 03:56\n小众虽小，却有很强的关注度与话语权。\n"
    "2023-07-07 02:41\n好熟悉的应用啊，之前好像有开源版本来着。\n"
    "2023.07.07 09:03 发布\n这个是开源的。\n"
)


def test_a_threads_post_stamps_go():
    doc = run(THREAD)
    assert kept(doc) == ["发现个端到端加密的聊天工具，挺有意思，用了几天，感觉还不错。", "小众虽小，却有很强的关注度与话语权。",
                         "好熟悉的应用啊，之前好像有开源版本来着。", "这个是开源的。"]


def test_a_threads_post_stamps_in_traditional_script_go():
    doc = run(to_traditional(THREAD))
    assert not any(line.startswith("2023") for line in kept(doc))


def test_two_dated_lines_stay():
    # fewer than three stamps: dates of the article's own (the metadata filter's)
    text = "正文一段，讲了一件事。\n2023-07-07 03:56\n又一段正文。\n2023-07-08 10:00\n后文一段。"
    assert kept(run(text)) == text.split("\n")


def test_the_stamp_above_the_first_paragraph_stays():
    doc = run("2023-07-06 23:19\n" + THREAD)
    assert kept(doc)[0] == "2023-07-06 23:19"


def test_related_questions_under_the_answers_go():
    doc = run("答案正文一段，讲清楚了原因。\n其他类似问题\n2021-05-03\n目前地震是可以精确预报的吗？\n"
              "相关问题\n台湾 7.3 级地震，为什么杭州震感明显？ 0 个回答")
    assert kept(doc) == ["答案正文一段，讲清楚了原因。"]


def _thread(posts):
    return "\n".join(f"{name}\n上海市\n{text}\n2023-07-07 0{i}:56" for i, (name, text) in enumerate(posts))


POSTS = [("alimy:", "个人观点，端密聊天本身就是小众的所需。"), ("henryspace:", "这个是开源的。"),
         ("alimy:", "但是那一小撮小众群体，确实非常需要。"), ("alimy:", "顶！"), ("henryspace:", "顶！"),
         ("alimy:", "顶！")]


def test_a_threads_repeated_post_headers_go():
    doc = run("发现个端到端加密的聊天工具，挺有意思，用了几天，感觉还不错。\n" + _thread(POSTS))
    left = kept(doc)
    assert "alimy:" not in left and "上海市" not in left
    assert "henryspace:" in left  # printed twice only
    assert left.count("顶！") == 3  # a reply is a sentence, however often it is printed
    assert "个人观点，端密聊天本身就是小众的所需。" in left


def test_repeated_short_lines_of_an_article_stay():
    # no thread chrome on the page: a recurring heading is the article's
    text = ("专家点评\n这项政策落地以后，基层的负担明显减轻了。\n专家点评\n群众办事更方便了。\n"
            "专家点评\n各地还在总结经验。")
    assert kept(run(text)) == text.split("\n")


@pytest.mark.parametrize("line, reason", [
    ("< 前页", "page-chrome"),
    ("后页 >", "page-chrome"),
    ("1350 次阅读", "counter"),
    ("浏览 (640)", "counter"),
    ("讨论数量: 11", "forum-chrome"),
    ("表情 图片", "forum-chrome"),
])
def test_pager_counters_and_post_buttons(line, reason):
    assert DropJunkLines().classify(line) == reason


RECOMMENDED = "推荐文章：\n高效办公小技巧——如何批量处理 SQL 文件？\n经过代理如何获取真实IP的原理\n讨论数量: 11\n"
REPLIES = "直接使用 TUN 就好了\n把系统代理关了再开 Tun\n"


def test_on_a_thread_the_related_block_ends_at_the_head_of_the_replies():
    stamps = "1周前\n3 天前\n来自Android客户端2楼2022-11-26 15:19\n"  # the thread's chrome
    doc = run("设置代理的方法，按下面的步骤来做就可以了。\n" + stamps + RECOMMENDED + REPLIES)
    assert kept(doc)[1:] == ["直接使用 TUN 就好了", "把系统代理关了再开 Tun"]


def test_on_an_article_the_related_block_takes_the_comment_box_too():
    doc = run("设置代理的方法，按下面的步骤来做就可以了。\n" + RECOMMENDED + "全部评论\n通行证:\n注册通行证")
    assert kept(doc) == ["设置代理的方法，按下面的步骤来做就可以了。"]


# a thread of short replies (no paragraph anywhere): each poster's name over the post's time
SHORT_THREAD = ("鹿小町\n发布于 2020-12-30 19:24:15\n又要放假了\n提前祝大家元旦快乐！！！\n点赞\n评论\n"
                "MrRaven\n2021-01-01 09:54:41\n元旦快乐\n点赞\n评论\n"
                "Akira\n2020-12-31 20:45:39\n过了年再找吧\n点赞\n评论\n"
                "李特\n2020-12-31 14:33:17\n我们放一天上一天再放一天\n点赞\n评论\n"
                "大喵喵酱\n2020-12-31 12:00:04\n哈哈哈\n点赞\n评论")


def test_a_thread_without_paragraphs_still_has_post_stamps_and_headers():
    doc = run(SHORT_THREAD)
    left = kept(doc)
    assert "2021-01-01 09:54:41" in left  # the first time alone: the metadata filter's
    assert "2020-12-31 20:45:39" not in left  # a reply's time
    assert not {"Akira", "李特", "大喵喵酱"} & set(left)  # a poster's name over its time
    # the replies stay, a short one too (under its time, above buttons: no header)
    assert {"元旦快乐", "过了年再找吧", "我们放一天上一天再放一天", "哈哈哈"} <= set(left)


def test_a_short_reply_above_its_time_is_no_header():
    # name and badge, the reply, then its time and buttons: the line over the time is the post's
    text = ("设置代理的方法，按下面的步骤来做就可以了。\n1周前\n3 天前\n来自Android客户端2楼2022-11-26 15:19\n"
            "评论\n某某\n762 声望\n不行呢 试试别的\n1周前\n评论\n举报\n"
            "评论\n某某某\n762 声望\n换个节点\n1周前\n评论\n举报")
    left = kept(run(text))
    assert "不行呢 试试别的" in left and "换个节点" in left


def test_a_posters_place_beside_the_header_goes():
    posts = "".join(f"有用\n{name}\n看过\n2024-04-0{i} 13:19:20\n{place}\n{text}\n"
                    for i, (name, place, text) in enumerate(
                        [("小倪儿", "贵州", "我们的善良和恶毒都不够纯粹，所以痛苦。"), ("JANINE", "浙江", "细腻程度好评。"),
                         ("小咸鱼", "广东省深圳市", "编剧能力惊人。"), ("保持可爱", "英国", "好看。"),
                         ("流水盛开", "上海", "剧情和台词太能引起共鸣了。")], 1))
    left = kept(run("不够善良的我们 短评\n" + posts))
    assert not {"贵州", "浙江", "广东省深圳市", "JANINE", "小咸鱼"} & set(left)
    assert "细腻程度好评。" in left


def test_a_place_in_an_article_stays():
    # no thread: a place alone (a dateline, a table's cell) is the article's
    text = "浙江\n2024-04-07 13:19:20\n记者从有关部门获悉，这项活动已经连续举办了十年。"
    assert kept(run(text)) == text.split("\n")


def test_a_posters_card_above_its_follow_button_goes():
    text = ("地震发生时间在夜间，导致地震的有感范围较广。\n更多回答\n等风\n2023 年度新知答主\n关注\n"
            "这是去年九月份以后泸定第三次较强余震。")
    assert kept(run(text)) == ["地震发生时间在夜间，导致地震的有感范围较广。", "这是去年九月份以后泸定第三次较强余震。"]


def test_a_menu_with_a_follow_item_and_a_posts_last_line_stay():
    menu = "百度首页\n消息\n问答\n关注\n获赞"  # short items: a menu, not a card
    assert kept(run(menu))[:2] == ["百度首页", "消息"]  # (问答 right over 关注: an account's name)
    # no junk above: the line over the card may close the post above
    text = "地震发生时间在夜间，导致地震的有感范围较广。\n不过我在重庆无感\n等风\n2023 年度新知答主\n关注"
    assert "不过我在重庆无感" in kept(run(text))


def test_a_feed_of_titles_with_their_counters_goes():
    feed = "".join(f"{title}\n{n} 点赞 · 1 评论\n" for n, title in enumerate(["大运会场馆分布", "看看匿名发出是什么样式", "喵桑！"]))
    doc = run("花了1天半的时间买了4个平板，总算是解决了。\n发表评论\n随机话题 换一换\n" + feed + "论坛测试")
    assert kept(doc) == ["花了1天半的时间买了4个平板，总算是解决了。", "论坛测试"]


def test_titles_with_bare_numbers_under_them_stay():
    # a reference list's numbers, a quote table's prices: no word says what is counted
    refs = "周仕仁. 电子商务下的物流配送模式研究[J]\n[4]\n杨阳. 淘宝网物流配送模式分析[J]\n[5]\n程艳霞. 现代物流管理理论[M]\n[7]"
    quotes = "滬深300\n3,626.15\n標普 500\n5,267.84\n恒生指数\n1.8万"
    for text in (refs, quotes):
        left = kept(run(text))
        assert [t for t in text.split("\n")[::2]] == [t for t in left if t in text.split("\n")[::2]]


def test_a_like_counter_under_a_posts_time_goes():
    posts = "".join(f"北野\n上海市\n{text}\n2023-07-07 0{i}:56\n0\n" for i, text in enumerate(
        ["好熟悉的app啊，之前好像有开源版本来着？", "这个是开源的。", "端密聊天本身就是小众的所需。", "主要是不赚钱。"]))
    left = kept(run("发现个端到端加密的聊天工具，挺有意思。\n" + posts))
    assert "0" not in left and "主要是不赚钱。" in left


def test_a_name_and_its_place_under_the_previous_posts_chrome_go():
    posts = "".join(f"{name}\n{place}\n{text}\n2023-12-1{i} 01:04\n{i}\n" for i, (name, place, text) in enumerate(
        [("北野 @alimy", "上海市", "好熟悉的app啊，之前好像有开源版本来着？"), ("henryspace @henryspace", "浙江省杭州市", "这个是开源的。"),
         ("yanjun回复alimy", "广东省深圳市", "主要是不赚钱"), ("yanjun @yanjun", "广东省深圳市", "新的练手项目get")]))
    left = kept(run("地震\n四川\n发现个端到端加密的聊天工具，挺有意思。\n" + posts))
    assert not {"yanjun @yanjun", "广东省深圳市", "yanjun回复alimy"} & set(left)
    assert {"主要是不赚钱", "新的练手项目get"} <= set(left)
    assert left[:2] == ["地震", "四川"]  # above the first post's time: the page's topics


# each reply under its poster's name, floor and time, the name right under the previous reply
FLOOR_THREAD = ("Ruby 是一门好语言，写脚本很方便。\n1 个赞\n"
                "gazeldx\n#1\n1 月前\n我每天都在用它。\n"
                "lehf\n#2\n1 月前\n对\n"
                "huacnlee\n#3\n28 天前\n可能是我那天看走眼了\n"
                "AsuraA\n#4\n27 天前\n机器人？")


def test_a_posters_name_over_its_floor_and_time_goes():
    left = kept(run(FLOOR_THREAD))
    # the floor says the name is a header's, though a reply stands right above it
    assert not {"lehf", "huacnlee", "AsuraA"} & set(left)
    assert {"我每天都在用它。", "对", "可能是我那天看走眼了", "机器人？"} <= set(left)


def test_a_floor_under_the_time_lets_the_header_be_found():
    # name, time, then the floor, then the post (香樟树 / 2020.06.09 09:42 发布 / #1 / …)
    posts = "".join(f"举报\n{name}\n2020.06.0{i} 09:42 发布\n#{i}\n{text}\n"
                    for i, (name, text) in enumerate([("香樟树", "想听听关于专利的改写"), ("资料搬运工", "机械类的最常用。"),
                                                      ("知产人李鑫", "机械的会有。"), ("小傅", "软件的也会有")], 1))
    left = kept(run("2020年直播课即将再次启动，大家有什么想法？\n精华\n" + posts))
    assert not {"资料搬运工", "知产人李鑫", "小傅"} & set(left)  # (the first header is left to the metadata)
    assert {"想听听关于专利的改写", "机械类的最常用。", "机械的会有。", "软件的也会有"} <= set(left)


# each post: its poster's name and badge under the previous post's buttons, the post, its stamp
BADGED_THREAD = ("这个问题困扰我很久了，大家有什么办法吗？\n只看楼主收藏回复\n"
                 + "".join(f"{name}\n初级粉丝\n该楼层疑似违规已被系统折叠\n{text}\n来自Android客户端{i}楼2022-11-2{i} 15:19\n回复收起回复\n"
                           for i, (name, text) in enumerate([("Molkt", "现在这社会别想了"), ("agrdcgy", "随缘吧"),
                                                             ("来着的", "多看看书就好")], 2)))


def test_a_posters_name_over_its_badge_goes():
    left = kept(run(BADGED_THREAD))
    assert not {"Molkt", "agrdcgy", "来着的"} & set(left)
    # a short reply between chrome lines stays: the line under it is the post's stamp
    assert {"现在这社会别想了", "随缘吧", "多看看书就好"} <= set(left)


def test_a_short_reply_under_its_floor_is_no_name():
    # 香樟树 / time / #1 / the reply / 首赞: the floor heads the post, the reply stays
    posts = "".join(f"举报\n{name}\n2020.06.0{i} 09:42 发布\n#{i}\n{text}\n首赞\n"
                    for i, (name, text) in enumerate([("香樟树", "想听听专利的改写"), ("资料搬运工", "机械类的最常用"),
                                                      ("小傅", "软件的也会有")], 1))
    left = kept(run("2020年直播课即将再次启动，大家有什么想法？\n精华\n" + posts))
    assert {"想听听专利的改写", "机械类的最常用", "软件的也会有"} <= set(left)


def test_the_first_header_under_the_first_paragraph_is_a_replys():
    # the opening post's text stands above every header found: the first of them is a reply's
    assert "gazeldx" not in kept(run(FLOOR_THREAD))
    # over the first paragraph, the first header is the thread's own poster's (the metadata filter's)
    text = "楼主某某\n2021-01-01 09:54:41\n" + SHORT_THREAD.replace("鹿小町\n发布于 2020-12-30 19:24:15\n", "", 1)
    text = text.replace("又要放假了", "又要放假了，大家有什么安排吗？我打算回家。", 1)
    assert "楼主某某" in kept(run(text))


def test_the_first_header_under_a_posts_time_is_a_replys():
    # no paragraph with a full stop anywhere, but a post's time stands above the first header
    # found (鹿小町, printed again and again, is a header already): that header is a reply's
    text = ("鹿小町\n发布于 2020-12-30 19:24:15\n又要放假了 元旦要来啦！！\n点赞\n评论\n"
            "鹿小町\n2021-01-01 10:34:38\n好好休息开开心心过年\n点赞\n评论\n"
            "鹿小町\n2021-01-01 10:33:52\n元旦快乐！\n点赞\n评论\n" + SHORT_THREAD.split("评论\n", 1)[1])
    left = kept(run(text))
    assert not {"MrRaven", "Akira", "李特", "大喵喵酱"} & set(left)
    assert {"元旦快乐", "过了年再找吧", "哈哈哈"} <= set(left)


def test_a_posters_name_and_rank_over_its_badge_go():
    # a card of two lines (name, rank or signature) over its reputation, under the previous post's buttons
    posts = "".join(f"评论\n举报\n{name}\n{rank}\n{i}10 声望\n{text}\n1周前\n"
                    for i, (name, rank, text) in enumerate([("MArtian", "版主", "直接执行 cmd 命令就可以了"),
                                                            ("陈先生", "课程读者", "请给猫猫打码！"),
                                                            ("长日将尽", "课程读者", "不维护了已经。")], 1))
    left = kept(run("设置代理的方法，按下面的步骤来做就可以了。\n讨论数量: 11\n" + posts))
    assert not {"MArtian", "版主", "陈先生", "长日将尽", "课程读者"} & set(left)
    assert {"直接执行 cmd 命令就可以了", "请给猫猫打码！", "不维护了已经。"} <= set(left)


# a date stamp with its counters or the place it was posted from (issue 15): the metadata filter's
PARAGRAPH = "正文第一段很长很长的句子，讲了一件事情的经过和结果，然后结束了，大家都很满意。"


@pytest.mark.parametrize("text, date", [
    ("标题\n2022-02-14 03:01--阅读 ·\n" + PARAGRAPH, "2022-02-14"),
    ("标题\n作者名\n 2023-02-28 17:31:30  阅读 5605\n" + PARAGRAPH, "2023-02-28"),
    ("标题\n2024-01-02 12:00:01 浏览：123\n" + PARAGRAPH, "2024-01-02"),
    ("标题\n发布于 2023-05-01 12:00 · IP 属地北京\n" + PARAGRAPH, "2023-05-01"),
    ("标题\n" + PARAGRAPH + "\n编辑于 2023-03-01 15:45・IP 属地北京\n赞同 1添加评论", "2023-03-01"),
    ("標題\n" + to_traditional(PARAGRAPH) + "\n發布於 2024-04-03 09:55・IP 屬地重慶", "2024-04-03"),
    ("标题\n2024-01-02 12:00 · 阅读 123 · 评论 5\n" + PARAGRAPH, "2024-01-02"),
    ("标题\n2024-01-02 阅读：123 评论：5\n" + PARAGRAPH, "2024-01-02"),
    ("标题\n2024-01-02 12:00 阅读（123） 点赞(5)\n" + PARAGRAPH, "2024-01-02"),
    ("标题\n2024-01-02 12:00  1.2万阅读\n" + PARAGRAPH, "2024-01-02"),
])
def test_dated_stamp_is_read_as_the_date(text, date):
    article = clean(text)
    assert str(article.metadata.published)[:10] == date
    assert all("IP" not in p and "阅读" not in p and "评论" not in p for p in article.paragraphs)
    assert any(r.reason == "metadata:date" for r in article.removed)


def test_stamps_of_a_thread_stay_chrome_but_the_first():
    text = ("标题\n2024-01-02 12:00 阅读 123\n" + PARAGRAPH + "\n2024-01-03 12:00 阅读 12\n顶\n"
            "2024-01-04 12:00 阅读 9\n好")
    article = clean(text)
    assert str(article.metadata.published)[:10] == "2024-01-02"
    assert [r.reason for r in article.removed if "阅读" in r.text] == ["metadata:date", "counter", "counter"]


def test_a_stamp_below_the_first_paragraph_is_no_byline():
    article = clean("标题\n" + PARAGRAPH + "\n2024-01-03 12:00 阅读 12")
    assert article.metadata.published is None
    assert [r.reason for r in article.removed] == ["counter"]


def test_a_reply_stamp_is_no_byline():
    article = clean("标题\n2023-3-8 13:30回复\n" + PARAGRAPH)
    assert article.metadata.published is None
