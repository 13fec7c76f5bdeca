"""The captions filter: caption lines out of the body, marker words recorded."""
import pytest

from newsclean.document import Document
from newsclean.errors import ConfigError
from newsclean.filters.captions import ExtractCaptions

TITLE = "某地举行活动"
PARA = "这项活动已经连续举办了十年，吸引了大量市民参加，受到普遍欢迎。"


def run(line, **options):
    doc = Document("\n".join([TITLE, PARA, line, PARA]))
    ExtractCaptions(**options).apply(doc)
    return doc


def caption(doc):
    line = doc.lines[2]
    if line.state != "caption":
        return None
    return line.caption.text, line.caption.credit


@pytest.mark.parametrize("line, text, credit", [
    ("图为乌龙街道党工委书记邵杨晖听取意见建议。李思银 摄", "图为乌龙街道党工委书记邵杨晖听取意见建议。", "李思银"),
    ("雨游黄鹤楼照样开心。城市摄影队 周斌 摄", "雨游黄鹤楼照样开心。", "城市摄影队 周斌"),
    ("10月4日，旅游专列开往襄阳。 通讯员刘娟 摄", "10月4日，旅游专列开往襄阳。", "通讯员刘娟"),
    ("图为启动仪式现场。（刘通摄）", "图为启动仪式现场。", "刘通"),
    ("市民在寒冷天气中出行。（新华社记者 张三 摄）", "市民在寒冷天气中出行。", "新华社记者 张三"),
    ("图片来源：视觉中国", "", "视觉中国"),
    ("（图片来源：东方IC）", "", "东方IC"),
    ("图片来源：每经记者 张蕊 摄", "", "每经记者 张蕊"),
    ("资料图", "资料图", None),
    ("▲气宇非凡的航站楼建筑。", "气宇非凡的航站楼建筑。", None),
    ("▲广州日报全媒体图片记者黎旭阳、李妍摄", "", "广州日报全媒体图片记者黎旭阳、李妍"),
    ("加拿大大叔Gweilo （视频截图）", "加拿大大叔Gweilo （视频截图）", None),
    ("姚明场边支招周琦。视频截图", "姚明场边支招周琦。视频截图", None),
    ("晨练的老年人。（视觉中国）", "晨练的老年人。", "视觉中国"),
    ("新建的老年人运动场。（BBC）", "新建的老年人运动场。", "BBC"),
    ("共享充电宝。视觉中国 资料", "共享充电宝。", "视觉中国"),
    ("女儿的左眼被塞了纸片。 小花母亲供图", "女儿的左眼被塞了纸片。", "小花母亲"),
    ("资料图：市民出行。中新社记者 贾天勇 摄", "资料图：市民出行。", "中新社记者 贾天勇"),
])
def test_captions(line, text, credit):
    doc = run(line)
    assert caption(doc) == (text, credit)
    assert [ln.text for ln in doc.body_text_lines()] == [TITLE, PARA, PARA]


@pytest.mark.parametrize("line", [
    "（完）",
    "新闻发布会在北京举行（图）",
    "他用手机拍摄了整个过程。",
    "这张照片由他所摄",
    "三、下一步工作安排",
    "据新华社报道，会议于昨天闭幕。（新华社）",
    "图片显示，今年以来该市房价持续下跌，成交量同比下降两成以上，市场观望情绪浓厚。",
    "他在现场拍摄（记者 张三）",
])
def test_not_captions(line):
    assert caption(run(line)) is None


def test_marker_words_are_recorded_as_removed():
    doc = run("图为市民参加活动。李思银 摄")
    article = doc.build()
    assert [r.text.strip() for r in article.removed] == ["摄"]
    assert [r.reason for r in article.removed] == ["caption-marker"]
    doc = run("图片来源：视觉中国")
    assert [r.text.strip() for r in doc.build().removed] == ["图片来源："]


def test_first_line_is_never_a_caption():
    doc = Document("图为新建成的大桥\n" + PARA)
    ExtractCaptions().apply(doc)
    assert doc.lines[0].state == "body"


def test_extra_markers_and_agencies():
    assert caption(run("现场照片。（某某图库）")) is None
    assert caption(run("现场照片。（某某图库）", extra_agencies=["某某图库"])) == ("现场照片。", "某某图库")
    assert caption(run("◆现场照片", extra_markers={"◆": "symbol"})) == ("现场照片", None)
    with pytest.raises(ConfigError):
        ExtractCaptions(extra_markers={"◆": "bullet"})


@pytest.mark.parametrize("line, text, credit", [
    ("“救命啊SOS”纸团。沙坪坝区公安分局供图 华龙网发", "“救命啊SOS”纸团。", "沙坪坝区公安分局"),
    ("纸片。本文图片均为澎湃新闻记者段彦超 图", "纸片。", "本文图片均为澎湃新闻记者段彦超"),
])
def test_credit_followed_by_an_outlet_or_a_lone_picture_mark(line, text, credit):
    assert caption(run(line)) == (text, credit)


@pytest.mark.parametrize("line", ["这是一张古代地图", "历代文人“兰花图”简评", "运行效果如下图所示："])
def test_words_ending_in_picture_are_not_captions(line):
    assert caption(run(line)) is None


def test_photographer_in_brackets_closes_a_caption():
    from newsclean.filters.metadata import ExtractMetadataLines

    doc = Document("\n".join([TITLE, PARA, "图为新建成的大桥。（摄影：张三）", PARA]))
    ExtractMetadataLines().apply(doc)
    ExtractCaptions().apply(doc)
    assert caption(doc) == ("图为新建成的大桥。", "张三")
