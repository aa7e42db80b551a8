"""The tray icon: always there while FamilyGuard runs, with Open and Quit."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from familyguard.gui.main_window import MainWindow


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

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self._window.bring_to_front()
