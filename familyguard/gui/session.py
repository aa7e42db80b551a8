"""One running FamilyGuard: opens (or creates) the household, then shows the window and the tray."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QSystemTrayIcon

from familyguard import secrets
from familyguard.app import FamilyGuard
from familyguard.bundled import resource_dir, ui_dir
from familyguard.domain import SystemClock
from familyguard.errors import FamilyGuardError
from familyguard.gui.errors import show_error
from familyguard.gui.main_window import MainWindow
from familyguard.gui.passphrase import PassphraseDialog
from familyguard.gui.single_instance import InstanceServer
from familyguard.gui.tray import Tray
from familyguard.gui.wizard import FirstRunWizard
from familyguard.storage.keyfile import WrongPassphrase
from familyguard.storage.vault import (
    PassphraseDeclined,
    PassphraseRequest,
    create_household,
    household_exists,
    open_household,
)


def app_icon() -> QIcon:
    return QIcon(str(resource_dir("icons", "familyguard.svg")))


class Session:
    """Everything one running app holds: the household, the window, the tray, the instance server."""

    def __init__(self, app: QApplication, folder: Path, server_name: str, env_passphrase: str | None) -> None:
        self.app = app
        self.folder = folder
        self.env_passphrase = env_passphrase
        self.exit_code = 0
        self.fg: FamilyGuard | None = None
        self.window: MainWindow | None = None
        self.tray: Tray | None = None
        self.server = InstanceServer(server_name)
        app.setWindowIcon(app_icon())
        app.setStyleSheet((ui_dir() / "familyguard.qss").read_text(encoding="utf-8"))

    def start(self) -> bool:
        """Open the household and show the window; False when the parent cancelled or it failed."""
        try:
            self.fg = self._create() if not household_exists(self.folder) else self._unlock()
        except FamilyGuardError as exc:
            show_error(None, exc)
            self.exit_code = exc.exit_code
            return False
        if self.fg is None:
            return False
        self.window = MainWindow(self.fg)
        self.server.show_requested.connect(self.window.bring_to_front)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = Tray(app_icon(), self.window)
            self.tray.show()
            self.app.setQuitOnLastWindowClosed(False)
            self.window.keep_running_in_tray = True
        self.window.show()
        return True

    def _create(self) -> FamilyGuard | None:
        status = secrets.keyring_status()
        ask = None if status.usable or self.env_passphrase else status.reason
        wizard = FirstRunWizard(None, SystemClock().today(), ask)
        wizard.setWindowIcon(app_icon())
        if not wizard.exec():
            return None
        chosen = wizard.passphrase() or self.env_passphrase

        def prompt(request: PassphraseRequest) -> str | None:
            return chosen or self._dialog(request)

        fg = FamilyGuard(create_household(self.folder, prompt))
        fg.household.add_child(*wizard.child())
        return fg

    def _unlock(self) -> FamilyGuard | None:
        error = ""
        while True:
            try:
                return FamilyGuard(open_household(self.folder, functools.partial(self._answer, error=error)))
            except WrongPassphrase as exc:
                if self.env_passphrase:
                    raise
                error = exc.message
            except PassphraseDeclined:
                return None

    def _answer(self, request: PassphraseRequest, error: str = "") -> str | None:
        return self.env_passphrase or self._dialog(request, error)

    def _dialog(self, request: PassphraseRequest, error: str = "") -> str | None:
        dialog = PassphraseDialog(None, request, error)
        dialog.setWindowIcon(app_icon())
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def close(self) -> None:
        if self.tray:
            self.tray.hide()
        if self.fg:
            self.fg.close()
