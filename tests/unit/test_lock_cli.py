"""`familyguard lock …` and the lock in front of every command: exit 4, one clear line, nothing changed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from households import FAST_KDF
from runcli import familyguard, ok

from familyguard.domain import FixedClock, SystemClock
from familyguard.lock import ParentLock, WrongSecret
from familyguard.storage.layout import DB_NAME

PIN = "572913"


def household(env: dict[str, str]) -> Path:
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    return Path(env["FAMILYGUARD_DATA_DIR"])


def db_digest(folder: Path) -> str:
    return hashlib.sha256((folder / DB_NAME).read_bytes()).hexdigest()


def with_secret(env: dict[str, str], secret: str, **more: str) -> dict[str, str]:
    return {**env, "FAMILYGUARD_PASSPHRASE": secret, **more}


def test_set_a_pin_then_every_command_needs_it(env: dict[str, str]) -> None:
    folder = household(env)
    shown = ok(with_secret(env, PIN), "lock", "set", "--pin")
    assert "recovery code" in shown
    assert json.loads(ok(env, "lock", "status", "--json"))["on"] is True
    before = db_digest(folder)
    for args in (("child", "list"), ("child", "add", "Leo", "--born", "2016-01-01")):
        done = familyguard(env, *args)
        assert done.returncode == 4, done.stderr
        assert done.stderr.startswith("familyguard: ") and "PIN is needed" in done.stderr
        assert done.stderr.count("\n") == 1
        wrong = familyguard(with_secret(env, "000000"), *args)
        assert wrong.returncode == 4 and "Wrong PIN" in wrong.stderr
    assert db_digest(folder) == before
    assert "Ella" in ok(with_secret(env, PIN), "child", "list")


def test_during_the_back_off_a_command_exits_4_saying_how_long(env: dict[str, str]) -> None:
    folder = household(env)
    clock = FixedClock(SystemClock().now())
    lock = ParentLock(folder, clock, FAST_KDF)
    lock.set("pin", PIN)
    for _ in range(9):
        with pytest.raises(WrongSecret):
            lock.unlock("000000")
        clock.set(clock.now() + lock.wait())
    before = db_digest(folder)
    done = familyguard(with_secret(env, PIN), "child", "list")
    assert done.returncode == 4 and "try again in" in done.stderr and "minute" in done.stderr
    assert db_digest(folder) == before
    status = json.loads(ok(env, "lock", "status", "--json"))
    assert status["failures"] == 9 and status["wait_seconds"] > 60


def test_change_recover_and_off(env: dict[str, str]) -> None:
    household(env)
    shown = ok(with_secret(env, PIN), "lock", "set", "--pin")
    code = shown.split("\n\n")[1].strip()
    new = {"FAMILYGUARD_NEW_PASSPHRASE": "blue kettle sings"}
    ok(with_secret(env, PIN, **new), "lock", "change", "--passphrase")
    assert familyguard(with_secret(env, PIN), "child", "list").returncode == 4
    recovered = ok(
        {**env, "FAMILYGUARD_RECOVERY_CODE": code, "FAMILYGUARD_NEW_PASSPHRASE": "846302"},
        "lock",
        "recover",
        "--pin",
    )
    assert "next recovery code" in recovered
    ok(with_secret(env, "846302"), "child", "list")
    ok(with_secret(env, "846302"), "lock", "off")
    assert "Ella" in ok(env, "child", "list")


def test_without_a_keyring_the_lock_is_the_passphrase_and_cannot_be_recovered(
    env: dict[str, str],
) -> None:
    env = {**env, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    household(with_secret(env, "correct horse battery"))
    refused = familyguard(with_secret(env, "correct horse battery"), "lock", "set", "--pin")
    assert refused.returncode == 2 and "too weak" in refused.stderr
    ok(with_secret(env, "correct horse battery"), "lock", "set")
    forgot = familyguard(env, "lock", "recover")
    assert forgot.returncode == 4 and "cannot be opened by anyone" in forgot.stderr
    new = {"FAMILYGUARD_NEW_PASSPHRASE": "a brand new phrase"}
    ok(with_secret(env, "correct horse battery", **new), "lock", "change")
    assert "Ella" in ok(with_secret(env, "a brand new phrase"), "child", "list")


def test_lock_needs_a_household(env: dict[str, str]) -> None:
    done = familyguard(env, "lock", "status")
    assert done.returncode == 2 and "no household" in done.stderr
