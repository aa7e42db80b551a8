"""Event-loop stalls while the lock screen checks the parent's passphrase (issue 6: never frozen > 100 ms).

Run as `python bench/bench_unlock_stalls.py`. A household without a keyring, its lock on, the real
scrypt cost (about half a second, 128 MiB): the lock screen checks the passphrase in its worker while
bench_stalls' Ticker (10 ms QTimer on the GUI thread) records the gaps between its ticks. For scale,
the same check on the GUI thread (`ParentLock.unlock`), which is how long the window froze before.
The last line reads like
`unlock_stalls: 0 stalls over 100 ms, longest 12.0 ms, 1.10x floor, during a 0.52 s check (...)`.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # the key wrapped by scrypt
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from bench.bench_stalls import RUNS, STALL_S, TICK_MS, Ticker, idle_floor, quiet, settle
from familyguard.domain import FixedClock
from familyguard.gui.lock_screen import LockScreen
from familyguard.lock import Attempt, ParentLock
from familyguard.lock_rules import PASSPHRASE as KIND_PASSPHRASE
from familyguard.storage.vault import create_household

PASSPHRASE = "correct horse battery staple"
Run = tuple[int, float, float]  # stalls, longest gap (s), seconds


def check_on_screen(screen: LockScreen, ticker: Ticker) -> Run:
    """The lock screen checks the passphrase in its worker: the gaps of the GUI thread's timer meanwhile."""
    ticker.start()
    started = time.monotonic()
    screen.try_secret(PASSPHRASE)
    while screen.job is not None:
        settle(TICK_MS)
    ticker.stop()
    return ticker.stalls(), ticker.longest(), time.monotonic() - started


def main() -> None:
    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication([])
    ticker = Ticker()
    clock = FixedClock(datetime(2026, 11, 22, 18, 0, tzinfo=UTC))
    opened: list[bytes | None] = []

    def unlocked(_attempt: Attempt, key: bytes | None) -> None:
        opened.append(key)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "household"
        create_household(folder, lambda _request: PASSPHRASE).close()
        lock = ParentLock(folder, clock)
        lock.set(KIND_PASSPHRASE, PASSPHRASE)
        screen = LockScreen(lock, unlocked)
        screen.reset()
        screen.show()
        settle(50)
        check_on_screen(screen, ticker)  # warm-up
        runs = sorted((check_on_screen(screen, ticker) for _ in range(RUNS)), key=lambda r: r[1])
        assert len(opened) == RUNS + 1 and all(opened), "the passphrase did not unlock"
        frozen = []
        for _ in range(RUNS):
            started = time.perf_counter()
            lock.unlock(PASSPHRASE)
            frozen.append(time.perf_counter() - started)
        screen.close()
    _, longest, seconds = runs[len(runs) // 2]
    stalls = max(r[0] for r in runs)
    floor = statistics.median(idle_floor(ticker, seconds) for _ in range(RUNS))
    del app
    print(f"the same check on the GUI thread (before): the window froze {statistics.median(frozen):.2f} s")
    print(f"floor (idle event loop, {TICK_MS} ms timer): longest gap {floor * 1000:.1f} ms")
    print(
        f"unlock_stalls: {stalls} stalls over {STALL_S * 1000:.0f} ms, longest {longest * 1000:.1f} ms,"
        f" {longest / floor:.2f}x floor, during a {seconds:.2f} s check (budget: no stall over 100 ms)"
    )


if __name__ == "__main__":
    main()
