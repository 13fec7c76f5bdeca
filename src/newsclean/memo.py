"""Answers of pure tests of a text, kept: pages repeat their lines, and a repeat costs a lookup."""
from __future__ import annotations

from typing import Callable, TypeVar

_T = TypeVar("_T")


def once_a_text(test: Callable[[str], _T]) -> Callable[[str], _T]:
    """``test``, asked once for each distinct text: pages repeat their lines (a label flood, a
    thread's names, times and buttons), and a repeat then costs a lookup."""
    answers: dict[str, _T] = {}

    def ask(text: str) -> _T:
        try:
            return answers[text]
        except KeyError:
            answer = answers[text] = test(text)
            return answer
    return ask


__all__ = ["once_a_text"]
