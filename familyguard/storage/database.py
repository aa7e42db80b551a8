"""The household's SQLCipher database: keyed, checked, WAL, foreign keys, migrated."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from familyguard.storage.errors import storage_errors
from familyguard.storage.files import touch_private
from familyguard.storage.migrations import migrate

Row = sqlcipher3.Row
WATCHED_TABLES = ("child", "app_use", "contact")  # what the contacts and warning signs are made of


class Database:
    """One open household database. Writes go through transaction()."""

    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        self._key = key
        touch_private(path)
        with storage_errors(path):
            self._conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
            try:
                self._conn.row_factory = sqlcipher3.Row
                self._conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
                self._conn.execute("PRAGMA cipher_log_level = NONE")
                self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA foreign_keys = ON")
                self._conn.execute("PRAGMA busy_timeout = 3000")
                self.migrated_from = migrate(self._conn, path)
            except BaseException:
                self._conn.close()
                raise

    @contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """A write transaction: all of it is kept, or none of it."""
        with storage_errors(self.path):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def open_another(self) -> Database:
        """A second connection to the same household, for a worker thread (one connection per thread).

        Sharing this connection with another thread would mix their transactions: the GUI thread's
        reads would see a worker's uncommitted import and its writes would join that transaction.
        With WAL, the other connection's readers see the last committed state while a worker writes.
        """
        return Database(self.path, self._key)

    def change_mark(self) -> tuple[int, int]:
        """A value that changes whenever the children, their apps or their contacts changed, through
        this connection or another one (a worker's import); cheap, it reads one tiny table.

        Writes through this connection are counted by temporary triggers (this connection's only,
        made on the first call, so a worker's import pays nothing for them): a talk planned or a
        setting saved leaves the mark, and the contacts worked out from it, as they were. A commit by
        another connection changes `PRAGMA data_version`.
        """
        with storage_errors(self.path):
            try:
                own = self._conn.execute("SELECT n FROM temp.household_changes").fetchone()[0]
            except sqlcipher3.OperationalError:  # not made yet here (or undone by a rollback)
                self._watch()
                own = 0
            other = self._conn.execute("PRAGMA data_version").fetchone()[0]
            return int(own), int(other)

    def _watch(self) -> None:
        """Count every row written to the household's tables through this connection."""
        self._conn.execute("CREATE TEMP TABLE household_changes (n INTEGER NOT NULL)")
        self._conn.execute("INSERT INTO temp.household_changes VALUES (0)")
        for table in WATCHED_TABLES:
            for event in ("INSERT", "UPDATE", "DELETE"):
                self._conn.execute(
                    f"CREATE TEMP TRIGGER watch_{table}_{event.lower()} AFTER {event} ON main.{table}"
                    " BEGIN UPDATE temp.household_changes SET n = n + 1; END"
                )

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlcipher3.Row]:
        """Run a read query and return every row."""
        with storage_errors(self.path):
            return list(self._conn.execute(sql, params).fetchall())

    def close(self) -> None:
        """Checkpoint the WAL and close."""
        with storage_errors(self.path):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
