"""The parent lock's rules and words: what a PIN or passphrase must be, the back-off after wrong
attempts, recovery codes, and what the lock does and does not protect (see familyguard.lock)."""

from __future__ import annotations

import itertools
import math
import re
import secrets as random
from datetime import timedelta

from familyguard.errors import UsageError
from familyguard.phrase import phrase
from familyguard.storage import keyfile
from familyguard.storage.prompt import MIN_PASSPHRASE

PIN = "pin"
PASSPHRASE = "passphrase"
KINDS = (PIN, PASSPHRASE)
MIN_PIN = 6
FREE_ATTEMPTS = 3
MAX_WAIT = timedelta(minutes=15)
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_CODE_GROUPS = 5

THREAT_MODEL = phrase(
    "lock",
    "The parent lock stops a child who uses this computer account from opening FamilyGuard or its "
    "commands casually. It does not stop someone with administrator rights on this computer, or "
    "someone who can copy FamilyGuard's files and your keyring.",
)


def forgot_text(storage: str) -> str:
    """What a parent who forgot the lock's secret can and cannot recover (the same words everywhere)."""
    if storage == keyfile.PASSPHRASE:
        return phrase(
            "errors",
            "Your family's data is encrypted with this passphrase itself, because this computer has no "
            "password store (keyring) that FamilyGuard can use. If the passphrase is forgotten, the data "
            "cannot be opened by anyone: there is no recovery code and no back door. You can only start "
            "again with a new, empty household.",
        )
    return phrase(
        "errors",
        "Your family's data is encrypted with a key kept in this computer's password store (keyring), "
        "not with the PIN or passphrase of the lock, so forgetting it loses nothing. Enter the recovery "
        "code you were shown when you turned the lock on, then choose a new PIN or passphrase. If the "
        "recovery code is lost too, the data is still intact: the README's 'Parent lock' section says "
        "how to remove the lock by hand.",
    )


def wait_after(failures: int) -> timedelta:
    """The back-off after this many wrong attempts in a row: free for 3, then 2, 4, 8 … s, ≤ 15 min."""
    if failures <= FREE_ATTEMPTS:
        return timedelta(0)
    return min(timedelta(seconds=2 ** min(failures - FREE_ATTEMPTS, 20)), MAX_WAIT)


def describe_wait(wait: timedelta) -> str:
    """A wait in words: '8 seconds', '1 minute 4 seconds'."""
    total = max(1, math.ceil(wait.total_seconds()))
    minutes, seconds = divmod(total, 60)
    in_minutes = phrase("errors", "{count} minute" if minutes == 1 else "{count} minutes", count=minutes)
    in_seconds = phrase("errors", "{count} second" if seconds == 1 else "{count} seconds", count=seconds)
    if not minutes:
        return in_seconds
    if not seconds:
        return in_minutes
    return phrase("errors", "{minutes} {seconds}", minutes=in_minutes, seconds=in_seconds)


def check_new_secret(secret: str, kind: str) -> None:
    """Refuse a PIN that is short, not all digits or trivial, and a passphrase under 8 characters."""
    if kind == PASSPHRASE:
        if len(secret) < MIN_PASSPHRASE:
            raise UsageError(
                phrase(
                    "errors", "the passphrase must have at least {count} characters.", count=MIN_PASSPHRASE
                ),
                hint=phrase("errors", "A few words you will remember work well."),
            )
        return
    if not re.fullmatch(rf"[0-9]{{{MIN_PIN},}}", secret):
        raise UsageError(
            phrase("errors", "a PIN is at least {count} digits (0-9) and nothing else.", count=MIN_PIN)
        )
    steps = {int(b) - int(a) for a, b in itertools.pairwise(secret)}
    if steps <= {0} or steps == {1} or steps == {-1}:
        raise UsageError(
            phrase("errors", "this PIN is too easy to guess."),
            hint=phrase("errors", "Avoid repeated digits and runs like 123456."),
        )


def new_recovery_code() -> str:
    """A random recovery code, e.g. 'K7QX-2M9P-…' (25 characters, 125 bits)."""
    groups = ("".join(random.choice(_CODE_ALPHABET) for _ in range(5)) for _ in range(_CODE_GROUPS))
    return "-".join(groups)


def normalise_code(code: str) -> str:
    """The recovery code as typed, in capitals without spaces or dashes."""
    return re.sub(r"[\s-]", "", code).upper()
