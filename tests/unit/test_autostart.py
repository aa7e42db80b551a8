"""Start at login: off until the parent turns it on; on starts FamilyGuard in the tray for this household."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from runcli import familyguard

from familyguard import autostart


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG autostart is the Linux/BSD way")
def test_on_writes_an_xdg_entry_that_starts_minimized_and_off_removes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert not autostart.is_enabled()
    autostart.enable(tmp_path / "household")
    entry = (tmp_path / "config" / "autostart" / "familyguard.desktop").read_text()
    assert "--minimized" in entry and f"--data-dir {tmp_path / 'household'}" in entry
    assert autostart.is_enabled()
    autostart.disable()
    assert not autostart.is_enabled()


def test_the_command_turns_it_on_and_off(subprocess_env: dict[str, str], tmp_path: Path) -> None:
    env = {**subprocess_env, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    assert "does not start" in familyguard(env, "autostart", "status").stdout
    assert "starts at login" in familyguard(env, "autostart", "on").stdout
    assert "does not start" in familyguard(env, "autostart", "off").stdout
    assert not (tmp_path / "household").exists()
    assert json.dumps(autostart.command(None)).count("--minimized") == 1
