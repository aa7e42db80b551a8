"""The Talks page, the plan dialog and the Family page's talks, as a parent uses them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from modal import press_ok, when_modal
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from familyguard.app import FamilyGuard
from familyguard.domain import Child, FixedClock
from familyguard.gui.attention import AttentionList
from familyguard.gui.main_window import MainWindow
from familyguard.gui.talk_dialogs import NoteDialog, PlanDialog, SnoozeDialog
from familyguard.gui.talks_page import TalksPage
from familyguard.talks.service import Talks

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)  # Sunday, 18:00 in London (GMT)


@pytest.fixture
def talks(fg: FamilyGuard, clock: FixedClock) -> Talks:
    return Talks(fg.talks, fg.household, clock, LONDON)


@pytest.fixture
def mia(fg: FamilyGuard) -> Child:
    return fg.household.add_child("Mia", date(2019, 3, 4))


@pytest.fixture
def window(qtbot: QtBot, fg: FamilyGuard, talks: Talks, mia: Child) -> Iterator[MainWindow]:
    win = MainWindow(fg.clock)
    qtbot.addWidget(win)
    win.show()
    win.attach(fg, talks)
    yield win


def page(window: MainWindow) -> TalksPage:
    return window.talks_page


def column(model: object, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]  # type: ignore[attr-defined]


def due_weekly(talks: Talks, clock: FixedClock, child: Child, topic: str = "live_streaming") -> int:
    """A weekly talk at 19:00 planned now; the clock moves to 19:05 so it is due (not overdue)."""
    plan, _ = talks.plan(child, topic, "1w", "19:00")
    clock.set(NOW + timedelta(hours=1, minutes=5))
    return plan.id


def test_models_pass_the_model_tester(
    qtmodeltester: object, window: MainWindow, talks: Talks, clock: FixedClock, mia: Child, fg: FamilyGuard
) -> None:
    due_weekly(talks, clock, mia)
    talks.plan(mia, "too_nice", "2w:fri", "18:30")
    talks.done(talks.plans(mia)[0][0].id, "We talked about streams.")
    fg.talks.add_suggestion(mia.id, "random_chat", "A test reason.", talks.now, talks.now + timedelta(days=3))
    page(window).refresh()
    for model in (page(window).plans_model, page(window).log_model, page(window).suggestions_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_plan_through_the_dialog_shows_five_dates_and_saves(
    qtbot: QtBot, window: MainWindow, talks: Talks, mia: Child
) -> None:
    seen: dict[str, list[str]] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PlanDialog)
        dialog.topic.setCurrentIndex(dialog.topic.findData("live_streaming"))
        seen["once"] = dialog.preview_lines()
        dialog.rhythm.setCurrentIndex(dialog.rhythm.findData("w"))
        dialog.every.setValue(2)
        seen["fortnightly"] = dialog.preview_lines()
        dialog.rhythm.setCurrentIndex(dialog.rhythm.findData("wd"))
        dialog.every.setValue(1)
        dialog.weekday.setCurrentIndex(1)  # Tuesday
        seen["tuesdays"] = dialog.preview_lines()
        press_ok(dialog)

    when_modal(PlanDialog, fill)
    window.plan_talk_action.trigger()
    assert seen["once"] == ["Sun 22 Nov 2026, 19:00"]
    assert len(seen["fortnightly"]) == 5
    assert seen["fortnightly"][:2] == ["Sun 22 Nov 2026, 19:00", "Sun 6 Dec 2026, 19:00"]
    assert len(seen["tuesdays"]) == 5 and seen["tuesdays"][0] == "Tue 24 Nov 2026, 19:00"
    (plan, _state), *_ = talks.plans(mia)
    assert (plan.topic_id, plan.rule) == ("live_streaming", "tue")
    assert column(page(window).plans_model, 1) == ["every Tuesday"]
    assert column(page(window).plans_model, 4) == ["○ Planned"]
    assert window.pages.currentWidget() is page(window)


def test_plan_dialog_refuses_a_time_already_past(qtbot: QtBot, talks: Talks, mia: Child) -> None:
    dialog = PlanDialog(None, talks, mia)
    qtbot.addWidget(dialog)
    dialog.at.setTime(dialog.at.time().fromString("17:00", "HH:mm"))
    ok = dialog.buttons.buttons()[0]
    assert "past" in dialog.preview.text() and not ok.isEnabled()
    dialog.rhythm.setCurrentIndex(dialog.rhythm.findData("d"))
    assert len(dialog.preview_lines()) == 5 and ok.isEnabled()


def test_keyboard_only_planning(qtbot: QtBot, window: MainWindow, talks: Talks, mia: Child) -> None:
    seen: dict[str, object] = {}

    def by_keys(dialog: QWidget) -> None:
        assert isinstance(dialog, PlanDialog)
        try:
            seen["first focus"] = dialog.focusWidget() is dialog.topic
            qtbot.keyClick(dialog.topic, Qt.Key.Key_Down)  # the second topic for her age
            qtbot.keyClick(dialog.topic, Qt.Key.Key_Tab)
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # past "Read the guide"
            seen["rhythm focus"] = dialog.focusWidget() is dialog.rhythm
            qtbot.keyClick(dialog.rhythm, Qt.Key.Key_Down)  # every few days
            seen["dates"] = len(dialog.preview_lines())
            qtbot.keyClick(dialog.rhythm, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():
                dialog.reject()

    when_modal(PlanDialog, by_keys)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"first focus": True, "rhythm focus": True, "dates": 5}
    plans = talks.plans(mia)
    assert len(plans) == 1 and plans[0][0].rule == "1d"
    assert plans[0][0].topic_id == talks.library.for_age(7)[1].id


def test_done_with_a_note_lands_in_the_log(
    qtbot: QtBot, window: MainWindow, talks: Talks, clock: FixedClock, mia: Child
) -> None:
    due_weekly(talks, clock, mia)
    window.refresh_talks()
    assert column(page(window).plans_model, 4) == ["● Due now"]

    def note(dialog: QWidget) -> None:
        assert isinstance(dialog, NoteDialog)
        qtbot.keyClicks(dialog.note, "She knows she can tell us.")
        press_ok(dialog)

    when_modal(NoteDialog, note)
    window.show_talks_page()
    qtbot.keyClick(page(window).plans_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert column(page(window).log_model, 1) == ["Live streaming"]
    assert column(page(window).log_model, 2) == ["She knows she can tell us."]
    assert column(page(window).plans_model, 4) == ["○ Planned"]
    assert column(page(window).plans_model, 3) == ["Sun 29 Nov 2026, 19:00"]
    assert talks.due() == []


@pytest.mark.parametrize(
    ("preset", "until"),
    [
        ("1h", "Sun 22 Nov 2026, 20:05"),
        ("evening", "Sun 22 Nov 2026, 20:05"),
        ("tomorrow", "Mon 23 Nov 2026, 19:00"),
    ],
)
def test_snooze_presets(
    window: MainWindow, talks: Talks, clock: FixedClock, mia: Child, preset: str, until: str
) -> None:
    due_weekly(talks, clock, mia)
    window.refresh_talks()
    actions = {
        "1h": page(window).snooze_hour_action,
        "evening": page(window).snooze_evening_action,
        "tomorrow": page(window).snooze_tomorrow_action,
    }
    actions[preset].trigger()
    assert column(page(window).plans_model, 4) == ["◷ Snoozed"]
    assert column(page(window).plans_model, 3) == [until]
    assert talks.due() == []


def test_snooze_until_a_chosen_time(window: MainWindow, talks: Talks, clock: FixedClock, mia: Child) -> None:
    due_weekly(talks, clock, mia)
    window.refresh_talks()

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, SnoozeDialog)
        dialog.until.setDateTime(QDateTime.fromString("2026-11-25 08:30", "yyyy-MM-dd HH:mm"))
        press_ok(dialog)

    when_modal(SnoozeDialog, choose)
    page(window).snooze_custom_action.trigger()
    assert column(page(window).plans_model, 3) == ["Wed 25 Nov 2026, 08:30"]


def test_paused_shows_as_paused_and_resumes(window: MainWindow, talks: Talks, mia: Child) -> None:
    talks.plan(mia, "too_nice", "2w", "19:00")
    page(window).refresh()
    page(window).pause_action.trigger()
    assert column(page(window).plans_model, 4) == ["⏸ Paused"]
    assert column(page(window).plans_model, 3) == ["— (paused)"]
    assert page(window).pause_action.text() == "Res&ume" and not page(window).done_action.isEnabled()
    page(window).pause_action.trigger()
    assert column(page(window).plans_model, 4) == ["○ Planned"]


def test_skip_and_remove(
    qtbot: QtBot,
    window: MainWindow,
    talks: Talks,
    clock: FixedClock,
    mia: Child,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    due_weekly(talks, clock, mia)
    window.refresh_talks()
    page(window).skip_action.trigger()
    assert column(page(window).plans_model, 3) == ["Sun 29 Nov 2026, 19:00"] and talks.log(mia) == []
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    page(window).remove_action.trigger()
    assert page(window).plans_model.rowCount() == 0 and talks.plans(mia) == []
    assert "No talks planned for Mia yet" in page(window).empty.text()


def test_suggestions_accept_and_dismiss(
    window: MainWindow, talks: Talks, mia: Child, fg: FamilyGuard
) -> None:
    soon = talks.now + timedelta(days=3)
    fg.talks.add_suggestion(mia.id, "random_chat", "Omegle-like app added.", talks.now, soon)
    fg.talks.add_suggestion(mia.id, "too_nice", "3 new contacts on Roblox not reviewed yet.", talks.now, soon)
    page(window).refresh()
    assert page(window).suggestions_group.isVisibleTo(page(window))
    assert column(page(window).suggestions_model, 1) == [
        "Omegle-like app added.",
        "3 new contacts on Roblox not reviewed yet.",
    ]
    page(window).accept_action.trigger()
    assert [plan.topic_id for plan, _ in talks.plans(mia)] == ["random_chat"]
    assert column(page(window).suggestions_model, 0) == [talks.topic("too_nice").title]
    page(window).dismiss_action.trigger()
    assert page(window).suggestions_model.rowCount() == 0
    assert not page(window).suggestions_group.isVisibleTo(page(window))
    assert [plan.topic_id for plan, _ in talks.plans(mia)] == ["random_chat"]


def attention(window: MainWindow) -> AttentionList:
    return window.home_page.attention


def attention_buttons(window: MainWindow, caption: str) -> list[QPushButton]:
    rows = attention(window).row_widgets
    return [b for row in rows for b in row.findChildren(QPushButton) if b.text() == caption]


def kinds(window: MainWindow) -> list[str]:
    return [item.kind for item in attention(window).items]


def test_attention_lists_a_due_talk_once_and_clears_after_done(
    qtbot: QtBot, window: MainWindow, talks: Talks, clock: FixedClock, mia: Child
) -> None:
    assert window.pages.currentWidget() is window.home_page
    assert attention(window).calm.isVisibleTo(window)
    assert "Nothing needs your attention" in attention(window).calm.text()
    due_weekly(talks, clock, mia)
    clock.set(NOW + timedelta(days=15))  # two occurrences missed: still one entry, overdue
    window.refresh_talks()
    window.refresh_talks()
    assert kinds(window) == ["talk_overdue"] and "3 dates passed" in attention(window).items[0].reason
    assert len(attention_buttons(window, "Done")) == 1
    with qtbot.waitSignal(window.talks_edited):
        attention_buttons(window, "Done")[0].click()
    assert kinds(window) == ["talk_upcoming"] and attention_buttons(window, "Done") == []
    assert not attention(window).calm.isVisibleTo(window)
    assert [entry.topic_id for entry in talks.log(mia)] == ["live_streaming"]
    assert column(window.talks_page.log_model, 1) == ["Live streaming"]


def test_attention_snooze_and_go_to_talks(
    window: MainWindow, talks: Talks, clock: FixedClock, mia: Child
) -> None:
    due_weekly(talks, clock, mia)
    window.refresh_talks()
    assert kinds(window) == ["talk_due"]
    attention_buttons(window, "Go to talks")[0].click()
    assert window.pages.currentWidget() is page(window)
    attention_buttons(window, "Snooze 1 hour")[0].click()
    assert column(page(window).plans_model, 4) == ["◷ Snoozed"]
    assert kinds(window) == ["talk_upcoming"]  # back in an hour: coming up, no longer due
    assert "Sun 22 Nov, 20:05" in attention(window).items[0].reason


def test_export_writes_a_calendar_with_the_rule(
    qtbot: QtBot, window: MainWindow, talks: Talks, mia: Child, tmp_path: Path
) -> None:
    talks.plan(mia, "too_nice", "2w", "19:00")
    page(window).refresh()
    page(window).export_to(tmp_path / "mia.ics")
    assert not page(window).export_action.isEnabled(), "disabled while the file is written off the GUI thread"
    qtbot.waitUntil(lambda: page(window).exporter is None)
    assert page(window).export_action.isEnabled()
    calendar = icalendar.Calendar.from_ical((tmp_path / "mia.ics").read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    assert (
        len(events) == 1
        and events[0]["RRULE"]["FREQ"] == ["WEEKLY"]
        and events[0]["RRULE"]["INTERVAL"] == [2]
    )
