"""A dialog that runs slow work (a key derivation, a backup) in a `BackgroundJob` while it stays open.

While the work runs the dialog says so with a busy bar, its buttons are disabled and it cannot be
closed: the work (a key file rewrite, SQLite's copy) is never cut half-way, and its result is never
lost, so the parent always learns how it ended.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from familyguard.errors import FamilyGuardError
from familyguard.gui.background import BackgroundJob

T = TypeVar("T")


class WorkingDialog(QDialog):
    """Runs work off the GUI thread (see run); by default it then closes, accepted with `outcome`,
    or rejected with `failure` (FamilyGuardError) for the caller to show."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.job: BackgroundJob | None = None
        self.outcome: object = None
        self.failure: FamilyGuardError | None = None
        self.working = QLabel()
        self.working.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.working_row = QHBoxLayout()
        self.working_row.addWidget(self.working, 1)
        self.working_row.addWidget(self.busy)
        self._show_working("")

    def lay_out_form(self, intro: str, form: QFormLayout, ok: Callable[[], None]) -> None:
        """The usual layout: the intro text, the form, an error line (`self.error`), the working row,
        then OK (which calls ok) and Cancel."""
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(self.working_row)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def run(self, work: Callable[[], object], text: str) -> None:
        """Run work off the GUI thread; text says what is being done meanwhile."""
        job = BackgroundJob(work, self._succeeded, self._failed)
        self.job = job
        self._show_working(text)
        job.start()

    def work_done(self, outcome: object) -> None:
        """The work succeeded: close, accepted."""
        self.outcome = outcome
        self.accept()

    def work_failed(self, error: FamilyGuardError) -> None:
        """The work failed: close, rejected, with the error for the caller."""
        self.failure = error
        self.reject()

    def reject(self) -> None:
        """Close (Cancel, Escape, the window's close button), except while the work runs."""
        if self.job is None:
            super().reject()

    def _succeeded(self, outcome: object) -> None:
        self._show_working("")
        self.work_done(outcome)

    def _failed(self, error: Exception) -> None:
        self._show_working("")
        if not isinstance(error, FamilyGuardError):
            raise error
        self.work_failed(error)

    def _show_working(self, text: str) -> None:
        if not text:
            self.job = None
        self.working.setText(text)
        for widget in (self.working, self.busy):
            widget.setVisible(bool(text))
        for buttons in self.findChildren(QDialogButtonBox):
            buttons.setEnabled(not text)


class BusyDialog(WorkingDialog):
    """Says what is being done while work that cannot be stopped half-way runs (no buttons)."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        QVBoxLayout(self).addLayout(self.working_row)
        self.setMinimumWidth(520)  # the sentence on one line beside the busy bar


def run_busy(parent: QWidget | None, title: str, text: str, work: Callable[[], T]) -> T:
    """Run work off the GUI thread behind a BusyDialog saying text; return its result, or raise the
    FamilyGuardError it raised. The window keeps painting meanwhile."""
    dialog = BusyDialog(parent, title)
    dialog.run(work, text)
    if dialog.exec():
        return cast(T, dialog.outcome)
    assert dialog.failure is not None
    raise dialog.failure
