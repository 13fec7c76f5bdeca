import pytest

from newsclean.document import Document
from newsclean.filters.mojibake import RepairMojibake, repair
from newsgen import count_calls

SENTENCES = [
    "国务院新闻办公室今天举行发布会，介绍有关情况。",
    "记者从市教育局获悉，今年全市新增学位两万个。",
    "发布",
]


def as_gbk(text: str) -> str:
    """UTF-8 bytes read as GBK, broken bytes shown as U+FFFD (as a careless scraper does)."""
    return text.encode("utf-8").decode("gbk", errors="replace")


def test_clean_round_trip_repairs_whole_stretches():
    assert repair("鍙戝竷") == "发布"
    assert repair("发布") is None


@pytest.mark.parametrize("text", SENTENCES)
def test_repairs_are_certain_and_right(text):
    doc = RepairMojibake()(Document(as_gbk(text)))
    out = doc.lines[0].text
    # every repaired piece is a piece of the original; what could not be repaired stays as it was
    for start, end, _f, reason, new, _then in doc._records:
        assert reason == "mojibake"
        assert new in text
    if "\ufffd" not in as_gbk(text):
        assert out == text


@pytest.mark.parametrize("text", SENTENCES + [
    "正常的中文，不应被改动：鍙是一个罕见字。",
    "浙江省杭州市西湖区龙井路1号",
    "锟斤拷烫烫烫",
])
def test_ordinary_text_is_left_alone(text):
    doc = RepairMojibake()(Document(text))
    assert doc.lines[0].text == text and not doc._records


def _brute_force(part):
    """The definition: from the left, the longest window ``part[i:j]`` that :func:`repair` accepts."""
    out, i, n = [], 0, len(part)
    while i < n - 1:
        for j in range(n, i + 1, -1):
            fixed = repair(part[i:j])
            if fixed:
                out.append((i, j, fixed))
                i = j
                break
        else:
            i += 1
    return out


def _damaged(rng, k):
    """Mojibake of random text with a few characters lost or inserted (misaligned bytes)."""
    chars = "国务院新闻办公室今天举行发布会，介绍有关情况。“引号”《书名》·—…αβЖ§"
    m = list(as_gbk("".join(rng.choice(chars) for _ in range(k))))
    for _ in range(rng.randint(0, 3)):
        if m:
            pos = rng.randrange(len(m))
            if rng.random() < 0.5:
                del m[pos]
            else:
                m.insert(pos, rng.choice(chars + "鍙戝竷鏂伴椈"))
    return "".join(m)


def test_windows_are_the_longest_repairable_ones_from_the_left():
    import random

    from newsclean.filters.mojibake import _looks_like_mojibake, _PIECE, _windows

    rng = random.Random(3)
    checked = repaired = 0
    for _ in range(1500):
        for m in _PIECE.finditer(_damaged(rng, rng.randint(1, 20))):
            part = m.group()
            if _looks_like_mojibake(part):
                want = _brute_force(part)
                assert _windows(part) == want, part
                checked += 1
                repaired += bool(want)
    assert checked > 500 and repaired > 300


def test_the_quick_reject_never_hides_a_repair():
    import random

    from newsclean.filters.mojibake import _may_hold_mojibake

    rng = random.Random(4)
    rejected = 0
    for _ in range(1500):
        text = _damaged(rng, rng.randint(1, 20))
        if not _may_hold_mojibake(text):
            rejected += 1
            assert RepairMojibake()(Document(text))._records == []
    assert rejected > 100
    assert not _may_hold_mojibake("".join(SENTENCES))


def test_work_grows_linearly_on_a_long_damaged_line():
    # one lost character in every 100 used to make the window search cubic
    def calls(text):
        return count_calls(lambda: RepairMojibake()(Document(text)))

    chunk = as_gbk(SENTENCES[0] * 2).replace("\ufffd", "")
    chunk = chunk[:30] + chunk[31:]
    small, large = calls(chunk * 10), calls(chunk * 40)
    assert large <= 6 * small


def test_a_character_an_entity_gave_is_not_repaired_and_nothing_crashes():
    # 鏂伴椈鍙戝竷 with 戝 written as an entity: html-leftovers replaced it before mojibake runs
    from newsclean import clean

    article = clean("正文第一段。\n鏂伴椈鍙&#x621d;竷浼氫粖澶╀妇琛? 继续\n正文第二段。")
    kept = "\n".join(article.paragraphs)
    assert "戝" in kept  # the entity's character stays; windows around it are left alone
    assert {r.reason for r in article.removed} >= {"html-entity"}
