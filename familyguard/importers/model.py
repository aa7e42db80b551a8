"""Result types of the importers and the accumulator that merges entries into contacts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

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


@dataclass(frozen=True)
class ImportedContact:
    """One person found in an export, merged across all lists they appear on."""

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


def _lists_of(list_name: str | None) -> frozenset[str]:
    return frozenset((list_name,)) if list_name else _NO_LISTS


class _Entry:
    __slots__ = ("display_name", "handle", "lists", "platform_id", "since", "source")

    def __init__(
        self,
        display_name: str,
        handle: str | None,
        platform_id: str | None,
        list_name: str | None,
        source: str | None,
        since: datetime | None,
    ) -> None:
        self.display_name = display_name
        self.handle = handle
        self.platform_id = platform_id
        self.lists: frozenset[str] = _lists_of(list_name)
        self.source = source
        self.since = since


class Accumulator:
    """Collects entries of one export, merging people found on several lists."""

    def __init__(self, app: str, should_cancel: Callable[[], bool] | None = None) -> None:
        self.app = app
        self._should_cancel = should_cancel
        self._entries: list[_Entry] = []
        self._keys: dict[str, _Entry] = {}  # "i"+id, "h"+lower handle, "n"+name
        self._counts: Counter[str] = Counter()
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
        """Record one entry, merged by platform id, else handle (any case), else display name."""
        self._ticks += 1
        if not self._ticks % CANCEL_POLL_EVERY:
            self.check_cancel()
        keys = self._keys
        handle_key = "h" + handle.lower() if handle else None
        if platform_id:
            entry = keys.get("i" + platform_id)
            if entry is None and handle_key is not None:
                entry = keys.get(handle_key)
                if entry is not None and entry.platform_id not in (None, platform_id):
                    entry = None  # same handle, different account: keep both
        elif handle_key is not None:
            entry = keys.get(handle_key)
        elif name:
            entry = keys.get("n" + name)
        else:
            self._skipped += 1
            return
        if list_name is not None:
            self._counts[list_name] += 1
        if entry is None:  # a new person: the common case, kept short
            entry = _Entry(name, handle, platform_id, list_name, source, since)
            if list_name:
                entry.lists = self._unions.setdefault((_NO_LISTS, list_name), entry.lists)
            self._entries.append(entry)
            if platform_id:
                keys["i" + platform_id] = entry
            if handle_key is not None:
                keys.setdefault(handle_key, entry)
            elif not platform_id:
                keys["n" + name] = entry
            return
        if name and not entry.display_name:
            entry.display_name = name
        if platform_id and entry.platform_id is None:
            entry.platform_id = platform_id
        if platform_id:
            keys.setdefault("i" + platform_id, entry)
        if handle_key is not None:
            keys.setdefault(handle_key, entry)
            if entry.handle is None:
                entry.handle = handle
        if list_name and list_name not in entry.lists:
            key = (entry.lists, list_name)
            lists = self._unions.get(key)
            if lists is None:
                lists = self._unions[key] = entry.lists | {list_name}
            entry.lists = lists
        if source and entry.source is None:
            entry.source = source
        if since is not None and (entry.since is None or since < entry.since):
            entry.since = since

    def build(self, files_read: Sequence[str]) -> ParsedExport:
        """Freeze everything collected into a ParsedExport."""
        notes = list(self._notes)
        if self._skipped:
            entries = "1 entry" if self._skipped == 1 else f"{self._skipped} entries"
            notes.append(f"{entries} had no name, username or id and were left out.")
        contacts = tuple(
            [
                ImportedContact(e.display_name, e.handle, e.platform_id, e.lists, e.source, e.since)
                for e in self._entries
            ]
        )
        counts = {name: self._counts[name] for name in LIST_NAMES if name in self._counts}
        return ParsedExport(self.app, contacts, counts, tuple(notes), tuple(files_read))
