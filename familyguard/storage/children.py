"""Children of the household."""

from __future__ import annotations

from datetime import date

from familyguard.domain import Child
from familyguard.storage.database import Database, Row


def _child(row: Row) -> Child:
    return Child(row["id"], row["name"], date.fromisoformat(row["born"]))


class ChildRepository:
    """Reads and writes the child table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, name: str, born: date, created: date) -> Child:
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO child (name, born, created) VALUES (?, ?, ?)",
                (name, born.isoformat(), created.isoformat()),
            )
        return Child(int(cur.lastrowid or 0), name, born)

    def update(self, child: Child) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE child SET name = ?, born = ? WHERE id = ?",
                (child.name, child.born.isoformat(), child.id),
            )

    def remove(self, child_id: int) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM child WHERE id = ?", (child_id,))

    def all(self) -> list[Child]:
        return [_child(r) for r in self._db.rows("SELECT * FROM child ORDER BY born, name COLLATE NOCASE")]

    def by_name(self, name: str) -> Child | None:
        rows = self._db.rows("SELECT * FROM child WHERE name = ? COLLATE NOCASE", (name,))
        return _child(rows[0]) if rows else None
