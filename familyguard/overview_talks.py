"""Attention items about planned talks (overdue, due now, coming up) and each child's next talk."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from familyguard.overview import AttentionItem, NextTalk, Target
from familyguard.phrase import Phrase, day_and_time, phrase, verbatim
from familyguard.talks import schedule
from familyguard.talks.recurrence import utc

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from familyguard.domain import Child, TalkPlan
    from familyguard.talks.schedule import Due, PlanState
    from familyguard.talks.service import Talks

UPCOMING_DAYS = 7

Plans = Sequence[tuple["TalkPlan", "PlanState"]]


def when_words(moment: datetime, tz: ZoneInfo) -> Phrase:
    """A date and time in the talks' zone, e.g. Sun 22 Nov, 19:00."""
    return day_and_time(moment.astimezone(tz))


@dataclass(frozen=True)
class PlanTimes:
    """A plan with its Due now (None: nothing waiting) and when it next asks for attention."""

    plan: TalkPlan
    due: Due | None
    next: datetime | None


def plan_times(talks: Talks, plans: Plans) -> list[PlanTimes]:
    """Every plan's Due and next time, computed once."""
    now, tz = talks.now, talks.tz
    found = []
    for plan, state in plans:
        due = schedule.due(plan, state, now, tz)
        found.append(PlanTimes(plan, due, due.occurrence if due else schedule.next_due(plan, state, now, tz)))
    return found


def talk_items(
    talks: Talks, times: Sequence[PlanTimes], children: Mapping[int, Child]
) -> Iterator[AttentionItem]:
    """One item per plan that is overdue, due now, or coming up within UPCOMING_DAYS."""
    tz, soon = talks.tz, utc(talks.now) + timedelta(days=UPCOMING_DAYS)
    for each in times:
        plan, due = each.plan, each.due
        if plan.child_id not in children or each.next is None:
            continue
        name, topic = children[plan.child_id].name, verbatim("talks", talks.topic(plan.topic_id).title)
        target = Target("talks", plan.child_id, plan_id=plan.id)
        if due is None:
            if utc(each.next) <= soon:
                when = when_words(each.next, tz)
                reason = phrase(
                    "overview",
                    "Coming up on {when}: talk with {name} about “{topic}”.",
                    when=when,
                    name=name,
                    topic=topic,
                )
                yield AttentionItem("talk_upcoming", name, reason, target)
            continue
        when = when_words(due.occurrence, tz)
        if due.overdue and due.missed > 1:
            reason = phrase(
                "overview",
                "Overdue: talk with {name} about “{topic}”, planned for {when} ({missed} dates passed).",
                name=name,
                topic=topic,
                when=when,
                missed=due.missed,
            )
        elif due.overdue:
            reason = phrase(
                "overview",
                "Overdue: talk with {name} about “{topic}”, planned for {when}.",
                name=name,
                topic=topic,
                when=when,
            )
        else:
            reason = phrase(
                "overview",
                "Due now: talk with {name} about “{topic}” ({when}).",
                name=name,
                topic=topic,
                when=when,
            )
        yield AttentionItem("talk_overdue" if due.overdue else "talk_due", name, reason, target)


def next_talks(talks: Talks, times: Sequence[PlanTimes]) -> dict[int, NextTalk]:
    """Each child's next talk: the one waiting now, else the soonest planned."""
    found: dict[int, NextTalk] = {}
    for each in times:
        known = found.get(each.plan.child_id)
        if each.next is not None and (known is None or utc(each.next) < utc(known.when)):
            topic = talks.topic(each.plan.topic_id).title
            found[each.plan.child_id] = NextTalk(topic, each.next, each.due is not None)
    return found
