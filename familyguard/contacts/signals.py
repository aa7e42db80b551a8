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

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import compress
from operator import lt

from familyguard.contacts.gc_pause import gc_paused
from familyguard.contacts.similar import People, match_columns
from familyguard.domain import AppUse, Child
from familyguard.phrase import and_list, mark, phrase
from familyguard.storage.contacts import LedgerContact

BURST_COUNT = 10
BURST_WINDOW = timedelta(days=2)
CONNECTION_LISTS = frozenset(
    {"friends", "followers", "following", "requests_received", "requests_sent", "close_friends", "contacts"}
)
REQUEST_LISTS = frozenset({"requests_received"})
STRANGER_SOURCES = ("quick add", "find friends", "search", "suggest", "nearby", "snap map")
KNOWN_RELATIONS = frozenset({"family", "school", "offline_friend"})
_LOOK_ALIKE = {  # by what matched
    "handle": mark(
        "signals",
        "{a} and {b} on {app_a} and {app_b} look like the same person:"
        " their user names match (score {score}/100).",
    ),
    "name": mark(
        "signals",
        "{a} and {b} on {app_a} and {app_b} look like the same person:"
        " their full names match (score {score}/100).",
    ),
    "handle~name": mark(
        "signals",
        "{a} and {b} on {app_a} and {app_b} look like the same person:"
        " a user name and a full name match (score {score}/100).",
    ),
}
_MATCH_REASONS = {
    "handle": phrase("signals", "handle match"),
    "name": phrase("signals", "name match"),
    "handle~name": phrase("signals", "handle~name match"),
}
_IN_BURST = phrase("signals", "joined in the burst")
_REQUEST = phrase("signals", "sent a friend request")


@dataclass(frozen=True, slots=True)
class Involved:
    """One contact behind a signal, with whose list it is on and why it counts."""

    contact: LedgerContact
    child: Child
    use: AppUse
    reason: str


@dataclass(frozen=True, slots=True)
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


def who(c: LedgerContact) -> str:
    """How a contact is named in a sentence: name (@handle), @handle, name, else their account id."""
    if c.handle and c.display_name and c.display_name != c.handle:
        return f"{c.display_name} (@{c.handle})"
    return f"@{c.handle}" if c.handle else c.display_name or phrase("signals", "id {id}", id=c.platform_id)


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
    platform_ids = [c.platform_id for c in contacts]
    handles = [c.handle and c.handle.lower() for c in contacts]
    groups: dict[tuple[int, int], list[LedgerContact]] = {}  # by where the account was first met, then kind
    for kind, values in enumerate((platform_ids, handles)):  # an account: platform id, else handle (any case)
        counts = Counter(values)  # counted in C: only the few values met twice are looked at again
        repeated = set(compress(counts, map((1).__lt__, counts.values()))) - {None, ""}
        if not repeated:
            continue
        first: dict[tuple[str, str | None], int] = {}
        for i in compress(range(len(values)), map(repeated.__contains__, values)):
            c = contacts[i]
            group = groups.setdefault((first.setdefault((app_of[c.app_use_id], values[i]), i), kind), [c])
            if group[0] is not c:  # the first contact met again is still one contact
                group.append(c)
    signals, seen = [], set()
    for _, group in sorted(groups.items()):
        if len(group) < 2:  # the value is another app's account too: one contact on one list, never a signal
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
            house.involved(
                c,
                phrase(
                    "signals",
                    "on {child}'s {app} list",
                    child=house.children[house.uses[c.app_use_id].child_id].name,
                    app=app,
                ),
            )
            for c in group
        )
        text = phrase(
            "signals",
            "{who} is on the {app} lists of {children}: one account in touch with several of your children.",
            who=who(group[0]),
            app=app,
            children=and_list(names),
        )
        signals.append(Signal("shared_between_children", involved, text))
    return signals


def _across_apps(contacts: Sequence[LedgerContact], house: _Household) -> list[Signal]:
    app_of = {use_id: use.app_id for use_id, use in house.uses.items()}
    columns = People(
        [c.id for c in contacts],
        [app_of[c.app_use_id] for c in contacts],
        [c.handle or "" for c in contacts],
        [c.display_name for c in contacts],
    )
    matches = match_columns(columns)
    matched = {key for match in matches for key in (match.first, match.second)}
    by_id = {c.id: c for c in contacts if c.id in matched}
    signals = []
    for match in matches:
        a, b = by_id[match.first], by_id[match.second]
        if a.relation in KNOWN_RELATIONS and b.relation in KNOWN_RELATIONS:
            continue
        reason = _MATCH_REASONS[match.fields]
        involved = (house.involved(a, reason), house.involved(b, reason))
        text = phrase(
            "signals",
            _LOOK_ALIKE[match.fields],
            a=who(a),
            b=who(b),
            app_a=involved[0].use.name,
            app_b=involved[1].use.name,
            score=f"{match.score:g}",
        )
        signals.append(Signal("same_person_across_apps", involved, text, match.score, match.fields))
    return signals


