"""The near-copy test gives difflib's answer, found another way."""
import difflib
import random

from newsclean.repeats import NEAR_COPY_RATIO, _matches_at_least, near_copy


def _edited(rng: random.Random, text: str, alphabet: str) -> str:
    out = list(text)
    for _ in range(rng.randrange(6)):
        p = rng.randrange(len(out) + 1)
        op = rng.randrange(3)
        if op == 0:
            out.insert(p, rng.choice(alphabet))
        elif out and op == 1:
            del out[min(p, len(out) - 1)]
        elif out:
            out[min(p, len(out) - 1)] = rng.choice(alphabet)
    return "".join(out)


def test_matches_at_least_answers_as_difflib_ratio():
    rng = random.Random(13)
    for _ in range(3000):
        alphabet = rng.choice(["ab", "abc", "中文新闻报道", "ab/c?=&.0123"])
        a = "".join(rng.choice(alphabet) for _ in range(rng.randrange(40)))
        b = _edited(rng, a, alphabet) if rng.random() < 0.5 else "".join(
            rng.choice(alphabet) for _ in range(rng.randrange(40)))
        for ratio in (0.5, NEAR_COPY_RATIO, 0.9):
            want = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= ratio
            assert _matches_at_least(a, b, ratio) == want, (a, b, ratio)


def test_near_copy_of_a_headline():
    assert near_copy("姚明对周琦说了啥？大魔王上下半场判若两人", "姚明对周琦说了啥？周琦上下半场判若两人")
    assert not near_copy("基层干部眼中的考核之变", "姚明对周琦说了啥？周琦上下半场判若两人")
