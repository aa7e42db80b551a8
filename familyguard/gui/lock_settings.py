"""The parent lock's settings, as a widget the Settings page embeds: on/off, PIN or passphrase,
change, recovery code, minutes without use before it locks, and the honest limits of it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from familyguard.gui.errors import show_errors
from familyguard.gui.lock_dialogs import Action, SecretDialog, show_recovery_code
from familyguard.gui.lock_screen import core_text
from familyguard.gui.locking import WindowLock
from familyguard.lock_rules import PASSPHRASE, PIN, THREAT_MODEL, forgot_text
from familyguard.storage import keyfile

MAX_IDLE_MINUTES = 240


class LockSettings(QWidget):
    """Turn the lock on or off, change it, get a new recovery code, choose the idle minutes."""

    def __init__(self, locker: WindowLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locker = locker
        self.lock = locker.lock
        self.state = QLabel()
        self.state.setWordWrap(True)
        limits = QLabel(core_text(THREAT_MODEL))
        limits.setWordWrap(True)
        self.forgot = QLabel()
        self.forgot.setWordWrap(True)
        self.turn_on = self._button(self.tr("Turn the lock &on…"), self._turn_on)
        self.turn_off = self._button(self.tr("Turn the lock o&ff…"), self._turn_off)
        self.change = self._button(self.tr("C&hange the PIN or passphrase…"), self._change)
        self.new_code = self._button(self.tr("New &recovery code…"), self._new_code)
        self.lock_now = self._button(self.tr("&Lock now"), locker.lock_now)
        self.idle = QSpinBox()
        self.idle.setRange(1, MAX_IDLE_MINUTES)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Minutes without use before FamilyGuard locks"))
        self.idle.valueChanged.connect(
            show_errors(self, lambda: self.locker.set_idle_minutes(self.idle.value()))
        )
        buttons = QHBoxLayout()
        for button in (self.turn_on, self.turn_off, self.change, self.new_code, self.lock_now):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Lock after this long without &use:"), self.idle)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(limits)
        layout.addWidget(self.forgot)
        self.refresh()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(show_errors(self, slot))
        return button

    def title(self) -> str:
        """The heading of this section on the Settings page."""
        return self.tr("Parent lock")

    def refresh(self) -> None:
        """Show the lock's present state."""
        status = self.lock.status()
        keyring = status.storage == keyfile.KEYRING
        if not status.on:
            self.state.setText(
                self.tr("The parent lock is off: anyone using this account can open FamilyGuard.")
            )
        elif status.kind == PIN:
            self.state.setText(self.tr("The parent lock is on: FamilyGuard asks for your PIN."))
        else:
            self.state.setText(self.tr("The parent lock is on: FamilyGuard asks for your passphrase."))
        self.turn_on.setVisible(not status.on)
        self.turn_off.setVisible(status.on)
        self.change.setVisible(status.on or not keyring)
        self.new_code.setVisible(status.on and keyring)
        self.lock_now.setEnabled(status.on)
        self.idle.setEnabled(status.on and self.locker.preferences is not None)
        self.idle.blockSignals(True)
        self.idle.setValue(self.locker.idle_minutes())
        self.idle.blockSignals(False)
        self.forgot.setText(core_text(forgot_text(status.storage)))

    def _done(self) -> None:
        self.locker.apply()
        self.refresh()

    def _ask(
        self, title: str, intro: str, action: Action, current: str = "", kinds: tuple[str, ...] = ()
    ) -> bool:
        dialog = SecretDialog(self, title, intro, action, current, kinds)
        return bool(dialog.exec())

    def _current_label(self) -> str:
        return (
            self.tr("PIN") if self.lock.status().kind == PIN and self.lock.is_on() else self.tr("Passphrase")
        )

    def _turn_on(self) -> None:
        codes: list[str | None] = []
        if self.lock.status().storage == keyfile.PASSPHRASE:
            done = self._ask(
                self.tr("Turn the parent lock on"),
                self.tr("Without a keyring, the lock is the passphrase that protects the data. Enter it:"),
                lambda current, _kind, _new: codes.append(self.lock.set(PASSPHRASE, current)),
                self.tr("Passphrase"),
            )
        else:
            done = self._ask(
                self.tr("Turn the parent lock on"),
                self.tr("Choose a PIN of 6 digits or more, or a passphrase of 8 characters or more."),
                lambda _current, kind, new: codes.append(self.lock.set(kind, new)),
                kinds=(PIN, PASSPHRASE),
            )
        if done:
            show_recovery_code(self, codes[0])
            self._done()

    def _turn_off(self) -> None:
        if self._ask(
            self.tr("Turn the parent lock off"),
            self.tr("Anyone using this account will then be able to open FamilyGuard."),
            lambda current, _kind, _new: self.lock.off(current),
            self._current_label(),
        ):
            self._done()

    def _change(self) -> None:
        keyring = self.lock.status().storage == keyfile.KEYRING
        if self._ask(
            self.tr("Change the PIN or passphrase"),
            self.tr("Enter the present one, then choose the new one.")
            if keyring
            else self.tr("The data stays as it is; only the passphrase that opens it changes."),
            lambda current, kind, new: self.lock.change(current, kind, new),
            self._current_label(),
            (PIN, PASSPHRASE) if keyring else (PASSPHRASE,),
        ):
            self._done()

    def _new_code(self) -> None:
        codes: list[str] = []
        if self._ask(
            self.tr("New recovery code"),
            self.tr("The old recovery code will stop working."),
            lambda current, _kind, _new: codes.append(self.lock.new_recovery_code(current)),
            self._current_label(),
        ):
            show_recovery_code(self, codes[0])
            self._done()
