"""Where the bundled data (resources/, ui/) lives: inside the installed package, or the source checkout."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_dir(*parts: str) -> Path:
    """Return the bundled folder resources/<parts>, installed (wheel) or in the source checkout."""
    installed = Path(str(files("familyguard"))) / "resources"
    root = installed if installed.is_dir() else Path(__file__).resolve().parent.parent / "resources"
    return root.joinpath(*parts)


def ui_dir() -> Path:
    """Return the bundled folder of Qt Designer forms and stylesheets."""
    installed = Path(str(files("familyguard"))) / "ui"
    return installed if installed.is_dir() else Path(__file__).resolve().parent.parent / "ui"
