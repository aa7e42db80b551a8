"""What each `familyguard lock …` command does: it works on the key file only, never on child data."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from familyguard.cli_prompt import ENV_NEW_PASSPHRASE, ENV_RECOVERY_CODE, ask_secret
from familyguard.config import ENV_PASSPHRASE
from familyguard.domain import SystemClock
from familyguard.errors import UsageError
from familyguard.lock import BackingOff, ParentLock
from familyguard.lock_rules import forgot_text
from familyguard.phrase import phrase
from familyguard.storage import keyfile
from familyguard.storage.layout import household_exists

LockHandler = Callable[[ParentLock, argparse.Namespace], tuple[Any, str]]


def lock_set(lock: ParentLock, args: argparse.Namespace) -> tuple[Any, str]:
    if lock.status().storage == keyfile.PASSPHRASE:
        lock.set(args.kind, _current(lock, "passphrase"))
        return _view(lock), "The parent lock is on: it is the passphrase that protects the data."
    label = _label(args.kind)
    code = lock.set(args.kind, ask_secret(f"new {label}", ENV_NEW_PASSPHRASE, ENV_PASSPHRASE, twice=True))
    text = (
        f"The parent lock is on. Your recovery code (shown only now; write it down and keep it away "
        f"from the children):\n\n    {code}\n\nWith it you can set a new {label} if you forget this one."
    )
    return {**_view(lock), "recovery_code": code}, text


def lock_off(lock: ParentLock, args: argparse.Namespace) -> tuple[Any, str]:
    lock.off(_current(lock))
    return _view(lock), "The parent lock is off."


def lock_change(lock: ParentLock, args: argparse.Namespace) -> tuple[Any, str]:
    status = lock.status()
    kind = args.kind or status.kind
    current = _current(lock)
    lock.change(current, kind, ask_secret(f"new {_label(kind)}", ENV_NEW_PASSPHRASE, twice=True))
    if status.storage == keyfile.PASSPHRASE:
        return _view(lock), "The passphrase is changed; the data was re-encrypted under it and is intact."
    return _view(lock), f"The parent {_label(kind)} is changed."


def lock_status(lock: ParentLock, args: argparse.Namespace) -> tuple[Any, str]:
    status = lock.status()
    view = _view(lock)
    if not status.on:
        return view, "The parent lock is off."
    lines = [f"The parent lock is on ({status.label})."]
    if view["wait_seconds"]:
        lines.append(str(BackingOff(status.wait(lock.clock.now()))))
    lines += ["", f"Forgot the {status.label}? {forgot_text(status.storage)}"]
    return view, "\n".join(lines)


def lock_recover(lock: ParentLock, args: argparse.Namespace) -> tuple[Any, str]:
    status = lock.status()
    lock.require_recoverable()
    kind = args.kind or status.kind
    code = ask_secret("recovery code", ENV_RECOVERY_CODE)
    fresh = lock.recover(code, kind, ask_secret(f"new {_label(kind)}", ENV_NEW_PASSPHRASE, twice=True))
    text = (
        f"The new {_label(kind)} is set. Your next recovery code (the old one no longer works):\n\n"
        f"    {fresh}"
    )
    return {**_view(lock), "recovery_code": fresh}, text


LOCK_HANDLERS: dict[str, LockHandler] = {
    "set": lock_set,
    "off": lock_off,
    "change": lock_change,
    "status": lock_status,
    "recover": lock_recover,
}


def run_lock(folder: Path, args: argparse.Namespace) -> tuple[Any, str]:
    """Run one `lock` action on the household in folder."""
    if not household_exists(folder):
        raise UsageError(
            phrase("errors", "there is no household in {folder} yet.", folder=str(folder)),
            hint=phrase("errors", "Start FamilyGuard once first."),
        )
    return LOCK_HANDLERS[args.action](ParentLock(folder, SystemClock()), args)


def _current(lock: ParentLock, label: str = "") -> str:
    """The lock's present secret: refused at once during a back-off, else from the env or terminal."""
    wait = lock.wait()
    if wait:
        raise BackingOff(wait)
    return ask_secret(label or lock.status().label, ENV_PASSPHRASE)


def _label(kind: str) -> str:
    return "PIN" if kind == "pin" else "passphrase"


def _view(lock: ParentLock) -> dict[str, Any]:
    status = lock.status()
    return {
        "on": status.on,
        "kind": status.kind if status.on else None,
        "storage": status.storage,
        "failures": status.failures,
        "wait_seconds": math.ceil(status.wait(lock.clock.now()).total_seconds()),
        "recoverable": status.recoverable,
    }
