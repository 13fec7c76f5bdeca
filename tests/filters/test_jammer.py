"""Discuz! jammer removal: generated jammers of every variant, and clean text that must survive.

The generators below follow the public Discuz! jammer() function (written for
these tests, not imported): X series units ``chr(32..59) + " " + chr(63..126)``,
legacy units ``chr(0..59) + chr(63..126)`` rendered by an HTML parser.
"""
from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.document import Document
from newsclean.filters.jammer import RemoveDiscuzJammer, find_jammers, looks_random


# ------------------------------------------------------------------ generators
def n_units(rng: random.Random) -> int:
    n = 0
    while n < rng.randint(5, 15):  # the loop bound is drawn again every turn
        n += 1
    return n


def x_jammer(rng: random.Random, collapse: bool = True) -> str:
    s = "".join(chr(rng.randint(32, 59)) + " " + chr(rng.randint(63, 126)) for _ in range(n_units(rng)))
    return re.sub(" {2,}", " ", s) if collapse else s


def legacy_jammer(rng: random.Random) -> str:
    out = []
    for _ in range(n_units(rng)):
        c1 = chr(rng.randint(0, 59))
        if c1 in "\t\r\n":
            out.append(" ")
        elif c1 >= " ":
            out.append(c1)
        out.append(chr(rng.randint(63, 126)))
    return re.sub(" {2,}", " ", "".join(out))


def clean(text: str, **options) -> str:
    doc = RemoveDiscuzJammer(**options)(Document(text))
    return "\n".join(line.text for line in doc.lines)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# Article lines that start and end with Chinese: the jammer's inner edge is certain there.
CJK_LINES = [
    "掌上春城讯 11月25日，《人民日报》政治版头条发布稿件。",
    "具体报道如下：",
    "“不查无必要资料，不简单以台账评判工作成效。”",
    "邵杨晖说，处处留痕的材料比较多，电子台账也有，纸质台账也有。",
    "来源：人民日报",
    "责编：周晓雪",
]

# Clean text full of legitimate ASCII: none of it may be taken for a jammer.
CONTROL = [
    "苹果发布 iPhone 15 Pro，搭载 A17 Pro 芯片，支持 5G 与 Wi-Fi 6E。",
    "下载APP领取红包，A股三大指数收涨，沪指报3,050.12点，涨0.35%。",
    "根据牛顿第二定律 F = ma，加速度与合力成正比；E = mc^2 是质能方程。",
    "单选题：下列说法正确的是 A. 甲 B. 乙 C. 丙 D. 丁",
    "关注微信公众号（ID:jrtt），或访问 https://www.example.com/news/2024/11/25/a_b-c.html?id=42&from=qq 。",
    "联系邮箱：zhengwu@thepaper.cn，电话 010-12345678。",
    "贵州茅台（600519.SH）与腾讯控股（00700.HK）股价走势分化。",
    "import json",
    "client = redis.Redis()",
    "handler = pymongo.MongoClient().test.data",
    "            handler.insert_one(json.loads(data))",
    "def parse():",
    "COVID-19 疫情期间，SARS-CoV-2 病毒的 R0 值受到关注。",
    "分享到QQ空间、Qzone、新浪微博，打开 IT之家 App。",
    "Notice: The content above (including the pictures and videos if any) is uploaded by a user.",
    "英国M&G固定收益副主管：Stefan Isaacs",
    "a, b, c, d, e, f 六个变量",
    "H E L L O W O R L D",
    "责任编辑：杨倩_NF4425",
    "2019-09-30 07:42 | 来源：新华社",
    "收起@@title@@@@status_text@@",
    "Evi1m0：去年跨过的客户端",
    "            if not data:",
    "字号：A- A A+",
    "Galaxy S20 的屏幕尺寸为 6.2 英寸，后置 1200 万主摄 +6400 万长焦。",
    "发布时间：2019-09-24 09:10:32 | 来源：澎湃新闻 | 评论(15)",
    "字号：[大][中][小][打印]",
    "    def add_ts(data):",
    "        print('xxxx', x, y)",
    "（责编：汤诗瑶、丁涛）",
    "C# 与 C++ 都支持；成绩 A+ 与 B- 之间。",
    "X光、B超、T恤、U盘与K线图。",
    "沪指报3,050.12点，20,536手，1/3 的样本。",
    "ID:jrtt |",
    "QQ:12345678 微信号：rmrbwx",
    "责编：Demi Xia",
    "Jscript 9增加了一些新的对象",
    "英国M&G固定收益副主管：Stefan Isaacs",
]


