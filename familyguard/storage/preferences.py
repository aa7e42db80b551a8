"""The household's own preferences (key → text) in the setting table, e.g. when reminders resume."""

from __future__ import annotations

from familyguard.storage.database import Database


class PreferenceRepository:
    """Reads and writes the setting table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> str | None:
        rows = self._db.rows("SELECT value FROM setting WHERE key = ?", (key,))
        return str(rows[0]["value"]) if rows else None

    def set(self, key: str, value: str | None) -> None:
        """Store a value; None removes the key."""
        with self._db.transaction() as conn:
            if value is None:
                conn.execute("DELETE FROM setting WHERE key = ?", (key,))
            else:
                conn.execute(
                    "INSERT INTO setting (key, value) VALUES (?, ?)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )
