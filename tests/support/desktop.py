"""Look at and drive the virtual desktop with xdotool and xwininfo, as a parent's mouse would."""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
_GEOMETRY = r"\s+(\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(-?\d+)\+(-?\d+)"
_TREE_LINE = re.compile(r'"FamilyGuard": \(.*?\)' + _GEOMETRY)
_TRAY_LINE = re.compile(r'"panel": \("panel" "trayer"\)' + _GEOMETRY)


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


def _windows(tree: str, widest: int) -> list[tuple[int, int, int, int]]:
    """(width, height, left, top) of FamilyGuard's windows up to widest wide and 300 high."""
    found = [tuple(map(int, m.groups())) for m in _TREE_LINE.finditer(tree)]
    return [(w, h, left, top) for w, h, left, top in found if 1 < w < widest and 1 < h < 300]


def tray_icon(display: str) -> tuple[int, int] | None:
    """The screen position of the centre of FamilyGuard's tray icon, once it is docked in trayer's panel.

    Qt creates the icon's window at the screen's top left corner and trayer then moves it into its
    panel; an icon found at the corner is not clickable yet (a click there once failed a CI run).
    """
    tree = x(display, "xwininfo", "-root", "-tree")
    tray = _TRAY_LINE.search(tree)
    if tray is None:
        return None
    tray_width, tray_height, tray_left, tray_top = map(int, tray.groups())
    for width, height, left, top in _windows(tree, 65):
        centre = left + width // 2, top + height // 2
        if tray_left <= centre[0] < tray_left + tray_width and tray_top <= centre[1] < tray_top + tray_height:
            return centre
    return None


def menu_item(display: str, row: int) -> tuple[int, int] | None:
    """The screen position of the given row (0 = first) of an open FamilyGuard popup menu."""
    tree = x(display, "xwininfo", "-root", "-tree")
    for width, _height, left, top in _windows(tree, 600):
        if width > 64:  # a menu: wider than an icon, short
            return left + 40, top + 10 + row * 24
    return None


def open_tray_menu(display: str) -> tuple[int, int]:
    """Right-click FamilyGuard's docked tray icon once; the position of the first row of its menu."""
    icon = wait_for(lambda: tray_icon(display))
    x(display, "xdotool", "mousemove", str(icon[0]), str(icon[1]), "click", "3")
    return wait_for(lambda: menu_item(display, 0))


def press(display: str, window: str, keys: str) -> None:
    """Focus the window and type a key combination into it."""
    x(display, "xdotool", "windowfocus", "--sync", window)
    x(display, "xdotool", "key", keys)
