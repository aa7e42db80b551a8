"""What each `familyguard` command does, over the same services as the window."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from familyguard.app import FamilyGuard
from familyguard.catalog import load_catalogue
from familyguard.commands_friends import FRIENDS_HANDLERS
from familyguard.commands_talks import TALKS_HANDLERS
from familyguard.domain.app_settings import parse_setting
from familyguard.errors import UsageError
from familyguard.phrase import phrase
from familyguard.risk.assess import app_profile
from familyguard.risk.views import app_profile_view, child_risk_view
from familyguard.views import app_use_view, catalogue_view, child_view

Handler = Callable[[FamilyGuard, argparse.Namespace], Any]


def child_add(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    child = fg.household.add_child(args.name, args.born)
    return child_view(child, fg.clock.today()), f"Added {child.name} ({child.age(fg.clock.today())})."


def child_list(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    views = [child_view(c, fg.clock.today()) for c in fg.household.children.all()]
    lines = [f"{v['id']:>3}  {v['name']:<20} born {v['born']}  age {v['age']}" for v in views]
    return views, "\n".join(
        lines
    ) or "No children yet: add one with 'familyguard child add NAME --born YYYY-MM-DD'."


def child_remove(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    child = fg.household.find_child(args.child)
    fg.household.remove_child(child)
    return {"removed": child.id}, f"Removed {child.name} and everything recorded for them."


def app_add(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    child = fg.household.find_child(args.child)
    if args.custom:
        use = fg.household.add_custom_app(child, args.custom, args.feature, args.handle)
    elif args.app:
        settings = dict(parse_setting(s) for s in args.set)
        use = fg.household.add_app(child, args.app, args.handle, settings)
    else:
        raise UsageError(
            phrase("errors", "name an app, or a custom one with --custom NAME --feature FEATURE.")
        )
    return app_use_view(use), f"Added {use.name} to {child.name}'s apps."


def app_list(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    child = fg.household.find_child(args.child)
    views = [app_use_view(u) for u in fg.household.apps.for_child(child.id)]
    lines = [f"{v['app']:<18} {v['name']:<20} {v['handle'] or '-':<16} added {v['added']}" for v in views]
    return views, "\n".join(lines) or f"{child.name} has no apps yet."


def app_remove(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    child = fg.household.find_child(args.child)
    use = fg.household.find_app_use(child, args.app)
    fg.household.remove_app(use)
    return {"removed": use.app_id}, f"Removed {use.name} from {child.name}'s apps."


def catalog_list(_fg: FamilyGuard | None, args: argparse.Namespace) -> Any:
    views = [catalogue_view(a) for a in load_catalogue().apps]
    lines = [f"{v['id']:<18} {v['name']:<22} {v['min_age']:>2}+  {v['status']}" for v in views]
    return views, "\n".join(lines)


def catalog_show(fg: FamilyGuard | None, args: argparse.Namespace) -> Any:
    entry = load_catalogue().find(args.app)
    profile = fg.risk.app(entry) if fg else app_profile(entry)
    view = {**catalogue_view(entry, full=True), "dimensions": app_profile_view(profile)}
    lines = [f"{entry.name} ({entry.id}) — minimum age {entry.min_age}, {entry.status}", entry.summary, ""]
    for dimension in profile.dimensions:
        lines.append(f"{dimension.id:<22} {dimension.level}")
        lines += [f"    - {reason.text}" for reason in dimension.reasons]
    return view, "\n".join(lines)


def catalog_correct(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    entry = fg.catalogue.find(args.app)
    if args.reset:
        fg.risk.forget_correction(entry, args.feature)
        return {
            "app": entry.id,
            "feature": args.feature,
            "value": None,
        }, f"{entry.name}: back to the catalogue's fact."
    if args.value is None:
        raise UsageError(
            phrase("errors", "give the value you found (yes, no, partial or unknown), or --reset.")
        )
    fg.risk.correct(entry, args.feature, args.value, args.note)
    text = f"{entry.name}: {args.feature} is now '{args.value}' (your correction)."
    return {"app": entry.id, "feature": args.feature, "value": args.value, "note": args.note}, text


def risk_child(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    risk = fg.risk.child(fg.household.find_child(args.child))
    lines = [f"{risk.child_name}: overall {risk.overall}", ""]
    for app in risk.apps:
        raised = [f"{d.id} {d.level}" for d in app.dimensions if d.level in ("medium", "high")]
        lines.append(f"{app.name:<20} {app.overall:<7} {', '.join(raised)}")
    if risk.next_steps:
        lines += ["", "What to do next:", *[f"  - {action.text}" for action in risk.next_steps]]
    return child_risk_view(risk), "\n".join(lines)


# Reading the bundled catalogue needs no household: these never create one.
WITHOUT_HOUSEHOLD: dict[tuple[str, str], Callable[[FamilyGuard | None, argparse.Namespace], Any]] = {
    ("catalog", "list"): catalog_list,
    ("catalog", "show"): catalog_show,
}

HANDLERS: dict[tuple[str, str | None], Handler] = {
    ("child", "add"): child_add,
    ("child", "list"): child_list,
    ("child", "remove"): child_remove,
    ("app", "add"): app_add,
    ("app", "list"): app_list,
    ("app", "remove"): app_remove,
    ("catalog", "list"): catalog_list,
    ("catalog", "show"): catalog_show,
    ("catalog", "correct"): catalog_correct,
    ("risk", None): risk_child,
}
HANDLERS.update(FRIENDS_HANDLERS)
HANDLERS.update(TALKS_HANDLERS)
