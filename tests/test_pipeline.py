from __future__ import annotations

import json
import pickle
from dataclasses import dataclass

import pytest

import newsclean
from newsclean import ConfigError, Filter, InputTooLarge, Pipeline, default_pipeline
from newsclean.filters.base import REGISTRY


@dataclass
class DropShouting(Filter, name="test-drop-shouting"):
    min_marks: int = 3

    def apply(self, doc):
        for line in doc.body_text_lines():
            if line.text.count("！") >= self.min_marks:
                doc.drop(line, filter=self.name, reason="shouting")


def test_custom_filter_runs_and_records_its_removals():
    p = Pipeline([DropShouting(min_marks=2)])
    a = p.run("正文。\n快看！！太棒了！")
    assert a.paragraphs == ["正文。"]
    [r] = a.removed
    assert (r.filter, r.reason, r.text) == ("test-drop-shouting", "shouting", "快看！！太棒了！")


def test_editing_returns_new_pipelines():
    base = default_pipeline()
    names = base.names
    custom = base.insert(DropShouting(), after=names[0])
    assert custom.names[1] == "test-drop-shouting"
    assert base.names == names
    assert custom.without("test-drop-shouting").names == names
    replaced = custom.replace("test-drop-shouting", DropShouting(min_marks=9))
    assert replaced["test-drop-shouting"].min_marks == 9
    assert default_pipeline().insert(DropShouting(), before=names[0]).names[0] == "test-drop-shouting"


def test_unknown_names_are_clear_errors():
    with pytest.raises(ConfigError, match="no filter named 'nope'"):
        default_pipeline().without("nope")
    with pytest.raises(ConfigError, match="unknown filter"):
        Pipeline.from_config({"filters": [{"name": "nope"}]})
    with pytest.raises(ConfigError, match="has no option"):
        Pipeline.from_config({"filters": [{"name": "test-drop-shouting", "bogus": 1}]})
    with pytest.raises(ConfigError):
        Pipeline.from_config({"filters": [{"name": "test-drop-shouting", "min_marks": "many"}]})
    with pytest.raises(ConfigError, match="unknown configuration keys"):
        Pipeline.from_config({"filterz": []})


def test_config_round_trip_and_file(tmp_path):
    p = default_pipeline().insert(DropShouting(min_marks=5))
    again = Pipeline.from_config(json.loads(json.dumps(p.to_config())))
    assert again == p
    cfg = tmp_path / "pipeline.json"
    cfg.write_text(json.dumps({"add": [{"name": "test-drop-shouting", "min_marks": 2}], "max_input_bytes": 1000}))
    loaded = Pipeline.from_config(cfg)
    assert loaded.names[-1] == "test-drop-shouting" and loaded.max_input_bytes == 1000
    bad = tmp_path / "bad.json"
    bad.write_text("{nope")
    with pytest.raises(ConfigError, match="not valid"):
        Pipeline.from_config(bad)
    with pytest.raises(ConfigError, match="cannot read"):
        Pipeline.from_config(tmp_path / "missing.json")


def test_toml_config_sets_options_of_default_filters(tmp_path):
    pytest.importorskip("tomllib")
    cfg = tmp_path / "p.toml"
    cfg.write_text('remove = ["discuz-jammer"]\n[[add]]\nname = "test-drop-shouting"\nmin_marks = 1\n',
                   encoding="utf-8")
    p = Pipeline.from_config(cfg)
    assert "discuz-jammer" not in p.names and p.names[-1] == "test-drop-shouting"


def test_import_path_filters():
    p = Pipeline.from_config({"filters": [{"name": "newsclean.filters.normalize:RemoveInvisibleCharacters"}]})
    assert p.names == ["invisible-characters"]
    with pytest.raises(ConfigError):
        Pipeline.from_config({"filters": [{"name": "json:dumps"}]})


def test_pipeline_pickles_and_gives_the_same_result():
    p = default_pipeline()
    q = pickle.loads(pickle.dumps(p))
    text = "来源：新华网\n正文。\u200b"
    assert q.run(text) == p.run(text)


def test_every_registered_filter_is_documented():
    for name, cls in REGISTRY.items():
        if name.startswith("test-"):
            continue
        assert cls.__doc__ and cls.__doc__.strip(), name


