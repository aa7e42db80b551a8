"""The Family page with the demo household ×10 (30 children): compute the overview and render the page.

Run as `python bench/bench_home.py` (offscreen). The work is `HomePage.refresh()` — what needs attention
and every child's card, read from the encrypted household — then one event-loop pass and a grab of the
page. The floor is the same page with nothing to show (the same widgets, rendered once). The demo ×1
is timed too, to show how the cost grows. Last line: `home_page: 40.0 ms, 3.1x floor (budget 100 ms)`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "support")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from bench.timing import median_seconds, medians, result_line  # noqa: E402

BUDGET_MS = 100
COPIES = 10
RUNS = 15
NOW = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)


def main() -> None:
    from households import FAST_KDF, PASSPHRASE, Answer
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from familyguard.app import FamilyGuard
    from familyguard.demo import populate
    from familyguard.domain import FixedClock
    from familyguard.gui.home_page import HomePage
    from familyguard.overview import Overview, household_overview
    from familyguard.storage.vault import create_household
    from familyguard.talks.service import talks_for

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        pages = []
        for copies in (1, COPIES):
            fg = FamilyGuard(
                create_household(Path(tmp) / f"x{copies}", Answer(PASSPHRASE), FAST_KDF), FixedClock(NOW)
            )
            populate(fg, copies)
            page = HomePage()
            page.resize(1280, 800)
            page.show()
            page.attach(fg, talks_for(fg))
            pages.append((fg, page))

        def render(page: HomePage) -> None:
            app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            page.grab()

        def work(page: HomePage) -> None:
            page.refresh()
            render(page)

        def empty(page: HomePage) -> None:
            page.show_overview(Overview((), ()))
            render(page)

        (_, small), (large_fg, large) = pages
        small_s, large_s, floor_s = medians(
            lambda: work(small), lambda: work(large), lambda: empty(large), runs=RUNS
        )  # in turns, so that a drift of the machine weighs on the floor alike
        work(large)  # what the page shows, for the counts below
        items, cards, shown = (
            len(large.overview.items),
            len(large.overview.cards),
            len(large.attention.row_widgets),
        )
        print(f"demo x{COPIES}: {cards} children, {items} attention items ({shown} shown)")
        assert large.talks is not None
        overview_s = median_seconds(lambda: household_overview(large_fg, large.talks), RUNS)  # type: ignore[arg-type]
        print(f"overview alone: {overview_s * 1000:.1f} ms; empty page (floor): {floor_s * 1000:.1f} ms")
        print(
            f"demo x1: {small_s * 1000:.1f} ms; x{COPIES}: {large_s * 1000:.1f} ms ({large_s / small_s:.1f}x)"
        )
        for fg, _ in pages:
            fg.close()
        print(result_line("home_page", large_s, floor_s, f"budget {BUDGET_MS} ms"))


if __name__ == "__main__":
    main()
