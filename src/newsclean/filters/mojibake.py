"""Repair UTF-8 text that was decoded as GBK somewhere upstream.

``发布`` written in UTF-8 and read back as GBK shows as ``鍙戝竷``. A stretch
of such text is repaired only when the repair is certain: the stretch encodes
to GBK, those bytes decode as strict UTF-8 into Chinese text, and the result
encodes back to exactly the same stretch. Ordinary Chinese text practically
never passes that round trip (its GBK bytes are not valid UTF-8), so nothing
else is touched. Each repaired stretch is recorded as a replacement with the
reason ``mojibake``.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..document import Document
from .base import Filter

# a stretch of non-ASCII characters (mojibake keeps ASCII as it is)
_STRETCH = regex.compile(r"[^\x00-\x7f\s]{3,}")
_PIECE = regex.compile(r"[^\ufffd?？]{2,}")
_CHINESE = regex.compile(r"[\p{Han}\u3000-\u303f\uff00-\uffef]")


def repair(stretch: str) -> str | None:
    """The text ``stretch`` stands for when it is UTF-8 read as GBK, else ``None``.

    >>> repair("鍙戝竷"), repair("发布")
    ('发布', None)
    """
    try:
        raw = stretch.encode("gbk")
        fixed = raw.decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    if fixed == stretch or len(fixed) < 2:
        return None
    if sum(1 for ch in fixed if _CHINESE.match(ch)) < len(fixed) * 0.8:
        return None
    try:
        if fixed.encode("utf-8").decode("gbk") != stretch:
            return None
    except UnicodeDecodeError:
        return None
    return fixed


@dataclass
class RepairMojibake(Filter, name="mojibake"):
    """Replace GBK-read UTF-8 (``鍙戝竷``) by the text it stands for (``发布``).

    >>> from newsclean.document import Document
    >>> doc = RepairMojibake()(Document("鏂伴椈鍙戝竷浼氫粖澶╀妇琛? 2024年 正常的中文不变"))  # 行 lost a byte
    >>> doc.lines[0].text
    '新闻发布会今天举琛? 2024年 正常的中文不变'
    """

    def apply(self, doc: Document) -> None:
        for line in doc.body_lines():
            if line.text.isascii():
                continue
            fixes = [(a, b, new) for m in _STRETCH.finditer(line.text) for a, b, new in _repairs(m.group(), m.start())]
            for a, b, new in reversed(fixes):
                doc.replace(line, a, b, new, filter=self.name, reason="mojibake")


def _looks_like_mojibake(part: str) -> bool:
    """Most of ``part``'s GBK bytes read as UTF-8 (ordinary Chinese text: hardly any)."""
    try:
        raw = part.encode("gbk")
    except UnicodeEncodeError:
        return False
    text = raw.decode("utf-8", errors="replace")
    return text.count("\ufffd") * 4 < len(text)


def _repairs(stretch: str, offset: int) -> list[tuple[int, int, str]]:
    """Certain repairs inside one stretch, as ``(start, end, text)``.

    A broken byte (shown as U+FFFD or ``?``) ends a repairable piece; inside a
    piece the longest repairable windows are taken from the left.
    """
    out = []
    for m in _PIECE.finditer(stretch):
        part = m.group()
        if not _looks_like_mojibake(part):
            continue
        i, n = 0, len(part)
        while i < n - 1:
            for j in range(n, i + 1, -1):
                fixed = repair(part[i:j])
                if fixed:
                    out.append((offset + m.start() + i, offset + m.start() + j, fixed))
                    i = j
                    break
            else:
                i += 1
    return out


__all__ = ["RepairMojibake", "repair"]
