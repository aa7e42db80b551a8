"""TikTok "Download your data": the JSON file of every era and the TXT variant.

JSON eras put the lists under `Activity` (2021-23), `Profile` (early 2025), `Your Activity`
(2024-25) or `Profile And Settings` (2026); the parser looks for the `FansList`, `Following` and
`BlockList` arrays two levels down instead of hard-coding paths. Empty lists are `null` or `{}`.
TXT exports are `Follower.txt` / `Following.txt` with blank-line separated `Date:`/`Username:` records.
"""

from __future__ import annotations

from collections.abc import Sequence

from familyguard.importers.documents import Doc
from familyguard.importers.model import Accumulator, Platform
from familyguard.importers.values import as_dict, as_list, parse_time, text
from familyguard.phrase import phrase

_JSON_LISTS = {"FansList": "followers", "Following": "following", "BlockList": "blocked"}
_SECTIONS = frozenset({"Activity", "Your Activity", "Profile", "Profile And Settings", "App Settings"})
_TXT_LISTS = (
    ("following", "following"),
    ("follower", "followers"),
    ("fans", "followers"),
    ("block", "blocked"),
)
_NO_HANDLE = frozenset({"", "N/A"})


def _txt_list(name: str) -> str | None:
    base = name.lower().rsplit("/", 1)[-1]
    return next((list_name for word, list_name in _TXT_LISTS if word in base), None)


def _wants(path: str) -> bool:
    base = path.rsplit("/", 1)[-1]
    return (base.startswith("user_data") and base.endswith(".json")) or (
        base.endswith(".txt") and _txt_list(base) is not None
    )


def _recognise(doc: Doc) -> bool:
    if doc.suffix == ".txt":
        lowered = "\n" + doc.text.lower()
        return "\nusername:" in lowered or (_txt_list(doc.name) is not None and ":" not in lowered)
    data = as_dict(doc.data)
    return any(key in data for key in _SECTIONS) and bool(_find_lists(data) or "Profile" in data)


def _find_lists(data: dict[str, object]) -> list[tuple[str, object]]:
    """(list name, entries) for every known list array two levels below the top."""
    found = []
    for section in data.values():
        for sub in as_dict(section).values():
            sub_map = as_dict(sub)
            for key, list_name in _JSON_LISTS.items():
                value = sub_map.get(key)
                if key in sub_map and not isinstance(value, dict):
                    found.append((list_name, value))
    return found


def _add(acc: Accumulator, list_name: str, handle: str, when: object) -> None:
    acc.add(list_name, handle=None if handle in _NO_HANDLE else handle, since=parse_time(when))


def _parse_txt(doc: Doc, acc: Accumulator) -> None:
    list_name = _txt_list(doc.name) or "followers"
    for record in doc.text.replace("\r\n", "\n").split("\n\n"):
        fields: dict[str, str] = {}
        for line in record.split("\n"):
            key, _, value = line.partition(":")
            fields[key.strip().lower()] = value.strip()
        if "username" in fields:
            _add(acc, list_name, fields["username"], fields.get("date"))


def _parse(docs: Sequence[Doc], acc: Accumulator) -> None:
    for doc in docs:
        if doc.suffix == ".txt":
            _parse_txt(doc, acc)
            continue
        for list_name, entries in _find_lists(as_dict(doc.data)):
            for entry in as_list(entries):
                item = as_dict(entry)
                handle = item.get("UserName", item.get("userName", item.get("username")))
                _add(acc, list_name, text(handle), item.get("Date"))


PLATFORM = Platform(
    app="tiktok",
    title="TikTok",
    wants=_wants,
    recognise=_recognise,
    parse=_parse,
    howto=phrase(
        "errors",
        "In TikTok open Settings → Account → Download your data, choose 'All data' and the JSON "
        "format, then choose the downloaded zip.",
    ),
)
