"""Writing a batch of contact changes (an import or the parent's edits) in one transaction."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain
from typing import Any, Protocol

import orjson
import sqlcipher3

from familyguard.storage.contacts import LedgerContact
from familyguard.storage.database import Database

Event = tuple[int, str, dict[str, Any]]  # contact id, kind, detail
Row = tuple[Any, ...]  # the values of one contact for an INSERT


@dataclass(frozen=True)
class ContactEvent:
    """One entry of a contact's history."""

    at: datetime
    kind: str
    detail: dict[str, Any]
    snapshot_id: int | None


class Listed(Protocol):
    """A person as an export lists them (importers.ImportedContact)."""

    @property
    def display_name(self) -> str: ...
    @property
    def handle(self) -> str | None: ...
    @property
    def platform_id(self) -> str | None: ...
    @property
    def lists(self) -> frozenset[str]: ...
    @property
    def source(self) -> str | None: ...
    @property
    def since(self) -> datetime | None: ...


@dataclass
class Batch:
    """New contacts, new states of existing ones and their history entries, written together.

    Additions are not history entries (a contact's first_seen and the snapshot summary say when it
    was added), which keeps a 50,000-person first import to one insert per person.
    With `kind` set the batch is a snapshot (import or manual) whose summary is `summary` plus
    the ids of the added contacts (`added`, then `imported`) under "added"; without, only contacts
    and events change.
    """

    app_use_id: int
    at: datetime
    kind: str | None = None
    source: str = ""
    added: list[LedgerContact] = field(default_factory=list)
    imported: Sequence[Listed] = ()  # people new to the ledger from an export: status new, relation unknown
    updated: list[LedgerContact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    touch_present: bool = False  # set last_seen = at on every present, non-manual contact
    manual_source: str = ""


_COLUMNS = (
    "id", "app_use_id", "display_name", "handle", "platform_id", "lists", "relation", "status",
    "flag_reason", "first_seen", "last_seen", "removed", "source", "since",
)  # fmt: skip
_LISTED_SHARED = {"app_use_id": 1, "first_seen": 2, "last_seen": 2}
"""People new to the ledger: these columns take the batch's app use and time; id, relation, status,
flag_reason and removed take the table's (the next id, unknown, new, NULL)."""
_NULLABLE = frozenset({"handle", "platform_id", "flag_reason", "removed", "source", "since"})
CHUNK = 100
"""Contacts written per statement: SQLite's cost per statement run (the reset, the lookup lists of
the CHECK constraints) is paid once per CHUNK contacts instead of once per contact."""


class _Insert:
    """An INSERT of contacts, CHUNK rows per statement, from `columns` in the rows' order.

    Columns in `shared` take the same value in every row (the batch's app use, its time): it is
    bound once per statement, as ?1, ?2… in the order given to run(). Rows carry "" for a missing
    value, written as NULL (`nullif`) in the nullable columns: binding None costs the driver about
    four times a value.
    """

    def __init__(self, columns: Sequence[str], shared: Mapping[str, int], on_conflict: str = "") -> None:
        picks, width = [], 0
        for name in columns:
            if name in shared:
                picks.append(f"?{shared[name]}")
                continue
            width += 1
            picks.append(f"nullif(column{width}, '')" if name in _NULLABLE else f"column{width}")
        self._sql = (
            f"INSERT INTO contact ({', '.join(columns)}) SELECT {', '.join(picks)}"
            f" FROM (VALUES {{}}) WHERE true{on_conflict}"
        )
        self._row = "(" + ", ".join("?" * width) + ")"

    def run(self, conn: sqlcipher3.Connection, rows: list[Row], shared: Sequence[Any] = ()) -> None:
        for start in range(0, len(rows), CHUNK):
            part = rows[start : start + CHUNK]
            conn.execute(
                self._sql.format(", ".join([self._row] * len(part))), [*shared, *chain.from_iterable(part)]
            )


_UPSERT = " ON CONFLICT (id) DO UPDATE SET " + ", ".join(f"{n} = excluded.{n}" for n in _COLUMNS[2:])
_INSERT = _Insert(_COLUMNS, {})
_UPDATE = _Insert(_COLUMNS, {}, _UPSERT)


def iso_texts(times: Sequence[datetime | None]) -> list[str]:
    """`t.isoformat()` of each time ("" for None), all at once in C: about a fifth of the time.

    For UTC and naive times, which are all a ledger holds (orjson writes an offset with seconds,
    never made here, without its seconds).
    """
    return [text or "" for text in orjson.loads(orjson.dumps(times))]


@contextmanager
def _checks_skipped(conn: sqlcipher3.Connection) -> Iterator[None]:
    """Skip the table's CHECK constraints for rows that take the checked columns' defaults.

    People new to the ledger leave relation and status to their defaults, which pass the checks by
    construction, yet SQLite would test them row by row (60 ms over 50,000 people). Changing the
    setting expires every compiled statement, so nothing compiled meanwhile runs unchecked later.
    """
    conn.execute("PRAGMA ignore_check_constraints = ON")
    try:
        yield
    finally:
        conn.execute("PRAGMA ignore_check_constraints = OFF")


class _Encoder:
    """Rows of contacts for _Insert, caching the encodings that repeat (list sets, batch times)."""

    def __init__(self) -> None:
        self._lists: dict[frozenset[str], str] = {}
        self._times: dict[datetime | None, str] = {None: ""}

    def _list_text(self, lists: frozenset[str]) -> str:
        text = self._lists.get(lists)
        if text is None:
            text = self._lists[lists] = json.dumps(sorted(lists))
        return text

    def _time(self, at: datetime | None) -> str:
        """A time that repeats (the batch's): encoded once."""
        text = self._times.get(at)
        if text is None:
            text = self._times[at] = at.isoformat() if at else ""
        return text

    def row(self, contact_id: int, app_use_id: int, c: LedgerContact) -> Row:
        """The row (for _INSERT, _UPDATE) of a contact."""
        time = self._time
        since = c.since.isoformat() if c.since is not None else ""  # nearly unique: not cached
        return (
            contact_id, app_use_id, c.display_name, c.handle or "", c.platform_id or "",
            self._list_text(c.lists), c.relation, c.status, c.flag_reason or "", time(c.first_seen),
            time(c.last_seen), time(c.removed), c.source or "", since,
        )  # fmt: skip

    def listed_rows(self, people: Sequence[Listed]) -> tuple[tuple[str, ...], list[Row]]:
        """The columns that hold a value for any of the people new to the ledger, and their rows.

        A column empty for everyone (Instagram gives no ids, no sources) is left to its default.
        """
        list_text = self._list_text
        columns = {
            "display_name": [p.display_name for p in people],
            "handle": [p.handle or "" for p in people],
            "platform_id": [p.platform_id or "" for p in people],
            "lists": [list_text(p.lists) for p in people],
            "source": [p.source or "" for p in people],
            "since": iso_texts([p.since for p in people]),
        }
        kept = tuple(name for name, values in columns.items() if any(values))
        return kept, list(zip(*(columns[name] for name in kept), strict=True))


def write_batch(db: Database, batch: Batch) -> tuple[int | None, list[int]]:
    """Write the batch in one transaction; return the snapshot id (if any) and the new contact ids."""
    with db.transaction() as conn:
        return write_batch_in(conn, batch)


def write_batch_in(conn: sqlcipher3.Connection, batch: Batch) -> tuple[int | None, list[int]]:
    """Write the batch inside the caller's open transaction (with what else it writes there)."""
    at = batch.at.isoformat()
    encoder = _Encoder()
    row = encoder.row
    snapshot_id: int | None = None
    if batch.kind is not None:
        cur = conn.execute(
            "INSERT INTO snapshot (app_use_id, taken_at, kind, source) VALUES (?, ?, ?, ?)",
            (batch.app_use_id, at, batch.kind, batch.source),
        )
        snapshot_id = int(cur.lastrowid or 0)
    first = int(conn.execute("SELECT coalesce(max(id), 0) FROM contact").fetchone()[0]) + 1
    use_id, count = batch.app_use_id, len(batch.added)  # new contacts get the batch's app use id
    new_ids = list(range(first, first + count + len(batch.imported)))
    added = zip(new_ids, batch.added, strict=False)
    _INSERT.run(conn, [row(i, use_id, c) for i, c in added])
    if batch.imported:  # their ids follow on: SQLite gives each new row the largest id + 1
        columns, rows = encoder.listed_rows(batch.imported)
        with _checks_skipped(conn):
            _Insert((*_LISTED_SHARED, *columns), _LISTED_SHARED).run(conn, rows, (use_id, at))
    _UPDATE.run(conn, [row(c.id, c.app_use_id, c) for c in batch.updated])
    if batch.touch_present:
        conn.execute(
            "UPDATE contact SET last_seen = ? WHERE app_use_id = ? AND removed IS NULL AND source IS NOT ?",
            (at, batch.app_use_id, batch.manual_source),
        )
    conn.executemany(
        "INSERT INTO contact_event (contact_id, snapshot_id, at, kind, detail) VALUES (?, ?, ?, ?, ?)",
        [(cid, snapshot_id, at, kind, json.dumps(detail)) for cid, kind, detail in batch.events],
    )
    if snapshot_id is not None:
        summary = {**batch.summary, "added": new_ids}
        conn.execute(
            "UPDATE snapshot SET summary = ? WHERE id = ?", (orjson.dumps(summary).decode(), snapshot_id)
        )
    return snapshot_id, new_ids


def history(db: Database, contact_id: int) -> list[ContactEvent]:
    """A contact's history, oldest first."""
    rows = db.rows("SELECT * FROM contact_event WHERE contact_id = ? ORDER BY id", (contact_id,))
    return [
        ContactEvent(datetime.fromisoformat(r["at"]), r["kind"], json.loads(r["detail"]), r["snapshot_id"])
        for r in rows
    ]
