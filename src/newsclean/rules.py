"""Named rules: a filter's rules as an ordered table, so options can turn one off by name.

A filter that decides by a ladder of tests keeps them as a tuple of
:class:`Rule` in the order they are tried; its ``disabled_rules`` option lists
the names to skip, checked against the table with :func:`check_rule_names`
(a filter whose steps are methods may name them without a table).

>>> RULES = (Rule("shouting", lambda s: "shouting" if s.endswith("！！") else None),)
>>> [r.name for r in enabled(RULES, ())], [r.name for r in enabled(RULES, ("shouting",))]
(['shouting'], [])
>>> check_rule_names("demo", ["shout"], rule_names(RULES))
Traceback (most recent call last):
...
newsclean.errors.ConfigError: demo: unknown rule 'shout' in disabled_rules; its rules are: shouting
"""
from __future__ import annotations

from typing import Any, Callable, Iterable, NamedTuple, Optional, Sequence

from .errors import ConfigError


class Rule(NamedTuple):
    """One named rule: ``test`` is tried in the table's order.

    ``admits``, when given, is a cheap precheck on a line's first and last
    characters: a rule it refuses cannot match such a line and is not tried.
    """

    name: str
    test: Callable[..., Any]
    admits: Optional[Callable[[str, str], bool]] = None


class Ladder:
    """Rules tried in order, each line trying only those its first and last characters admit.

    The rules a pair of characters admits are worked out once (a page's lines
    start and end with a few characters), so a rule that cannot match costs a line nothing.
    """

    #: at most this many character pairs are remembered (then the memo starts again)
    MEMO_SIZE = 1 << 16

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        self._memo: dict[str, tuple[Callable[..., Any], ...]] = {}

    def for_edges(self, first: str, last: str) -> tuple[Callable[..., Any], ...]:
        """The tests of the rules a line that starts with ``first`` and ends with ``last`` tries, in order."""
        key = first + last
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= self.MEMO_SIZE:
                self._memo.clear()
            found = self._memo[key] = tuple(r.test for r in self.rules if r.admits is None or r.admits(first, last))
        return found


def enabled(rules: Sequence[Rule], disabled: Iterable[str]) -> tuple[Rule, ...]:
    """The rules of ``rules`` whose names are not in ``disabled``, in order."""
    off = frozenset(disabled)
    return tuple(r for r in rules if r.name not in off)


def rule_names(*tables: Sequence[Rule]) -> tuple[str, ...]:
    """The names of the rules of ``tables``, in order."""
    return tuple(r.name for table in tables for r in table)


def check_rule_names(filter_name: str, names: Iterable[str], known: Sequence[str]) -> None:
    """Raise :class:`~newsclean.errors.ConfigError` for a name in ``names`` that is not in ``known``."""
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ConfigError(
            f"{filter_name}: unknown rule {', '.join(map(repr, unknown))} in disabled_rules; "
            f"its rules are: {', '.join(known)}")


__all__ = ["Ladder", "Rule", "check_rule_names", "enabled", "rule_names"]
