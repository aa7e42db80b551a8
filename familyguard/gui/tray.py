"""The tray icon: always there while FamilyGuard runs, with Open and Quit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from familyguard import autostart
from familyguard.gui.main_window import MainWindow
from familyguard.notify import Notification, NotificationFailed
from familyguard.notify.base import OPEN, ActionHandler

if TYPE_CHECKING:
    from familyguard.gui.reminders import Reminders


class Tray(QSystemTrayIcon):
    """Tray icon whose menu opens the main window or quits."""

    def __init__(self, icon: QIcon, window: MainWindow, data_dir: Path | None = None) -> None:
        super().__init__(icon)
        self.data_dir = data_dir
        self.setToolTip(self.tr("FamilyGuard — your family's data stays on this PC"))
        self.menu = QMenu()
        self.open_action = self.menu.addAction(self.tr("&Open FamilyGuard"))
        self.open_action.triggered.connect(window.bring_to_front)
        self.menu.addSeparator()
        self.menu.addAction(window.quit_action)
        self.setContextMenu(self.menu)
        self.activated.connect(self._activated)
        self._window = window

    def add_reminders(self, reminders: Reminders) -> None:
        """Upcoming talks and "snooze all" in the tray menu, between Open and Quit."""
        upcoming = QMenu(self.tr("Upcoming talks"), self.menu)
        upcoming.aboutToShow.connect(lambda: self._fill_upcoming(upcoming, reminders))
        snooze = QAction(self.tr("Snooze all reminders for an hour"), self.menu)
        snooze.triggered.connect(reminders.snooze_all)
        pause = QAction(self.tr("Pause reminders for a day"), self.menu)
        pause.setCheckable(True)
        pause.triggered.connect(lambda on: reminders.pause_for_a_day() if on else reminders.resume())
        at_login = QAction(self.tr("Start at login"), self.menu)
        at_login.setCheckable(True)
        at_login.setChecked(autostart.is_enabled())
        at_login.triggered.connect(lambda on: autostart.enable(self.data_dir) if on else autostart.disable())
        self.menu.aboutToShow.connect(lambda: pause.setChecked(reminders.paused_until() is not None))
        before_quit = self.menu.actions()[1]
        self.menu.insertSeparator(before_quit)
        for item in (snooze, pause):
            self.menu.insertAction(before_quit, item)
        self.menu.insertMenu(before_quit, upcoming)
        self.menu.insertSeparator(before_quit)
        self.menu.insertAction(before_quit, at_login)

    def _fill_upcoming(self, menu: QMenu, reminders: Reminders) -> None:
        menu.clear()
        talks = reminders.talks
        names = talks.child_names()
        for item in talks.upcoming(days=14)[:10]:
            when = item.when.strftime("%a %d %b, %H:%M")
            text = f"{when} — {names.get(item.plan.child_id, '')}: {talks.topic(item.plan.topic_id).title}"
            menu.addAction(text).triggered.connect(lambda _=False, p=item.plan.id: reminders.open_guide(p))
        if menu.isEmpty():
            menu.addAction(self.tr("No talks planned in the next two weeks")).setEnabled(False)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self._window.bring_to_front()


class TrayNotifier:
    """Notifications as the tray icon's balloon (no buttons: a click opens the guide)."""

    name = "tray"

    def __init__(self, tray: QSystemTrayIcon, on_action: ActionHandler) -> None:
        self._tray = tray
        self._last = ""
        tray.messageClicked.connect(lambda: self._last and on_action(self._last, OPEN))

    def send(self, notification: Notification) -> None:
        if not self._tray.isVisible():
            raise NotificationFailed("the tray icon is not shown")
        self._last = notification.key
        self._tray.showMessage(notification.title, notification.body, QSystemTrayIcon.MessageIcon.Information)

    def close(self) -> None:
        return None
