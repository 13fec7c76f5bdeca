"""The shipped filters, one module each, named for what they remove."""
from .base import REGISTRY, Filter, filter_class
from .captions import ExtractCaptions
from .jammer import RemoveDiscuzJammer
from .metadata import ExtractMetadataLines
from .normalize import RemoveInvisibleCharacters
from .publication import ExtractPublicationLine

__all__ = [
    "Filter", "REGISTRY", "filter_class", "RemoveDiscuzJammer", "RemoveInvisibleCharacters",
    "ExtractMetadataLines", "ExtractPublicationLine", "ExtractCaptions",
]
