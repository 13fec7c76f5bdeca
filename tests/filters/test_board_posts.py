"""A board's post header that names its poster after or around the date (metadata's post-byline rule)."""
import pytest

from newsclean import clean
from newsclean.fieldlines import is_board_post

POST = ["小区门口新开了一家面馆，味道很不错，价格也公道。", "老板说面条都是每天早上现做的，汤也是骨头熬的。"]


@pytest.mark.parametrize("header, name, day", [
    ("〓 某某社区 美食版 发布时间 2006/04/02 19:20:05 by 面条控 〓", "面条控", "2006-04-02"),
    ("本帖由老王于2006年4月2日19:20:05在〖美食天地〗发表.", "老王", "2006-04-02"),
    ("发表于 2006-04-02 19:20 by noodlefan", "noodlefan", "2006-04-02"),
])
def test_the_first_post_header_gives_the_date_and_the_poster(header, name, day):
    replies = ["同去过，确实好吃。", "〓 某某社区 美食版 发布时间 2006/04/09 08:00:00 by 路人甲 〓"]
    article = clean("\n".join(["小区门口的面馆"] + POST + [header] + replies))
    assert article.metadata.published.date().isoformat() == day
    assert [c.name for c in article.metadata.credits] == [name]
    assert header not in article.paragraphs


def test_the_replies_headers_go_unread_and_the_text_cleans_again_to_itself():
    # the first header is the thread's own, read; had the replies' stayed, the cleaned text
    # cleaned again would read the first reply's as the thread's own and take it out
    reply_header = "〓 某某社区 美食版 发布时间 2006/04/09 08:00:00 by 路人甲 〓"
    first = clean("\n".join(["小区门口的面馆", *POST, "〓 某某社区 美食版 发布时间 2006/04/02 19:20:05 by 面条控 〓",
                             "同去过，确实好吃。", reply_header, "我也觉得不错，就是人多。",
                             "〓 某某社区 美食版 发布时间 2006/04/10 09:00:00 by 路人乙 〓"]))
    assert first.metadata.published.date().isoformat() == "2006-04-02"
    assert [c.name for c in first.metadata.credits] == ["面条控"]
    assert first.paragraphs == [*POST, "同去过，确实好吃。", "我也觉得不错，就是人多。"]
    again = clean(first.text)
    assert (again.title, again.paragraphs) == (first.title, first.paragraphs)


def test_a_post_footer_makes_no_headline_of_the_line_above_it():
    last = "总之，推荐大家去尝一尝，真的很好吃，下次还去！"
    article = clean("\n".join(["网友美食版", *POST, last, "〓 某某社区 美食版 发布时间 2006/04/02 19:20:05 by 面条控 〓"]))
    assert article.title != last
    assert last in article.paragraphs


@pytest.mark.parametrize("text", [
    "他于2006年4月2日在会上发表了讲话。",
    "发布时间 2006/04/02 19:20:05 由编辑部审核",
    "某某说：2006/04/02 by the way",
])
def test_a_sentence_with_a_date_and_a_verb_is_no_post_header(text):
    assert not is_board_post(text)


def test_a_web_address_is_never_the_title():
    article = clean("\n".join(["http://www.example.com/blog/index.html", "2006-04-02 19:20", *POST]))
    assert article.title != "http://www.example.com/blog/index.html"


@pytest.mark.parametrize("address", ["http://news.example.com", "www.example.gov.cn", "某某市政府门户网站 www.example.gov.cn"])
def test_a_site_address_next_to_the_byline_is_no_article_text(address):
    article = clean("\n".join(["某地举办第十届文化节", address, "2006-04-02 19:20", *POST]))
    assert article.title == "某地举办第十届文化节"
    assert list(article.paragraphs) == POST


def test_a_link_the_text_gives_stays():
    text = "\n".join(["好工具推荐", "发现一个加密聊天工具，挺有意思", "https://example.io/", "2006-04-02 19:20", *POST])
    assert "https://example.io/" in clean(text).paragraphs
