"""Turn SQLite/SQLCipher and OS failures into errors a parent can act on."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3

from familyguard.errors import LockedError, StorageError
from familyguard.phrase import mark, phrase

_MESSAGES = (  # (SQLite's words, the message, the hint): templates of context "errors"
    (
        "disk is full",
        mark("errors", "the disk is full."),
        mark("errors", "Free some space and try again; nothing was changed."),
    ),
    (
        "readonly",
        mark("errors", "the file is read-only."),
        mark("errors", "Check the folder's permissions or choose another data folder."),
    ),
    (
        "malformed",
        mark("errors", "the file is damaged."),
        mark("errors", "Restore it from the backups folder beside it."),
    ),
    (
        "unable to open",
        mark("errors", "the file cannot be opened."),
        mark("errors", "Check that the folder exists and is yours."),
    ),
    (
        "disk i/o error",
        mark("errors", "the disk reported an error."),
        mark("errors", "Check the disk and try again."),
    ),
)


def translate(exc: sqlcipher3.Error, path: Path) -> StorageError | LockedError:
    """Map a database exception to a typed error; unknown ones are bugs and re-raised by the caller."""
    text = str(exc).lower()
    if "not a database" in text:
        return LockedError(
            phrase(
                "errors",
                "{path} cannot be decrypted with this household's key: the key belongs to another "
                "household, or the file is damaged.",
                path=str(path),
            ),
            hint=phrase("errors", "Restore the file or its key from a backup; nothing was changed."),
        )
    if "database is locked" in text or "busy" in text:
        return LockedError(
            phrase("errors", "{path} is in use by another program.", path=str(path)),
            hint=phrase("errors", "Close it and try again."),
        )
    for needle, message, hint in _MESSAGES:
        if needle in text:
            return StorageError(phrase("errors", message), path=path, hint=phrase("errors", hint))
    raise exc


@contextmanager
def storage_errors(path: Path) -> Iterator[None]:
    """Run a block, translating environment failures of the database at path."""
    try:
        yield
    except (sqlcipher3.OperationalError, sqlcipher3.DatabaseError) as exc:
        raise translate(exc, path) from exc
