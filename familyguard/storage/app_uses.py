"""The apps each child uses, with the account handle and the settings the parent checked."""

from __future__ import annotations

import json
from datetime import date, datetime

import sqlcipher3

from familyguard.domain import AppUse
from familyguard.storage.database import Database, Row


def _app_use(row: Row) -> AppUse:
    return AppUse(
        id=row["id"],
        child_id=row["child_id"],
        app_id=row["app_id"],
        name=row["name"],
        handle=row["handle"],
        settings=json.loads(row["settings"]),
        added=date.fromisoformat(row["added"]),
        custom_features=tuple(json.loads(row["custom_features"])),
        lists_checked=datetime.fromisoformat(row["lists_checked"]) if row["lists_checked"] else None,
    )


class AppUseRepository:
    """Reads and writes the app_use table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, use: AppUse, conn: sqlcipher3.Connection | None = None) -> AppUse:
        """Add an app use in a transaction of its own or, given conn, in the caller's open one."""
        if conn is None:
            with self._db.transaction() as own:
                return self.add(use, own)
        cur = conn.execute(
            "INSERT INTO app_use (child_id, app_id, name, handle, settings, custom_features, added)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                use.child_id,
                use.app_id,
                use.name,
                use.handle,
                json.dumps(use.settings, sort_keys=True),
                json.dumps(list(use.custom_features)),
                use.added.isoformat(),
            ),
        )
        return _app_use(conn.execute("SELECT * FROM app_use WHERE id = ?", (cur.lastrowid,)).fetchone())

    def update(self, use: AppUse) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE app_use SET handle = ?, settings = ? WHERE id = ?",
                (use.handle, json.dumps(use.settings, sort_keys=True), use.id),
            )

    def mark_lists_checked(self, use_id: int, at: datetime) -> None:
        """Note that the app's friend list was imported at `at` and nothing had changed."""
        with self._db.transaction() as conn:
            conn.execute("UPDATE app_use SET lists_checked = ? WHERE id = ?", (at.isoformat(), use_id))

    def remove(self, use_id: int) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM app_use WHERE id = ?", (use_id,))

    def get(self, use_id: int) -> AppUse:
        return _app_use(self._db.rows("SELECT * FROM app_use WHERE id = ?", (use_id,))[0])

    def for_child(self, child_id: int) -> list[AppUse]:
        rows = self._db.rows(
            "SELECT * FROM app_use WHERE child_id = ? ORDER BY name COLLATE NOCASE", (child_id,)
        )
        return [_app_use(r) for r in rows]
