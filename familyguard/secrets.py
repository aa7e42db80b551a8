"""The one door to the OS keyring: store, fetch and forget a household's database key.

Headless Linux has no keyring backend (``keyring.backends.fail.Keyring``) and some backends keep
secrets in plain text; neither is acceptable for the database key, so both count as "no keyring"
and the caller falls back to a passphrase, telling the parent why.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from familyguard.errors import LockedError
from familyguard.phrase import mark, phrase

SERVICE = "FamilyGuard"
_UNSAFE_MODULES = ("keyring.backends.fail", "keyring.backends.null")
_UNSAFE_CLASSES = ("PlaintextKeyring", "EncryptedKeyring")
_NO_KEYRING = mark(
    "errors",
    "This computer has no password store (keyring) that FamilyGuard can use, "
    "so the family's data is protected with a passphrase that you choose.",
)
_LOCKED = mark("errors", "The system keyring is locked.")
_REFUSED = mark("errors", "The system keyring refused the request ({reason}).")
_NO_KEY_BACK = mark("errors", "The keyring accepted the key but did not give it back.")
KEYRING_REASONS = (_NO_KEYRING, _LOCKED, _REFUSED, _NO_KEY_BACK)
"""Why the keyring could not take the key: the key file keeps the reason, in English, for later."""


class KeyringUnavailable(LockedError):
    """The keyring cannot be used now: no backend, locked, or refused."""


@dataclass(frozen=True)
class KeyringStatus:
    """Whether the OS keyring can hold the database key, and why not."""

    usable: bool
    backend: str
    reason: str


def _keyring() -> ModuleType:
    """The keyring package, imported on first use: it costs more to import than Qt itself."""
    import keyring
    import keyring.errors

    return keyring


def keyring_status() -> KeyringStatus:
    """Tell whether the current keyring backend is one FamilyGuard trusts with the key."""
    backend = _keyring().get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if _trusted(backend):
        return KeyringStatus(True, name, "")
    return KeyringStatus(False, name, _no_keyring_reason())


def _trusted(backend: object) -> bool:
    """A backend that really keeps secrets: not the fail/null ones, not plain-text files."""
    children = getattr(backend, "backends", None)
    if children is not None:
        return any(_trusted(child) for child in children)
    cls = type(backend)
    return not (cls.__module__.startswith(_UNSAFE_MODULES) or cls.__name__ in _UNSAFE_CLASSES)


def _no_keyring_reason() -> str:
    return phrase("errors", _NO_KEYRING)


def store_key(household_id: str, key: bytes) -> None:
    """Put the key into the keyring; raise KeyringUnavailable when it cannot take it."""
    status = keyring_status()
    if not status.usable:
        raise KeyringUnavailable(status.reason)
    keyring = _keyring()
    try:
        keyring.set_password(SERVICE, household_id, key.hex())
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(_refused(exc)) from exc
    if fetch_key(household_id) != key:
        raise KeyringUnavailable(phrase("errors", _NO_KEY_BACK))


def fetch_key(household_id: str) -> bytes:
    """Read the key from the keyring; LockedError when it is locked, missing or unusable."""
    status = keyring_status()
    if not status.usable:
        raise KeyringUnavailable(
            phrase(
                "errors", "The household's key is kept in the system keyring, which is not available now."
            ),
            hint=phrase(
                "errors", "Start FamilyGuard in your desktop session, where the keyring is unlocked."
            ),
        )
    keyring = _keyring()
    try:
        value = keyring.get_password(SERVICE, household_id)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(
            _refused(exc), hint=phrase("errors", "Unlock your keyring and try again.")
        ) from exc
    if value is None:
        raise LockedError(
            phrase("errors", "The system keyring has no key for this household."),
            hint=phrase(
                "errors", "It may belong to another user account; restore the keyring or use a backup."
            ),
        )
    try:
        return bytes.fromhex(value)
    except ValueError as exc:
        raise LockedError(phrase("errors", "The key stored in the system keyring is damaged.")) from exc


def forget_key(household_id: str) -> None:
    """Remove the key from the keyring, if it is there."""
    keyring = _keyring()
    try:
        keyring.delete_password(SERVICE, household_id)
    except keyring.errors.KeyringError:
        return


def _refused(exc: Exception) -> str:
    if isinstance(exc, _keyring().errors.KeyringLocked):
        return phrase("errors", _LOCKED)
    return phrase("errors", _REFUSED, reason=str(exc) or type(exc).__name__)
