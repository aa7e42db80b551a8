"""Due, overdue, missed-once, done, skip, snooze, paused and upcoming talks, on fake times only."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from familyguard.domain import TalkPlan
from familyguard.errors import UsageError
from familyguard.talks.schedule import (
    PlanState,
    due,
    finished,
    mark_done,
    mark_skipped,
    next_due,
    snooze,
    snooze_until,
    upcoming,
)

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
DAILY = TalkPlan(1, 1, "sextortion", "1d", time(19), date(2026, 3, 1))
WEEKLY = TalkPlan(2, 2, "new_app", "1w", time(18), date(2026, 3, 2))  # Mondays
ONCE = TalkPlan(3, 1, "too_nice", "once", time(10), date(2026, 3, 5))


def at(day: int, hour: int, minute: int = 0, month: int = 3, tz: ZoneInfo = LONDON) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=tz)


def test_nothing_is_due_before_its_time() -> None:
    state = PlanState(handled=at(2, 20))
    assert due(DAILY, state, at(3, 18, 59), LONDON) is None
    assert next_due(DAILY, state, at(3, 18, 59), LONDON) == at(3, 19)


def test_due_on_time_is_not_overdue_within_the_grace() -> None:
    state = PlanState(handled=at(2, 20))
    found = due(DAILY, state, at(3, 19, 30), LONDON)
    assert found is not None
    assert (found.occurrence, found.overdue, found.missed, found.plan) == (at(3, 19), False, 1, DAILY)
    late = due(DAILY, state, at(3, 20, 1), LONDON)
    assert late is not None and late.overdue


def test_grace_is_real_time_in_the_repeated_fall_back_hour() -> None:
    plan = TalkPlan(5, 1, "sextortion", "1d", time(1, 30), date(2026, 10, 20))
    state = PlanState(handled=datetime(2026, 10, 24, 2, tzinfo=LONDON))
    first_130 = datetime(2026, 10, 25, 1, 30, tzinfo=LONDON)  # BST, 00:30 UTC
    found = due(plan, state, datetime(2026, 10, 25, 1, 10, fold=1, tzinfo=LONDON), LONDON)  # GMT, 40 min on
    assert found is not None and found.occurrence == first_130 and not found.overdue
    late = due(plan, state, datetime(2026, 10, 25, 1, 40, fold=1, tzinfo=LONDON), LONDON)  # 70 min on
    assert late is not None and late.overdue


def test_grace_is_real_time_across_spring_forward() -> None:
    plan = TalkPlan(5, 1, "sextortion", "1d", time(0, 30), date(2026, 3, 20))
    state = PlanState(handled=at(28, 12))
    found = due(plan, state, at(29, 2, 10), LONDON)  # 40 minutes after 00:30 GMT
    assert found is not None and not found.overdue


def test_pc_off_across_two_due_times_gives_one_overdue_due() -> None:
    state = PlanState(handled=at(2, 20))  # done on the 2nd, then the PC was off
    found = due(DAILY, state, at(5, 8), LONDON)
    assert found is not None
    assert found.occurrence == at(4, 19)
    assert found.overdue
    assert found.missed == 2


def test_never_handled_plan_counts_from_its_start_in_one_due() -> None:
    plan = TalkPlan(9, 1, "sextortion", "1d", time(19), date(2020, 1, 1))
    found = due(plan, PlanState(), at(5, 20, 30), LONDON)
    assert found is not None
    assert found.occurrence == at(5, 19)
    assert found.missed == (date(2026, 3, 5) - date(2020, 1, 1)).days + 1


def test_done_moves_to_the_next_occurrence_after_now() -> None:
    state = mark_done(PlanState(handled=at(2, 20)), at(5, 8))
    assert state == PlanState(handled=at(5, 8))
    assert due(DAILY, state, at(5, 18), LONDON) is None
    assert next_due(DAILY, state, at(5, 18), LONDON) == at(5, 19)
    found = due(DAILY, state, at(5, 19), LONDON)
    assert found is not None and found.missed == 1 and not found.overdue


def test_done_never_moves_handled_back_and_clears_a_snooze() -> None:
    state = PlanState(handled=at(10, 19), snoozed_until=at(4, 9))
    assert mark_done(state, at(5, 8)) == PlanState(handled=at(10, 19))


def test_skip_settles_the_pending_occurrence() -> None:
    state = mark_skipped(DAILY, PlanState(handled=at(2, 20)), at(5, 8), LONDON)
    assert state == PlanState(handled=at(4, 19))
    assert next_due(DAILY, state, at(5, 8), LONDON) == at(5, 19)


def test_skip_without_anything_pending_skips_the_next_one() -> None:
    state = mark_skipped(WEEKLY, PlanState(handled=at(2, 19)), at(4, 12), LONDON)
    assert state.handled == at(9, 18)
    assert next_due(WEEKLY, state, at(4, 12), LONDON) == at(16, 18)
    assert due(WEEKLY, state, at(10, 12), LONDON) is None


@pytest.mark.parametrize("settle", ["done", "skip"])
def test_once_plan_is_finished_after_done_or_skip(settle: str) -> None:
    now = at(5, 11)
    before = PlanState()
    assert not finished(ONCE, before, LONDON)
    found = due(ONCE, before, now, LONDON)
    assert found is not None and found.occurrence == at(5, 10)
    after = mark_done(before, now) if settle == "done" else mark_skipped(ONCE, before, now, LONDON)
    assert finished(ONCE, after, LONDON)
    assert due(ONCE, after, at(28, 12, month=12), LONDON) is None
    assert next_due(ONCE, after, now, LONDON) is None
    assert mark_skipped(ONCE, after, now, LONDON) == after


def test_paused_plans_are_never_due() -> None:
    plan = TalkPlan(1, 1, "sextortion", "1d", time(19), date(2026, 3, 1), paused=True)
    assert due(plan, PlanState(), at(20, 23), LONDON) is None
    assert next_due(plan, PlanState(), at(20, 23), LONDON) is None
    assert upcoming([(plan, PlanState())], at(20, 12), LONDON, days=7) == []


def test_snoozed_plan_waits_and_then_is_due_not_overdue() -> None:
    state = snooze(PlanState(handled=at(2, 20)), at(3, 21))
    assert due(DAILY, state, at(3, 20, 59), LONDON) is None
    assert next_due(DAILY, state, at(3, 20), LONDON) == at(3, 21)
    found = due(DAILY, state, at(3, 21, 30), LONDON)
    assert found is not None and not found.overdue and found.occurrence == at(3, 19)
    late = due(DAILY, state, at(3, 22, 1), LONDON)
    assert late is not None and late.overdue


def test_snooze_until_tomorrow_meets_the_next_occurrence() -> None:
    state = snooze(PlanState(handled=at(2, 20)), at(4, 19))
    found = due(DAILY, state, at(4, 19), LONDON)
    assert found is not None
    assert (found.occurrence, found.missed, found.overdue) == (at(4, 19), 2, False)


def test_snooze_one_hour() -> None:
    assert snooze_until("1h", at(3, 19, 5), LONDON, time(19)) == at(3, 20, 5)
    fall_back = datetime(2026, 10, 25, 1, 30, tzinfo=LONDON)  # the first 01:30 (BST)
    until = snooze_until("1h", fall_back, LONDON, time(19))
    assert until.astimezone(UTC) == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # the second 01:30 (GMT)


@pytest.mark.parametrize(
    ("now", "expected"), [(at(3, 8), at(3, 19)), (at(3, 19), at(3, 20)), (at(3, 22), at(3, 23))]
)
def test_snooze_this_evening(now: datetime, expected: datetime) -> None:
    assert snooze_until("evening", now, LONDON, time(8)) == expected


def test_snooze_tomorrow_keeps_the_plans_wall_clock_across_dst() -> None:
    until = snooze_until("tomorrow", at(28, 22), LONDON, time(19))  # clocks go forward on the 29th
    assert until == at(29, 19)
    assert until.utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("30min", at(3, 19, 35)),
        ("2h", at(3, 21, 5)),
        ("2d", at(5, 19, 5)),
        ("1w", at(10, 19, 5)),
        ("1m", at(3, 19, 5, month=4)),
        ("mon", at(9, 19)),
        ("2026-03-07T09:15", at(7, 9, 15)),
        (timedelta(minutes=10), at(3, 19, 15)),
        (datetime(2026, 3, 3, 21, tzinfo=UTC), at(3, 21)),
        (datetime(2026, 3, 4, 7, 30), at(4, 7, 30)),
    ],
)
def test_custom_snooze(choice: str | timedelta | datetime, expected: datetime) -> None:
    until = snooze_until(choice, at(3, 19, 5), LONDON, time(19))  # 3 March 2026 is a Tuesday
    assert until == expected
    assert until.tzinfo is LONDON


def test_snooze_in_new_york_keeps_local_wall_clock_across_dst() -> None:
    now = at(7, 20, tz=NEW_YORK)  # clocks go forward on 8 March 2026
    assert snooze_until("1d", now, NEW_YORK, time(19)) == at(8, 20, tz=NEW_YORK)
    assert snooze_until("24h", now, NEW_YORK, time(19)) == at(8, 21, tz=NEW_YORK)


@pytest.mark.parametrize("choice", ["once", "later", "0min", "2026-03-01T10:00", "2026-13-01T10:00", "3y"])
def test_bad_or_past_snooze_is_a_usage_error(choice: str) -> None:
    with pytest.raises(UsageError) as caught:
        snooze_until(choice, at(3, 19, 5), LONDON, time(19))
    assert caught.value.exit_code == 2 and caught.value.hint


def test_upcoming_lists_each_future_occurrence_in_order() -> None:
    plans = [
        (WEEKLY, PlanState(handled=at(2, 19))),
        (DAILY, PlanState(handled=at(3, 20))),
        (ONCE, PlanState()),
    ]
    got = upcoming(plans, at(3, 20), LONDON, days=7)
    expected = [(1, at(day, 19)) for day in range(4, 11)] + [(2, at(9, 18)), (3, at(5, 10))]
    assert [(item.plan.id, item.when) for item in got] == sorted(expected, key=lambda pair: pair[1])


def test_upcoming_leaves_out_what_is_already_due_or_handled() -> None:
    plans = [(DAILY, PlanState(handled=at(5, 19))), (ONCE, PlanState(handled=at(5, 10)))]
    got = upcoming(plans, at(4, 20), LONDON, days=2)
    assert [item.when for item in got] == [at(6, 19)]
