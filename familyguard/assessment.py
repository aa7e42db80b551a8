"""Risk for the household: the risk engine fed with the parent's settings, contacts (with their
warning signs) and corrections."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from familyguard.catalog import FEATURES, AppEntry, Catalogue
from familyguard.catalog.model import FEATURE_VALUES
from familyguard.domain import Child, Clock
from familyguard.errors import UsageError
from familyguard.phrase import phrase
from familyguard.risk.assess import app_profile, assess_child
from familyguard.risk.model import AppRisk, ChildRisk, ContactSummary, Correction, WarningSign
from familyguard.storage.app_uses import AppUseRepository
from familyguard.storage.contacts import ContactRepository
from familyguard.storage.corrections import CorrectionRepository

if TYPE_CHECKING:
    from familyguard.contacts.signals import Signal


class Assessment:
    """Assesses children and apps; keeps the parent's corrections of catalogue facts."""

    def __init__(
        self,
        catalogue: Catalogue,
        apps: AppUseRepository,
        contacts: ContactRepository,
        corrections: CorrectionRepository,
        clock: Clock,
        signals: Callable[[], Sequence[Signal]],
    ) -> None:
        self.catalogue = catalogue
        self.apps = apps
        self.contacts = contacts
        self.corrections = corrections
        self.clock = clock
        self._signals = signals  # the household's warning signs (Ledger.signals)

    def child(self, child: Child) -> ChildRisk:
        """The child's apps, highest risk first, with reasons, actions and what to do next."""
        return self.children([child])[child.id]

    def children(self, children: Iterable[Child]) -> dict[int, ChildRisk]:
        """Each child's risk, by child id; contacts, warning signs and corrections are read once."""
        counts = self.contacts.review_counts()
        signs = warning_signs(self._signals())
        summaries = {
            use: ContactSummary(*counts.get(use, (0, 0)), signs.get(use, ()))
            for use in counts.keys() | signs.keys()
        }
        corrections, today = self._corrections(), self.clock.today()
        return {
            child.id: assess_child(
                child, self.apps.for_child(child.id), self.catalogue, today, summaries, corrections
            )
            for child in children
        }

    def app(self, entry: AppEntry) -> AppRisk:
        """The app's own profile (no child), with the parent's corrections applied."""
        return app_profile(entry, self._corrections().get(entry.id))

    def correct(self, entry: AppEntry, feature: str, value: str, note: str = "") -> None:
        """Keep the parent's value for one catalogue feature; it wins over the bundled fact."""
        if feature not in FEATURES:
            raise UsageError(
                phrase("errors", "'{feature}' is not a catalogue feature.", feature=feature),
                hint=phrase("errors", "Use one of: {names}.", names=", ".join(FEATURES)),
            )
        if value not in FEATURE_VALUES:
            raise UsageError(
                phrase("errors", "'{value}' is not a feature value.", value=value),
                hint=phrase("errors", "Use one of: {names}.", names=", ".join(FEATURE_VALUES)),
            )
        self.corrections.set(entry.id, feature, value, note.strip(), self.clock.today())

    def forget_correction(self, entry: AppEntry, feature: str) -> None:
        """Go back to the bundled fact."""
        self.corrections.remove(entry.id, feature)

    def _corrections(self) -> dict[str, dict[str, Correction]]:
        return {
            app: {feature: Correction(value, note) for feature, (value, note) in fixes.items()}
            for app, fixes in self.corrections.all().items()
        }


def warning_signs(signals: Iterable[Signal]) -> dict[int, tuple[WarningSign, ...]]:
    """Per app use, the warning signs its contacts are part of (each sign once per app use)."""
    found: dict[int, list[WarningSign]] = {}
    for signal in signals:
        sign = WarningSign(signal.kind, signal.explanation)
        for use_id in dict.fromkeys(i.use.id for i in signal.involved):
            found.setdefault(use_id, []).append(sign)
    return {use_id: tuple(signs) for use_id, signs in found.items()}
