"""Result types of the importers and the accumulator that merges entries into contacts."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from familyguard.importers.documents import Doc

LIST_NAMES: tuple[str, ...] = (
    "friends",  # mutual friends (Facebook, Snapchat, Discord)
    "followers",
    "following",
    "requests_received",
    "requests_sent",
    "rejected_requests",
    "removed_friends",
    "unfollowed",
    "blocked",
    "restricted",
    "muted",
    "close_friends",
    "favorites",
    "story_hidden_from",
    "suggested",
    "hidden_suggestions",
    "dismissed_suggestions",
    "ignored",
    "shortcuts",
    "implicit",  # Discord: people the child interacts with but has not friended
    "contacts",  # phone/address-book contacts (Instagram synced contacts, Telegram)
    "frequent_contacts",
)

CANCEL_POLL_EVERY = 4096
"""Entries added between two polls of should_cancel while parsing one big file."""


class ImportCancelled(Exception):
    """The caller's should_cancel() returned True; nothing was imported."""


class ImportedContact(NamedTuple):
    """One person found in an export, merged across all lists they appear on (a tuple: an export
    holds tens of thousands)."""

    display_name: str
    handle: str | None
    platform_id: str | None
    lists: frozenset[str]
    source: str | None
    since: datetime | None


@dataclass(frozen=True)
class ParsedExport:
    """Everything read from one export, validated and ready to be written in one transaction."""

    platform: str
    contacts: tuple[ImportedContact, ...]
    list_counts: dict[str, int]
    notes: tuple[str, ...]
    files_read: tuple[str, ...]


@dataclass(frozen=True)
class Platform:
    """How one app's export is found, recognised and parsed."""

    app: str  # catalogue app id
    title: str  # name shown to the parent
    wants: Callable[[str], bool]  # lower-case member path -> worth opening in a multi-file export
    recognise: Callable[[Doc], bool]  # content check of an opened member
    parse: Callable[[Sequence[Doc], Accumulator], None]
    howto: str  # how the parent requests the right export


_NO_LISTS: frozenset[str] = frozenset()
Found = tuple[str, str | None, str | None, str | None, datetime | None]
"""One entry of a list as a parser found it: display name, handle, platform id, source, since."""
_NAME, _HANDLE, _ID, _LISTS, _SOURCE, _SINCE = range(6)
"""Positions in an entry: a list in ImportedContact's field order, mutable while people merge."""


