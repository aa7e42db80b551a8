"""What each `familyguard friends …` command does, over the friend ledger."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from familyguard.app import FamilyGuard
from familyguard.contacts.csv_export import write_csv
from familyguard.contacts.signals import Signal, who
from familyguard.domain import AppUse
from familyguard.storage.contacts import LedgerContact

Handler = Callable[[FamilyGuard, argparse.Namespace], Any]


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def contact_view(c: LedgerContact, use: AppUse) -> dict[str, Any]:
    """The keys of `friends list --json` (docs/cli.md), plus flag reason, source and since."""
    return {
        "id": c.id,
        "app": use.app_id,
        "name": c.display_name,
        "handle": c.handle,
        "platform_id": c.platform_id,
        "lists": sorted(c.lists),
        "relation": c.relation,
        "status": c.status,
        "first_seen": c.first_seen.isoformat(),
        "last_seen": c.last_seen.isoformat(),
        "removed": _iso(c.removed),
        "flag_reason": c.flag_reason,
        "source": c.source,
        "since": _iso(c.since),
    }


def signal_view(s: Signal) -> dict[str, Any]:
    """The keys of `friends signals --json`: kind, contacts, children, apps, explanation (+ score, fields)."""
    view: dict[str, Any] = {
        "kind": s.kind,
        "contacts": [
            {**contact_view(i.contact, i.use), "child": i.child.name, "reason": i.reason} for i in s.involved
        ],
        "children": s.children,
        "apps": s.apps,
        "explanation": s.explanation,
    }
    if s.score is not None:
        view.update(score=s.score, fields=s.fields)
    return view


def _app_note(added: bool, use: AppUse | None, child: str) -> str:
    return f"Added {use.name} to {child}'s apps. " if added and use else ""


def _name_column(c: LedgerContact) -> str:
    """The name column of `friends list`: the name, or the platform id when the handle is missing too."""
    return c.display_name if c.display_name or c.handle else who(c)


def friends_import(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    child = fg.household.find_child(args.child)
    result = fg.ledger.import_export(child, [Path(p) for p in args.paths], args.app)
    report = result.report()
    lists = ", ".join(f"{name} {count}" for name, count in report["lists"].items()) or "no lists"
    title = fg.ledger.app_title(report["platform"])
    text = (
        f"{_app_note(result.app_added, result.use, child.name)}{title} export for "
        f"{child.name}: {lists}. {report['added']} added, {report['removed']} removed, "
        f"{report['changed']} changed, {report['unchanged']} unchanged."
    )
    if result.snapshot_id is None and result.use is None:
        text += " Nothing new: nothing was written."
    elif result.snapshot_id is None:
        text += " Nothing new since the last import: noted that you checked the list today."
    return report, "\n".join([text, *report["notes"]])


def friends_add(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    child = fg.household.find_child(args.child)
    contact, use, added = fg.ledger.add_contact(child, args.app, args.name, args.handle, args.relation)
    view = {**contact_view(contact, use), "app_added": added}
    return (
        view,
        f"{_app_note(added, use, child.name)}Added {contact.display_name} (id {contact.id}) to {use.name}.",
    )


def friends_list(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    child = fg.household.find_child(args.child)
    removed = args.removed or args.changed  # the last import may have removed some
    found = fg.ledger.listed(child, args.app, new=args.new, flagged=args.flagged, removed=removed)
    changes = fg.ledger.last_import_changes(child) if args.changed else {}
    if args.changed:
        found = [(c, use) for c, use in found if c.id in changes]
    views = [contact_view(c, use) | ({"change": changes[c.id]} if changes else {}) for c, use in found]
    lines = [
        f"{v['id']:>6}  {v['app']:<12} {_name_column(c)[:24]:<24}"
        f" {('@' + v['handle']) if v['handle'] else '-':<22} {v['status']:<9}"
        f" {v['relation']:<14}{'  removed' if v['removed'] else ''}"
        f"{'  last import: ' + v['change'] if 'change' in v else ''}"
        for v, (c, _) in zip(views, found, strict=True)
    ]
    return views, "\n".join(lines) or f"No contacts for {child.name} match."


def friends_review(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    child = fg.household.find_child(args.child)
    count = fg.ledger.review(child, args.app)
    return {"reviewed": count}, f"Marked {count} new contact(s) of {child.name} as reviewed."


def friends_flag(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    ledger = fg.ledger
    contact = ledger.flag(args.contact_id, args.reason)
    view = contact_view(contact, fg.household.apps.get(contact.app_use_id))
    return view, f"Flagged {who(contact)} (id {contact.id})."


def friends_set(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    contact = fg.ledger.set_relation(args.contact_id, args.relation)
    view = contact_view(contact, fg.household.apps.get(contact.app_use_id))
    return view, f"{who(contact)} (id {contact.id}) is now: {contact.relation}."


def friends_signals(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    signals = fg.ledger.signals()
    views = [signal_view(s) for s in signals]
    return views, "\n".join(
        f"[{s.kind}] {s.explanation}" for s in signals
    ) or "No signals: nothing stands out."


def friends_export(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    child = fg.household.find_child(args.child)
    count = write_csv(Path(args.file), fg.ledger.listed(child, args.app))
    return {"exported": count, "file": args.file}, f"Saved {count} contact(s) of {child.name} to {args.file}."


FRIENDS_HANDLERS: dict[tuple[str, str | None], Handler] = {
    ("friends", "import"): friends_import,
    ("friends", "add"): friends_add,
    ("friends", "list"): friends_list,
    ("friends", "review"): friends_review,
    ("friends", "flag"): friends_flag,
    ("friends", "set"): friends_set,
    ("friends", "signals"): friends_signals,
    ("friends", "export"): friends_export,
}
