"""How the faces ask the parent for a passphrase, and what makes a new one acceptable.

Kept apart from the database code so that the window can use it before SQLCipher is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from familyguard.errors import LockedError
from familyguard.phrase import phrase

MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class PassphraseRequest:
    """What the face (terminal or dialog) needs to ask the parent for a passphrase (or the lock's PIN)."""

    reason: str
    new: bool
    folder: Path
    label: str = "passphrase"


class PassphrasePrompt(Protocol):
    """Ask the parent for a passphrase; None means they declined."""

    def __call__(self, request: PassphraseRequest) -> str | None: ...


class PassphraseDeclined(LockedError):
    """The parent was asked for the passphrase and gave none."""


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect the family's data."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise LockedError(
            phrase("errors", "The passphrase must have at least {count} characters.", count=MIN_PASSPHRASE),
            hint=phrase("errors", "Choose a longer one: a few words you will remember work well."),
        )


def ask(prompt: PassphrasePrompt, request: PassphraseRequest) -> str:
    """Ask, and refuse to go on without an answer."""
    passphrase = prompt(request)
    if not passphrase:
        raise PassphraseDeclined(
            phrase(
                "errors",
                "A PIN is needed to open the family's data and none was given."
                if request.label == "PIN"
                else "A passphrase is needed to open the family's data and none was given.",
            ),
            hint=phrase("errors", "Enter it when asked, or set FAMILYGUARD_PASSPHRASE."),
        )
    return passphrase
