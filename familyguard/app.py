"""Composition root: builds every service once, for the CLI and the GUI alike."""

from __future__ import annotations

import functools
from pathlib import Path

from familyguard.assessment import Assessment
from familyguard.catalog import Catalogue, load_catalogue
from familyguard.contacts.ledger import Ledger
from familyguard.domain import Clock, SystemClock
from familyguard.household import Household
from familyguard.storage.app_uses import AppUseRepository
from familyguard.storage.children import ChildRepository
from familyguard.storage.contacts import ContactRepository
from familyguard.storage.corrections import CorrectionRepository
from familyguard.storage.database import Database
from familyguard.storage.layout import household_exists
from familyguard.storage.preferences import PreferenceRepository
from familyguard.storage.prompt import PassphrasePrompt
from familyguard.storage.talks import TalkRepository
from familyguard.storage.vault import create_household, open_household


class FamilyGuard:
    """An open household and the services over it."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()
        self.contacts = ContactRepository(db)
        self.talks = TalkRepository(db)
        self.preferences = PreferenceRepository(db)
        self.household = Household(ChildRepository(db), AppUseRepository(db), load_catalogue, self.clock)

    @functools.cached_property
    def risk(self) -> Assessment:
        """Risk per child and per app (loads the catalogue and the talk library on first use)."""
        return Assessment(
            self.catalogue,
            self.household.apps,
            self.contacts,
            CorrectionRepository(self.db),
            self.clock,
            lambda: self.ledger.signals(),
        )

    @functools.cached_property
    def ledger(self) -> Ledger:
        """The friend-list ledger: imports, review, flags and signals."""
        return Ledger(self.contacts, self.household, self.clock)

    @property
    def catalogue(self) -> Catalogue:
        """The bundled catalogue, loaded on first use (the first window does not need it)."""
        return load_catalogue()

    @classmethod
    def open(
        cls, folder: Path, prompt: PassphrasePrompt, *, create: bool = True, clock: Clock | None = None
    ) -> FamilyGuard:
        """Open the household in folder, creating it first when it does not exist yet."""
        if not household_exists(folder) and create:
            return cls(create_household(folder, prompt), clock)
        return cls(open_household(folder, prompt, clock), clock)

    def close(self) -> None:
        self.db.close()
