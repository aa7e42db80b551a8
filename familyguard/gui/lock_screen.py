"""The lock screen: what the window shows while the parent lock is on. It shows no child data at all."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from familyguard.errors import FamilyGuardError
from familyguard.gui.passphrase import passphrase_field
from familyguard.lock import LockStatus, ParentLock, forgot_text

TICK_MS = 500


class LockScreen(QWidget):
    """Asks for the parent's PIN or passphrase; shows the back-off wait and what "forgot" means.

    attempt(secret) unlocks or raises the lock's error (wrong secret, back-off), shown here.
    """

    def __init__(
        self, lock: ParentLock, attempt: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lock = lock
        self.attempt = attempt
        self.status: LockStatus | None = None
        heading = QLabel(self.tr("FamilyGuard is locked"))
        heading.setObjectName("heading")
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.secret = passphrase_field(self.tr("PIN or passphrase"))
        self.secret.returnPressed.connect(self.submit)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.wait_label = QLabel()
        self.wait_label.setWordWrap(True)
        self.forgot_button = QPushButton(self.tr("&Forgot it?"))
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self._toggle_forgot)
        self.forgot = QLabel()
        self.forgot.setWordWrap(True)
        self.forgot.hide()
        self.recover_button = QPushButton(self.tr("Use the &recovery code…"))
        self.recover_button.clicked.connect(self._recover)
        self.recover_button.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self._build_layout(heading)

    def _build_layout(self, heading: QLabel) -> None:
        row = QHBoxLayout()
        row.addWidget(self.secret, 1)
        row.addWidget(self.unlock_button)
        box = QWidget()
        box.setFixedWidth(480)  # wrapped text needs a set width to be laid out without clipping
        column = QVBoxLayout(box)
        for widget in (heading, self.prompt):
            column.addWidget(widget)
        column.addLayout(row)
        for widget in (self.message, self.wait_label, self.forgot_button, self.forgot, self.recover_button):
            column.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def reset(self, message: str = "") -> None:
        """Read the lock's state again (kind, wait) and show message (e.g. the last error)."""
        self.status = self.lock.status()
        if self.status.label == "PIN":
            self.prompt.setText(self.tr("Enter the parent PIN to open your family's data."))
        else:
            self.prompt.setText(self.tr("Enter the parent passphrase to open your family's data."))
        self.forgot.setText(core_text(forgot_text(self.status.storage)))
        self.message.setText(message)
        self.tick()

    def tick(self) -> None:
        """Show the back-off wait; the Unlock button stays disabled until the Clock has passed it."""
        wait = self.status.wait(self.lock.clock.now()) if self.status else timedelta(0)
        waiting = wait > timedelta(0)
        was_waiting = not self.unlock_button.isEnabled()
        self.unlock_button.setEnabled(not waiting)
        self.secret.setEnabled(not waiting)
        self.wait_label.setText(wait_text(wait) if waiting else "")
        if was_waiting and not waiting:
            self.secret.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        secret = self.secret.text()
        self.secret.clear()
        if not secret or not self.unlock_button.isEnabled():
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.attempt(secret)
        except FamilyGuardError as exc:
            self.reset(exc.message)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.message.clear()

    def _toggle_forgot(self) -> None:
        self.forgot.setVisible(not self.forgot.isVisible())
        self.recover_button.setVisible(
            self.forgot.isVisible() and self.status is not None and self.status.recoverable
        )

    def _recover(self) -> None:
        from familyguard.gui.lock_dialogs import recover

        if recover(self, self.lock):
            self.forgot.hide()
            self.recover_button.hide()
            self.reset(self.tr("Your new PIN or passphrase is set: unlock with it."))

    def showEvent(self, event: QShowEvent) -> None:
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)


def core_text(text: str) -> str:
    """A text of the core (THREAT_MODEL, forgot_text) in the window's language, where translated."""
    return QCoreApplication.translate("familyguard.lock", text)


def wait_text(wait: timedelta) -> str:
    """'Too many wrong attempts. Try again in 1 min 4 s.' in the window's language."""
    seconds = math.ceil(wait.total_seconds())
    if seconds < 60:
        text = QCoreApplication.translate("lock", "Too many wrong attempts. Try again in {seconds} s.")
        return text.format(seconds=seconds)
    minutes, seconds = divmod(seconds, 60)
    text = QCoreApplication.translate(
        "lock", "Too many wrong attempts. Try again in {minutes} min {seconds} s."
    )
    return text.format(minutes=minutes, seconds=seconds)
