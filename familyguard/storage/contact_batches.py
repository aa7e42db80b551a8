"""Writing a batch of contact changes (an import or the parent's edits) in one transaction."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from typing import Any

import sqlcipher3

from familyguard.storage.contacts import LedgerContact
from familyguard.storage.database import Database

Event = tuple[int, str, dict[str, Any]]  # contact id, kind, detail


@dataclass(frozen=True)
class ContactEvent:
    """One entry of a contact's history."""

    at: datetime
    kind: str
    detail: dict[str, Any]
    snapshot_id: int | None


@dataclass
class Batch:
    """New contacts, new states of existing ones and their history entries, written together.

    Additions are not history entries (a contact's first_seen and the snapshot summary say when it
    was added), which keeps a 50,000-person first import to one insert per person.
    With `kind` set the batch is a snapshot (import or manual) whose summary is `summary` plus
    the ids of the added contacts under "added"; without, only contacts and events change.
    """

    app_use_id: int
    at: datetime
    kind: str | None = None
    source: str = ""
    added: list[LedgerContact] = field(default_factory=list)
    updated: list[LedgerContact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    touch_present: bool = False  # set last_seen = at on every present, non-manual contact
    manual_source: str = ""


_COLUMNS = (
    "display_name, handle, platform_id, lists, relation, status, flag_reason,"
    " first_seen, last_seen, removed, source, since"
)


class _Encoder:
    """Row values of contacts, caching the encodings that repeat (list sets, batch times)."""

    def __init__(self) -> None:
        self._lists: dict[frozenset[str], str] = {}
        self._times: dict[datetime, str] = {}

    def _time(self, at: datetime | None) -> str | None:
        """A time that repeats (the batch's): encoded once."""
        if at is None:
            return None
        text = self._times.get(at)
        if text is None:
            text = self._times[at] = at.isoformat()
        return text

    def values(self, c: LedgerContact) -> tuple[Any, ...]:
        lists = self._lists.get(c.lists)
        if lists is None:
            lists = self._lists[c.lists] = json.dumps(sorted(c.lists))
        time = self._time
        since = c.since.isoformat() if c.since is not None else None  # nearly unique: not cached
        return (
            c.display_name, c.handle, c.platform_id, lists, c.relation, c.status, c.flag_reason,
            time(c.first_seen), time(c.last_seen), time(c.removed), c.source, since,
        )  # fmt: skip


def _execute_many(
    conn: sqlcipher3.Connection, sql: Callable[[tuple[str, ...]], str], rows: list[tuple[Any, ...]]
) -> None:
    """executemany with the NULLs written into the SQL: binding None costs the driver ~4x a value.

    Rows are grouped by which of their values are None (a few patterns per batch); `sql` gets one
    placeholder per value, "?" or "NULL", and the rows of each group are bound without their Nones.
    """
    groups: dict[tuple[bool, ...], list[tuple[Any, ...]]] = {}
    for row in rows:
        nulls = tuple([value is None for value in row])
        groups.setdefault(nulls, []).append(row)
    for nulls, group in groups.items():
        if not any(nulls):
            conn.executemany(sql(("?",) * len(nulls)), group)
            continue
        keep = [i for i, null in enumerate(nulls) if not null]
        marks = tuple("NULL" if null else "?" for null in nulls)
        pick = itemgetter(*keep)
        values = map(pick, group) if len(keep) > 1 else ((pick(row),) for row in group)
        conn.executemany(sql(marks), values)


def write_batch(db: Database, batch: Batch) -> tuple[int | None, list[int]]:
    """Write the batch in one transaction; return the snapshot id (if any) and the new contact ids."""
    at = batch.at.isoformat()
    encode = _Encoder().values
    with db.transaction() as conn:
        snapshot_id: int | None = None
        if batch.kind is not None:
            cur = conn.execute(
                "INSERT INTO snapshot (app_use_id, taken_at, kind, source) VALUES (?, ?, ?, ?)",
                (batch.app_use_id, at, batch.kind, batch.source),
            )
            snapshot_id = int(cur.lastrowid or 0)
        first = int(conn.execute("SELECT coalesce(max(id), 0) FROM contact").fetchone()[0]) + 1
        new_ids = list(range(first, first + len(batch.added)))
        _execute_many(
            conn,
            lambda marks: f"INSERT INTO contact (id, app_use_id, {_COLUMNS}) VALUES ({', '.join(marks)})",
            [(i, batch.app_use_id, *encode(c)) for i, c in zip(new_ids, batch.added, strict=True)],
        )
        names = [name.strip() for name in _COLUMNS.split(",")]
        _execute_many(
            conn,
            lambda marks: (
                "UPDATE contact SET "
                + ", ".join(f"{n} = {m}" for n, m in zip(names, marks, strict=False))
                + f" WHERE id = {marks[-1]}"
            ),
            [(*encode(c), c.id) for c in batch.updated],
        )
        if batch.touch_present:
            conn.execute(
                "UPDATE contact SET last_seen = ? WHERE app_use_id = ? AND removed IS NULL"
                " AND source IS NOT ?",
                (at, batch.app_use_id, batch.manual_source),
            )
        conn.executemany(
            "INSERT INTO contact_event (contact_id, snapshot_id, at, kind, detail) VALUES (?, ?, ?, ?, ?)",
            [(cid, snapshot_id, at, kind, json.dumps(detail)) for cid, kind, detail in batch.events],
        )
        if snapshot_id is not None:
            summary = {**batch.summary, "added": new_ids}
            conn.execute("UPDATE snapshot SET summary = ? WHERE id = ?", (json.dumps(summary), snapshot_id))
    return snapshot_id, new_ids


def history(db: Database, contact_id: int) -> list[ContactEvent]:
    """A contact's history, oldest first."""
    rows = db.rows("SELECT * FROM contact_event WHERE contact_id = ? ORDER BY id", (contact_id,))
    return [
        ContactEvent(datetime.fromisoformat(r["at"]), r["kind"], json.loads(r["detail"]), r["snapshot_id"])
        for r in rows
    ]
