"""Contacts on the children's lists and the snapshots they were seen in."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

from familyguard.domain import Contact, Snapshot
from familyguard.storage.database import Database, Row


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _contact(row: Row) -> Contact:
    return Contact(
        id=row["id"],
        app_use_id=row["app_use_id"],
        display_name=row["display_name"],
        handle=row["handle"],
        platform_id=row["platform_id"],
        lists=frozenset(json.loads(row["lists"])),
        relation=row["relation"],
        status=row["status"],
        flag_reason=row["flag_reason"],
        first_seen=datetime.fromisoformat(row["first_seen"]),
        last_seen=datetime.fromisoformat(row["last_seen"]),
        removed=_dt(row["removed"]),
    )


class ContactRepository:
    """Reads and writes contacts and snapshots; every batch of contacts belongs to a snapshot."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add_snapshot(
        self, app_use_id: int, kind: str, source: str, at: datetime, contacts: Iterable[Contact]
    ) -> Snapshot:
        """Record a snapshot and its new contacts in one transaction."""
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO snapshot (app_use_id, taken_at, kind, source) VALUES (?, ?, ?, ?)",
                (app_use_id, at.isoformat(), kind, source),
            )
            snapshot_id = int(cur.lastrowid or 0)
            conn.executemany(
                "INSERT INTO contact (app_use_id, display_name, handle, platform_id, lists, relation, status,"
                " flag_reason, first_seen, last_seen, removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        app_use_id,
                        c.display_name,
                        c.handle,
                        c.platform_id,
                        json.dumps(sorted(c.lists)),
                        c.relation,
                        c.status,
                        c.flag_reason,
                        c.first_seen.isoformat(),
                        c.last_seen.isoformat(),
                        c.removed.isoformat() if c.removed else None,
                    )
                    for c in contacts
                ],
            )
        return Snapshot(snapshot_id, app_use_id, at, kind, source)

    def for_app_use(self, app_use_id: int) -> list[Contact]:
        rows = self._db.rows("SELECT * FROM contact WHERE app_use_id = ? ORDER BY id", (app_use_id,))
        return [_contact(r) for r in rows]

    def snapshots(self, app_use_id: int) -> list[Snapshot]:
        rows = self._db.rows("SELECT * FROM snapshot WHERE app_use_id = ? ORDER BY taken_at", (app_use_id,))
        return [
            Snapshot(r["id"], r["app_use_id"], datetime.fromisoformat(r["taken_at"]), r["kind"], r["source"])
            for r in rows
        ]

    def review_counts(self) -> dict[int, tuple[int, int]]:
        """Per app use: how many current contacts are not yet reviewed, and how many are flagged."""
        rows = self._db.rows(
            "SELECT app_use_id, sum(status = 'new') AS new, sum(status = 'flagged') AS flagged"
            " FROM contact WHERE removed IS NULL GROUP BY app_use_id"
        )
        return {r["app_use_id"]: (r["new"], r["flagged"]) for r in rows}
