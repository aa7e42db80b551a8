"""One running FamilyGuard: shows the window at once, then opens (or first creates) the household.

The window's first frame paints before anything else is built or read: the modules of the pages,
the lock, the tray and the dialogs are imported where they are first needed, after that paint.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QSystemTrayIcon

from familyguard import config
from familyguard.bundled import resource_dir
from familyguard.clock import Clock, SystemClock  # not familyguard.domain: its dataclasses wait for the paint
from familyguard.errors import FamilyGuardError, LockedError
from familyguard.gui.errors import install_excepthook, show_error
from familyguard.gui.single_instance import InstanceServer
from familyguard.storage.layout import KEY_FILE_NAME, household_exists

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard
    from familyguard.gui.locking import WindowLock
    from familyguard.gui.main_window import MainWindow
    from familyguard.gui.passphrase import PassphraseDialog
    from familyguard.gui.reminders import Reminders
    from familyguard.gui.theme import ThemeFollower
    from familyguard.gui.tray import Tray
    from familyguard.lock import Attempt, ParentLock
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
        clock: Clock | None = None,
    ) -> None:
        self.app = app
        self.stop = stop or app.exit
        self.folder = folder
        self.clock = clock or SystemClock()
        self.locker: WindowLock | None = None
        self._pending_guide: int | None = None
        self.env_passphrase = env_passphrase
        self.exit_code = 0
        self.fg: FamilyGuard | None = None
        self.window: MainWindow | None = None
        self.tray: Tray | None = None
        self.theme: ThemeFollower | None = None
        self.reminders: Reminders | None = None
        self.server = InstanceServer(server_name)
        self._build_soon = QTimer()  # the rest of the window, once its first frame has painted
        self._build_soon.setSingleShot(True)
        self._build_soon.setInterval(0)
        self._build_soon.timeout.connect(self._build)
        app.setWindowIcon(app_icon())
        install_excepthook(lambda: self.window)

    @functools.cached_property
    def lock(self) -> ParentLock:
        """The household's parent lock (read from its key file when first asked)."""
        from familyguard.lock import ParentLock

        return ParentLock(self.folder, self.clock)

    def start(self, minimized: bool = False) -> bool:
        """Show the window (after the first-run wizard on a new household); False when cancelled.

        minimized (start at login) keeps the window hidden when there is a tray to open it from.
        The window's first frame paints now; the rest is built on the next turn of the event loop.
        """
        from familyguard.gui.main_window import MainWindow

        if not household_exists(self.folder) and not self._run_wizard():
            return False
        self.window = MainWindow(self.clock)
        self.server.show_requested.connect(self.window.bring_to_front)
        in_tray = QSystemTrayIcon.isSystemTrayAvailable()
        if in_tray:
            self.app.setQuitOnLastWindowClosed(False)
            self.window.keep_running_in_tray = True
        if not (minimized and in_tray):
            self.window.show()
        self.app.processEvents()
        self._build_soon.start()
        return True

    def _build(self) -> None:
        """After the first frame: the menus and pages, the parent lock, the tray; then the household."""
        from familyguard.gui.locking import WindowLock
        from familyguard.gui.theme import ThemeFollower
        from familyguard.gui.tray import Tray

        assert self.window is not None
        self.theme = ThemeFollower(self.app)  # the stylesheet, following the system's light or dark mode
        self.window.build()
        self.locker = self.window.locker = WindowLock(self.window, self.lock, self._unlock)
        if self.window.keep_running_in_tray:
            self.tray = Tray(app_icon(), self.window)
            self.tray.menu.insertAction(self.window.quit_action, self.locker.lock_action)
            self.locker.locked_changed.connect(self.tray.set_locked)
            self.tray.show()
        if self.fg:
            self._ready(self.fg)
        else:
            self._open()

    def _run_wizard(self) -> bool:
        """Ask the first-run questions and create the household; False when the parent cancels."""
        from familyguard.app import FamilyGuard
        from familyguard.gui.lock_dialogs import show_recovery_code
        from familyguard.gui.wizard import FirstRunWizard
        from familyguard.gui.working import run_busy
        from familyguard.secrets import keyring_status
        from familyguard.storage.vault import create_household

        status = keyring_status()
        ask = None if status.usable or self.env_passphrase else status.reason
        wizard = FirstRunWizard(None, self.clock.today(), ask, status.usable)
        wizard.setWindowIcon(app_icon())
        answer = wizard.exec()
        if answer == FirstRunWizard.TRY_DEMO:
            return self._switch_to_demo()
        if not answer:
            return False
        chosen = wizard.passphrase() or self.env_passphrase
        title = QCoreApplication.translate("Session", "FamilyGuard — setting up")
        try:
            if chosen:  # the key is wrapped with the passphrase (scrypt, half a second): in a worker
                text = QCoreApplication.translate(
                    "Session", "Protecting your family's data with your passphrase…"
                )
                db = run_busy(
                    self.window, title, text, lambda: create_household(self.folder, lambda _r: chosen)
                )
            else:  # the key goes to the keyring (quick), or a passphrase is asked for after all
                db = create_household(self.folder, self._dialog)
            fg = FamilyGuard(db)
            fg.household.add_child(*wizard.child())
        except FamilyGuardError as exc:
            return self._fail(exc)
        self.fg = fg
        choice = wizard.lock_choice()
        if choice:
            kind, secret = choice
            text = QCoreApplication.translate("Session", "Turning the parent lock on…")
            try:
                code = run_busy(self.window, title, text, lambda: self.lock.set(kind, secret or chosen or ""))
                show_recovery_code(None, code)
            except FamilyGuardError as exc:
                show_error(None, exc)
        return True

    def _switch_to_demo(self) -> bool:
        """Run on the demo family, in its own folder beside the real one (written on first use)."""
        from familyguard.demo import DEMO_PASSPHRASE, fill_demo
        from familyguard.gui.working import run_busy
        from familyguard.lock import ParentLock

        demo = config.demo_dir(self.folder)
        if not household_exists(demo):
            title = QCoreApplication.translate("Session", "FamilyGuard — demo family")
            text = QCoreApplication.translate(
                "Session", "Making the demo family: three children, their apps, friends and talks…"
            )
            try:
                run_busy(self.window, title, text, lambda: fill_demo(demo, lambda _request: DEMO_PASSPHRASE))
            except FamilyGuardError as exc:
                return self._fail(exc)
        self.folder = demo
        self.lock = ParentLock(demo, self.clock)
        self.env_passphrase = DEMO_PASSPHRASE
        return True

    def _open(self) -> None:
        """Fetch the key (keyring, lock screen or passphrase), open the household and show it."""
        from familyguard.storage.keyfile import PASSPHRASE

        try:
            status = self.lock.status() if (self.folder / KEY_FILE_NAME).exists() else None
        except FamilyGuardError as exc:
            self._fail(exc)
            return
        if status is not None and status.on:
            self._show_lock_screen()
        elif status is not None and status.storage == PASSPHRASE:
            self._ask_passphrase()
        else:
            self._open_with(None)

    def _ask_passphrase(self) -> None:
        """No keyring: unwrap the key with FAMILYGUARD_PASSPHRASE, or the parent's, off the GUI thread."""
        from familyguard.gui.background import BackgroundJob
        from familyguard.storage import keyfile
        from familyguard.storage.vault import passphrase_request

        try:
            record = keyfile.read_key_file(self.folder / KEY_FILE_NAME)
        except FamilyGuardError as exc:
            self._fail(exc)
            return
        if self.env_passphrase:
            passphrase = self.env_passphrase
            job = BackgroundJob(lambda: keyfile.unwrap(record, passphrase), self._open_with, self._fail)
            job.start()
            return
        dialog = self._passphrase_dialog(
            passphrase_request(self.folder, record), lambda passphrase: keyfile.unwrap(record, passphrase)
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            assert isinstance(dialog.outcome, bytes)
            self._open_with(dialog.outcome)
        else:
            self.stop(LockedError.exit_code)

    def _open_with(self, key: bytes | None) -> None:
        """Open the household with the key the passphrase unwrapped (else the keyring's) and show it."""
        from familyguard.app import FamilyGuard
        from familyguard.storage.vault import open_household, open_with_key

        try:
            db = (
                open_with_key(self.folder, key)
                if key
                else open_household(self.folder, _no_prompt, self.clock)
            )
        except FamilyGuardError as exc:
            self._fail(exc)
            return
        self.fg = FamilyGuard(db, self.clock)
        self._ready(self.fg)

    def _show_lock_screen(self) -> None:
        """The parent lock is on: show only the lock screen (FAMILYGUARD_PASSPHRASE is tried once)."""
        assert self.locker is not None
        self.locker.lock_window()
        if self.env_passphrase:
            self.locker.screen.try_secret(self.env_passphrase)

    def _unlock(self, attempt: Attempt, key: bytes | None) -> None:
        """The lock screen's secret was right: open the household the first time, and show it."""
        from familyguard.app import FamilyGuard
        from familyguard.storage.vault import open_with_key

        assert self.locker is not None
        if self.fg is None:
            self.fg = FamilyGuard(open_with_key(self.folder, attempt.database_key(key)), self.clock)
            self.locker.unlock()
            self._ready(self.fg)
        else:
            self.locker.unlock()
        if self._pending_guide is not None:
            plan_id, self._pending_guide = self._pending_guide, None
            self._open_guide(plan_id)

    def _ready(self, fg: FamilyGuard) -> None:
        """The household is open: show it, and start the talk reminders."""
        from familyguard.gui.lock_settings import LockSettings
        from familyguard.gui.reminders import Reminders
        from familyguard.talks.service import talks_for

        assert self.window is not None and self.locker is not None
        self.window.attach(fg)
        self.locker.attach(fg.preferences)
        lock_settings = LockSettings(self.locker)
        self.window.settings_page.add_section(lock_settings.title(), lock_settings)
        self.reminders = Reminders(talks_for(fg), self._notifiers, fg.preferences)
        self.reminders.open_guide = self._open_guide
        locker = self.locker
        self.reminders.locked = lambda: locker.is_locked
        self.reminders.changed.connect(self.window.refresh_talks)
        self.window.talks_edited.connect(self.reminders.reschedule)
        self.window.settings_page.reminders_changed.connect(self.reminders.settings_changed)
        if self.tray:
            settings = self.window.settings_page
            self.tray.add_reminders(self.reminders, settings.at_login, self.window.settings_action)
        self.reminders.start()

    def _notifiers(self, on_action: ActionHandler) -> NotifierChain:
        """Desktop notifications in order: D-Bus (Linux, with buttons), the tray's balloon, plyer."""
        from familyguard.gui.tray import TrayNotifier
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
        """Show the talk guide a reminder is about, for that child's age (after the lock screen)."""
        from familyguard.gui.guide_dialog import GuideDialog

        assert self.window is not None and self.reminders is not None and self.locker is not None
        if self.locker.is_locked:
            self._pending_guide = plan_id
            self.window.bring_to_front()
            return
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

    def _dialog(self, request: PassphraseRequest) -> str | None:
        dialog = self._passphrase_dialog(request)
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _passphrase_dialog(
        self, request: PassphraseRequest, unlock: Callable[[str], bytes] | None = None
    ) -> PassphraseDialog:
        from familyguard.gui.passphrase import PassphraseDialog

        dialog = PassphraseDialog(self.window, request, unlock)
        dialog.setWindowIcon(app_icon())
        return dialog

    def close(self) -> None:
        self._build_soon.stop()
        if self.theme:
            self.theme.deleteLater()
            self.theme = None
        if self.locker:
            self.locker.stop()
        if self.reminders:
            self.reminders.stop()
            self.reminders = None
        if self.tray:
            self.tray.hide()
        if self.fg:
            self.fg.close()
            self.fg = None


def _no_prompt(_request: PassphraseRequest) -> None:
    """Opening with the keyring asks nothing (a household that needs a passphrase is asked before)."""
    return None
