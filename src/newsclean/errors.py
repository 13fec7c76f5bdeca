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
