"""Reading an export off the GUI thread (`ExportReader`) and counting what importing it would change."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, Signal

from familyguard.domain import Child

if TYPE_CHECKING:
    from familyguard.contacts.ledger import Ledger, PreparedImport


class ExportReader(QThread):
    """Runs Ledger.prepare_import off the GUI thread; reports through Qt signals (queued)."""

    progressed = Signal(int, int)
    prepared = Signal(object, object)  # (reader, PreparedImport)
    failed = Signal(object, object)  # (reader, exception)
    cancelled = Signal(object)  # (reader)

    def __init__(self, ledger: Ledger, child: Child, paths: Sequence[Path], app: str | None) -> None:
        super().__init__()
        self._ledger, self._child, self._paths, self._app = ledger, child, list(paths), app
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def run(self) -> None:
        from familyguard.importers.model import ImportCancelled

        try:
            result = self._ledger.prepare_import(
                self._child,
                self._paths,
                app=self._app,
                progress=lambda done, total: self.progressed.emit(done, total),
                should_cancel=self._stop.is_set,
            )
        except ImportCancelled:
            self.cancelled.emit(self)
        except Exception as exc:  # shown as one dialog on the GUI thread
            self.failed.emit(self, exc)
        else:
            if self._stop.is_set():
                self.cancelled.emit(self)
            else:
                self.prepared.emit(self, result)


def preview_counts(prepared: PreparedImport) -> dict[str, dict[str, int]]:
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
        if after.removed and not before.removed:
            count("removed", before.lists)
            continue
        count("changed", after.lists)
        if before.display_name != after.display_name:
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
