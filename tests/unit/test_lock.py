"""The parent lock: PIN and passphrase rules, back-off that survives a restart, change, off, recovery."""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from households import FAST_KDF, PASSPHRASE, Answer, MemoryKeyring

from familyguard.app import FamilyGuard
from familyguard.domain import FixedClock
from familyguard.errors import LockedError, StorageError, UsageError
from familyguard.lock import BackingOff, ParentLock, WrongSecret
from familyguard.lock_rules import MAX_WAIT, PIN, check_new_secret, describe_wait, forgot_text, wait_after
from familyguard.lock_rules import PASSPHRASE as KIND_PASSPHRASE
from familyguard.storage import keyfile
from familyguard.storage.layout import DB_NAME, KEY_FILE_NAME
from familyguard.storage.prompt import PassphraseDeclined
from familyguard.storage.vault import create_household, open_household

GOOD_PIN = "572913"


def make(folder: Path, prompt: Answer) -> None:
    fg = FamilyGuard(create_household(folder, prompt, FAST_KDF))
    fg.household.add_child("Mia", date(2015, 4, 2))
    fg.close()


def children(folder: Path, secret: str | None, clock: FixedClock) -> list[str]:
    db = open_household(folder, Answer(secret), clock)
    try:
        return [row["name"] for row in db.rows("SELECT name FROM child")]
    finally:
        db.close()


@pytest.fixture
def keyring_home(tmp_path: Path, memory_keyring: MemoryKeyring) -> Path:
    make(tmp_path / "h", Answer(None))
    return tmp_path / "h"


@pytest.fixture
def passphrase_home(tmp_path: Path, no_keyring: None) -> Path:
    make(tmp_path / "h", Answer(PASSPHRASE))
    return tmp_path / "h"


def pin_lock(folder: Path, clock: FixedClock) -> tuple[ParentLock, str]:
    lock = ParentLock(folder, clock, FAST_KDF)
    code = lock.set(PIN, GOOD_PIN)
    assert code is not None
    return lock, code


@pytest.mark.parametrize("pin", ["12345", "12a456", "１２３４５６", "111111", "123456", "987654", ""])
def test_a_pin_is_six_digits_or_more_and_not_trivial(pin: str) -> None:
    with pytest.raises(UsageError):
        check_new_secret(pin, PIN)


def test_good_pins_and_passphrases_are_accepted_short_passphrases_not() -> None:
    check_new_secret(GOOD_PIN, PIN)
    check_new_secret("12345678901", PIN)
    check_new_secret("blue kettle", KIND_PASSPHRASE)
    with pytest.raises(UsageError, match="at least 8"):
        check_new_secret("short", KIND_PASSPHRASE)


def test_the_back_off_is_free_for_three_then_doubles_up_to_fifteen_minutes() -> None:
    assert [wait_after(n).total_seconds() for n in range(1, 8)] == [0, 0, 0, 2, 4, 8, 16]
    assert wait_after(13) == wait_after(500) == MAX_WAIT == timedelta(minutes=15)
    assert describe_wait(timedelta(seconds=64)) == "1 minute 4 seconds"
    assert describe_wait(timedelta(seconds=0.2)) == "1 second"


def test_with_the_lock_on_opening_asks_the_pin_before_any_data(keyring_home: Path, clock: FixedClock) -> None:
    pin_lock(keyring_home, clock)
    prompt = Answer(GOOD_PIN)
    db = open_household(keyring_home, prompt, clock)
    db.close()
    assert [r.label for r in prompt.asked] == ["PIN"] and "locked" in prompt.asked[0].reason
    with pytest.raises(WrongSecret, match="Wrong PIN") as caught:
        open_household(keyring_home, Answer("000000"), clock)
    assert caught.value.exit_code == 4
    with pytest.raises(PassphraseDeclined, match="PIN is needed"):
        open_household(keyring_home, Answer(None), clock)


def test_the_key_file_holds_only_verifiers_and_refuses_older_versions(
    keyring_home: Path, clock: FixedClock
) -> None:
    _lock, code = pin_lock(keyring_home, clock)
    text = (keyring_home / KEY_FILE_NAME).read_text()
    assert GOOD_PIN not in text and code.replace("-", "") not in text.replace("-", "")
    doc = json.loads(text)
    assert doc["format"] == 2 and doc["lock"]["kind"] == "pin"
    assert set(doc["lock"]["verifier"]) == {"kdf", "n", "r", "p", "salt", "hash"}


