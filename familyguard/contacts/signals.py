"""Signals over the whole household's present contacts, each with the contacts and reasons behind it.

* `shared_between_children`: the same account (platform id, else handle in any case) on one app is on
  two or more children's lists.
* `same_person_across_apps`: see contacts.similar; pairs where the parent said both sides are family,
  school or offline friends are left out.
* `burst_of_new_contacts`: BURST_COUNT or more people joined a connection list of one app within
  BURST_WINDOW, and at least one of them is not reviewed yet. "Joined" is the export's own date, else
  the day FamilyGuard first saw them, unless that was the app's first import (when everyone is new).
* `stranger_request`: a not yet reviewed contact who sent the child a request, or who was added through
  a stranger-discovery source (Quick Add, Find Friends, search, suggestions, nearby, Snap Map).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from familyguard.contacts.gc_pause import gc_paused
from familyguard.contacts.similar import Person, find_matches
from familyguard.domain import AppUse, Child
from familyguard.storage.contacts import LedgerContact

BURST_COUNT = 10
BURST_WINDOW = timedelta(days=2)
CONNECTION_LISTS = frozenset(
    {"friends", "followers", "following", "requests_received", "requests_sent", "close_friends", "contacts"}
)
REQUEST_LISTS = frozenset({"requests_received"})
STRANGER_SOURCES = ("quick add", "find friends", "search", "suggest", "nearby", "snap map")
KNOWN_RELATIONS = frozenset({"family", "school", "offline_friend"})


@dataclass(frozen=True)
class Involved:
    """One contact behind a signal, with whose list it is on and why it counts."""

    contact: LedgerContact
    child: Child
    use: AppUse
    reason: str


@dataclass(frozen=True)
class Signal:
    """Something about the children's contacts that deserves the parent's attention, explained."""

    kind: str
    involved: tuple[Involved, ...]
    explanation: str
    score: float | None = None
    fields: str | None = None

    @property
    def children(self) -> list[str]:
        return sorted({i.child.name for i in self.involved})

    @property
    def apps(self) -> list[str]:
        return sorted({i.use.app_id for i in self.involved})


def _who(c: LedgerContact) -> str:
    if c.handle and c.display_name and c.display_name != c.handle:
        return f"{c.display_name} (@{c.handle})"
    return f"@{c.handle}" if c.handle else c.display_name or f"id {c.platform_id}"


class _Household:
    def __init__(self, uses: Mapping[int, AppUse], children: Mapping[int, Child]) -> None:
        self.uses, self.children = uses, children

    def involved(self, c: LedgerContact, reason: str) -> Involved:
        use = self.uses[c.app_use_id]
        return Involved(c, self.children[use.child_id], use, reason)


def find_signals(
    contacts: Sequence[LedgerContact], uses: Mapping[int, AppUse], children: Mapping[int, Child]
) -> list[Signal]:
    """Every signal over the present contacts of the household (contacts of unknown app uses ignored)."""
    house = _Household(uses, children)
    with gc_paused():
        present = [c for c in contacts if c.removed is None and c.app_use_id in uses]
        return [
            *_shared(present, house),
            *_across_apps(present, house),
            *_bursts(present, house),
            *_strangers(present, house),
        ]


def _shared(contacts: Sequence[LedgerContact], house: _Household) -> list[Signal]:
    app_of = {use_id: use.app_id for use_id, use in house.uses.items()}
    first: dict[tuple[str, str], LedgerContact] = {}  # every account, in the order first met
    groups: dict[tuple[str, str], list[LedgerContact]] = {}  # only accounts met more than once
    for c in contacts:
        app = app_of[c.app_use_id]
        for key in (
            (app, "id:" + c.platform_id) if c.platform_id else None,
            (app, "@" + c.handle.lower()) if c.handle else None,
        ):
            if key is not None and first.setdefault(key, c) is not c:
                groups.setdefault(key, [first[key]]).append(c)
    signals, seen = [], set()
    for key in first:
        group = groups.get(key)
        if group is None:  # one contact is on one child's list: never a signal
            continue
        ids = frozenset(c.id for c in group)
        if ids in seen:
            continue
        seen.add(ids)
        kids = {house.uses[c.app_use_id].child_id for c in group}
        if len(kids) < 2:
            continue
        names = sorted(house.children[k].name for k in kids)
        app = house.uses[group[0].app_use_id].name
        involved = tuple(
            house.involved(c, f"on {house.children[house.uses[c.app_use_id].child_id].name}'s {app} list")
            for c in group
        )
        text = (
            f"{_who(group[0])} is on the {app} lists of {' and '.join(names)}:"
            " one account in touch with several of your children."
        )
        signals.append(Signal("shared_between_children", involved, text))
    return signals


def _across_apps(contacts: Sequence[LedgerContact], house: _Household) -> list[Signal]:
    by_id = {c.id: c for c in contacts}
    app_of = {use_id: use.app_id for use_id, use in house.uses.items()}
    people = [Person(c.id, app_of[c.app_use_id], c.handle, c.display_name) for c in contacts]
    signals = []
    for match in find_matches(people):
        a, b = by_id[match.first], by_id[match.second]
        if a.relation in KNOWN_RELATIONS and b.relation in KNOWN_RELATIONS:
            continue
        what = {"handle": "user names", "name": "full names", "handle~name": "a user name and a full name"}[
            match.fields
        ]
        involved = (house.involved(a, f"{match.fields} match"), house.involved(b, f"{match.fields} match"))
        apps = " and ".join(i.use.name for i in involved)
        text = (
            f"{_who(a)} and {_who(b)} on {apps} look like the same person:"
            f" their {what} match (score {match.score:g}/100)."
        )
        signals.append(Signal("same_person_across_apps", involved, text, match.score, match.fields))
    return signals


def _bursts(contacts: Sequence[LedgerContact], house: _Household) -> list[Signal]:
    per_use: dict[int, list[LedgerContact]] = defaultdict(list)
    for c in contacts:
        if not c.lists or not c.lists.isdisjoint(CONNECTION_LISTS):
            per_use[c.app_use_id].append(c)
    signals = []
    for use_id, group in per_use.items():
        first_import = min(c.first_seen for c in group)
        dated = sorted(
            (c.since or c.first_seen, c.id, c) for c in group if c.since or c.first_seen > first_import
        )
        best: tuple[int, int] = (0, 0)
        start = 0
        for end in range(len(dated)):
            while dated[end][0] - dated[start][0] > BURST_WINDOW:
                start += 1
            if end - start + 1 > best[1] - best[0]:
                best = (start, end + 1)
        window = [item[2] for item in dated[best[0] : best[1]]]
        if len(window) < BURST_COUNT or all(c.status != "new" for c in window):
            continue
        when: datetime = dated[best[0]][0]
        use = house.uses[use_id]
        involved = tuple(house.involved(c, "joined in the burst") for c in window)
        text = (
            f"{len(window)} people joined {house.children[use.child_id].name}'s {use.name} within "
            f"{BURST_WINDOW.days} days from {when.date().isoformat()}:"
            " a sudden rush of new contacts is worth a look."
        )
        signals.append(Signal("burst_of_new_contacts", involved, text))
    return signals


def _source_reason(source: str | None) -> str | None:
    lowered = (source or "").lower()
    found = next((s for s in STRANGER_SOURCES if s in lowered), None)
    return f"added through '{source}'" if found else None


def _strangers(contacts: Sequence[LedgerContact], house: _Household) -> list[Signal]:
    per_use: dict[int, list[Involved]] = defaultdict(list)
    by_source: dict[str | None, str | None] = {}  # sources repeat: each is looked at once
    for c in contacts:
        if c.status != "new":
            continue
        if not c.lists.isdisjoint(REQUEST_LISTS):
            reason: str | None = "sent a friend request"
        elif c.source in by_source:
            reason = by_source[c.source]
        else:
            reason = by_source[c.source] = _source_reason(c.source)
        if reason:
            per_use[c.app_use_id].append(house.involved(c, reason))
    signals = []
    for use_id, involved in per_use.items():
        use = house.uses[use_id]
        text = (
            f"{len(involved)} not yet reviewed on {house.children[use.child_id].name}'s {use.name} came from "
            "requests or stranger discovery (e.g. Quick Add, search):"
            " check whether the child knows them offline."
        )
        signals.append(Signal("stranger_request", tuple(involved), text))
    return signals
