"""Timing helpers shared by the benchmarks: warm-up, median of runs, the result line."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(work: Callable[[], object], runs: int, warmup: int = 1) -> float:
    """Run work warmup times untimed, then runs times; return the median wall time in seconds."""
    for _ in range(warmup):
        work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def result_line(name: str, seconds: float, floor: float, budget: str) -> str:
    """The benchmark's last line: `name: 0.41 s, 1.6x floor (budget ...)`."""
    shown = f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"
    return f"{name}: {shown}, {seconds / floor:.2f}x floor ({budget})"
