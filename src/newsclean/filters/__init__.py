"""The shipped filters, one module each, named for what they remove."""
from .base import REGISTRY, Filter, filter_class
from .captions import ExtractCaptions
from .data_lines import DropDataLines
from .html_leftovers import RemoveHtmlLeftovers
from .jammer import RemoveDiscuzJammer
from .junk_lines import DropJunkLines
from .line_breaks import RestoreLineBreaks
from .markdown import RemoveMarkdown
from .metadata import ExtractMetadataLines
from .mojibake import RepairMojibake
from .normalize import RemoveInvisibleCharacters
from .notices import ExtractNotices
from .page_margins import DropPageMargins
from .pinyin import RemovePinyinAnnotations
from .publication import ExtractPublicationLine
from .site_phrases import RemoveSitePhrases
from .structure import ExtractStructure

__all__ = [
    "Filter", "REGISTRY", "filter_class", "RemoveDiscuzJammer", "RemoveInvisibleCharacters",
    "ExtractMetadataLines", "ExtractPublicationLine", "ExtractCaptions",
    "DropJunkLines", "DropPageMargins", "ExtractNotices", "ExtractStructure",
    "RemoveHtmlLeftovers", "RemoveSitePhrases", "RemovePinyinAnnotations", "RepairMojibake",
    "RestoreLineBreaks", "RemoveMarkdown", "DropDataLines",
]
