"""A real desktop for integration tests: Xvfb, a trayer tray, a private D-Bus and gnome-keyring.

Each fixture skips with the reason when its tool is missing; CI sets FAMILYGUARD_REQUIRE_INTEGRATION=1
so that such a skip fails the run instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop import x

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={dir}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def need(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (apt-get install: see .ci/run)")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream:
            stream.close()


@pytest.fixture
def display() -> Iterator[str]:
    """A private Xvfb screen (1280x800, 24-bit); yields its DISPLAY.

    -noreset: by default Xvfb resets when its last client leaves, and a client connecting meanwhile
    (the app, or trayer, while xwininfo polls) fails with "cannot open display" (seen under load).
    """
    need("Xvfb")
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    yield f":{number}"
    stop(xvfb)


@pytest.fixture
def tray_host(display: str) -> Iterator[str]:
    """trayer, an XEmbed system tray, docked at the top right of the screen."""
    need("trayer", "xdotool", "xwininfo")
    trayer = subprocess.Popen(
        [
            "trayer",
            "--edge",
            "top",
            "--align",
            "right",
            "--width",
            "10",
            "--height",
            "24",
            "--SetDockType",
            "true",
            "--transparent",
            "false",
        ],
        env={**os.environ, "DISPLAY": display},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 15
        while '("panel" "trayer")' not in x(display, "xwininfo", "-root", "-tree"):
            assert trayer.poll() is None, f"trayer exited with {trayer.returncode} before it docked"
            assert time.monotonic() < deadline, "trayer did not dock within 15 s"
            time.sleep(0.1)
        time.sleep(0.3)
        yield display
    finally:
        stop(trayer)


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[str]:
    """A private D-Bus session bus with no service files; yields its address."""
    need("dbus-daemon")
    (tmp_path / "bus").mkdir()
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG.format(dir=tmp_path / "bus"))
    bus = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().decode().strip()
    yield address
    stop(bus)


@pytest.fixture
def secret_service(session_bus: str, tmp_path: Path) -> Iterator[dict[str, str]]:
    """gnome-keyring's Secret Service on the private bus, unlocked; yields the environment to use it."""
    need("gnome-keyring-daemon")
    secretstorage = pytest.importorskip("secretstorage")
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": session_bus,
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "home" / "data"),
        "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
    }
    for folder in ("home", "home/data", "runtime"):
        (tmp_path / folder).mkdir(mode=0o700, parents=True, exist_ok=True)
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    assert daemon.stdin is not None
    daemon.stdin.write(b"login-password\n")
    daemon.stdin.close()
    saved = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = session_bus
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with secretstorage.dbus_init() as connection:
                if secretstorage.check_service_availability(connection):
                    break
            time.sleep(0.1)
        else:
            pytest.fail("gnome-keyring-daemon did not offer the Secret Service within 10 s")
        yield env
    finally:
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = saved or "disabled:"
        stop(daemon)
