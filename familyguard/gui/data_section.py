"""The Settings page's "Your data" section: the data folder, backups, and the log folder."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familyguard import config
from familyguard.backup import Backup, back_up
from familyguard.gui.errors import show_errors
from familyguard.gui.folders import open_folder
from familyguard.gui.working import WorkingDialog
from familyguard.settings import Settings

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard
    from familyguard.storage.database import Database


class DataSection(QWidget):
    """Shows where the household and the logs are, and writes backups where the parent chooses."""

    def __init__(self, fg: FamilyGuard) -> None:
        super().__init__()
        self.fg = fg
        self.settings = Settings(fg.preferences)
        self.folder = fg.db.path.parent
        self.data_label = self._path_label(self.folder)
        self.backup_label = self._path_label(self.backup_dir())
        self.log_label = self._path_label(config.log_dir())
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(self.tr("Where the last backup went"))
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        rows = (
            (self.tr("Data folder:"), self.data_label, [(self.tr("Open folder"), self.open_data_folder)]),
            (
                self.tr("Backups go to:"),
                self.backup_label,
                [
                    (self.tr("Choose…"), self.choose_backup_dir),
                    (self.tr("Open folder"), self.open_backup_folder),
                    (self.tr("Back up now"), self.back_up_now),
                ],
            ),
            (self.tr("Log folder:"), self.log_label, [(self.tr("Open log folder"), self.open_log_folder)]),
        )
        for row, (title, label, buttons) in enumerate(rows):
            grid.addWidget(QLabel(title), row, 0)
            grid.addWidget(label, row, 1)
            for column, (text, slot) in enumerate(buttons, start=2):
                button = QPushButton(text)
                button.clicked.connect(show_errors(self, slot))
                grid.addWidget(button, row, column)
        note = QLabel(
            self.tr(
                "A backup is a copy of your household, still encrypted, with its key file. Keep it on a "
                "USB stick or another drive: then a broken disk does not take your notes with it."
            )
        )
        note.setWordWrap(True)
        grid.addWidget(note, len(rows), 0, 1, 5)
        grid.addWidget(self.result, len(rows) + 1, 0, 1, 5)

    def _path_label(self, path: Path) -> QLabel:
        label = QLabel(str(path))
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def backup_dir(self) -> Path:
        """The parent's backup folder, else `backups` in the data folder."""
        return self.settings.backup_dir(self.folder / "backups")

    def choose_backup_dir(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Where should FamilyGuard put its backups?"), str(self.backup_dir())
        )
        if chosen:
            self.settings.set_backup_dir(Path(chosen))
            self.backup_label.setText(str(self.backup_dir()))

    def back_up_now(self) -> None:
        """Write a backup off the GUI thread, a busy dialog meanwhile; say where it went, what opens it."""
        db, target, now = self.fg.db, self.backup_dir(), self.fg.clock.now()
        dialog = BackupDialog(self)
        dialog.run(lambda: back_up_on_own_connection(db, target, now), self.tr("Writing the backup…"))
        if dialog.exec():
            assert isinstance(dialog.outcome, Backup)
            self.result.setText(self._describe(dialog.outcome))
        elif dialog.failure is not None:
            raise dialog.failure

    def _describe(self, made: Backup) -> str:
        where = self.tr("Backed up to {folder} ({database} and {key}).").format(
            folder=made.folder, database=made.database.name, key=made.key_file.name
        )
        if made.key_in_keyring:
            how = self.tr(
                "Its key is kept in this computer's password store (keyring), so it opens only on this "
                "computer account."
            )
        else:
            how = self.tr("It opens with your FamilyGuard passphrase, on any computer.")
        restore = self.tr("To restore it, copy its two files into an empty data folder.")
        return f"{where}\n{how} {restore}"

    def open_data_folder(self) -> None:
        open_folder(self.folder)

    def open_backup_folder(self) -> None:
        open_folder(self.backup_dir())

    def open_log_folder(self) -> None:
        open_folder(config.log_dir())


class BackupDialog(WorkingDialog):
    """Says that a backup is being written, and why it cannot be cancelled half-way."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("FamilyGuard — backing up"))
        why = QLabel(
            self.tr(
                "The database copies your household in one step, so a backup cannot be cancelled "
                "half-way. On a big household it takes a few seconds."
            )
        )
        why.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.working_row)
        layout.addWidget(why)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


def back_up_on_own_connection(db: Database, target: Path, now: datetime) -> Backup:
    """Back up on a new connection of the calling thread (a worker's), closed after: the household's
    connection belongs to the GUI thread (see import_reader)."""
    own = db.open_another()
    try:
        return back_up(own, target, now)
    finally:
        own.close()
