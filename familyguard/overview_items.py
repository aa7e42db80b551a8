"""Attention items about contacts, warning signs, apps and old imports (see overview.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from familyguard.contacts.matching import MANUAL_SOURCE
from familyguard.domain.app_settings import SETTING_LABELS
from familyguard.overview import AttentionItem, Target
from familyguard.risk.rules import DIMENSION_LABELS, SETTING_RULES

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard
    from familyguard.assessment import Assessment
    from familyguard.catalog import Catalogue
    from familyguard.contacts.signals import Signal
    from familyguard.domain import AppUse, Child
    from familyguard.risk.model import ChildRisk
    from familyguard.storage.contacts import ContactRepository, LedgerContact

OLD_IMPORT = timedelta(days=60)  # a friend list imported longer ago than this is worth importing again


@dataclass
class Household:
    """The household read once: children, their app uses and the contacts still on their lists."""

    children: dict[int, Child]
    uses: dict[int, AppUse]
    contacts: list[LedgerContact]
    signals: list[Signal]
    new: dict[int, list[LedgerContact]] = field(default_factory=lambda: defaultdict(list))
    flagged: dict[int, list[LedgerContact]] = field(default_factory=lambda: defaultdict(list))

    def __post_init__(self) -> None:
        for contact in self.contacts:
            if contact.status == "new":
                self.new[contact.app_use_id].append(contact)
            elif contact.status == "flagged":
                self.flagged[contact.app_use_id].append(contact)

    @classmethod
    def read(cls, fg: FamilyGuard) -> Household:
        children = {child.id: child for child in fg.household.children.all()}
        uses = {use.id: use for cid in children for use in fg.household.apps.for_child(cid)}
        present = [c for c in fg.contacts.present() if c.app_use_id in uses]
        return cls(children, uses, present, fg.ledger.signals())

    def risks(self, assessment: Assessment) -> dict[int, ChildRisk]:
        """Every child's risk, warning signs included."""
        return assessment.children(self.children.values())

    def review_counts(self, child_id: int) -> tuple[int, int]:
        """How many of the child's contacts are new (not reviewed yet), and how many are flagged."""
        mine = [use_id for use_id, use in self.uses.items() if use.child_id == child_id]
        return sum(len(self.new.get(u, ())) for u in mine), sum(len(self.flagged.get(u, ())) for u in mine)

    def whose(self, use: AppUse) -> str:
        """The child's app in words, e.g. Ella's Snapchat."""
        return f"{self.children[use.child_id].name}'s {use.name}"


def _people(count: int) -> str:
    return f"{count} contact{'s' if count != 1 else ''}"


def _who(contact: LedgerContact) -> str:
    if contact.handle and contact.display_name and contact.display_name != contact.handle:
        return f"{contact.display_name} (@{contact.handle})"
    return f"@{contact.handle}" if contact.handle else contact.display_name


def contact_items(house: Household) -> Iterator[AttentionItem]:
    """Flagged and new contacts per child and app, then the warning signs across the household."""
    for use_id, use in house.uses.items():
        child = house.children[use.child_id]
        friends = Target("friends", child.id, use.app_id)
        flagged = house.flagged.get(use_id)
        if flagged:
            names = ", ".join(_who(c) for c in flagged[:3]) + (", …" if len(flagged) > 3 else "")
            yield AttentionItem(
                "flagged_contacts",
                child.name,
                f"You flagged {_people(len(flagged))} on {house.whose(use)} ({names}):"
                " look at it together, keep evidence, then block and report.",
                Target(friends.page, child.id, use.app_id, status="flagged"),
            )
        new = house.new.get(use_id)
        if new:
            verb = "are" if len(new) != 1 else "is"
            yield AttentionItem(
                "new_contacts",
                child.name,
                f"{_people(len(new)).capitalize()} on {house.whose(use)} {verb} not reviewed yet:"
                f" go through them with {child.name}.",
                Target(friends.page, child.id, use.app_id, status="new"),
            )
    for signal in house.signals:
        first = signal.involved[0]
        reason = signal.explanation
        if signal.kind == "same_person_across_apps":  # say whose lists: two pairs may read alike
            reason += " On " + " and ".join(house.whose(i.use) for i in signal.involved) + "."
        yield AttentionItem(
            signal.kind,
            " and ".join(signal.children),
            reason,
            Target("signals", first.child.id, first.use.app_id, contacts=signal_key(signal)),
        )


