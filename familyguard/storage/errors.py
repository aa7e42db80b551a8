"""Turn SQLite/SQLCipher and OS failures into errors a parent can act on."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3

from familyguard.errors import LockedError, StorageError

_MESSAGES = (
    ("disk is full", "the disk is full.", "Free some space and try again; nothing was changed."),
    ("readonly", "the file is read-only.", "Check the folder's permissions or choose another data folder."),
    ("malformed", "the file is damaged.", "Restore it from the backups folder beside it."),
    ("unable to open", "the file cannot be opened.", "Check that the folder exists and is yours."),
    ("disk i/o error", "the disk reported an error.", "Check the disk and try again."),
)


def translate(exc: sqlcipher3.Error, path: Path) -> StorageError | LockedError:
    """Map a database exception to a typed error; unknown ones are bugs and re-raised by the caller."""
    text = str(exc).lower()
    if "not a database" in text:
        return LockedError(
            f"{path} cannot be decrypted with this household's key: the key belongs to another "
            "household, or the file is damaged.",
            hint="Restore the file or its key from a backup; nothing was changed.",
        )
    if "database is locked" in text or "busy" in text:
        return LockedError(f"{path} is in use by another program.", hint="Close it and try again.")
    for needle, message, hint in _MESSAGES:
        if needle in text:
            return StorageError(message, path=path, hint=hint)
    raise exc


@contextmanager
def storage_errors(path: Path) -> Iterator[None]:
    """Run a block, translating environment failures of the database at path."""
    try:
        yield
    except (sqlcipher3.OperationalError, sqlcipher3.DatabaseError) as exc:
        raise translate(exc, path) from exc
