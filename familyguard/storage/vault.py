"""Create and open a household: find its key (OS keyring or passphrase) and open the database.

The database key is random. It lives in the OS keyring when one is usable; otherwise it is
wrapped with the parent's passphrase in the key file, and the parent is told why they are asked.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from familyguard import secrets
from familyguard.errors import LockedError, StorageError
from familyguard.storage import keyfile
from familyguard.storage.database import DB_NAME, Database
from familyguard.storage.files import private_dir


@dataclass(frozen=True)
class PassphraseRequest:
    """What the face (terminal or dialog) needs to ask the parent for a passphrase."""

    reason: str
    new: bool
    folder: Path


class PassphrasePrompt(Protocol):
    """Ask the parent for a passphrase; None means they declined."""

    def __call__(self, request: PassphraseRequest) -> str | None: ...


MIN_PASSPHRASE = 8


class PassphraseDeclined(LockedError):
    """The parent was asked for the passphrase and gave none."""


def household_exists(folder: Path) -> bool:
    """True when the folder already holds a household."""
    return (folder / DB_NAME).exists() or (folder / keyfile.KEY_FILE_NAME).exists()


def create_household(
    folder: Path, prompt: PassphrasePrompt, kdf: keyfile.ScryptParams = keyfile.DEFAULT_KDF
) -> Database:
    """Make a new, empty, encrypted household in folder."""
    private_dir(folder)
    if household_exists(folder):
        raise StorageError("a household already exists here.", path=folder)
    household_id, key = str(uuid.uuid4()), keyfile.new_key()
    try:
        secrets.store_key(household_id, key)
        record = keyfile.KeyFile(household_id, keyfile.KEYRING)
    except secrets.KeyringUnavailable as exc:
        passphrase = _ask(prompt, PassphraseRequest(exc.message, new=True, folder=folder))
        check_new_passphrase(passphrase)
        wrapped = keyfile.wrap(key, passphrase, kdf, household_id)
        record = keyfile.KeyFile(household_id, keyfile.PASSPHRASE, exc.message, wrapped)
    key_path = folder / keyfile.KEY_FILE_NAME
    keyfile.write_key_file(key_path, record)
    try:
        return Database(folder / DB_NAME, key)
    except BaseException:
        for leftover in (key_path, folder / DB_NAME):
            leftover.unlink(missing_ok=True)
        raise


def open_household(folder: Path, prompt: PassphrasePrompt) -> Database:
    """Open the household in folder; LockedError when no key can be had."""
    key_path = folder / keyfile.KEY_FILE_NAME
    if not key_path.exists():
        raise LockedError(
            f"{folder} has no key file ({keyfile.KEY_FILE_NAME}).",
            hint="Restore it from a backup of this folder, or choose the right data folder.",
        )
    return Database(folder / DB_NAME, unlock_key(folder, prompt))


def unlock_key(folder: Path, prompt: PassphrasePrompt) -> bytes:
    """Read the household's key from the keyring, or unwrap it with the passphrase."""
    record = keyfile.read_key_file(folder / keyfile.KEY_FILE_NAME)
    if record.storage == keyfile.KEYRING:
        return secrets.fetch_key(record.household_id)
    reason = record.reason or "This household's data is protected with your passphrase."
    return keyfile.unwrap(record, _ask(prompt, PassphraseRequest(reason, new=False, folder=folder)))


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect the family's data."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise LockedError(
            f"The passphrase must have at least {MIN_PASSPHRASE} characters.",
            hint="Choose a longer one: a few words you will remember work well.",
        )


def _ask(prompt: PassphrasePrompt, request: PassphraseRequest) -> str:
    passphrase = prompt(request)
    if not passphrase:
        raise PassphraseDeclined(
            "A passphrase is needed to open the family's data and none was given.",
            hint="Enter it when asked, or set FAMILYGUARD_PASSPHRASE.",
        )
    return passphrase
