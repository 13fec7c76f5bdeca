"""What the filters after the running one will take out of the body: their claims.

A filter that reads a line's neighbours must not count a neighbour that a later
filter removes, or cleaning the cleaned text again (where that neighbour is
gone) would decide otherwise. It asks ``doc.later``, which the pipeline sets
before each filter runs to the filters after it in that pipeline, with their
own options: a trimmed or configured pipeline is asked, never default copies.
A filter applied alone (``filt(doc)``) sees :data:`NO_LATER`: no later filter.
The pipeline keeps each filter's answers for the document (:meth:`Later.sharing`):
several filters ask the same later filters about the same lines, and each claim is
worked out once a text.

>>> class Drops:
...     def claims(self, text): return "shouting" if text.endswith("！！") else None
...     def repeat_rules(self): return None
>>> later = Later([Drops()])
>>> later.removed_later("好！！"), later.removed_later("好。"), NO_LATER.removed_later("好！！")
('shouting', None, None)
"""
from __future__ import annotations

from typing import Any, Callable, Optional, Sequence

from .repeats import RepeatRules


class Later:
    """The claims of the filters after the one running, in their order."""

    __slots__ = ("_claims", "_among", "repeats", "_answers")

    def __init__(self, filters: Sequence[Any] = ()) -> None:
        # (only the filters that claim lines by their text: the others cost nothing a line)
        claiming = [f for f in filters if not getattr(f.claims, "claims_nothing", False)]
        self._claims: tuple[Callable[[str], Optional[str]], ...] = tuple(f.claims for f in claiming)
        # each filter's claims on many texts at once (its patterns looked up once, not once a text)
        self._among: tuple[Callable[[Sequence[str]], list[Optional[str]]], ...] = tuple(
            getattr(f, "claims_among", None) or _one_by_one(f.claims) for f in claiming)
        #: the repeat rules of the first later filter that drops repeats (structure), or None
        self.repeats: Optional[RepeatRules] = next(
            (r for r in (f.repeat_rules() for f in filters) if r is not None), None)
        # the answers of one document, by text (see ``sharing``); None: not kept
        self._answers: Optional[dict[str, tuple[Optional[str], ...]]] = None

    def sharing(self, answers: dict[str, tuple[Optional[str], ...]]) -> "Later":
        """These claims for one document, their answers kept in ``answers``, which the
        pipeline hands every filter of the document: a text one filter asked a later filter
        about is answered at once when another asks (a claim reads the text alone). The views
        that share one ``answers`` hold suffixes of one list of filters (a pipeline's)."""
        view = Later.__new__(Later)
        view._claims, view._among, view.repeats, view._answers = self._claims, self._among, self.repeats, answers
        return view

    def removed_later(self, text: str) -> Optional[str]:
        """The reason a later filter would take a line of ``text`` out of the body on its own, or None."""
        answers = self._answers
        if answers is None:
            for claims in self._claims:
                reason = claims(text)
                if reason is not None:
                    return reason
            return None
        # a text's answers are kept as the reason of each suffix of the claims, by its length:
        # the views of one pipeline are suffixes of one list, so a later filter's view reads
        # the answer an earlier view worked out with one look-up
        claims = self._claims
        known = answers.get(text)
        if known is not None and len(claims) < len(known):
            return known[len(claims)]
        by_length: list[Optional[str]] = [None]
        for claim in reversed(claims):
            reason = claim(text)
            by_length.append(reason if reason is not None else by_length[-1])
        answers[text] = tuple(by_length)
        return by_length[-1]

    def removed_among(self, texts: Sequence[str]) -> list[Optional[str]]:
        """:meth:`removed_later` of each of ``texts``, in order: the texts not answered yet are
        asked of each later filter at once (:meth:`~newsclean.filters.base.Filter.claims_among`),
        and their answers kept as :meth:`removed_later` keeps them.

        >>> class Drops:
        ...     def claims(self, text): return "shouting" if text.endswith("！！") else None
        ...     def repeat_rules(self): return None
        >>> Later([Drops()]).removed_among(["好！！", "好。", "好！！"])
        ['shouting', None, 'shouting']
        """
        answers = self._answers if self._answers is not None else {}
        n = len(self._claims)
        known = answers.get
        todo = [t for t in dict.fromkeys(texts) if (a := known(t)) is None or len(a) <= n]
        if todo:
            # (the answers of each suffix of the claims, as removed_later works them out: each
            # filter's claims, the last filter's first; a text that none claims, most, shares a row)
            columns = [among(todo) for among in reversed(self._among)]
            unclaimed = (None,) * (n + 1)
            rows = ([unclaimed if reasons.count(None) == n else _by_length(reasons) for reasons in zip(*columns)]
                    if columns else [unclaimed] * len(todo))
            answers.update(zip(todo, rows))
        return [answers[t][n] for t in texts]

    def for_document(self) -> Callable[[str], Optional[str]]:
        """:meth:`removed_later` remembering its answers, for one document (a filter that asks
        again about a text, or about a text the page repeats, is answered at once)."""
        removed_later = self.removed_later
        if self._answers is not None:
            return removed_later  # (a view the pipeline made already keeps the document's answers)
        memo: dict[str, Optional[str]] = {}

        def ask(text: str) -> Optional[str]:
            if text in memo:
                return memo[text]
            reason = memo[text] = removed_later(text)
            return reason

        return ask

    def for_texts(self, texts: Sequence[str]) -> Callable[[str], Optional[str]]:
        """:meth:`for_document`, with ``texts`` (a page's) asked at once first: each later filter
        reads only what it may claim of them (:meth:`removed_among`); another text is asked when
        it comes."""
        distinct = list(dict.fromkeys(texts))
        known = dict(zip(distinct, self.removed_among(distinct)))
        ask = self.for_document()
        return lambda text: known[text] if text in known else ask(text)

    def __bool__(self) -> bool:
        return bool(self._claims) or self.repeats is not None


def _by_length(reasons: tuple[Optional[str], ...]) -> tuple[Optional[str], ...]:
    """The answer of each suffix of the claims, by its length, from each filter's claim (the
    last filter's first): a suffix's answer is its first filter's claim, else the shorter one's."""
    row: list[Optional[str]] = [None]
    for reason in reasons:
        row.append(reason if reason is not None else row[-1])
    return tuple(row)


def _one_by_one(claims: Callable[[str], Optional[str]]) -> Callable[[Sequence[str]], list[Optional[str]]]:
    """The claims of a filter with no ``claims_among``, asked of each text in turn."""
    return lambda texts: list(map(claims, texts))


# (an answer not known yet: None is an answer)
_UNASKED: Any = object()


#: no filter after this one (a filter applied alone, or the last one)
NO_LATER = Later()

__all__ = ["Later", "NO_LATER"]
