"""The parent lock: an optional PIN or passphrase in front of the household, with back-off.

Everything it needs lives in the key file beside the database, so it is checked before any child
data is read: a scrypt verifier of the secret (and of a recovery code), the count of wrong
attempts and the time before which no new attempt is accepted (so a restart does not reset it).
With the key in the OS keyring the lock is a PIN or passphrase of its own, and a recovery code
lets a parent who forgot it choose a new one. Without a keyring the lock *is* the passphrase that
encrypts the key: changing it re-wraps the key, and forgetting it loses the data.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from familyguard import secrets
from familyguard.domain import Clock
from familyguard.errors import LockedError, StorageError, UsageError
from familyguard.lock_rules import (
    MAX_WAIT,
    PASSPHRASE,
    PIN,
    check_new_secret,
    describe_wait,
    forgot_text,
    new_recovery_code,
    normalise_code,
    wait_after,
)
from familyguard.phrase import phrase
from familyguard.storage import keyfile
from familyguard.storage.layout import KEY_FILE_NAME
from familyguard.storage.prompt import PassphrasePrompt, PassphraseRequest, ask

IDLE_KEY = "lock_idle_minutes"
DEFAULT_IDLE_MINUTES = 10


class WrongSecret(keyfile.WrongPassphrase):
    """A wrong PIN, passphrase or recovery code was given to the lock."""


class BackingOff(LockedError):
    """Too many wrong attempts: no new attempt is accepted before the wait is over."""

    def __init__(self, wait: timedelta) -> None:
        super().__init__(
            phrase(
                "errors",
                "FamilyGuard is locked after too many wrong attempts: try again in {wait}.",
                wait=describe_wait(wait),
            ),
            hint=phrase("errors", "Each further wrong attempt doubles the wait (at most 15 minutes)."),
        )
        self.wait = wait


@dataclass(frozen=True)
class LockStatus:
    """What the key file says about the lock (reading it needs no secret and shows no child data)."""

    on: bool
    kind: str
    storage: str
    failures: int
    not_before: datetime | None
    recoverable: bool

    def wait(self, now: datetime) -> timedelta:
        """How long until a new attempt is accepted (never more than the longest back-off)."""
        if self.not_before is None or self.not_before <= now:
            return timedelta(0)
        return min(self.not_before - now, MAX_WAIT)

    @property
    def label(self) -> str:
        return "PIN" if self.kind == PIN else "passphrase"


class Checked(NamedTuple):
    """What the key derivation found: whether the secret is right, and the key it unwraps, if any."""

    right: bool
    key: bytes | None


@dataclass(frozen=True)
class Attempt:
    """One check of the lock's secret, begun (gated and counted) but not finished."""

    record: keyfile.KeyFile
    status: LockStatus

    def database_key(self, unwrapped: bytes | None) -> bytes:
        """The database key: the one the secret unwrapped, else the one in the keyring."""
        return unwrapped or secrets.fetch_key(self.record.household_id)


