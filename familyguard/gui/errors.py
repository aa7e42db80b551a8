"""Errors in the window: one dialog saying what happened and what to do, never a traceback."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from familyguard.errors import FamilyGuardError

log = logging.getLogger("familyguard.gui")


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the parent about an error in one dialog; bugs go to the log first."""
    if isinstance(error, FamilyGuardError):
        QMessageBox.warning(parent, "FamilyGuard", f"{error.message}\n\n{error.hint}".strip())
        return
    from familyguard import config

    log.error("unexpected error", exc_info=error)
    text = QCoreApplication.translate(
        "errors",
        "Something went wrong inside FamilyGuard. Your data is safe.\n\nDetails were written to {log}.",
    )
    QMessageBox.critical(parent, "FamilyGuard", text.format(log=config.log_dir() / config.LOG_NAME))


def show_errors(parent: QWidget, slot: Callable[[], None]) -> Callable[[], None]:
    """Wrap a slot so that any error it raises becomes one dialog."""

    @functools.wraps(slot)
    def run(*_args: object) -> None:
        try:
            slot()
        except Exception as exc:
            show_error(parent, exc)

    return run
