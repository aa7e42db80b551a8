"""Benchmark of the risk engine: assessing a household of 5 children × 12 apps (budget 20 ms).

Run as `python bench/bench_risk.py`. The floor is the same loop doing only the catalogue look-ups.
The last line reads like `risk_assessment: 3.1 ms, 2.4x floor (budget 20 ms)`.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from familyguard.catalog import Catalogue, load_catalogue
from familyguard.domain import AppUse, Child
from familyguard.domain.app_settings import RECORDED_SETTINGS
from familyguard.domain.dimensions import DIMENSIONS
from familyguard.risk.assess import assess_child
from familyguard.risk.model import ContactSummary

BUDGET_MS = 20.0
APPS_PER_CHILD = 12
RUNS = 20
TODAY = date(2026, 11, 22)
Household = list[tuple[Child, list[AppUse]]]


def build(catalogue: Catalogue, children: int, seed: int = 3) -> tuple[Household, dict[int, ContactSummary]]:
    """Children aged 6-17, each with 11 catalogue apps (random settings) and one custom app."""
    rng = random.Random(seed)
    apps = [a for a in catalogue.apps if a.status == "active"]
    household: Household = []
    contacts: dict[int, ContactSummary] = {}
    use_id = 0
    for number in range(children):
        child = Child(number + 1, f"Child {number + 1}", date(TODAY.year - rng.randint(6, 17), 5, 1))
        uses = []
        for entry in rng.sample(apps, APPS_PER_CHILD - 1):
            use_id += 1
            settings = {k: rng.choice(v) for k, v in RECORDED_SETTINGS.items() if rng.random() < 0.4}
            uses.append(AppUse(use_id, child.id, entry.id, entry.name, None, settings))
            if rng.random() < 0.3:
                contacts[use_id] = ContactSummary(new=rng.randint(0, 5), flagged=rng.randint(0, 1))
        use_id += 1
        custom = tuple(rng.sample(DIMENSIONS, 3))
        uses.append(
            AppUse(use_id, child.id, f"custom:app{number}", f"App {number}", None, custom_features=custom)
        )
        household.append((child, uses))
    return household, contacts


def median_ms(work: Callable[[], object]) -> float:
    """Median wall time of RUNS calls after one warm-up call, in milliseconds."""
    work()
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    catalogue = load_catalogue()

    def assess(household: Household, contacts: dict[int, ContactSummary]) -> Callable[[], object]:
        return lambda: [assess_child(c, uses, catalogue, TODAY, contacts) for c, uses in household]

    def lookups(household: Household) -> Callable[[], object]:
        return lambda: [[catalogue.find(u.app_id) for u in uses if not u.is_custom] for _, uses in household]

    small, small_contacts = build(catalogue, 5)
    start = time.perf_counter()
    assess(small, small_contacts)()
    print(f"first (cold) run, 5x{APPS_PER_CHILD}: {(time.perf_counter() - start) * 1000:.1f} ms")
    large, large_contacts = build(catalogue, 50)
    small_ms = median_ms(assess(small, small_contacts))
    large_ms = median_ms(assess(large, large_contacts))
    print(
        f"5x{APPS_PER_CHILD}: {small_ms:.2f} ms, 50x{APPS_PER_CHILD}: {large_ms:.2f} ms, "
        f"ratio {large_ms / small_ms:.1f} (10x the children)"
    )
    floor_ms = median_ms(lookups(small))
    print(f"risk_assessment: {small_ms:.1f} ms, {small_ms / floor_ms:.1f}x floor (budget {BUDGET_MS:.0f} ms)")


if __name__ == "__main__":
    main()
