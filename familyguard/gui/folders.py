"""Show one of FamilyGuard's folders in the desktop's file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from familyguard.errors import FamilyGuardError
from familyguard.storage.files import private_dir


def open_folder(folder: Path) -> None:
    """Open `folder` (created private if missing) in the file manager; FamilyGuardError if none opens."""
    if not folder.is_dir():
        private_dir(folder)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        raise FamilyGuardError(
            QCoreApplication.translate("folders", "No file manager could open {folder}.").format(
                folder=folder
            ),
            hint=QCoreApplication.translate("folders", "Open it yourself from your file manager."),
        )
