"""The Settings page: every setting is saved in the household and really changes what FamilyGuard does."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from households import PASSPHRASE, Answer
from modal import when_modal
from opened_urls import OpenedFolders, catch_opened_folders
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QGroupBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from familyguard import autostart, config
from familyguard.app import FamilyGuard
from familyguard.backup import Backup, back_up
from familyguard.domain import FixedClock
from familyguard.gui import data_section
from familyguard.gui.data_section import BackupDialog
from familyguard.gui.main_window import MainWindow
from familyguard.gui.reminders import Reminders
from familyguard.gui.settings_page import SettingsPage
from familyguard.notify import Notification
from familyguard.settings import NotificationStyle
from familyguard.storage.database import Database
from familyguard.storage.layout import DB_NAME, KEY_FILE_NAME
from familyguard.storage.vault import open_household
from familyguard.talks.service import Talks

LONDON = ZoneInfo("Europe/London")


class Recorded:
    """A notifier chain that records what would pop up."""

    def __init__(self, on_action: Callable[[str, str], None]) -> None:
        self.sent: list[Notification] = []

    def send(self, notification: Notification) -> str:
        self.sent.append(notification)
        return "recorded"

    def close(self) -> None:
        return None


@pytest.fixture
def opened() -> Iterator[OpenedFolders]:
    with catch_opened_folders() as handler:
        yield handler


@pytest.fixture
def reminders(window: MainWindow, clock: FixedClock) -> Iterator[Reminders]:
    """Mia Schmidt's talk at 22:00 London time every week, reminded as the running app does."""
    fg = window.fg
    talks = Talks(fg.talks, fg.household, clock, LONDON)
    mia = fg.household.add_child("Mia Schmidt", date(2015, 3, 4))
    talks.plan(mia, "live_streaming", "1w", "22:00", date(2026, 11, 22))
    running = Reminders(talks, Recorded, fg.preferences)  # type: ignore[arg-type]
    window.settings_page.reminders_changed.connect(running.settings_changed)
    running.start()
    yield running
    running.stop()


def sent(reminders: Reminders) -> list[Notification]:
    return reminders.notifier.sent  # type: ignore[attr-defined, no-any-return]


def button(page: SettingsPage, text: str) -> QPushButton:
    return next(b for b in page.findChildren(QPushButton) if b.text() == text)


def reopened(fg: FamilyGuard) -> FamilyGuard:
    """A second FamilyGuard on the same household folder, as after a restart."""
    return FamilyGuard(open_household(fg.db.path.parent, Answer(PASSPHRASE)), fg.clock)


def test_settings_is_a_tab_opened_with_ctrl_comma_and_from_the_household_menu(window: MainWindow) -> None:
    window.settings_action.trigger()
    assert window.pages.currentWidget() is window.settings_page
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    household = window.menuBar().actions()[0].menu()
    assert window.settings_action in household.actions()


def test_quiet_hours_are_saved_and_shown_after_a_restart(qtbot: QtBot, window: MainWindow) -> None:
    page = window.settings_page
    assert not page.quiet.isChecked()
    page.quiet_from.setTime(QTime(22, 15))
    page.quiet_to.setTime(QTime(6, 45))
    page.quiet.click()
    assert "between 22:15 and 06:45 is shown at 06:45" in page.quiet_note.text()
    again = reopened(window.fg)
    fresh = SettingsPage(again)
    qtbot.addWidget(fresh)
    assert fresh.quiet.isChecked()
    assert (fresh.quiet_from.time(), fresh.quiet_to.time()) == (QTime(22, 15), QTime(6, 45))
    again.close()


def test_equal_start_and_end_are_refused_with_a_note(window: MainWindow) -> None:
    page = window.settings_page
    page.quiet.click()
    page.quiet_to.setTime(page.quiet_from.time())
    assert "differ" in page.quiet_note.text()
    assert str(page.settings.quiet_hours) == "21:30-07:30"


