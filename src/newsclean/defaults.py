"""The standard pipeline: which filters, in which order, and why that order."""
from __future__ import annotations

from functools import lru_cache

from .filters import (
    DropJunkLines,
    ExtractCaptions,
    ExtractMetadataLines,
    ExtractNotices,
    ExtractPublicationLine,
    ExtractStructure,
    RemoveDiscuzJammer,
    RemoveHtmlLeftovers,
    RemoveInvisibleCharacters,
    RemovePinyinAnnotations,
    RemoveSitePhrases,
    RepairMojibake,
)
from .filters.base import Filter
from .pipeline import Pipeline


def default_filters() -> list[Filter]:
    """Fresh instances of the default filters, in order.

    Misread text is repaired first, before control characters are stripped
    (a Latin-1 misreading is full of C1 controls that the repair needs);
    garbage tokens go next (every later filter must see clean lines), then
    whole junk lines, then metadata, notices and captions, and the structure
    (title, subtitle, duplicates) last, once only article lines are left.
    """
    return [
        # 1. misread text (needs the C1 characters that the next filter strips), garbage tokens inside lines
        RepairMojibake(),
        RemoveInvisibleCharacters(),
        RemoveHtmlLeftovers(),
        RemoveDiscuzJammer(),
        RemoveSitePhrases(),
        RemovePinyinAnnotations(),
        # 2. whole junk lines (forum/WeChat chrome, share bars, related-link lists)
        DropJunkLines(),
        # 3. facts mixed into the body: metadata, print-edition line, notices, captions
        # metadata, publication, notices, captions go here, in that order
        ExtractMetadataLines(),
        ExtractPublicationLine(),
        ExtractNotices(),
        ExtractCaptions(),
        # 4. structure: title, subtitle, duplicated leads
        ExtractStructure(),
    ]


def default_pipeline() -> Pipeline:
    """The standard pipeline, freshly built."""
    return Pipeline(default_filters())


def flat_text_pipeline() -> Pipeline:
    """The standard pipeline for text whose line breaks were lost (``get_text(" ")`` of
    minified HTML): ``restore-line-breaks`` splits such lines again, right after the
    jammer filter (jammer noise between two sentences would change where they split).

    Not in the default pipeline yet: on flattened Discuz! text the jammer filter
    takes a character or a space beside its noise now and then, and a split line
    then reads differently from the same text without jammers (see the issue notes).
    """
    from .filters.line_breaks import RestoreLineBreaks

    return default_pipeline().insert(RestoreLineBreaks(), after="discuz-jammer")


@lru_cache(maxsize=1)
def shared_default_pipeline() -> Pipeline:
    """One default pipeline per process, built on first use (pipelines are immutable)."""
    return default_pipeline()
