"""Timing helpers shared by the benchmarks: warm-up, median of runs, the result line."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def medians(*works: Callable[[], object], runs: int, warmup: int = 1) -> list[float]:
    """The median wall time in seconds of each work, after `warmup` untimed runs of each.

    The works take turns run after run, so a machine that slows down or speeds up midway (a shared
    host) weighs on all of them alike and their ratio stays fair.
    """
    for work in works:
        for _ in range(warmup):
            work()
    times: list[list[float]] = [[] for _ in works]
    for _ in range(runs):
        for work, taken in zip(works, times, strict=True):
            start = time.perf_counter()
            work()
            taken.append(time.perf_counter() - start)
    return [statistics.median(taken) for taken in times]


def median_seconds(work: Callable[[], object], runs: int, warmup: int = 1) -> float:
    """Run work warmup times untimed, then runs times; return the median wall time in seconds."""
    return medians(work, runs=runs, warmup=warmup)[0]


def result_line(name: str, seconds: float, floor: float, budget: str) -> str:
    """The benchmark's last line: `name: 0.41 s, 1.6x floor (budget ...)`."""
    shown = f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"
    return f"{name}: {shown}, {seconds / floor:.2f}x floor ({budget})"
