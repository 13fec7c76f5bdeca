"""The shipped filters, one module each, named for what they remove."""
from .base import REGISTRY, Filter, filter_class
from .captions import ExtractCaptions
from .jammer import RemoveDiscuzJammer
from .junk_lines import DropJunkLines
from .metadata import ExtractMetadataLines
from .normalize import RemoveInvisibleCharacters
from .notices import ExtractNotices
from .publication import ExtractPublicationLine
from .structure import ExtractStructure

__all__ = [
    "Filter", "REGISTRY", "filter_class", "RemoveDiscuzJammer", "RemoveInvisibleCharacters",
    "ExtractMetadataLines", "ExtractPublicationLine", "ExtractCaptions",
    "DropJunkLines", "ExtractNotices", "ExtractStructure",
]
