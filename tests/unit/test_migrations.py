"""Schema migrations: newer files refused, each step atomic, a copy taken before changing a file."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from familyguard.errors import LockedError, StorageError
from familyguard.storage.errors import translate
from familyguard.storage.migrations import LATEST, migrate

KEY = "x'" + "11" * 32 + "'"


def connect(path: Path) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f'PRAGMA key = "{KEY}"')
    return conn


def version(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_new_file_gets_the_latest_schema_without_a_backup(tmp_path: Path) -> None:
    conn = connect(tmp_path / "h.db")
    assert migrate(conn, tmp_path / "h.db") == 0
    assert version(conn) == LATEST
    assert not (tmp_path / "backups").exists()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    conn = connect(tmp_path / "h.db")
    conn.execute("PRAGMA user_version = 99")
    with pytest.raises(LockedError, match="newer FamilyGuard") as caught:
        migrate(conn, tmp_path / "h.db")
    assert caught.value.exit_code == 4
    assert version(conn) == 99


def test_upgrade_copies_the_file_first_and_runs_each_step(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    conn = connect(path)
    steps = (("CREATE TABLE a (x)",), ("CREATE TABLE b (y)", "INSERT INTO b VALUES (1)"))
    migrate(conn, path, steps[:1])
    assert migrate(conn, path, steps) == 1
    assert version(conn) == 2
    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1 and backups[0].name.startswith("h-v1-")
    old = connect(backups[0])
    assert version(old) == 1


def test_a_failing_step_rolls_back_to_the_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    conn = connect(path)
    steps = (("CREATE TABLE a (x)",), ("CREATE TABLE b (y)", "INSERT INTO missing VALUES (1)"))
    migrate(conn, path, steps[:1])
    with pytest.raises(sqlcipher3.OperationalError):
        migrate(conn, path, steps)
    assert version(conn) == 1
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'b'").fetchall() == []


@pytest.mark.parametrize(
    ("message", "kind", "says"),
    [
        ("database or disk is full", StorageError, "disk is full"),
        ("attempt to write a readonly database", StorageError, "read-only"),
        ("database disk image is malformed", StorageError, "damaged"),
        ("file is not a database", LockedError, "cannot be decrypted"),
        ("database is locked", LockedError, "in use"),
    ],
)
def test_environment_failures_become_clear_errors_naming_the_file(
    message: str, kind: type, says: str
) -> None:
    error = translate(sqlcipher3.OperationalError(message), Path("/home/p/household.db"))
    assert isinstance(error, kind)
    assert says in str(error) and "/home/p/household.db" in str(error)


def test_unknown_database_errors_are_bugs_not_hidden() -> None:
    with pytest.raises(sqlcipher3.OperationalError):
        translate(sqlcipher3.OperationalError("no such column: x"), Path("h.db"))
