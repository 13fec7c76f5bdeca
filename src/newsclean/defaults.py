"""The standard filters: which filters, in which order, and why that order.

(:func:`newsclean.default_pipeline` makes a pipeline of them; this module
imports no pipeline, so the pipeline module can import it.)
"""
from __future__ import annotations

from .filters import (
    DropDataLines,
    DropJunkLines,
    DropPageMargins,
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
        # machine data (base64, hex dumps, JSON, CSS, scripts) before the jammer, which would cut it to pieces
        DropDataLines(),
        RemoveDiscuzJammer(),
        RemoveSitePhrases(),
        RemovePinyinAnnotations(),
        # 2. whole junk lines (forum/WeChat chrome, share bars, related-link lists)
        DropJunkLines(),
        # 2b. whole-page text: the navigation and side runs around the article's core
        DropPageMargins(),
        # 3. facts mixed into the body: metadata, print-edition line, notices, captions
        # metadata, publication, notices, captions go here, in that order
        ExtractMetadataLines(),
        ExtractPublicationLine(),
        ExtractNotices(),
        ExtractCaptions(),
        # 4. structure: title, subtitle, duplicated leads
        ExtractStructure(),
    ]
