"""Filters ask the filters after them in their pipeline (``doc.later``), never default copies:
configured and trimmed pipelines stay idempotent."""
import pickle
from pathlib import Path

from newsclean import Pipeline, default_pipeline
from newsclean.document import Document
from newsclean.filters.captions import ExtractCaptions
from newsclean.filters.junk_lines import DropJunkLines
from newsclean.filters.notices import ExtractNotices
from newsclean.filters.structure import ExtractStructure
from newsclean.later import NO_LATER, Later

HEAD = "某地举行活动\n正文一段，讲完了。这是一段足够长的正文，说了不少事情，长过四十个字，好让署名区在这里结束。\n"
LINK_A = "十一假期来武汉旅游体验2020.10.04"
LINK_B = "博物馆里看武汉｜图集2020.10.04"
TAIL = "\n后文一段，这件事情也讲完了。"


def links_parted_by(line: str) -> str:
    return f"{HEAD}{LINK_A}\n{line}\n{LINK_B}{TAIL}"


def test_a_configured_notice_parting_two_links_is_decided_alike_when_cleaned_again():
    # the notices filter, as configured, takes the line: the junk-lines filter before it
    # sees the two links side by side, as cleaning the cleaned text again does
    pipeline = Pipeline.from_config({"options": {"notices": {"extra_phrases": ["本站特别提示"]}}})
    first = pipeline.run(links_parted_by("本站特别提示：请文明上网，理性发言"))
    assert "本站特别提示：请文明上网，理性发言" in first.metadata.notices
    assert LINK_A not in first.text and LINK_B not in first.text
    again = pipeline.run(first.text)
    assert again.text == first.text


def test_without_captions_a_caption_line_is_no_longer_discounted():
    text = links_parted_by("图为活动现场。新华社记者 张三 摄")
    full = default_pipeline().run(text)
    assert LINK_A not in full.text and full.captions  # the caption goes: the links stand side by side
    trimmed = default_pipeline().without("captions")
    first = trimmed.run(text)
    assert LINK_A in first.paragraphs and LINK_B in first.paragraphs  # the caption stays between them
    assert trimmed.run(first.text).text == first.text


def test_later_holds_the_filters_after_each_one_with_their_options():
    pipeline = Pipeline([DropJunkLines(), ExtractNotices(extra_phrases=["本站特别提示"]), ExtractStructure()])
    laters = pipeline._laters()
    assert laters[0].removed_later("本站特别提示：请文明上网") == "platform-notice"
    assert laters[0].repeats is not None and laters[0].repeats.min_length == 30
    assert laters[1].removed_later("本站特别提示：请文明上网") is None  # the notices filter is not after itself
    assert not laters[2]  # the last filter has none after it
    assert NO_LATER.removed_later("本站特别提示：请文明上网") is None and NO_LATER.repeats is None


def test_the_pipeline_leaves_no_later_filters_on_the_document():
    doc = default_pipeline().build_document(links_parted_by("责任编辑：张三"))
    assert doc.later is NO_LATER
    assert Document("正文。").later is NO_LATER


def test_a_repeat_is_discounted_only_with_a_structure_filter_later():
    text = links_parted_by("某地举行活动")  # a copy of the title: the structure filter drops it
    with_structure = Document(text)
    with_structure.later = Later([ExtractStructure()])
    DropJunkLines().apply(with_structure)
    alone = DropJunkLines()(Document(text))
    assert LINK_A not in [line.text for line in with_structure.body_text_lines()]
    assert LINK_A in [line.text for line in alone.body_text_lines()]
    # min_repeat_length is the later filter's own option
    assert Later([ExtractStructure(min_repeat_length=12)]).repeats.min_length == 12


def test_claims_come_from_each_filters_options():
    assert ExtractNotices().claims("本站特别提示：请文明上网") is None
    assert ExtractNotices(extra_phrases=["本站特别提示"]).claims("本站特别提示：请文明上网") == "platform-notice"
    assert ExtractCaptions(max_chars=10).claims("图为活动现场，市民们排起长队。新华社记者 张三 摄") is None
    assert DropJunkLines().claims("分享到：微信 | 微博") == "share-bar"


