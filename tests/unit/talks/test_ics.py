"""The .ics export parses back with icalendar and its recurrence expands to our own occurrences."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from itertools import islice
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar, Component, Timezone

from familyguard.domain import TalkPlan
from familyguard.talks.ics import export_ics, plan_uid
from familyguard.talks.recurrence import occurrences

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
STAMP = datetime(2026, 1, 10, 12, tzinfo=UTC)
CHILDREN = {1: "Mia", 2: "Leo"}
TOPICS = {"sextortion": "Blackmail and sextortion", "new_app": "A new app", "too_nice": "Too nice"}
PLANS = [
    TalkPlan(1, 1, "sextortion", "1m", time(19), date(2024, 1, 31)),
    TalkPlan(2, 2, "new_app", "2w:tue", time(18, 30), date(2026, 3, 1)),
    TalkPlan(3, 1, "too_nice", "once", time(9), date(2026, 5, 1)),
    TalkPlan(4, 2, "sextortion", "12m", time(10), date(2024, 2, 29)),
    TalkPlan(5, 1, "new_app", "30d", time(7, 45), date(2026, 2, 20)),
    TalkPlan(6, 2, "too_nice", "1d", time(19), date(2026, 3, 5)),
    TalkPlan(7, 1, "new_app", "3m", time(20), date(2025, 11, 30)),
    TalkPlan(8, 2, "too_nice", "1w", time(17), date(2026, 1, 1), paused=True),
]


def parse(tz: ZoneInfo, plans: list[TalkPlan] = PLANS) -> Calendar:
    return Calendar.from_ical(export_ics(plans, CHILDREN, TOPICS, tz, STAMP))


def events(calendar: Calendar) -> dict[int, Component]:
    """The calendar's events by plan id (read from the UID)."""
    return {int(str(event["uid"]).split("-")[-1].split("@")[0]): event for event in calendar.walk("VEVENT")}


def rrule_text(event: Component) -> str:
    value = event["rrule"].to_ical()
    return value.decode() if isinstance(value, bytes) else str(value)


def test_one_event_per_active_plan_with_stable_uids() -> None:
    first = events(parse(LONDON))
    assert sorted(first) == [1, 2, 3, 4, 5, 6, 7]  # the paused plan is left out
    later = Calendar.from_ical(export_ics(PLANS, CHILDREN, TOPICS, LONDON, datetime(2027, 1, 1, tzinfo=UTC)))
    assert sorted(str(e["uid"]) for e in later.walk("VEVENT")) == sorted(
        str(e["uid"]) for e in first.values()
    )
    assert str(first[1]["uid"]) == plan_uid(PLANS[0])


def test_event_text_alarm_and_time_zone() -> None:
    calendar = parse(NEW_YORK)
    assert calendar["version"] == "2.0"
    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["America/New_York"]
    event = events(calendar)[1]
    assert str(event["summary"]) == "Safety talk with Mia: Blackmail and sextortion"
    assert "familyguard talks show sextortion" in str(event["description"])
    assert event["dtstart"].params["TZID"] == "America/New_York"
    assert event.decoded("dtstamp") == STAMP
    alarms = event.walk("VALARM")
    assert len(alarms) == 1 and str(alarms[0]["action"]) == "DISPLAY"


def test_vtimezone_carries_the_real_offsets() -> None:
    component = parse(NEW_YORK).walk("VTIMEZONE")[0]
    assert isinstance(component, Timezone)
    zone = component.to_tz(lookup_tzid=False)
    assert (
        datetime(2026, 7, 1, 12, tzinfo=zone).utcoffset()
        == datetime(2026, 7, 1, 12, tzinfo=NEW_YORK).utcoffset()
    )
    assert (
        datetime(2026, 1, 5, 12, tzinfo=zone).utcoffset()
        == datetime(2026, 1, 5, 12, tzinfo=NEW_YORK).utcoffset()
    )


def test_once_has_no_rrule() -> None:
    event = events(parse(LONDON))[3]
    assert "RRULE" not in event
    assert event.decoded("dtstart") == next(occurrences("once", time(9), date(2026, 5, 1), LONDON))


def test_rrules_are_what_we_meant() -> None:
    found = {number: rrule_text(event) for number, event in events(parse(LONDON)).items() if number != 3}
    assert found == {
        1: "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=28,29,30,31;BYSETPOS=-1",
        2: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
        4: "FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=28,29;BYSETPOS=-1",
        5: "FREQ=DAILY;INTERVAL=30",
        6: "FREQ=DAILY;INTERVAL=1",
        7: "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28,29,30;BYSETPOS=-1",
    }


@pytest.mark.parametrize("tz", [LONDON, NEW_YORK])
@pytest.mark.parametrize("plan", [plan for plan in PLANS if plan.rule != "once" and not plan.paused], ids=str)
def test_expanded_recurrence_matches_our_occurrences(plan: TalkPlan, tz: ZoneInfo) -> None:
    event = events(parse(tz))[plan.id]
    start = event.decoded("dtstart")
    expanded = rrulestr(rrule_text(event), dtstart=start)
    theirs = [moment.astimezone(UTC) for moment in islice(expanded, 40)]
    ours = [moment.astimezone(UTC) for moment in islice(occurrences(plan.rule, plan.at, plan.start, tz), 40)]
    assert theirs == ours
