"""The import wizard: which app, how to get its data download, which file, reading, preview, writing.

All the long work runs off the GUI thread, each job on its own database connection (see
`familyguard.gui.import_reader`): reading and comparing the export (`ExportReader`, with progress
and a Stop button; nothing is written, so stopping leaves the household as it was), then, once the
parent presses Import on the preview, writing it (`write_import` in a `BackgroundJob`, one
transaction). The write cannot be stopped half-way: while it runs the wizard's Cancel is disabled
and closing the wizard is refused with a word saying why; it takes a second or two at most.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from familyguard.domain import Child
from familyguard.gui.background import BackgroundJob
from familyguard.gui.errors import show_error
from familyguard.gui.import_pages import (
    AUTO,
    FilesPage,
    HowtoPage,
    PlatformPage,
    PreviewPage,
    ReadingPage,
)
from familyguard.gui.import_reader import Counts, ExportReader, WrittenImport, write_import
from familyguard.gui.import_writing import WritingPage
from familyguard.gui.sizing import fit_to_screen

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard
    from familyguard.contacts.ledger import ImportResult, PreparedImport

PLATFORM_PAGE, HOWTO_PAGE, FILES_PAGE, READING_PAGE, PREVIEW_PAGE, WRITING_PAGE = range(6)


class ImportWizard(QWizard):
    """Import one child's friend list from an app's data download, with a preview before writing."""

    imported = Signal(object)  # ImportResult

    def __init__(
        self, parent: QWidget | None, fg: FamilyGuard, child: Child, paths: Sequence[Path] = ()
    ) -> None:
        super().__init__(parent)
        self.fg, self.child = fg, child
        self.prepared: PreparedImport | None = None
        self.counts: Counts = {}
        self.result_: ImportResult | None = None
        self.reader: ExportReader | None = None
        self.writer: BackgroundJob | None = None
        self.setWindowTitle(self.tr("Import {name}'s friend list").format(name=child.name))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.platform_page = PlatformPage(self)
        self.howto_page = HowtoPage(self)
        self.files_page = FilesPage(self)
        self.reading_page = ReadingPage(self)
        self.preview_page = PreviewPage(self)
        self.writing_page = WritingPage(self)
        for page_id, page in enumerate(
            (
                self.platform_page,
                self.howto_page,
                self.files_page,
                self.reading_page,
                self.preview_page,
                self.writing_page,
            )
        ):
            self.setPage(page_id, page)
        self.currentIdChanged.connect(self._page_changed)
        fit_to_screen(self, 720, 520)
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

    # --- reading (nothing is written) ----------------------------------------------------------

    def start_reading(self) -> None:
        self.stop_reading()
        self.prepared = None
        reader = ExportReader(self.fg, self.child, self.files_page.chosen(), self.app_for_import())
        reader.progressed.connect(self.reading_page.show_progress)
        reader.prepared.connect(self._read)
        reader.failed.connect(self._failed)
        reader.cancelled.connect(self._cancelled)
        self.reader = reader
        reader.start()

    def stop_reading(self) -> None:
        """Tell the reader to stop and forget it (it ends on its own soon); nothing was written."""
        reader, self.reader = self.reader, None
        if reader is not None:
            reader.stop()

    def cancel_reading(self) -> None:
        """The Stop button: stop the reader, go back to the files; the household is unchanged."""
        self.stop_reading()
        self._back_to_files()
        self.files_page.note.setText(self.tr("Stopped. Nothing was changed."))

    def _finished_reader(self, reader: ExportReader) -> bool:
        if reader is not self.reader:
            return False  # a reader that was told to stop: its result is not wanted
        self.reader = None
        return True

    def _read(self, reader: ExportReader, prepared: PreparedImport, counts: Counts) -> None:
        if self._finished_reader(reader):
            self.prepared, self.counts = prepared, counts
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

    # --- writing (one transaction) -------------------------------------------------------------

    def writing(self) -> bool:
        """True while the import is being written (it cannot be stopped half-way)."""
        return self.writer is not None

    def start_writing(self) -> None:
        """Write the previewed import off the GUI thread; the wizard cannot be cancelled meanwhile."""
        prepared = self.prepared
        assert prepared is not None
        fg = self.fg
        writer = BackgroundJob(lambda: write_import(fg, prepared), self._written, self._write_failed)
        self.writer = writer
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        writer.start()

    def _written(self, written: WrittenImport) -> None:
        self.fg.ledger.adopt(written.present, written.signals)
        result = written.result
        self.writer, self.result_ = None, result
        self.writing_page.show_done(result)
        self.imported.emit(result)

    def _write_failed(self, error: BaseException) -> None:
        self.writer = None
        self.writing_page.show_failed()
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        show_error(self, error)

    # --- closing -------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Close, unless the import is being written: then say why the wizard stays open."""
        if self.writing():
            self.writing_page.refuse_cancel()
            return
        self.stop_reading()
        super().done(result)
