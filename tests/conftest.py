"""Shared test setup: offscreen Qt, private XDG folders, no network, fakes only at the edges."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

ROOT = Path(__file__).resolve().parent.parent
SUPPORT = Path(__file__).resolve().parent / "support"
_HOME = Path(tempfile.mkdtemp(prefix="fg-tests-"))
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_HOME / _var.lower())
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
os.environ.pop("FAMILYGUARD_PASSPHRASE", None)
os.environ.pop("FAMILYGUARD_DATA_DIR", None)
sys.path.insert(0, str(SUPPORT))

from nonetwork import forbid_network  # noqa: E402

forbid_network()

from households import FAST_KDF, PASSPHRASE, Answer, MemoryKeyring  # noqa: E402

from familyguard.app import FamilyGuard  # noqa: E402
from familyguard.domain import FixedClock  # noqa: E402
from familyguard.storage.vault import create_household  # noqa: E402

REQUIRE_INTEGRATION = "FAMILYGUARD_REQUIRE_INTEGRATION"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """In CI (FAMILYGUARD_REQUIRE_INTEGRATION=1) a skipped integration test is a failure."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if (
        report.skipped
        and os.environ.get(REQUIRE_INTEGRATION) == "1"
        and item.get_closest_marker("integration")
    ):
        report.outcome = "failed"
        report.longrepr = f"integration test skipped but {REQUIRE_INTEGRATION}=1: {report.longrepr}"


@pytest.fixture
def subprocess_env(tmp_path: Path) -> dict[str, str]:
    """Environment for a familyguard subprocess: no network, private folders, test keyring file."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SUPPORT / "nonet"), str(SUPPORT), str(ROOT)])
    env["PYTHON_KEYRING_BACKEND"] = "filekeyring.FileTestKeyring"
    env["FG_TEST_KEYRING_FILE"] = str(tmp_path / "keyring.json")
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    return env


@pytest.fixture
def env(subprocess_env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    """subprocess_env with the household in tmp_path/household."""
    return {**subprocess_env, "FAMILYGUARD_DATA_DIR": str(tmp_path / "household")}


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 22, 18, 0, tzinfo=UTC))


@pytest.fixture
def fg(tmp_path: Path, no_keyring: None, clock: FixedClock) -> Iterator[FamilyGuard]:
    app = FamilyGuard(create_household(tmp_path / "household", Answer(PASSPHRASE), FAST_KDF), clock)
    yield app
    app.close()
