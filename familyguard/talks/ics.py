"""Export planned talks as an iCalendar file that calendar programs import (RRULE, VTIMEZONE, VALARM)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event

from familyguard.domain.model import TalkPlan
from familyguard.talks.recurrence import WEEKDAYS, Rule

PRODID = "-//FamilyGuard//Safety talks//EN"
TALK_LENGTH = timedelta(minutes=30)
_TZ_YEARS_AHEAD = 30


def plan_uid(plan: TalkPlan, domain: str = "familyguard.local") -> str:
    """The event UID of a plan: the same in every export, so a re-import updates instead of doubling."""
    return f"talk-plan-{plan.id}@{domain}"


def rrule_for(rule: Rule, first_day: int) -> dict[str, Any] | None:
    """The RRULE of a rule whose first occurrence falls on day `first_day` of its month (None for once).

    Monthly rules anchored after the 28th use BYMONTHDAY=28..day with BYSETPOS=-1: the anchor day,
    or the month's last day when it is shorter — the same clamping as our own occurrences.
    """
    if rule.unit == "once":
        return None
    freq = {"d": "DAILY", "w": "WEEKLY", "m": "MONTHLY"}[rule.unit]
    result: dict[str, Any] = {"FREQ": freq, "INTERVAL": rule.interval}
    if rule.weekday is not None:
        result["BYDAY"] = WEEKDAYS[rule.weekday][:2].upper()
    if rule.unit == "m" and first_day > 28:
        result["BYMONTHDAY"] = list(range(28, first_day + 1))
        result["BYSETPOS"] = -1
    return result


def export_ics(
    plans: Iterable[TalkPlan],
    children: Mapping[int, str],
    topics: Mapping[str, str],
    tz: ZoneInfo,
    stamp: datetime,
    domain: str = "familyguard.local",
) -> bytes:
    """A VCALENDAR with one VEVENT per active plan; `children` and `topics` map ids to names/titles.

    Paused plans are left out (a calendar would keep reminding). `stamp` is the export time (DTSTAMP).
    """
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "FamilyGuard safety talks")
    first_year = stamp.year
    for plan in plans:
        if plan.paused:
            continue
        calendar.add_component(
            _event(plan, children[plan.child_id], topics[plan.topic_id], tz, stamp, domain)
        )
        first_year = min(first_year, plan.start.year)
    calendar.add_missing_timezones(
        first_date=stamp.date().replace(year=first_year, month=1, day=1),
        last_date=stamp.date().replace(year=stamp.year + _TZ_YEARS_AHEAD, month=1, day=1),
    )
    text: bytes = calendar.to_ical()
    return text


def _event(plan: TalkPlan, child: str, title: str, tz: ZoneInfo, stamp: datetime, domain: str) -> Event:
    rule = Rule.parse(plan.rule)
    first = rule.anchor(plan.start)
    summary = f"Safety talk with {child}: {title}"
    event = Event()
    event.add("uid", plan_uid(plan, domain))
    event.add("dtstamp", stamp)
    # The wall-clock time as planned: calendar programs keep it across DST changes, as we do.
    event.add("dtstart", datetime.combine(first, plan.at.replace(tzinfo=None), tzinfo=tz))
    event.add("duration", TALK_LENGTH)
    event.add("summary", summary)
    event.add(
        "description",
        f"Guide: “{title}”. Open FamilyGuard › Talks › {child} for what to say at {child}'s age, "
        f"signs to watch for and what to do if something has happened "
        f"(or run: familyguard talks show {plan.topic_id}).",
    )
    recurrence = rrule_for(rule, first.day)
    if recurrence is not None:
        event.add("rrule", recurrence)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", timedelta(0))
    event.add_component(alarm)
    return event
