"""Look at and drive the virtual desktop with xdotool and xwininfo, as a parent's mouse would."""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
_TREE_LINE = re.compile(r'"FamilyGuard": \(.*?\)\s+(\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(-?\d+)\+(-?\d+)')


def x(display: str, *args: str) -> str:
    """Run an X tool on the display and return what it printed."""
    done = subprocess.run(
        list(args),
        env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=20,
    )
    return done.stdout


def wait_for(probe: Callable[[], T | None], seconds: float = 20.0) -> T:
    """Poll until probe returns something truthy; fail with a clear message after the deadline."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"gave up after {seconds} s waiting for {probe.__name__}")


def main_window(display: str) -> str | None:
    """The id of FamilyGuard's visible main window, if it is shown."""
    for wid in x(display, "xdotool", "search", "--onlyvisible", "--name", "^FamilyGuard$").split():
        size = re.search(r"Geometry: (\d+)x(\d+)", x(display, "xdotool", "getwindowgeometry", wid))
        if size and int(size.group(1)) > 300 and int(size.group(2)) > 300:
            return wid
    return None


def _small_windows(display: str) -> list[tuple[int, int, int, int]]:
    """(width, height, left, top) of FamilyGuard's windows smaller than a dialog."""
    found = [
        tuple(map(int, m.groups())) for m in _TREE_LINE.finditer(x(display, "xwininfo", "-root", "-tree"))
    ]
    return [(w, h, left, top) for w, h, left, top in found if 1 < w < 300 and 1 < h < 300]


def tray_icon(display: str) -> tuple[int, int] | None:
    """The screen position of the centre of FamilyGuard's tray icon, if it is docked."""
    for width, height, left, top in _small_windows(display):
        if width <= 64 and height <= 64 and top < 40:
            return left + width // 2, top + height // 2
    return None


def menu_item(display: str, row: int) -> tuple[int, int] | None:
    """The screen position of the given row (0 = first) of an open FamilyGuard popup menu."""
    for width, _height, left, top in _small_windows(display):
        if width > 64:
            return left + 40, top + 10 + row * 24
    return None


def press(display: str, window: str, keys: str) -> None:
    """Focus the window and type a key combination into it."""
    x(display, "xdotool", "windowfocus", "--sync", window)
    x(display, "xdotool", "key", keys)
