"""Import work off the GUI thread, each job on a database connection of its own.

`ExportReader` reads the export and compares it with the ledger (`Ledger.prepare_import`, which
writes nothing) and counts the preview; `write_import` (run in a `BackgroundJob`) writes it
(`Ledger.commit_import`, one transaction).

Why a connection per job: the household's connection belongs to the GUI thread. It is opened with
check_same_thread=False, so a worker could use it, but a connection is one transaction at a time:
while a worker wrote the import, the GUI's reads would see its uncommitted rows and a GUI write
(a reminder marked done) would join or break its transaction. A job's own connection
(`Database.open_another`, opened and closed in the worker) keeps them apart: with WAL the GUI goes on
reading the last committed state while the job writes, and sees the import once it is committed.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from PySide6.QtCore import Signal

from familyguard.contacts.matching import change_kind
from familyguard.domain import Child
from familyguard.gui.background import Worker

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard
    from familyguard.contacts.ledger import ImportResult, Ledger, PreparedImport
    from familyguard.contacts.signals import Signal as ContactSignal
    from familyguard.storage.contacts import LedgerContact

Counts = dict[str, dict[str, int]]
T = TypeVar("T")


@contextmanager
def own_ledger(fg: FamilyGuard) -> Iterator[Ledger]:
    """The ledger over a new connection to fg's household, for the calling thread; closed after."""
    from familyguard.app import FamilyGuard

    own = FamilyGuard(fg.db.open_another(), fg.clock)
    try:
        yield own.ledger
    finally:
        own.close()


def with_own_ledger(fg: FamilyGuard, work: Callable[[Ledger], T]) -> T:
    """Run work with a ledger of its own (in a worker thread)."""
    with own_ledger(fg) as ledger:
        return work(ledger)


def write_import(fg: FamilyGuard, prepared: PreparedImport) -> WrittenImport:
    """Write a previewed import in one transaction, on a connection of the calling thread's own, then
    work out the household's contacts and warning signs there too (for `Ledger.adopt`)."""

    def write(ledger: Ledger) -> WrittenImport:
        result = ledger.commit_import(prepared)
        return WrittenImport(result, ledger.contacts.present(), ledger.signals())

    return with_own_ledger(fg, write)


class WrittenImport(NamedTuple):
    """A written import, with what the household's contacts and warning signs are now."""

    result: ImportResult
    present: list[LedgerContact]
    signals: list[ContactSignal]


class ExportReader(Worker):
    """Reads and compares an export off the GUI thread; reports through queued Qt signals."""

    progressed = Signal(int, int)
    prepared = Signal(object, object, object)  # (reader, PreparedImport, preview counts)
    failed = Signal(object, object)  # (reader, exception)
    cancelled = Signal(object)  # (reader)

    def __init__(self, fg: FamilyGuard, child: Child, paths: Sequence[Path], app: str | None) -> None:
        super().__init__()
        self._fg, self._child, self._paths, self._app = fg, child, list(paths), app
        self._stop = threading.Event()

    def stop(self) -> None:
        """Ask the reader to stop at its next poll; it reports `cancelled`, nothing is written."""
        self._stop.set()

    def run(self) -> None:
        from familyguard.importers.model import ImportCancelled

        try:
            with own_ledger(self._fg) as ledger:
                result = ledger.prepare_import(
                    self._child,
                    self._paths,
                    app=self._app,
                    progress=lambda done, total: self.progressed.emit(done, total),
                    should_cancel=self._stop.is_set,
                )
            counts = preview_counts(result)
        except ImportCancelled:
            self.cancelled.emit(self)
        except Exception as exc:  # shown as one dialog on the GUI thread
            self.failed.emit(self, exc)
        else:
            if self._stop.is_set():
                self.cancelled.emit(self)
            else:
                self.prepared.emit(self, result, counts)


def preview_counts(prepared: PreparedImport) -> Counts:
    """Per list (and "total"): found in the file, added, removed, renamed, unchanged."""
    plan = prepared.plan
    lists: dict[str, Counter[str]] = {name: Counter() for name in prepared.parsed.list_counts}
    total: Counter[str] = Counter()

    def count(key: str, names: frozenset[str]) -> None:
        total[key] += 1
        for name in names:
            lists.setdefault(name, Counter())[key] += 1

    for contact in plan.added:
        count("added", contact.lists)
    for before, after in plan.updated:
        kind = change_kind(before, after)  # as the preview's list of people says
        if kind == "removed":
            count("removed", before.lists)
            continue
        count("changed", after.lists)
        if kind == "renamed":
            count("renamed", after.lists)
    result: dict[str, dict[str, int]] = {}
    for name, counter in lists.items():
        found = prepared.parsed.list_counts.get(name, 0)
        unchanged = max(0, found - counter["added"] - counter["changed"])
        result[name] = {
            "found": found,
            "added": counter["added"],
            "removed": counter["removed"],
            "renamed": counter["renamed"],
            "changed": counter["changed"] - counter["renamed"],
            "unchanged": unchanged,
        }
    result["total"] = {
        "found": len(prepared.parsed.contacts),
        "added": total["added"],
        "removed": total["removed"],
        "renamed": total["renamed"],
        "changed": total["changed"] - total["renamed"],
        "unchanged": plan.unchanged,
    }
    return result
