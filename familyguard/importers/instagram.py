"""Instagram "Download your information" (JSON): followers, following and the other relationship lists.

Eras: root `connections.json` maps (<= 2020); `followers_and_following/*.json` wrapped in
`relationships_*` (2021-22); bare-array `followers_N.json` split files (2023+); the late-2025
`following.json` entry shape (username in `title`, `/_u/` links); label_values blocked records
(2026); synced phone contacts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from familyguard.importers.documents import Doc
from familyguard.importers.model import Accumulator, Found, Platform
from familyguard.importers.values import (
    as_dict,
    as_list,
    fix_mojibake,
    from_unix,
    label_values,
    parse_time,
    text,
)
from familyguard.phrase import phrase

_PREFIX = "relationships_"
_LISTS = {
    "followers": "followers",
    "following": "following",
    "close_friends": "close_friends",
    "follow_requests_sent": "requests_sent",
    "permanent_follow_requests": "requests_sent",
    "follow_requests_received": "requests_received",
    "unfollowed_users": "unfollowed",
    "blocked_users": "blocked",
    "restricted_users": "restricted",
    "hide_stories_from": "story_hidden_from",
    "dismissed_suggested_users": "dismissed_suggestions",
    "feed_favorites": "favorites",
}
_FILE_LISTS = {  # bare arrays and single records carry no key: the file name says which list
    "following": "following",
    "close_friends": "close_friends",
    "blocked_profiles": "blocked",
    "blocked_accounts": "blocked",
    "restricted_profiles": "restricted",
    "pending_follow_requests": "requests_sent",
    "recent_follow_requests": "requests_sent",
    "follow_requests_you've_received": "requests_received",
    "recently_unfollowed_profiles": "unfollowed",
    "recently_unfollowed_accounts": "unfollowed",
    "hide_story_from": "story_hidden_from",
    "removed_suggestions": "dismissed_suggestions",
    "profiles_you've_favorited": "favorites",
}
_USERNAME = re.compile(r"[A-Za-z0-9._]{1,30}")
_DELETED = "__deleted__"
_CONTACT_LABELS = (("first name",), ("last name", "surname"), ("contact information",))


def _wants(path: str) -> bool:
    return "followers_and_following/" in path or path.endswith(("connections.json", "synced_contacts.json"))


def _named_list_file(doc: Doc) -> bool:
    """A file whose list comes from its name (bare arrays, lone records): where and how it is named."""
    return (
        "followers_and_following/" in doc.name or doc.stem in _FILE_LISTS or doc.stem.startswith("followers")
    )


def _recognise(doc: Doc) -> bool:
    data = doc.data
    if isinstance(data, dict) and "label_values" in data:
        return _named_list_file(doc)
    if isinstance(data, dict):
        if any(isinstance(k, str) and k.startswith(_PREFIX) for k in data) or "contacts_contact_info" in data:
            return True
        maps = [data.get("followers"), data.get("following")]
        return any(isinstance(m, dict) for m in maps) and not any(isinstance(m, list) for m in maps)
    if isinstance(data, list):
        first = as_dict(data[0]) if data else {}
        return "string_list_data" in first or (
            _named_list_file(doc) and (not data or "label_values" in first)
        )
    return False


def _handle_from_href(href: str) -> str | None:
    """The username in a profile link (`/<name>`, `/_u/<name>`, with or without `?igsh=…`)."""
    path = href.split("?", 1)[0].rstrip("/")
    if "/" not in path:
        return None
    tail = path.rsplit("/", 1)[1]
    return tail if "instagram." not in tail and _USERNAME.fullmatch(tail) else None


def _people(acc: Accumulator, entries: list[object]) -> Iterator[Found]:
    """The person of each entry; deleted accounts are left out (and said in a note)."""
    for entry in entries:
        item = entry if type(entry) is dict else {}
        if "label_values" in item:
            labels = label_values(item)
            handle = text(labels.get("username")) or _handle_from_href(text(labels.get("url")))
            name = fix_mojibake(text(labels.get("name")))
            since = from_unix(item.get("timestamp"))
        else:  # hot path: tens of thousands of entries, so no helper calls unless needed
            first = item.get("string_list_data")
            data = first[0] if type(first) is list and first and type(first[0]) is dict else {}
            value = data.get("value")
            handle = value.strip() if type(value) is str else ""
            title = item.get("title")
            name = ""
            if title and type(title) is str:
                title = fix_mojibake(title.strip())
                if not handle and _USERNAME.fullmatch(title):
                    handle = title
                elif title != handle:
                    name = title
            if not handle:
                handle = _handle_from_href(text(data.get("href")))
            since = from_unix(data.get("timestamp"))
        if handle and handle.startswith(_DELETED):
            acc.note("Deleted Instagram accounts in the lists were left out.")
            continue
        yield name, handle or None, None, None, since


def _add_contacts(acc: Accumulator, data: dict[str, object]) -> None:
    for record in as_list(data.get("contacts_contact_info")):
        fields = as_dict(as_dict(record).get("string_map_data"))
        values = {text(k).lower(): text(as_dict(v).get("value")) for k, v in fields.items()}
        ordered = list(values.values())
        parts = []
        for position, labels in enumerate(_CONTACT_LABELS):
            found = next((values[label] for label in labels if label in values), None)
            if found is None:
                found = ordered[position] if position < len(ordered) else ""
            parts.append(found)
        name = fix_mojibake(" ".join(p for p in parts[:2] if p)) or parts[2]
        acc.add("contacts", name=name)


def _parse(docs: Sequence[Doc], acc: Accumulator) -> None:
    for doc in docs:
        data = doc.data
        if isinstance(data, dict) and "label_values" in data:
            acc.add_many(_FILE_LISTS.get(doc.stem, "blocked"), _people(acc, [data]))
        elif isinstance(data, dict) and "contacts_contact_info" in data:
            _add_contacts(acc, data)
        elif isinstance(data, dict) and any(isinstance(k, str) and k.startswith(_PREFIX) for k in data):
            for key, entries in data.items():
                list_name = _LISTS.get(key.removeprefix(_PREFIX))
                if list_name is None:
                    acc.note(f"The Instagram list '{key}' is not one FamilyGuard reads; it was skipped.")
                    continue
                acc.add_many(list_name, _people(acc, as_list(entries)))
        elif isinstance(data, dict):  # <= 2020 connections.json: {list: {username: time}}
            for key, mapping in data.items():
                list_name = _LISTS.get(key)
                if list_name is None or not isinstance(mapping, dict):
                    continue
                for username, when in mapping.items():
                    acc.add(list_name, handle=text(username) or None, since=parse_time(when))
        else:  # bare array (followers_N.json) or one bare record (2026 blocked_profiles.json)
            list_name = _FILE_LISTS.get(doc.stem, "followers")
            acc.add_many(list_name, _people(acc, as_list(data)))


PLATFORM = Platform(
    app="instagram",
    title="Instagram",
    wants=_wants,
    recognise=_recognise,
    parse=_parse,
    howto=phrase(
        "errors",
        "In Instagram open Accounts Center → Your information and permissions → Download your "
        "information, pick 'Followers and following', format JSON and date range 'All time'.",
    ),
)
