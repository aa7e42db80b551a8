"""The household store: encrypted at rest, keyed from the keyring or a passphrase, private files."""

from __future__ import annotations

import hashlib
import json
import stat
from datetime import date
from pathlib import Path

import pytest
from households import FAST_KDF, PASSPHRASE, Answer, MemoryKeyring

from familyguard import secrets
from familyguard.app import FamilyGuard
from familyguard.errors import LockedError, StorageError
from familyguard.storage import keyfile
from familyguard.storage.keyfile import WrongPassphrase
from familyguard.storage.layout import DB_NAME, KEY_FILE_NAME
from familyguard.storage.prompt import PassphraseDeclined
from familyguard.storage.vault import create_household, open_household


def digest(folder: Path) -> str:
    return hashlib.sha256(
        b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())
    ).hexdigest()


def add_mia(folder: Path, prompt: Answer) -> None:
    fg = FamilyGuard(create_household(folder, prompt, FAST_KDF))
    fg.household.add_child("Mia Thornbury", date(2015, 4, 2))
    fg.close()


def test_without_keyring_the_parent_is_told_why_and_the_key_is_wrapped(
    tmp_path: Path, no_keyring: None
) -> None:
    prompt = Answer(PASSPHRASE)
    add_mia(tmp_path / "h", prompt)
    assert len(prompt.asked) == 1 and prompt.asked[0].new
    assert "no password store" in prompt.asked[0].reason
    record = json.loads((tmp_path / "h" / KEY_FILE_NAME).read_text())
    assert record["storage"] == "passphrase" and record["wrapped"]["kdf"] == "scrypt"
    assert "no password store" in record["reason"]


def test_database_bytes_never_contain_a_childs_name(tmp_path: Path, no_keyring: None) -> None:
    add_mia(tmp_path / "h", Answer(PASSPHRASE))
    for file in (tmp_path / "h").iterdir():
        assert b"Thornbury" not in file.read_bytes(), file


def test_a_fresh_open_with_the_right_passphrase_reads_everything_back(
    tmp_path: Path, no_keyring: None
) -> None:
    add_mia(tmp_path / "h", Answer(PASSPHRASE))
    fg = FamilyGuard(open_household(tmp_path / "h", Answer(PASSPHRASE)))
    assert [c.name for c in fg.household.children.all()] == ["Mia Thornbury"]
    fg.close()


def test_wrong_passphrase_is_locked_and_changes_nothing(tmp_path: Path, no_keyring: None) -> None:
    add_mia(tmp_path / "h", Answer(PASSPHRASE))
    before = digest(tmp_path / "h")
    with pytest.raises(WrongPassphrase) as caught:
        open_household(tmp_path / "h", Answer("not the passphrase"))
    assert caught.value.exit_code == 4
    assert digest(tmp_path / "h") == before


def test_declining_the_passphrase_is_locked(tmp_path: Path, no_keyring: None) -> None:
    add_mia(tmp_path / "h", Answer(PASSPHRASE))
    with pytest.raises(PassphraseDeclined):
        open_household(tmp_path / "h", Answer(None))


def test_short_passphrase_is_refused_and_nothing_is_created(tmp_path: Path, no_keyring: None) -> None:
    with pytest.raises(LockedError, match="at least 8"):
        create_household(tmp_path / "h", Answer("short"), FAST_KDF)
    assert not (tmp_path / "h" / DB_NAME).exists()
    assert not (tmp_path / "h" / KEY_FILE_NAME).exists()


def test_files_are_private(tmp_path: Path, no_keyring: None) -> None:
    add_mia(tmp_path / "h", Answer(PASSPHRASE))
    assert stat.S_IMODE((tmp_path / "h").stat().st_mode) == 0o700
    for name in (DB_NAME, KEY_FILE_NAME):
        assert stat.S_IMODE((tmp_path / "h" / name).stat().st_mode) == 0o600


def test_with_a_keyring_the_key_lives_there_and_no_passphrase_is_asked(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    prompt = Answer(None)
    add_mia(tmp_path / "h", prompt)
    record = keyfile.read_key_file(tmp_path / "h" / KEY_FILE_NAME)
    assert prompt.asked == []
    assert record.storage == "keyring" and record.wrapped == {}
    assert len(bytes.fromhex(memory_keyring.store[(secrets.SERVICE, record.household_id)])) == 32
    fg = FamilyGuard(open_household(tmp_path / "h", prompt))
    assert fg.household.children.all()[0].name == "Mia Thornbury"
    fg.close()


def test_key_missing_from_keyring_is_locked(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    add_mia(tmp_path / "h", Answer(None))
    memory_keyring.store.clear()
    with pytest.raises(LockedError, match="no key for this household"):
        open_household(tmp_path / "h", Answer(None))


def test_keyring_gone_after_creation_is_locked_not_silent(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    add_mia(tmp_path / "h", Answer(None))
    import keyring
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(secrets.KeyringUnavailable) as caught:
        open_household(tmp_path / "h", Answer(PASSPHRASE))
    assert caught.value.exit_code == 4


def test_damaged_key_file_names_the_file(tmp_path: Path, no_keyring: None) -> None:
    add_mia(tmp_path / "h", Answer(PASSPHRASE))
    (tmp_path / "h" / KEY_FILE_NAME).write_text("{not json")
    with pytest.raises(StorageError, match=KEY_FILE_NAME):
        open_household(tmp_path / "h", Answer(PASSPHRASE))


def test_missing_key_file_is_locked(tmp_path: Path, no_keyring: None) -> None:
    add_mia(tmp_path / "h", Answer(PASSPHRASE))
    (tmp_path / "h" / KEY_FILE_NAME).unlink()
    with pytest.raises(LockedError, match="no key file"):
        open_household(tmp_path / "h", Answer(PASSPHRASE))


def test_damaged_database_is_a_clear_error(tmp_path: Path, no_keyring: None) -> None:
    add_mia(tmp_path / "h", Answer(PASSPHRASE))
    (tmp_path / "h" / DB_NAME).write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(LockedError, match="cannot be decrypted"):
        open_household(tmp_path / "h", Answer(PASSPHRASE))


def test_refuses_to_create_over_an_existing_household(tmp_path: Path, no_keyring: None) -> None:
    add_mia(tmp_path / "h", Answer(PASSPHRASE))
    with pytest.raises(StorageError, match="already exists"):
        create_household(tmp_path / "h", Answer(PASSPHRASE), FAST_KDF)