def test_input_limit():
    p = Pipeline(default_pipeline().filters, max_input_bytes=10)
    with pytest.raises(InputTooLarge, match="limit"):
        p.run(b"x" * 11)
    with pytest.raises(InputTooLarge):
        p.run("新闻" * 10)
    assert p.run("短").paragraphs == ["短"]


def test_clean_rejects_other_types():
    with pytest.raises(TypeError):
        newsclean.clean(123)  # type: ignore[arg-type]


def test_errors_share_a_base_class():
    for err in (newsclean.InputTooLarge, newsclean.NotText, newsclean.ConfigError, newsclean.PatternTimeout):
        assert issubclass(err, newsclean.NewsCleanError)


# ------------------------------------------------------------------ configuration checked when built
@pytest.mark.parametrize("name, key", [("junk-lines", "extra_patterns"), ("notices", "extra_patterns")])
def test_a_bad_user_regex_is_refused_when_the_pipeline_is_built(name, key):
    config = {"options": {name: {key: ["ok", "(unclosed"]}}}
    with pytest.raises(ConfigError, match=f"filter '{name}', option '{key}': invalid regex '\\(unclosed'"):
        Pipeline.from_config(config)
    with pytest.raises(ConfigError, match=key):
        Pipeline.from_config({"filters": [{"name": name, key: ["[z-a]"]}]})
    with pytest.raises(ConfigError, match=key):
        REGISTRY[name](**{key: ["a{2,1}"]})  # made directly: refused as well
    with pytest.raises(ConfigError, match=key):
        REGISTRY[name].from_options({key: "x"})
    with pytest.raises(ConfigError, match="a list of regexes"):
        REGISTRY[name](**{key: "x"})


def test_every_pattern_option_is_declared():
    # an option named *_patterns holds user regexes: it must be compiled when the filter is built
    for name, cls in REGISTRY.items():
        for key in getattr(cls, "__dataclass_fields__", {}):
            if key.endswith("_patterns"):
                assert key in cls.pattern_options, (name, key)


@pytest.mark.parametrize("name, key", [("junk-lines", "lexicon_path"), ("notices", "lexicon_path"),
                                       ("site-phrases", "lexicon")])
def test_a_missing_lexicon_file_is_refused_when_built(tmp_path, name, key):
    with pytest.raises(ConfigError, match="cannot read"):
        Pipeline.from_config({"options": {name: {key: str(tmp_path / "none.txt")}}})
    (tmp_path / "latin1.txt").write_bytes("caf\xe9\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="cannot read"):
        Pipeline.from_config({"options": {name: {key: str(tmp_path / "latin1.txt")}}})


def test_a_filter_changed_after_it_was_made_is_checked_by_the_pipeline():
    f = REGISTRY["junk-lines"]()
    f.extra_patterns = ["(unclosed"]
    with pytest.raises(ConfigError, match="extra_patterns"):
        Pipeline([f])


def test_kinds_are_checked_when_built():
    with pytest.raises(ConfigError, match="unknown kinds in extra_labels"):
        Pipeline.from_config({"options": {"metadata": {"extra_labels": {"编辑部": "nonsense"}}}})
    with pytest.raises(ConfigError, match="unknown kinds in extra_markers"):
        Pipeline.from_config({"options": {"captions": {"extra_markers": {"图：": "nonsense"}}}})


def test_a_valid_user_pattern_still_works():
    p = Pipeline.from_config({"options": {"junk-lines": {"extra_patterns": ["^广告.*$"]}}})
    a = p.run("正文第一段，讲了一件事。\n广告：买一送一")
    assert a.paragraphs == ["正文第一段，讲了一件事。"]


@pytest.mark.parametrize("name", ["junk-lines", "notices"])
def test_a_lexicon_file_is_read_once_when_the_filter_first_needs_it(tmp_path, name):
    # a claim about one line must not read the disk, and the file changing or going
    # during a run must not change the answers (nor fail every later document)
    lexicon = tmp_path / "mine.txt"
    lexicon.write_text("本站特别提示\n", encoding="utf-8")
    p = Pipeline.from_config({"options": {name: {"lexicon_path": str(lexicon)}}})
    text = "正文第一段，讲了一件事。\n本站特别提示\n正文第二段，又讲了一件事。"
    first = p.run(text)
    assert "本站特别提示" not in first.paragraphs
    lexicon.unlink()
    assert p.run(text) == first
