"""Contacts on the children's lists and the snapshots they were seen in."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from familyguard.domain import Contact, Snapshot
from familyguard.storage.database import Database, Row


@dataclass(frozen=True, slots=True)
class LedgerContact(Contact):
    """A contact with what the export said about how and when the person was added."""

    source: str | None = None
    since: datetime | None = None


class _Decoder:
    """Contacts from rows, decoding each distinct list set and repeated time (a batch's) once."""

    def __init__(self) -> None:
        self._lists: dict[str, frozenset[str]] = {}
        self._times: dict[str, datetime] = {}

    def _list_set(self, text: str) -> frozenset[str]:
        found = self._lists.get(text)
        if found is None:
            found = self._lists[text] = frozenset(json.loads(text))
        return found

    def _time(self, text: str) -> datetime:
        found = self._times.get(text)
        if found is None:
            found = self._times[text] = datetime.fromisoformat(text)
        return found

    def contact(self, row: Row) -> LedgerContact:
        time = self._time
        removed, since = row["removed"], row["since"]
        return LedgerContact(
            row["id"], row["app_use_id"], row["display_name"], row["handle"], row["platform_id"],
            self._list_set(row["lists"]), row["relation"], row["status"], row["flag_reason"],
            time(row["first_seen"]), time(row["last_seen"]), time(removed) if removed else None,
            row["source"], datetime.fromisoformat(since) if since else None,  # since: nearly unique
        )  # fmt: skip


def _contacts(rows: Sequence[Row]) -> list[LedgerContact]:
    """The contacts of rows (one decoder per query: its caches hold what repeats in it)."""
    return list(map(_Decoder().contact, rows))


def _snapshot(row: Row) -> Snapshot:
    return Snapshot(
        row["id"], row["app_use_id"], datetime.fromisoformat(row["taken_at"]), row["kind"], row["source"]
    )


REVIEW_CHUNK = 500  # values per UPDATE: well under SQLite's limit of bound parameters


def _marks(ids: Sequence[int]) -> str:
    return ", ".join("?" * len(ids))


class ContactRepository:
    """Reads and writes contacts and snapshots; every batch of contacts belongs to a snapshot."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._present: tuple[tuple[int, int], list[LedgerContact]] | None = None
        self._counts: tuple[tuple[int, int], dict[int, tuple[int, int]]] | None = None

    @property
    def db(self) -> Database:
        """The database, for the batch writer (storage.contact_batches)."""
        return self._db

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

    def for_app_use(self, app_use_id: int) -> list[LedgerContact]:
        """Every contact ever seen on one app use, removed ones included."""
        rows = self._db.rows("SELECT * FROM contact WHERE app_use_id = ? ORDER BY id", (app_use_id,))
        return _contacts(rows)

    def size_bound(self, app_use_ids: Sequence[int]) -> int:
        """How many contacts the app uses ever had, removed ones too: an upper bound of their
        lists' size, counted from the index alone (a few milliseconds for 50,000)."""
        if not app_use_ids:
            return 0
        sql = f"SELECT count(*) FROM contact WHERE app_use_id IN ({_marks(app_use_ids)})"
        return int(self._db.rows(sql, list(app_use_ids))[0][0])

    def for_app_uses(self, app_use_ids: Sequence[int], *, present: bool = False) -> list[LedgerContact]:
        """The contacts of several app uses (only those not removed when present=True)."""
        if not app_use_ids:
            return []
        where = " AND removed IS NULL" if present else ""
        rows = self._db.rows(
            f"SELECT * FROM contact WHERE app_use_id IN ({_marks(app_use_ids)}){where} ORDER BY id",
            list(app_use_ids),
        )
        return _contacts(rows)

    def present(self) -> list[LedgerContact]:
        """Every contact of the household that is still on a list (read again only after a change:
        the warning signs, the risk and the Family page all start from them)."""
        return list(self._present_now())

    def _present_now(self) -> list[LedgerContact]:
        """The cached present contacts, read again when the data changed (not to be modified)."""
        mark = self._db.change_mark()
        if self._present is None or self._present[0] != mark:
            rows = self._db.rows("SELECT * FROM contact WHERE removed IS NULL ORDER BY id")
            self._present = (mark, _contacts(rows))
        return self._present[1]

    def adopt_present(self, contacts: list[LedgerContact]) -> None:
        """Take the present contacts another connection just read (right after its own write, before
        anything else changed) as this connection's, so they need not be read again."""
        self._present = (self._db.change_mark(), list(contacts))

    def get(self, contact_id: int) -> LedgerContact | None:
        rows = self._db.rows("SELECT * FROM contact WHERE id = ?", (contact_id,))
        return _contacts(rows)[0] if rows else None

    def snapshots(self, app_use_id: int) -> list[Snapshot]:
        rows = self._db.rows("SELECT * FROM snapshot WHERE app_use_id = ? ORDER BY id", (app_use_id,))
        return [_snapshot(r) for r in rows]

    def latest_snapshot(self, app_use_id: int) -> tuple[Snapshot, dict[str, Any]] | None:
        """The newest snapshot of an app use and its summary (the diff against the one before)."""
        rows = self._db.rows(
            "SELECT * FROM snapshot WHERE app_use_id = ? ORDER BY id DESC LIMIT 1",
            (app_use_id,),
        )
        return (_snapshot(rows[0]), json.loads(rows[0]["summary"])) if rows else None

    def latest_import_summaries(self, app_use_ids: Sequence[int]) -> list[dict[str, Any]]:
        """The summary of each of these app uses' newest import (the diff against the snapshot before)."""
        return [json.loads(row["summary"]) for row in self._latest_imports(app_use_ids, "summary")]

    def latest_import_times(self, app_use_ids: Sequence[int]) -> dict[int, datetime]:
        """When each of these app uses (those imported at all) was last imported with changes."""
        rows = self._latest_imports(app_use_ids, "taken_at")
        return {row["app_use_id"]: datetime.fromisoformat(row["taken_at"]) for row in rows}

    def _latest_imports(self, app_use_ids: Sequence[int], column: str) -> list[Row]:
        """(app_use_id, column) of each of these app uses' newest import snapshot (the last written)."""
        return self._db.rows(
            f"SELECT app_use_id, {column} FROM snapshot WHERE id IN (SELECT max(id) FROM snapshot"
            f" WHERE kind = 'import' AND app_use_id IN ({_marks(app_use_ids)}) GROUP BY app_use_id)",
            list(app_use_ids),
        )

    def review(self, app_use_ids: Sequence[int], at: datetime) -> int:
        """Mark every present new contact of these app uses as reviewed at `at`; return how many."""
        return self._review("app_use_id", app_use_ids, at)

    def review_contacts(self, contact_ids: Sequence[int], at: datetime) -> int:
        """Mark these contacts as reviewed at `at` where they are new and present; return how many."""
        return self._review("id", contact_ids, at)

    def _review(self, column: str, values: Sequence[int], at: datetime) -> int:
        """Mark the present new contacts whose column is one of values as reviewed, each with a
        "reviewed" entry in its history, in one transaction and REVIEW_CHUNK values per statement
        (a filter can show 100,000 people)."""
        if not values:
            return 0
        count = 0
        with self._db.transaction() as conn:
            for start in range(0, len(values), REVIEW_CHUNK):
                part = list(values[start : start + REVIEW_CHUNK])
                new = f"status = 'new' AND removed IS NULL AND {column} IN ({_marks(part)})"
                conn.execute(
                    "INSERT INTO contact_event (contact_id, at, kind)"
                    f" SELECT id, ?, 'reviewed' FROM contact WHERE {new}",
                    [at.isoformat(), *part],
                )
                cur = conn.execute(f"UPDATE contact SET status = 'reviewed' WHERE {new}", part)
                count += int(cur.rowcount)
        return count

    def names(self) -> list[tuple[int, str, str | None]]:
        """(id, display name, handle) of every contact: for "did you mean" suggestions."""
        return [
            (r["id"], r["display_name"], r["handle"])
            for r in self._db.rows("SELECT id, display_name, handle FROM contact")
        ]

    def review_counts(self) -> dict[int, tuple[int, int]]:
        """Per app use: how many current contacts are not yet reviewed, and how many are flagged.

        Counted from the present contacts, which are read once per change (or handed over by the
        worker that just imported), and kept until the next change: the window's refresh after an
        import reads no table and counts once.
        """
        contacts = self._present_now()
        assert self._present is not None
        mark = self._present[0]  # the mark the contacts were read (or handed over) at
        if self._counts is None or self._counts[0] != mark:
            by_status = Counter((c.app_use_id, c.status) for c in contacts)
            counts = {
                use_id: (by_status[use_id, "new"], by_status[use_id, "flagged"]) for use_id, _ in by_status
            }
            self._counts = (mark, counts)
        return dict(self._counts[1])
