"""Quiet hours on the local wall clock: across midnight, across DST changes, never dropping a reminder."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familyguard.errors import UsageError
from familyguard.quiet_hours import QuietHours

LONDON = ZoneInfo("Europe/London")
NIGHT = QuietHours.parse("21:30-07:30")


def at(text: str, tz: ZoneInfo = LONDON, fold: int = 0) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=tz, fold=fold)


def test_parse_and_print() -> None:
    assert QuietHours(time(21, 30), time(7, 30)) == NIGHT
    assert str(QuietHours.parse(" 9:05 – 17:00 ")) == "09:05-17:00"
    assert NIGHT.crosses_midnight and not QuietHours.parse("12:00-14:00").crosses_midnight


@pytest.mark.parametrize("text", ["", "21:30", "25:00-07:00", "21:30-21:30", "evening"])
def test_malformed_spans_are_usage_errors(text: str) -> None:
    with pytest.raises(UsageError, match="quiet hours"):
        QuietHours.parse(text)


@pytest.mark.parametrize(
    ("moment", "ends"),
    [
        ("2026-11-22 21:29", None),
        ("2026-11-22 21:30", "2026-11-23 07:30"),
        ("2026-11-22 23:59", "2026-11-23 07:30"),
        ("2026-11-23 00:00", "2026-11-23 07:30"),
        ("2026-11-23 07:29", "2026-11-23 07:30"),
        ("2026-11-23 07:30", None),
        ("2026-11-23 12:00", None),
    ],
)
def test_quiet_hours_across_midnight(moment: str, ends: str | None) -> None:
    assert NIGHT.ends_after(at(moment), LONDON) == (ends and at(ends))
    assert NIGHT.contains(at(moment), LONDON) is (ends is not None)


def test_a_span_within_one_day() -> None:
    lunch = QuietHours.parse("12:00-14:00")
    assert lunch.ends_after(at("2026-11-22 13:00"), LONDON) == at("2026-11-22 14:00")
    assert not lunch.contains(at("2026-11-22 11:59"), LONDON)
    assert not lunch.contains(at("2026-11-22 14:00"), LONDON)


def test_release_holds_a_reminder_until_the_end_and_lets_others_through() -> None:
    assert NIGHT.release(at("2026-11-22 22:00"), LONDON) == at("2026-11-23 07:30")
    assert NIGHT.release(at("2026-11-22 19:00"), LONDON) == at("2026-11-22 19:00")


def test_the_zone_decides_not_the_moment_offset() -> None:
    """22:30 UTC is 23:30 in Berlin (quiet) and 17:30 in New York (not quiet)."""
    moment = datetime(2026, 11, 22, 22, 30, tzinfo=UTC)
    assert NIGHT.ends_after(moment, ZoneInfo("Europe/Berlin")) == at(
        "2026-11-23 07:30", ZoneInfo("Europe/Berlin")
    )
    assert not NIGHT.contains(moment, ZoneInfo("America/New_York"))


def test_the_end_stays_on_the_wall_clock_across_dst() -> None:
    """The night the clocks go back (25 hours) and forward (23 hours) both end at 07:30 local."""
    assert NIGHT.ends_after(at("2026-10-24 23:00"), LONDON) == at("2026-10-25 07:30")
    assert NIGHT.ends_after(at("2026-03-28 23:00"), LONDON) == at("2026-03-29 07:30")
    assert at("2026-03-29 07:30").utcoffset() == timedelta(hours=1)


def test_an_end_inside_the_spring_gap_moves_to_the_first_real_minute() -> None:
    gap = QuietHours.parse("00:00-01:30")  # 01:00-02:00 does not exist on 29 March 2026 in London
    assert gap.ends_after(at("2026-03-29 00:30"), LONDON) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)


def test_in_the_repeated_hour_an_end_that_has_passed_once_does_not_hold_again() -> None:
    """On 25 October 2026 01:00-02:00 happens twice; quiet hours ending 01:30 end at the first 01:30."""
    early = QuietHours.parse("00:00-01:30")
    first = at("2026-10-25 01:15", fold=0)
    assert early.ends_after(first, LONDON) == at("2026-10-25 01:30", fold=0)
    assert not early.contains(at("2026-10-25 01:45", fold=1), LONDON)
    assert not early.contains(at("2026-10-25 01:15", fold=1), LONDON)


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)),
    st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    st.times().map(lambda t: t.replace(second=0, microsecond=0)),
)
def test_an_end_is_always_later_and_outside_the_quiet_hours(moment: datetime, start: time, end: time) -> None:
    if start == end:
        return
    hours = QuietHours(start, end)
    released = hours.release(moment, LONDON)
    assert released >= moment
    assert released - moment <= timedelta(hours=25)
    assert not hours.contains(released, LONDON)
