"""The parent lock in the window: no child data while locked, back-off, idle lock, wizard, settings."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from households import FAST_KDF, PASSPHRASE, Answer, MemoryKeyring
from modal import press_ok, when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSystemTrayIcon,
    QTabBar,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from familyguard.app import FamilyGuard
from familyguard.domain import FixedClock
from familyguard.gui.dialogs import ChildDialog
from familyguard.gui.guide_dialog import GuideDialog
from familyguard.gui.lock_dialogs import RecoveryCodeDialog, SecretDialog
from familyguard.gui.lock_settings import LockSettings
from familyguard.gui.passphrase import PassphraseDialog
from familyguard.gui.session import Session
from familyguard.gui.single_instance import server_name
from familyguard.gui.wizard import FirstRunWizard
from familyguard.lock import IDLE_KEY, Attempt, Checked, ParentLock
from familyguard.lock_rules import PASSPHRASE as KIND_PASSPHRASE
from familyguard.lock_rules import PIN, forgot_text
from familyguard.notify.base import DONE
from familyguard.storage import keyfile
from familyguard.storage.layout import KEY_FILE_NAME
from familyguard.storage.vault import create_household
from familyguard.talks.service import talks_for

GOOD_PIN = "572913"
NEW_PASSPHRASE = "a new and longer passphrase"
CHILD_WORDS = ("Mia", "Thornbury", "Leo")


def visible_texts() -> str:
    """Every text a person could read on screen: labels, buttons, fields, tabs, tables, titles, tips."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        texts.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            texts += [widget.toolTip(), widget.accessibleName(), widget.windowTitle()]
            if isinstance(widget, QLabel | QAbstractButton):
                texts.append(widget.text())
            if isinstance(widget, QLineEdit):
                texts += [widget.text(), widget.placeholderText()]
            if isinstance(widget, QTabBar):
                texts += [widget.tabText(i) for i in range(widget.count())]
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                for row in range(model.rowCount()):
                    texts += [
                        str(model.index(row, c).data() or "") for c in range(20) if model.hasIndex(row, c)
                    ]
    return "\n".join(texts)


@pytest.fixture
def topic_title(tmp_path: Path, memory_keyring: MemoryKeyring, clock: FixedClock) -> str:
    fg = FamilyGuard(create_household(tmp_path / "household", Answer(None), FAST_KDF), clock)
    mia = fg.household.add_child("Mia Thornbury", date(2015, 4, 2))
    fg.household.add_child("Leo", date(2012, 1, 9))
    fg.household.add_app(mia, "tiktok")
    talks = talks_for(fg)
    talks.plan(mia, "block_and_report", "1w", "19:00", clock.today())
    title = talks.topic("block_and_report").title
    fg.close()
    ParentLock(tmp_path / "household", clock, FAST_KDF).set(PIN, GOOD_PIN)
    return title


@pytest.fixture
def session(qapp: QApplication, tmp_path: Path, clock: FixedClock) -> Iterator[Session]:
    folder = tmp_path / "household"
    running = Session(qapp, folder, server_name(folder) + "-lock", None, stop=lambda code: None, clock=clock)
    yield running
    running.close()
    if running.window:
        running.window.keep_running_in_tray = False
        running.window.close()


def started_locked(qtbot: QtBot, session: Session) -> None:
    assert session.start()
    qtbot.waitUntil(lambda: session.locker is not None and session.locker.is_locked)
    assert session.fg is None


def unlock(qtbot: QtBot, session: Session, secret: str) -> None:
    assert session.locker is not None
    screen = session.locker.screen
    qtbot.keyClicks(screen.secret, secret)
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.job is None)  # the secret is checked off the GUI thread


def test_the_lock_screen_shows_no_child_data(qtbot: QtBot, session: Session, topic_title: str) -> None:
    started_locked(qtbot, session)
    assert session.locker is not None and session.locker.screen.isVisible()
    shown = visible_texts()
    assert "locked" in shown
    for word in (*CHILD_WORDS, topic_title, "TikTok"):
        assert word not in shown
    assert not any(ch.isdigit() for ch in shown), "no counts either"
    assert session.window is not None and not session.window.menuBar().isVisible()


