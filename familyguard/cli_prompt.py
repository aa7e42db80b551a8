"""The terminal's secret prompts: an environment variable, else ask on a terminal, else give up (exit 4)."""

from __future__ import annotations

import getpass
import os
import sys

from familyguard.config import ENV_PASSPHRASE
from familyguard.storage.prompt import PassphraseDeclined, PassphraseRequest

ENV_NEW_PASSPHRASE = "FAMILYGUARD_NEW_PASSPHRASE"
ENV_RECOVERY_CODE = "FAMILYGUARD_RECOVERY_CODE"


def terminal_prompt(request: PassphraseRequest) -> str | None:
    """Answer a passphrase (or PIN) request from the environment or the terminal; None without either."""
    from_env = os.environ.get(ENV_PASSPHRASE)
    if request.new or (not from_env and sys.stdin.isatty()):
        print(f"familyguard: {request.reason}", file=sys.stderr)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        return None
    return _read(request.label, twice=request.new)


def ask_secret(label: str, *env_names: str, twice: bool = False) -> str:
    """The first set variable of env_names, else ask on the terminal; PassphraseDeclined without either."""
    for name in env_names:
        if os.environ.get(name):
            return os.environ[name]
    answer = _read(label, twice) if sys.stdin.isatty() else None
    if not answer:
        raise PassphraseDeclined(
            f"the {label} is needed and none was given.",
            hint=f"Enter it on a terminal, or set {env_names[0]}.",
        )
    return answer


def _read(label: str, twice: bool) -> str | None:
    """Read a secret without echo; a new one twice (None when the two differ)."""
    if not twice:
        return getpass.getpass(f"{label[0].upper()}{label[1:]}: ")
    hint = " (at least 8 characters)" if label.endswith("passphrase") else ""
    first = getpass.getpass(f"Choose a {label.removeprefix('new ')}{hint}: ")
    if getpass.getpass("Type it again: ") != first:
        print(f"familyguard: the two {label.removeprefix('new ')}s differ.", file=sys.stderr)
        return None
    return first
