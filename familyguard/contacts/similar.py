"""Same person across apps: handles and full names matched fuzzily, without quadratic work.

Handles are normalised (case folded, accents and every separator removed: `Jake_2009` → `jake2009`).
A handle only counts when it is distinctive (at least MIN_HANDLE characters after normalising), so
`emma` or `max` alone never match. Display names count only when they are a full name (at least two
words of two letters or more), so two different "Emma"s on two apps do not match.

* handle ↔ handle: normalised handles bucketed by their first PREFIX characters, scored inside each
  bucket with rapidfuzz's ratio; a pair matches at HANDLE_SCORE or more (identical handles score 100).
* full name ↔ full name: the same words in any order (score 100).
* handle ↔ full name: the handle equals the name's letters and digits run together (`jakemiller`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import fuzz

MIN_HANDLE = 6
HANDLE_SCORE = 90.0
PREFIX = 3
MAX_BUCKET = 400  # a bigger bucket (a very common prefix) is compared on identical handles only
MAX_GROUP = 12  # a name or handle shared by more people is too common to point at one person


class Person(NamedTuple):
    """What the matcher needs of one contact: an opaque key, the app it is on, handle and name."""

    key: int
    app: str
    handle: str | None
    name: str


@dataclass(frozen=True)
class Match:
    """Two contacts on different apps that look like the same person."""

    first: int
    second: int
    score: float
    fields: str  # "handle", "name" or "handle~name"


_NOT_ASCII_ALNUM = re.compile(r"[^a-z0-9]+")


def normalise(text: str) -> str:
    """Lower case, accents removed, only letters and digits kept."""
    if text.isascii():  # the common case: casefold is lower() and NFKD changes nothing
        return _NOT_ASCII_ALNUM.sub("", text.lower())
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if ch.isalnum() and ch.isascii())


def full_name(name: str) -> str | None:
    """The name's words, normalised and sorted, when it is a full name; else None."""
    words = sorted(w for w in (normalise(part) for part in name.split()) if len(w) >= 2)
    return " ".join(words) if len(words) >= 2 else None


def _pairs(group: Sequence[Person]) -> Iterable[tuple[Person, Person]]:
    if len(group) > MAX_GROUP:
        return
    for i, a in enumerate(group):
        for b in group[i + 1 :]:
            if a.app != b.app:
                yield a, b


def _similar(bucket: list[str]) -> Iterable[tuple[str, str, float]]:
    """Pairs of different handles of one bucket scoring HANDLE_SCORE or more (lengths pruned first)."""
    ordered = sorted(bucket, key=len)
    longest = 2 * 100.0 / HANDLE_SCORE - 1  # ratio >= HANDLE_SCORE needs len(y) <= len(x) * longest
    for i, x in enumerate(ordered):
        for y in ordered[i + 1 :]:
            if len(y) > len(x) * longest:
                break
            score = fuzz.ratio(x, y, score_cutoff=HANDLE_SCORE)
            if score:
                yield x, y, score


def find_matches(people: Sequence[Person]) -> list[Match]:
    """Every pair of people on different apps whose handles or full names match."""
    found: dict[tuple[int, int], Match] = {}

    def keep(a: Person, b: Person, score: float, fields: str) -> None:
        pair = (min(a.key, b.key), max(a.key, b.key))
        if pair not in found or found[pair].score < score:
            found[pair] = Match(pair[0], pair[1], round(score, 1), fields)

    handles: dict[str, list[Person]] = defaultdict(list)
    names: dict[str, list[Person]] = defaultdict(list)
    full_names: dict[str, str | None] = {}  # display names repeat a lot: normalise each once
    for p in people:
        handle = normalise(p.handle) if p.handle else ""
        if len(handle) >= MIN_HANDLE:
            handles[handle].append(p)
        name = full_names.get(p.name, "")
        if name == "":
            name = full_names[p.name] = full_name(p.name)
        if name:
            names[name].append(p)
    for group in names.values():
        for a, b in _pairs(group) if len(group) > 1 else ():
            keep(a, b, 100.0, "name")
    for name, group in names.items():
        if len(group) > MAX_GROUP:
            continue
        for b in handles.get(name.replace(" ", ""), ()):
            for a in group:
                if a.app != b.app:
                    keep(a, b, 100.0, "handle~name")
    buckets: dict[str, list[str]] = defaultdict(list)
    for handle in handles:
        buckets[handle[:PREFIX]].append(handle)
    for bucket in buckets.values():
        for handle in bucket:
            group = handles[handle]
            for a, b in _pairs(group) if len(group) > 1 else ():
                keep(a, b, 100.0, "handle")
        if len(bucket) <= MAX_BUCKET:
            for x, y, score in _similar(bucket):
                for a in handles[x]:
                    for b in handles[y]:
                        if a.app != b.app:
                            keep(a, b, score, "handle")
    return sorted(found.values(), key=lambda m: (-m.score, m.first, m.second))