class ParentLock:
    """Set, check, change, turn off and recover the lock of the household in folder."""

    def __init__(self, folder: Path, clock: Clock, kdf: keyfile.ScryptParams = keyfile.DEFAULT_KDF) -> None:
        self.folder = folder
        self.clock = clock
        self.kdf = kdf
        self.path = folder / KEY_FILE_NAME

    def status(self) -> LockStatus:
        return self._status(keyfile.read_key_file(self.path))

    def _status(self, record: keyfile.KeyFile) -> LockStatus:
        lock = record.lock
        try:
            until = lock.get("not_before")
            return LockStatus(
                on=bool(lock),
                kind=str(lock.get("kind", PASSPHRASE)),
                storage=record.storage,
                failures=int(lock.get("failures", 0)),
                not_before=datetime.fromisoformat(until) if until else None,
                recoverable=record.storage == keyfile.KEYRING and "recovery" in lock,
            )
        except (TypeError, ValueError) as exc:
            raise self._damaged() from exc

    def is_on(self) -> bool:
        return self.status().on

    def wait(self) -> timedelta:
        """How long until the lock accepts a new attempt."""
        return self.status().wait(self.clock.now())

    def ask_and_unlock(self, prompt: PassphrasePrompt) -> bytes:
        """Refuse at once during a back-off, else ask for the secret and unlock (see unlock)."""
        status = self.status()
        self._gate(status)
        reason = phrase(
            "errors",
            "FamilyGuard is locked: enter the parent PIN."
            if status.label == "PIN"
            else "FamilyGuard is locked: enter the parent passphrase.",
        )
        return self.unlock(ask(prompt, PassphraseRequest(reason, False, self.folder, status.label)))

    def unlock(self, secret: str) -> bytes:
        """Check the secret (counting wrong attempts) and return the database key."""
        attempt = self.begin()
        return attempt.database_key(self.finish(attempt, self.derive(attempt, secret)))

    def verify(self, secret: str) -> None:
        """Check the secret (counting wrong attempts), e.g. to unlock the window again."""
        self._check(keyfile.read_key_file(self.path), secret)

    def _check(self, record: keyfile.KeyFile, secret: str) -> bytes | None:
        """Check the secret in one go (begin, derive, finish); the key it unwraps, else None."""
        attempt = self._begin(record)
        return self.finish(attempt, self.derive(attempt, secret))

    def begin(self) -> Attempt:
        """Start an attempt: refuse during a back-off, else count it as wrong until finish() proves it
        right, so an attempt cut short (the app quit while checking) still counts.

        begin and finish read and write the key file; derive, the slow part, may run on another thread.
        """
        return self._begin(keyfile.read_key_file(self.path))

    def _begin(self, record: keyfile.KeyFile) -> Attempt:
        status = self._status(record)
        if status.on:
            self._gate(status)
            self._count_failure(record)
        return Attempt(record, status)

    def derive(self, attempt: Attempt, secret: str) -> Checked:
        """Whether the secret is right, and the key it unwraps (no keyring): scrypt, no file access."""
        record = attempt.record
        if record.storage == keyfile.PASSPHRASE:
            try:
                return Checked(True, keyfile.unwrap(record, secret))
            except keyfile.WrongPassphrase:
                if attempt.status.on:
                    return Checked(False, None)
                raise
        if not attempt.status.on:
            return Checked(True, None)
        return Checked(self._verifies(record.lock, "verifier", secret), None)

    def finish(self, attempt: Attempt, checked: Checked) -> bytes | None:
        """End an attempt: reset the count when the secret was right and return the key it unwraps
        (None with a keyring); raise WrongSecret, with the wait it earned, when it was wrong."""
        if not checked.right:
            label = "passphrase" if attempt.record.storage == keyfile.PASSPHRASE else attempt.status.label
            message = phrase("errors", "Wrong PIN." if label == "PIN" else "Wrong passphrase.")
            raise self._wrong(message, wait_after(attempt.status.failures + 1))
        self._succeeded(keyfile.read_key_file(self.path))
        return checked.key

    def set(self, kind: str, secret: str) -> str | None:
        """Turn the lock on; return the recovery code to show once (None without a keyring).

        Without a keyring the lock is the passphrase that already protects the data: secret must be it.
        """
        record = keyfile.read_key_file(self.path)
        if record.lock:
            raise UsageError(
                phrase("errors", "the parent lock is already on."),
                hint=phrase("errors", "Change it with 'familyguard lock change'."),
            )
        if record.storage == keyfile.PASSPHRASE:
            if kind != PASSPHRASE:
                raise UsageError(
                    phrase(
                        "errors",
                        "without a keyring the lock is the passphrase that encrypts the data; a PIN would be "
                        "too weak for that.",
                    ),
                    hint=phrase("errors", "Turn the lock on with that passphrase (without --pin)."),
                )
            keyfile.unwrap(record, secret)
            self._write(record, {"kind": PASSPHRASE, "failures": 0})
            return None
        check_new_secret(secret, kind)
        code = new_recovery_code()
        self._write(record, self._keyring_lock(kind, secret, code))
        return code

    def off(self, secret: str) -> None:
        """Turn the lock off (needs its secret)."""
        self._require_on()
        self.verify(secret)
        self._write(keyfile.read_key_file(self.path), {})

    def change(self, secret: str, kind: str, new: str) -> None:
        """Replace the secret. Without a keyring this re-wraps the key under the new passphrase.

        The key file is replaced atomically: a crash leaves either the old or the new one, whole.
        """
        record = keyfile.read_key_file(self.path)
        if record.storage == keyfile.KEYRING:
            self._require_on()
        elif kind != PASSPHRASE:
            raise UsageError(
                phrase("errors", "without a keyring the data is protected by a passphrase, not a PIN.")
            )
        check_new_secret(new, kind)
        key = self._check(record, secret)
        record = keyfile.read_key_file(self.path)
        if key is not None:
            wrapped = keyfile.wrap(key, new, self.kdf, record.household_id)
            keyfile.write_key_file(self.path, replace(record, wrapped=wrapped))
            return
        lock = {**record.lock, "kind": kind, "verifier": keyfile.make_verifier(new, self.kdf)}
        self._write(record, lock)

    def new_recovery_code(self, secret: str) -> str:
        """Replace the recovery code (the old one stops working); return the new one to show once."""
        self.require_recoverable()
        self.verify(secret)
        record = keyfile.read_key_file(self.path)
        code = new_recovery_code()
        self._write(
            record, {**record.lock, "recovery": keyfile.make_verifier(normalise_code(code), self.kdf)}
        )
        return code

    def recover(self, code: str, kind: str, new: str) -> str:
        """Set a new secret with the recovery code; return the next recovery code to show once."""
        self.require_recoverable()
        check_new_secret(new, kind)
        record = keyfile.read_key_file(self.path)
        self._gate(self._status(record))
        if not self._verifies(record.lock, "recovery", normalise_code(code)):
            raise self._failed(record, "Wrong recovery code.")
        fresh = new_recovery_code()
        self._write(record, self._keyring_lock(kind, new, fresh))
        return fresh

    def _keyring_lock(self, kind: str, secret: str, code: str) -> dict[str, Any]:
        return {
            "kind": kind,
            "verifier": keyfile.make_verifier(secret, self.kdf),
            "recovery": keyfile.make_verifier(normalise_code(code), self.kdf),
            "failures": 0,
        }

    def _require_on(self) -> None:
        if not self.is_on():
            raise _lock_is_off()

    def require_recoverable(self) -> None:
        """Refuse recovery where there is none: the lock is off, or the data hangs on the passphrase."""
        status = self.status()
        if status.storage == keyfile.PASSPHRASE:
            raise LockedError(forgot_text(keyfile.PASSPHRASE))
        if not status.recoverable:
            raise _lock_is_off()

    def _verifies(self, lock: dict[str, Any], which: str, secret: str) -> bool:
        try:
            return keyfile.verifies(lock[which], secret)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._damaged() from exc

    def _gate(self, status: LockStatus) -> None:
        wait = status.wait(self.clock.now())
        if wait > timedelta(0):
            raise BackingOff(wait)

    def _failed(self, record: keyfile.KeyFile, message: str) -> WrongSecret:
        return self._wrong(message, self._count_failure(record))

    def _count_failure(self, record: keyfile.KeyFile) -> timedelta:
        """Write one more wrong attempt, and the back-off it earns; return that wait."""
        failures = int(record.lock.get("failures", 0)) + 1
        wait = wait_after(failures)
        lock = {**record.lock, "failures": failures}
        lock.pop("not_before", None)
        if wait:
            lock["not_before"] = (self.clock.now() + wait).isoformat()
        self._write(record, lock)
        return wait

    def _wrong(self, message: str, wait: timedelta) -> WrongSecret:
        hint = (
            phrase("errors", "Wait {wait} before the next try.", wait=describe_wait(wait))
            if wait
            else phrase("errors", "Check it and try again.")
        )
        return WrongSecret(message, hint=hint)

    def _succeeded(self, record: keyfile.KeyFile) -> None:
        if record.lock.get("failures") or record.lock.get("not_before"):
            lock = {**record.lock, "failures": 0}
            lock.pop("not_before", None)
            self._write(record, lock)

    def _write(self, record: keyfile.KeyFile, lock: dict[str, Any]) -> None:
        keyfile.write_key_file(self.path, replace(record, lock=lock))

    def _damaged(self) -> StorageError:
        return StorageError(
            phrase("errors", "the parent lock in the key file is damaged."),
            path=self.path,
            hint=phrase("errors", "Restore it from a backup."),
        )


def _lock_is_off() -> UsageError:
    return UsageError(
        phrase("errors", "the parent lock is off."),
        hint=phrase("errors", "Turn it on with 'familyguard lock set'."),
    )
