"""Same person across apps: handles and full names matched fuzzily, without quadratic work.

Handles are normalised (case folded, accents and every separator removed: `Jake_2009` → `jake2009`).
A handle only counts when it is distinctive (at least MIN_HANDLE characters after normalising), so
`emma` or `max` alone never match. Display names count only when they are a full name (at least two
words of two letters or more), so two different "Emma"s on two apps do not match.

* handle ↔ handle: identical normalised handles score 100. Other pairs are scored with rapidfuzz's
  ratio (a match at HANDLE_SCORE or more) only when they are near each other in a block, so the work
  grows linearly with the handles: a handle with digits is blocked by its letters and ordered by its
  digits (`darkwolf77` ~ `darkwolf777`), one without by its first PREFIX letters (`jakemiller` ~
  `jakemillr`); each is scored against the WINDOW next ones. A handle with fewer than MIN_LETTERS
  letters only matches when identical: in `max1234` ~ `max12345` the number is all there is.
* full name ↔ full name: the same words in any order (score 100).
* handle ↔ full name: the handle equals the name's letters and digits run together (`jakemiller`).
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import fuzz

MIN_HANDLE = 6
HANDLE_SCORE = 90.0
MIN_LETTERS = 5  # fewer letters (`max1234` ~ `max12345`): only the identical handle matches
WINDOW = 2
PREFIX = 4
MAX_GROUP = 12  # a name or handle shared by more people is too common to point at one person


class Person(NamedTuple):
    """What the matcher needs of one contact: an opaque key, the app it is on, handle and name."""

    key: int
    app: str
    handle: str | None
    name: str


class People(NamedTuple):
    """The matcher's input as columns, one entry per contact: cheaper to make than a Person each."""

    keys: Sequence[int]
    apps: Sequence[str]
    handles: Sequence[str]  # "" for none
    names: Sequence[str]


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
        lowered = text.lower()
        joined = lowered.replace(".", "").replace("_", "")  # the usual separators, without a regex
        return joined if joined.isalnum() else _NOT_ASCII_ALNUM.sub("", lowered)
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if ch.isalnum() and ch.isascii())


_ASCII_NOISE = str.maketrans(  # every ASCII character but letters, digits and the line break
    "", "", "".join(c for c in map(chr, range(128)) if not c.isalnum() and c != "\n")
)


def normalise_all(texts: Sequence[str]) -> list[str]:
    """normalise() of each text, in one pass over them all when they are plain ASCII (the usual case)."""
    joined = "\n".join(texts)
    if texts and joined.isascii() and joined.count("\n") == len(texts) - 1:
        return joined.lower().translate(_ASCII_NOISE).split("\n")
    return [normalise(text) for text in texts]


def full_name(name: str) -> str | None:
    """The name's words, normalised and sorted, when it is a full name; else None."""
    words = sorted(w for w in (normalise(part) for part in name.split()) if len(w) >= 2)
    return " ".join(words) if len(words) >= 2 else None


def _full_name_groups(names: Sequence[str], handles: Mapping[str, int]) -> dict[str, list[int]]:
    """Where the people are, by full name, for the names that can match: shared by 2 to MAX_GROUP
    people, or (up to MAX_GROUP people) the same as a handle run together. Each name is read once."""
    counts = Counter(names)
    full = {name: full_name(name) for name in counts}
    sizes: Counter[str] = Counter()
    for name, count in counts.items():
        if found := full[name]:
            sizes[found] += count
    wanted = {
        name
        for name, found in full.items()
        if found and sizes[found] <= MAX_GROUP and (sizes[found] > 1 or found.replace(" ", "") in handles)
    }
    groups: dict[str, list[int]] = defaultdict(list)
    for i in [i for i, name in enumerate(names) if name in wanted]:
        groups[full[names[i]] or ""].append(i)
    return groups


def _pairs(group: Sequence[int], apps: Sequence[str]) -> Iterable[tuple[int, int]]:
    """Every two of the group (positions in the input) that are on different apps; none for a crowd."""
    if len(group) > MAX_GROUP:
        return
    for n, i in enumerate(group):
        for j in group[n + 1 :]:
            if apps[i] != apps[j]:
                yield i, j


