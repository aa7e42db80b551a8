"""Attention items about contacts, warning signs, apps and old imports (see overview.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from familyguard.contacts.matching import MANUAL_SOURCE
from familyguard.contacts.signals import who
from familyguard.domain.app_settings import SETTING_LABELS
from familyguard.overview import AttentionItem, Target
from familyguard.phrase import Phrase, and_list, comma_list, phrase, short_date, verbatim
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

    def whose(self, use: AppUse) -> Phrase:
        """The child's app in words, e.g. Ella's Snapchat."""
        return phrase("overview", "{child}'s {app}", child=self.children[use.child_id].name, app=use.name)


def _people(count: int) -> Phrase:
    return phrase("overview", "{count} contact" if count == 1 else "{count} contacts", count=count)


def contact_items(house: Household) -> Iterator[AttentionItem]:
    """Flagged and new contacts per child and app, then the warning signs across the household."""
    for use_id, use in house.uses.items():
        child = house.children[use.child_id]
        friends = Target("friends", child.id, use.app_id)
        flagged = house.flagged.get(use_id)
        if flagged:
            names = ", ".join(who(c) for c in flagged[:3]) + (", …" if len(flagged) > 3 else "")
            reason = phrase(
                "overview",
                "You flagged {people} on {whose} ({names}): look at it together, keep evidence, then block"
                " and report.",
                people=_people(len(flagged)),
                whose=house.whose(use),
                names=names,
            )
            yield AttentionItem(
                "flagged_contacts",
                child.name,
                reason,
                Target(friends.page, child.id, use.app_id, status="flagged"),
            )
        new = house.new.get(use_id)
        if new:
            reason = phrase(
                "overview",
                "{count} contact on {whose} is not reviewed yet: go through them with {child}."
                if len(new) == 1
                else "{count} contacts on {whose} are not reviewed yet: go through them with {child}.",
                count=len(new),
                whose=house.whose(use),
                child=child.name,
            )
            yield AttentionItem(
                "new_contacts", child.name, reason, Target(friends.page, child.id, use.app_id, status="new")
            )
    for signal in house.signals:
        first = signal.involved[0]
        said: str = signal.explanation
        if signal.kind == "same_person_across_apps":  # say whose lists: two pairs may read alike
            lists = and_list([house.whose(i.use) for i in signal.involved])
            said = phrase("overview", "{explanation} On {lists}.", explanation=said, lists=lists)
        yield AttentionItem(
            signal.kind,
            " and ".join(signal.children),
            said,
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
            reason = phrase(
                "overview",
                "{child} is {age}, younger than {app}'s minimum age of {min_age}: decide together whether"
                " {app} is right before {min_age}.",
                child=child.name,
                age=age,
                app=entry.name,
                min_age=entry.min_age,
            )
            yield AttentionItem("under_age", child.name, reason, target)
        risk = levels.get((child.id, use.app_id))
        high = {d.id for d in risk.dimensions if d.level == "high"} if risk else set()
        unchecked = [
            rule
            for rule in SETTING_RULES
            if rule.key in entry.settings and rule.key not in use.settings and high & set(rule.protects)
        ]
        if unchecked:
            dimensions = sorted({d for rule in unchecked for d in rule.protects if d in high})
            settings = [
                phrase("overview", "“{setting}”", setting=verbatim("words", SETTING_LABELS[rule.key]))
                for rule in unchecked
            ]
            reason = phrase(
                "overview",
                "{whose} is high on {dimensions}; not checked yet: {settings}.",
                whose=house.whose(use),
                dimensions=and_list([DIMENSION_LABELS[d] for d in dimensions]),
                settings=comma_list(settings),
            )
            yield AttentionItem("setting_unchecked", child.name, reason, target)


def import_items(house: Household, contacts: ContactRepository, now: datetime) -> Iterator[AttentionItem]:
    """Friend lists whose latest import (one that changed nothing too) is older than OLD_IMPORT.

    An import marks everyone it lists as seen, so only lists whose imported contacts were all last seen
    before then can be old: their latest import times are read, the others' are not.
    """
    last_seen: dict[int, datetime] = {}
    for c in house.contacts:
        if c.source != MANUAL_SOURCE:
            last_seen[c.app_use_id] = max(c.last_seen, last_seen.get(c.app_use_id, c.last_seen))
    maybe_old = sorted(u for u, seen in last_seen.items() if now - seen > OLD_IMPORT)
    for use_id, imported in sorted(contacts.latest_import_times(maybe_old).items()):
        use = house.uses[use_id]
        taken = max(imported, use.lists_checked or imported)
        if now - taken <= OLD_IMPORT:
            continue
        reason = phrase(
            "overview",
            "{whose} list was last imported {ago} ({date}): import a fresh copy to see who is new.",
            whose=house.whose(use),
            ago=_ago(now - taken),
            date=short_date(taken),
        )
        yield AttentionItem(
            "old_import",
            house.children[use.child_id].name,
            reason,
            Target("friends", use.child_id, use.app_id),
        )


def _ago(age: timedelta) -> Phrase:
    """A rough age in words, e.g. 3 months ago (always more than OLD_IMPORT)."""
    months = age.days // 30
    if months >= 2:
        return phrase("overview", "{months} months ago", months=months)
    return phrase("overview", "{weeks} weeks ago", weeks=age.days // 7)