def test_wrong_attempts_back_off_and_a_restart_does_not_reset_them(
    keyring_home: Path, clock: FixedClock
) -> None:
    lock, _code = pin_lock(keyring_home, clock)
    for _ in range(3):
        with pytest.raises(WrongSecret, match="try again"):
            lock.unlock("000000")
    with pytest.raises(WrongSecret, match="Wait 2 seconds"):
        lock.unlock("000000")
    reopened = ParentLock(keyring_home, clock)
    assert reopened.status().failures == 4 and reopened.wait() == timedelta(seconds=2)
    with pytest.raises(BackingOff, match="2 seconds") as caught:
        reopened.unlock(GOOD_PIN)
    assert caught.value.exit_code == 4
    prompt = Answer(GOOD_PIN)
    with pytest.raises(BackingOff):
        open_household(keyring_home, prompt, clock)
    assert prompt.asked == []
    clock.set(clock.now() + timedelta(seconds=2))
    assert children(keyring_home, GOOD_PIN, clock) == ["Mia"]
    assert reopened.status().failures == 0 and reopened.wait() == timedelta(0)


def test_an_attempt_counts_from_its_start_so_one_never_finished_still_counts(
    keyring_home: Path, clock: FixedClock
) -> None:
    lock, _code = pin_lock(keyring_home, clock)
    for _ in range(3):
        lock.begin()  # the key derivation never finished (the app quit while checking)
    attempt = lock.begin()
    assert lock.status().failures == 4 and lock.wait() == timedelta(seconds=2)
    with pytest.raises(BackingOff):
        lock.begin()
    checked = lock.derive(attempt, GOOD_PIN)  # reads and writes nothing: may run on any thread
    assert checked.right and lock.status().failures == 4
    assert lock.finish(attempt, checked) is None  # right: the count is reset; the key is in the keyring
    assert lock.status().failures == 0 and lock.wait() == timedelta(0)
    attempt = lock.begin()
    with pytest.raises(WrongSecret, match="Wrong PIN"):
        lock.finish(attempt, lock.derive(attempt, "000000"))
    assert lock.status().failures == 1


def test_a_clock_set_back_never_makes_the_wait_longer_than_the_cap(
    keyring_home: Path, clock: FixedClock
) -> None:
    lock, _code = pin_lock(keyring_home, clock)
    for _ in range(4):
        with pytest.raises(WrongSecret):
            lock.unlock("000000")
    clock.set(clock.now() - timedelta(days=30))
    assert lock.wait() == MAX_WAIT


def test_changing_the_pin_to_a_passphrase(keyring_home: Path, clock: FixedClock) -> None:
    lock, _code = pin_lock(keyring_home, clock)
    with pytest.raises(WrongSecret):
        lock.change("000000", KIND_PASSPHRASE, "blue kettle sings")
    lock.change(GOOD_PIN, KIND_PASSPHRASE, "blue kettle sings")
    assert lock.status().kind == KIND_PASSPHRASE and lock.status().failures == 0
    with pytest.raises(WrongSecret):
        lock.unlock(GOOD_PIN)
    assert children(keyring_home, "blue kettle sings", clock) == ["Mia"]


def test_turning_the_lock_off_needs_the_pin(keyring_home: Path, clock: FixedClock) -> None:
    lock, _code = pin_lock(keyring_home, clock)
    with pytest.raises(WrongSecret):
        lock.off("000000")
    lock.off(GOOD_PIN)
    assert not lock.is_on()
    assert json.loads((keyring_home / KEY_FILE_NAME).read_text())["format"] == 1
    assert children(keyring_home, None, clock) == ["Mia"]
    with pytest.raises(UsageError, match="off"):
        lock.off(GOOD_PIN)


def test_a_forgotten_pin_is_replaced_with_the_recovery_code(keyring_home: Path, clock: FixedClock) -> None:
    lock, code = pin_lock(keyring_home, clock)
    with pytest.raises(WrongSecret, match="recovery code"):
        lock.recover("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", PIN, "846302")
    assert lock.status().failures == 1
    typed = code.lower().replace("-", " ")
    next_code = lock.recover(typed, PIN, "846302")
    assert next_code != code and lock.status().failures == 0
    assert children(keyring_home, "846302", clock) == ["Mia"]
    with pytest.raises(WrongSecret):
        lock.recover(code, PIN, "846302")
    assert lock.recover(next_code, PIN, "391847") != next_code


