"""Matching an export against the ledger: who was added, removed, restored, renamed or changed lists.

A person in the export is the same as a contact of the ledger when they share the platform id;
else the handle (any case), unless both have different platform ids; else the display name, but only
when one side has neither id nor handle (a contact the parent typed in, or an export of names only).
Names are not unique: a name matches the first contact of that name not matched yet, preferring the
same "since" time, then one not removed, so namesakes keep their own history on every re-import.
Contacts the parent added by hand are never removed by an import, until an export lists them: from
then on they are followed like everyone imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from familyguard.contacts.gc_pause import gc_paused
from familyguard.importers import ImportedContact
from familyguard.storage.contact_batches import Event
from familyguard.storage.contacts import LedgerContact

MANUAL_SOURCE = "added by parent"
IMPORT_CHANGES = ("added", "restored", "removed", "renamed", "lists_changed", "updated")  # by weight


@dataclass
class ImportPlan:
    """What writing an export would change, computed before anything is written."""

    added: list[ImportedContact] = field(default_factory=list)  # new to the ledger, as the export has them
    updated: list[tuple[LedgerContact, LedgerContact]] = field(default_factory=list)  # before, after
    unchanged: int = 0

    @property
    def empty(self) -> bool:
        return not self.added and not self.updated

    def events(self) -> list[Event]:
        return [event for before, after in self.updated for event in change_events(before, after)]


def change_events(before: LedgerContact, after: LedgerContact) -> list[Event]:
    """The history entries that describe how a contact changed."""
    events: list[Event] = []
    cid = before.id
    if after.removed and not before.removed:
        events.append((cid, "removed", {}))
    if before.removed and not after.removed:
        events.append((cid, "restored", {}))
    if before.display_name != after.display_name:
        events.append((cid, "renamed", {"from": before.display_name, "to": after.display_name}))
    if before.handle != after.handle:
        events.append((cid, "handle", {"from": before.handle, "to": after.handle}))
    if before.lists != after.lists:
        detail = {"added": sorted(after.lists - before.lists), "removed": sorted(before.lists - after.lists)}
        events.append((cid, "lists", detail))
    if before.relation != after.relation:
        events.append((cid, "relation", {"from": before.relation, "to": after.relation}))
    if before.status != after.status or before.flag_reason != after.flag_reason:
        events.append((cid, after.status, {"reason": after.flag_reason} if after.flag_reason else {}))
    return events


class _Index:
    def __init__(self, existing: Sequence[LedgerContact]) -> None:
        self.by_id: dict[str, LedgerContact] = {}
        self.by_handle: dict[str, LedgerContact] = {}
        self.by_name: dict[str, list[LedgerContact]] = {}  # in ledger order
        for c in existing:
            if c.platform_id:
                self.by_id.setdefault(c.platform_id, c)
            if c.handle:
                self.by_handle.setdefault(c.handle.lower(), c)
            if c.display_name:
                namesakes = self.by_name.get(c.display_name)
                if namesakes is None:
                    self.by_name[c.display_name] = [c]
                else:
                    namesakes.append(c)
        self.used: set[int] = set()

    def match(self, item: ImportedContact) -> LedgerContact | None:
        found = self._find(item)
        if found is None or found.id in self.used:
            return None
        self.used.add(found.id)
        return found

    def _find(self, item: ImportedContact) -> LedgerContact | None:
        if item.platform_id and item.platform_id in self.by_id:
            return self.by_id[item.platform_id]
        if item.handle:
            found = self.by_handle.get(item.handle.lower())
            if found is not None and not (found.platform_id and item.platform_id):
                return found
        return self._namesake(item) if item.display_name else None

    def _namesake(self, item: ImportedContact) -> LedgerContact | None:
        """The unmatched contact of the item's name: same since first, then not removed, then first."""
        best: LedgerContact | None = None
        best_rank = -1
        for c in self.by_name.get(item.display_name, ()):
            if c.id in self.used or not (_anonymous(c) or _anonymous(item)):
                continue
            rank = 2 * (c.since == item.since) + (c.removed is None)
            if rank > best_rank:
                best, best_rank = c, rank
        return best