def test_a_pipeline_pickles_without_its_later_claims():
    pipeline = default_pipeline()
    pipeline.run("标题\n正文。")
    copy = pickle.loads(pickle.dumps(pipeline))
    assert "_later_claims" not in copy.__dict__ and copy == pipeline
    assert copy.run(links_parted_by("责任编辑：张三")).text == pipeline.run(links_parted_by("责任编辑：张三")).text


class _Shouts:
    """A later filter that claims a line ending in ！！ and notes every text it is asked about."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def claims(self, text):
        self.asked.append(text)
        return "shouting" if text.endswith("！！") else None

    def repeat_rules(self):
        return None


def test_for_document_asks_each_text_once_and_answers_as_removed_later():
    shouts = _Shouts()
    asked = shouts.asked

    later = Later([shouts, ExtractNotices()])
    ask = later.for_document()
    texts = ["好！！", "正文。", "好！！", "免责声明：本文仅代表作者观点。", "正文。"]
    assert [ask(t) for t in texts] == [later.removed_later(t) for t in texts]
    assert [ask(t) for t in texts][:4] == ["shouting", None, "shouting", "platform-notice"]
    asked.clear()
    fresh = later.for_document()
    [fresh(t) for t in texts]
    assert asked == ["好！！", "正文。", "免责声明：本文仅代表作者观点。"]  # a repeated text is not asked again
    assert NO_LATER.for_document()("好！！") is None


def test_a_document_asks_each_later_filter_about_a_text_once_whoever_asks():
    from dataclasses import dataclass

    from newsclean.filters.base import Filter

    asked: list[str] = []

    @dataclass
    class Asks(Filter, name="test-asks-later"):
        def apply(self, doc):
            self.heard = [doc.later.removed_later(line.text) for line in doc.lines]

    @dataclass
    class Shouts(Filter, name="test-shouts"):
        def claims(self, text):
            asked.append(text)
            return "shouting" if text.endswith("！！") else None

        def apply(self, doc):
            pass

    first, second = Asks(), Asks()
    pipeline = Pipeline([first, second, Shouts()])
    pipeline.run("好！！\n正文。\n好！！")
    assert first.heard == second.heard == ["shouting", None, "shouting"]
    assert asked == ["好！！", "正文。"]  # the second filter and the repeated line were answered at once
    asked.clear()
    pipeline.run("好！！\n正文。")
    assert asked == ["好！！", "正文。"]  # answers are kept for one document only
    later = pipeline._laters()[0]
    assert later.removed_later("好！！") == "shouting" and later.sharing({}).removed_later("好。") is None


def test_each_filter_hears_only_the_filters_after_it_when_answers_are_shared():
    from dataclasses import dataclass

    from newsclean.filters.base import Filter

    asked: list[tuple[str, str]] = []

    @dataclass
    class Listens(Filter, name="test-listens"):
        def apply(self, doc):
            self.heard = [doc.later.removed_later(line.text) for line in doc.lines]

    @dataclass
    class Ends(Filter, name="test-ends-with"):
        end: str = "！"

        def claims(self, text):
            asked.append((self.end, text))
            return f"ends-{self.end}" if text.endswith(self.end) else None

        def apply(self, doc):
            pass

    first, second = Listens(), Listens()
    Pipeline([first, Ends("！"), second, Ends("？")]).run("好！\n谁？\n正文。")
    assert first.heard == ["ends-！", "ends-？", None]
    assert second.heard == [None, "ends-？", None]  # the first claimer ran before it: not heard
    assert sorted(asked) == sorted((e, t) for e in "！？" for t in ("好！", "谁？", "正文。"))  # once each


def test_removed_among_answers_as_removed_later_and_keeps_the_answers():
    shouts = _Shouts()
    asked = shouts.asked

    later = Later([shouts, ExtractNotices(), ExtractCaptions()])
    texts = ["好！！", "正文。", "好！！", "免责声明：本文仅代表作者观点。", "图为活动现场。新华社记者 张三 摄"]
    expected = [later.removed_later(t) for t in texts]
    assert expected == ["shouting", None, "shouting", "platform-notice", "caption-marker"]
    view = later.sharing({})
    asked.clear()
    assert view.removed_among(texts) == expected
    assert asked == ["好！！", "正文。", "免责声明：本文仅代表作者观点。", "图为活动现场。新华社记者 张三 摄"]  # once a text
    asked.clear()
    assert [view.removed_later(t) for t in texts] == expected and asked == []  # the answers are kept
    # a view of fewer later filters (a suffix) reads the same answers
    shorter = Later([ExtractNotices(), ExtractCaptions()]).sharing(view._answers)
    assert shorter.removed_among(texts) == [None, None, None, "platform-notice", "caption-marker"]
    assert NO_LATER.removed_among(texts) == [None] * len(texts)


def test_claims_among_answers_as_claims_one_by_one():
    texts = ["分享到：微信 | 微博", "图为活动现场。新华社记者 张三 摄", "（本文为澎湃新闻原创，未经授权不得转载）",
             "责任编辑：张三", "《人民日报》（2024年11月25日 第11版）", "他在微博上说，这是真的。", "阅读 1234"]
    for f in default_pipeline().filters:
        assert f.claims_among(texts) == [f.claims(t) for t in texts], f.name
    assert ExtractCaptions().claims_among(texts)[1] == "caption-marker"
    assert ExtractNotices().claims_among(texts)[2] == "platform-notice"
    assert DropJunkLines().claims_among(texts)[0] == "share-bar"


def test_claims_among_answers_as_claims_on_every_corpus_line(corpus_texts):
    """The filters that read only the texts a joined search finds (metadata, notices, captions)
    answer every line of the corpus as their claims do one text at a time, as configured too."""
    from newsclean.filters.metadata import ExtractMetadataLines as ExtractMetadata

    texts = list(dict.fromkeys(line for _, text in corpus_texts for line in text.splitlines()))
    web = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "web"
    if web.is_dir():  # (the web pool too, when it is here: more sites, both scripts)
        texts += list(dict.fromkeys(line for p in sorted(web.glob("*.txt"))
                                    for line in p.read_text(encoding="utf-8").splitlines()))
    texts += ["作　者：张三", "文】张三", "  来源：新华网  ", "图\u3000李四", "（资料图）", "本站特别提示：请勿转载"]
    filters = [ExtractMetadata(), ExtractNotices(), ExtractCaptions(),
               ExtractMetadata(extra_labels={"稿": "author", "出品人": "producer"}),
               ExtractNotices(extra_phrases=["本站特别提示"], extra_starts=["特此说明"]),
               ExtractNotices(extra_patterns=["^温馨提示"]),
               ExtractCaptions(extra_markers={"供稿": "suffix"})]
    for f in filters:
        assert f.claims_among(texts) == [f.claims(t) for t in texts], (f.name, f.options())


def test_for_texts_answers_as_removed_later_asking_the_page_at_once():
    shouts = _Shouts()
    later = Later([shouts, ExtractNotices()])
    page = ["好！！", "正文。", "好！！", "免责声明：本文仅代表作者观点。"]
    ask = later.for_texts(page)
    assert shouts.asked == ["好！！", "正文。", "免责声明：本文仅代表作者观点。"]  # the page's texts, once each
    shouts.asked.clear()
    assert [ask(t) for t in page] == [later.removed_later(t) for t in page] == \
        ["shouting", None, "shouting", "platform-notice"]
    shouts.asked.clear()
    assert [ask(t) for t in page] == ["shouting", None, "shouting", "platform-notice"] and shouts.asked == []
    assert ask("另一行！！") == "shouting" and shouts.asked == ["另一行！！"]  # a text not on the page: asked then