def test_a_new_recovery_code_replaces_the_old_one(keyring_home: Path, clock: FixedClock) -> None:
    lock, code = pin_lock(keyring_home, clock)
    fresh = lock.new_recovery_code(GOOD_PIN)
    with pytest.raises(WrongSecret):
        lock.recover(code, PIN, "846302")
    lock.recover(fresh, PIN, "846302")


def test_the_lock_refuses_being_set_twice(keyring_home: Path, clock: FixedClock) -> None:
    pin_lock(keyring_home, clock)
    with pytest.raises(UsageError, match="already on"):
        ParentLock(keyring_home, clock, FAST_KDF).set(PIN, "846302")


def test_without_keyring_the_lock_is_the_passphrase_and_a_pin_is_refused(
    passphrase_home: Path, clock: FixedClock
) -> None:
    lock = ParentLock(passphrase_home, clock, FAST_KDF)
    with pytest.raises(UsageError, match="too weak"):
        lock.set(PIN, GOOD_PIN)
    with pytest.raises(keyfile.WrongPassphrase):
        lock.set(KIND_PASSPHRASE, "not the passphrase")
    assert lock.set(KIND_PASSPHRASE, PASSPHRASE) is None
    status = lock.status()
    assert status.on and not status.recoverable and status.label == "passphrase"
    for _ in range(4):
        with pytest.raises(WrongSecret):
            open_household(passphrase_home, Answer("not the passphrase"), clock)
    with pytest.raises(BackingOff):
        open_household(passphrase_home, Answer(PASSPHRASE), clock)
    clock.set(clock.now() + timedelta(seconds=2))
    assert children(passphrase_home, PASSPHRASE, clock) == ["Mia"]


def test_without_keyring_a_forgotten_passphrase_cannot_be_recovered(
    passphrase_home: Path, clock: FixedClock
) -> None:
    lock = ParentLock(passphrase_home, clock, FAST_KDF)
    lock.set(KIND_PASSPHRASE, PASSPHRASE)
    with pytest.raises(LockedError, match="cannot be opened by anyone"):
        lock.recover("ANY", KIND_PASSPHRASE, "a new passphrase")
    assert "cannot be opened" in forgot_text(keyfile.PASSPHRASE)
    assert "loses nothing" in forgot_text(keyfile.KEYRING)


def test_changing_the_passphrase_rewraps_the_key_and_keeps_the_data(
    passphrase_home: Path, clock: FixedClock
) -> None:
    database = (passphrase_home / DB_NAME).read_bytes()
    lock = ParentLock(passphrase_home, clock, FAST_KDF)
    with pytest.raises(UsageError):
        lock.change(PASSPHRASE, PIN, GOOD_PIN)
    lock.change(PASSPHRASE, KIND_PASSPHRASE, "a brand new phrase")
    assert (passphrase_home / DB_NAME).read_bytes() == database
    assert children(passphrase_home, "a brand new phrase", clock) == ["Mia"]
    with pytest.raises(keyfile.WrongPassphrase):
        open_household(passphrase_home, Answer(PASSPHRASE), clock)


def test_a_crash_while_changing_the_passphrase_leaves_the_old_one_working(
    passphrase_home: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = ParentLock(passphrase_home, clock, FAST_KDF)
    lock.set(KIND_PASSPHRASE, PASSPHRASE)

    def power_cut(_fd: int) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(os, "fsync", power_cut)
        with pytest.raises(KeyboardInterrupt):
            lock.change(PASSPHRASE, KIND_PASSPHRASE, "a brand new phrase")
    assert (passphrase_home / f".{KEY_FILE_NAME}.tmp").exists()
    assert children(passphrase_home, PASSPHRASE, clock) == ["Mia"]
    lock.change(PASSPHRASE, KIND_PASSPHRASE, "a brand new phrase")
    assert children(passphrase_home, "a brand new phrase", clock) == ["Mia"]
    assert lock.is_on()


def test_a_damaged_lock_is_a_storage_error_naming_the_file(keyring_home: Path, clock: FixedClock) -> None:
    pin_lock(keyring_home, clock)
    path = keyring_home / KEY_FILE_NAME
    doc = json.loads(path.read_text())
    doc["lock"]["verifier"] = {"salt": "!!"}
    path.write_text(json.dumps(doc))
    with pytest.raises(StorageError, match=r"familyguard\.key: the parent lock .* is damaged"):
        ParentLock(keyring_home, clock).unlock(GOOD_PIN)
