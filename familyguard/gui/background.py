"""Long work off the GUI thread: `Worker`, a thread the application owns, and `BackgroundJob`.

A worker belongs to the application, not to the window that started it: a window may close (or
stop waiting for a result) while the work finishes; the thread deletes itself once finished, and
the application waits for any still running when it quits, so a write is finished, never cut.
Results and errors reach the GUI thread through queued signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, Signal

from familyguard.contacts.gc_pause import gc_paused


class Worker(QThread):
    """A thread owned by the application, deleted when finished, waited for when the app quits."""

    def __init__(self) -> None:
        app = QCoreApplication.instance()
        super().__init__(app)
        self.finished.connect(self.deleteLater)
        if app is not None:
            app.aboutToQuit.connect(self.wait)


class BackgroundJob(Worker):
    """Runs one function off the GUI thread and reports its result, or the error it raised.

    The work runs with the garbage collector paused (see contacts.gc_pause): a collection in the
    worker would hold the GIL, and so freeze the window, for as long as it scans.
    """

    succeeded = Signal(object)
    failed = Signal(object)  # the exception, shown as one dialog on the GUI thread

    def __init__(
        self, work: Callable[[], object], succeeded: Callable[[Any], object], failed: Callable[[Any], object]
    ) -> None:
        """work runs in the thread once started; its result goes to succeeded, its error to failed
        (both on the GUI thread)."""
        super().__init__()
        self._work = work
        self.succeeded.connect(succeeded)
        self.failed.connect(failed)

    def run(self) -> None:
        try:
            with gc_paused():
                result = self._work()
        except Exception as exc:
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
