"""The key file beside the database: where the household's key lives, and its wrapped copy.

The key file never holds the key in plain text. It says either "the key is in the OS keyring"
or carries the key encrypted (AES-256-GCM) with a key derived from the parent's passphrase by
scrypt. A wrong passphrase fails the GCM tag check before the database is ever touched.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from familyguard.errors import LockedError, StorageError
from familyguard.phrase import phrase
from familyguard.storage.files import write_private

FORMAT = 2
_FORMAT_WITHOUT_LOCK = 1
KEYRING = "keyring"
PASSPHRASE = "passphrase"
_WRAP_FIELDS = {"n", "r", "p", "salt", "nonce", "sealed"}


class WrongPassphrase(LockedError):
    """The passphrase does not open this household's key."""


@dataclass(frozen=True)
class ScryptParams:
    """scrypt cost: the default takes about half a second and 128 MiB (OWASP's recommendation)."""

    n: int = 2**17
    r: int = 8
    p: int = 1

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        return hashlib.scrypt(
            passphrase.encode("utf-8"),
            salt=salt,
            n=self.n,
            r=self.r,
            p=self.p,
            maxmem=256 * 1024 * 1024,
            dklen=32,
        )


DEFAULT_KDF = ScryptParams()


@dataclass(frozen=True)
class KeyFile:
    """The parsed key file of one household."""

    household_id: str
    storage: str
    reason: str = ""
    wrapped: dict[str, Any] = field(default_factory=dict)
    lock: dict[str, Any] = field(default_factory=dict)


def new_key() -> bytes:
    """A fresh random 256-bit database key."""
    return secrets.token_bytes(32)


def wrap(key: bytes, passphrase: str, params: ScryptParams, household_id: str) -> dict[str, Any]:
    """Encrypt the key with the passphrase; the household id is bound in as associated data."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(params.derive(passphrase, salt)).encrypt(nonce, key, household_id.encode())
    return {
        **_kdf_fields(params, salt),
        "cipher": "aes-256-gcm",
        "nonce": _b64(nonce),
        "sealed": _b64(sealed),
    }


def unwrap(key_file: KeyFile, passphrase: str) -> bytes:
    """Decrypt the key; LockedError on a wrong passphrase."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    w = key_file.wrapped
    derived = _params(w).derive(passphrase, _unb64(w["salt"]))
    try:
        return AESGCM(derived).decrypt(
            _unb64(w["nonce"]), _unb64(w["sealed"]), key_file.household_id.encode()
        )
    except InvalidTag:
        raise WrongPassphrase(
            phrase("errors", "Wrong passphrase."),
            hint=phrase("errors", "Check it and try again; nothing was changed."),
        ) from None


def make_verifier(secret: str, params: ScryptParams) -> dict[str, Any]:
    """A scrypt hash of a secret (parent PIN, recovery code) that can check it but not reveal it."""
    salt = secrets.token_bytes(16)
    return {**_kdf_fields(params, salt), "hash": _b64(params.derive(secret, salt))}


def _kdf_fields(params: ScryptParams, salt: bytes) -> dict[str, Any]:
    """How a key is derived from a secret: scrypt, its parameters and the salt."""
    return {"kdf": "scrypt", "n": params.n, "r": params.r, "p": params.p, "salt": _b64(salt)}


def verifies(verifier: dict[str, Any], secret: str) -> bool:
    """True when the secret is the one the verifier was made from (constant-time comparison)."""
    derived = _params(verifier).derive(secret, _unb64(verifier["salt"]))
    return hmac.compare_digest(derived, _unb64(verifier["hash"]))


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Write the key file (0600, atomically).

    A file with a parent lock says format 2, so that an older FamilyGuard, which knows no lock,
    refuses it instead of opening the household without asking.
    """
    doc = {
        "format": FORMAT if key_file.lock else _FORMAT_WITHOUT_LOCK,
        "household": key_file.household_id,
        "storage": key_file.storage,
        "reason": key_file.reason,
        "wrapped": key_file.wrapped,
    }
    if key_file.lock:
        doc["lock"] = key_file.lock
    write_private(path, (json.dumps(doc, indent=2) + "\n").encode())


def read_key_file(path: Path) -> KeyFile:
    """Read and check the key file; a damaged one is a StorageError naming it."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        storage = doc["storage"]
        if doc["format"] > FORMAT:
            raise LockedError(
                phrase("errors", "{path} was written by a newer FamilyGuard.", path=str(path)),
                hint=phrase("errors", "Install the newer version to open it."),
            )
        if storage not in (KEYRING, PASSPHRASE):
            raise ValueError(storage)
        key_file = KeyFile(
            str(doc["household"]),
            storage,
            str(doc.get("reason", "")),
            doc.get("wrapped") or {},
            doc.get("lock") or {},
        )
        if storage == PASSPHRASE and not key_file.wrapped.keys() >= _WRAP_FIELDS:
            raise ValueError("incomplete wrapped key")
        if not isinstance(key_file.lock, dict):
            raise ValueError("damaged lock")
        return key_file
    except OSError as exc:
        raise StorageError(
            phrase("errors", "cannot read the key file ({reason}).", reason=exc.strerror), path=path
        ) from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise StorageError(
            phrase("errors", "the key file is damaged."),
            path=path,
            hint=phrase("errors", "Restore it from a backup of this folder."),
        ) from exc


def _params(doc: dict[str, Any]) -> ScryptParams:
    return ScryptParams(int(doc["n"]), int(doc["r"]), int(doc["p"]))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
