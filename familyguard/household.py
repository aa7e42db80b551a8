"""Children and the apps they use: the service both faces (CLI and GUI) call."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import sqlcipher3

from familyguard.catalog import FEATURES, Catalogue
from familyguard.domain import AppUse, Child, Clock
from familyguard.domain.app_settings import check_setting
from familyguard.domain.dimensions import DIMENSIONS
from familyguard.errors import NotFoundError, UsageError
from familyguard.phrase import phrase
from familyguard.storage.app_uses import AppUseRepository
from familyguard.storage.children import ChildRepository

MAX_NAME = 60


def close_matches(wanted: str, candidates: list[str]) -> list[str]:
    """Up to three candidates that look like what the parent typed."""
    lowered = {c.lower(): c for c in candidates}
    return [lowered[m] for m in difflib.get_close_matches(wanted.lower(), list(lowered), n=3, cutoff=0.5)]


def check_born(born: date, today: date) -> None:
    """A child's birth date must be in the past and plausible for a child."""
    if born > today:
        raise UsageError(
            phrase("errors", "the birth date {date} is in the future.", date=born.isoformat()),
            hint=phrase("errors", "Check the year."),
        )
    if today.year - born.year > 25:
        raise UsageError(
            phrase("errors", "the birth date {date} is more than 25 years ago.", date=born.isoformat()),
            hint=phrase("errors", "Check the year."),
        )


def clean_name(name: str) -> str:
    """A child's name, trimmed; refuse empty and over-long names."""
    name = " ".join(name.split())
    if not name:
        raise UsageError(
            phrase("errors", "the name is empty."), hint=phrase("errors", "Type the child's first name.")
        )
    if len(name) > MAX_NAME:
        raise UsageError(
            phrase("errors", "the name is longer than {count} characters.", count=MAX_NAME),
            hint=phrase("errors", "A first name is enough."),
        )
    return name


class Household:
    """Adds, finds, changes and removes children and their app uses."""

    def __init__(
        self,
        children: ChildRepository,
        apps: AppUseRepository,
        catalogue: Callable[[], Catalogue],
        clock: Clock,
    ) -> None:
        self.children = children
        self.apps = apps
        self._catalogue = catalogue
        self.clock = clock

    @property
    def catalogue(self) -> Catalogue:
        """The catalogue, fetched when first needed."""
        return self._catalogue()

    def add_child(self, name: str, born: date) -> Child:
        name = clean_name(name)
        check_born(born, self.clock.today())
        if self.children.by_name(name):
            raise _taken(name)
        return self.children.add(name, born, self.clock.today())

    def edit_child(self, child: Child, name: str, born: date) -> Child:
        name = clean_name(name)
        check_born(born, self.clock.today())
        other = self.children.by_name(name)
        if other and other.id != child.id:
            raise _taken(name)
        updated = replace(child, name=name, born=born)
        self.children.update(updated)
        return updated

    def remove_child(self, child: Child) -> None:
        self.children.remove(child.id)

    def find_child(self, wanted: str) -> Child:
        """A child by name (any case) or id; NotFoundError with close names otherwise."""
        everyone = self.children.all()
        for child in everyone:
            if child.name.lower() == wanted.strip().lower() or str(child.id) == wanted.strip():
                return child
        raise NotFoundError(
            phrase("errors", "child"), wanted, close_matches(wanted, [c.name for c in everyone])
        )

    def add_app(
        self,
        child: Child,
        app: str,
        handle: str | None = None,
        settings: dict[str, str] | None = None,
        *,
        conn: sqlcipher3.Connection | None = None,
    ) -> AppUse:
        """Give a child a catalogue app (by id, alias or name); with conn, inside the caller's open
        transaction (the app is then kept only if the rest of that transaction is)."""
        entry = self.catalogue.find(app)
        return self._add(
            AppUse(0, child.id, entry.id, entry.name, handle, settings or {}, self.clock.today()), conn
        )

    def add_custom_app(
        self, child: Child, name: str, features: list[str], handle: str | None = None
    ) -> AppUse:
        """Give a child an app that is not in the catalogue, described by its features."""
        name = clean_name(name)
        known = set(DIMENSIONS) | set(FEATURES)
        unknown = [f for f in features if f not in known]
        if unknown or not features:
            raise UsageError(
                phrase("errors", "unknown feature: {names}.", names=", ".join(unknown))
                if unknown
                else phrase("errors", "a custom app needs at least one feature."),
                hint=phrase("errors", "Use --feature with any of: {names}.", names=", ".join(DIMENSIONS)),
            )
        slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "app"
        use = AppUse(0, child.id, f"custom:{slug}", name, handle, {}, self.clock.today(), tuple(features))
        return self._add(use)

    def _add(self, use: AppUse, conn: sqlcipher3.Connection | None = None) -> AppUse:
        for key, value in use.settings.items():
            check_setting(key, value)
        if any(u.app_id == use.app_id for u in self.apps.for_child(use.child_id)):
            raise UsageError(
                phrase("errors", "{app} is already in this child's apps.", app=use.name),
                hint=phrase("errors", "Edit it instead."),
            )
        return self.apps.add(use, conn)

    def edit_app(self, use: AppUse, handle: str | None, settings: dict[str, str]) -> AppUse:
        for key, value in settings.items():
            check_setting(key, value)
        updated = replace(use, handle=handle or None, settings=dict(settings))
        self.apps.update(updated)
        return updated

    def remove_app(self, use: AppUse) -> None:
        self.apps.remove(use.id)

    def get_app_use(self, child: Child, app: str) -> AppUse | None:
        """One of the child's apps, by catalogue id, alias, name, or custom name; None if none is."""
        entry = self.catalogue.get(app)
        wanted, name = (entry.id if entry else None), app.strip().lower()
        uses = self.apps.for_child(child.id)
        return next((u for u in uses if u.app_id == wanted or u.name.lower() == name), None)

    def find_app_use(self, child: Child, app: str) -> AppUse:
        """Like get_app_use(), else raise NotFoundError with the child's apps that look like `app`."""
        found = self.get_app_use(child, app)
        if found is not None:
            return found
        uses = self.apps.for_child(child.id)
        raise NotFoundError(
            phrase("errors", "app of {child}", child=child.name),
            app,
            close_matches(app, [u.name for u in uses]),
        )


def _taken(name: str) -> UsageError:
    return UsageError(
        phrase("errors", "there is already a child called {name}.", name=name),
        hint=phrase("errors", "Use another name or a nickname."),
    )
