"""Where things live (platformdirs, --data-dir, FAMILYGUARD_DATA_DIR) and the log file."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

APP_NAME = "FamilyGuard"
LOG_NAME = "familyguard.log"


def data_dir(explicit: str | None = None) -> Path:
    """The household folder: --data-dir, else FAMILYGUARD_DATA_DIR, else the platform's data folder."""
    chosen = explicit or os.environ.get("FAMILYGUARD_DATA_DIR")
    if chosen:
        return Path(chosen).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """The platform's log folder for FamilyGuard."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def setup_logging() -> Path:
    """Log to a rotating file in the log folder (created 0700); return the file's path."""
    folder = log_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / LOG_NAME
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if not isinstance(h, logging.handlers.RotatingFileHandler)]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
