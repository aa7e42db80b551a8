"""What needs the parent's attention, most important first, and a card per child: the Family page's data.

Everything is read once for the household (children, apps, present contacts, talk plans, risk) and each
item carries its kind, the child, a one-line reason in plain words and a Target: what a button opens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from familyguard.risk.model import LEVELS, rank

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard
    from familyguard.domain import Child
    from familyguard.talks.service import Talks

# Every kind of item, in the order shown when two items are equally important.
KINDS: tuple[str, ...] = (
    "flagged_contacts",
    "shared_between_children",
    "same_person_across_apps",
    "talk_overdue",
    "stranger_request",
    "burst_of_new_contacts",
    "talk_due",
    "new_contacts",
    "under_age",
    "setting_unchecked",
    "old_import",
    "talk_upcoming",
)
# How important each kind is, as a risk level (its word and glyph are shown, never colour alone).
IMPORTANCE: dict[str, str] = {
    "flagged_contacts": "high",
    "shared_between_children": "high",
    "same_person_across_apps": "high",
    "talk_overdue": "medium",
    "stranger_request": "medium",
    "burst_of_new_contacts": "medium",
    "talk_due": "medium",
    "new_contacts": "medium",
    "under_age": "medium",
    "setting_unchecked": "medium",
    "old_import": "low",
    "talk_upcoming": "low",
}
TALK_KINDS = frozenset({"talk_overdue", "talk_due", "talk_upcoming"})


@dataclass(frozen=True)
class Target:
    """What an item's button opens: a page, and on it the child, app, talk plan, status or signal."""

    page: str  # "talks", "friends", "signals" or "apps" (the Children page)
    child_id: int | None = None
    app_id: str | None = None
    plan_id: int | None = None
    status: str | None = None  # friends: show only "new" or "flagged" contacts
    contacts: tuple[int, ...] = ()  # warning signs: the contacts behind the signal to select


@dataclass(frozen=True)
class AttentionItem:
    """One thing for the parent to do, with why, for whom, and where to do it."""

    kind: str
    child: str  # the child's name (children's names for a signal across children)
    reason: str
    target: Target

    @property
    def importance(self) -> str:
        """A risk level: high, medium or low."""
        return IMPORTANCE[self.kind]

    @property
    def is_talk(self) -> bool:
        return self.kind in TALK_KINDS

    def sort_key(self) -> tuple[int, int, str]:
        """Most important first, then by kind and child; ties keep the order they were found in."""
        return (-rank(self.importance), KINDS.index(self.kind), self.child.casefold())


@dataclass(frozen=True)
class NextTalk:
    """A child's next planned talk (`due`: its time has come and it is waiting)."""

    topic: str
    when: datetime
    due: bool


@dataclass(frozen=True)
class ChildCard:
    """A child at a glance: age, apps with their highest level, contacts to review, next talk."""

    child: Child
    age: int
    overall: str
    apps: tuple[tuple[str, str], ...]  # (app name, highest level), highest first
    new_contacts: int
    flagged_contacts: int
    next_talk: NextTalk | None


@dataclass(frozen=True)
class Overview:
    """The household's attention items (most important first) and its children's cards."""

    items: tuple[AttentionItem, ...]
    cards: tuple[ChildCard, ...]

    @property
    def calm(self) -> bool:
        """Nothing needs the parent's attention."""
        return not self.items


def household_overview(fg: FamilyGuard, talks: Talks) -> Overview:
    """Compute what needs attention and every child's card, reading each thing once."""
    from familyguard.overview_items import Household, app_items, contact_items, import_items
    from familyguard.overview_talks import next_talks, plan_times, talk_items

    house = Household.read(fg)
    times = plan_times(talks, talks.plans())
    today = fg.clock.today()
    risks = house.risks(fg.risk)
    items = [
        *contact_items(house),
        *app_items(house, risks, fg.catalogue, today),
        *import_items(house, fg.contacts, fg.clock.now()),
        *talk_items(talks, times, house.children),
    ]
    items.sort(key=AttentionItem.sort_key)
    upcoming = next_talks(talks, times)
    cards = []
    for child in sorted(house.children.values(), key=lambda c: c.name.casefold()):
        risk = risks[child.id]
        new, flagged = house.review_counts(child.id)
        cards.append(
            ChildCard(
                child,
                child.age(today),
                risk.overall if risk.apps else LEVELS[0],
                tuple((app.name, app.overall) for app in risk.apps),
                new,
                flagged,
                upcoming.get(child.id),
            )
        )
    return Overview(tuple(items), tuple(cards))
