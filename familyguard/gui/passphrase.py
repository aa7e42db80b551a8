"""The passphrase dialog: explains why it asks, checks a new passphrase twice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from familyguard.errors import FamilyGuardError
from familyguard.gui.i18n import content
from familyguard.gui.working import WorkingDialog
from familyguard.storage.prompt import MIN_PASSPHRASE, PassphraseRequest


def passphrase_field(accessible: str) -> QLineEdit:
    """A masked line edit with an accessible name."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    return field


class PassphraseDialog(WorkingDialog):
    """Ask for the household passphrase (to open it, or to choose one).

    unlock(passphrase), when given, runs on OK off the GUI thread (scrypt, about half a second) and
    returns the household's key, kept in `outcome`; a wrong passphrase shows here for another try.
    """

    def __init__(
        self,
        parent: QWidget | None,
        request: PassphraseRequest,
        unlock: Callable[[str], bytes] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("FamilyGuard — passphrase"))
        self.new = request.new
        self.unlock = unlock
        self.first = passphrase_field(self.tr("Passphrase"))
        self.second = passphrase_field(self.tr("Passphrase again"))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        if self.new:
            form.addRow(self.tr("&Again:"), self.second)
        self.lay_out_form(content(request.reason), form, self._check)

    def _check(self) -> None:
        problem = new_passphrase_problem(self.first.text(), self.second.text()) if self.new else ""
        if problem:
            self.error.setText(problem)
        elif self.unlock is None:
            self.accept()
        else:
            unlock, passphrase = self.unlock, self.first.text()
            self.error.clear()
            self.run(lambda: unlock(passphrase), self.tr("Checking the passphrase…"))

    def work_failed(self, error: FamilyGuardError) -> None:
        """Show the error (a wrong passphrase) and stay open for another try."""
        self.error.setText(content(error.message))

    def passphrase(self) -> str:
        return self.first.text()


def new_passphrase_problem(first: str, second: str) -> str:
    """What is wrong with a newly chosen passphrase (in the window's language), or '' when it is fine."""
    translate = QCoreApplication.translate
    if len(first) < MIN_PASSPHRASE:
        return translate("PassphraseDialog", "Use at least {n} characters.").format(n=MIN_PASSPHRASE)
    if first != second:
        return translate("PassphraseDialog", "The two passphrases differ.")
    return ""
