"""What each `familyguard talks …` command does, over the talks service (docs/cli.md)."""

from __future__ import annotations

import argparse
import locale
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from familyguard.app import FamilyGuard
from familyguard.errors import UsageError
from familyguard.phrase import phrase
from familyguard.talks.library import Topic
from familyguard.talks.service import talks_for
from familyguard.talks.suggestions import suggestions_for
from familyguard.talks.views import (
    band_view,
    due_view,
    guide_view,
    iso,
    log_view,
    plan_view,
    suggestion_view,
    topic_view,
    upcoming_view,
)

Handler = Callable[[FamilyGuard, argparse.Namespace], Any]
DEFAULT_COUNTRY = "GB"


def default_country() -> str:
    """The country of the computer's locale (en_US → US), else GB."""
    name = locale.getlocale()[0] or ""
    code = name.partition("_")[2][:2]
    return code.upper() if len(code) == 2 and code.isalpha() else DEFAULT_COUNTRY


def _when(moment: datetime | None) -> str:
    return f"{moment:%a %Y-%m-%d %H:%M}" if moment else "not planned (paused or finished)"


def _dates(dates: list[datetime]) -> str:
    return "\n".join(f"  {_when(d)}" for d in dates)


def _bullets(title: str, lines: tuple[str, ...] | list[str]) -> str:
    return "\n".join([title, *(f"  • {line}" for line in lines)])


