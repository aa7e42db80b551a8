"""Back up the household: a consistent copy of the still-encrypted database, with its key file.

SQLCipher's `VACUUM INTO` writes a snapshot of the open database, encrypted with the same key, while
the app keeps running; nothing is ever decrypted onto the disk.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from familyguard.errors import StorageError
from familyguard.phrase import phrase
from familyguard.storage import keyfile
from familyguard.storage.database import Database
from familyguard.storage.files import private_dir, touch_private, write_private
from familyguard.storage.layout import DB_NAME, KEY_FILE_NAME

PREFIX = "FamilyGuard-backup-"


@dataclass(frozen=True)
class Backup:
    """Where a backup went. `key_in_keyring`: its key file points to this account's keyring, so it
    opens only where that keyring is; otherwise the key is in the backup, sealed by the passphrase."""

    folder: Path
    database: Path
    key_file: Path
    key_in_keyring: bool


def back_up(db: Database, target: Path, now: datetime) -> Backup:
    """Write a new backup folder, named after `now`, inside `target` (created 0700 if missing; an
    existing folder, e.g. on a USB stick, keeps its permissions)."""
    folder = _new_folder(target if target.is_dir() else private_dir(target), now)
    database, key_path = folder / DB_NAME, folder / KEY_FILE_NAME
    try:
        touch_private(database)
        db.rows("VACUUM INTO ?", (str(database),))
        write_private(key_path, (db.path.parent / KEY_FILE_NAME).read_bytes())
    except (StorageError, OSError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise StorageError(
            phrase("errors", "the backup could not be written."),
            path=folder,
            hint=phrase(
                "errors",
                "Check that the drive is connected, writable and has free space, or choose another "
                "backup folder. Your household is unchanged.",
            ),
        ) from exc
    record = keyfile.read_key_file(key_path)
    return Backup(folder, database, key_path, record.storage == keyfile.KEYRING)


def _new_folder(target: Path, now: datetime) -> Path:
    """A folder that does not exist yet: the time, with -2, -3… for backups in the same second."""
    stem = f"{PREFIX}{now:%Y-%m-%d-%H%M%S}"
    for number in range(1, 1000):
        folder = target / (stem if number == 1 else f"{stem}-{number}")
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue
        except OSError as exc:
            raise StorageError(
                phrase("errors", "cannot create the backup folder ({reason}).", reason=exc.strerror),
                path=folder,
            ) from exc
        return folder
    raise StorageError(
        phrase("errors", "too many backups in the same second."),
        path=target,
        hint=phrase("errors", "Try again."),
    )
