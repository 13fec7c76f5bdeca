"""Labels are read in both scripts: a Traditional page is cleaned like its Simplified twin."""
import pytest
import regex

from newsclean import clean, lexicons
from newsclean.lexicons.traditional import (
    MAX_VARIANTS, both_scripts, char_map, to_traditional, variants, with_variants,
)

# a Simplified article whose every line a filter judges; its twin is made with the map
ARTICLE = [
    "国务院召开常务会议 部署稳就业措施",
    "2024-05-10 08:30 来源：新华社",
    "分享到：",
    "新华社北京5月10日电（记者 张晓明）国务院总理主持召开国务院常务会议，部署进一步稳就业的措施。",
    "会议指出，就业是最大的民生，要把稳就业放在更加突出的位置，加大政策支持力度。",
    "图为会议现场。 新华社记者 李文 摄",
    "本文仅代表作者观点，未经授权不得转载。",
    "（原标题：国务院部署稳就业）",
    "责任编辑：王明",
    "编辑：刘明 校对：陈亮",
]


def facts(article):
    """What the cleaning found, with every string in Simplified form (to compare the twins)."""
    m = article.metadata
    return {
        "title": _simplify(article.title or ""),
        "paragraphs": [_simplify(p) for p in article.paragraphs],
        "sources": [_simplify(s) for s in m.sources],
        "credits": sorted((c.role, _simplify(c.label), _simplify(c.name)) for c in m.credits),
        "published": m.published,
        "original_title": _simplify(m.original_title or ""),
        "notices": [_simplify(n) for n in m.notices],
        "captions": [(_simplify(c.text), _simplify(c.credit or "")) for c in article.captions],
    }


def test_a_big5_article_gives_the_metadata_of_its_simplified_twin():
    simplified = "\n".join(ARTICLE)
    traditional = to_traditional(simplified)
    assert "來源：新華社" in traditional and "責任編輯：王明" in traditional and "記者 張曉明" in traditional
    twin, article = clean(simplified), clean(traditional.encode("big5"))
    assert article.encoding.startswith("big5")
    assert facts(article) == facts(twin)
    assert article.metadata.sources == ["新華社"]
    assert ("reporter", "記者", "張曉明") in {(c.role, c.label, c.name) for c in article.metadata.credits}
    assert ("editor", "責任編輯", "王明") in {(c.role, c.label, c.name) for c in article.metadata.credits}
    assert article.metadata.original_title == "國務院部署穩就業"


@pytest.mark.parametrize("line, kind", [
    ("來源：中央社", "source"),
    ("責任編輯：李大華", "credit"),
    ("編輯：劉明 校對：陳亮", "credit"),
    ("作者：張小明", "credit"),
    ("攝影：林志強", "credit"),
    ("發佈時間：2024-05-10 08:30", "date"),
    ("發布時間：2024-05-10 08:30", "date"),
    ("更新時間：2024-05-10 08:30", "date"),
    ("（原標題：國務院部署穩就業）", "original_title"),
])
def test_traditional_metadata_lines_are_read_like_simplified_ones(line, kind):
    head = "國務院召開常務會議 部署穩就業措施\n正文第一段，講了一件事情的經過。\n"
    article, twin = clean(head + line), clean(_simplify(head + line))
    assert facts(article) == facts(twin)
    assert article.paragraphs == ["正文第一段，講了一件事情的經過。"]
    m = article.metadata
    got = {"source": m.sources, "credit": [c.name for c in m.credits], "date": m.published,
           "original_title": m.original_title}[kind]
    assert got


@pytest.mark.parametrize("line", ["分享到：", "轉載請註明出處", "相關閱讀", "返回頂部", "掃一掃"])
def test_traditional_junk_lines_go_like_simplified_ones(line):
    text = "國務院召開常務會議 部署穩就業措施\n正文第一段，講了一件事情的經過。\n" + line + "\n正文第二段，又講了一件事。"
    article, twin = clean(text), clean(_simplify(text))
    assert facts(article) == facts(twin)
    assert article.paragraphs == ["正文第一段，講了一件事情的經過。", "正文第二段，又講了一件事。"]


def test_traditional_captions_keep_their_credit():
    article = clean("國務院召開常務會議\n正文第一段，講了一件事情的經過。\n圖為會議現場。 新華社記者 李文 攝\n圖片來源：視覺中國")
    assert [(c.text, c.credit) for c in article.captions] == [("圖為會議現場。", "新華社記者 李文"), ("", "視覺中國")]


def _simplify(text):
    back = {f: s for s, forms in char_map().items() for f in forms if f != s}
    return "".join(back.get(c, c) for c in text)