# ------------------------------------------------------------------ control set
@pytest.mark.parametrize("text", CONTROL)
def test_clean_ascii_survives(text):
    assert find_jammers(text) == []
    assert clean(text) == text


def test_whole_control_set_as_one_document():
    text = "\n".join(CONTROL)
    assert clean(text) == text


# ------------------------------------------------------------------ the seed's shapes
def test_x_series_at_line_edges_whole_lines_and_twice_on_a_line():
    text = (
        "\" o V8 s) E+ @* A\" T\n"
        "! X4 D, w. B. b3 E9 N* r7 x掌上春城讯 11月25日，报道。! U/ \\) Z- Z' T& F$ G& J\n"
        "2 u\" [6 R2 O' p' l( g\" Z3 n2 H: e\n"
        "少看材料、更重实绩0 W) H9 H: k+ K+ t/ j) H\n"
    )
    out = clean(text)
    assert out.split("\n") == ["", "掌上春城讯 11月25日，报道。", "", "少看材料、更重实绩", ""]


def test_reasons_are_recorded_for_each_variant():
    rng = random.Random(1)
    text = f"{x_jammer(rng)}正文第一段。\n正文第二段。{legacy_jammer(rng)}Discuz!\n"
    doc = RemoveDiscuzJammer()(Document(text))
    reasons = {r[3] for r in doc._records}
    assert reasons == {"discuz-jammer-x", "discuz-jammer-legacy", "discuz-jammer-seo"}
    assert [line.text for line in doc.lines] == ["正文第一段。", "正文第二段。", ""]
    for start, end, *_ in doc._records:
        assert text[start:end].strip() == text[start:end]


# ------------------------------------------------------------------ generated jammers
@settings(max_examples=300, deadline=None)
@given(seed=st.integers(0, 2**32), line=st.sampled_from(CJK_LINES), where=st.sampled_from(["start", "end"]),
       collapse=st.booleans())
def test_x_jammer_next_to_chinese_goes_entirely(seed, line, where, collapse):
    j = x_jammer(random.Random(seed), collapse)
    text = j + line if where == "start" else line + j
    assert squash(clean(text)) == squash(line)


@settings(max_examples=300, deadline=None)
@given(seed=st.integers(0, 2**32), a=st.sampled_from(CJK_LINES), b=st.sampled_from(CJK_LINES))
def test_x_jammers_mid_text_when_lines_are_flattened(seed, a, b):
    rng = random.Random(seed)
    text = a + x_jammer(rng) + b + x_jammer(rng) + x_jammer(rng) + a
    assert squash(clean(text)) == squash(a + b + a)


@settings(max_examples=300, deadline=None)
@given(seed=st.integers(0, 2**32), line=st.sampled_from(CJK_LINES), where=st.sampled_from(["start", "end"]))
def test_legacy_jammer_next_to_chinese(seed, line, where):
    j = legacy_jammer(random.Random(seed))
    text = j + line if where == "start" else line + j
    out = squash(clean(text))
    # the article is never touched (a jammer that happens to read as a word may stay)
    assert squash(line) in out


def test_legacy_jammers_are_removed_on_the_whole():
    rng = random.Random(7)
    left = total = 0
    for k in range(400):
        line = CJK_LINES[k % len(CJK_LINES)]
        j = legacy_jammer(rng)
        text = j + line if k % 2 else line + j
        out = squash(clean(text))
        assert squash(line) in out
        left += len(out) - len(squash(line))
        total += len(squash(j))
    assert left / total < 0.01