def test_a_reminder_due_in_quiet_hours_is_held_and_shown_when_they_end(
    window: MainWindow, reminders: Reminders, clock: FixedClock
) -> None:
    window.settings_page.quiet.click()  # the default: 21:30-07:30
    clock.set(datetime(2026, 11, 22, 22, 5, tzinfo=UTC))
    reminders.check()  # the 22:00 wake-up
    assert sent(reminders) == []
    job = reminders.scheduler.get_job("quiet-ends")
    assert job is not None and job.next_run_time == datetime(2026, 11, 23, 7, 30, tzinfo=LONDON)
    clock.set(datetime(2026, 11, 23, 7, 30, tzinfo=UTC))
    reminders.check()  # the 07:30 wake-up
    assert [n.body for n in sent(reminders)] == ["Live streaming"]


def test_turning_quiet_hours_off_shows_what_was_held_at_once(
    window: MainWindow, reminders: Reminders, clock: FixedClock
) -> None:
    window.settings_page.quiet.click()
    clock.set(datetime(2026, 11, 22, 22, 5, tzinfo=UTC))
    reminders.check()
    assert sent(reminders) == []
    window.settings_page.quiet.click()
    assert len(sent(reminders)) == 1


@pytest.mark.parametrize(
    ("style", "title"),
    [
        (NotificationStyle.FULL, "Time for a talk with Mia Schmidt"),
        (NotificationStyle.PRIVATE, "Time for a talk with Mia"),
    ],
)
def test_the_notification_style_decides_what_a_reminder_says(
    window: MainWindow, reminders: Reminders, clock: FixedClock, style: NotificationStyle, title: str
) -> None:
    page = window.settings_page
    page.style_box.setCurrentIndex(page.style_box.findData(style.value))
    clock.set(datetime(2026, 11, 22, 22, 5, tzinfo=UTC))
    reminders.check()
    (note,) = sent(reminders)
    assert (note.title, note.body) == (title, "Live streaming")
    again = reopened(window.fg)
    assert SettingsPage(again).style_box.currentData() == style.value
    again.close()


def test_tray_only_pops_nothing_up_and_the_talk_stays_due(
    window: MainWindow, reminders: Reminders, clock: FixedClock
) -> None:
    page = window.settings_page
    page.style_box.setCurrentIndex(page.style_box.findData(NotificationStyle.TRAY.value))
    clock.set(datetime(2026, 11, 22, 22, 5, tzinfo=UTC))
    reminders.check()
    assert sent(reminders) == []
    assert [due.plan.topic_id for due in reminders.talks.due()] == ["live_streaming"]


def test_start_at_login_follows_the_checkbox_and_the_shared_action(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    page = window.settings_page
    page.at_login.sync()
    assert not page.login_box.isChecked()
    page.login_box.click()
    assert autostart.is_enabled() and page.at_login.isChecked()
    assert (
        f"--data-dir {window.fg.db.path.parent}"
        in (tmp_path / "config/autostart/familyguard.desktop").read_text()
    )
    page.at_login.trigger()  # as from the tray menu
    assert not autostart.is_enabled() and not page.login_box.isChecked()


def test_back_up_now_writes_the_encrypted_copy_where_the_parent_chose(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: OpenedFolders
) -> None:
    window.fg.household.add_child("Thornbury Quillfeather", date(2015, 3, 1))
    page = window.settings_page
    assert page.data.backup_label.text() == str(window.fg.db.path.parent / "backups")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(tmp_path / "usb"))
    button(page, "Choose…").click()
    button(page, "Back up now").click()
    (made,) = (tmp_path / "usb").iterdir()
    assert sorted(p.name for p in made.iterdir()) == sorted([DB_NAME, KEY_FILE_NAME])
    assert b"Thornbury" not in (made / DB_NAME).read_bytes()
    assert f"Backed up to {made}" in page.data.result.text()
    assert "passphrase" in page.data.result.text()
    again = reopened(window.fg)
    assert SettingsPage(again).data.backup_label.text() == str(tmp_path / "usb")
    again.close()