def test_unlocking_shows_the_household_and_idle_locks_it_again(
    qtbot: QtBot, session: Session, topic_title: str, clock: FixedClock
) -> None:
    started_locked(qtbot, session)
    unlock(qtbot, session, GOOD_PIN)
    assert session.fg is not None and session.locker is not None and not session.locker.is_locked
    assert session.window is not None and session.window.children_model.rowCount() == 2
    session.window.show_children_page()
    assert "Mia" in visible_texts()
    idle = session.locker.idle
    assert idle.timer.isActive() and idle.limit == timedelta(minutes=10)
    clock.set(clock.now() + timedelta(minutes=9))
    idle.timer.timeout.emit()
    assert not session.locker.is_locked
    clock.set(clock.now() + timedelta(minutes=1))
    idle.timer.timeout.emit()
    assert session.locker.is_locked
    assert not any(word in visible_texts() for word in (*CHILD_WORDS, topic_title))
    unlock(qtbot, session, GOOD_PIN)
    assert not session.locker.is_locked and "Mia" in visible_texts()


def test_a_wrong_pin_shows_the_wait_and_the_button_waits_for_the_clock(
    qtbot: QtBot, session: Session, topic_title: str, clock: FixedClock
) -> None:
    started_locked(qtbot, session)
    assert session.locker is not None
    screen = session.locker.screen
    for _ in range(4):
        unlock(qtbot, session, "000000")
    assert "Wrong PIN" in screen.message.text()
    assert "Try again in 2 s." in screen.wait_label.text()
    assert not screen.unlock_button.isEnabled() and not screen.secret.isEnabled()
    clock.set(clock.now() + timedelta(seconds=2))
    qtbot.waitUntil(screen.unlock_button.isEnabled, timeout=3000)
    assert screen.wait_label.text() == ""
    unlock(qtbot, session, GOOD_PIN)
    assert session.fg is not None and not session.locker.is_locked


def test_while_locked_shortcuts_do_not_reach_the_household(
    qtbot: QtBot, session: Session, topic_title: str
) -> None:
    started_locked(qtbot, session)
    unlock(qtbot, session, GOOD_PIN)
    assert session.locker is not None and session.window is not None
    session.locker.lock_now()
    opened = when_modal(ChildDialog, lambda dialog: dialog.reject(), seconds=1)  # Ctrl+N opens one at once
    qtbot.keyClick(session.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(100)
    assert opened == []


def test_forgot_explains_and_the_recovery_code_sets_a_new_pin(
    qtbot: QtBot, session: Session, topic_title: str, tmp_path: Path, clock: FixedClock
) -> None:
    lock = ParentLock(tmp_path / "household", clock, FAST_KDF)
    lock.off(GOOD_PIN)
    code = lock.set(PIN, GOOD_PIN)
    started_locked(qtbot, session)
    assert session.locker is not None
    screen = session.locker.screen
    screen.forgot_button.click()
    assert screen.forgot.isVisible() and screen.forgot.text() == forgot_text(keyfile.KEYRING)
    assert screen.recover_button.isVisible()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, SecretDialog)
        qtbot.keyClicks(dialog.current, str(code))
        qtbot.keyClicks(dialog.new, "846302")
        qtbot.keyClicks(dialog.again, "846302")
        press_ok(dialog)

    when_modal(SecretDialog, fill)
    when_modal(RecoveryCodeDialog, lambda dialog: dialog.accept())
    screen.recover_button.click()
    assert "new PIN" in screen.message.text()
    unlock(qtbot, session, "846302")
    assert session.fg is not None


def test_the_first_run_wizard_offers_the_lock(
    qtbot: QtBot, session: Session, memory_keyring: MemoryKeyring
) -> None:
    codes: list[str] = []

    def walk(wizard: QWidget) -> None:
        assert isinstance(wizard, FirstRunWizard)
        wizard.next()
        qtbot.keyClicks(wizard.currentPage().name, "Mia")
        wizard.next()
        page = wizard.currentPage()
        assert page.title() == "Lock FamilyGuard with a PIN or passphrase?"
        page.choices.button(1).click()
        qtbot.keyClicks(page.first, "123456")
        qtbot.keyClicks(page.second, "123456")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        assert "too easy" in page.error.text()
        page.first.setText(GOOD_PIN)
        page.second.setText(GOOD_PIN)
        wizard.button(QWizard.WizardButton.FinishButton).click()

    when_modal(FirstRunWizard, walk)
    when_modal(RecoveryCodeDialog, lambda dialog: (codes.append(dialog.code.text()), dialog.accept()))
    assert session.start()
    status = ParentLock(session.folder, session.clock).status()
    assert status.on and status.kind == PIN and status.recoverable and len(codes) == 1
    window = session.window
    assert window is not None
    qtbot.waitUntil(lambda: window.built and window.children_model.rowCount() == 1)
    assert session.locker is not None and not session.locker.is_locked


