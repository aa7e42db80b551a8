"""The database key in a real Secret Service (gnome-keyring on a private D-Bus): in, out, and locked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from runcli import familyguard

from familyguard import secrets

pytestmark = pytest.mark.integration


@pytest.fixture
def env(secret_service: dict[str, str], subprocess_env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    merged = {**subprocess_env, **secret_service, "FAMILYGUARD_DATA_DIR": str(tmp_path / "household")}
    merged.pop("PYTHON_KEYRING_BACKEND")
    return merged


def stored_key(household_id: str) -> bytes | None:
    import secretstorage

    with secretstorage.dbus_init() as connection:
        items = secretstorage.search_items(connection, {"service": secrets.SERVICE, "username": household_id})
        item = next(items, None)
        return bytes.fromhex(item.get_secret().decode()) if item else None


def test_the_key_goes_into_the_keyring_and_comes_back(env: dict[str, str], tmp_path: Path) -> None:
    created = familyguard(env, "child", "add", "Mia", "--born", "2019-03-04")
    assert created.returncode == 0, created.stderr
    assert "passphrase" not in created.stderr
    record = json.loads((tmp_path / "household" / "familyguard.key").read_text())
    assert record["storage"] == "keyring" and record["wrapped"] == {}
    key = stored_key(record["household"])
    assert key is not None and len(key) == 32
    assert key.hex() not in (tmp_path / "household" / "familyguard.key").read_text()
    listed = familyguard(env, "child", "list", "--json")
    assert [c["name"] for c in json.loads(listed.stdout)] == ["Mia"]


def test_a_locked_keyring_is_exit_4_and_says_so(env: dict[str, str]) -> None:
    import secretstorage

    assert familyguard(env, "child", "add", "Mia", "--born", "2019-03-04").returncode == 0
    with secretstorage.dbus_init() as connection:
        secretstorage.get_default_collection(connection).lock()
    locked = familyguard(env, "child", "list")
    assert locked.returncode == 4
    assert locked.stderr.startswith("familyguard: ") and "keyring" in locked.stderr.lower()
