"""FamilyGuard hears the desktop's screen saver lock on a real (private) D-Bus session bus.

The listener runs in a subprocess: Qt keeps one session-bus connection per process, and this
test process's one was made with no bus.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]

LISTENER = """
from PySide6.QtCore import QCoreApplication, QTimer
from familyguard.gui.desktop_lock import DesktopLockListener
app = QCoreApplication([])
listener = DesktopLockListener()
listener.locked.connect(lambda: (print("locked", flush=True), app.quit()))
QTimer.singleShot(0, lambda: print("ready", flush=True))
QTimer.singleShot(20000, app.quit)
app.exec()
"""


@pytest.mark.parametrize(
    ("path", "interface"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ],
)
def test_the_screen_saver_turning_on_locks(session_bus: str, path: str, interface: str) -> None:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": session_bus, "PYTHONPATH": str(ROOT)}
    env.pop("XDG_SESSION_ID", None)
    with subprocess.Popen(
        [sys.executable, "-c", LISTENER], env=env, stdout=subprocess.PIPE, text=True
    ) as listener:
        assert listener.stdout is not None and listener.stdout.readline().strip() == "ready"
        for active in ("false", "true"):
            subprocess.run(
                [
                    "dbus-send",
                    "--session",
                    "--type=signal",
                    path,
                    f"{interface}.ActiveChanged",
                    f"boolean:{active}",
                ],
                env=env,
                check=True,
            )
        assert listener.stdout.readline().strip() == "locked"
        assert listener.wait(timeout=10) == 0
