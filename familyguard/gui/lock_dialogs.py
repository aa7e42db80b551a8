"""Dialogs of the parent lock: enter the present secret and/or choose a new one; show a recovery code."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from familyguard.errors import FamilyGuardError
from familyguard.gui.errors import error_text
from familyguard.gui.passphrase import passphrase_field
from familyguard.gui.working import WorkingDialog
from familyguard.lock import ParentLock
from familyguard.lock_rules import KINDS, PASSPHRASE, PIN, check_new_secret

Action = Callable[[str, str, str], None]


class SecretDialog(WorkingDialog):
    """Ask the present secret (current_label) and/or a new one of the given kinds, then run action.

    action(current, kind, new) runs on OK, off the GUI thread (its scrypt takes about half a second per
    secret); its error (wrong PIN, back-off, too short) shows here and the dialog stays open, so the
    parent can try again.
    """

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        intro: str,
        action: Action,
        current_label: str = "",
        kinds: tuple[str, ...] = (),
        masked: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.action = action
        form = QFormLayout()
        self.current = passphrase_field(current_label) if masked else QLineEdit()
        self.current.setAccessibleName(current_label)
        if current_label:
            form.addRow(current_label + ":", self.current)
        self.kinds = QButtonGroup(self)
        for kind in kinds if len(kinds) > 1 else ():
            radio = QRadioButton(
                self.tr("A PIN (6 digits or more)") if kind == PIN else self.tr("A passphrase")
            )
            radio.setChecked(kind == kinds[0])
            self.kinds.addButton(radio, KINDS.index(kind))
            form.addRow(radio)
        self.new_kinds = kinds
        self.new = passphrase_field(self.tr("New PIN or passphrase"))
        self.again = passphrase_field(self.tr("New PIN or passphrase again"))
        if kinds:
            form.addRow(self.tr("&New:"), self.new)
            form.addRow(self.tr("&Again:"), self.again)
        self.lay_out_form(intro, form, self._run)

    def kind(self) -> str:
        checked = self.kinds.checkedId()
        return KINDS[checked] if checked >= 0 else (self.new_kinds or ("",))[0]

    def _run(self) -> None:
        current, kind, new = self.current.text(), self.kind(), self.new.text()
        try:
            if self.new_kinds:
                check_new_secret(new, kind)
                if new != self.again.text():
                    self.error.setText(self.tr("The two entries differ."))
                    return
        except FamilyGuardError as exc:
            self.error.setText(error_text(exc, " "))
            return
        self.error.clear()
        action = self.action
        self.run(lambda: action(current, kind, new), self.tr("Checking…"))

    def work_failed(self, error: FamilyGuardError) -> None:
        """Show the error and stay open for another try."""
        self.error.setText(error_text(error, " "))


class RecoveryCodeDialog(QDialog):
    """Shows a recovery code, once: the parent writes it down."""

    def __init__(self, parent: QWidget | None, code: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("FamilyGuard — recovery code"))
        why = QLabel(
            self.tr(
                "Write this recovery code down and keep it where the children cannot find it. It is "
                "shown only now. With it you can choose a new PIN or passphrase if you forget yours."
            )
        )
        why.setWordWrap(True)
        self.code = QLabel(code)
        self.code.setAccessibleName(self.tr("Recovery code"))
        font = QFont("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addWidget(self.code)
        layout.addWidget(buttons)


def show_recovery_code(parent: QWidget | None, code: str | None) -> None:
    """Show a new recovery code (nothing when there is none: no keyring, no recovery)."""
    if code:
        RecoveryCodeDialog(parent, code).exec()


def recover(parent: QWidget, lock: ParentLock) -> bool:
    """Set a new PIN or passphrase with the recovery code; True when done (the next code was shown)."""
    codes: list[str] = []
    translate = QCoreApplication.translate
    dialog = SecretDialog(
        parent,
        translate("lock", "FamilyGuard — forgot the PIN or passphrase"),
        translate("lock", "Enter the recovery code you wrote down, then choose a new PIN or passphrase."),
        lambda code, kind, new: codes.append(lock.recover(code, kind, new)),
        translate("lock", "Recovery code"),
        (PIN, PASSPHRASE),
        masked=False,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    show_recovery_code(parent, codes[0])
    return True
