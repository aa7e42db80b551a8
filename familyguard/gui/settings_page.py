"""The Settings page: reminders (quiet hours, notification style), start at login, your data.

Every change is saved at once in the household (or, for start at login, the operating system):
there is no OK button to forget. Other features add their own section with `add_section`.
"""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from familyguard.gui.at_login import StartAtLogin
from familyguard.gui.data_section import DataSection
from familyguard.gui.errors import show_errors
from familyguard.quiet_hours import QuietHours
from familyguard.settings import DEFAULT_QUIET_HOURS, NotificationStyle, Settings

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard


class SettingsPage(QScrollArea):
    """The parent's settings. `reminders_changed`: quiet hours or the style changed (reschedule)."""

    reminders_changed = Signal()

    def __init__(self, fg: FamilyGuard) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.settings = Settings(fg.preferences)
        self.at_login = StartAtLogin(fg.db.path.parent, self)
        body = QWidget()
        self._sections = QVBoxLayout(body)
        self._sections.addWidget(self._group(self.tr("Reminders"), self._reminders()))
        self._sections.addWidget(self._group(self.tr("Starting"), self._starting()))
        self.data = DataSection(fg)
        self._sections.addWidget(self._group(self.tr("Your data"), self.data))
        self._sections.addStretch(1)
        self.setWidget(body)
        self._load()

    def add_section(self, title: str, widget: QWidget) -> None:
        """Add a section (e.g. the parent lock) above "Your data"."""
        self._sections.insertWidget(self._sections.count() - 2, self._group(title, widget))

    def _group(self, title: str, widget: QWidget) -> QGroupBox:
        group = QGroupBox(title)
        QVBoxLayout(group).addWidget(widget)
        return group

    def _reminders(self) -> QWidget:
        self.quiet = QCheckBox(self.tr("&Quiet hours: no reminder pops up from"))
        self.quiet_from, self.quiet_to = QTimeEdit(), QTimeEdit()
        for edit, name in ((self.quiet_from, self.tr("Quiet from")), (self.quiet_to, self.tr("Quiet until"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
            edit.timeChanged.connect(show_errors(self, self._save_quiet_hours))
        self.quiet.toggled.connect(show_errors(self, self._save_quiet_hours))
        span = QHBoxLayout()
        span.addWidget(self.quiet)
        span.addWidget(self.quiet_from)
        span.addWidget(QLabel(self.tr("to")))
        span.addWidget(self.quiet_to)
        span.addStretch(1)
        self.quiet_note = QLabel()
        self.quiet_note.setWordWrap(True)
        self.style_box = QComboBox()
        self.style_box.setAccessibleName(self.tr("Notification style"))
        for style, text in (
            (NotificationStyle.FULL, self.tr("Full: the child's name and the topic")),
            (NotificationStyle.PRIVATE, self.tr("Private: the topic and the child's first name only")),
            (NotificationStyle.TRAY, self.tr("Tray only: no pop-up, the tray icon says a talk is due")),
        ):
            self.style_box.addItem(text, style.value)
        self.style_box.currentIndexChanged.connect(show_errors(self, self._save_style))
        box = QWidget()
        form = QFormLayout(box)
        form.addRow(span)
        form.addRow(self.quiet_note)
        form.addRow(self.tr("&Notifications:"), self.style_box)
        return box

    def _starting(self) -> QWidget:
        self.login_box = QCheckBox(self.tr("Start FamilyGuard in the tray when I log &in"))
        self.login_box.setChecked(self.at_login.isChecked())
        self.at_login.toggled.connect(self.login_box.setChecked)
        self.login_box.clicked.connect(self._login_clicked)
        return self.login_box

    def _login_clicked(self, on: bool) -> None:
        if on != self.at_login.isChecked():
            self.at_login.trigger()

    def _load(self) -> None:
        """Show the stored settings (without saving them back)."""
        hours = self.settings.quiet_hours
        shown = hours or DEFAULT_QUIET_HOURS
        for widget in (self.quiet, self.quiet_from, self.quiet_to, self.style_box):
            widget.blockSignals(True)
        self.quiet.setChecked(hours is not None)
        self.quiet_from.setTime(QTime(shown.start.hour, shown.start.minute))
        self.quiet_to.setTime(QTime(shown.end.hour, shown.end.minute))
        self.style_box.setCurrentIndex(self.style_box.findData(self.settings.notification_style.value))
        for widget in (self.quiet, self.quiet_from, self.quiet_to, self.style_box):
            widget.blockSignals(False)
        self._show_quiet_note(hours)

    def _save_quiet_hours(self) -> None:
        start, end = _time(self.quiet_from.time()), _time(self.quiet_to.time())
        if self.quiet.isChecked() and start == end:
            self.quiet_note.setText(self.tr("Quiet hours need a start and an end that differ."))
            return
        hours = QuietHours(start, end) if self.quiet.isChecked() else None
        self.settings.quiet_hours = hours
        self._show_quiet_note(hours)
        self.reminders_changed.emit()

    def _show_quiet_note(self, hours: QuietHours | None) -> None:
        if hours is None:
            self.quiet_note.setText(self.tr("Reminders may pop up at any time."))
        else:
            self.quiet_note.setText(
                self.tr("A talk that comes due between {start} and {end} is shown at {end}.").format(
                    start=f"{hours.start:%H:%M}", end=f"{hours.end:%H:%M}"
                )
            )

    def _save_style(self) -> None:
        self.settings.notification_style = NotificationStyle(self.style_box.currentData())
        self.reminders_changed.emit()


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())
