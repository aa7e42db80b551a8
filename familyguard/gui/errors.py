"""Errors in the window: one dialog saying what happened and what to do, never a traceback.

An expected error (FamilyGuardError) shows its message and hint, in the window's language.
Anything else is a bug: its traceback goes to the log, and the dialog says where the log is, with a
button that opens its folder.
`install_excepthook` routes bugs raised in Qt slots and event handlers here too.
"""

from __future__ import annotations

import functools
import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from familyguard.errors import FamilyGuardError
from familyguard.gui.i18n import content

log = logging.getLogger("familyguard.gui")
_showing_bug = False


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the parent about an error in one dialog; bugs go to the log first."""
    if isinstance(error, FamilyGuardError):
        QMessageBox.warning(parent, "FamilyGuard", error_text(error))
        return
    log.error("unexpected error", exc_info=error)
    show_bug(parent)


def error_text(error: FamilyGuardError, between: str = "\n\n") -> str:
    """The error's message and its hint (if any) in the window's language."""
    return between.join(content(part) for part in (error.message, error.hint) if part)


def show_bug(parent: QWidget | None) -> None:
    """Say that something went wrong, where the details are, and offer to open the log folder."""
    from familyguard import config

    global _showing_bug
    if _showing_bug:  # a bug while the dialog is open: the log has it, one dialog is enough
        return
    text = QCoreApplication.translate(
        "errors",
        "Something went wrong inside FamilyGuard. Your data is safe.\n\n"
        "Try again; if it happens again, restart FamilyGuard. The details were written to {log}.",
    )
    log_file = config.log_dir() / config.LOG_NAME
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "FamilyGuard",
        text.format(log=log_file),
        QMessageBox.StandardButton.Close,
        parent,
    )
    caption = QCoreApplication.translate("errors", "Open log folder")
    open_logs = box.addButton(caption, QMessageBox.ButtonRole.ActionRole)
    _showing_bug = True
    try:
        box.exec()
    finally:
        _showing_bug = False
    if box.clickedButton() is open_logs:
        from familyguard.gui.folders import open_folder

        show_errors(parent, lambda: open_folder(config.log_dir()))()


def show_errors(parent: QWidget | None, slot: Callable[[], None]) -> Callable[[], None]:
    """Wrap a slot so that any error it raises becomes one dialog."""

    @functools.wraps(slot)
    def run(*_args: object) -> None:
        try:
            slot()
        except Exception as exc:
            show_error(parent, exc)

    return run


def install_excepthook(parent: Callable[[], QWidget | None]) -> None:
    """Show an error that escaped a Qt slot as one dialog over `parent()` instead of a traceback.

    A hook someone else installed (a debugger, the test runner) is left in place. An error in a
    worker thread is only logged: a dialog can only be shown from the GUI thread.
    """
    if sys.excepthook is not sys.__excepthook__:
        return

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if not issubclass(kind, Exception):
            sys.__excepthook__(kind, error, trace)
        elif threading.current_thread() is not threading.main_thread():
            log.error("unexpected error in a worker thread", exc_info=(kind, error, trace))
        else:
            show_error(parent(), error.with_traceback(trace))

    sys.excepthook = hook
