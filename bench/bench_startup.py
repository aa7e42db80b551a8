"""Cold start to first paint of the main window, against a bare PySide6 window (performance.md).

The app runs through its real entry point (`familyguard --data-dir DIR`); the benchmark watches
the main window's events for its first paint, as the floor watches its bare window's (watching
every object's events would make PySide6 build Python types for all of them, a cost of the
measurement, not of the app). The window paints before the household's
key is fetched (importing keyring alone costs about as much as Qt), so the benchmark also prints
the time until the household's children are shown. Workload: a generated household of 5 children,
60 app uses, 20,000 contacts and 40 talk plans, its key in a keyring (as on a desktop). Each start
is a fresh process, offscreen.
"""

from __future__ import annotations

import compileall
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "support")]

from bench.timing import result_line  # noqa: E402

FLOOR = """
import time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", time.time(), flush=True)
            app.quit()
        return False
watch = Painted(); window.installEventFilter(watch)
window.show(); app.exec()
"""

APP = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from familyguard.__main__ import main
from familyguard.gui import main_window
class Painted(QObject):
    first = True
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            if self.first:
                print("painted", time.time(), flush=True)
                self.first = False
            if getattr(obj, "fg", None) is not None:
                print("shown", time.time(), flush=True)
                QTimer.singleShot(0, QApplication.quit)
        return False
watch = Painted()
created = main_window.MainWindow.__init__
def watched(window, *args):
    created(window, *args)
    window.installEventFilter(watch)
main_window.MainWindow.__init__ = watched
sys.exit(main(["--data-dir", sys.argv[1]]))
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


def start_times(script: str, *args: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawning a process to each moment it reports ("painted", "shown")."""
    begin = time.time()
    done = subprocess.run([sys.executable, "-c", script, *args], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"the measured process failed ({done.returncode}):\n{done.stderr}")
    moments = dict(line.split() for line in done.stdout.splitlines() if line.startswith(("painted", "shown")))
    return {name: float(stamp) - begin for name, stamp in moments.items()}


def median_starts(*starts: tuple[str, ...], env: dict[str, str], runs: int = 5) -> list[dict[str, float]]:
    """Median of each reported moment over several fresh processes of each (script, *args), after one
    warm-up each; the scripts take turns, so a machine that slows down midway weighs on all alike."""
    for script, *args in starts:
        start_times(script, *args, env=env)
    samples: list[list[dict[str, float]]] = [[] for _ in starts]
    for _ in range(runs):
        for (script, *args), taken in zip(starts, samples, strict=True):
            taken.append(start_times(script, *args, env=env))
    return [{name: statistics.median(s[name] for s in taken) for name in taken[0]} for taken in samples]


def main() -> None:
    # As installed: pip writes a package's bytecode when it installs it. Without this, a machine with
    # PYTHONDONTWRITEBYTECODE set (this project's has) would compile every module at every start.
    compileall.compile_dir(ROOT / "familyguard", quiet=1)
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
        floor_moments, app = median_starts((FLOOR,), (APP, f"{tmp}/household"), env=env)
        floor = floor_moments["painted"]
        print(f"floor (bare PySide6 window): {floor * 1000:.0f} ms")
        print(
            f"household shown in the window: {app['shown'] * 1000:.0f} ms, {app['shown'] / floor:.2f}x floor"
        )
        print(result_line("cold_start", app["painted"], floor, "budget 1.5x floor and 0.8 s"))


if __name__ == "__main__":
    main()
