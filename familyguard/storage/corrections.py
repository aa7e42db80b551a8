"""The parent's corrections of catalogue facts, kept in the household so they survive catalogue upgrades."""

from __future__ import annotations

from datetime import date

from familyguard.storage.database import Database


class CorrectionRepository:
    """Reads and writes catalogue_correction: (app, feature) -> the parent's value and note."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def set(self, app_id: str, feature: str, value: str, note: str, day: date) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO catalogue_correction (app_id, feature, value, note, created)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (app_id, feature)"
                " DO UPDATE SET value = excluded.value, note = excluded.note, created = excluded.created",
                (app_id, feature, value, note, day.isoformat()),
            )

    def remove(self, app_id: str, feature: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "DELETE FROM catalogue_correction WHERE app_id = ? AND feature = ?", (app_id, feature)
            )

    def all(self) -> dict[str, dict[str, tuple[str, str]]]:
        """Every correction, by app id then feature: (value, note)."""
        found: dict[str, dict[str, tuple[str, str]]] = {}
        for row in self._db.rows(
            "SELECT app_id, feature, value, note FROM catalogue_correction ORDER BY app_id"
        ):
            found.setdefault(row["app_id"], {})[row["feature"]] = (row["value"], row["note"])
        return found