def test_lock_settings_turn_the_lock_on_and_keep_the_idle_minutes(
    qtbot: QtBot, session: Session, tmp_path: Path, memory_keyring: MemoryKeyring, clock: FixedClock
) -> None:
    fg = FamilyGuard(create_household(tmp_path / "household", Answer(None), FAST_KDF), clock)
    fg.close()
    assert session.start()
    qtbot.waitUntil(lambda: session.fg is not None)
    assert session.locker is not None
    assert session.window is not None
    settings = session.window.settings_page.findChild(LockSettings)
    assert settings is not None and settings.title() == "Parent lock"
    assert "off" in settings.state.text() and not settings.idle.isEnabled()

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, SecretDialog)
        qtbot.keyClicks(dialog.new, GOOD_PIN)
        qtbot.keyClicks(dialog.again, GOOD_PIN)
        press_ok(dialog)

    when_modal(SecretDialog, choose)
    when_modal(RecoveryCodeDialog, lambda dialog: dialog.accept())
    settings.turn_on.click()
    assert "PIN" in settings.state.text() and settings.idle.isEnabled()
    settings.idle.setValue(3)
    assert session.fg is not None and session.fg.preferences.get(IDLE_KEY) == "3"
    assert session.locker.idle.limit == timedelta(minutes=3)


def test_input_keeps_it_open_and_the_desktop_lock_locks_it(
    qtbot: QtBot, session: Session, topic_title: str, clock: FixedClock
) -> None:
    started_locked(qtbot, session)
    unlock(qtbot, session, GOOD_PIN)
    assert session.locker is not None and session.window is not None
    clock.set(clock.now() + timedelta(minutes=9))
    qtbot.keyClick(session.window, Qt.Key.Key_Shift)
    clock.set(clock.now() + timedelta(minutes=9))
    session.locker.idle.timer.timeout.emit()
    assert not session.locker.is_locked
    session.locker.desktop.locked.emit()
    assert session.locker.is_locked