def test_a_backup_is_written_off_the_gui_thread_and_opens_with_the_same_key(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.fg.household.add_child("Thornbury Quillfeather", date(2015, 3, 1))
    page = window.settings_page
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(tmp_path / "usb"))
    button(page, "Choose…").click()
    release, threads = threading.Event(), []

    def held_back_up(db: Database, target: Path, now: datetime) -> Backup:
        threads.append(threading.current_thread().name)
        assert release.wait(10)
        return back_up(db, target, now)

    monkeypatch.setattr(data_section, "back_up", held_back_up)
    seen: list[str] = []

    def watch(dialog: QWidget) -> None:
        qtbot.wait(50)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
        dialog.reject()  # neither Cancel (disabled, with the reason shown) nor Escape stops the copy
        assert isinstance(dialog, BackupDialog)
        seen.append(f"{dialog.isVisible()} {dialog.working.text()}")
        seen.extend(label.text() for label in dialog.findChildren(QLabel) if "cannot be" in label.text())
        release.set()

    when_modal(BackupDialog, watch)
    button(page, "Back up now").click()
    assert seen[0] == "True Writing the backup…" and "cannot be cancelled half-way" in seen[1]
    assert threads and threading.main_thread().name not in threads
    (made,) = (tmp_path / "usb").iterdir()
    assert f"Backed up to {made}" in page.data.result.text()
    copy = FamilyGuard(open_household(made, Answer(PASSPHRASE)), window.fg.clock)
    assert [child.name for child in copy.household.children.all()] == ["Thornbury Quillfeather"]
    copy.close()


def test_open_buttons_ask_the_desktop_to_open_the_right_folders(
    window: MainWindow, opened: OpenedFolders
) -> None:
    page = window.settings_page
    button(page, "Open log folder").click()
    for open_button in [b for b in page.findChildren(QPushButton) if b.text() == "Open folder"]:
        open_button.click()
    folder = window.fg.db.path.parent
    assert opened.paths == [config.log_dir(), folder, folder / "backups"]
    assert config.log_dir().is_dir()


def test_a_section_can_be_added_above_your_data(window: MainWindow) -> None:
    window.settings_page.add_section("Parent lock", QLabel("lock"))
    sections = window.settings_page.widget().layout()
    groups = [sections.itemAt(i).widget() for i in range(sections.count())]
    assert [g.title() for g in groups if isinstance(g, QGroupBox)] == [
        "Reminders",
        "Starting",
        "Parent lock",
        "Your data",
    ]


def test_the_tray_shares_start_at_login_and_settings_and_says_what_is_due(
    window: MainWindow, reminders: Reminders, clock: FixedClock
) -> None:
    from familyguard.gui.session import app_icon
    from familyguard.gui.tray import Tray

    tray = Tray(app_icon(), window)
    page = window.settings_page
    tray.add_reminders(reminders, page.at_login, window.settings_action)
    assert page.at_login in tray.menu.actions() and window.settings_action in tray.menu.actions()
    page.style_box.setCurrentIndex(page.style_box.findData(NotificationStyle.TRAY.value))
    clock.set(datetime(2026, 11, 22, 22, 5, tzinfo=UTC))
    reminders.check()
    assert tray.toolTip() == "FamilyGuard — a talk is due: open FamilyGuard to see it"
    assert "Mia" not in tray.toolTip()


def test_in_private_style_the_tray_lists_upcoming_talks_by_first_name(
    window: MainWindow, reminders: Reminders
) -> None:
    from familyguard.gui.session import app_icon
    from familyguard.gui.tray import Tray

    tray = Tray(app_icon(), window)
    page = window.settings_page
    tray.add_reminders(reminders, page.at_login, window.settings_action)
    page.style_box.setCurrentIndex(page.style_box.findData(NotificationStyle.PRIVATE.value))
    upcoming = next(a.menu() for a in tray.menu.actions() if a.menu())
    upcoming.aboutToShow.emit()
    items = [a.text() for a in upcoming.actions()]
    assert items and all(item.endswith("— Mia: Live streaming") for item in items)


def test_while_the_window_is_locked_a_full_reminder_shows_the_first_name_only(
    reminders: Reminders, clock: FixedClock
) -> None:
    reminders.locked = lambda: True
    clock.set(datetime(2026, 11, 22, 22, 5, tzinfo=UTC))
    reminders.check()
    assert [n.title for n in sent(reminders)] == ["Time for a talk with Mia"]
