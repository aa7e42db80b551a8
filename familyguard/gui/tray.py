"""The tray icon: always there while FamilyGuard runs, with Open and Quit; its tooltip says what is due."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from familyguard.gui.i18n import content
from familyguard.gui.main_window import MainWindow
from familyguard.notify import Notification, NotificationFailed
from familyguard.notify.base import OPEN, ActionHandler
from familyguard.settings import NotificationStyle, first_name

if TYPE_CHECKING:
    from familyguard.gui.at_login import StartAtLogin
    from familyguard.gui.reminders import Reminders


class Tray(QSystemTrayIcon):
    """Tray icon whose menu opens the main window or quits."""

    def __init__(self, icon: QIcon, window: MainWindow) -> None:
        super().__init__(icon)
        self.setToolTip(self.tr("FamilyGuard — your family's data stays on this PC"))
        self.menu = QMenu()
        self.open_action = self.menu.addAction(self.tr("&Open FamilyGuard"))
        self.open_action.triggered.connect(window.bring_to_front)
        self.menu.addSeparator()
        self.menu.addAction(window.quit_action)
        self.setContextMenu(self.menu)
        self.activated.connect(self._activated)
        self._window = window
        self.upcoming: QAction | None = None

    def add_reminders(self, reminders: Reminders, at_login: StartAtLogin, settings: QAction) -> None:
        """Upcoming talks, "snooze all", start at login and settings in the tray menu, between Open and
        Quit; the tooltip counts the talks due (all a tray-only reminder shows)."""
        upcoming = QMenu(self.tr("Upcoming talks"), self.menu)
        upcoming.aboutToShow.connect(lambda: self._fill_upcoming(upcoming, reminders))
        self.upcoming = upcoming.menuAction()
        snooze = QAction(self.tr("Snooze all reminders for an hour"), self.menu)
        snooze.triggered.connect(reminders.snooze_all)
        pause = QAction(self.tr("Pause reminders for a day"), self.menu)
        pause.setCheckable(True)
        pause.triggered.connect(lambda on: reminders.pause_for_a_day() if on else reminders.resume())
        self.menu.aboutToShow.connect(lambda: pause.setChecked(reminders.paused_until() is not None))
        self.menu.aboutToShow.connect(at_login.sync)
        reminders.changed.connect(lambda: self._show_due(len(reminders.talks.due())))
        before_quit = self.menu.actions()[1]
        self.menu.insertSeparator(before_quit)
        for item in (snooze, pause):
            self.menu.insertAction(before_quit, item)
        self.menu.insertMenu(before_quit, upcoming)
        self.menu.insertSeparator(before_quit)
        self.menu.insertAction(before_quit, at_login)
        self.menu.insertAction(before_quit, settings)

    def _show_due(self, count: int) -> None:
        """Say in the tooltip how many talks are due (no names: anyone can hover over the icon)."""
        if count == 1:
            self.setToolTip(self.tr("FamilyGuard — a talk is due: open FamilyGuard to see it"))
        elif count:
            text = self.tr("FamilyGuard — {count} talks are due: open FamilyGuard to see them")
            self.setToolTip(text.format(count=count))
        else:
            self.setToolTip(self.tr("FamilyGuard — no talk is due"))

    def set_locked(self, locked: bool) -> None:
        """While the parent lock is on, the menu lists no talks (they name the children)."""
        if self.upcoming is not None:
            self.upcoming.setVisible(not locked)

    def _fill_upcoming(self, menu: QMenu, reminders: Reminders) -> None:
        menu.clear()
        talks = reminders.talks
        private = reminders.style() is NotificationStyle.PRIVATE
        names = {key: first_name(name) if private else name for key, name in talks.child_names().items()}
        for item in talks.upcoming(days=14)[:10]:
            when = item.when.strftime("%a %d %b, %H:%M")
            topic = content(talks.topic(item.plan.topic_id).title, "talks")
            text = f"{when} — {names.get(item.plan.child_id, '')}: {topic}"
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