@pytest.mark.parametrize("phrase", ["Discuz! Board", "Discuz!", "Comsenz", "论坛", "bbs"])
def test_seo_phrase_next_to_a_legacy_jammer(phrase):
    rng = random.Random(3)
    for k in range(20):
        j = legacy_jammer(rng)
        while not looks_random(j.strip()):
            j = legacy_jammer(rng)
        j = phrase + j if k % 2 else j + phrase
        assert squash(clean("正文。" + j)) == "正文。"


def test_seo_phrase_option_adds_a_forum_name():
    text = "正文。j`&t)A,P*FCS K\\C水木社区"
    assert squash(clean(text)) == "正文。水木社区"
    assert squash(clean(text, seo_phrases=("水木社区",))) == "正文。"


def test_seo_phrase_alone_is_article_text():
    for text in ["本站使用Discuz! Board搭建论坛。", "bbs论坛", "Comsenz公司"]:
        assert clean(text) == text


# ------------------------------------------------------------------ inner edges
@pytest.mark.parametrize("text, keep", [
    ("公式 a = b" + "! X4 D, w. B. b3 E9 N* r7 x", "公式 a = b"),        # a formula ends like a unit
    ("! X4 D, w. B. b3 E9 N* r7 x" + " APP下载", "APP下载"),             # indentation before a word
    ("! X4 D, w. B. b3 E9 N* r7 x" + " FViewXFG", "FViewXFG"),
    ("! X4 D, w. B. b3 E9 N* r7 x" + " A+", "A+"),
    ("2019-09-08" + "Hp)p%e`iN?", "2019-09-08"),                       # the number's last digit stays
    ("8x[2NWV7bI3kAPP专享", "APP专享"),                                   # a word glued after a jammer
    ("阿里发布AI芯片GPU" + "d`_9NU7] ]m$X3~", "阿里发布AI芯片GPU"),     # a word glued before one
    ("腾讯QQ" + "aD1I9k!A0r#~SS", "腾讯QQ"),
    (")G:emGhh1A]import json" + "PM/vc;zq F'[", "import json"),         # a code line between two jammers
])
def test_inner_edge_keeps_the_article_side(text, keep):
    out = clean(text)
    assert keep in out
    assert len(squash(out)) - len(squash(keep)) <= 3


def test_lists_and_spaced_letters_are_not_x_runs():
    for text in ["A. B. C. D. E. F. G.", "a, b, c, d, e, f, g", "x y z w v u t"]:
        assert clean(text) == text


def test_a_run_repeating_two_signs_is_no_list():
    # c1 "-", "-", "5", "5", "5": pairs of equal neighbours by chance, not one separator
    assert clean("- ]- I5 T5 z5 e具体报道如下：") == "具体报道如下："
    assert clean("选项 A. B. C. D. E. F都不对") == "选项 A. B. C. D. E. F都不对"


def test_a_spaced_closing_quote_stays_with_the_open_quote_before_it():
    run = ' \\" M3 B% M" b. w% M, H* f) M'
    assert clean('他说："我每周训练两次。 "' + run + '起初很难。') == '他说："我每周训练两次。 "起初很难。'
    # no quote left open: the '"' is the run's first c1
    assert clean('我每周训练两次。 "' + run + '起初很难。') == "我每周训练两次。 起初很难。"


def test_legacy_can_be_switched_off():
    text = "正文。8x[2NWV7bI3k"
    assert clean(text, legacy=False) == text
    assert clean(text) == "正文。"


def test_lines_without_ascii_are_skipped_fast():
    doc = Document("全是中文的一行，没有任何拉丁字母。")
    RemoveDiscuzJammer().apply(doc)
    assert not doc._records


# pieces that put a run's edges to the test: white space, ASCII a run may read as its own or
# the article's, signs that read far back, a letter that prefixes a Chinese word, a list
EDGE_PIECES = ["中文", "。", "，", "A股", "来源", "(中文", "2019-09-0", "18:1", "(", ")", '"', ":", "来源:", " ", "\t",
               "\u3000", "iPhone", "a = b", "H E L L O", "a, b, c, d, e", "x", "5G", "|", "http://a.b/c",
               "B+", "def f()"]


