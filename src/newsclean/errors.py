"""Errors newsclean raises on purpose. Catch :class:`NewsCleanError` for all of them."""
from __future__ import annotations


class NewsCleanError(Exception):
    """Base class of every error newsclean raises on purpose."""


class InputTooLarge(NewsCleanError):
    """The input is larger than the pipeline's ``max_input_bytes``."""


class NotText(NewsCleanError):
    """The input bytes are binary data (an image, an archive …), not text."""


class ConfigError(NewsCleanError):
    """A pipeline configuration, filter option or lexicon is invalid."""


class PatternTimeout(NewsCleanError):
    """A user-supplied pattern took longer than its time limit on some input."""


class DocumentTimeout(NewsCleanError):
    """A document ran past the pipeline's time budget (``max_seconds``).

    ``filter`` names the filter that was running, ``elapsed`` the seconds the
    document had taken, ``budget`` the seconds it was allowed.
    """

    def __init__(self, message: str, *, filter: str, elapsed: float, budget: float) -> None:
        super().__init__(message)
        self.filter = filter
        self.elapsed = elapsed
        self.budget = budget

    def __reduce__(self):  # picklable across a process pool, keyword arguments included
        return (_timeout, (str(self), self.filter, self.elapsed, self.budget))


def _timeout(message: str, filter: str, elapsed: float, budget: float) -> DocumentTimeout:
    return DocumentTimeout(message, filter=filter, elapsed=elapsed, budget=budget)


class LooksLikeHtml(NewsCleanError):
    """The input is an HTML page, not the text of one: ``newsclean.clean_html`` takes it."""
