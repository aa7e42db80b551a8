"""First run: the privacy promise, a passphrase where the OS keyring cannot hold the key, the first
child, and (optional) the parent lock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from familyguard.gui.passphrase import new_passphrase_problem, passphrase_field
from familyguard.gui.wizard_lock import LockPage

PRIVACY_PROMISE = QT_TRANSLATE_NOOP(
    "FirstRunWizard",
    "Your family's data never leaves this PC: no account, no cloud, no subscription. "
    "Everything you enter is stored encrypted on this computer.",
)


def privacy_promise() -> str:
    """The privacy promise in the window's language."""
    return QCoreApplication.translate("FirstRunWizard", PRIVACY_PROMISE)


class _Welcome(QWizardPage):
    def __init__(self, try_demo: Callable[[], None]) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to FamilyGuard"))
        intro = QLabel(
            self.tr(
                "FamilyGuard shows what each of your children's apps lets strangers do, who they are "
                "connected with, and reminds you to keep talking with them about staying safe.\n\n"
            )
            + privacy_promise()
        )
        intro.setWordWrap(True)
        demo = QLabel(
            self.tr(
                "Not ready to enter your own family yet? Look around a made-up family first: it is "
                "kept apart from your own data, and this welcome comes back when you are ready."
            )
        )
        demo.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("&Try the demo family"))
        self.demo_button.clicked.connect(try_demo)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addStretch(1)
        box.addWidget(demo)
        box.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)


class _Passphrase(QWizardPage):
    def __init__(self, reason: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose a passphrase"))
        why = QLabel(
            reason + "\n\n" + self.tr("Keep it somewhere safe: without it the data cannot be opened.")
        )
        why.setWordWrap(True)
        self.first = passphrase_field(self.tr("Passphrase"))
        self.second = passphrase_field(self.tr("Passphrase again"))
        self.error = QLabel()
        self.error.setObjectName("error")
        form = QFormLayout(self)
        form.addRow(why)
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        form.addRow(self.error)

    def validatePage(self) -> bool:
        problem = new_passphrase_problem(self.first.text(), self.second.text())
        self.error.setText(problem)
        return not problem


class _FirstChild(QWizardPage):
    def __init__(self, today: date) -> None:
        super().__init__()
        self.setTitle(self.tr("Your first child"))
        self.setSubTitle(self.tr("You can add brothers and sisters afterwards."))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Child's name"))
        self.name.setPlaceholderText(self.tr("First name or nickname"))
        self.born = QDateEdit(QDate(today.year - 10, 1, 1))
        self.born.setAccessibleName(self.tr("Date of birth"))
        self.born.setDisplayFormat("yyyy-MM-dd")
        self.born.setCalendarPopup(True)
        self.born.setMaximumDate(QDate(today.year, today.month, today.day))
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Born on:"), self.born)
        self.registerField("name*", self.name)


class FirstRunWizard(QWizard):
    """Collects what a new household needs; the caller creates it.

    exec() returns TRY_DEMO when the parent chose to look at the demo family first.
    """

    TRY_DEMO = 2

    def __init__(
        self, parent: QWidget | None, today: date, passphrase_reason: str | None, keyring: bool | None = None
    ) -> None:
        """keyring: whether the OS keyring holds the key (default: when no passphrase is asked)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("FamilyGuard — first start"))
        self.addPage(_Welcome(lambda: self.done(self.TRY_DEMO)))
        self._passphrase = _Passphrase(passphrase_reason) if passphrase_reason else None
        if self._passphrase:
            self.addPage(self._passphrase)
        self._child = _FirstChild(today)
        self._child.setFinalPage(True)
        self.addPage(self._child)
        self._lock = LockPage(passphrase_reason is None if keyring is None else keyring)
        self.addPage(self._lock)

    def passphrase(self) -> str | None:
        return self._passphrase.first.text() if self._passphrase else None

    def lock_choice(self) -> tuple[str, str] | None:
        """The parent lock chosen on the last page: (kind, secret), None for none."""
        return self._lock.choice()

    def child(self) -> tuple[str, date]:
        qd = self._child.born.date()
        return self._child.name.text(), date(qd.year(), qd.month(), qd.day())
