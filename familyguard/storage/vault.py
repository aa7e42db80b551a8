"""Create and open a household: find its key (OS keyring or passphrase) and open the database.

The database key is random. It lives in the OS keyring when one is usable; otherwise it is
wrapped with the parent's passphrase in the key file, and the parent is told why they are asked.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from familyguard import secrets
from familyguard.domain import Clock, SystemClock
from familyguard.errors import LockedError, StorageError
from familyguard.lock import ParentLock
from familyguard.phrase import phrase, recognise
from familyguard.storage import keyfile
from familyguard.storage.database import Database
from familyguard.storage.files import private_dir
from familyguard.storage.layout import DB_NAME, KEY_FILE_NAME, household_exists
from familyguard.storage.prompt import PassphrasePrompt, PassphraseRequest, ask, check_new_passphrase


def create_household(
    folder: Path, prompt: PassphrasePrompt, kdf: keyfile.ScryptParams = keyfile.DEFAULT_KDF
) -> Database:
    """Make a new, empty, encrypted household in folder."""
    private_dir(folder)
    if household_exists(folder):
        raise StorageError(phrase("errors", "a household already exists here."), path=folder)
    household_id, key = str(uuid.uuid4()), keyfile.new_key()
    try:
        secrets.store_key(household_id, key)
        record = keyfile.KeyFile(household_id, keyfile.KEYRING)
    except secrets.KeyringUnavailable as exc:
        passphrase = ask(prompt, PassphraseRequest(exc.message, new=True, folder=folder))
        check_new_passphrase(passphrase)
        wrapped = keyfile.wrap(key, passphrase, kdf, household_id)
        record = keyfile.KeyFile(household_id, keyfile.PASSPHRASE, exc.message, wrapped)
    key_path = folder / KEY_FILE_NAME
    keyfile.write_key_file(key_path, record)
    try:
        return Database(folder / DB_NAME, key)
    except BaseException:
        for leftover in (key_path, folder / DB_NAME):
            leftover.unlink(missing_ok=True)
        raise


def open_household(folder: Path, prompt: PassphrasePrompt, clock: Clock | None = None) -> Database:
    """Open the household in folder; LockedError when no key can be had or the parent lock refuses."""
    key_path = folder / KEY_FILE_NAME
    if not key_path.exists():
        raise LockedError(
            phrase("errors", "{folder} has no key file ({name}).", folder=str(folder), name=KEY_FILE_NAME),
            hint=phrase(
                "errors", "Restore it from a backup of this folder, or choose the right data folder."
            ),
        )
    return open_with_key(folder, unlock_key(folder, prompt, clock or SystemClock()))


def open_with_key(folder: Path, key: bytes) -> Database:
    """Open the household's database with its key (found by unlock_key, or off the GUI thread)."""
    return Database(folder / DB_NAME, key)


def unlock_key(folder: Path, prompt: PassphrasePrompt, clock: Clock) -> bytes:
    """Read the household's key from the keyring, or unwrap it with the passphrase.

    With the parent lock on, this is the one place where its secret is asked and checked (with
    back-off), before the database is opened.
    """
    record = keyfile.read_key_file(folder / KEY_FILE_NAME)
    if record.lock:
        return ParentLock(folder, clock).ask_and_unlock(prompt)
    if record.storage == keyfile.KEYRING:
        return secrets.fetch_key(record.household_id)
    return keyfile.unwrap(record, ask(prompt, passphrase_request(folder, record)))


def passphrase_request(folder: Path, record: keyfile.KeyFile) -> PassphraseRequest:
    """Why the passphrase that wraps this household's key is asked (no keyring)."""
    reason = (
        recognise("errors", secrets.KEYRING_REASONS, record.reason, {})
        if record.reason
        else phrase("errors", "This household's data is protected with your passphrase.")
    )
    return PassphraseRequest(reason, new=False, folder=folder)
