import pytest

from newsclean.document import Document
from newsclean.errors import ConfigError
from newsclean.filters.notices import ExtractNotices


def run(text, **options):
    doc = Document(text)
    ExtractNotices(**options).apply(doc)
    return doc


@pytest.mark.parametrize("line", [
    "本文来自【某某日报-掌上某城】,仅代表作者观点。全国党媒信息公共平台提供信息发布传播服务。",
    "免责声明：本文来自某某客户端自媒体，不代表本网的观点和立场。",
    "声明：本文由入驻平台的作者撰写，除官方账号外，观点仅代表作者本人。",
    "（本文为某某新闻原创，未经授权不得转载）",
    "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台用户上传并发布，本平台仅提供信息存储服务。",
    "【版权声明】本文系某某网独家稿件",
    "本文仅代表作者个人观点。",
    "评论内容只代表网友个人观点，与本站立场无关",
    "网友评论仅代表其个人意见，并不表明本站同意其观点或证实其描述",
    "所有跟帖均为网友发言，与本网站立场无关。",
    "如需转载请与某某网联系。",
    "如需转载，请注明出处。",
    "新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。",
    "凡本网注明“来源：某某网”的所有作品，版权均属于某某网，未经本网授权不得转载、摘编或利用其它方式使用上述作品。",
    "本文来自微信公众号“某某”（ID：abc），作者：张三，某某网经授权发布。",
    "本网站所刊登的各种新闻、信息和各种专题专栏资料，均为某某网版权所有，未经协议授权，禁止下载使用。",
    "新浪财经免责声明：本文观点仅代表作者本人，不代表新浪网立场。",
    "本文首发于微信公众号：某某。文章内容属作者个人观点，不代表某某网立场。",
])
def test_notice_goes_to_metadata(line):
    doc = run("正文第一段。\n" + line)
    assert [line.text for line in doc.body_text_lines()] == ["正文第一段。"]
    assert doc.meta.notices == [line]
    assert doc.lines[1].state == "notice"
    assert doc.build().removed[0].text == line


@pytest.mark.parametrize("line", [
    "他在声明中说，公司会承担全部责任。",
    "本文为系列报道的第三篇。",
    "记者从有关部门获悉，该作品的版权问题已经解决。",
    "公司随后发布声明，称相关报道不实。",
    "评论家认为，这部作品代表了作者创作的最高水平。",
    "网友评论称这一观点值得商榷。",
])
def test_article_text_is_not_a_notice(line):
    doc = run("正文第一段。\n" + line)
    assert doc.meta.notices == []
    assert doc.lines[1].state == "body"


def test_long_lines_are_never_notices():
    line = "他表示，这些照片未经授权不得转载，但仍被大量转发。" * 20
    assert run(line).meta.notices == []


def test_user_options(tmp_path):
    lexicon = tmp_path / "notices.txt"
    lexicon.write_text("本站文章均为原创\n", encoding="utf-8")
    doc = run("正文。\n温馨提示：投资有风险\n本站文章均为原创\n编者按语：以下仅供参考",
              extra_starts=["温馨提示："], lexicon_path=str(lexicon), extra_patterns=[r"^编者按语"])
    assert doc.meta.notices == ["温馨提示：投资有风险", "本站文章均为原创", "编者按语：以下仅供参考"]


def test_bad_pattern_is_a_config_error():
    with pytest.raises(ConfigError):
        run("正文。", extra_patterns=["[unclosed"])


def test_a_bare_declaration_heading_takes_the_statement_under_it():
    doc = run("正文。\n特别声明\n本文为机构上传并发布，仅代表该机构观点。\n正文又一段。")
    assert doc.meta.notices == ["特别声明", "本文为机构上传并发布，仅代表该机构观点。"]
    doc = run("正文。\n特别声明\n他说的话不能全信。")
    assert doc.meta.notices == ["特别声明", "他说的话不能全信。"]
    doc = run("正文。\n声明：本文不构成投资建议\n正文又一段。")
    assert doc.meta.notices == ["声明：本文不构成投资建议"]


@pytest.mark.parametrize("line", [
    "本文来源于网络，如有侵权请联系删除。",
    "如有侵权，请联系删除。",
    "文章仅供参考，不构成投资建议。投资有风险，入市需谨慎。",
    "（本文不构成任何投资建议）",
    "风险提示：本文所提到的观点仅代表个人的意见，据此买卖，风险自负。",
    "以上内容仅供参考，不作为投资依据。",
    "免责申明：本文仅供参考。",
    "作者声明：本文不含任何利益关系。",
    "本文转载自某某公众号，已获授权。",
])
def test_takedown_and_investment_disclaimers(line):
    doc = run("正文第一段。\n" + line)
    assert doc.meta.notices == [line]


