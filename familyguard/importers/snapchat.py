"""Snapchat "My Data" (JSON): `json/friends.json` with its eight lists and the `Source` of each add."""

from __future__ import annotations

from collections.abc import Sequence

from familyguard.importers.documents import Doc
from familyguard.importers.model import Accumulator, Platform
from familyguard.importers.values import as_dict, as_list, parse_time, text
from familyguard.phrase import phrase

_LISTS = {
    "Friends": "friends",
    "Friend Requests Sent": "requests_sent",
    "Blocked Users": "blocked",
    "Deleted Friends": "removed_friends",
    "Hidden Friend Suggestions": "hidden_suggestions",
    "Ignored Snapchatters": "ignored",
    "Pending Requests": "requests_received",
    "Shortcuts": "shortcuts",
}


def _wants(path: str) -> bool:
    return path.rsplit("/", 1)[-1].startswith("friends") and path.endswith(".json")


def _recognise(doc: Doc) -> bool:
    data = as_dict(doc.data)
    return "Friends" in data or "Friend Requests Sent" in data


def _parse(docs: Sequence[Doc], acc: Accumulator) -> None:
    for doc in docs:
        data = as_dict(doc.data)
        for key, list_name in _LISTS.items():
            for entry in as_list(data.get(key)):
                item = as_dict(entry)
                handle = text(item.get("Username")) or None
                if handle is None and list_name == "shortcuts":
                    continue  # a shortcut entry names a group of friends, not a person
                since = parse_time(item.get("Creation Timestamp")) or parse_time(
                    item.get("Last Modified Timestamp")
                )
                acc.add(
                    list_name,
                    name=text(item.get("Display Name")),
                    handle=handle,
                    source=text(item.get("Source")) or None,
                    since=since,
                )


PLATFORM = Platform(
    app="snapchat",
    title="Snapchat",
    wants=_wants,
    recognise=_recognise,
    parse=_parse,
    howto=phrase(
        "errors",
        "In Snapchat go to accounts.snapchat.com → My Data, tick 'Export JSON files' and 'Friends', "
        "choose 'All time', and submit; then choose the downloaded mydata zip.",
    ),
)