_DROP_DIGITS = str.maketrans("", "", string.digits)
_DROP_LETTERS = str.maketrans("", "", string.ascii_lowercase)


def _candidates(handles: Iterable[str]) -> Iterable[tuple[str, str]]:
    """Pairs of different normalised handles worth scoring: neighbours in a block (see above)."""
    blocks: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for handle in handles:
        letters = handle.rstrip(string.digits)  # the common case: letters, then digits
        if len(letters) < MIN_LETTERS:  # no more letters than that
            continue
        if not (letters.isalpha() and letters.islower()):
            letters = handle.translate(_DROP_DIGITS)
            if len(letters) < MIN_LETTERS:
                continue
        if len(letters) < len(handle):
            blocks[letters].append((handle.translate(_DROP_LETTERS), handle))
        else:
            blocks["~" + handle[:PREFIX]].append((handle, handle))
    for block in blocks.values():
        if len(block) > 1:
            ordered = [handle for _, handle in sorted(block)]
            for step in range(1, WINDOW + 1):
                yield from zip(ordered, ordered[step:], strict=False)


def _similar(handles: Iterable[str]) -> Iterable[tuple[str, str, float]]:
    """Pairs of different handles scoring HANDLE_SCORE or more (lengths pruned first)."""
    longest = 2 * 100.0 / HANDLE_SCORE - 1  # ratio >= HANDLE_SCORE needs len(y) <= len(x) * longest
    for x, y in _candidates(handles):
        if max(len(x), len(y)) <= min(len(x), len(y)) * longest:
            score = fuzz.ratio(x, y, score_cutoff=HANDLE_SCORE)
            if score:
                yield x, y, score


def find_matches(people: Sequence[Person]) -> list[Match]:
    """Every pair of people on different apps whose handles or full names match."""
    return match_columns(
        People(
            [p.key for p in people],
            [p.app for p in people],
            [p.handle or "" for p in people],
            [p.name for p in people],
        )
    )


def match_columns(people: People) -> list[Match]:
    """find_matches over columns (what the warning signs use: no Person is made per contact)."""
    keys, apps = people.keys, people.apps
    found: dict[tuple[int, int], Match] = {}

    def keep(i: int, j: int, score: float, fields: str) -> None:
        pair = (min(keys[i], keys[j]), max(keys[i], keys[j]))
        if pair not in found or found[pair].score < score:
            found[pair] = Match(pair[0], pair[1], round(score, 1), fields)

    handles = normalise_all(people.handles)
    where = dict(zip(handles, range(len(handles)), strict=True))  # where each distinct handle is (the last)
    for short in [h for h in where if len(h) < MIN_HANDLE]:
        del where[short]
    shared = {h for h, count in Counter(handles).items() if count > 1 and h in where}
    repeated: dict[str, list[int]] = {h: [] for h in shared}  # only handles several people have
    for i in [i for i, handle in enumerate(handles) if handle in shared] if shared else ():
        repeated[handles[i]].append(i)
    names = _full_name_groups(people.names, where)

    def holders(handle: str) -> Sequence[int]:
        if handle in repeated:
            return repeated[handle]
        return (where[handle],) if handle in where else ()

    for group in names.values():
        for i, j in _pairs(group, apps):
            keep(i, j, 100.0, "name")
    for name, group in names.items():
        for j in holders(name.replace(" ", "")):
            for i in group:
                if apps[i] != apps[j]:
                    keep(i, j, 100.0, "handle~name")
    for group in repeated.values():
        for i, j in _pairs(group, apps):
            keep(i, j, 100.0, "handle")
    for x, y, score in _similar(where):
        xs, ys = holders(x), holders(y)
        if len(xs) > MAX_GROUP or len(ys) > MAX_GROUP:
            continue
        for i in xs:
            for j in ys:
                if apps[i] != apps[j]:
                    keep(i, j, score, "handle")
    return sorted(found.values(), key=lambda m: (-m.score, m.first, m.second))
