"""The parent lock in the window: swap its content for the lock screen and back, lock on idle and
when the desktop session locks, and let no shortcut reach the household while locked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from familyguard.gui.desktop_lock import DesktopLockListener
from familyguard.gui.idle import IdleWatcher
from familyguard.gui.lock_screen import LockScreen, Unlocked
from familyguard.lock import DEFAULT_IDLE_MINUTES, IDLE_KEY, ParentLock

if TYPE_CHECKING:
    from familyguard.gui.main_window import MainWindow
    from familyguard.storage.preferences import PreferenceRepository


class WindowLock(QObject):
    """Locks and unlocks the main window. `locked_changed(bool)`: the tray and reminders follow it.

    unlocked(attempt, key) is what the lock screen calls once the secret proved right: it opens the
    household (calling unlock()) or raises.
    """

    locked_changed = Signal(bool)

    def __init__(self, window: MainWindow, lock: ParentLock, unlocked: Unlocked) -> None:
        super().__init__(window)
        self.window = window
        self.lock = lock
        self.screen = LockScreen(lock, unlocked)
        self.screen.hide()
        self.preferences: PreferenceRepository | None = None
        self._content: QWidget | None = None
        self.idle = IdleWatcher(lock.clock, self)
        self.idle.idle.connect(self.lock_now)
        self.desktop = DesktopLockListener(self)
        self.desktop.locked.connect(self.lock_now)
        self.lock_action = QAction(self.tr("&Lock now"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_now)
        window.addAction(self.lock_action)
        window.household_menu.insertAction(window.close_action, self.lock_action)
        QApplication.instance().installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self._content is not None

    def attach(self, preferences: PreferenceRepository) -> None:
        """The household is open: its preferences hold the idle minutes."""
        self.preferences = preferences
        self.apply()

    def apply(self) -> None:
        """Follow the lock's settings (after it was turned on or off, or the idle time changed)."""
        on = self.lock.is_on()
        self.lock_action.setEnabled(on)
        self.idle.set_minutes(self.idle_minutes() if on and self.preferences else None)

    def idle_minutes(self) -> int:
        value = self.preferences.get(IDLE_KEY) if self.preferences else None
        return int(value) if value and value.isdigit() else DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: int) -> None:
        assert self.preferences is not None
        self.preferences.set(IDLE_KEY, str(minutes))
        self.apply()

    def lock_now(self) -> None:
        """Lock, when the parent lock is on (idle, desktop lock, Ctrl+L)."""
        if self.lock.is_on():
            self.lock_window()

    def lock_window(self) -> None:
        """Hide everything that shows the household and show the lock screen instead."""
        if self.is_locked:
            return
        self._close_other_windows()
        self._content = self._swap_content(self.screen)
        self.window.menuBar().hide()
        self.window.statusBar().hide()
        self.screen.reset()
        self.screen.secret.setFocus()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        """Put the household back (after the lock screen's attempt succeeded)."""
        if self._content is None:
            return
        self._swap_content(self._content)
        self._content = None
        self.window.menuBar().show()
        self.window.statusBar().show()
        self.idle.touch()
        self.locked_changed.emit(False)

    def _swap_content(self, widget: QWidget) -> QWidget:
        """Show widget as the window's content and return the one it replaces, kept hidden inside the
        window: taken out on its own, Qt may still show it as a window of its own, household and all."""
        old = self.window.takeCentralWidget()
        old.setParent(self.window)
        old.hide()
        self.window.setCentralWidget(widget)
        widget.show()
        return old

    def stop(self) -> None:
        """Stop watching the app (the session ends): no more filtering, no idle lock."""
        QApplication.instance().removeEventFilter(self)
        self.idle.stop()

    def _in_window(self, obj: QObject) -> bool:
        """Whether an action or shortcut belongs to this window (its parent chain reaches it)."""
        while obj is not None and not isinstance(obj, QWidget):
            obj = obj.parent()
        return obj is not None and obj.window() is self.window

    def _close_other_windows(self) -> None:
        """Close menus and dialogs that could show a child's data (a talk guide, an edit dialog)."""
        while popup := QApplication.activePopupWidget():
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While locked, swallow every shortcut of this window but Quit and Close window (Ctrl+N…)."""
        if not self.is_locked or event.type() != QEvent.Type.Shortcut or not self._in_window(watched):
            return False
        if isinstance(watched, QAction):
            return watched not in (self.window.quit_action, self.window.close_action)
        if isinstance(watched, QShortcut):
            owner = watched.parent()
            return not (isinstance(owner, QWidget) and self.screen.isAncestorOf(owner))
        return False
