"""The lock screen: what the window shows while the parent lock is on. It shows no child data at all."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from familyguard.errors import FamilyGuardError
from familyguard.gui.background import BackgroundJob
from familyguard.gui.i18n import content
from familyguard.gui.passphrase import passphrase_field
from familyguard.lock import Attempt, Checked, LockStatus, ParentLock
from familyguard.lock_rules import forgot_text

Unlocked = Callable[[Attempt, bytes | None], None]

TICK_MS = 500


class LockScreen(QWidget):
    """Asks for the parent's PIN or passphrase; shows the back-off wait and what "forgot" means.

    The key derivation (scrypt, about half a second) runs in a `BackgroundJob` while the screen says
    it is checking; the lock counts the attempt before and settles it after, on the GUI thread.
    unlocked(attempt, key) opens the household once the secret proved right (key: the one the secret
    unwrapped, else None); an error it raises is shown here.
    """

    def __init__(self, lock: ParentLock, unlocked: Unlocked, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self.unlocked = unlocked
        self.status: LockStatus | None = None
        self.job: BackgroundJob | None = None  # the secret being checked
        self._attempt: Attempt | None = None
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
        self.checking = QLabel(self.tr("Checking…"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Checking the PIN or passphrase"))
        for widget in (self.checking, self.busy):
            widget.hide()
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
        checking = QHBoxLayout()
        checking.addWidget(self.checking)
        checking.addWidget(self.busy, 1)
        column.addLayout(checking)
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
        """Show the back-off wait; the Unlock button stays disabled until the Clock has passed it,
        and while a secret is being checked."""
        wait = self.status.wait(self.lock.clock.now()) if self.status else timedelta(0)
        waiting = wait > timedelta(0)
        was_waiting = not self.unlock_button.isEnabled()
        for widget in (self.unlock_button, self.secret):
            widget.setEnabled(not waiting and self.job is None)
        self.wait_label.setText(wait_text(wait) if waiting else "")
        if was_waiting and not waiting:
            self.secret.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        """Check the typed secret (ignored during a back-off and while one is being checked)."""
        secret = self.secret.text()
        self.secret.clear()
        if secret and self.unlock_button.isEnabled():
            self.try_secret(secret)

    def try_secret(self, secret: str) -> None:
        """Begin an attempt (refused during a back-off) and check the secret off the GUI thread."""
        if self.job is not None:
            return
        try:
            attempt = self.lock.begin()
        except FamilyGuardError as exc:
            self.reset(content(exc.message))
            return
        job = BackgroundJob(lambda: self.lock.derive(attempt, secret), self._checked, self._check_failed)
        self.job, self._attempt = job, attempt
        self.message.clear()
        self._show_checking(True)
        job.start()

    def _checked(self, checked: Checked) -> None:
        attempt = self._attempt
        assert attempt is not None
        self._show_checking(False)
        try:
            self.unlocked(attempt, self.lock.finish(attempt, checked))
        except FamilyGuardError as exc:
            self.reset(content(exc.message))

    def _check_failed(self, error: Exception) -> None:
        self._show_checking(False)
        if not isinstance(error, FamilyGuardError):
            raise error
        self.reset(content(error.message))

    def _show_checking(self, checking: bool) -> None:
        if not checking:
            self.job = self._attempt = None
        self.checking.setVisible(checking)
        self.busy.setVisible(checking)
        self.tick()

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
    return content(text, "familyguard.lock")


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
