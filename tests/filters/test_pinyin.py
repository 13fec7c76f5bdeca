import pytest

from newsclean.document import Document
from newsclean.filters.pinyin import RemovePinyinAnnotations


def run(text, **options):
    doc = RemovePinyinAnnotations(**options)(Document(text))
    return doc.lines[0].text, {r[3] for r in doc._records}


@pytest.mark.parametrize("text, want", [
    ("網(wǎng)絡(luò)安(ān)全(quán)問(wèn)題", "網絡安全問題"),
    ("中（zhōng）国（guó）经（jīng）济（jì）", "中国经济"),
    ("开(kāi)放(fàng)的(de)市(shì)场(chǎng)", "开放的市场"),
])
def test_seo_pinyin_goes(text, want):
    assert run(text) == (want, {"pinyin-annotation"})


@pytest.mark.parametrize("text", [
    "重(chóng)庆的“重”读作chóng，不读zhòng。",
    "“蚌(bèng)埠”和“六(lù)安”常被读错，另一个是“丽(lí)水”。",
    "Python(3.11)与Go(1.21)的版本号",
    "中国(China)与美国(USA)",
])
def test_glosses_and_other_brackets_stay(text):
    assert run(text) == (text, set())


def test_threshold_is_an_option():
    text = "網(wǎng)絡(luò)"
    assert run(text)[0] == text
    assert run(text, min_annotations=2)[0] == "網絡"
