"""Event-loop stalls while the window imports a large friend list (issue 6: never frozen > 100 ms).

Run as `python bench/bench_stalls.py`. An Instagram zip (bench_import's generator) is imported
offscreen through the real wizard: it reads the export in its worker, shows the preview, writes it
in its worker. Measured twice: the wizard alone (the import's own stalls, at two sizes 10x apart to
show whether the longest gap grows with the list), and through the main window's Ctrl+I path until
the Friends page shows the new list (what the parent sees, including the window's refresh). A
QTimer ticks every 10 ms on the GUI thread; a gap over 100 ms between two ticks is a stall. The
floor is the longest gap of the same timer over an idle event loop as long, in the same run.
The last line (the window path) reads like
`import_stalls_50k: 0 stalls over 100 ms, longest 34.0 ms, 2.10x floor, during a 1.20 s import (...)`.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWizard

from bench.bench_import import _fresh, make_export
from familyguard.app import FamilyGuard
from familyguard.domain import FixedClock
from familyguard.gui.import_wizard import PREVIEW_PAGE, ImportWizard
from familyguard.gui.main_window import MainWindow

TICK_MS = 10
Run = tuple[int, float, float]  # stalls, longest gap (s), seconds
STALL_S = 0.100
RUNS = 3


class Ticker:
    """A 10 ms QTimer on the GUI thread that records the gaps between its ticks."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.monotonic()
        self._timer.start()

    def stop(self) -> None:
        self._tick()
        self._timer.stop()

    def _tick(self) -> None:
        now = time.monotonic()
        self.gaps.append(now - self._last)
        self._last = now

    def stalls(self) -> int:
        return sum(1 for gap in self.gaps if gap > STALL_S)

    def longest(self) -> float:
        return max(self.gaps, default=0.0)


class Driver:
    """Presses the wizard's buttons as a parent would, as soon as each step is ready."""

    def __init__(self, ticker: Ticker, wizard: ImportWizard | None = None) -> None:
        self.ticker = ticker
        self.started = 0.0
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._poll)
        self._wizard: ImportWizard | None = None
        self._given = wizard
        self._committed = False
        self._timer.start()

    def _poll(self) -> None:
        if self._wizard is None:
            found = self._given or QApplication.activeModalWidget()
            if isinstance(found, ImportWizard) and found.isVisible():
                self._wizard = found
                self.ticker.start()
                self.started = time.monotonic()
                found.next()  # the files were dropped: read them
            return
        wizard = self._wizard
        if wizard.currentId() == PREVIEW_PAGE and not self._committed:
            self._committed = True
            wizard.button(QWizard.WizardButton.CommitButton).click()
        elif wizard.result_ is not None and wizard.isVisible():
            self._timer.stop()
            wizard.button(QWizard.WizardButton.FinishButton).click()


def settle(ms: int) -> None:
    """Run the event loop for ms milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def household(folder: Path) -> FamilyGuard:
    fg = FamilyGuard(_fresh(folder), FixedClock(datetime(2026, 11, 22, 18, 0, tzinfo=UTC)))
    fg.household.add_child("Ella", date(2012, 5, 5))
    return fg


def wizard_import(folder: Path, export: Path, ticker: Ticker) -> Run:
    """The import wizard alone (read, preview, write): the import's own stalls."""
    fg = household(folder)
    wizard = ImportWizard(None, fg, fg.household.find_child("Ella"), [export])
    wizard.show()
    driver = Driver(ticker, wizard)
    while wizard.result_ is None or wizard.isVisible():
        settle(TICK_MS)
    ticker.stop()
    seconds = time.monotonic() - driver.started
    wizard.deleteLater()
    fg.close()
    settle(10)
    return ticker.stalls(), ticker.longest(), seconds


def window_import(folder: Path, export: Path, ticker: Ticker) -> Run:
    """Ctrl+I in the main window, until the Friends page shows the list: what the parent sees."""
    fg = household(folder)
    window = MainWindow(fg.clock)
    window.show()
    window.attach(fg)
    window.friends.show_friends()
    settle(50)
    driver = Driver(ticker)
    window.friends.import_friends([export])  # the wizard runs modally until Close is pressed
    while window.friends.page.loading():  # the Friends page reads the new list in its worker
        settle(TICK_MS)
    settle(2 * TICK_MS)  # what the window does right after counts too
    ticker.stop()
    seconds = time.monotonic() - driver.started
    assert window.friends.page.model.rowCount() > 0, "the import did not reach the Friends page"
    window.close()
    window.deleteLater()
    fg.close()
    settle(10)
    return ticker.stalls(), ticker.longest(), seconds


def idle_floor(ticker: Ticker, seconds: float) -> float:
    """The longest gap of the same timer over an idle event loop of the same length."""
    ticker.start()
    settle(int(seconds * 1000))
    ticker.stop()
    return ticker.longest()


def measure(how: Callable[[Path, Path, Ticker], Run], folder: Path, export: Path, ticker: Ticker) -> Run:
    """One warm-up, then RUNS runs: the run with the median longest gap, with the most stalls seen."""
    how(folder, export, ticker)
    runs = sorted((how(folder, export, ticker) for _ in range(RUNS)), key=lambda r: r[1])
    _, longest, seconds = runs[len(runs) // 2]
    return max(r[0] for r in runs), longest, seconds


def show(name: str, run: Run) -> str:
    stalls, longest, seconds = run
    return f"{name}: {stalls} stalls, longest {longest * 1000:.1f} ms in {seconds:.2f} s"


def quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages on stderr, but for the offscreen plugin's note on every window shown."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def main() -> None:
    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication([])
    ticker = Ticker()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small, large = make_export(folder, 5_000), make_export(folder, 50_000)
        wizard_small = measure(wizard_import, folder, small, ticker)
        wizard_large = measure(wizard_import, folder, large, ticker)
        window_large = measure(window_import, folder, large, ticker)
        floor = statistics.median(idle_floor(ticker, window_large[2]) for _ in range(RUNS))
    del app
    print(
        f"{show('wizard_5k', wizard_small)}; {show('wizard_50k', wizard_large)};"
        f" ratio {wizard_large[1] / wizard_small[1]:.1f}x longest gap for 10x people"
    )
    print(show("window_50k (wizard, then the window's refresh and the Friends page)", window_large))
    print(f"floor (idle event loop, {TICK_MS} ms timer): longest gap {floor * 1000:.1f} ms")
    stalls, longest, seconds = window_large
    print(
        f"import_stalls_50k: {stalls} stalls over {STALL_S * 1000:.0f} ms, longest {longest * 1000:.1f} ms,"
        f" {longest / floor:.2f}x floor, during a {seconds:.2f} s import (budget: no stall over 100 ms)"
    )


if __name__ == "__main__":
    main()
