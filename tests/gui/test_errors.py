"""Errors the parent sees: one dialog with what happened and what to do; a bug's traceback goes to the log."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator

import pytest
from modal import when_modal
from opened_urls import OpenedFolders, catch_opened_folders
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from familyguard import config
from familyguard.errors import StorageError
from familyguard.gui.errors import install_excepthook, show_error, show_errors

LOG_FILE = str(config.log_dir() / config.LOG_NAME)


@pytest.fixture
def opened() -> Iterator[OpenedFolders]:
    with catch_opened_folders() as handler:
        yield handler


def read_and(messages: list[str], click: str | None = None) -> Callable[[QWidget], None]:
    """Record a message box's text, then press the button labelled `click` (or close it)."""

    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        messages.append(box.text())
        chosen = [b for b in box.buttons() if b.text() == click]
        (chosen[0] if chosen else box.buttons()[0]).click()

    return act


def broken() -> None:
    raise ZeroDivisionError("a bug")


def test_an_expected_error_says_what_happened_and_what_to_do(qtbot: QtBot) -> None:
    messages: list[str] = []
    when_modal(QMessageBox, read_and(messages))
    show_error(None, StorageError("the disk is full.", path=config.log_dir(), hint="Free some space."))
    assert messages and "the disk is full." in messages[0] and "Free some space." in messages[0]
    assert "Traceback" not in messages[0]


def test_a_bug_is_logged_with_its_traceback_and_the_dialog_opens_the_log_folder(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, opened: OpenedFolders
) -> None:
    messages: list[str] = []
    when_modal(QMessageBox, read_and(messages, "Open log folder"))
    with caplog.at_level(logging.ERROR):
        show_errors(None, broken)()
    assert "Something went wrong" in messages[0] and LOG_FILE in messages[0]
    assert "Traceback" not in messages[0] and "ZeroDivisionError" not in messages[0]
    (record,) = caplog.records
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError
    assert "Traceback" in caplog.text and "in broken" in caplog.text
    assert opened.paths == [config.log_dir()]


def test_the_hook_turns_an_error_escaping_a_qt_slot_into_the_dialog(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    install_excepthook(lambda: None)
    assert sys.excepthook is not sys.__excepthook__
    messages: list[str] = []
    when_modal(QMessageBox, read_and(messages))
    with caplog.at_level(logging.ERROR):
        QTimer.singleShot(0, broken)
        qtbot.waitUntil(lambda: bool(messages))
    assert LOG_FILE in messages[0]
    assert "ZeroDivisionError: a bug" in caplog.text


def test_the_hook_leaves_a_debugger_or_test_runner_hook_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    def other(*_args: object) -> None:
        return None

    monkeypatch.setattr(sys, "excepthook", other)
    install_excepthook(lambda: None)
    assert sys.excepthook is other


def test_an_error_in_a_worker_thread_is_logged_without_a_dialog(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    install_excepthook(lambda: None)
    hook = sys.excepthook

    def run() -> None:
        try:
            broken()
        except ZeroDivisionError as exc:
            hook(ZeroDivisionError, exc, exc.__traceback__)

    with caplog.at_level(logging.ERROR):
        worker = threading.Thread(target=run)
        worker.start()
        worker.join()
    assert "worker thread" in caplog.text and "ZeroDivisionError: a bug" in caplog.text
    assert QApplication.activeModalWidget() is None
