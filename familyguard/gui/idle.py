"""Notice when the parent stops using FamilyGuard: no key or mouse input for the chosen minutes.

An application-wide event filter remembers the time of the last input; a coarse timer compares it
with the injected Clock, so a suspend longer than the limit locks at the first tick after resume.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from familyguard.domain import Clock

TICK_MS = 5_000
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` when no input reached the app for `minutes` (None: never)."""

    idle = Signal()

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.limit: timedelta | None = None
        self.last_input = clock.now()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.check)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int | None) -> None:
        """Watch for this many idle minutes from now on; None stops watching."""
        self.limit = timedelta(minutes=minutes) if minutes else None
        self.touch()
        if self.limit:
            self.timer.start()
        else:
            self.timer.stop()

    def stop(self) -> None:
        """Stop watching for good (the session ends)."""
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)

    def touch(self) -> None:
        """Count from now, as if the parent had just used the app."""
        self.last_input = self.clock.now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.last_input = self.clock.now()
        return False

    def check(self) -> None:
        """Emit `idle` (once per idle spell) when the limit has passed since the last input."""
        if self.limit and self.clock.now() - self.last_input >= self.limit:
            self.touch()
            self.idle.emit()
