"""Start the desktop app: one instance per household, first-run wizard or unlock, window and tray."""

from __future__ import annotations

import os
import sys

from familyguard import config

NO_DISPLAY = (
    "familyguard: no display found: start FamilyGuard in a desktop session, "
    "or use its commands (familyguard --help)."
)


def has_display() -> bool:
    """False on a Linux/BSD machine with no X11 or Wayland display and no Qt platform chosen."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def launch(data_dir: str | None, minimized: bool = False) -> int:
    """Run the Qt app on the household in data_dir; return the exit code."""
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QApplication

    from familyguard.gui.i18n import install_translators
    from familyguard.gui.session import Session
    from familyguard.gui.single_instance import ask_running_instance, server_name

    app = QApplication(["familyguard"])
    app.setApplicationName("FamilyGuard")
    app.setOrganizationName("FamilyGuard")
    install_translators(app)
    folder = config.data_dir(data_dir)
    name = server_name(folder)
    if ask_running_instance(name):
        return 0
    session = Session(app, folder, name, os.environ.get(config.ENV_PASSPHRASE))
    if not session.start(minimized):
        return session.exit_code
    code = app.exec()
    session.close()
    return code
