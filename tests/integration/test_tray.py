"""The tray app on a real X server with a real tray: it docks, its menu opens the window, one instance."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop import main_window, open_tray_menu, press, tray_icon, wait_for, x
from runcli import familyguard

pytestmark = pytest.mark.integration


@pytest.fixture
def app_env(subprocess_env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    env = {**subprocess_env, "QT_QPA_PLATFORM": "xcb", "DBUS_SESSION_BUS_ADDRESS": "disabled:"}
    env["FAMILYGUARD_DATA_DIR"] = str(tmp_path / "household")
    assert familyguard(env, "child", "add", "Mia", "--born", "2019-03-04").returncode == 0
    return env


def start(env: dict[str, str], display: str, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "familyguard", *args],
        env={**env, "DISPLAY": display},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture
def running(app_env: dict[str, str], tray_host: str) -> Iterator[subprocess.Popen[bytes]]:
    app = start(app_env, tray_host)
    yield app
    if app.poll() is None:
        app.terminate()
        app.wait(timeout=10)


def test_tray_menu_open_shows_the_hidden_window(running: subprocess.Popen[bytes], tray_host: str) -> None:
    window = wait_for(lambda: main_window(tray_host))
    wait_for(lambda: tray_icon(tray_host))
    press(tray_host, window, "ctrl+w")
    wait_for(lambda: main_window(tray_host) is None, 10)
    assert running.poll() is None, "closing the window must keep the tray app running"
    open_item = open_tray_menu(tray_host)
    x(tray_host, "xdotool", "mousemove", str(open_item[0]), str(open_item[1]), "click", "1")
    wait_for(lambda: main_window(tray_host))
    press(tray_host, wait_for(lambda: main_window(tray_host)), "ctrl+q")
    assert running.wait(timeout=10) == 0


def test_a_second_launch_shows_the_running_window(
    running: subprocess.Popen[bytes], app_env: dict[str, str], tray_host: str
) -> None:
    window = wait_for(lambda: main_window(tray_host))
    wait_for(lambda: tray_icon(tray_host))
    press(tray_host, window, "ctrl+w")
    wait_for(lambda: main_window(tray_host) is None)
    second = start(app_env, tray_host)
    assert second.wait(timeout=20) == 0
    wait_for(lambda: main_window(tray_host))
    assert running.poll() is None


def test_without_a_tray_closing_the_window_quits(app_env: dict[str, str], display: str) -> None:
    app = start(app_env, display)
    try:
        window = wait_for(lambda: main_window(display))
        press(display, window, "ctrl+w")
        assert app.wait(timeout=10) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()


def test_started_at_login_it_waits_in_the_tray_and_a_click_opens_it(
    app_env: dict[str, str], tray_host: str
) -> None:
    app = start(app_env, tray_host, "--minimized")
    try:
        icon = wait_for(lambda: tray_icon(tray_host))
        time.sleep(1)
        assert main_window(tray_host) is None
        x(tray_host, "xdotool", "mousemove", str(icon[0]), str(icon[1]), "click", "1")
        wait_for(lambda: main_window(tray_host))
    finally:
        app.terminate()
        app.wait(timeout=10)
