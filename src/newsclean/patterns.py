"""Building patterns safely, from lexicons and from users' configuration.

Lexicon phrases become one alternation each (longest first, every phrase
``regex.escape``-d, so no phrase can break the pattern or delete characters
it does not name). Patterns that users write themselves run with a time
limit and fail with :class:`~newsclean.errors.PatternTimeout`, never hang.
"""
from __future__ import annotations

from typing import Iterable, Optional

import regex

from .errors import ConfigError, PatternTimeout

#: seconds one user pattern may spend on one line
USER_PATTERN_TIMEOUT = 0.25


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex alternation matching any of ``phrases`` literally, longest first.

    >>> phrase_alternation(["分享", "分享到", "a|b"])
    '(?:a\\\\|b|分享到|分享)'
    """
    unique = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    if not unique:
        return "(?!)"  # matches nothing
    return "(?:" + "|".join(regex.escape(p, literal_spaces=True) for p in unique) + ")"


def compile_user_pattern(pattern: str, *, what: str = "pattern") -> regex.Pattern:
    """Compile a user-supplied pattern, turning a syntax error into a ConfigError."""
    try:
        return regex.compile(pattern)
    except regex.error as e:
        raise ConfigError(f"invalid {what} {pattern!r}: {e}") from None


def user_finditer(pattern: regex.Pattern, text: str, *, timeout: Optional[float] = USER_PATTERN_TIMEOUT):
    """``pattern.finditer(text)`` under a time limit, for patterns users supplied."""
    try:
        return list(pattern.finditer(text, timeout=timeout))
    except TimeoutError:
        raise PatternTimeout(
            f"user pattern {pattern.pattern!r} took longer than {timeout}s on a line of {len(text)} characters; "
            "simplify it (avoid nested quantifiers such as (a+)+)"
        ) from None
