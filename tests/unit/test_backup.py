"""Back up now: a consistent copy that is still encrypted, opens with the same key and keeps everything."""

from __future__ import annotations

import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from households import PASSPHRASE, Answer, MemoryKeyring

from familyguard.app import FamilyGuard
from familyguard.backup import back_up
from familyguard.errors import StorageError
from familyguard.storage.layout import DB_NAME, KEY_FILE_NAME
from familyguard.storage.vault import create_household, open_household

NOW = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)


def test_the_copy_is_encrypted_opens_with_the_same_key_and_holds_the_data(
    fg: FamilyGuard, tmp_path: Path
) -> None:
    fg.household.add_child("Thornbury Quillfeather", date(2015, 3, 1))
    made = back_up(fg.db, tmp_path / "usb", NOW)
    fg.household.add_child("Later Child", date(2016, 3, 1))  # the app keeps running and writing
    assert made.folder == tmp_path / "usb" / "FamilyGuard-backup-2026-11-22-180000"
    assert sorted(p.name for p in made.folder.iterdir()) == sorted([DB_NAME, KEY_FILE_NAME])
    assert not made.key_in_keyring
    for file in made.folder.iterdir():
        assert b"Thornbury" not in file.read_bytes(), file
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert not made.database.read_bytes().startswith(b"SQLite format 3")
    copy = FamilyGuard(open_household(made.folder, Answer(PASSPHRASE)))
    assert [c.name for c in copy.household.children.all()] == ["Thornbury Quillfeather"]
    copy.close()


def test_two_backups_in_the_same_second_do_not_overwrite_each_other(fg: FamilyGuard, tmp_path: Path) -> None:
    first, second = back_up(fg.db, tmp_path, NOW), back_up(fg.db, tmp_path, NOW)
    assert second.folder.name == first.folder.name + "-2"


def test_a_key_in_the_keyring_is_reported(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    fg = FamilyGuard(create_household(tmp_path / "h", Answer(None)))
    made = back_up(fg.db, tmp_path / "b", NOW)
    fg.close()
    assert made.key_in_keyring
    copy = FamilyGuard(open_household(made.folder, Answer(None)))
    assert copy.household.children.all() == []
    copy.close()


def test_a_target_that_is_a_file_is_a_clear_error(fg: FamilyGuard, tmp_path: Path) -> None:
    (tmp_path / "usb").write_text("not a folder")
    with pytest.raises(StorageError, match="cannot create the folder"):
        back_up(fg.db, tmp_path / "usb", NOW)


def test_a_failed_backup_says_what_to_do_and_leaves_no_half_copy(
    fg: FamilyGuard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(path: Path, _data: bytes) -> None:
        raise StorageError("cannot write the file (No space left on device).", path=path)

    monkeypatch.setattr("familyguard.backup.write_private", disk_full)
    with pytest.raises(StorageError, match="could not be written") as caught:
        back_up(fg.db, tmp_path / "usb", NOW)
    assert "another backup folder" in caught.value.hint
    assert list((tmp_path / "usb").iterdir()) == []
