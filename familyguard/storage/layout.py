"""The files of a household folder (cheap to import: the window checks them before Qt paints)."""

from __future__ import annotations

from pathlib import Path

DB_NAME = "household.db"
KEY_FILE_NAME = "familyguard.key"


def household_exists(folder: Path) -> bool:
    """True when the folder already holds a household (its database or its key file)."""
    return (folder / DB_NAME).exists() or (folder / KEY_FILE_NAME).exists()
