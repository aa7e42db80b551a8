"""Risk for the household: the risk engine fed with the parent's settings, contacts and corrections."""

from __future__ import annotations

from familyguard.catalog import FEATURES, AppEntry, Catalogue
from familyguard.catalog.model import FEATURE_VALUES
from familyguard.domain import Child, Clock
from familyguard.errors import UsageError
from familyguard.risk.assess import app_profile, assess_child
from familyguard.risk.model import AppRisk, ChildRisk, ContactSummary, Correction
from familyguard.storage.app_uses import AppUseRepository
from familyguard.storage.contacts import ContactRepository
from familyguard.storage.corrections import CorrectionRepository


class Assessment:
    """Assesses children and apps; keeps the parent's corrections of catalogue facts."""

    def __init__(
        self,
        catalogue: Catalogue,
        apps: AppUseRepository,
        contacts: ContactRepository,
        corrections: CorrectionRepository,
        clock: Clock,
    ) -> None:
        self.catalogue = catalogue
        self.apps = apps
        self.contacts = contacts
        self.corrections = corrections
        self.clock = clock

    def child(self, child: Child) -> ChildRisk:
        """The child's apps, highest risk first, with reasons, actions and what to do next."""
        summaries = {
            use: ContactSummary(new, flagged) for use, (new, flagged) in self.contacts.review_counts().items()
        }
        return assess_child(
            child,
            self.apps.for_child(child.id),
            self.catalogue,
            self.clock.today(),
            summaries,
            self._corrections(),
        )

    def app(self, entry: AppEntry) -> AppRisk:
        """The app's own profile (no child), with the parent's corrections applied."""
        return app_profile(entry, self._corrections().get(entry.id))

    def correct(self, entry: AppEntry, feature: str, value: str, note: str = "") -> None:
        """Keep the parent's value for one catalogue feature; it wins over the bundled fact."""
        if feature not in FEATURES:
            raise UsageError(
                f"'{feature}' is not a catalogue feature.", hint=f"Use one of: {', '.join(FEATURES)}."
            )
        if value not in FEATURE_VALUES:
            raise UsageError(
                f"'{value}' is not a feature value.", hint=f"Use one of: {', '.join(FEATURE_VALUES)}."
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