@settings(max_examples=300, deadline=None)
@given(seed=st.integers(0, 2**32), legacy=st.booleans())
def test_the_page_scan_finds_the_spans_each_line_gives(seed, legacy):
    """The one scan of the page settles the common line itself and hands the others to
    find_jammers: the spans are those find_jammers gives line by line."""
    from newsclean.filters.jammer.grammar import DEFAULT_SEO_PHRASES, seo_pattern
    from newsclean.filters.jammer.page import page_spans

    rng = random.Random(seed)
    texts = []
    for _ in range(rng.randint(1, 6)):
        parts = []
        for _ in range(rng.randint(1, 6)):
            r = rng.random()
            if r < 0.3:
                run = x_jammer(rng, collapse=rng.random() < 0.8)
                # (a first c1 that reads far back: a label's colon, a closing bracket or quote)
                parts.append(rng.choice(':)"') + run[1:] if rng.random() < 0.3 else run)
            elif r < 0.4:
                parts.append(legacy_jammer(rng))
            elif r < 0.5:
                parts.append(rng.choice(CJK_LINES))
            else:
                parts.append(rng.choice(EDGE_PIECES))
        texts.append("".join(parts))
    seo = seo_pattern(DEFAULT_SEO_PHRASES)
    want = [(k, spans) for k, t in enumerate(texts) for spans in [find_jammers(t, legacy=legacy, seo=seo)] if spans]
    assert list(page_spans(texts, legacy=legacy, seo=seo)) == want
    # a text holding a line break (no run crosses one) is read on its own: the same spans
    assert list(page_spans(texts + ["正文\n第二行"], legacy=legacy, seo=seo)) == want


def test_runs_are_judged_alike_remembered_or_not_and_only_short_ones_are_kept():
    from newsclean.filters.jammer import islands

    short, long = "import json", "import json and some more words of English prose " * 3
    for run in (short, long, "8x[2NWV7bI3k"):
        for flags in ((True, True, 2), (False, True, 3)):
            found = islands.find_islands(run, *flags)
            assert found == islands.find_islands.__wrapped__(run, *flags) == islands.find_islands(run, *flags)
            pieces = islands.random_pieces(run, found, flags[0], flags[1])
            assert pieces == islands.random_pieces.__wrapped__(run, found, flags[0], flags[1])
    info = islands.find_islands.cache_info
    before = info()
    islands.find_islands(long + "x", True, False, 2)
    islands.find_islands(long + "x", True, False, 2)
    assert info()[:2] == before[:2]  # a long run (prose) is read each time, never kept
    islands.find_islands(short + "x", True, False, 2)
    islands.find_islands(short + "x", True, False, 2)
    assert (info().hits, info().misses) == (before.hits + 1, before.misses + 1)

def test_long_runs_find_the_same_word_stretches_in_c():
    """A long run's words are found from its shapes in C (word_stretches_in_c): the same
    stretches as the loop over its letter runs, on runs of words, joining signs and noise."""
    from newsclean.filters.jammer import islands

    rng = random.Random(13)
    words = ["import", "json", "Redis", "kAPP", "GPUd", "iPhone", "Mate60", "is", "PKWIP", "a", "xiao", "RoQQQ"]
    for _ in range(3000):
        parts = []
        for _ in range(rng.randrange(1, 15)):
            r = rng.random()
            if r < 0.4:
                parts.append(rng.choice(words))
            elif r < 0.7:
                parts.append("".join(rng.choice("-._&/:@#'() ") for _ in range(rng.randrange(0, 4))))
            else:
                parts.append("".join(chr(rng.randint(32, 126)) for _ in range(rng.randrange(1, 8))))
        run = "".join(parts)
        for flags in ((True, True), (True, False), (False, True), (False, False)):
            assert list(islands.word_stretches_in_c(run, *flags)) == list(islands.word_stretches(run, *flags))
    flood = "a " * 5000 + "import json"
    assert list(islands.word_stretches_in_c(flood, True, True)) == list(islands.word_stretches(flood, True, True))


