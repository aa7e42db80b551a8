"""Telegram Desktop "Export Telegram data" (machine-readable JSON): `result.json` contacts.

Reads `contacts.list` (saved contacts) and the people in `frequent_contacts.list`. Dates prefer
`date_unixtime` (seconds as a string, Telegram Desktop 3.7.6+), else `date` (local time, read as
UTC). Invalid `\\xHH` escapes written by the exporter are repaired when the file is decoded.
"""

from __future__ import annotations

from collections.abc import Sequence

from familyguard.importers.documents import Doc
from familyguard.importers.model import Accumulator, Platform
from familyguard.importers.values import as_dict, as_id, as_list, from_unix, parse_time, text
from familyguard.phrase import phrase


def _wants(path: str) -> bool:
    return path.rsplit("/", 1)[-1] == "result.json"


def _recognise(doc: Doc) -> bool:
    data = as_dict(doc.data)
    sections = (as_dict(data.get("contacts")), as_dict(data.get("frequent_contacts")))
    return any("list" in section for section in sections) or (
        "about" in data and "personal_information" in data
    )


def _parse(docs: Sequence[Doc], acc: Accumulator) -> None:
    for doc in docs:
        data = as_dict(doc.data)
        for entry in as_list(as_dict(data.get("contacts")).get("list")):
            item = as_dict(entry)
            name = " ".join(p for p in (text(item.get("first_name")), text(item.get("last_name"))) if p)
            since = from_unix(item.get("date_unixtime")) or parse_time(item.get("date"))
            acc.add(
                "contacts",
                name=name or text(item.get("phone_number")),
                platform_id=as_id(item.get("user_id")),
                since=since,
            )
        for entry in as_list(as_dict(data.get("frequent_contacts")).get("list")):
            item = as_dict(entry)
            if item.get("category") == "people" and item.get("type") == "user":
                acc.add("frequent_contacts", name=text(item.get("name")), platform_id=as_id(item.get("id")))
    acc.note("Telegram exports phone contacts without usernames; names are as saved on the child's phone.")


PLATFORM = Platform(
    app="telegram",
    title="Telegram",
    wants=_wants,
    recognise=_recognise,
    parse=_parse,
    howto=phrase(
        "errors",
        "In Telegram Desktop open Settings → Advanced → Export Telegram data, tick 'Contacts list' "
        "and 'Frequent contacts', choose 'Machine-readable JSON', and choose the result.json it writes.",
    ),
)
