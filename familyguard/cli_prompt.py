"""The terminal's passphrase prompt: FAMILYGUARD_PASSPHRASE, else ask on a terminal, else give up."""

from __future__ import annotations

import getpass
import os
import sys

from familyguard.storage.prompt import PassphraseRequest

ENV_PASSPHRASE = "FAMILYGUARD_PASSPHRASE"


def terminal_prompt(request: PassphraseRequest) -> str | None:
    """Answer a passphrase request from the environment or the terminal; None without either."""
    from_env = os.environ.get(ENV_PASSPHRASE)
    if request.new or (not from_env and sys.stdin.isatty()):
        print(f"familyguard: {request.reason}", file=sys.stderr)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        return None
    if not request.new:
        return getpass.getpass("Passphrase: ")
    first = getpass.getpass("Choose a passphrase (at least 8 characters): ")
    if getpass.getpass("Type it again: ") != first:
        print("familyguard: the two passphrases differ.", file=sys.stderr)
        return None
    return first