def signal_key(signal: Signal) -> tuple[int, ...]:
    """The ids of the contacts behind a signal: what tells two signals apart."""
    return tuple(sorted(i.contact.id for i in signal.involved))


def app_items(
    house: Household, risks: Mapping[int, ChildRisk], catalogue: Catalogue, today: date
) -> Iterator[AttentionItem]:
    """Apps the child is too young for, and apps high on a dimension a setting not checked yet protects."""
    levels = {
        (child_id, app.app_id): app for child_id, risk in risks.items() for app in risk.apps
    }  # (child, app id) -> the app's risk for that child
    for use in house.uses.values():
        entry = None if use.is_custom else catalogue.get(use.app_id)
        if entry is None:
            continue
        child = house.children[use.child_id]
        target = Target("apps", child.id, use.app_id)
        age = child.age(today)
        if entry.min_age_fact.value != "unknown" and age < entry.min_age:
            yield AttentionItem(
                "under_age",
                child.name,
                f"{child.name} is {age}, younger than {entry.name}'s minimum age of {entry.min_age}:"
                f" decide together whether {entry.name} is right before {entry.min_age}.",
                target,
            )
        risk = levels.get((child.id, use.app_id))
        high = {d.id for d in risk.dimensions if d.level == "high"} if risk else set()
        unchecked = [
            rule
            for rule in SETTING_RULES
            if rule.key in entry.settings and rule.key not in use.settings and high & set(rule.protects)
        ]
        if unchecked:
            dimensions = sorted({d for rule in unchecked for d in rule.protects if d in high})
            settings = ", ".join(f"“{SETTING_LABELS[rule.key]}”" for rule in unchecked)
            yield AttentionItem(
                "setting_unchecked",
                child.name,
                f"{house.whose(use)} is high on {' and '.join(DIMENSION_LABELS[d] for d in dimensions)};"
                f" not checked yet: {settings}.",
                target,
            )


def import_items(house: Household, contacts: ContactRepository, now: datetime) -> Iterator[AttentionItem]:
    """Friend lists whose latest import is older than OLD_IMPORT.

    An import marks everyone it lists as seen, so only lists whose imported contacts were all last seen
    before then can be old: their snapshots are read, the others' are not.
    """
    last_seen: dict[int, datetime] = {}
    for c in house.contacts:
        if c.source != MANUAL_SOURCE:
            last_seen[c.app_use_id] = max(c.last_seen, last_seen.get(c.app_use_id, c.last_seen))
    for use_id in sorted(u for u, seen in last_seen.items() if now - seen > OLD_IMPORT):
        imports = [s for s in contacts.snapshots(use_id) if s.kind == "import"]
        if not imports or now - imports[-1].taken_at <= OLD_IMPORT:
            continue
        use, taken = house.uses[use_id], imports[-1].taken_at
        yield AttentionItem(
            "old_import",
            house.children[use.child_id].name,
            f"{house.whose(use)} list was last imported {_ago(now - taken)} ({taken:%d %b %Y}):"
            " import a fresh copy to see who is new.",
            Target("friends", use.child_id, use.app_id),
        )


def _ago(age: timedelta) -> str:
    """A rough age in words, e.g. 3 months ago (always more than OLD_IMPORT)."""
    months = age.days // 30
    return f"{months} months ago" if months >= 2 else f"{age.days // 7} weeks ago"
