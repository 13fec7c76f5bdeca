"""Rules turned off by name: a user keeps a filter and drops one of its rules."""
import pytest

from newsclean import ConfigError, Pipeline
from newsclean.document import Document
from newsclean.filters.junk_lines import LINE_RULES, NEIGHBOUR_RULES, DropJunkLines
from newsclean.filters.metadata import RULE_NAMES as METADATA_RULES
from newsclean.filters.metadata import ExtractMetadataLines
from newsclean.filters.structure import RULE_NAMES as STRUCTURE_RULES
from newsclean.filters.structure import ExtractStructure

CRUMB = "首页 > 财经 > 正文"
PARA = "正文一段，讲完了。这是一段足够长的正文，说了不少事情，长过四十个字，好让署名区在这里结束。"
PAGE = f"{CRUMB}\n某地举行大型文化活动\n{PARA}"


def kept(doc):
    return [line.text for line in doc.body_text_lines()]


def test_the_rule_tables_have_unique_names_in_order():
    names = [r.name for r in LINE_RULES + NEIGHBOUR_RULES]
    assert len(names) == len(set(names)) >= 30
    assert names.index("date-or-number") < names.index("lexicon-line")  # a date alone never reaches the lexicons
    assert "breadcrumb" in names and "chrome-island" in names


def test_junk_lines_without_its_breadcrumb_rule_keeps_the_breadcrumb():
    assert CRUMB not in kept(DropJunkLines()(Document(PAGE)))
    assert CRUMB in kept(DropJunkLines(disabled_rules=["breadcrumb"])(Document(PAGE)))
    # the other rules stay: a share bar still goes
    doc = DropJunkLines(disabled_rules=["breadcrumb"])(Document(f"{PAGE}\n分享到：微信 | 微博"))
    assert "分享到：微信 | 微博" not in kept(doc)


def test_a_pipeline_keeps_breadcrumbs_with_both_breadcrumb_rules_off():
    # the structure filter drops a breadcrumb come to the top of the cleaned text (junk-lines'
    # rule on the next cleaning): keeping breadcrumbs turns off the rule in both
    config = {"options": {"junk-lines": {"disabled_rules": ["breadcrumb"]},
                          "structure": {"disabled_rules": ["breadcrumb"]}}}
    article = Pipeline.from_config(config).run(PAGE)
    assert CRUMB in article.text and article.removed == []
    assert Pipeline.from_config(config).run(article.text).text == article.text
    assert CRUMB not in Pipeline.from_config({}).run(PAGE).text


def test_a_neighbour_rule_turned_off_by_name():
    page = f"{PARA}\n十一假期来武汉旅游体验2020.10.04\n博物馆里看武汉｜图集2020.10.04\n{PARA}"
    assert "十一假期来武汉旅游体验2020.10.04" not in kept(DropJunkLines()(Document(page)))
    assert "十一假期来武汉旅游体验2020.10.04" in kept(DropJunkLines(disabled_rules=["date-links"])(Document(page)))


def test_metadata_without_its_closing_name_rule():
    text = f"某地举行大型文化活动\n{PARA}\n（张巨峰）"
    on = ExtractMetadataLines()(Document(text))
    off = ExtractMetadataLines(disabled_rules=["closing-name"])(Document(text))
    assert [c.name for c in on.meta.credits] == ["张巨峰"] and "（张巨峰）" not in kept(on)
    assert off.meta.credits == [] and "（张巨峰）" in kept(off)


@pytest.mark.parametrize("filter_name, known", [
    ("junk-lines", [r.name for r in LINE_RULES + NEIGHBOUR_RULES]),
    ("metadata", list(METADATA_RULES)),
    ("structure", list(STRUCTURE_RULES)),
])
def test_an_unknown_rule_name_is_a_config_error_that_lists_the_rules(filter_name, known):
    with pytest.raises(ConfigError) as e:
        Pipeline.from_config({"options": {filter_name: {"disabled_rules": ["breadcrumbs"]}}})
    assert "'breadcrumbs'" in str(e.value) and ", ".join(known) in str(e.value)


def test_disabled_rules_round_trip_through_configuration():
    p = Pipeline.from_config({"options": {"junk-lines": {"disabled_rules": ["breadcrumb", "tag-run"]}}})
    assert p["junk-lines"].disabled_rules == ["breadcrumb", "tag-run"]
    assert Pipeline.from_config(p.to_config()) == p
    assert ExtractStructure().disabled_rules == []