def _anonymous(c: LedgerContact | ImportedContact) -> bool:
    return not c.platform_id and not c.handle


def new_contact(item: ImportedContact, app_use_id: int, at: datetime) -> LedgerContact:
    """The ledger contact a person new to the ledger becomes: new, relation unknown, seen at `at`."""
    return LedgerContact(
        0, app_use_id, item.display_name, item.handle, item.platform_id, item.lists,
        "unknown", "new", None, at, at, None, item.source, item.since,
    )  # fmt: skip


def plan_import(
    existing: Sequence[LedgerContact], imported: Sequence[ImportedContact], at: datetime
) -> ImportPlan:
    """Compare an export with the ledger of one app use (removed contacts included)."""
    if not existing:  # a first import: everyone is new
        return ImportPlan(added=list(imported))
    index = _Index(existing)
    plan = ImportPlan()
    for item in imported:
        old = index.match(item)
        if old is None:
            plan.added.append(item)
            continue
        name = item.display_name or old.display_name
        handle = item.handle or old.handle
        pid = item.platform_id or old.platform_id
        source = item.source or (None if old.source == MANUAL_SOURCE else old.source)  # found: tracked now
        since = item.since or old.since
        if (name, handle, pid, item.lists, source, since, old.removed) == (
            old.display_name, old.handle, old.platform_id, old.lists, old.source, old.since, None
        ):  # fmt: skip
            plan.unchanged += 1
            continue
        new = replace(
            old, display_name=name, handle=handle, platform_id=pid, lists=item.lists,
            source=source, since=since, removed=None, last_seen=at,
        )  # fmt: skip
        plan.updated.append((old, new))
    for old in existing:
        if old.id not in index.used and old.removed is None and old.source != MANUAL_SOURCE:
            plan.updated.append((old, replace(old, removed=at)))
    return plan


Person = ImportedContact | LedgerContact
PersonChange = tuple[str, Person, LedgerContact | None]  # (change, the person after, before)


def change_kind(before: LedgerContact, after: LedgerContact) -> str:
    """What an import did to a person already in the ledger, the first that applies (IMPORT_CHANGES
    order): removed, restored, renamed (name or user name), lists_changed, else "updated" (only the
    account id, how or since when they were added)."""
    if after.removed and not before.removed:
        return "removed"
    if before.removed and not after.removed:
        return "restored"
    if (before.display_name, before.handle) != (after.display_name, after.handle):
        return "renamed"
    return "lists_changed" if before.lists != after.lists else "updated"


def people_changed(plan: ImportPlan) -> list[PersonChange]:
    """(change, the person as the import leaves them, as they were) for each person the import adds
    or changes (`change_kind`), in IMPORT_CHANGES order: the preview's list of who changes."""
    by_kind: dict[str, list[PersonChange]] = {kind: [] for kind in IMPORT_CHANGES}
    with gc_paused():  # a first import adds everyone: tens of thousands of rows
        by_kind["added"] = [("added", item, None) for item in plan.added]
        for before, after in plan.updated:
            kind = change_kind(before, after)
            by_kind[kind].append((kind, after, before))
        changed = by_kind.pop("added")
        for rows in by_kind.values():
            changed += rows
    return changed


def summary(plan: ImportPlan, extra: dict[str, Any]) -> dict[str, Any]:
    """The snapshot summary of an import: the diff against the previous snapshot, by contact id."""
    by_kind: dict[str, dict[int, None]] = {"removed": {}, "restored": {}, "renamed": {}, "lists": {}}
    for cid, kind, _ in plan.events():
        kind = "renamed" if kind == "handle" else kind  # a new user name is a rename to the parent
        if kind in by_kind:
            by_kind[kind][cid] = None
    ids = {kind: list(found) for kind, found in by_kind.items()}
    lists_changed = ids.pop("lists")
    return {**extra, **ids, "lists_changed": lists_changed, "unchanged": plan.unchanged}
