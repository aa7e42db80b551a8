"""Talk reminders in the running app: scheduled from the database, shown once, answered by a click."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from households import FAST_KDF, PASSPHRASE, Answer
from pytestqt.qtbot import QtBot

from familyguard.app import FamilyGuard
from familyguard.domain import FixedClock
from familyguard.gui.reminders import Reminders
from familyguard.notify import Notification
from familyguard.storage.vault import create_household, open_household
from familyguard.talks.service import Talks

LONDON = ZoneInfo("Europe/London")


class Recorded:
    """A notifier chain that records instead of showing; it can click like a parent."""

    def __init__(self, on_action: Callable[[str, str], None]) -> None:
        self.sent: list[Notification] = []
        self.click = on_action

    def send(self, notification: Notification) -> str:
        self.sent.append(notification)
        return "recorded"

    def close(self) -> None:
        return None


def start(folder: Path, clock: FixedClock) -> tuple[FamilyGuard, Reminders]:
    fg = FamilyGuard(open_household(folder, Answer(PASSPHRASE)), clock)
    reminders = Reminders(Talks(fg.talks, fg.household, clock, LONDON), Recorded, fg.preferences)  # type: ignore[arg-type]
    reminders.start()
    return fg, reminders


def stop(fg: FamilyGuard, reminders: Reminders) -> None:
    reminders.stop()
    fg.close()


@pytest.fixture
def folder(tmp_path: Path, no_keyring: None) -> Path:
    clock = FixedClock(datetime(2026, 11, 22, 18, 0, tzinfo=UTC))
    fg = FamilyGuard(create_household(tmp_path / "h", Answer(PASSPHRASE), FAST_KDF), clock)
    mia = fg.household.add_child("Mia", date(2019, 3, 4))
    Talks(fg.talks, fg.household, clock, LONDON).plan(mia, "live_streaming", "1w", "19:00", date(2026, 11, 1))
    fg.close()
    return tmp_path / "h"


def test_talks_missed_while_the_app_was_off_show_once_as_overdue(qtbot: QtBot, folder: Path) -> None:
    fg, reminders = start(folder, FixedClock(datetime(2026, 12, 7, 20, 0, tzinfo=UTC)))
    sent = reminders.notifier.sent  # type: ignore[attr-defined]
    assert len(sent) == 1
    assert "Mia" in sent[0].title and "overdue" in sent[0].title and sent[0].body == "Live streaming"
    assert [a for a, _label in sent[0].actions] == ["done", "snooze", "open"]
    reminders.check()
    assert len(sent) == 1
    stop(fg, reminders)


def test_done_in_the_notification_marks_the_talk_done(qtbot: QtBot, folder: Path) -> None:
    fg, reminders = start(folder, FixedClock(datetime(2026, 11, 22, 19, 5, tzinfo=UTC)))
    sent = reminders.notifier.sent  # type: ignore[attr-defined]
    assert len(sent) == 1 and "overdue" not in sent[0].title
    with qtbot.waitSignal(reminders.changed):
        reminders.notifier.click(sent[0].key, "done")  # type: ignore[attr-defined]
    assert reminders.talks.due() == []
    assert [entry.topic_id for entry in fg.talks.log(fg.household.find_child("Mia").id)] == ["live_streaming"]
    stop(fg, reminders)


def test_nothing_is_notified_early_and_the_next_one_is_scheduled(qtbot: QtBot, folder: Path) -> None:
    fg, reminders = start(folder, FixedClock(datetime(2026, 11, 22, 18, 30, tzinfo=UTC)))
    assert reminders.notifier.sent == []  # type: ignore[attr-defined]
    job = reminders.scheduler.get_job("plan-1")
    assert job is not None and job.next_run_time == datetime(2026, 11, 22, 19, 0, tzinfo=LONDON)
    stop(fg, reminders)


def test_pausing_for_a_day_holds_reminders_back_until_then(qtbot: QtBot, folder: Path) -> None:
    clock = FixedClock(datetime(2026, 11, 22, 18, 30, tzinfo=UTC))
    fg, reminders = start(folder, clock)
    reminders.pause_for_a_day()
    assert reminders.scheduler.get_job("pause-ends") is not None
    clock.set(datetime(2026, 11, 22, 19, 5, tzinfo=UTC))
    reminders.check()
    assert reminders.notifier.sent == []  # type: ignore[attr-defined]
    clock.set(datetime(2026, 11, 23, 18, 31, tzinfo=UTC))
    reminders.check()
    assert len(reminders.notifier.sent) == 1  # type: ignore[attr-defined]
    stop(fg, reminders)