def topics(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    items = talks_for(fg).library.topics
    text = "\n".join(f"{t.id:<18} {t.title:<48} ages {t.min_age}–{t.max_age}" for t in items)
    return [
        {k: v for k, v in topic_view(t).items() if k in ("id", "title", "min_age", "max_age")} for t in items
    ], text


def show(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    talks = talks_for(fg)
    topic: Topic = talks.topic(args.topic)
    if args.child:
        child = talks.child(args.child)
        bands = [topic.band_for_age(child.age(talks.now.date()))]
    else:
        bands = list(topic.bands.values())
    country = (args.country or default_country()).strip().upper()
    channels = talks.library.reporting(country)
    view = guide_view(topic, bands, country, channels)
    parts = [f"{topic.title} (ages {topic.min_age}–{topic.max_age})", topic.summary]
    for band in map(band_view, bands):
        parts += [
            f"— Ages {band['band']} —\nWhy it matters: {band['why']}",
            _bullets("Conversation openers:", band["openers"]),
            _bullets("Signs to watch for:", band["signs"]),
            _bullets("If something has happened:", band["if_happened"]),
        ]
    place = talks.library.countries.get(country, talks.library.countries["default"])
    parts.append(
        _bullets(
            f"Where to report and get help ({place}):", [f"{c.name}: {c.purpose} {c.url}" for c in channels]
        )
    )
    return view, "\n\n".join(parts)


def plan(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    talks = talks_for(fg)
    at = args.at or "19:00"
    new, dates = talks.plan(args.child, args.topic, args.every, at, args.start)
    view = plan_view(new, talks.find_plan(new.id)[1], talks.child_names(), dates[0])
    view["next_dates"] = [d.isoformat(timespec="minutes") for d in dates]
    topic = talks.topic(new.topic_id)
    text = f"Planned “{topic.title}” with {view['child']} (plan {new.id}), next:\n{_dates(dates)}"
    return view, text


def plan_list(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    talks = talks_for(fg)
    names = talks.child_names()
    rows = [(p, s, talks.next_due(p, s)) for p, s in talks.plans(args.child)]
    views = [plan_view(p, s, names, when) for p, s, when in rows]
    lines = [
        f"{p.id:>3}  {names[p.child_id]:<14} {p.topic_id:<18} {p.rule:<8} "
        f"{'paused' if p.paused else 'next ' + _when(when)}"
        for p, _, when in rows
    ]
    return views, "\n".join(
        lines
    ) or "No talks planned yet: plan one with 'familyguard talks plan CHILD TOPIC'."


def upcoming(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    talks = talks_for(fg)
    names = talks.child_names()
    items = talks.upcoming(args.days)
    lines = [
        f"{_when(u.when)}  plan {u.plan.id:>3}  {names[u.plan.child_id]:<14} {u.plan.topic_id}" for u in items
    ]
    return [upcoming_view(u, names) for u in items], "\n".join(
        lines
    ) or f"No talks in the next {args.days} days."


def due(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    talks = talks_for(fg)
    names = talks.child_names()
    items = talks.due()
    lines = [
        f"{'OVERDUE' if d.overdue else 'due':<8} {_when(d.occurrence)}  plan {d.plan.id:>3}  "
        f"{names[d.plan.child_id]:<14} {d.plan.topic_id}"
        for d in items
    ]
    return [due_view(d, names) for d in items], "\n".join(lines) or "Nothing is due."


def done(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    entry, next_due = talks_for(fg).done(args.plan, args.note)
    view = {
        "plan": args.plan,
        "done_at": entry.done_at.isoformat(timespec="minutes"),
        "next_due": iso(next_due),
    }
    return view, f"Logged the talk (plan {args.plan}). Next: {_when(next_due)}."


def snooze(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    until = talks_for(fg).snooze(args.plan, args.spec)
    return {
        "plan": args.plan,
        "snoozed_until": iso(until),
    }, f"Snoozed plan {args.plan} until {_when(until)}."


def skip(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    next_due = talks_for(fg).skip(args.plan)
    return {"plan": args.plan, "next_due": iso(next_due)}, f"Skipped. Next: {_when(next_due)}."


def pause(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    talks_for(fg).pause(args.plan)
    return {"plan": args.plan, "paused": True}, f"Paused plan {args.plan}: no reminders until you resume it."


def resume(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    next_due = talks_for(fg).resume(args.plan)
    return {
        "plan": args.plan,
        "paused": False,
        "next_due": iso(next_due),
    }, f"Resumed. Next: {_when(next_due)}."


def remove(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    removed = talks_for(fg).remove(args.plan)
    return {"removed": removed.id}, f"Removed plan {removed.id}; its talks stay in the log."


def talk_log(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    talks = talks_for(fg)
    child = talks.child(args.child)
    names = talks.child_names()
    views = [log_view(e, names) for e in talks.log(child)]
    lines = [f"{v['done_at']}  {v['topic']:<18} {v['note']}" for v in views]
    return views, "\n".join(lines) or f"No talks logged for {child.name} yet."


def export(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    data = talks_for(fg).export(args.child)
    path = Path(args.file)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise UsageError(
            phrase("errors", "cannot write {path}: {reason}.", path=str(path), reason=exc.strerror),
            hint=phrase("errors", "Choose a folder you can write to."),
        ) from None
    return {"file": str(path), "bytes": len(data)}, f"Wrote {path}: import it into your calendar program."


def _suggestion_lines(items: list[Any], names: Mapping[int, str]) -> str:
    views = [suggestion_view(s, names) for s in items]
    return "\n".join(f"{v['id']:>3}  {v['child']:<14} {v['topic']:<18} {v['reason']}" for v in views)


def suggestions(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    talks = talks_for(fg)
    service = suggestions_for(fg, talks)
    children = [talks.child(args.child)] if args.child else fg.household.children.all()
    for child in children:
        service.suggest(child)
    names = talks.child_names()
    items = [s for c in children for s in service.open(c)]
    text = _suggestion_lines(items, names)
    hint = "\nPlan one with 'familyguard talks accept ID', or 'familyguard talks dismiss ID'."
    return [suggestion_view(s, names) for s in items], (text + hint) if text else "No talks to suggest now."


def accept(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    talks = talks_for(fg)
    new, dates = suggestions_for(fg, talks).accept(args.suggestion, args.every, args.at, args.start)
    view = plan_view(new, talks.find_plan(new.id)[1], talks.child_names(), dates[0])
    return view, f"Planned “{talks.topic(new.topic_id).title}” (plan {new.id}), next:\n{_dates(dates)}"


def dismiss(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    talks = talks_for(fg)
    item = suggestions_for(fg, talks).dismiss(args.suggestion)
    return suggestion_view(item, talks.child_names()) | {
        "status": "dismissed"
    }, f"Dismissed suggestion {item.id}."


TALKS_HANDLERS: dict[tuple[str, str | None], Handler] = {
    ("talks", "topics"): topics,
    ("talks", "show"): show,
    ("talks", "plan"): plan,
    ("talks", "list"): plan_list,
    ("talks", "upcoming"): upcoming,
    ("talks", "due"): due,
    ("talks", "done"): done,
    ("talks", "snooze"): snooze,
    ("talks", "skip"): skip,
    ("talks", "pause"): pause,
    ("talks", "resume"): resume,
    ("talks", "remove"): remove,
    ("talks", "log"): talk_log,
    ("talks", "export"): export,
    ("talks", "suggestions"): suggestions,
    ("talks", "accept"): accept,
    ("talks", "dismiss"): dismiss,
}
