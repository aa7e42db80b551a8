"""Typed errors of the core. The CLI maps each kind to an exit code, the GUI to one dialog.

The window shows an error's message and hint; the command line prints str(error), which may add
advice only the command line can follow (see NotFoundError).
"""

from __future__ import annotations

import shlex
from pathlib import Path

from familyguard.phrase import Phrase, phrase


class FamilyGuardError(Exception):
    """Base of every error FamilyGuard expects and explains to the parent."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


def at_path(path: Path | str, message: str) -> str:
    """The message about the file or folder at path, e.g. "export.zip: the zip file is damaged"."""
    return phrase("errors", "{path}: {message}", path=str(path), message=message)


class UsageError(FamilyGuardError):
    """A malformed value or a command used the wrong way (exit 2)."""

    exit_code = 2


class BadInputError(FamilyGuardError):
    """An input file that is not a supported export, corrupt, too large or unsafe (exit 3)."""

    exit_code = 3

    def __init__(self, message: str, *, path: Path | str | None = None, hint: str = "") -> None:
        super().__init__(at_path(path, message) if path else message, hint=hint)
        self.path = path


class StorageError(FamilyGuardError):
    """The household file cannot be used: disk full, read-only, damaged (exit 3)."""

    exit_code = 3

    def __init__(self, message: str, *, path: Path, hint: str = "") -> None:
        super().__init__(at_path(path, message), hint=hint)
        self.path = path


class LockedError(FamilyGuardError):
    """No key available, wrong passphrase, or a database from a newer version (exit 4)."""

    exit_code = 4


# The command that lists what exists of a kind, by the kind's English template ({child}: its name).
_LISTED_BY = {
    "child": "familyguard child list",
    "app": "familyguard catalog list",
    "app of {child}": "familyguard app list {child}",
    "contact": "familyguard friends list CHILD",
    "talk plan": "familyguard talks list",
    "topic": "familyguard talks topics",
    "talk suggestion": "familyguard talks suggestions",
}


class NotFoundError(FamilyGuardError):
    """An unknown child, app, contact, plan or topic (exit 5), with close matches.

    On the command line it also names the command that lists them all (`listing`); the window has
    its own lists and shows the message and the close matches only.
    """

    exit_code = 5

    def __init__(self, kind: str, wanted: str, suggestions: list[str] | None = None) -> None:
        """`kind` is a Phrase of context "errors" naming what was looked for, e.g. "child"."""
        self.suggestions = suggestions or []
        names = ", ".join(self.suggestions)
        hint = phrase("errors", "Did you mean: {names}?", names=names) if self.suggestions else ""
        super().__init__(
            phrase("errors", "no {kind} called '{wanted}'.", kind=kind, wanted=wanted), hint=hint
        )
        self.kind = kind
        self.wanted = wanted
        self.listing = _listing(kind)

    def __str__(self) -> str:
        see_all = f"To see them all: {self.listing}" if self.listing else ""
        return f"{super().__str__()} {see_all}".strip()


def _listing(kind: str) -> str:
    """The command listing what exists of this kind, e.g. "familyguard child list" ("" if none)."""
    template, params = (kind.template, kind.params or {}) if isinstance(kind, Phrase) else (kind, {})
    return _LISTED_BY.get(template, "").format(**{k: shlex.quote(str(v)) for k, v in params.items()})
