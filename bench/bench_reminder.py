"""Reminder latency: a talk due now is notified within 1 s of its due time (performance.md).

The real path: APScheduler's job fires on its worker thread at the due moment, a Qt signal crosses
to the GUI thread, the reminders read what is due from the encrypted database and hand it to the
notifier. The due moment is the end of a pause set 1.5 s ahead (pause ends are scheduled to the
microsecond; talk times to the minute). The floor is a bare QTimer set for the same moment.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from bench.timing import result_line
from familyguard.app import FamilyGuard
from familyguard.gui.reminders import Reminders
from familyguard.notify import Notification
from familyguard.storage.keyfile import ScryptParams
from familyguard.storage.vault import create_household
from familyguard.talks.service import talks_for

AHEAD = 1.5
RUNS = 5


class Stopwatch:
    """A notifier chain that notes when a reminder reached it."""

    def __init__(self, _on_action: object) -> None:
        self.at: float | None = None

    def send(self, notification: Notification) -> str:
        self.at = self.at or time.time()
        return "stopwatch"

    def close(self) -> None:
        return None


def reminder_latency(fg: FamilyGuard) -> float:
    """Seconds from the due moment to the notifier being called."""
    with fg.db.transaction() as conn:
        conn.execute("UPDATE talk_plan SET handled = '2026-01-01T00:00:00+00:00', snoozed_until = NULL")
    reminders = Reminders(talks_for(fg), Stopwatch, fg.preferences)  # type: ignore[arg-type]
    due = reminders.talks.now + timedelta(seconds=AHEAD)
    fg.preferences.set("reminders_paused_until", due.isoformat())
    reminders.start()
    loop = QEventLoop()
    QTimer.singleShot(int((AHEAD + 1.5) * 1000), loop.quit)
    loop.exec()
    reminders.stop()
    sent = reminders.notifier.at  # type: ignore[attr-defined]
    assert sent is not None, "the reminder was never sent"
    return sent - due.timestamp()


def timer_latency() -> float:
    """Seconds a bare QTimer fires after the moment it was set for."""
    due = time.time() + AHEAD
    fired: list[float] = []
    loop = QEventLoop()
    QTimer.singleShot(int(AHEAD * 1000), lambda: (fired.append(time.time()), loop.quit()))
    loop.exec()
    return fired[0] - due


def main() -> None:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        fg = FamilyGuard(
            create_household(Path(tmp) / "h", lambda _r: "bench-passphrase", ScryptParams(n=2**10))
        )
        child = fg.household.add_child("Mia", datetime.now().date().replace(year=datetime.now().year - 9))
        talks_for(fg).plan(child, "live_streaming", "1w", "19:00", datetime.now().date() - timedelta(days=14))
        floor = statistics.median(max(timer_latency(), 1e-3) for _ in range(RUNS))
        latency = statistics.median(reminder_latency(fg) for _ in range(RUNS))
        fg.close()
    del app
    print(f"floor (a bare QTimer's lateness): {floor * 1000:.1f} ms")
    print(result_line("reminder_latency", max(latency, 1e-3), floor, "budget 1 s after the due time"))


if __name__ == "__main__":
    main()
