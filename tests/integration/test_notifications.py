"""Reminders reach a real D-Bus notification service, and its action buttons come back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from familyguard.notify import Notification, NotificationFailed, NotifierChain
from familyguard.notify.dbus import DBusNotifier

pytestmark = pytest.mark.integration
FAKE = Path(__file__).resolve().parents[1] / "support" / "fake_notifications.py"


@pytest.fixture
def bus(session_bus: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session_bus)
    return session_bus


def start_fake(bus: str, log: Path, action: str | None) -> subprocess.Popen[str]:
    args = [sys.executable, str(FAKE), str(log), *([action] if action else [])]
    fake = subprocess.Popen(
        args, env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus}, stdout=subprocess.PIPE, text=True
    )
    assert fake.stdout is not None and fake.stdout.readline().strip() == "ready"
    return fake


@pytest.fixture
def clicking_service(bus: str, tmp_path: Path) -> Iterator[Path]:
    fake = start_fake(bus, tmp_path / "calls.jsonl", "done")
    yield tmp_path / "calls.jsonl"
    fake.terminate()
    fake.wait(timeout=5)
    assert fake.stdout is not None
    fake.stdout.close()


def test_a_reminder_reaches_the_service_with_its_actions_and_the_click_comes_back(
    clicking_service: Path,
) -> None:
    clicked = threading.Event()
    got: list[tuple[str, str]] = []

    def on_action(key: str, action: str) -> None:
        got.append((key, action))
        clicked.set()

    notifier = DBusNotifier(on_action)
    try:
        notifier.send(
            Notification(
                "plan:7", "Talk with Mia", "Live streaming", (("done", "Done"), ("snooze", "Snooze"))
            )
        )
        assert clicked.wait(10)
    finally:
        notifier.close()
    call = json.loads(clicking_service.read_text().splitlines()[0])
    assert call["app"] == "FamilyGuard" and call["summary"] == "Talk with Mia"
    assert call["actions"] == ["done", "Done", "snooze", "Snooze"]
    assert got == [("plan:7", "done")]


def test_without_a_service_the_chain_falls_back_and_says_so(
    bus: str, caplog: pytest.LogCaptureFixture
) -> None:
    delivered: list[str] = []

    class Recorder:
        name = "recorder"

        def send(self, notification: Notification) -> None:
            delivered.append(notification.key)

        def close(self) -> None:
            return None

    chain = NotifierChain([DBusNotifier, Recorder])
    assert chain.send(Notification("plan:1", "Talk", "Body")) == "recorder"
    assert delivered == ["plan:1"]
    assert any("unavailable" in r.message for r in caplog.records)
    chain.close()
    with pytest.raises(NotificationFailed):
        DBusNotifier()