# ------------------------------------------------------------------ the map and the variants
def test_every_lexicon_entry_comes_in_both_scripts():
    assert "來源" in {row[0] for row in lexicons.rows("metadata_labels.tsv", 2)}
    assert ("責任編輯", "editor") in lexicons.rows("metadata_labels.tsv", 2)
    assert {"分享到", "分享到"} <= set(lexicons.entries("junk_share.txt"))
    assert "未經授權不得轉載" in lexicons.entries("notice_phrases.txt")
    assert "陳" in lexicons.entries("surnames.txt")
    # Simplified first, in the file's order: what the code read before still comes first
    simplified = lexicons.parse_entries(lexicons._read("junk_share.txt"))
    assert list(lexicons.entries("junk_share.txt")[:len(simplified)]) == simplified


def test_the_map_covers_every_character_of_the_lexicons_that_has_a_traditional_form():
    table = char_map()
    assert table["发"] == "發" and set(table["布"]) == {"佈", "布"}
    assert all(len(s) == 1 and forms for s, forms in table.items())
    assert variants("ABC 123") == [] and variants("正文") == []


def test_variants_are_few_and_distinct():
    many = "复复复复复复"  # 复: 復 複 覆
    got = variants(many)
    assert len(got) == MAX_VARIANTS == len(set(got))
    assert many not in got
    assert with_variants(["发布", "發佈"]) == ["发布", "發佈", "發布"]


def test_both_scripts_keeps_a_pattern_working_in_both_scripts():
    pattern = regex.compile(both_scripts(r"(?:记者|编辑)[：:]\s*([^\s，发]{2,4})"))
    assert pattern.match("記者：張三").group(1) == "張三"
    assert pattern.match("记者：张三").group(1) == "张三"
    assert pattern.match("編輯：發生") is None  # 发 in a negated class: 發 is excluded too
    assert both_scripts(r"[一-龥]\d") == r"[一-龥]\d"  # a range stays a range


# Taiwan's wire service: its reporters in a bracket opening the lead, glued to the place, and a
# closing line of credits with a date code of the Republic's calendar (issue 15)
CNA_TITLE = "行政院宣布新政策 明年實施"
CNA_LEAD = "行政院今天宣布新的政策，將於明年實施，各界反應熱烈，專家也表示肯定。"
CNA_SECOND = "第二段內容很長很長，說明了政策的細節與影響，專家表示肯定並提出建議。"


@pytest.mark.parametrize("dateline, credits", [
    ("（中央社記者王小明台北25日電）", [("reporter", "王小明")]),
    ("（中央社記者王小明、李大華台北25日電）", [("reporter", "王小明"), ("reporter", "李大華")]),
    ("（中央社記者林宏翰華盛頓24日專電）", [("reporter", "林宏翰")]),
    ("（中央社駐美國特派員林宏翰華盛頓24日專電）", [("correspondent", "林宏翰")]),
    ("（中央社記者陳大明新竹25日電）", [("reporter", "陳大明")]),
    ("（中央社记者王小明台北25日电）", [("reporter", "王小明")]),
])
def test_a_bracketed_wire_dateline_credits_its_reporters_and_stays(dateline, credits):
    article = clean(CNA_TITLE + "\n" + dateline + CNA_LEAD + "\n" + CNA_SECOND)
    assert [(c.role, c.name) for c in article.metadata.credits] == credits
    assert article.paragraphs[0].startswith(dateline)  # the lead keeps its dateline


@pytest.mark.parametrize("closing, credits", [
    ("（編輯：張三）1131125", [("editor", "張三")]),
    ("（譯者：王小明/核稿：李四）1131125", [("translator", "王小明"), ("reviewer", "李四")]),
])
def test_a_closing_credits_bracket_and_its_republic_date_code(closing, credits):
    for text in (CNA_TITLE + "\n" + CNA_LEAD + "\n" + CNA_SECOND + "\n" + closing,
                 CNA_TITLE + "\n" + CNA_LEAD + "\n" + CNA_SECOND + closing):
        article = clean(text)
        assert [(c.role, c.name) for c in article.metadata.credits] == credits
        assert str(article.metadata.published) == "2024-11-25"
        assert article.paragraphs[-1] == CNA_SECOND


@pytest.mark.parametrize("line", ["電話（02）1131125", "他說：「好。」（完）1131325"])
def test_digits_after_a_bracket_that_credits_nobody_stay(line):
    article = clean(CNA_TITLE + "\n" + CNA_LEAD + "\n" + line)
    assert article.metadata.published is None
    assert "1131" in article.paragraphs[-1]
