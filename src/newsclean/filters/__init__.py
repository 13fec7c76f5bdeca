"""The shipped filters, one module each, named for what they remove."""
from .base import REGISTRY, Filter, filter_class
from .jammer import RemoveDiscuzJammer
from .normalize import RemoveInvisibleCharacters

__all__ = ["Filter", "REGISTRY", "filter_class", "RemoveDiscuzJammer", "RemoveInvisibleCharacters"]