_Columns = tuple[list[LedgerContact], list[datetime | None], list[datetime]]  # contacts, since, first seen


def _by_id(group: list[LedgerContact], since: list[datetime | None], first_seen: list[datetime]) -> _Columns:
    """The columns in the order of the contacts' ids."""
    order = sorted(range(len(group)), key=lambda i: group[i].id)
    return [group[i] for i in order], [since[i] for i in order], [first_seen[i] for i in order]


def _busiest(
    group: list[LedgerContact], since: list[datetime | None], first_seen: list[datetime]
) -> tuple[datetime, list[LedgerContact]] | None:
    """The most of group (in id order) who joined within BURST_WINDOW, the earliest such run, with its start.

    None when fewer than BURST_COUNT. The columns since and first_seen are group's, read beforehand in one
    pass over all contacts: going back to the contacts of one app is slow when there are many.
    """
    first_import = min(first_seen)
    counted = [s is not None or f > first_import for s, f in zip(since, first_seen, strict=True)]
    dated = list(compress(group, counted))
    if len(dated) < BURST_COUNT:  # no need to sort them
        return None
    joined = [f if s is None else s for s, f in compress(zip(since, first_seen, strict=True), counted)]
    order = sorted(range(len(dated)), key=joined.__getitem__)  # by date, then id (the sort is stable)
    times = [joined[i] for i in order]
    start = last = 0
    for end, at in enumerate(times):  # the window never shrinks: it grows by one where a longer run ends
        if at - times[start] > BURST_WINDOW:
            start += 1
        else:
            last = end
    size = len(times) - start
    if size < BURST_COUNT:
        return None
    return times[last + 1 - size], [dated[i] for i in order[last + 1 - size : last + 1]]


def _bursts(contacts: Sequence[LedgerContact], house: _Household) -> list[Signal]:
    per_use: defaultdict[int, _Columns] = defaultdict(lambda: ([], [], []))
    for c in contacts:
        if not c.lists or not c.lists.isdisjoint(CONNECTION_LISTS):
            group, since, first_seen = per_use[c.app_use_id]
            group.append(c)
            since.append(c.since)
            first_seen.append(c.first_seen)
    ids = [c.id for c in contacts]
    in_id_order = all(map(lt, ids, ids[1:]))  # ties on a date go by id: the ledger's contacts come by id
    signals = []
    for use_id, columns in per_use.items():
        busiest = _busiest(*(columns if in_id_order else _by_id(*columns)))
        if busiest is None or all(c.status != "new" for c in busiest[1]):
            continue
        when, window = busiest
        use = house.uses[use_id]
        involved = tuple(house.involved(c, _IN_BURST) for c in window)
        text = phrase(
            "signals",
            "{count} people joined {child}'s {app} within {days} days from {day}:"
            " a sudden rush of new contacts is worth a look.",
            count=len(window),
            child=house.children[use.child_id].name,
            app=use.name,
            days=BURST_WINDOW.days,
            day=when.date().isoformat(),
        )
        signals.append(Signal("burst_of_new_contacts", involved, text))
    return signals


def _source_reason(source: str | None) -> str | None:
    lowered = (source or "").lower()
    found = next((s for s in STRANGER_SOURCES if s in lowered), None)
    return phrase("signals", "added through '{source}'", source=source) if found else None


def _strangers(contacts: Sequence[LedgerContact], house: _Household) -> list[Signal]:
    per_use: dict[int, list[Involved]] = defaultdict(list)
    by_source: dict[str | None, str | None] = {}  # sources repeat: each is looked at once
    for c in contacts:
        if c.status != "new":
            continue
        if not c.lists.isdisjoint(REQUEST_LISTS):
            reason: str | None = _REQUEST
        elif c.source in by_source:
            reason = by_source[c.source]
        else:
            reason = by_source[c.source] = _source_reason(c.source)
        if reason:
            per_use[c.app_use_id].append(house.involved(c, reason))
    signals = []
    for use_id, involved in per_use.items():
        use = house.uses[use_id]
        text = phrase(
            "signals",
            "{count} not yet reviewed on {child}'s {app} came from requests or stranger discovery"
            " (e.g. Quick Add, search): check whether the child knows them offline.",
            count=len(involved),
            child=house.children[use.child_id].name,
            app=use.name,
        )
        signals.append(Signal("stranger_request", tuple(involved), text))
    return signals
