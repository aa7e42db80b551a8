"""The talks service over a real household: plans, restarts, due once, done, snooze, pause, suggestions."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from households import PASSPHRASE, Answer

from familyguard.app import FamilyGuard
from familyguard.domain import Child, FixedClock
from familyguard.errors import NotFoundError, UsageError
from familyguard.storage.vault import open_household
from familyguard.talks.service import Talks, talks_for
from familyguard.talks.suggestions import QUIET, Suggestions, suggestions_for
from familyguard.talks.zone import local_zone

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def ella(fg: FamilyGuard) -> Child:
    return fg.household.add_child("Ella", date(2012, 5, 5))


@pytest.fixture
def talks(fg: FamilyGuard) -> Talks:
    return talks_for(fg, LONDON)


@pytest.fixture
def suggestions(fg: FamilyGuard, talks: Talks) -> Suggestions:
    return suggestions_for(fg, talks)


def test_plan_previews_the_next_five_dates_in_local_time(talks: Talks, ella: Child) -> None:
    preview = talks.preview("ella", "live_streaming", "2w", "19:30")
    plan, dates = talks.plan("ella", "Live streaming", "2w", "19:30")
    assert dates == preview and len(dates) == 5
    assert dates[0] == datetime(2026, 11, 22, 19, 30, tzinfo=LONDON)
    assert dates[1] - dates[0] == timedelta(weeks=2)
    assert (plan.child_id, plan.topic_id, plan.rule, plan.at) == (
        ella.id,
        "live_streaming",
        "2w",
        time(19, 30),
    )
    assert talks.due() == []


def test_plan_refuses_bad_values(talks: Talks, ella: Child) -> None:
    with pytest.raises(NotFoundError) as unknown:
        talks.plan("ella", "live_stream")
    assert unknown.value.exit_code == 5 and "live_streaming" in unknown.value.suggestions
    with pytest.raises(NotFoundError):
        talks.plan("Elle", "live_streaming")
    for every, at, start in (("3x", "19:00", None), ("1w", "25:00", None), ("1w", "19:00", "22/11/2026")):
        with pytest.raises(UsageError):
            talks.plan("ella", "too_nice", every, at, start)
    with pytest.raises(UsageError, match="in the past"):
        talks.plan("ella", "too_nice", "once", "09:00")
    talks.plan("ella", "too_nice", "1m")
    with pytest.raises(UsageError, match="already has a plan"):
        talks.plan("ella", "too_nice", "1w")


def test_a_plan_survives_a_restart_and_missed_talks_are_due_once(
    fg: FamilyGuard, tmp_path: Path, clock: FixedClock, ella: Child
) -> None:
    plan, _ = talks_for(fg, LONDON).plan(ella, "sextortion", "1w", "19:00")
    fg.db.close()
    clock.set(clock.now() + timedelta(days=15))  # 22 Nov, 29 Nov and 6 Dec have passed
    reopened = FamilyGuard(open_household(tmp_path / "household", Answer(PASSPHRASE)), clock)
    fg.db = reopened.db  # the fixture closes this one
    talks = talks_for(reopened, LONDON)
    due = talks.due()
    assert len(due) == 1
    assert due[0].plan.id == plan.id and due[0].overdue and due[0].missed == 3
    assert due[0].occurrence == datetime(2026, 12, 6, 19, 0, tzinfo=LONDON)


def test_done_logs_the_note_and_moves_to_the_next_occurrence(
    talks: Talks, clock: FixedClock, ella: Child
) -> None:
    plan, _ = talks.plan(ella, "new_app", "1w", "18:30")
    clock.set(datetime(2026, 11, 22, 18, 45, tzinfo=UTC))
    assert [d.overdue for d in talks.due()] == [False]
    entry, next_due = talks.done(plan.id, "  We looked at Roblox together. ")
    assert next_due == datetime(2026, 11, 29, 18, 30, tzinfo=LONDON)
    assert talks.due() == []
    assert [(e.plan_id, e.note, e.done_at) for e in talks.log("Ella")] == [
        (plan.id, "We looked at Roblox together.", clock.now())
    ]
    assert entry.topic_id == "new_app"


def test_done_early_settles_the_next_talk_and_once_plans_finish(talks: Talks, ella: Child) -> None:
    plan, _ = talks.plan(ella, "too_nice", "once", "20:00")
    assert talks.done(plan.id)[1] is None
    assert talks.next_due(*talks.find_plan(plan.id)) is None
    with pytest.raises(UsageError, match="no talk left"):
        talks.done(plan.id)
    with pytest.raises(NotFoundError):
        talks.done(plan.id + 41)


@pytest.mark.parametrize(
    ("spec", "until"),
    [
        ("1h", datetime(2026, 11, 22, 20, 5, tzinfo=UTC)),
        ("evening", datetime(2026, 11, 22, 20, 5, tzinfo=UTC)),  # 19:00 has passed: an hour from now
        ("tomorrow", datetime(2026, 11, 23, 19, 0, tzinfo=UTC)),
    ],
)
def test_snooze_presets_hide_the_talk_until_then(
    talks: Talks, clock: FixedClock, ella: Child, spec: str, until: datetime
) -> None:
    plan, _ = talks.plan(ella, "random_chat", "1d", "19:00")
    clock.set(datetime(2026, 11, 22, 19, 5, tzinfo=UTC))
    assert len(talks.due()) == 1
    assert talks.snooze(plan.id, spec) == until
    assert talks.due() == []
    clock.set(until)
    assert [d.plan.id for d in talks.due()] == [plan.id]


def test_snooze_refuses_the_past_and_a_paused_plan(talks: Talks, ella: Child) -> None:
    plan, _ = talks.plan(ella, "random_chat", "1d", "19:00")
    with pytest.raises(UsageError):
        talks.snooze(plan.id, "2026-11-01T10:00")
    talks.pause(plan.id)
    with pytest.raises(UsageError, match="paused"):
        talks.snooze(plan.id, "1h")


def test_a_paused_plan_is_never_due_and_resumes_without_a_backlog(
    talks: Talks, clock: FixedClock, ella: Child
) -> None:
    plan, _ = talks.plan(ella, "personal_details", "1d", "19:00")
    talks.pause(plan.id)
    for days in (1, 5, 30):
        clock.set(datetime(2026, 11, 22, 20, tzinfo=UTC) + timedelta(days=days))
        assert talks.due() == [] and talks.upcoming(7) == []
    assert talks.export().count(b"BEGIN:VEVENT") == 0
    assert talks.resume(plan.id) == datetime(2026, 12, 23, 19, 0, tzinfo=LONDON)
    assert talks.due() == []


def test_upcoming_lists_occurrences_within_the_days(talks: Talks, ella: Child) -> None:
    talks.plan(ella, "friend_list", "1w", "19:00")
    talks.plan(ella, "hidden_channels", "3d", "08:00", "2026-11-23")
    items = talks.upcoming(7)
    assert [(u.plan.topic_id, u.when.date().isoformat()) for u in items] == [
        ("friend_list", "2026-11-22"),
        ("hidden_channels", "2026-11-23"),
        ("hidden_channels", "2026-11-26"),
        ("hidden_channels", "2026-11-29"),  # 08:00; the 19:00 talk is past the seven days
    ]
    with pytest.raises(UsageError):
        talks.upcoming(0)


def test_remove_keeps_the_log(talks: Talks, ella: Child) -> None:
    plan, _ = talks.plan(ella, "block_and_report", "1m", "19:00")
    talks.done(plan.id, "done")
    talks.remove(plan.id)
    assert talks.plans() == []
    assert [e.plan_id for e in talks.log(ella)] == [None]


def test_ics_export_parses_back_with_its_recurrence(fg: FamilyGuard, talks: Talks, ella: Child) -> None:
    talks.plan(ella, "sextortion", "2w:fri", "19:15")
    ben = fg.household.add_child("Ben", date(2018, 1, 9))
    talks.plan(ben, "strangers_online", "1m", "17:00", "2026-12-31")
    calendar = icalendar.Calendar.from_ical(talks.export(ella))
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    rrule = events[0]["RRULE"]
    assert rrule["FREQ"] == ["WEEKLY"] and rrule["INTERVAL"] == [2] and rrule["BYDAY"] == ["FR"]
    assert events[0].decoded("DTSTART") == datetime(2026, 11, 27, 19, 15, tzinfo=LONDON)
    assert "Ella" in str(events[0]["SUMMARY"])
    assert len(icalendar.Calendar.from_ical(talks.export()).walk("VEVENT")) == 2


def test_suggestions_for_a_high_live_streaming_app_are_not_repeated(
    fg: FamilyGuard, suggestions: Suggestions, ella: Child
) -> None:
    fg.household.add_app(ella, "twitch")
    made = suggestions.suggest(ella)
    topics = [s.topic_id for s in made]
    assert "live_streaming" in topics and len(topics) == len(set(topics))
    live = next(s for s in made if s.topic_id == "live_streaming")
    assert "Twitch" in live.reason and "live streaming" in live.reason
    assert live.due == datetime(2026, 11, 25, 19, 0, tzinfo=LONDON)
    assert suggestions.suggest(ella) == []
    assert [s.id for s in suggestions.open("Ella")] == [s.id for s in made]


def test_accept_plans_the_talk_once_and_dismiss_keeps_it_quiet(
    fg: FamilyGuard, talks: Talks, suggestions: Suggestions, clock: FixedClock, ella: Child
) -> None:
    fg.household.add_app(ella, "twitch")
    first, *others = suggestions.suggest(ella)
    plan, dates = suggestions.accept(first.id)
    assert (plan.topic_id, plan.rule) == (first.topic_id, "once")
    assert dates == [datetime(2026, 11, 25, 19, 0, tzinfo=LONDON)]
    with pytest.raises(UsageError, match="already accepted"):
        suggestions.accept(first.id)
    for other in others:
        suggestions.dismiss(other.id)
    assert suggestions.open() == []
    clock.set(clock.now() + timedelta(days=10))
    talks.done(plan.id, "talked")
    assert suggestions.suggest(ella) == []  # planned, talked about or dismissed recently
    clock.set(clock.now() + QUIET + timedelta(days=1))
    assert {s.topic_id for s in suggestions.suggest(ella)} == {first.topic_id} | {o.topic_id for o in others}
    with pytest.raises(NotFoundError):
        suggestions.dismiss(999)


def test_local_zone_reads_tz_then_falls_back_to_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    assert local_zone() == ZoneInfo("America/New_York")
    monkeypatch.setenv("TZ", "Not/AZone")
    assert local_zone() == ZoneInfo("UTC")