@pytest.mark.parametrize("line", [
    "数据仅供参考，具体以官方发布为准。",
    "他认为投资有风险，但长期看好这个行业。",
    "法院认定该公司构成侵权，判令其赔偿损失。",
])
def test_article_sentences_near_disclaimer_words_stay(line):
    assert run("正文第一段。\n" + line).meta.notices == []


@pytest.mark.parametrize("line, notice", [
    ("本文为某某号作者原创，不代表某某网立场。", True),
    ("（文章内容仅代表作者，不代表城市观察的观点）", True),
    ("他的发言不代表公司立场。", False),
    ("本文认为，个别案例不代表行业整体的看法正在改变，这一点在第三部分有详细论述。", False),
])
def test_the_article_is_not_the_sites_view(line, notice):
    assert (run("正文第一段。\n" + line).meta.notices == [line]) is notice


def test_the_page_search_finds_notices_on_any_line_and_in_any_case():
    # the phrases are searched once over the whole page: every line that holds one is found,
    # first, last and repeated; a phrase with capitals matches in any case
    body = ["正文第一段，讲了一件事。", "正文第二段，又讲了一件事。"]
    notice = "本文仅代表作者观点。"
    doc = run("\n".join([notice] + body + [notice, "评论内容只代表网友观点", notice]))
    assert doc.meta.notices == [notice, notice, "评论内容只代表网友观点", notice]
    doc = run("正文。\nall rights reserved BY 某网\n正文。", extra_phrases=["All Rights Reserved"])
    assert doc.meta.notices == ["all rights reserved BY 某网"]


@pytest.mark.parametrize("line, sources, names", [
    ("文章来源：某某网，版权归原作者所有。", ["某某网"], []),
    ("作者：张三，未经授权不得转载。", [], ["张三"]),
    ("(本文来自某某新闻，更多原创资讯请下载“某某新闻”APP)", [], []),  # the platform's word, no field
    ("（本文转载自某某网，如有侵权请联系删除）", [], []),
    ("本文来源于微信公众号“某某”（ID：abc），已获授权转载。", [], []),  # a colon, but not the label's
    ("本文来自微信公众号“某某”（ID：abc），作者：张三，某某网经授权发布。", [], ["张三"]),
])
def test_a_notice_opening_with_a_labelled_field_keeps_its_fact(line, sources, names):
    import newsclean

    article = newsclean.clean(f"某市召开会议部署全年工作\n会议指出，要做好各项工作，确保全年目标任务完成。\n{line}")
    assert article.metadata.notices == [line]
    assert article.metadata.sources == sources
    assert [c.name for c in article.metadata.credits] == names


@pytest.mark.parametrize("line", [
    "某某健康网专稿，未经书面授权请勿转载。",
    "本作品为“某某科普”原创，转载时务请注明出处。",
    "© 本文版权归 某某 所有，任何形式转载请联系作者。",
    "原创文章，作者：abc，如若转载，请注明出处。",
    "本站文章谢绝转载。",
])
def test_a_reprint_rule_in_any_words_is_a_notice(line):
    doc = run("正文第一段，讲了一件事。\n" + line)
    assert doc.meta.notices == [line]


@pytest.mark.parametrize("line", [
    "这篇报道被多家媒体转载，引发了广泛讨论。",
    "法院认为，被告擅自转载原告作品，构成侵权。",
    "警方提醒，请勿转发未经证实的消息。",
    "他说版权问题很复杂，需要慢慢谈。",
])
def test_a_sentence_about_reprinting_stays(line):
    doc = run("正文第一段，讲了一件事。\n" + line)
    assert doc.meta.notices == []


def test_a_declaration_heading_takes_its_numbered_items_and_the_contacts_a_colon_introduces():
    doc = run("\n".join(["正文第一段，讲了一件事。", "侵权公告：", "本报郑重公告如下：", "一、使用本报作品须经书面授权；",
                         "二、违者本报将依法追究；", "三、欢迎提供线索：", "王律师 010-12345678", "下一篇文章的标题，说了另一件事。"]))
    assert doc.meta.notices[0] == "侵权公告：" and doc.meta.notices[-1] == "王律师 010-12345678"
    assert [line.text for line in doc.body_text_lines()] == ["正文第一段，讲了一件事。", "下一篇文章的标题，说了另一件事。"]


def test_a_spaced_out_heading_is_a_heading():
    doc = run("正文第一段，讲了一件事。\n免 责 声 明\n1. 本站内容由网友发布；\n2. 本站不承担任何责任；\n正文又一段，接着说。")
    assert doc.meta.notices == ["免 责 声 明", "1. 本站内容由网友发布；", "2. 本站不承担任何责任；"]


def test_numbered_lines_with_no_heading_above_stay():
    doc = run("正文第一段，讲了一件事。\n一、基本情况\n二、主要做法")
    assert doc.meta.notices == []
