"""The bundled app catalogue: what each app lets strangers do, with sources and dates (no Qt)."""

from __future__ import annotations

from .model import FEATURES, SETTING_KEYS, AppEntry, Fact, ParentalControl
from .parse import CatalogueError, parse_app_file
from .search import Catalogue, load_catalogue

__all__ = [
    "FEATURES",
    "SETTING_KEYS",
    "AppEntry",
    "Catalogue",
    "CatalogueError",
    "Fact",
    "ParentalControl",
    "load_catalogue",
    "parse_app_file",
]
