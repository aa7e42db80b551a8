"""The friend ledger: imports as snapshots, the parent's edits, review, flags and relations."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, NamedTuple

from familyguard.contacts.gc_pause import gc_paused
from familyguard.contacts.matching import (
    IMPORT_CHANGES,
    MANUAL_SOURCE,
    ImportPlan,
    change_events,
    change_kind,
    plan_import,
    summary,
)
from familyguard.contacts.signals import Signal, find_signals
from familyguard.domain import RELATIONS, AppUse, Child, Clock
from familyguard.errors import BadInputError, NotFoundError, UsageError
from familyguard.household import Household, close_matches
from familyguard.importers import ParsedExport, read_export
from familyguard.importers.detect import PLATFORMS
from familyguard.phrase import phrase
from familyguard.storage.contact_batches import Batch, ContactEvent, history, write_batch, write_batch_in
from familyguard.storage.contacts import ContactRepository, LedgerContact

MAX_NAME = 200


@dataclass(frozen=True)
class PreparedImport:
    """A parsed and validated export and what it would change: shown before it is written."""

    child: Child
    app_id: str
    use: AppUse | None  # None: writing the import adds the app to the child (unless nothing changes)
    parsed: ParsedExport
    plan: ImportPlan
    source: str


@dataclass(frozen=True)
class ImportResult:
    """What an import found (per list) and changed."""

    prepared: PreparedImport
    use: AppUse | None  # None: nothing was written, and the child has not got the app
    app_added: bool
    snapshot_id: int | None  # None: nothing changed (only the check was noted, on an existing app use)

    def report(self) -> dict[str, Any]:
        """The keys of `friends import --json` (docs/cli.md), plus details."""
        plan = self.prepared.plan
        removed = sum(1 for before, after in plan.updated if change_kind(before, after) == "removed")
        return {
            "platform": self.prepared.parsed.platform,
            "app": self.prepared.app_id,
            "lists": dict(self.prepared.parsed.list_counts),
            "added": len(plan.added),
            "removed": removed,
            "unchanged": plan.unchanged,
            "changed": len(plan.updated) - removed,
            "app_added": self.app_added,
            "snapshot": self.snapshot_id,
            "notes": list(self.prepared.parsed.notes),
        }


class _Target(NamedTuple):
    """The app the parent named for an import or a person added by hand."""

    app_id: str
    name: str
    use: AppUse | None  # the child's use of the app; None: the child has not got it yet


class Ledger:
    """Every change to the children's contacts goes through here (CLI and GUI alike)."""

    def __init__(self, contacts: ContactRepository, household: Household, clock: Clock) -> None:
        self.contacts = contacts
        self.household = household
        self.clock = clock
        self._signals: tuple[tuple[int, int], list[Signal]] | None = None  # (the data's change mark, signals)

    def prepare_import(
        self,
        child: Child,
        paths: Sequence[Path],
        app: str | None = None,
        progress: Callable[[int, int], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> PreparedImport:
        """Read and validate the whole export and compute the change; nothing is written."""
        target = self._target(child, app) if app else None
        with gc_paused():
            parsed = read_export(paths, progress=progress, should_cancel=should_cancel)
        file_app = parsed.platform  # an export's platform, or the app a CSV file's app column names
        if file_app not in PLATFORMS:
            file_app = self._named_in_file(child, file_app, paths[0]).app_id
        if target and file_app not in ("csv", target.app_id):
            raise _wrong_app(self.app_title(file_app), target, paths[0])
        app_id = target.app_id if target else file_app
        if app_id == "csv":
            raise UsageError(
                phrase("errors", "a CSV file can be for any app."),
                hint=phrase("errors", "Name the app with --app APP."),
            )
        use = target.use if target else self._use_of(child, app_id)
        with gc_paused():
            existing = self.contacts.for_app_use(use.id) if use else []
            plan = plan_import(existing, parsed.contacts, self.clock.now())
        return PreparedImport(child, app_id, use, parsed, plan, ", ".join(p.name for p in paths))

    def commit_import(self, prepared: PreparedImport) -> ImportResult:
        """Write a prepared import as one snapshot in one transaction, with the app if the child has
        not got it yet; when nothing changed, only note that the list was checked."""
        plan = prepared.plan
        if plan.empty:  # the ledger stays as it is; only the check is noted (the list is not old)
            if prepared.use is not None:
                self.household.apps.mark_lists_checked(prepared.use.id, self.clock.now())
            return ImportResult(prepared, prepared.use, False, None)
        extra = {"platform": prepared.parsed.platform, "lists": prepared.parsed.list_counts}

        def batch(use: AppUse) -> Batch:
            return Batch(
                use.id,
                self.clock.now(),
                "import",
                prepared.source,
                imported=plan.added,
                updated=[after for _, after in plan.updated],
                events=plan.events(),
                summary=summary(plan, extra),
                touch_present=plan.unchanged > 0,
                manual_source=MANUAL_SOURCE,
            )

        with gc_paused():
            use, snapshot_id, _ = self._write(prepared.child, prepared.use, prepared.app_id, batch)
        return ImportResult(prepared, use, prepared.use is None, snapshot_id)

    def import_export(self, child: Child, paths: Sequence[Path], app: str | None = None) -> ImportResult:
        """Read, validate and write an export: all or nothing."""
        return self.commit_import(self.prepare_import(child, paths, app))

    def add_contact(
        self, child: Child, app: str, name: str, handle: str | None = None, relation: str = "unknown"
    ) -> tuple[LedgerContact, AppUse, bool]:
        """Add a person by hand (a manual snapshot); the app is added to the child if needed."""
        name, handle = _clean(name, "name"), _clean(handle or "", "handle").removeprefix("@") or None
        _check_relation(relation)
        target = self._target(child, app)
        now = self.clock.now()
        contact = LedgerContact(
            0,
            0,  # the app use's id, known once it is written: new contacts take their batch's
            name,
            handle,
            None,
            frozenset(),
            relation,
            "reviewed",
            None,
            now,
            now,
            None,
            MANUAL_SOURCE,
        )
        use, _, (new_id,) = self._write(
            child,
            target.use,
            target.app_id,
            lambda use: Batch(
                use.id, now, "manual", "parent", added=[contact], summary={"removed": [], "renamed": []}
            ),
        )
        return replace(contact, id=new_id, app_use_id=use.id), use, target.use is None

    def edit_contact(
        self, contact_id: str, *, name: str | None = None, handle: str | None = None
    ) -> LedgerContact:
        """Change a contact's name or handle by hand (a manual snapshot)."""
        old = self.find(contact_id)
        new = replace(
            old,
            display_name=_clean(name, "name") if name is not None else old.display_name,
            handle=(_clean(handle, "handle").removeprefix("@") or None) if handle is not None else old.handle,
        )
        renamed = [old.id] if new.display_name != old.display_name else []
        return self._manual(old, new, {"removed": [], "renamed": renamed})

    def remove_contact(self, contact_id: str) -> LedgerContact:
        """Mark a contact as no longer on the child's lists (a manual snapshot)."""
        old = self.find(contact_id)
        return self._manual(old, replace(old, removed=self.clock.now()), {"removed": [old.id], "renamed": []})

    def flag(self, contact_id: str, reason: str = "") -> LedgerContact:
        """Flag a contact for a conversation, with the parent's reason."""
        old = self.find(contact_id)
        return self._change(old, replace(old, status="flagged", flag_reason=reason.strip() or None))

    def set_relation(self, contact_id: str, relation: str) -> LedgerContact:
        """Say how the child knows the person."""
        _check_relation(relation)
        old = self.find(contact_id)
        return self._change(old, replace(old, relation=relation))

    def review(self, child: Child, app: str | None = None) -> int:
        """Mark everything new (for the child, or one app) as seen; return how many."""
        uses = [self.household.find_app_use(child, app)] if app else self.household.apps.for_child(child.id)
        return self.contacts.review([u.id for u in uses], self.clock.now())

    def review_contacts(self, contact_ids: Sequence[int]) -> int:
        """Mark these contacts as seen (those still new and on a list); return how many."""
        return self.contacts.review_contacts(contact_ids, self.clock.now())

    def listed(
        self,
        child: Child,
        app: str | None = None,
        *,
        new: bool = False,
        flagged: bool = False,
        removed: bool = False,
    ) -> list[tuple[LedgerContact, AppUse]]:
        """The child's contacts (present ones unless removed=True), filtered."""
        uses = [self.household.find_app_use(child, app)] if app else self.household.apps.for_child(child.id)
        by_id = {u.id: u for u in uses}
        found = self.contacts.for_app_uses(list(by_id), present=not removed)
        return [
            (c, by_id[c.app_use_id])
            for c in found
            if (not new or c.status == "new") and (not flagged or c.status == "flagged")
        ]

    def diff(self, use: AppUse) -> dict[str, Any]:
        """The latest snapshot of an app use against the one before: ids added, removed, renamed…"""
        latest = self.contacts.latest_snapshot(use.id)
        if latest is None:
            return {}
        snapshot, changes = latest
        return {
            "snapshot": snapshot.id,
            "kind": snapshot.kind,
            "taken_at": snapshot.taken_at.isoformat(),
            **changes,
        }

    def last_import_changes(self, child: Child) -> dict[int, str]:
        """Who each of the child's apps' latest import changed, by contact id: "added", "restored",
        "removed", "renamed" or "lists_changed" (the first of these that applies)."""
        uses = [use.id for use in self.household.apps.for_child(child.id)]
        changes: dict[int, str] = {}
        for diff in self.contacts.latest_import_summaries(uses):
            for kind in reversed(IMPORT_CHANGES):
                changes.update(dict.fromkeys(diff.get(kind, ()), kind))
        return changes

    def history(self, contact_id: str) -> list[ContactEvent]:
        return history(self.contacts.db, self.find(contact_id).id)

    def signals(self) -> list[Signal]:
        """Every signal over the household's present contacts.

        Worked out once per change of the household's data: the risk of every child, the talk
        suggestions and the Family page all ask for them, and over a large household it takes a while.
        """
        mark = self.contacts.db.change_mark()
        if self._signals is None or self._signals[0] != mark:
            children = {c.id: c for c in self.household.children.all()}
            uses = {u.id: u for cid in children for u in self.household.apps.for_child(cid)}
            self._signals = (mark, find_signals(self.contacts.present(), uses, children))
        return list(self._signals[1])

    def adopt(self, present: list[LedgerContact], signals: list[Signal]) -> None:
        """Take the present contacts and warning signs another connection worked out right after its
        own write (an import worker's, before anything else changed) as this ledger's, so the window
        need not work them out again on its own thread."""
        self.contacts.adopt_present(present)
        self._signals = (self.contacts.db.change_mark(), list(signals))

    def find(self, contact_id: str) -> LedgerContact:
        """A contact by id; NotFoundError suggests ids of contacts whose name looks like the text."""
        found = self.contacts.get(int(contact_id)) if contact_id.strip().isdigit() else None
        if found is not None:
            return found
        names = {f"{name or handle} (id {cid})": cid for cid, name, handle in self.contacts.names()}
        raise NotFoundError(phrase("errors", "contact"), contact_id, close_matches(contact_id, list(names)))

    def _target(self, child: Child, app: str) -> _Target:
        """The app APP names: one of the child's own (custom ones too), else one from the catalogue."""
        use = self.household.get_app_use(child, app)
        if use is not None:
            return _Target(use.app_id, use.name, use)
        entry = self.household.catalogue.find(app)
        return _Target(entry.id, entry.name, None)

    def _named_in_file(self, child: Child, app: str, path: Path) -> _Target:
        """The app a CSV file's app column names: the child's app of that id (a custom one from the
        app's own export too), else as --app APP would find it (an alias, a name)."""
        use = self._use_of(child, app)
        if use is not None:
            return _Target(use.app_id, use.name, use)
        try:
            return self._target(child, app)
        except NotFoundError as exc:
            raise BadInputError(
                phrase(
                    "errors", "its app column names {app}, an app FamilyGuard does not know.", app=repr(app)
                ),
                path=path,
                hint=phrase(
                    "errors",
                    "Write the app as familyguard catalog list shows it (e.g. instagram, roblox), or leave "
                    "the column empty and choose the app on import.",
                ),
            ) from exc

    def app_title(self, app_id: str) -> str:
        """An app's name for the parent: its export's title, else its catalogue name (a CSV file
        may name any app)."""
        if app_id in PLATFORMS:
            return PLATFORMS[app_id].title
        entry = self.household.catalogue.get(app_id)
        return entry.name if entry else app_id

    def _use_of(self, child: Child, app_id: str) -> AppUse | None:
        """The child's use of the app with this id, if the child has it."""
        return next((u for u in self.household.apps.for_child(child.id) if u.app_id == app_id), None)

    def _write(
        self, child: Child, use: AppUse | None, app_id: str, batch: Callable[[AppUse], Batch]
    ) -> tuple[AppUse, int | None, list[int]]:
        """Write the batch for the child's use of the app in one transaction, first adding the app
        to the child (use None) in that same transaction: a failed write leaves no app behind."""
        with self.contacts.db.transaction() as conn:
            use = use or self.household.add_app(child, app_id, conn=conn)
            return (use, *write_batch_in(conn, batch(use)))

    def _manual(self, old: LedgerContact, new: LedgerContact, diff: dict[str, Any]) -> LedgerContact:
        batch = Batch(
            old.app_use_id, self.clock.now(), "manual", "parent", updated=[new],
            events=change_events(old, new), summary=diff,
        )  # fmt: skip
        write_batch(self.contacts.db, batch)
        return new

    def _change(self, old: LedgerContact, new: LedgerContact) -> LedgerContact:
        batch = Batch(old.app_use_id, self.clock.now(), updated=[new], events=change_events(old, new))
        write_batch(self.contacts.db, batch)
        return new


def _wrong_app(title: str, wanted: _Target, path: Path) -> BadInputError:
    """The refusal of an export from another app (title) than the one the parent named."""
    howto = PLATFORMS.get(wanted.app_id, PLATFORMS["csv"]).howto  # apps without an export: a CSV file
    return BadInputError(
        phrase("errors", "this is an export from {app}, not from {wanted}.", app=title, wanted=wanted.name),
        path=path,
        hint=phrase(
            "errors",
            "To import it, choose {app} as the app. To import {wanted}'s friends instead: {howto}",
            app=title,
            wanted=wanted.name,
            howto=howto,
        ),
    )


def _clean(text: str, what: str) -> str:
    text = " ".join(text.split())
    if what == "name" and not text:
        raise UsageError(
            phrase("errors", "the name is empty."),
            hint=phrase("errors", "Type the name the child sees on the app."),
        )
    if len(text) > MAX_NAME:
        raise UsageError(
            phrase(
                "errors",
                "the name is longer than {count} characters."
                if what == "name"
                else "the handle is longer than {count} characters.",
                count=MAX_NAME,
            )
        )
    return text


def _check_relation(relation: str) -> None:
    if relation not in RELATIONS:
        raise UsageError(
            phrase("errors", "unknown relation '{relation}'.", relation=relation),
            hint=phrase("errors", "Use one of: {names}.", names=", ".join(RELATIONS)),
        )
