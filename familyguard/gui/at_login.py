"""The "Start at login" switch, one QAction shared by the tray menu and the Settings page.

The operating system is the source of truth (see `familyguard.autostart`): the action re-reads it
after every change, so the tray and the page always show the same state.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from familyguard import autostart, config
from familyguard.errors import FamilyGuardError
from familyguard.gui.errors import show_error


class StartAtLogin(QAction):
    """Checkable: on starts FamilyGuard in the tray at login, for this household folder."""

    def __init__(self, folder: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self._owner = parent
        self.setText(self.tr("Start at &login"))
        self.setCheckable(True)
        self._folder = None if folder == config.data_dir(None) else folder
        self.sync()
        self.triggered.connect(self._apply)

    def sync(self) -> None:
        """Show what the operating system will do at the next login."""
        self.setChecked(autostart.is_enabled())

    def _apply(self, on: bool) -> None:
        try:
            if on:
                autostart.enable(self._folder)
            else:
                autostart.disable()
        except FamilyGuardError as exc:
            show_error(self._owner, exc)
        self.sync()