# ------------------------------------------------------------------ inner edges of real text
def _x_jammer_starting_with_a_space_unit(rng: random.Random) -> str:
    """An X jammer whose first unit has a space for c1: " X…", the shape that glues to text."""
    j = x_jammer(rng)
    while not j.startswith(" "):
        j = x_jammer(rng)
    return j


@settings(max_examples=200, deadline=None)
@given(seed=st.integers(0, 2**32), token=st.sampled_from([
    "2019-09-0", "发布时间：2019-09-24 09:1", "08:05:3", "5,87", "第1/", "（责编：汤诗瑶、丁涛", "print(12345",
    "生日蛋糕..", "责任编辑", "def parse()", "\t\t\t+",
]), end=st.sampled_from(["7", "3", ")", ".", ":", "+"]))
def test_an_unfinished_token_keeps_its_last_sign_before_a_jammer(seed, token, end):
    """``token + end`` is the article; a jammer starting " X" follows, as in a flattened page."""
    from newsclean.filters.jammer.edges import continues as _continues

    text = token + end
    if not _continues(text, len(token), end):
        return  # not an unfinished token for this sign: nothing is promised
    j = _x_jammer_starting_with_a_space_unit(random.Random(seed))
    out = clean(text + j + "下一段正文。")
    assert squash(out) == squash(text + "下一段正文。")


@pytest.mark.parametrize("token, end", [
    ("2019-09-0", "7"), ("18:1", "3"), ("2019年09月07日 08:05:3", "2"), ("20,53", "6"), ("1/", "3"),
    ("(责编：汤诗瑶、丁涛", ")"), ("json.loads(data", ")"), ("生日蛋糕..", "."), ("责任编辑", ":"),
    ("    def add_ts()", ":"), ("\t\t\t\t\t\t", "+"), ("\t\t分享到", ":"), ("关键字 ", ":"),
])
def test_unfinished_tokens_are_recognised(token, end):
    from newsclean.filters.jammer.edges import continues as _continues

    assert _continues(token + end, len(token), end)


@pytest.mark.parametrize("token, end", [
    ("2019-09-30", "7"), ("共58", "4"), ("推荐", "0"), ("资料图", ":"), ("正式发布", ":"), ("(a)", ")"), ("已收藏", "!"),
])
def test_finished_tokens_leave_the_sign_to_the_jammer(token, end):
    """A complete token gives no evidence: the sign is the jammer's first c1, as it mostly is."""
    from newsclean.filters.jammer.edges import continues as _continues

    assert not _continues(token + end, len(token), end)


@pytest.mark.parametrize("after", [" A股节后上涨", " @@status_text@@", " | 发布时间: 2018-05-17", " APP下载", " A+"])
def test_a_token_after_the_last_space_unit_stays(after):
    out = clean("! X4 D, w. B. b3 E9 N* r7 x" + after)
    assert squash(out) == squash(after)


@pytest.mark.parametrize("text, keep", [
    ("t6xt T%rp9c5G芯片仍然需要在实践中多次更迭", "5G芯片仍然需要在实践中多次更迭"),  # a listed word with a digit
    ("x'a$nyw8B'RoQQQ空间", "QQ空间"),                        # a word glued to the text sits at the run's edge
    ("对无锡市民出行影响最大?Ad3FmU4L", "对无锡市民出行影响最大?"),  # a question mark closing Chinese text
    ("发表于2014-08-24 21:30|_ M:Zf3g3gS;tf5_*r", "发表于2014-08-24 21:30|"),  # a separator closing the text
    ("[责任编辑：韩保林 PK155]&k \\P w[QTt", "[责任编辑：韩保林 PK155]"),   # a bracket the text opened
])
def test_legacy_inner_edges_keep_the_article_side(text, keep):
    out = clean(text)
    assert keep in out
    assert len(squash(out)) - len(squash(keep)) <= 3


def test_two_random_letters_at_a_legacy_edge_are_not_a_word():
    # "#We" reads as the word "We" only by chance: lower-case or mixed two-letter words go with the run
    assert squash(clean("扫码关注。#We @!Z.x\"^(q%Ti论坛")) == "扫码关注。"


