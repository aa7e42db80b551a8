"""The import wizard: which app, how to get its data download, which file, reading, preview, import.

The export is read and compared with the ledger in a worker thread (`Ledger.prepare_import`, which
writes nothing) while the wizard shows progress and a Stop button; the preview shows what would
change per list, and only "Import" writes it (`Ledger.commit_import`, one transaction).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget, QWizard

from familyguard.domain import Child
from familyguard.gui.errors import show_error
from familyguard.gui.import_pages import AUTO, FilesPage, HowtoPage, PlatformPage, PreviewPage, ReadingPage
from familyguard.gui.import_reader import ExportReader

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard
    from familyguard.contacts.ledger import ImportResult, PreparedImport

PLATFORM_PAGE, HOWTO_PAGE, FILES_PAGE, READING_PAGE, PREVIEW_PAGE = range(5)


class ImportWizard(QWizard):
    """Import one child's friend list from an app's data download, with a preview before writing."""

    imported = Signal(object)  # ImportResult

    def __init__(
        self, parent: QWidget | None, fg: FamilyGuard, child: Child, paths: Sequence[Path] = ()
    ) -> None:
        super().__init__(parent)
        self.fg, self.child = fg, child
        self.prepared: PreparedImport | None = None
        self.result_: ImportResult | None = None
        self.reader: ExportReader | None = None
        self.setWindowTitle(self.tr("Import {name}'s friend list").format(name=child.name))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.platform_page = PlatformPage(self)
        self.howto_page = HowtoPage(self)
        self.files_page = FilesPage(self)
        self.reading_page = ReadingPage(self)
        self.preview_page = PreviewPage(self)
        for page_id, page in enumerate(
            (self.platform_page, self.howto_page, self.files_page, self.reading_page, self.preview_page)
        ):
            self.setPage(page_id, page)
        self.currentIdChanged.connect(self._page_changed)
        self.resize(720, 520)
        if paths:  # dropped onto the friends page: straight to the files
            self.platform_page.choose(AUTO)
            self.files_page.set_paths(paths)
            self.setStartId(FILES_PAGE)

    def _page_changed(self, page_id: int) -> None:
        if page_id in (FILES_PAGE, PLATFORM_PAGE, HOWTO_PAGE):
            self.stop_reading()
            self.prepared = None

    def app_for_import(self) -> str | None:
        if self.platform_page.app() == "csv":
            return str(self.files_page.csv_app.currentData() or "") or None
        return None

    def start_reading(self) -> None:
        self.prepared = None
        reader = ExportReader(self.fg.ledger, self.child, self.files_page.chosen(), self.app_for_import())
        reader.progressed.connect(self.reading_page.show_progress)
        reader.prepared.connect(self._read)
        reader.failed.connect(self._failed)
        reader.cancelled.connect(self._cancelled)
        self.reader = reader
        reader.start()

    def stop_reading(self) -> None:
        """Ask the reader to stop and wait for it (it polls often); nothing was written."""
        reader, self.reader = self.reader, None
        if reader is not None:
            reader.stop()
            reader.wait()

    def cancel_reading(self) -> None:
        """The Stop button: stop the reader, go back to the files; the household is unchanged."""
        self.stop_reading()
        self._back_to_files()
        self.files_page.note.setText(self.tr("Stopped. Nothing was changed."))

    def _finished_reader(self, reader: ExportReader) -> bool:
        if reader is not self.reader:
            return False  # a reader that was told to stop (stop_reading waited for it)
        reader.wait()
        self.reader = None
        return True

    def _read(self, reader: ExportReader, prepared: PreparedImport) -> None:
        if self._finished_reader(reader):
            self.prepared = prepared
            self.reading_page.completeChanged.emit()
            if self.currentId() == READING_PAGE:
                self.next()

    def _failed(self, reader: ExportReader, error: BaseException) -> None:
        if self._finished_reader(reader):
            self._back_to_files()
            show_error(self, error)

    def _cancelled(self, reader: ExportReader) -> None:
        if self._finished_reader(reader):
            self._back_to_files()
            self.files_page.note.setText(self.tr("Stopped. Nothing was changed."))

    def _back_to_files(self) -> None:
        while self.currentId() > FILES_PAGE:
            self.back()

    def commit(self) -> bool:
        """Write the previewed import (one transaction); errors become one dialog."""
        if self.prepared is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result_ = self.fg.ledger.commit_import(self.prepared)
        except Exception as exc:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, exc)
            return False
        QGuiApplication.restoreOverrideCursor()
        self.imported.emit(self.result_)
        return True

    def reject(self) -> None:
        self.stop_reading()
        super().reject()

    def done(self, result: int) -> None:
        self.stop_reading()
        super().done(result)