def test_done_in_a_reminder_while_locked_waits_for_the_lock_then_shows_the_guide(
    qtbot: QtBot, session: Session, topic_title: str
) -> None:
    started_locked(qtbot, session)
    unlock(qtbot, session, GOOD_PIN)
    assert session.locker is not None and session.reminders is not None
    session.locker.lock_now()
    plan_id = session.reminders.talks.plans()[0][0].id
    session.reminders.answer(f"plan:{plan_id}", DONE)
    assert session.reminders.talks.log("Mia Thornbury") == []
    assert not any(isinstance(w, GuideDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    unlock(qtbot, session, GOOD_PIN)
    assert any(isinstance(w, GuideDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    session.locker.lock_now()
    assert not any(isinstance(w, GuideDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_without_keyring_the_lock_screen_asks_the_data_passphrase(
    qtbot: QtBot, session: Session, no_keyring: None, clock: FixedClock
) -> None:
    fg = FamilyGuard(create_household(session.folder, Answer(PASSPHRASE), FAST_KDF), clock)
    fg.household.add_child("Mia", date(2015, 4, 2))
    fg.close()
    ParentLock(session.folder, clock, FAST_KDF).set(KIND_PASSPHRASE, PASSPHRASE)
    started_locked(qtbot, session)
    assert session.locker is not None
    assert "passphrase" in session.locker.screen.prompt.text()
    unlock(qtbot, session, "not the passphrase")
    assert "Wrong passphrase" in session.locker.screen.message.text() and session.fg is None
    unlock(qtbot, session, PASSPHRASE)
    assert session.fg is not None and not session.locker.is_locked


def test_familyguard_passphrase_unlocks_at_start(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, topic_title: str, clock: FixedClock
) -> None:
    folder = tmp_path / "household"
    running = Session(
        qapp, folder, server_name(folder) + "-env", GOOD_PIN, stop=lambda code: None, clock=clock
    )
    try:
        assert running.start()
        qtbot.waitUntil(lambda: running.fg is not None, timeout=30_000)  # after building every page
        assert running.locker is not None and not running.locker.is_locked
    finally:
        running.close()
        assert running.window is not None
        running.window.close()


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # a tray shown offscreen, where there is none
def test_the_tray_hides_the_upcoming_talks_while_locked(
    qtbot: QtBot, session: Session, topic_title: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    started_locked(qtbot, session)
    unlock(qtbot, session, GOOD_PIN)
    assert session.tray is not None and session.tray.upcoming is not None and session.locker is not None
    assert session.locker.lock_action in session.tray.menu.actions()
    assert session.tray.upcoming.isVisible()
    session.locker.lock_action.trigger()
    assert session.locker.is_locked and not session.tray.upcoming.isVisible()
    unlock(qtbot, session, GOOD_PIN)
    assert session.tray.upcoming.isVisible()


@pytest.fixture
def held_derivations(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, list[str]]]:
    """Every key derivation of the lock waits for the event (set at the end); the names of the threads
    they ran on are listed."""
    release, threads = threading.Event(), []
    derive = ParentLock.derive

    def held(lock: ParentLock, attempt: Attempt, secret: str) -> Checked:
        threads.append(threading.current_thread().name)
        assert release.wait(10)
        return derive(lock, attempt, secret)

    monkeypatch.setattr(ParentLock, "derive", held)
    yield release, threads
    release.set()


def test_while_a_pin_is_checked_the_screen_says_so_and_enter_again_counts_nothing(
    qtbot: QtBot, session: Session, topic_title: str, held_derivations: tuple[threading.Event, list[str]]
) -> None:
    release, threads = held_derivations
    started_locked(qtbot, session)
    assert session.locker is not None
    screen = session.locker.screen
    qtbot.keyClicks(screen.secret, "000000")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    qtbot.wait(50)  # the event loop runs on while the PIN is checked
    assert screen.checking.isVisible() and screen.checking.text() == "Checking…" and screen.busy.isVisible()
    assert not screen.unlock_button.isEnabled() and not screen.secret.isEnabled()
    screen.try_secret("000000")  # Enter pressed again, however it comes: ignored
    assert session.lock.status().failures == 1, "counted as it began, so quitting now cannot undo it"
    release.set()
    qtbot.waitUntil(lambda: screen.job is None)
    assert "Wrong PIN" in screen.message.text() and not screen.checking.isVisible()
    assert session.lock.status().failures == 1 and screen.unlock_button.isEnabled()
    assert threads and threading.main_thread().name not in threads
    unlock(qtbot, session, GOOD_PIN)
    assert session.fg is not None and not session.locker.is_locked
    assert session.lock.status().failures == 0


def test_a_wrong_pin_still_counts_when_the_window_closes_while_it_is_checked(
    qtbot: QtBot, session: Session, topic_title: str, held_derivations: tuple[threading.Event, list[str]]
) -> None:
    release, _threads = held_derivations
    started_locked(qtbot, session)
    assert session.locker is not None and session.window is not None
    screen = session.locker.screen
    release.set()
    for _ in range(3):
        unlock(qtbot, session, "000000")
    release.clear()
    qtbot.keyClicks(screen.secret, "111111")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    job = screen.job
    assert job is not None
    session.window.keep_running_in_tray = False
    session.window.close()
    release.set()
    job.wait()  # the check ends after the window closed; its result is never looked at
    status = ParentLock(session.folder, session.clock).status()
    assert status.failures == 4 and status.wait(session.clock.now()) == timedelta(seconds=2)


def test_changing_the_passphrase_rewraps_the_key_off_the_gui_thread(
    qtbot: QtBot,
    session: Session,
    no_keyring: None,
    clock: FixedClock,
    held_derivations: tuple[threading.Event, list[str]],
) -> None:
    release, threads = held_derivations
    FamilyGuard(create_household(session.folder, Answer(PASSPHRASE), FAST_KDF), clock).close()

    def open_it(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        dialog.first.setText(PASSPHRASE)
        press_ok(dialog)

    when_modal(PassphraseDialog, open_it)
    assert session.start()
    qtbot.waitUntil(lambda: session.fg is not None)
    assert session.window is not None
    settings = session.window.settings_page.findChild(LockSettings)
    assert settings is not None
    seen: list[str] = []

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, SecretDialog)
        dialog.current.setText(PASSPHRASE)
        dialog.new.setText(NEW_PASSPHRASE)
        dialog.again.setText(NEW_PASSPHRASE)
        press_ok(dialog)
        qtbot.wait(50)
        dialog.reject()  # Escape while the key is re-wrapped: it finishes first
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen.append(f"{dialog.isVisible()} {dialog.working.text()} {ok.isEnabled()}")
        release.set()

    when_modal(SecretDialog, change)
    settings.change.click()
    assert seen == ["True Checking… False"]
    assert threads and threading.main_thread().name not in threads
    record = keyfile.read_key_file(session.folder / KEY_FILE_NAME)
    assert keyfile.unwrap(record, NEW_PASSPHRASE)
    with pytest.raises(keyfile.WrongPassphrase):
        keyfile.unwrap(record, PASSPHRASE)
