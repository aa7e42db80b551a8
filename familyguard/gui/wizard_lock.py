"""The first-run wizard's optional last page: "Lock FamilyGuard with a PIN or passphrase?"."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QFormLayout, QLabel, QRadioButton, QWizardPage

from familyguard.errors import UsageError
from familyguard.gui.errors import error_text
from familyguard.gui.lock_screen import core_text
from familyguard.gui.passphrase import passphrase_field
from familyguard.lock_rules import PASSPHRASE, PIN, THREAT_MODEL, check_new_secret

_NONE = ""


class LockPage(QWizardPage):
    """Offers the parent lock. With a keyring: a PIN or a passphrase of its own; without one: the
    passphrase just chosen for the data, asked again at each start and after a while without use."""

    def __init__(self, keyring: bool) -> None:
        super().__init__()
        self.keyring = keyring
        self.setTitle(self.tr("Lock FamilyGuard with a PIN or passphrase?"))
        why = QLabel(core_text(THREAT_MODEL) + "\n\n" + self.tr("You can change this later in Settings."))
        why.setWordWrap(True)
        self.choices = QButtonGroup(self)
        form = QFormLayout(self)
        form.addRow(why)
        options = [(_NONE, self.tr("&No lock"))]
        if keyring:
            options += [(PIN, self.tr("A &PIN (6 digits or more)")), (PASSPHRASE, self.tr("A pa&ssphrase"))]
        else:
            options.append(
                (PASSPHRASE, self.tr("&Yes: ask for the passphrase again after a while without use"))
            )
        self.kinds = [kind for kind, _text in options]
        for index, (kind, text) in enumerate(options):
            radio = QRadioButton(text)
            radio.setChecked(kind == _NONE)
            self.choices.addButton(radio, index)
            form.addRow(radio)
        self.first = passphrase_field(self.tr("PIN or passphrase"))
        self.second = passphrase_field(self.tr("PIN or passphrase again"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        if keyring:
            form.addRow(self.tr("&Choose it:"), self.first)
            form.addRow(self.tr("&Again:"), self.second)
        form.addRow(self.error)
        self.choices.idToggled.connect(lambda *_: self._follow())
        self._follow()

    def kind(self) -> str:
        return self.kinds[self.choices.checkedId()]

    def _follow(self) -> None:
        for field in (self.first, self.second):
            field.setEnabled(self.kind() != _NONE)

    def validatePage(self) -> bool:
        if not (self.keyring and self.kind()):
            return True
        try:
            check_new_secret(self.first.text(), self.kind())
        except UsageError as exc:
            self.error.setText(error_text(exc, " "))
            return False
        if self.first.text() != self.second.text():
            self.error.setText(self.tr("The two entries differ."))
            return False
        return True

    def choice(self) -> tuple[str, str] | None:
        """(kind, secret) to lock with, None for no lock; without a keyring the secret is '' (the data's)."""
        if not self.kind():
            return None
        return self.kind(), self.first.text() if self.keyring else ""
