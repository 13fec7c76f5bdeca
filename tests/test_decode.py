"""Bytes to text: every kind of input a scraper hands over, as small fixtures made by encoding strings."""
from __future__ import annotations

import codecs
import random
from pathlib import Path

import chardet

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean import NotText, clean
from newsclean.decode import SAMPLE_BYTES, decode

ZH = "新华社北京11月25日电（记者张三）基层减负，考核少看台账材料。\n责编：周晓雪\n"
ZH_TW = "新聞來源：中央社記者報導，台北市政府今日宣布新措施。\n"


def test_empty():
    assert decode(b"") == ("", "utf-8")


@pytest.mark.parametrize("bom, codec, name", [
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
])
def test_byte_order_marks(bom, codec, name):
    text, encoding = decode(bom + ZH.encode(codec))
    assert (text, encoding) == (ZH, name)


def test_utf8_fast_path_keeps_everything():
    s = ZH + "\x00\x1b[31m控制字符\u200b\U0001F600"
    assert decode(s.encode("utf-8")) == (s, "utf-8")


def test_utf8_with_a_few_stray_bytes_stays_utf8():
    data = (ZH * 5).encode("utf-8")
    data = data[:60] + b"\xff\xfe" + data[60:]
    text, encoding = decode(data)
    assert encoding == "utf-8"
    assert "\ufffd" in text and "考核少看台账材料" in text


@pytest.mark.parametrize("codec", ["gb2312", "gbk", "gb18030"])
@pytest.mark.parametrize("text", [ZH, "正文", "國際新聞", "基层减负，考核少看台账材料。" * 40])
def test_gb_family_decodes_as_gb18030(codec, text):
    assert decode(text.encode(codec, errors="ignore" if codec == "gb2312" else "strict")).encoding == "gb18030"
    if codec != "gb2312":
        assert decode(text.encode(codec)).text == text


def test_gb18030_only_characters():
    s = "新闻𠀀正文，欧元€。" * 3  # a supplementary ideograph and the euro sign
    assert decode(s.encode("gb18030")) == (s, "gb18030")


@pytest.mark.parametrize("text", [ZH_TW, ZH_TW * 50, "台灣經濟成長率創新高", "記者王小明／台北報導"])
def test_big5_decodes_correctly(text):
    got, encoding = decode(text.encode("big5"))
    assert got == text
    assert encoding.startswith("big5")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [ZH, "新华社北京电，正文。"])
def test_utf16_without_bom(codec, text):
    assert decode(text.encode(codec)) == (text, codec)


def test_other_legacy_encodings_are_left_to_chardet():
    assert decode("ニュース記事の本文です。東京都は".encode("shift_jis")).text == "ニュース記事の本文です。東京都は"
    fr = "Le gouvernement français a annoncé une réforme très attendue. " * 3
    assert decode(fr.encode("cp1252")).text == fr


@pytest.mark.parametrize("magic", [
    b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"GIF89a", b"%PDF-1.7\n", b"PK\x03\x04", b"\x1f\x8b\x08",
])
def test_binary_formats_are_not_text(magic):
    rng = random.Random(1)
    data = magic + bytes(rng.randrange(256) for _ in range(2000))
    with pytest.raises(NotText, match="binary"):
        decode(data)


def test_text_that_starts_like_a_magic_number_is_text():
    assert decode(b"MZ is a name\n") == ("MZ is a name\n", "utf-8")


@pytest.mark.parametrize("size", [100, 5000, 200_000])
def test_random_bytes_are_not_text(size):
    rng = random.Random(size)
    data = bytes(rng.randrange(256) for _ in range(size))
    with pytest.raises(NotText, match="control bytes"):
        decode(data)


@given(st.binary(max_size=3000))
def test_any_bytes_decode_or_raise_not_text(data):
    try:
        text, encoding = decode(data)
    except NotText as e:
        assert str(e)
        return
    assert isinstance(text, str) and codecs.lookup(encoding)


@given(st.text(st.characters(codec="utf-8"), max_size=300))
def test_any_utf8_text_round_trips(text):
    assert decode(text.encode("utf-8")) == (text, "utf-8")


@given(st.text(st.characters(codec="gb18030", exclude_categories=("Cs",)), min_size=1, max_size=200))
def test_any_gb18030_text_is_text(text):
    """Whatever the guess, GB18030 bytes never raise and never come out longer than they went in."""
    data = text.encode("gb18030")
    try:
        got, _ = decode(data)
    except NotText:
        assert any(ord(c) < 32 for c in text)  # only control characters can make it look binary
        return
    assert len(got) <= len(data)


