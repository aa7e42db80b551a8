"""Starting the app: the first-run wizard, the passphrase dialog, one instance per household."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from households import FAST_KDF, PASSPHRASE, Answer, MemoryKeyring
from modal import press_ok, when_modal
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from familyguard.app import FamilyGuard
from familyguard.gui.passphrase import PassphraseDialog
from familyguard.gui.session import Session
from familyguard.gui.single_instance import InstanceServer, ask_running_instance, server_name
from familyguard.gui.wizard import PRIVACY_PROMISE, FirstRunWizard
from familyguard.storage import vault
from familyguard.storage.vault import create_household, open_household


def walk_wizard(qtbot: QtBot, passphrase: str, name: str, texts: list[str]) -> None:
    def act(wizard: QWidget) -> None:
        assert isinstance(wizard, FirstRunWizard)
        texts.append(" ".join(label.text() for label in wizard.currentPage().findChildren(QLabel)))
        wizard.next()
        texts.append(" ".join(label.text() for label in wizard.currentPage().findChildren(QLabel)))
        page = wizard.currentPage()
        qtbot.keyClicks(page.first, passphrase)
        qtbot.keyClicks(page.second, passphrase)
        wizard.next()
        qtbot.keyClicks(wizard.currentPage().name, name)
        wizard.button(QWizard.WizardButton.FinishButton).click()

    when_modal(FirstRunWizard, act)


def test_first_run_promises_privacy_asks_a_passphrase_with_the_reason_and_adds_the_child(
    qtbot: QtBot, session: Session, no_keyring: None
) -> None:
    texts: list[str] = []
    walk_wizard(qtbot, PASSPHRASE, "Mia", texts)
    assert session.start()
    assert PRIVACY_PROMISE in texts[0]
    assert "no password store" in texts[1]
    assert session.window is not None and session.window.isVisible()
    window = session.window
    qtbot.waitUntil(lambda: window.built and window.children_model.rowCount() == 1)
    assert session.fg is not None
    session.fg.close()
    session.fg = None
    db = open_household(session.folder, Answer(PASSPHRASE))
    assert db.rows("SELECT name FROM child")[0]["name"] == "Mia"
    db.close()


def test_the_passphrase_protects_the_data_off_the_gui_thread_then_the_child_is_there(
    qtbot: QtBot, session: Session, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Wrapping the key (scrypt, half a second) runs in a worker: the window keeps painting meanwhile."""
    on_gui_thread: list[bool] = []
    real = vault.create_household

    def watched(*args: Any, **kwargs: Any) -> Any:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(vault, "create_household", watched)
    walk_wizard(qtbot, PASSPHRASE, "Mia", [])
    assert session.start()
    window = session.window
    assert window is not None
    qtbot.waitUntil(lambda: window.built and window.children_model.rowCount() == 1)
    assert on_gui_thread == [False]


def test_wizard_refuses_a_short_or_mismatched_passphrase(qtbot: QtBot, no_keyring: None) -> None:
    wizard = FirstRunWizard(None, date(2026, 11, 22), "no keyring here")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.currentPage()
    qtbot.keyClicks(page.first, "short")
    qtbot.keyClicks(page.second, "short")
    wizard.next()
    assert wizard.currentPage() is page and "at least 8" in page.error.text()
    page.first.setText("long enough one")
    page.second.setText("long enough two")
    wizard.next()
    assert wizard.currentPage() is page and "differ" in page.error.text()


def test_cancelling_the_first_run_creates_nothing(session: Session, no_keyring: None) -> None:
    when_modal(FirstRunWizard, lambda wizard: wizard.reject())
    assert not session.start()
    assert not session.folder.exists() or not any(session.folder.iterdir())


def test_wrong_passphrase_asks_again_and_says_why(qtbot: QtBot, session: Session, no_keyring: None) -> None:
    walk_wizard(qtbot, PASSPHRASE, "Mia", [])
    assert session.start()
    session.close()
    seen: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        for passphrase in ("wrong passphrase", PASSPHRASE):
            dialog.first.setText(passphrase)
            press_ok(dialog)  # the key is unwrapped off the GUI thread: the dialog says so meanwhile
            seen.append(f"{dialog.working.text()} {ok.isEnabled()}")
            qtbot.waitUntil(lambda: dialog.job is None)
            seen.append(dialog.error.text())

    when_modal(PassphraseDialog, answer)
    assert session.start()
    qtbot.waitUntil(lambda: session.fg is not None, timeout=20000)
    assert seen == [
        "Checking the passphrase… False",
        "Wrong passphrase.",
        "Checking the passphrase… False",
        "",
    ]
    assert session.window is not None and session.window.children_model.rowCount() == 1
    assert session.window is not None and session.window.isVisible()


def test_a_second_launch_brings_the_first_to_the_front(qtbot: QtBot, tmp_path: Path) -> None:
    name = server_name(tmp_path) + "-single"
    server = InstanceServer(name)
    with qtbot.waitSignal(server.show_requested, timeout=3000):
        assert ask_running_instance(name)
    assert not ask_running_instance(server_name(tmp_path / "other"))


def make_household(folder: Path) -> None:
    fg = FamilyGuard(create_household(folder, Answer(None), FAST_KDF))
    fg.household.add_child("Mia", date(2019, 3, 4))
    fg.close()


def test_familyguard_passphrase_opens_a_household_without_keyring_asking_nothing(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, no_keyring: None
) -> None:
    folder = tmp_path / "household"
    fg = FamilyGuard(create_household(folder, Answer(PASSPHRASE), FAST_KDF))
    fg.household.add_child("Mia", date(2019, 3, 4))
    fg.close()
    running = Session(qapp, folder, server_name(folder) + "-env", PASSPHRASE, stop=lambda code: None)
    try:
        assert running.start()
        qtbot.waitUntil(lambda: running.fg is not None, timeout=30_000)  # key unwrapped off the GUI thread
        assert running.window is not None and running.window.children_model.rowCount() == 1
        assert not any(
            isinstance(w, PassphraseDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    finally:
        running.close()
        assert running.window is not None
        running.window.close()


def test_the_window_shows_first_without_child_data_then_the_household(
    qtbot: QtBot, session: Session, memory_keyring: MemoryKeyring
) -> None:
    make_household(session.folder)
    assert session.start()
    window = session.window
    assert window is not None and window.isVisible()
    first_frame = " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())
    assert "Opening your family's data" in first_frame and "Mia" not in first_frame
    qtbot.waitUntil(lambda: window.built and window.children_model.rowCount() == 1)
    assert window.heading.text().startswith("Mia")


def test_a_damaged_household_is_one_dialog_and_exit_code_3(
    qtbot: QtBot, session: Session, memory_keyring: MemoryKeyring
) -> None:
    make_household(session.folder)
    (session.folder / "familyguard.key").write_text("{broken")
    messages: list[str] = []

    def read(box: QWidget) -> None:
        messages.append(box.text())
        box.accept()

    when_modal(QMessageBox, read)
    assert session.start()
    qtbot.waitUntil(lambda: session.exit_code == 3)
    assert "familyguard.key" in messages[0] and "damaged" in messages[0]
    assert "Traceback" not in messages[0]
