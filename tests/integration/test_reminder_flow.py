"""The whole reminder path in the real app: a talk missed while the PC was off is notified once over
D-Bus on start, and the parent's click on "Done" in the notification marks the talk done."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest
from filekeyring import FileTestKeyring
from runcli import familyguard

from familyguard.app import FamilyGuard
from familyguard.storage.vault import open_household

pytestmark = pytest.mark.integration
FAKE = Path(__file__).resolve().parents[1] / "support" / "fake_notifications.py"


def pretend_the_pc_was_off(folder: Path, keyring_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Move the plan's last handled time back three weeks, as if the app had not run since."""
    monkeypatch.setenv("FG_TEST_KEYRING_FILE", str(keyring_file))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileTestKeyring())
    try:
        fg = FamilyGuard(open_household(folder, lambda _request: None))
        with fg.db.transaction() as conn:
            conn.execute("UPDATE talk_plan SET handled = '2026-01-01T00:00:00+00:00'")
        fg.close()
    finally:
        keyring.set_keyring(previous)


def test_missed_talk_is_notified_once_and_done_from_the_notification(
    display: str,
    session_bus: str,
    subprocess_env: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    env = {**subprocess_env, "FAMILYGUARD_DATA_DIR": str(tmp_path / "household")}
    assert familyguard(env, "child", "add", "Mia", "--born", "2019-03-04").returncode == 0
    planned = familyguard(
        env, "talks", "plan", "Mia", "live_streaming", "--every", "1w", "--start", "2026-01-01"
    )
    assert planned.returncode == 0, planned.stderr
    pretend_the_pc_was_off(tmp_path / "household", tmp_path / "keyring.json", monkeypatch)

    calls = tmp_path / "calls.jsonl"
    bus_env = {**env, "DBUS_SESSION_BUS_ADDRESS": session_bus}
    fake = subprocess.Popen(
        [sys.executable, str(FAKE), str(calls), "done"], env=bus_env, stdout=subprocess.PIPE, text=True
    )
    assert fake.stdout is not None and fake.stdout.readline().strip() == "ready"
    app = subprocess.Popen(
        [sys.executable, "-m", "familyguard"],
        env={**bus_env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        log: list[dict[str, object]] = []
        while time.monotonic() < deadline:
            log = json.loads(familyguard(env, "talks", "log", "Mia", "--json").stdout or "[]")
            if log:
                break
            time.sleep(0.5)
        assert len(log) == 1, "the Done click did not mark the talk done"
        notified = [json.loads(line) for line in calls.read_text().splitlines()]
        assert len(notified) == 1, "a missed talk must be notified once, not once per missed week"
        assert "Mia" in notified[0]["summary"] and "overdue" in notified[0]["summary"]
        assert notified[0]["body"] == "Live streaming" and "done" in notified[0]["actions"]
        assert json.loads(familyguard(env, "talks", "due", "--json").stdout) == []
    finally:
        app.terminate()
        app.wait(timeout=10)
        fake.terminate()
        fake.wait(timeout=5)
        fake.stdout.close()