def test_decoding_looks_at_a_bounded_sample():
    """A large GBK input decodes correctly although only its start is sampled."""
    big = ("基层减负，考核少看台账材料。" * 10_000 + "\n").encode("gbk")
    assert len(big) > SAMPLE_BYTES * 2
    text, encoding = decode(big)
    assert encoding == "gb18030" and text.endswith("材料。\n")


@pytest.mark.parametrize("codec", ["gbk", "big5", "utf-16"])
def test_clean_reports_the_encoding_and_decodes_the_text(codec):
    text = ZH_TW if codec == "big5" else ZH
    article = clean(text.encode(codec))
    assert article.encoding and codecs.lookup(article.encoding)
    assert "台北市政府今日宣布新措施" in "".join(article.paragraphs) if codec == "big5" \
        else "考核少看台账材料" in "".join(article.paragraphs)


NEWS = ("新华社北京11月25日电 记者从国家发展改革委了解到，今年以来，我国经济运行总体平稳，"
        "就业形势保持稳定。有关负责人说，下一步将继续做好各项工作，这是我们的重要任务。\n") * 3


@pytest.mark.parametrize("codec", ["gbk", "gb18030"])
def test_gb_news_is_found_without_chardet(codec, monkeypatch):
    def no_chardet(sample):
        raise AssertionError("chardet should not be needed for GB news text")

    monkeypatch.setattr(chardet, "detect", no_chardet)
    assert decode(NEWS.encode(codec)) == (NEWS, "gb18030")


def test_big5_bytes_are_not_taken_for_gb_prose(monkeypatch):
    # Big5 bytes decode as GB18030 into rare ideographs: the fast path must leave them to chardet
    called = []
    real = chardet.detect
    monkeypatch.setattr(chardet, "detect", lambda s: called.append(1) or real(s))
    text = ZH_TW * 20
    assert decode(text.encode("big5")).text == text
    assert called


# ------------------------------------------------------------------ HTML pages are refused
_SHARED_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def _corpus(pattern: str) -> list[Path]:
    files = sorted(_SHARED_CORPUS.glob(pattern)) if _SHARED_CORPUS.is_dir() else []
    if not files:
        pytest.skip(f"corpus not found at {_SHARED_CORPUS}")
    return files


def test_every_corpus_page_is_html_and_no_corpus_text_is():
    from newsclean.decode import looks_like_html

    pages = _corpus("*/*.html")
    texts = _corpus("*/*.txt")  # the .txt and .page.txt texts, some holding stray tags
    assert [p.name for p in pages if not looks_like_html(decode(p.read_bytes()).text)] == []
    assert [p.name for p in texts if looks_like_html(decode(p.read_bytes()).text)] == []


@pytest.mark.parametrize("page", [
    "<!DOCTYPE html>\n<html><head><title>新闻</title></head><body><p>正文。</p></body></html>",
    "\ufeff  <html lang='zh'><body>正文</body></html>",
    "<head><meta charset='utf-8'><title>标题</title></head>正文",
    "<table><tr><td><a href='/'>首页</a></td></tr></table>\n" * 10 + "正文" * 20,  # markup from the start
    "HTTP/1.1 200 OK\nContent-Type: text/html\n\n<!doctype html><html><head><meta charset=utf-8>"
    "<title>t</title></head><body>" + "<div><a href='#'>链接</a></div>" * 20 + "</body></html>",
])
def test_html_pages_are_refused_as_str_and_bytes(page):
    for data in (page, page.encode("utf-8"), page.encode("gb18030")):
        with pytest.raises(newsclean.LooksLikeHtml, match=r"newsclean\.clean_html"):
            newsclean.clean(data)


@pytest.mark.parametrize("text", [
    "正文第一段。<br>\n正文第二段。",
    "<b>标题</b>\n正文第一段，<i>强调</i>。\n<p>正文第二段。</p>",
    "<span id='x'></span>\n首页\n正文第一段。",
    "<<三体>>是一部小说。",
    # a tutorial quoting a page skeleton, after its prose
    "网页的基本结构如下，先写文档类型，再写根元素，头部放标题，主体放内容。" * 40
    + "\n<!DOCTYPE html>\n<html>\n<head>\n<title>示例</title>\n</head>\n<body>\n</body>\n</html>\n",
])
def test_texts_with_some_tags_are_cleaned(text):
    assert isinstance(newsclean.clean(text), newsclean.Article)


def test_html_detection_reads_only_the_head():
    from newsclean.decode import HTML_SCAN_CHARS, looks_like_html

    page = "<!DOCTYPE html><html><head><title>t</title></head><body>" + "正文。\n" * 1_000_000
    assert looks_like_html(page)
    # a page-like tail far down a long text is not looked at
    assert not looks_like_html("正文。" * HTML_SCAN_CHARS + "<html><head><title>t</title></head>")
