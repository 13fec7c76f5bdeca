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


def as_1252(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 by a browser: the five undefined bytes become C1 controls."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def as_latin1(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


def as_strict_1252(text: str) -> str:
    """UTF-8 bytes read as strict Windows-1252: the five undefined bytes become U+FFFD."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def as_gb18030(text: str) -> str:
    """UTF-8 bytes read as GB18030, which reads every pair of bytes (some into the private use area)."""
    return text.encode("utf-8").decode("gb18030", errors="replace")


_WHOLE = ["国务院新闻办公室今天举行发布会，介绍有关情况。", "新闻发布会今天举行", "你好 2024年5月3日，“新闻”《报道》",
          "市教育局获悉，今年全市新增学位两万个。"]


@pytest.mark.parametrize("misread", [as_gb18030, as_1252, as_latin1])
@pytest.mark.parametrize("text", _WHOLE)
def test_a_misreading_without_lost_bytes_is_repaired_exactly(misread, text):
    if len(text.encode("utf-8")) % 2:
        text += "a"  # an even number of bytes: GBK has no byte left alone at the end
    if "\ufffd" in misread(text):
        pytest.skip("GB18030 cannot read every pair of UTF-8 bytes")
    line = "记者：" + misread(text)  # a correct part on the same line stays as it is
    doc = RepairMojibake()(Document(line))
    assert doc.lines[0].text == "记者：" + text
    assert {r[3] for r in doc._records} == {"mojibake"}
    for start, end, _f, _reason, new, _then in doc._records:
        assert new in text


def test_a_latin1_misreading_is_repaired_before_its_controls_are_stripped():
    from newsclean import clean

    body = "国务院新闻办公室今天举行发布会，介绍有关情况。"
    misread = as_latin1(body)
    assert any("\x80" <= ch <= "\x9f" for ch in misread)  # C1 characters, which look like controls
    article = clean("正文第一段，讲了一件事。\n" + misread)
    assert article.paragraphs[-1] == body
    assert [r.reason for r in article.removed] == ["mojibake"]
    assert article.removed[0].text == misread


@pytest.mark.parametrize("misread", [as_gbk, as_strict_1252])
@pytest.mark.parametrize("text", SENTENCES[:2] + ["新华社北京11月25日电，记者从国家发展改革委获悉，今年以来基层减负工作取得明显成效。"])
def test_lost_bytes_are_flagged_and_never_kept(misread, text):
    source = misread(text)
    assert "\ufffd" in source
    doc = RepairMojibake()(Document(source))
    out = doc.lines[0].text
    reasons = {r[3] for r in doc._records}
    assert "mojibake-damaged" in reasons and reasons <= {"mojibake", "mojibake-damaged"}
    # what is left is the original with the lost characters missing: no mojibake, no U+FFFD
    assert "\ufffd" not in out and _is_subsequence(out, text), out
    assert len(out) >= 0.6 * len(text)


def test_the_fragments_of_a_lost_character_go_with_a_record():
    # 年 lost its last byte before an ASCII digit: GBK shows 骞 and U+FFFD
    doc = RepairMojibake()(Document(as_gbk("新闻发布会今天举行了") + " " + as_gbk("2024年") + "5"))
    assert doc.lines[0].text == "新闻发布会今天举行了 20245"
    assert "mojibake-damaged" in {r[3] for r in doc._records}


def _lose_bytes(rng, text: str, codec: str) -> str:
    raw = bytearray(text.encode("utf-8"))
    for _ in range(rng.randint(0, 3)):
        if raw:
            del raw[rng.randrange(len(raw))]
    return bytes(raw).decode(codec, errors="replace")


@pytest.mark.parametrize("codec", ["gbk", "gb18030", "cp1252", "latin-1"])
def test_damaged_misreadings_only_ever_lose_characters(codec):
    import random

    rng = random.Random(5)
    chars = "国务院新闻办公室今天举行发布会，介绍有关情况。记者从市教育局获悉“引号”《书名》 2024"
    repaired = 0
    for _ in range(400):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(4, 30)))
        doc = RepairMojibake()(Document(_lose_bytes(rng, text, codec)))
        if doc._records:
            repaired += 1
            # a repaired line never holds text that was not in the original, in its order
            kept = "".join(ch for ch in doc.lines[0].text if ch in chars)
            assert _is_subsequence(kept, text), (text, doc.lines[0].text)
    assert repaired > 300


@pytest.mark.parametrize("text", SENTENCES + [
    "正常的中文，不应被改动：鍙是一个罕见字。",
    "浙江省杭州市西湖区龙井路1号",
    "锟斤拷烫烫烫",
    "Café au lait，咖啡；naïve résumé。",
    "乔治·华盛顿 × 3 ÷ 2 ±1 °C",
    "拼音 xué xí，é è ê",
    "价格：å¹´",  # one misread-looking character is no evidence
])
def test_ordinary_text_is_left_alone(text):
    doc = RepairMojibake()(Document(text))
    assert doc.lines[0].text == text and not doc._records


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


def test_the_run_check_never_hides_a_repair():
    # _may_repair_gbk spares ordinary text the character-by-character reading: it must say
    # True for every run that reading repairs (damaged, misaligned, mixed with plain text)
    import random

    from newsclean.filters.mojibake import _GBK, _may_repair_gbk, _run_repairs

    rng = random.Random(7)
    plain = "国务院新闻办公室今天举行发布会，介绍有关情况。记者从市教育局获悉“引号”《书名》·—…"
    skipped = repaired = 0
    for _ in range(3000):
        parts = [_damaged(rng, rng.randint(1, 20)) if rng.random() < 0.6 else
                 "".join(rng.choice(plain) for _ in range(rng.randint(1, 30))) for _ in range(rng.randint(1, 3))]
        for m in _GBK.run.finditer("".join(parts)):
            run = m.group()
            if _run_repairs(run, _GBK):
                repaired += 1
                assert _may_repair_gbk(run), run
            elif not _may_repair_gbk(run):
                skipped += 1
    assert repaired > 300 and skipped > 300
    assert not any(_may_repair_gbk(s) for s in SENTENCES)  # ordinary text: no reading at all


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


@pytest.mark.parametrize("misread", [as_1252, as_strict_1252, as_gbk])
def test_work_grows_linearly_on_a_long_misread_line(misread):
    def calls(text):
        return count_calls(lambda: RepairMojibake()(Document(text)))

    chunk = misread(SENTENCES[0] + SENTENCES[1] + "2024年 ")
    small, large = calls(chunk * 20), calls(chunk * 160)
    assert large <= 12 * small
