"""Benchmark of the friends table's search: 100,000 rows, one keystroke to repaint (budget 50 ms).

Run as `python bench/bench_friend_filter.py`. The real Friends page runs offscreen with 100,000
contacts of one child over six apps; each keystroke of a search ("j", "ja", … "jake_2009") is applied
the way the search box applies it, then the table repaints. The typing delay before a search starts
(the debounce) is waiting, not work, so it is not counted. The floor is the least any search can do:
one pass of `in` over the 100,000 search strings. Last line:
`friend_filter_100k: 21.0 ms, 3.1x floor (budget 50 ms per keystroke)`.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from bench.timing import result_line
from familyguard.domain import AppUse
from familyguard.gui.friends_page import FriendsPage
from familyguard.storage.contacts import LedgerContact

CONTACTS = 100_000
APPS = ("instagram", "snapchat", "tiktok", "roblox", "discord", "spotify")
TYPED = "jake_2009"
BUDGET_MS = 50.0
RUNS = 5


def rows(count: int, seed: int = 11) -> list[tuple[LedgerContact, AppUse]]:
    """count contacts of one child over six apps, with a few statuses, relations and lists."""
    rng = random.Random(seed)
    now = datetime(2026, 11, 22, tzinfo=UTC)
    uses = [AppUse(n + 1, 1, app, app.title(), f"kid_{app}") for n, app in enumerate(APPS)]
    made = []
    for number in range(count):
        name = f"{rng.choice(('jake', 'mia', 'sam', 'lena', 'noah', 'ava'))}_{rng.randint(1990, 2015)}"
        contact = LedgerContact(
            number + 1,
            rng.choice(uses).id,
            name.replace("_", " ").title(),
            f"{name}{number}",
            None,
            frozenset(rng.sample(("friends", "followers", "following"), rng.randint(1, 2))),
            rng.choice(("unknown", "school", "family", "online_only")),
            rng.choice(("new", "reviewed", "reviewed", "flagged")),
            None,
            now - timedelta(days=rng.randint(0, 900)),
            now,
        )
        made.append((contact, uses[contact.app_use_id - 1]))
    return made


class Paints(QObject):
    """Counts the paint events of the table's viewport."""

    count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def keystrokes_ms(page: FriendsPage, app: QApplication, paints: Paints) -> list[float]:
    """Type TYPED one key at a time; the time from each key to the repainted table, in ms."""
    times = []
    for length in range(1, len(TYPED) + 1):
        start = time.perf_counter()
        painted = paints.count
        page.search.setText(TYPED[:length])
        page.apply_search()
        app.processEvents()
        if paints.count == painted:
            page.table.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    page.search.clear()
    page.apply_search()
    return times


def floor_ms(page: FriendsPage) -> float:
    """One pass of `in` over the search strings, per keystroke, in ms (median)."""
    search = page.model.search_text
    times = []
    for length in range(1, len(TYPED) + 1):
        needle = TYPED[:length]
        start = time.perf_counter()
        [r for r in range(len(search)) if needle in search[r]]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    app = QApplication([])
    page = FriendsPage()
    page.resize(1200, 800)
    page.show()
    page.model.reset(rows(CONTACTS))
    paints = Paints()
    page.table.viewport().installEventFilter(paints)
    app.processEvents()
    keystrokes_ms(page, app, paints)
    runs = [keystrokes_ms(page, app, paints) for _ in range(RUNS)]
    per_key = [statistics.median(column) for column in zip(*runs, strict=True)]
    floor = statistics.median(floor_ms(page) for _ in range(RUNS))
    print(f"per keystroke ({TYPED!r}): " + ", ".join(f"{ms:.1f}" for ms in per_key) + " ms")
    print(f"floor (one pass of `in` over {CONTACTS:,} strings): {floor:.1f} ms")
    worst = max(per_key)
    print(
        result_line(
            "friend_filter_100k", worst / 1000, floor / 1000, f"budget {BUDGET_MS:.0f} ms per keystroke"
        )
    )


if __name__ == "__main__":
    main()