# ------------------------------------------------------------------ idempotence
@settings(max_examples=300, deadline=None)
@given(seed=st.integers(0, 2**32), lines=st.lists(st.sampled_from(CJK_LINES + CONTROL), min_size=1, max_size=4),
       legacy=st.booleans(), flat=st.booleans())
def test_cleaning_the_result_again_finds_no_jammer(seed, lines, legacy, flat):
    rng = random.Random(seed)
    parts = []
    for line in lines:
        j = legacy_jammer(rng) if legacy else x_jammer(rng)
        parts.append(j + line if rng.random() < 0.5 else line + j)
    text = ("" if flat else "\n").join(parts)
    once = clean(text)
    for line in once.split("\n"):
        assert find_jammers(line) == []


def test_legacy_residue_beside_an_x_run_goes_in_the_same_pass():
    # the legacy pass also reads the rest of a line that holds X runs: the second pass has nothing to do
    text = "正文第一段落内容。\n  ; V7 t: \\; z9 q: J2 t8 J$ }9eK!}J6EjAm(byYx)v+wQ\n正文第二段。"
    once = clean(text)
    assert squash(once) == "正文第一段落内容。正文第二段。"
    assert clean(once) == once


@pytest.mark.parametrize("text, keep", [
    ("一块顶十块GPU" + ":P s5Vw(?p", "一块顶十块GPU"),           # no evidence: the colon is the run's first c1
    ("Source" + ":P s5Vw(?p", "Source"),
    ("        while True:" + "P s5Vw(?p", "        while True:"),  # a code header needs its colon
    ("if not data:" + "P s5Vw(?p", "if not data:"),
])
def test_a_colon_after_a_word_goes_with_the_legacy_run_unless_the_text_needs_it(text, keep):
    assert clean(text) == keep


# ------------------------------------------------------------------ legacy edges: what the generator rules out
@pytest.mark.parametrize("text, keep", [
    # a c2 given to the text must leave the run five c2, a whole jammer: "?3O@L d" has five with "?"
    ("为你推荐" + "?3O@L d", "为你推荐"),
    ("对无锡市民出行影响最大?" + "Ad3FmU4L", "对无锡市民出行影响最大?"),
    # a finished date or time takes no digit more; an unfinished one does
    ("2019-05-17" + "3Ezwl8d|1Q#u8U", "2019-05-17"),
    ("2020-01-03 18:13" + "1Ib W8j$c8I(Lz_", "2020-01-03 18:13"),
    ("2019-09-0" + "8Hp)p%e`iN?", "2019-09-08"),
    # a quote is counted in the text since the last cut, not in the jammer before it
    ("q:a }({b\"V" + "1032人参与308评论" + "\"l+oI2w-vN,mYq^'`", "1032人参与308评论"),
    # an acronym glued to the text stays only if the rest of the run is no jammer or a whole one
    ("cCSTN" + "超大", "超大"),
    # a chrome label keeps its colon, as a field label does
    ("\t\t分享到:" + "A ^Z Pv M3E`G Zf", "\t\t分享到:"),
    ("\t\t\t来源CSDN|", "\t\t\t来源CSDN|"),
    ("来源CSDN|" + "8x[2NWV7bI3k", "来源CSDN|"),
])
def test_legacy_edges_follow_the_generator(text, keep):
    assert clean(text) == keep


@pytest.mark.parametrize("text, keep", [
    # indentation with a tab or a wide space is the line's: the text starts right after it ...
    ("\t\t\t\t\t\tT" + "v5N%R/nYBH4M", "\t\t\t\t\t\tT"),
    ("\u3000\u30003" + "LM WT%o&i", "\u3000\u30003"),
    ("K?B$Y9k)Pz" + "\t A" + "_8K L r^l~p,h", "\t A"),
    # ... and a run at the line start right before it is all jammer
    ("c\\oF%|-h0x1VR" + "\t\t\t\t查看我的收藏", "\t\t\t\t查看我的收藏"),
])
def test_tab_indentation_bounds_the_legacy_jammer(text, keep):
    assert clean(text) == keep


