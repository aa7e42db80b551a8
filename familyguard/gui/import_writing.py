"""The import wizard's last page: writing the import in one transaction, off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWizard, QWizardPage

if TYPE_CHECKING:
    from familyguard.contacts.ledger import ImportResult
    from familyguard.gui.import_wizard import ImportWizard


class WritingPage(QWizardPage):
    """Writes the import (one transaction, off the GUI thread), then says what was written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._done = False
        self.setTitle(self.tr("Importing"))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Import status"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(self.status)
        box.addWidget(self.bar)
        box.addWidget(self.note)
        box.addStretch(1)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))

    def initializePage(self) -> None:
        self._done = False
        self.bar.setRange(0, 0)
        self.status.setText(self.tr("Writing the list in one step. It is either all written or not at all."))
        self.note.clear()
        self._wizard.start_writing()

    def isComplete(self) -> bool:
        return self._done

    def refuse_cancel(self) -> None:
        """Cancel (or closing the wizard) while writing: say why it has to finish."""
        self.note.setText(
            self.tr(
                "The list is being written in one step and cannot be stopped half-way. "
                "It takes a moment; you can remove people afterwards on the Friends page."
            )
        )

    def show_done(self, result: ImportResult) -> None:
        self._done = True
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        report = result.report()
        if result.snapshot_id is not None:
            text = self.tr(
                "Done: {added} added, {removed} removed, {changed} updated, {unchanged} unchanged."
            ).format(**report)
        elif result.use is None:
            text = self.tr("Done: the list had nothing new, so nothing was changed.")
        else:
            text = self.tr("Done: the list had nothing new; FamilyGuard noted that you checked it today.")
        self.status.setText(text)
        self.note.clear()
        self.completeChanged.emit()

    def show_failed(self) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status.setText(self.tr("The list could not be written; nothing was imported."))
        self.note.clear()
