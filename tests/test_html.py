"""clean_html: raw pages in, the article container's naive text through the pipeline, the page's hints."""
import datetime as dt
import json
import unicodedata

import pytest

pytest.importorskip("lxml")

from conftest import CORPUS  # noqa: E402

from newsclean import clean_html  # noqa: E402
from newsclean.htmlpage import choose_title, decode_html, page_hints, parse  # noqa: E402
from newsclean.htmltext import naive_text, tidy  # noqa: E402

CST = dt.timezone(dt.timedelta(hours=8))
JAMMER = "! X4 D, w. B. b3 E9 N* r7 x"

ARTICLE = """<p>本报北京电 海关总署今天发布数据，前三季度进口增长百分之五，出口保持稳定，贸易结构继续优化。</p>
<p>专家表示，外贸<span style="display:none">{jammer}</span>形势总体向好，后续仍有一些压力需要应对。</p>
<p>海关总署新闻发言人说，下一步将继续推进通关便利化改革，为企业减负。</p>"""


def page(*, head: str = "", article: str = ARTICLE.format(jammer=JAMMER), byline: str = "") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>海关总署：前三季度进口增长_某某新闻网</title>{head}
<script>var x = "脚本里的字";</script><style>.a {{ color: red }}</style></head>
<body><div class="nav"><a href="/">首页</a> <a href="/n">新闻</a> <a href="/c">财经</a> <a href="/s">体育</a></div>
<!-- 注释里的字 -->
<div class="main"><h1>海关总署：前三季度进口增长</h1>{byline}
<div class="content">{article}</div></div>
<div class="related"><a href="/1">相关新闻：某地举办秋季运动会</a><br><a href="/2">相关新闻：另一条新闻的标题</a>
<br><a href="/3">相关新闻：第三条新闻的标题在此</a></div>
<div class="footer">Copyright 2019 某某新闻网 版权所有</div></body></html>"""


def text_of(html: str) -> str:
    root = parse(html)
    return tidy(naive_text(root.find("body")).text)


# ---------------------------------------------------------------- naive text
def test_every_text_node_is_kept_hidden_ones_too_and_script_style_comments_dropped():
    text = text_of(page())
    assert JAMMER in text  # display:none is no reason to drop text: the pipeline judges it
    assert "脚本里的字" not in text and "color" not in text and "注释里的字" not in text


def test_block_elements_and_br_break_lines_inline_elements_and_table_cells_do_not():
    text = text_of("<body><div>甲<b>乙</b>丙<br>丁</div><p>戊</p><table><tr><td>己</td><td>庚</td></tr>"
                   "<tr><td>辛</td></tr></table>壬<span>癸</span></body>")
    assert text.split("\n") == ["甲乙丙", "丁", "戊", "己庚", "辛", "壬癸"]


def test_trailing_space_stripped_and_blank_runs_cut_to_two():
    assert tidy("a  \n\n\n\n\nb\t") == "a\n\n\nb"


def test_deeply_nested_pages_do_not_hit_the_recursion_limit():
    deep = "<div>" * 1500 + "正文。" + "</div>" * 1500
    assert "正文。" in text_of(f"<body>{deep}</body>")


def test_text_deeper_than_the_parser_keeps_is_read_by_a_plain_scan():
    # libxml2 drops what nests deeper than 2048 elements; the page is read without the tree then
    para = "本报讯 这是一段足够长的正文，说明了事情的经过和结果，读者可以从中了解全部情况。"
    deep = "<div>" * 3000 + f"<p>{para}</p><script>var a = '<div>';</script><!-- 注释 -->" + "</div>" * 3000
    head = "海关总署发布前三季度数据"
    a = clean_html(f"<html><head><title>{head}</title></head><body><h1>{head}</h1>{deep}</body></html>")
    assert a.paragraphs == [para] and a.title == head


def test_the_plain_scan_reads_like_the_tree():
    from newsclean.htmltext import markup_free

    html = "<body><div>甲&amp;<b>乙</b><br>丙<script>x<y</script><style>p{}</style><!--c-->丁</div><p>戊</p></body>"
    assert tidy(markup_free(html)) == text_of(html) == "甲&乙\n丙丁\n戊"


# ---------------------------------------------------------------- decoding
def test_declared_charset_is_honoured():
    html = page().replace('charset="utf-8"', 'charset="gbk"')
    text, encoding = decode_html(html.encode("gbk"))
    assert encoding == "gb18030" and "海关总署" in text


def test_utf8_bytes_that_declare_gb2312_are_read_as_utf8():
    html = page().replace('charset="utf-8"', 'charset="gb2312"')
    assert decode_html(html.encode("utf-8")) == (html, "utf-8")


def test_detection_when_nothing_is_declared():
    html = page().replace('<meta charset="utf-8">', "")
    text, encoding = decode_html(html.encode("gb18030"))
    assert encoding == "gb18030" and text == html


def test_a_declared_charset_with_a_few_broken_bytes_is_still_used():
    html = page().replace('charset="utf-8"', 'charset="gbk"').encode("gbk")
    broken = html[:400] + b"\xff" + html[400:]
    text, encoding = decode_html(broken)
    assert encoding == "gb18030" and "海关总署" in text and text.count("\ufffd") == 1


def test_bytes_and_str_give_the_same_article():
    html = page()
    a, b = clean_html(html), clean_html(html.encode("utf-8"))
    assert a.model_copy(update={"encoding": None}) == b.model_copy(update={"encoding": None})
    assert b.encoding == "utf-8" and a.encoding is None


def test_an_xml_declaration_in_a_str_is_accepted():
    assert clean_html('<?xml version="1.0" encoding="utf-8"?>' + page()).title == "海关总署：前三季度进口增长"


def test_wrong_types_are_refused():
    with pytest.raises(TypeError):
        clean_html(12)  # type: ignore[arg-type]


# ---------------------------------------------------------------- the article
def test_the_container_keeps_the_article_and_leaves_navigation_and_related_links():
    a = clean_html(page())
    kept = a.text
    assert a.title == "海关总署：前三季度进口增长"
    assert len(a.paragraphs) == 3 and a.paragraphs[1] == "专家表示，外贸形势总体向好，后续仍有一些压力需要应对。"
    assert "首页" not in kept and "相关新闻" not in kept and "Copyright" not in kept
    assert any(r.text == JAMMER and r.filter == "discuz-jammer" for r in a.removed)


FEED = "".join(
    f'<li><a href="/{i}">其他人也在看的第{i}条新闻的标题</a><p>这是第{i}条新闻的摘要，讲了另一件事情，和本文无关，但是写得像正文一样长。</p></li>'
    for i in range(8))


def test_a_feed_of_teasers_after_the_article_in_its_container_is_left_out():
    html = page(article=ARTICLE.format(jammer="") + f"<div class='more'>其他人也在看<ul>{FEED}</ul></div>")
    a = clean_html(html)
    assert len(a.paragraphs) == 3 and "其他人也在看" not in a.text and "摘要" not in a.text


def test_a_list_of_links_inside_the_article_is_no_feed_to_cut_at():
    middle = f"<ul>{FEED}</ul>"
    html = page(article=ARTICLE.format(jammer="") + middle + "<p>文章的后半部分还在这里继续，记者随后又采访了多位外贸企业负责人。</p>" * 3)
    assert "文章的后半部分还在这里继续，记者随后又采访了多位外贸企业负责人。" in clean_html(html).text


def test_container_false_cleans_the_whole_body():
    a = clean_html(page(), container=False)
    assert "专家表示，外贸形势总体向好，后续仍有一些压力需要应对。" in a.paragraphs


def test_meta_dates_become_the_published_hint():
    naive = clean_html(page(head='<meta name="pubdate" content="2019-09-07 13:43:45">'))
    assert naive.metadata.published == dt.datetime(2019, 9, 7, 13, 43, 45, tzinfo=CST)
    utc = clean_html(page(head='<meta property="article:published_time" content="2019-09-07T05:43:45Z">'))
    assert utc.metadata.published.isoformat() == "2019-09-07T05:43:45+00:00"
    day = clean_html(page(head='<meta name="publishdate" content="2019-09-07">'))
    assert day.metadata.published == dt.date(2019, 9, 7)


def test_a_byline_in_the_text_gives_the_time_of_the_meta_day():
    a = clean_html(page(head='<meta name="publishdate" content="2019-09-07">',
                        byline="<div>2019-09-07 13:43 来源：新华网</div>"))
    assert a.metadata.published == dt.datetime(2019, 9, 7, 13, 43, tzinfo=CST)
    assert a.metadata.sources == ["新华网"]


def test_the_callers_hints_win_over_the_page():
    a = clean_html(page(head='<meta name="pubdate" content="2019-09-07">'), title="调用者的标题",
                   published="2020-01-01", url="https://example.cn/1.html", source="某某新闻网")
    assert a.title == "调用者的标题" and a.metadata.published == dt.date(2020, 1, 1)
    assert a.metadata.url == "https://example.cn/1.html" and a.metadata.sources == ["某某新闻网"]
    assert "海关总署：前三季度进口增长" in a.paragraphs  # the page's headline stays a line of the text


def test_the_headline_is_an_h1_that_the_title_repeats_not_the_sites_logo():
    html = page().replace('<div class="nav">', '<h1 class="logo">某某新闻网</h1><div class="nav">')
    assert clean_html(html).title == "海关总署：前三季度进口增长"


def test_an_h1_that_the_title_ends_with_is_the_sites_name_not_the_headline():
    html = page().replace("<title>海关总署：前三季度进口增长_某某新闻网</title>",
                          "<title>海关总署_前三季度进口增长 @ 某某博客 :: 某某新闻网 ::</title>")
    html = html.replace("<h1>海关总署：前三季度进口增长</h1>", "<div>海关总署_前三季度进口增长</div>")
    html = html.replace('<div class="nav">', '<h1>某某新闻网</h1><div class="nav">')
    assert clean_html(html).title == "海关总署_前三季度进口增长"


def test_a_short_site_name_after_the_titles_separator_is_no_headline():
    html = page().replace("<title>海关总署：前三季度进口增长_某某新闻网</title>", "<title>海关总署关于前三季度进口增长的通报_某某省政府网站</title>")
    html = html.replace("<h1>海关总署：前三季度进口增长</h1>", "<div>海关总署关于</div><div>前三季度进口增长的通报</div>")
    html = html.replace('<div class="nav">', '<div class="logo">某某省政府网站</div><div class="nav">')
    assert clean_html(html).title != "某某省政府网站"


def test_without_h1_a_part_of_the_title_that_is_a_line_is_the_headline():
    root = parse(page().replace("<h1>", '<div class="t">').replace("</h1>", "</div>"))
    assert choose_title(page_hints(root), text_of(page())) == "海关总署：前三季度进口增长"


def test_a_page_without_a_body_or_text_gives_an_empty_article():
    a = clean_html(b"")
    assert a.paragraphs == [] and a.title is None
    assert clean_html("<html><head><title>t</title></head></html>").paragraphs == []


# ---------------------------------------------------------------- real pages
def _canon(s):
    return "".join(unicodedata.normalize("NFKC", s or "").split())


@pytest.fixture(scope="module")
def gne_pages():
    files = sorted(CORPUS.glob("*.html")) if CORPUS.is_dir() else []
    if not files:
        pytest.skip(f"corpus not found at {CORPUS}")
    return files


def test_every_real_page_cleans_to_an_article_with_a_title_and_text(gne_pages):
    for p in gne_pages:
        a = clean_html(p.read_bytes())
        assert a.paragraphs and sum(map(len, a.paragraphs)) > 50, p.name
        assert a.encoding, p.name


def test_real_pages_keep_the_labelled_body_and_find_the_labelled_title(gne_pages):
    labels = sorted((CORPUS / "dev-labels").glob("*.labels.json"))
    if not labels:
        pytest.skip("no dev labels")
    found_lines = total_lines = titles = 0
    for lf in labels:
        g = json.loads(lf.read_text(encoding="utf-8"))
        lines = (CORPUS / f"{g['id']}.txt").read_text(encoding="utf-8").split("\n")
        body = [_canon(line) for line, lab in zip(lines, g["lines"]) if lab == "body" and _canon(line)]
        a = clean_html((CORPUS / f"{g['id']}.html").read_bytes())
        kept = _canon(a.text)
        found_lines += sum(line in kept for line in body)
        total_lines += len(body)
        titles += _canon(a.title) == _canon(g["title"])
        # nothing of the page's navigation: the text is no longer than twice the labelled body
        assert len(_canon("".join(a.paragraphs))) <= 2 * sum(map(len, body)) + 200, g["id"]
    assert found_lines >= 0.97 * total_lines
    assert titles >= 0.9 * len(labels)


# ---------------------------------------------------------------- growth (counted work, no clock)
def _families(k: int) -> dict[str, str]:
    para = "<p>本报讯 海关总署今天发布数据，前三季度进口增长，出口保持稳定。</p>"
    return {
        "paragraphs": f"<title>标题_网</title><body><h1>标题</h1>{para * 40 * k}</body>",
        "links": "<body>" + '<a href="/x">相关新闻的标题</a><br>' * 200 * k + para + "</body>",
        "nesting": "<body>" + "<div><span>字</span>" * 200 * k + para + "</div>" * 200 * k + "</body>",
        "one long line": "<body><p>" + "文字，" * 3000 * k + "</p></body>",
        "long title": "<title>" + "标题_" * 1000 * k + "</title><body>" + para + "</body>",
        "headline copies": "<title>今日要闻的标题</title><body>" + "<div>今日要闻的标题</div>" * 200 * k + para + "</body>",
    }


@pytest.mark.parametrize("family", list(_families(1)))
def test_reading_a_page_is_linear_in_its_size(family):
    from newsgen import count_calls

    from newsclean.htmlpage import extract

    small, large = _families(1)[family], _families(8)[family]
    work = [count_calls(lambda t=t: extract(t.encode("utf-8"))) for t in (small, large)]
    assert work[1] <= 10 * work[0] + 5000, f"{family}: {work[0]} calls, then {work[1]} for 8x the page"