@pytest.mark.parametrize("indent", ["\u3000\u3000", "\xa0", "\t\t"])
def test_a_run_the_indentation_alone_would_keep_is_read_as_at_the_line_start(indent):
    # the cleaned text loses the indentation, so the run would start the line on a second cleaning
    assert clean(indent + "7?RYZ@正文第一段。") == indent + "正文第一段。"


@pytest.mark.parametrize("text, keep", [
    # a run at one edge of the line holds one jammer, which reaches the edge
    ("推荐阅读" + "QY9Gn$~/fuup", "推荐阅读"),
    ("腾讯QQ" + "aD1I9k!A0r#~SS", "腾讯QQ"),
    # a whole line: what is left at its edges stays only with a word that stands on its own
    ("D?7@*C5SALvooS*yeii", ""),
    ("B0l7NLX%UO" + "Windows", "Windows"),
    ("G4`c.B0Ca9Q'{" + "by Taboolaby Taboola" + "%L8z3E/on{IE4_*A", "by Taboolaby Taboola"),
])
def test_a_legacy_jammer_reaches_the_edge_of_its_line(text, keep):
    assert squash(clean(text)) == squash(keep)


@pytest.mark.parametrize("text, keep", [
    # the island glued to the text leaves too little for a jammer: it took jammer letters
    ("4y?0T3EU" + "澎湃新闻记者", "澎湃新闻记者"),
    ("0S\"L1{Me" + " print(12345)", " print(12345)"),
    # ... unless what is left reads as the word's own letters
    ("Gweilo镜头下的南湖公园" + "9~v;o%U7h7s-x", "Gweilo镜头下的南湖公园"),
    # vowels no English or pinyin word has make no word
    ("推荐阅读" + "&^cnuuut", "推荐阅读"),
])
def test_an_edge_island_leaves_the_jammer_room(text, keep):
    assert clean(text) == keep


# ------------------------------------------------------------------ the cheap proofs change nothing
def _find_searching_always(text):
    """find_jammers without its cheap proofs that a second search would find nothing."""
    from newsclean.filters.jammer import grammar as G
    from newsclean.filters.jammer import scan as J

    seo = G.seo_pattern(G.DEFAULT_SEO_PHRASES)
    spans = J._line_spans(text, True, seo)
    for _ in range(J._MAX_ROUNDS):
        if not spans:
            break
        rest, where = J._without(text, spans)
        touched = J._runs_at_cut(rest, J._joins(rest, where))
        more = J._search_again(rest, touched, True, seo) if touched else []
        if not more:
            break
        spans = sorted(spans + [piece for i, j, why in more for piece in J._back(where, i, j, why)])
    return spans


_GLUE = ["", " ", "\t", "\u3000", "中", "a", "(", ")", "\"", ":", "1", "|"]


@settings(max_examples=400, deadline=None)
@given(seed=st.integers(0, 2**32), lines=st.lists(st.sampled_from(CJK_LINES + CONTROL), min_size=1, max_size=3),
       glue=st.lists(st.sampled_from(_GLUE), min_size=4, max_size=4))
def test_the_cheap_proofs_spare_only_searches_that_find_nothing(seed, lines, glue):
    rng = random.Random(seed)
    parts = []
    for k, line in enumerate(lines):
        j = legacy_jammer(rng) if rng.random() < 0.5 else x_jammer(rng, rng.random() < 0.5)
        parts += [glue[k % 4], j, glue[(k + 1) % 4], line] if rng.random() < 0.5 else [line, glue[k % 4], j]
    text = "".join(parts)
    assert find_jammers(text) == _find_searching_always(text)


# ------------------------------------------------------------------ data stretches
def _b64(n: int, seed: int = 7) -> str:
    import base64

    return base64.b64encode(random.Random(seed).randbytes(n)).decode()


