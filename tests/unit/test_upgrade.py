"""Upgrading a real household from an older schema: data kept, a copy taken first."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import sqlcipher3
from households import FAST_KDF, PASSPHRASE, Answer

from familyguard.app import FamilyGuard
from familyguard.storage import keyfile
from familyguard.storage.layout import DB_NAME, KEY_FILE_NAME
from familyguard.storage.migrations import LATEST, MIGRATIONS, migrate
from familyguard.storage.vault import create_household, open_household


def downgrade_to_v1(folder: Path) -> None:
    """Rebuild the household's file as the first release wrote it, with one child in it."""
    key = keyfile.unwrap(keyfile.read_key_file(folder / KEY_FILE_NAME), PASSPHRASE)
    (folder / DB_NAME).unlink()
    conn = sqlcipher3.connect(str(folder / DB_NAME), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    migrate(conn, folder / DB_NAME, MIGRATIONS[:1])
    conn.execute("INSERT INTO child (name, born, created) VALUES ('Leo', '2015-03-01', '2024-01-01')")
    conn.close()


def test_an_older_household_is_upgraded_with_a_backup_and_keeps_its_data(
    tmp_path: Path, no_keyring: None
) -> None:
    folder = tmp_path / "h"
    create_household(folder, Answer(PASSPHRASE), FAST_KDF).close()
    downgrade_to_v1(folder)
    db = open_household(folder, Answer(PASSPHRASE))
    assert db.migrated_from == 1
    assert int(db.rows("PRAGMA user_version")[0][0]) == LATEST
    fg = FamilyGuard(db)
    leo = fg.household.find_child("Leo")
    assert leo.born == date(2015, 3, 1)
    fg.talks.add_plan(leo.id, "too_nice", "2w", time(19, 0), date(2026, 1, 1))
    fg.close()
    backups = list((folder / "backups").iterdir())
    assert len(backups) == 1 and backups[0].stat().st_mode & 0o777 == 0o600
    assert b"Leo" not in backups[0].read_bytes()