class Accumulator:
    """Collects entries of one export, merging people found on several lists."""

    def __init__(self, app: str, should_cancel: Callable[[], bool] | None = None) -> None:
        self.app = app
        self._should_cancel = should_cancel
        self._entries: list[list[Any]] = []
        self._by_id: dict[str, list[Any]] = {}
        self._by_handle: dict[str, list[Any]] = {}  # lower case
        self._by_name: dict[str, list[list[Any]]] = {}  # people with neither id nor handle, in order
        self._name_seen: dict[tuple[str, str | None], int] = {}  # entries of a name seen on a list
        self._counts: dict[str, int] = {}
        self._notes: list[str] = []
        self._skipped = 0
        self._ticks = 0
        self._unions: dict[tuple[frozenset[str], str], frozenset[str]] = {}  # one frozenset per list set

    def check_cancel(self) -> None:
        """Raise ImportCancelled if the caller asked to stop."""
        if self._should_cancel is not None and self._should_cancel():
            raise ImportCancelled

    @property
    def empty(self) -> bool:
        """No person has been recorded yet."""
        return not self._entries

    def note(self, text: str) -> None:
        """Add a plain-language note for the parent (once)."""
        if text not in self._notes:
            self._notes.append(text)

    def add(
        self,
        list_name: str | None,
        name: str = "",
        handle: str | None = None,
        platform_id: str | None = None,
        source: str | None = None,
        since: datetime | None = None,
    ) -> None:
        """Record one entry (see add_many)."""
        self.add_many(list_name, ((name, handle, platform_id, source, since),))

    def add_many(self, list_name: str | None, found: Iterable[Found]) -> None:
        """Record entries of one list, merged by platform id, else handle (any case), else display name.

        Names are not unique (see _namesake). One call per list keeps the per-entry work of a
        50,000-person export to its loop.
        """
        by_id, by_handle, by_name, entries = self._by_id, self._by_handle, self._by_name, self._entries
        new_lists = self._union(_NO_LISTS, list_name) if list_name else _NO_LISTS
        ticks, skipped, repeats = self._ticks, 0, 0
        for name, handle, platform_id, source, since in found:
            ticks += 1
            if not ticks % CANCEL_POLL_EVERY:
                self.check_cancel()
            handle_key = handle.lower() if handle else None
            if platform_id:
                entry = by_id.get(platform_id)
                if entry is None and handle_key is not None:
                    entry = by_handle.get(handle_key)
                    if entry is not None and entry[_ID] not in (None, platform_id):
                        entry = None  # same handle, different account: keep both
            elif handle_key is not None:
                entry = by_handle.get(handle_key)
            elif name:
                entry = self._namesake(name, list_name)
            else:
                skipped += 1
                continue
            if entry is None:  # a new person: the common case, kept short
                entry = [name, handle, platform_id, new_lists, source, since]
                entries.append(entry)
                if platform_id:
                    by_id[platform_id] = entry
                if handle_key is not None:
                    by_handle.setdefault(handle_key, entry)
                elif not platform_id:
                    by_name.setdefault(name, []).append(entry)
                continue
            if name and not entry[_NAME]:
                entry[_NAME] = name
            if platform_id and entry[_ID] is None:
                entry[_ID] = platform_id
            if platform_id:
                by_id.setdefault(platform_id, entry)
            if handle_key is not None:
                by_handle.setdefault(handle_key, entry)
                if entry[_HANDLE] is None:
                    entry[_HANDLE] = handle
            if list_name:
                if list_name not in entry[_LISTS]:
                    entry[_LISTS] = self._union(entry[_LISTS], list_name)
                else:
                    repeats += 1  # the same person twice on one list
            if source and entry[_SOURCE] is None:
                entry[_SOURCE] = source
            if since is not None and (entry[_SINCE] is None or since < entry[_SINCE]):
                entry[_SINCE] = since
        counted = ticks - self._ticks - skipped - repeats  # people, each counted when they join the list
        if list_name is not None and counted:
            self._counts[list_name] = self._counts.get(list_name, 0) + counted
        self._ticks, self._skipped = ticks, self._skipped + skipped

    def add_named_person(
        self, lists: Sequence[str], name: str, source: str | None, since: datetime | None
    ) -> None:
        """One person known by name alone, with all their lists at once: a row of a file that gives
        one row per person (CSV), so never paired with a namesake as list-by-list exports are."""
        entry = [name, None, None, frozenset(lists), source, since]
        self._entries.append(entry)
        self._by_name.setdefault(name, []).append(entry)
        for list_name in set(lists):
            self._counts[list_name] = self._counts.get(list_name, 0) + 1

    def _namesake(self, name: str, list_name: str | None) -> list[Any] | None:
        """The person a name-only entry is: the n-th entry of a name on one list is the n-th person of
        that name, so namesakes on one list stay apart and pair up in list order across lists."""
        key = (name, list_name)
        seen = self._name_seen.get(key, 0)
        self._name_seen[key] = seen + 1
        people = self._by_name.get(name)
        return people[seen] if people is not None and seen < len(people) else None

    def _union(self, lists: frozenset[str], list_name: str) -> frozenset[str]:
        """lists | {list_name}, one frozenset per distinct set (an export has a handful)."""
        key = (lists, list_name)
        found = self._unions.get(key)
        if found is None:
            found = self._unions[key] = lists | {list_name}
        return found

    def build(self, files_read: Sequence[str]) -> ParsedExport:
        """Freeze everything collected into a ParsedExport."""
        notes = list(self._notes)
        if self._skipped:
            entries = "1 entry" if self._skipped == 1 else f"{self._skipped} entries"
            notes.append(f"{entries} had no name, username or id and were left out.")
        contacts = tuple([tuple.__new__(ImportedContact, e) for e in self._entries])  # _make, without checks
        counts = {name: self._counts[name] for name in LIST_NAMES if name in self._counts}
        return ParsedExport(self.app, contacts, counts, tuple(notes), tuple(files_read))
