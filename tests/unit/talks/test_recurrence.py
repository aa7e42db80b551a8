"""Recurrence rules: the SPEC grammar, occurrences across DST, month ends and leap years, properties."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, time, timedelta
from itertools import islice, pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from familyguard.errors import UsageError
from familyguard.talks.recurrence import Rule, local_datetime, next_dates, occurrences

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
ZONES = [LONDON, NEW_YORK, ZoneInfo("Australia/Sydney"), ZoneInfo("Australia/Lord_Howe"), ZoneInfo("UTC")]


def first(rule: str, at: time, start: date, tz: ZoneInfo, n: int) -> list[datetime]:
    return list(islice(occurrences(rule, at, start, tz), n))


@pytest.mark.parametrize(
    ("spec", "rule", "canonical"),
    [
        ("once", Rule(), "once"),
        ("2w", Rule("w", 2), "2w"),
        ("30d", Rule("d", 30), "30d"),
        ("1m", Rule("m", 1), "1m"),
        (" 24M ", Rule("m", 24), "24m"),
        ("tue", Rule("w", 1, 1), "tue"),
        ("every:tue", Rule("w", 1, 1), "tue"),
        ("Sunday", Rule("w", 1, 6), "sun"),
        ("every:friday", Rule("w", 1, 4), "fri"),
        ("2w:fri", Rule("w", 2, 4), "2w:fri"),
    ],
)
def test_spec_parses_and_formats(spec: str, rule: Rule, canonical: str) -> None:
    assert Rule.parse(spec) == rule
    assert str(rule) == canonical
    assert Rule.parse(canonical) == rule


@pytest.mark.parametrize(
    "spec",
    ["", "0d", "366d", "53w", "25m", "1y", "d", "-1d", "2.5w", "twice", "every:", "every:day", "2d:mon",
     "3m:mon", "mon:tue", "every:2w", "tuesdays", "1 w", "00000001d"],
)  # fmt: skip
def test_bad_spec_is_a_usage_error_with_a_hint(spec: str) -> None:
    with pytest.raises(UsageError) as caught:
        Rule.parse(spec)
    assert caught.value.exit_code == 2
    assert "2w" in caught.value.hint and "once" in caught.value.hint


def test_limits_are_named_in_the_message() -> None:
    with pytest.raises(UsageError, match="between 1 and 52"):
        Rule.parse("60w")


@pytest.mark.parametrize(
    ("kwargs"), [{"unit": "once", "interval": 2}, {"unit": "d", "interval": 0}, {"unit": "m", "weekday": 1}]
)
def test_rule_refuses_impossible_values(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Rule(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("spec", "text"),
    [("once", "once"), ("1w", "every week"), ("3d", "every 3 days"), ("tue", "every Tuesday"),
     ("2w:fri", "every 2 weeks on Friday"), ("6m", "every 6 months")],
)  # fmt: skip
def test_describe(spec: str, text: str) -> None:
    assert Rule.parse(spec).describe() == text


def test_daily_talk_keeps_19_00_across_london_spring_forward() -> None:
    got = first("1d", time(19), date(2026, 3, 28), LONDON, 3)
    assert [(d.day, d.hour, d.minute) for d in got] == [(28, 19, 0), (29, 19, 0), (30, 19, 0)]
    assert [d.astimezone(UTC).hour for d in got] == [19, 18, 18]


def test_daily_talk_keeps_19_00_across_new_york_fall_back() -> None:
    got = first("1d", time(19), date(2026, 10, 31), NEW_YORK, 2)
    assert [d.utcoffset() for d in got] == [timedelta(hours=-4), timedelta(hours=-5)]
    assert all(d.time() == time(19) for d in got)


@pytest.mark.parametrize(
    ("tz", "day", "at", "expected"),
    [
        (LONDON, date(2026, 3, 29), time(1, 30), datetime(2026, 3, 29, 1, 0, tzinfo=UTC)),  # 02:00 BST
        (NEW_YORK, date(2026, 3, 8), time(2, 30), datetime(2026, 3, 8, 7, 0, tzinfo=UTC)),  # 03:00 EDT
        (NEW_YORK, date(2026, 3, 8), time(2, 0), datetime(2026, 3, 8, 7, 0, tzinfo=UTC)),
    ],
)
def test_time_in_spring_gap_moves_to_first_valid_time(
    tz: ZoneInfo, day: date, at: time, expected: datetime
) -> None:
    moment = local_datetime(day, at, tz)
    assert moment == expected
    assert moment.astimezone(tz).replace(tzinfo=None) == datetime.combine(
        day, time(3 if tz is NEW_YORK else 2)
    )


def test_gap_time_recurs_at_its_planned_time_on_other_days() -> None:
    got = first("1d", time(2, 30), date(2026, 3, 7), NEW_YORK, 3)
    assert [d.time() for d in got] == [time(2, 30), time(3, 0), time(2, 30)]


@pytest.mark.parametrize(
    ("tz", "day", "offset"),
    [(LONDON, date(2026, 10, 25), timedelta(hours=1)), (NEW_YORK, date(2026, 11, 1), timedelta(hours=-4))],
)
def test_ambiguous_fall_back_time_is_its_first_occurrence(tz: ZoneInfo, day: date, offset: timedelta) -> None:
    moment = local_datetime(day, time(1, 30), tz)
    assert moment.fold == 0
    assert moment.utcoffset() == offset  # still summer time: the first 01:30


def test_monthly_from_31st_clamps_without_drifting_in_a_leap_year() -> None:
    got = first("1m", time(19), date(2024, 1, 31), LONDON, 5)
    assert [d.date() for d in got] == [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31),
                                       date(2024, 4, 30), date(2024, 5, 31)]  # fmt: skip


def test_monthly_from_31st_in_a_common_year() -> None:
    got = first("1m", time(19), date(2023, 1, 31), LONDON, 3)
    assert [d.date() for d in got] == [date(2023, 1, 31), date(2023, 2, 28), date(2023, 3, 31)]


def test_yearly_from_29_february() -> None:
    got = first("12m", time(10), date(2024, 2, 29), NEW_YORK, 5)
    assert [d.date() for d in got] == [date(2024, 2, 29), date(2025, 2, 28), date(2026, 2, 28),
                                       date(2027, 2, 28), date(2028, 2, 29)]  # fmt: skip


def test_quarterly_from_30_november() -> None:
    got = first("3m", time(10), date(2025, 11, 30), LONDON, 4)
    assert [d.date() for d in got] == [
        date(2025, 11, 30),
        date(2026, 2, 28),
        date(2026, 5, 30),
        date(2026, 8, 30),
    ]


def test_weekly_interval_and_days() -> None:
    assert [d.date() for d in first("2w", time(9), date(2026, 1, 1), LONDON, 3)] == [
        date(2026, 1, 1), date(2026, 1, 15), date(2026, 1, 29)]  # fmt: skip
    assert [d.date() for d in first("30d", time(9), date(2026, 1, 1), LONDON, 3)] == [
        date(2026, 1, 1), date(2026, 1, 31), date(2026, 3, 2)]  # fmt: skip


def test_weekday_rule_starts_on_the_first_chosen_weekday() -> None:
    # 2026-03-01 is a Sunday.
    assert [d.date() for d in first("tue", time(18), date(2026, 3, 1), LONDON, 2)] == [
        date(2026, 3, 3), date(2026, 3, 10)]  # fmt: skip
    assert [d.date() for d in first("2w:sun", time(18), date(2026, 3, 1), LONDON, 2)] == [
        date(2026, 3, 1), date(2026, 3, 15)]  # fmt: skip


def test_once_has_one_occurrence() -> None:
    at = datetime(2026, 5, 1, 9, tzinfo=LONDON)
    assert first("once", time(9), date(2026, 5, 1), LONDON, 5) == [at]
    assert list(occurrences("once", time(9), date(2026, 5, 1), LONDON, after=at - timedelta(seconds=1))) == [
        at
    ]
    assert list(occurrences("once", time(9), date(2026, 5, 1), LONDON, after=at)) == []


def test_next_dates_are_strictly_after_the_moment() -> None:
    after = datetime(2026, 1, 15, 9, tzinfo=LONDON)  # exactly an occurrence
    got = next_dates("2w", time(9), date(2026, 1, 1), LONDON, after, n=2)
    assert [d.date() for d in got] == [date(2026, 1, 29), date(2026, 2, 12)]


def test_occurrences_end_with_the_calendar() -> None:
    got = list(occurrences("6m", time(9), date(9998, 1, 31), LONDON))
    assert [d.date() for d in got] == [
        date(9998, 1, 31),
        date(9998, 7, 31),
        date(9999, 1, 31),
        date(9999, 7, 31),
    ]


def test_next_dates_of_an_old_plan_start_near_the_moment() -> None:
    after = datetime(2026, 6, 10, 12, tzinfo=NEW_YORK)
    got = next_dates(Rule("d", 1), time(19), date(1990, 1, 1), NEW_YORK, after, n=2)
    assert got == [datetime(2026, 6, 10, 19, tzinfo=NEW_YORK), datetime(2026, 6, 11, 19, tzinfo=NEW_YORK)]


rules = st.one_of(
    st.just(Rule()),
    st.builds(Rule, st.just("d"), st.integers(1, 365)),
    st.builds(Rule, st.just("w"), st.integers(1, 52), st.one_of(st.none(), st.integers(0, 6))),
    st.builds(Rule, st.just("m"), st.integers(1, 24)),
)
times = st.times().map(lambda t: t.replace(microsecond=0))
starts = st.dates(date(1990, 1, 1), date(2035, 12, 31))
zones = st.sampled_from(ZONES)


def _exists(day: date, at: time, tz: ZoneInfo) -> bool:
    wall = datetime.combine(day, at)
    return wall.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None) == wall


@settings(max_examples=200, deadline=None)
@given(rule=rules, at=times, start=starts, tz=zones)
def test_occurrences_increase_and_keep_the_wall_clock(
    rule: Rule, at: time, start: date, tz: ZoneInfo
) -> None:
    got = list(islice(occurrences(rule, at, start, tz), 40))
    assert all(a.astimezone(UTC) < b.astimezone(UTC) for a, b in pairwise(got))
    for index, moment in enumerate(got):
        day = rule.date_of(start, index)
        assert moment.tzinfo is tz and moment.date() == day
        if _exists(day, at, tz):
            assert moment.time() == at and moment.fold == 0
        else:  # moved forward out of a gap, by less than the gap
            assert (
                datetime.combine(day, at)
                < moment.replace(tzinfo=None)
                <= datetime.combine(day, at) + timedelta(hours=1)
            )


@settings(max_examples=200, deadline=None)
@given(interval=st.integers(1, 24), at=times, start=starts, tz=zones)
def test_monthly_never_drifts_off_its_anchor_day(interval: int, at: time, start: date, tz: ZoneInfo) -> None:
    for moment in islice(occurrences(Rule("m", interval), at, start, tz), 60):
        month_end = calendar.monthrange(moment.year, moment.month)[1]
        assert moment.day == min(start.day, month_end)


@settings(max_examples=200, deadline=None)
@given(
    rule=rules, at=times, start=starts, tz=zones, offset=st.integers(-400, 4000), minutes=st.integers(0, 1439)
)
def test_occurrences_after_a_moment_match_the_full_sequence(
    rule: Rule, at: time, start: date, tz: ZoneInfo, offset: int, minutes: int
) -> None:
    after = local_datetime(start + timedelta(days=offset), time(minutes // 60, minutes % 60), tz)
    later = (moment for moment in occurrences(rule, at, start, tz) if moment > after)
    expected = list(islice(later, 3))
    assert next_dates(rule, at, start, tz, after, n=3) == expected
