"""Dialogs to add and edit a child and a child's app."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from familyguard.domain import AppUse, Child
from familyguard.domain.app_settings import RECORDED_SETTINGS
from familyguard.gui.i18n_words import setting_label, setting_value

if TYPE_CHECKING:
    from familyguard.catalog import Catalogue

NOT_CHECKED = ""


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class ChildDialog(QDialog):
    """Name and date of birth of a child (new or existing)."""

    def __init__(self, parent: QWidget | None, today: date, child: Child | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit child") if child else self.tr("Add a child"))
        self.name = QLineEdit(child.name if child else "")
        self.name.setAccessibleName(self.tr("Child's name"))
        self.name.setPlaceholderText(self.tr("First name or nickname"))
        self.name.setMaxLength(60)
        self.born = QDateEdit()
        self.born.setAccessibleName(self.tr("Date of birth"))
        self.born.setCalendarPopup(True)
        self.born.setDisplayFormat("yyyy-MM-dd")
        self.born.setMaximumDate(QDate(today.year, today.month, today.day))
        self.born.setMinimumDate(QDate(today.year - 25, 1, 1))
        start = child.born if child else date(today.year - 10, 1, 1)
        self.born.setDate(QDate(start.year, start.month, start.day))
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Born on:"), self.born)
        form.addRow(_buttons(self))

    def values(self) -> tuple[str, date]:
        qd = self.born.date()
        return self.name.text(), date(qd.year(), qd.month(), qd.day())


class AppUseDialog(QDialog):
    """Pick an app from the catalogue (typo-tolerant), the child's user name and the settings checked."""

    def __init__(self, parent: QWidget | None, catalogue: Catalogue, use: AppUse | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit app") if use else self.tr("Add an app"))
        self.catalogue = catalogue
        self.app = QLineEdit(use.name if use else "")
        self.app.setAccessibleName(self.tr("App"))
        self.app.setPlaceholderText(self.tr("Type the app's name, e.g. Snapchat"))
        self.app.setReadOnly(use is not None)
        names = QStringListModel(
            [a.name for a in catalogue.apps] + [x for a in catalogue.apps for x in a.aliases]
        )
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.app.setCompleter(completer)
        self.match = QLabel()
        self.match.setWordWrap(True)
        self.app.textChanged.connect(self._show_match)
        self.handle = QLineEdit(use.handle or "" if use else "")
        self.handle.setAccessibleName(self.tr("Child's user name on the app"))
        self.handle.setPlaceholderText(self.tr("optional"))
        form = QFormLayout()
        form.addRow(self.tr("&App:"), self.app)
        form.addRow("", self.match)
        form.addRow(self.tr("&User name:"), self.handle)
        self.settings: dict[str, QComboBox] = {}
        for key, values in RECORDED_SETTINGS.items():
            combo = QComboBox()
            combo.addItem(self.tr("not checked"), NOT_CHECKED)
            for value in values:
                combo.addItem(setting_value(value), value)
            combo.setAccessibleName(setting_label(key))
            if use and key in use.settings:
                combo.setCurrentIndex(combo.findData(use.settings[key]))
            self.settings[key] = combo
            form.addRow(setting_label(key) + ":", combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self._show_match(self.app.text())

    def _show_match(self, text: str) -> None:
        found = self.catalogue.search(text)[:1] if text.strip() else []
        self.match.setText(
            self.tr("Will add: {name}").format(name=found[0].name)
            if found
            else self.tr("Not in the catalogue yet.")
        )

    def values(self) -> tuple[str, str | None, dict[str, str]]:
        chosen = {k: c.currentData() for k, c in self.settings.items() if c.currentData() != NOT_CHECKED}
        found = self.catalogue.search(self.app.text())[:1]
        app = found[0].id if found else self.app.text()
        return app, self.handle.text().strip() or None, chosen
