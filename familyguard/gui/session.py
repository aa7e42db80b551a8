"""One running FamilyGuard: shows the window at once, then opens (or first creates) the household."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QSystemTrayIcon

from familyguard import config
from familyguard.bundled import resource_dir, ui_dir
from familyguard.domain import SystemClock
from familyguard.errors import FamilyGuardError, LockedError
from familyguard.gui.errors import show_error
from familyguard.gui.guide_dialog import GuideDialog
from familyguard.gui.main_window import MainWindow
from familyguard.gui.passphrase import PassphraseDialog
from familyguard.gui.single_instance import InstanceServer
from familyguard.gui.tray import Tray, TrayNotifier
from familyguard.gui.wizard import FirstRunWizard
from familyguard.storage.layout import household_exists

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard
    from familyguard.gui.reminders import Reminders
    from familyguard.notify import Notifier, NotifierChain
    from familyguard.notify.base import ActionHandler
    from familyguard.storage.prompt import PassphraseRequest


def app_icon() -> QIcon:
    return QIcon(str(resource_dir("icons", "familyguard.svg")))


class Session:
    """Everything one running app holds: the household, the window, the tray, the instance server.

    stop(code) ends the app when the household cannot be opened (the event loop's exit by default).
    """

    def __init__(
        self,
        app: QApplication,
        folder: Path,
        server_name: str,
        env_passphrase: str | None,
        stop: Callable[[int], None] | None = None,
    ) -> None:
        self.app = app
        self.stop = stop or app.exit
        self.folder = folder
        self.env_passphrase = env_passphrase
        self.exit_code = 0
        self.fg: FamilyGuard | None = None
        self.window: MainWindow | None = None
        self.tray: Tray | None = None
        self.reminders: Reminders | None = None
        self.server = InstanceServer(server_name)
        app.setWindowIcon(app_icon())
        app.setStyleSheet((ui_dir() / "familyguard.qss").read_text(encoding="utf-8"))

    def start(self, minimized: bool = False) -> bool:
        """Show the window (after the first-run wizard on a new household); False when cancelled.

        minimized (start at login) keeps the window hidden when there is a tray to open it from.
        """
        if not household_exists(self.folder) and not self._run_wizard():
            return False
        self.window = MainWindow(SystemClock())
        self.server.show_requested.connect(self.window.bring_to_front)
        if QSystemTrayIcon.isSystemTrayAvailable():
            own_folder = None if self.folder == config.data_dir(None) else self.folder
            self.tray = Tray(app_icon(), self.window, own_folder)
            self.tray.show()
            self.app.setQuitOnLastWindowClosed(False)
            self.window.keep_running_in_tray = True
        if not (minimized and self.tray):
            self.window.show()
        if self.fg:
            self._ready(self.fg)
        else:
            self.app.processEvents()
            QTimer.singleShot(0, self._open)
        return True

    def _run_wizard(self) -> bool:
        """Ask the first-run questions and create the household; False when the parent cancels."""
        from familyguard.app import FamilyGuard
        from familyguard.secrets import keyring_status
        from familyguard.storage.vault import create_household

        status = keyring_status()
        ask = None if status.usable or self.env_passphrase else status.reason
        wizard = FirstRunWizard(None, SystemClock().today(), ask)
        wizard.setWindowIcon(app_icon())
        if not wizard.exec():
            return False
        chosen = wizard.passphrase() or self.env_passphrase
        try:
            fg = FamilyGuard(create_household(self.folder, lambda request: chosen or self._dialog(request)))
            fg.household.add_child(*wizard.child())
        except FamilyGuardError as exc:
            return self._fail(exc)
        self.fg = fg
        return True

    def _open(self) -> None:
        """Fetch the key (keyring or passphrase), open the household and show it in the window."""
        from familyguard.app import FamilyGuard
        from familyguard.storage.keyfile import WrongPassphrase
        from familyguard.storage.prompt import PassphraseDeclined
        from familyguard.storage.vault import open_household

        error = ""
        while self.fg is None:
            prompt = functools.partial(self._answer, error=error)
            try:
                self.fg = FamilyGuard(open_household(self.folder, prompt))
            except WrongPassphrase as exc:
                if self.env_passphrase:
                    self._fail(exc)
                    return
                error = exc.message
            except PassphraseDeclined:
                self.stop(LockedError.exit_code)
                return
            except FamilyGuardError as exc:
                self._fail(exc)
                return
        self._ready(self.fg)

    def _ready(self, fg: FamilyGuard) -> None:
        """The household is open: show it, and start the talk reminders."""
        from familyguard.gui.reminders import Reminders
        from familyguard.talks.service import talks_for

        assert self.window is not None
        self.window.attach(fg)
        self.reminders = Reminders(talks_for(fg), self._notifiers, fg.preferences)
        self.reminders.open_guide = self._open_guide
        self.reminders.changed.connect(self.window.refresh_talks)
        self.window.talks_edited.connect(self.reminders.reschedule)
        if self.tray:
            self.tray.add_reminders(self.reminders)
        self.reminders.start()

    def _notifiers(self, on_action: ActionHandler) -> NotifierChain:
        """Desktop notifications in order: D-Bus (Linux, with buttons), the tray's balloon, plyer."""
        from familyguard.notify import NotifierChain
        from familyguard.notify.dbus import DBusNotifier
        from familyguard.notify.plyer_notifier import PlyerNotifier

        factories: list[Callable[[], Notifier]] = []
        if sys.platform.startswith("linux"):
            factories.append(lambda: DBusNotifier(on_action))
        if self.tray:
            tray = self.tray
            factories.append(lambda: TrayNotifier(tray, on_action))
        factories.append(PlyerNotifier)
        return NotifierChain(factories)

    def _open_guide(self, plan_id: int) -> None:
        """Show the talk guide a reminder is about, for that child's age."""
        assert self.window is not None and self.reminders is not None
        talks = self.reminders.talks
        plan, _state = talks.find_plan(plan_id)
        child = talks.child(str(plan.child_id))
        guide = GuideDialog(
            self.window, talks.topic(plan.topic_id), child.name, child.age(talks.clock.today()), talks.library
        )
        self.window.bring_to_front()
        guide.show()

    def _fail(self, error: FamilyGuardError) -> bool:
        """Tell the parent, remember the exit code and stop the event loop."""
        show_error(self.window, error)
        self.exit_code = error.exit_code
        self.stop(error.exit_code)
        return False

    def _answer(self, request: PassphraseRequest, error: str = "") -> str | None:
        return self.env_passphrase or self._dialog(request, error)

    def _dialog(self, request: PassphraseRequest, error: str = "") -> str | None:
        dialog = PassphraseDialog(self.window, request, error)
        dialog.setWindowIcon(app_icon())
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def close(self) -> None:
        if self.reminders:
            self.reminders.stop()
            self.reminders = None
        if self.tray:
            self.tray.hide()
        if self.fg:
            self.fg.close()
            self.fg = None
