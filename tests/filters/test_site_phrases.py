import pickle

import pytest

from newsclean.document import Document
from newsclean.errors import ConfigError
from newsclean.filters.site_phrases import RemoveSitePhrases


def run(text, **options):
    doc = RemoveSitePhrases(**options)(Document(text))
    return doc.lines[0].text, [(text[r[0]:r[1]], r[3]) for r in doc._records]


@pytest.mark.parametrize("text, phrase", [
    ("我拿到了offer. From 1point 3acres bbs 下周入职", ". From 1point 3acres bbs"),
    ("面试问了系统设计-google 1point3acres，还有算法", "-google 1point3acres"),
    ("第二轮是behavior-baidu 1point3acres", "-baidu 1point3acres"),
    ("总结一下经验.本文原创自1point3acres论坛", ".本文原创自1point3acres论坛"),
    ("我拿到了offer.From  1point3acres bbs下周入职", ".From  1point3acres bbs"),
])
def test_known_1point3acres_phrases(text, phrase):
    out, removed = run(text)
    assert removed == [(phrase, "site-phrase:1point3acres")]
    assert phrase not in out


def test_text_about_the_site_stays():
    text = "一亩三分地（1point3acres）是留学生常用的论坛。"
    assert run(text) == (text, [])


def test_user_phrases_by_option_and_lexicon(tmp_path):
    lex = tmp_path / "phrases.tsv"
    lex.write_text("# mine\nmitbbs\t（转载请注明未名空间）\n", encoding="utf-8")
    text = "原文如下（转载请注明未名空间）。水木社区原创。"
    out, removed = run(text, extra_phrases={"newsmth": ["水木社区原创。"]}, lexicon=str(lex))
    assert out == "原文如下。"
    assert sorted(r for _, r in removed) == ["site-phrase:mitbbs", "site-phrase:newsmth"]


def test_builtin_list_can_be_left_out():
    text = "offer. From 1point 3acres bbs 下周"
    assert run(text, builtin=False) == (text, [])


def test_bad_options():
    with pytest.raises(ConfigError):
        RemoveSitePhrases(extra_phrases={"two words": ["x"]})
    with pytest.raises(ConfigError):
        RemoveSitePhrases(lexicon="/nonexistent/phrases.tsv")


def test_pickles_and_builds_from_options():
    f = RemoveSitePhrases.from_options({"extra_phrases": {"x": ["甲乙丙"]}})
    g = pickle.loads(pickle.dumps(f))
    assert g == f
    assert g(Document("前甲乙丙后")).lines[0].text == "前后"


@pytest.mark.parametrize("text", [
    "拿到offer. From 1POİNT 3acres bbs 下周入职",  # İ, which IGNORECASE takes for i
    "拿到offer. From 1point 3acreſ bbs 下周入职",  # ſ, taken for s
    "拿到offer. FROM 1POINT 3ACRES BBS 下周入职",
])
def test_the_quick_reject_sees_what_ignorecase_sees(text):
    doc = RemoveSitePhrases()(Document(text))
    assert [r[3] for r in doc._records] == ["site-phrase:1point3acres"]


def test_phrases_with_cased_letters_beyond_ascii_are_still_found():
    # no word of this phrase can be searched for lower-cased, so the quick reject is off
    f = RemoveSitePhrases(extra_phrases={"greek": ["ΣΟΦΊΑ"]})
    doc = f(Document("正文σοφία正文"))
    assert doc.lines[0].text == "正文正文"


def test_quick_reject_finds_keys_in_any_case_and_lookalikes():
    from newsclean.filters.site_phrases import _key_finder

    finder = _key_finder(("1point", "1point3acres", "bbs论坛"))
    assert finder.pattern.count("|") == 1  # 1point3acres holds 1point: only the shorter is searched
    for text in ("1POINT", "1po\u0130nt", "1po\u0131nt", "BB\u017f论坛", "bBs论坛"):
        assert finder.search(text), text
    assert not finder.search("1pint bbs 论坛")
    assert _key_finder(("key",)).search("\u212aEY")  # the Kelvin sign, taken for k
