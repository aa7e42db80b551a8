"""Plain-dict views of talks, in the shapes of the CLI contract (docs/cli.md), shared by every face."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from familyguard.domain import TalkLog, TalkPlan
from familyguard.storage.talks import TalkSuggestion
from familyguard.talks.library import Band, ReportingChannel, Topic
from familyguard.talks.schedule import Due, PlanState, Upcoming


def iso(moment: datetime | None) -> str | None:
    """A date-time as ISO 8601 to the minute, with its UTC offset (None stays None)."""
    return moment.isoformat(timespec="minutes") if moment else None


def topic_view(topic: Topic) -> dict[str, Any]:
    """{"id","title","min_age","max_age"} plus the summary and the dimensions it answers."""
    return {
        "id": topic.id,
        "title": topic.title,
        "min_age": topic.min_age,
        "max_age": topic.max_age,
        "summary": topic.summary,
        "dimensions": list(topic.dimensions),
    }


def band_view(band: Band) -> dict[str, Any]:
    return {
        "band": band.name,
        "why": band.why,
        "openers": list(band.openers),
        "signs": list(band.signs),
        "if_happened": list(band.if_happened),
    }


def guide_view(
    topic: Topic, bands: list[Band], country: str, channels: tuple[ReportingChannel, ...]
) -> dict[str, Any]:
    """A topic with the chosen bands and where to report in the chosen country."""
    return {
        **topic_view(topic),
        "bands": [band_view(b) for b in bands],
        "country": country,
        "reporting": [{"name": c.name, "purpose": c.purpose, "url": c.url} for c in channels],
        "sources": list(topic.sources),
    }


def plan_view(
    plan: TalkPlan, state: PlanState, children: Mapping[int, str], next_due: datetime | None
) -> dict[str, Any]:
    """{"id","child","topic","rule","next_due"} plus time, start, paused and snooze."""
    return {
        "id": plan.id,
        "child": children[plan.child_id],
        "topic": plan.topic_id,
        "rule": plan.rule,
        "next_due": iso(next_due),
        "at": plan.at.isoformat("minutes"),
        "start": plan.start.isoformat(),
        "paused": plan.paused,
        "snoozed_until": iso(state.snoozed_until),
    }


def upcoming_view(item: Upcoming, children: Mapping[int, str]) -> dict[str, Any]:
    """{"plan","child","topic","due"}."""
    plan = item.plan
    return {"plan": plan.id, "child": children[plan.child_id], "topic": plan.topic_id, "due": iso(item.when)}


def due_view(item: Due, children: Mapping[int, str]) -> dict[str, Any]:
    """{"plan","child","topic","due","overdue"} plus how many occurrences were missed."""
    plan = item.plan
    return {
        "plan": plan.id,
        "child": children[plan.child_id],
        "topic": plan.topic_id,
        "due": iso(item.occurrence),
        "overdue": item.overdue,
        "missed": item.missed,
    }


def log_view(entry: TalkLog, children: Mapping[int, str]) -> dict[str, Any]:
    """{"child","topic","plan","done_at","note"}."""
    return {
        "child": children[entry.child_id],
        "topic": entry.topic_id,
        "plan": entry.plan_id,
        "done_at": iso(entry.done_at),
        "note": entry.note,
    }


def suggestion_view(item: TalkSuggestion, children: Mapping[int, str]) -> dict[str, Any]:
    """{"id","child","topic","reason","due","status"}."""
    return {
        "id": item.id,
        "child": children[item.child_id],
        "topic": item.topic_id,
        "reason": item.reason,
        "due": iso(item.due),
        "status": item.status,
    }
