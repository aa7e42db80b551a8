"""The loaded catalogue: look-up by id, name or alias, and typo-tolerant search."""

from __future__ import annotations

import difflib
import functools
from pathlib import Path

from familyguard.bundled import resource_dir
from familyguard.errors import NotFoundError
from familyguard.phrase import phrase

from .model import AppEntry
from .parse import HINT, CatalogueError, parse_app_file

CUTOFF = 0.6


def _norm(text: str) -> str:
    """Lowercase and drop spaces, dots and dashes so "Musical.ly" and "musically" meet."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


class Catalogue:
    """All catalogue apps, sorted by name, with look-up by id, name or alias (case-insensitive)."""

    def __init__(self, apps: list[AppEntry] | tuple[AppEntry, ...]) -> None:
        self.apps: tuple[AppEntry, ...] = tuple(sorted(apps, key=lambda a: (a.name.lower(), a.id)))
        self._by_key: dict[str, AppEntry] = {}
        for app in self.apps:
            for key in self._keys(app):
                owner = self._by_key.setdefault(key, app)
                if owner is not app:
                    raise CatalogueError(
                        phrase(
                            "errors",
                            "'{key}' is used by both '{owner}' and '{app}'; names must be unique.",
                            key=key,
                            owner=owner.id,
                            app=app.id,
                        ),
                        path=f"{app.id}.toml",
                        hint=HINT,
                    )
        self._by_norm = {_norm(key): app for key, app in self._by_key.items()}

    @staticmethod
    def _keys(app: AppEntry) -> tuple[str, ...]:
        return (app.id, app.name.lower(), *app.aliases)

    def __len__(self) -> int:
        return len(self.apps)

    def get(self, key: str) -> AppEntry | None:
        """Return the app with this id, name or alias (case-insensitive), or None."""
        wanted = key.strip().lower()
        return self._by_key.get(wanted) or self._by_norm.get(_norm(wanted))

    def find(self, key: str) -> AppEntry:
        """Return the app like get(), else raise NotFoundError with up to three close ids."""
        app = self.get(key)
        if app is None:
            raise NotFoundError(phrase("errors", "app"), key, [a.id for a in self.search(key)[:3]])
        return app

    def search(self, text: str) -> list[AppEntry]:
        """Apps whose id, name or alias contains `text`; when none does, close (misspelt) matches.

        All apps when the text is empty.
        """
        wanted = _norm(text)
        if not wanted:
            return list(self.apps)
        found = [app for app in self.apps if any(wanted in _norm(k) for k in self._keys(app))]
        if found:
            return found
        for key in difflib.get_close_matches(wanted, list(self._by_norm), n=10, cutoff=CUTOFF):
            app = self._by_norm[key]
            if app not in found:
                found.append(app)
        return found


def load_catalogue(folder: Path | None = None) -> Catalogue:
    """Load and validate every <id>.toml in `folder` (None = the bundled catalogue, loaded once)."""
    return _bundled() if folder is None else _load(folder)


@functools.cache
def _bundled() -> Catalogue:
    return _load(resource_dir("catalogue"))


def _load(folder: Path) -> Catalogue:
    if not folder.is_dir():
        raise CatalogueError(phrase("errors", "the catalogue folder does not exist."), path=folder, hint=HINT)
    return Catalogue([parse_app_file(path) for path in sorted(folder.glob("*.toml"))])
