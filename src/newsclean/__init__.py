"""newsclean: turn text scraped from Chinese news pages into clean, typed articles.

>>> import newsclean
>>> article = newsclean.clean("来源：新华网\\n正文。")
>>> article.metadata.sources, article.paragraphs
(['新华网'], ['正文。'])
"""
from .decode import decode
from .defaults import default_filters
from .document import Document, Line
from .errors import (
    ConfigError, DocumentTimeout, InputTooLarge, LooksLikeHtml, NewsCleanError, NotText, PatternTimeout,
)
from .filters.base import Filter
from .hints import HintError, Hints
from .htmlpage import clean_html
from .model import Article, Caption, Credit, Metadata, Publication, Removal
from .pipeline import DEFAULT_MAX_INPUT_BYTES, Pipeline, clean, default_pipeline
from .records import replay

__version__ = "0.1.0"

__all__ = [
    "Article", "Caption", "ConfigError", "Credit", "DEFAULT_MAX_INPUT_BYTES", "Document", "DocumentTimeout",
    "Filter", "HintError", "Hints", "InputTooLarge", "Line", "LooksLikeHtml", "Metadata", "NewsCleanError", "NotText",
    "PatternTimeout", "Pipeline", "Publication", "Removal", "clean", "clean_html", "decode", "default_filters",
    "default_pipeline",
    "replay",
]
