"""Hear the desktop session lock over D-Bus, so FamilyGuard locks with it.

Listens for the screen savers' ActiveChanged (freedesktop and GNOME, on the session bus) and for
logind's Lock of this session (system bus). Without QtDBus or a bus it logs one line and stays quiet.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import SLOT, QObject, Signal, Slot

log = logging.getLogger(__name__)
_LOGIND = "org.freedesktop.login1"
_SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


def login1_session_path(session_id: str | None) -> str | None:
    """logind's object path for a session id (systemd's bus label escaping), None without one."""
    if not session_id:
        return None
    escaped = "".join(
        c if c.isascii() and (c.isalpha() or (c.isdigit() and i > 0)) else f"_{ord(c):02x}"
        for i, c in enumerate(session_id)
    )
    return f"/org/freedesktop/login1/session/{escaped}"


class DesktopLockListener(QObject):
    """Emits `locked` when the desktop session locks (screen saver active, or logind Lock)."""

    locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            log.info("QtDBus is not available: FamilyGuard will not lock with the desktop session")
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for path, interface in _SCREEN_SAVERS:
                session.connect("", path, interface, "ActiveChanged", self, SLOT("_active_changed(bool)"))
        else:
            log.info("no D-Bus session bus: FamilyGuard will not lock with the screen saver")
        path = login1_session_path(os.environ.get("XDG_SESSION_ID"))
        system = QDBusConnection.systemBus()
        if path and system.isConnected():
            system.connect(
                "org.freedesktop.login1",
                path,
                "org.freedesktop.login1.Session",
                "Lock",
                self,
                SLOT("_lock()"),
            )
        else:
            log.info("no logind session on the system bus: FamilyGuard will not lock with the session")

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if active:
            self.locked.emit()

    @Slot()
    def _lock(self) -> None:
        self.locked.emit()