@pytest.mark.parametrize("data", [
    _b64(3000),                                                              # an inlined font or image
    random.Random(1).randbytes(1500).hex(),                                  # a hex dump without spaces
    "".join(random.Random(2).choice([chr(i) for i in range(33, 127)]) for _ in range(2000)),
    "function(a){return!a.b||c[d](e,f)}" * 40,                               # minified code
    '{"id":1,"tags":["x","y"],"v":0.5}' * 30,                                # a JSON blob
])
def test_a_long_stretch_without_white_space_is_data_and_kept_whole(data):
    # a legacy jammer is 30 characters at most: a stretch of 161 or more is not read run by run
    assert find_jammers("正文" + data + "。") == []
    assert find_jammers(data) == []


def test_a_jammer_beside_data_is_still_found():
    rng = random.Random(5)
    jam = x_jammer(rng)
    spans = find_jammers("正文第一段。" + jam + " " + _b64(600))
    assert [(i, j) for i, j, _ in spans] == [(6, 6 + len(jam))]


def test_a_run_is_never_longer_than_a_few_jammers():
    # a long letter stretch once made one 16,000-character "jammer" and took quadratic time
    rng = random.Random(1)
    w = "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(16_000))
    assert find_jammers(w + " Q%") == []
    assert find_jammers("正文" + w + " x%Q") == []


# ---------------------------------------------------------------- machine text
_MINIFIED = "".join(f"function f{i}(a,b){{return a+b*{i};}}var x{i}=el('id{i}');if(x{i}){{x{i}.hide();}}"
                    for i in range(60))


def test_a_long_line_of_minified_code_is_machine_text_kept_whole():
    assert len(_MINIFIED) >= 2000 and find_jammers(_MINIFIED) == []


def test_the_same_code_cut_short_is_still_read_run_by_run():
    # (below the length, a line of code is read as any line: the rule is the long line's alone)
    short = _MINIFIED[:300] + "X4 D, w. B. b3 E9 N* r7 x"
    assert find_jammers(short) != []


def test_long_english_prose_with_a_jammer_is_not_machine_text():
    prose = "This is a plain English paragraph of a forum post, with ordinary words. " * 40
    line = prose + "! X4 D, w. B. b3 E9 N* r7 x"
    assert len(line) >= 2000
    spans = find_jammers(line)
    # (read as any line: the run is cut, from where English words end)
    assert spans and spans[-1][1] == len(line) and spans[0][0] >= len(prose)


@pytest.mark.parametrize("line", [
    "int r[maxn], p[maxn], u[maxn];",
    "        cout << dis[x][y] << endl;",
    "更新：anc[x][i] = anc[anc[x][i - 1]][i - 1]",
    "if (dist[a[e][i].t] == inf) {",
])
def test_code_that_indexes_a_name_in_brackets_is_no_jammer(line):
    # a name indexed in brackets parses as a legacy run; a jammer writes one in about one run
    # of a thousand
    assert clean(line) == line


@pytest.mark.parametrize("line, kept", [
    # a jammer that happens to write a name indexed in brackets, where code never is: glued
    # after a Chinese sentence's end, or at a line's start right before Chinese text
    ("设计载客量为1800人、舱房数789间。UJ[nz]-U)~w4Sk", "设计载客量为1800人、舱房数789间。"),
    ("UJ[nz]-U)~w4Sk目前南沙邮轮母港开通了", "目前南沙邮轮母港开通了"),
])
def test_an_indexed_name_glued_to_chinese_is_a_jammer(line, kept):
    assert clean(line) == kept


@pytest.mark.parametrize("line", [
    "const int maxn = 50001;", "print(a.ndim)", "    effects.add(dep)", "let dep = depsMap.get(key)",
    "It's barbaric, but hey, it's home", "The Sun and the Moon (Mandaya Version) }",
])
def test_words_or_code_at_a_line_edge_are_kept(line):
    assert clean(line) == line


def test_hardly_a_jammer_reads_as_words():
    """The shape of words costs the jammer little: its letters' case and signs are random."""
    from newsclean.filters.jammer.words import reads_as_words

    rng = random.Random(11)
    runs = [legacy_jammer(rng).strip() for _ in range(20000)]
    assert sum(map(reads_as_words, runs)) <= 20  # measured: 2 in 20,000
