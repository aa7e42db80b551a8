"""Helpers shared by the tests: an in-memory keyring, canned passphrase prompts, a cheap KDF."""

from __future__ import annotations

from keyring.backend import KeyringBackend

from familyguard.storage.keyfile import ScryptParams
from familyguard.storage.prompt import PassphraseRequest

FAST_KDF = ScryptParams(n=2**10)
PASSPHRASE = "correct horse battery"


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring for unit tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


class Answer:
    """A passphrase prompt that always gives the same answer and records what it was asked."""

    def __init__(self, passphrase: str | None) -> None:
        self.passphrase = passphrase
        self.asked: list[PassphraseRequest] = []

    def __call__(self, request: PassphraseRequest) -> str | None:
        self.asked.append(request)
        return self.passphrase
