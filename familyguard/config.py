"""Where things live (platformdirs, --data-dir, FAMILYGUARD_DATA_DIR) and the log file."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs

APP_NAME = "FamilyGuard"
ENV_PASSPHRASE = "FAMILYGUARD_PASSPHRASE"  # the parent passphrase, where one is needed (docs/cli.md)
LOG_NAME = "familyguard.log"
LOG_LIMIT = 1_000_000  # bytes; a larger log is rotated at the next start
LOG_KEPT = 3  # older logs kept: familyguard.log.1 … .3


def data_dir(explicit: str | None = None) -> Path:
    """The household folder: --data-dir, else FAMILYGUARD_DATA_DIR, else the platform's data folder."""
    chosen = explicit or os.environ.get("FAMILYGUARD_DATA_DIR")
    if chosen:
        return Path(chosen).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def demo_dir(folder: Path) -> Path:
    """Where "Try the demo" keeps its made-up family: beside the real household's folder, never in it."""
    return folder.with_name(f"{folder.name}-demo")


def log_dir() -> Path:
    """The platform's log folder for FamilyGuard."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def setup_logging() -> Path:
    """Log to a file in the log folder (created 0700), rotated at start when large; return its path.

    Rotating at start (not on every write) keeps `logging.handlers` and its socket/pickle imports out
    of the app's start-up.
    """
    folder = log_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / LOG_NAME
    if path.exists() and path.stat().st_size > LOG_LIMIT:
        _rotate(path)
    handler = _LogFile(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _LogFile)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class _LogFile(logging.FileHandler):
    """The log file this module installed (so a second setup replaces it)."""


def _rotate(path: Path) -> None:
    """familyguard.log → .1 → .2 …, dropping the oldest."""
    for number in range(LOG_KEPT - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{number + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))
