"""Facebook "Download your information" (JSON): friends, followers, following, requests, removed.

Eras: `friends/friends.json` with `friends` (2018-20); `friends_and_followers/*.json` with `*_v2`
keys (2021-23); `connections/friends|followers/*.json` with `friends_v2`, `followers_v3`,
`following_v3` (2023+). Names are Meta mojibake and are repaired; Facebook gives no ids or handles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from familyguard.importers.documents import Doc
from familyguard.importers.model import Accumulator, Platform
from familyguard.importers.values import as_dict, as_list, fix_mojibake, from_unix, label_values, text
from familyguard.phrase import phrase

_KEY = re.compile(
    r"(friends|followers|following|received_requests|sent_requests|deleted_friends|rejected_requests)(_v\d+)?"
)
_LISTS = {
    "friends": "friends",
    "followers": "followers",
    "following": "following",
    "received_requests": "requests_received",
    "sent_requests": "requests_sent",
    "deleted_friends": "removed_friends",
    "rejected_requests": "rejected_requests",
}
_SUGGESTION_FILES = frozenset({"suggested_friends", "people_you_may_know"})
_FOLDERS = ("friends/", "friends_and_followers/", "following_and_followers/", "connections/followers/")


def _wants(path: str) -> bool:
    return path.endswith(".json") and any(folder in path for folder in _FOLDERS)


def _list_keys(data: object) -> list[tuple[str, str]]:
    """(JSON key, list name) for every friend-list key of a Facebook file."""
    found = []
    for key, value in as_dict(data).items():
        match = _KEY.fullmatch(key)
        if match and (value is None or isinstance(value, list)):
            found.append((key, _LISTS[match.group(1)]))
    return found


def _recognise(doc: Doc) -> bool:
    if doc.stem in _SUGGESTION_FILES and isinstance(doc.data, list):
        return "friends/" in doc.name or len(doc.name.split("/")) == 1
    keys, data = _list_keys(doc.data), as_dict(doc.data)
    return bool(keys) and all("name" in as_dict(entry) for key, _ in keys for entry in as_list(data[key])[:1])


def _parse(docs: Sequence[Doc], acc: Accumulator) -> None:
    for doc in docs:
        if doc.stem in _SUGGESTION_FILES:
            for record in as_list(doc.data):
                labels = label_values(record)
                acc.add("suggested", name=fix_mojibake(text(labels.get("name"))))
            continue
        data = as_dict(doc.data)
        for key, list_name in _list_keys(data):
            for entry in as_list(data[key]):
                item = as_dict(entry)
                name = fix_mojibake(text(item.get("name")))
                acc.add(list_name, name=name, since=from_unix(item.get("timestamp")))
    if any(doc.stem not in _SUGGESTION_FILES for doc in docs):
        acc.note(
            "Facebook exports only names, no usernames: people with the same name are kept apart,"
            " but which of them is on which other list follows list order and may be mixed up."
        )


PLATFORM = Platform(
    app="facebook",
    title="Facebook",
    wants=_wants,
    recognise=_recognise,
    parse=_parse,
    howto=phrase(
        "errors",
        "In Facebook open Accounts Center → Your information and permissions → Download your "
        "information, pick 'Connections' (friends and followers), format JSON and date range 'All time'.",
    ),
)
