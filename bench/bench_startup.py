"""Cold start to first paint of the main window, against a bare PySide6 window (performance.md).

Workload: a generated household of 5 children, 60 app uses, 20,000 contacts and 40 talk plans,
its key in a keyring (as on a desktop). Each start is a fresh process, offscreen; both the app and
the floor report the moment their window first paints.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "support")]

from bench.timing import median_seconds, result_line  # noqa: E402

FLOOR = """
import time; start = time.perf_counter()
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            app.quit()
        return False
watch = Painted(); window.installEventFilter(watch)
window.show(); app.exec()
"""

APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from familyguard.gui.session import Session
app = QApplication(["familyguard"])
session = Session(app, Path(sys.argv[1]), "familyguard-bench", None)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            app.quit()
        return False
watch = Painted()
assert session.start()
session.window.installEventFilter(watch)
app.exec()
session.close()
"""


def generate(
    folder: Path, children: int = 5, apps_each: int = 12, contacts: int = 20_000, plans: int = 40
) -> None:
    """Write a seeded household of the given size into folder."""
    from familyguard.app import FamilyGuard
    from familyguard.domain import Contact
    from familyguard.storage.vault import create_household

    rng = random.Random(7)
    fg = FamilyGuard(create_household(folder, lambda _request: None))
    ids = [a.id for a in fg.catalogue.apps if a.status == "active"]
    now = datetime.now(UTC)
    uses = []
    for n in range(children):
        child = fg.household.add_child(f"Child {n}", date(2010 + n, 1 + n, 10))
        uses += [fg.household.add_app(child, app, f"kid{n}_{app}") for app in rng.sample(ids, apps_each)]
    per_use = contacts // len(uses)
    for use in uses:
        batch = [
            Contact(
                0,
                use.id,
                f"Friend {i}",
                f"friend_{use.id}_{i}",
                str(rng.getrandbits(48)),
                frozenset({"friends"}),
                "unknown",
                "new",
                None,
                now - timedelta(days=rng.randint(0, 400)),
                now,
            )
            for i in range(per_use)
        ]
        fg.contacts.add_snapshot(use.id, "import", "bench", now, batch)
    topics = ["strangers_online", "too_nice", "live_streaming", "sextortion"]
    for n in range(plans):
        child_id = fg.household.children.all()[n % children].id
        fg.talks.add_plan(child_id, topics[n % len(topics)], "2w", clock_time(19, 0), date.today())
    fg.close()


def start_time(script: str, *args: str, env: dict[str, str]) -> float:
    """Seconds from spawning a process to its exit after the first paint."""
    begin = time.perf_counter()
    subprocess.run([sys.executable, "-c", script, *args], env=env, check=True, capture_output=True)
    return time.perf_counter() - begin


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "DBUS_SESSION_BUS_ADDRESS": "disabled:",
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests" / "support")]),
            "PYTHON_KEYRING_BACKEND": "filekeyring.FileTestKeyring",
            "FG_TEST_KEYRING_FILE": f"{tmp}/keyring.json",
            "XDG_CONFIG_HOME": f"{tmp}/config",
            "XDG_STATE_HOME": f"{tmp}/state",
        }
        os.environ.update({k: env[k] for k in ("PYTHON_KEYRING_BACKEND", "FG_TEST_KEYRING_FILE")})
        generate(Path(tmp) / "household")
        floor = median_seconds(lambda: start_time(FLOOR, env=env), runs=5)
        app = median_seconds(lambda: start_time(APP, f"{tmp}/household", env=env), runs=5)
        print(f"floor (bare PySide6 window): {floor * 1000:.0f} ms")
        print(result_line("cold_start", app, floor, "budget 1.5x floor and 0.8 s"))


if __name__ == "__main__":
    main()
