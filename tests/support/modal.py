"""Drive modal dialogs in GUI tests: act on the next one of a kind as soon as it opens."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget


def when_modal(
    kind: type, act: Callable[[QWidget], None], count: int = 1, seconds: float = 30.0
) -> list[QWidget]:
    """Act on each of the next `count` modal widgets of that kind that open within `seconds` (then
    stop looking, so that a dialog that rightly never opened leaves no watcher for later tests);
    returns the ones seen."""
    seen: list[QWidget] = []
    deadline = time.monotonic() + seconds

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal not in seen:
            seen.append(modal)
            act(modal)
        if len(seen) < count and time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def press_ok(dialog: QWidget) -> None:
    """Click the OK button of a dialog's button box."""
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def answer(button: QMessageBox.StandardButton, texts: list[str]) -> Callable[[QWidget], None]:
    """For when_modal: note a message box's text in texts, then press the button."""

    def act(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        texts.append(widget.text())
        widget.button(button).click()

    return act
