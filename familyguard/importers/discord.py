"""Discord data package: the `relationships` array of the account's `user.json`.

The account folder is `account/` (older), `Account/` (June 2025+) or a translated name
(`Compte/`…), so the file is found by content: the shallowest `user.json` with `relationships`.
Relationship types are integers in older packages and strings in newer ones. Ids stay strings.
"""

from __future__ import annotations

from collections.abc import Sequence

from familyguard.importers.documents import Doc
from familyguard.importers.model import Accumulator, Platform
from familyguard.importers.values import as_dict, as_id, as_list, text
from familyguard.phrase import phrase

_TYPES = {
    "1": "friends",
    "FRIEND": "friends",
    "2": "blocked",
    "BLOCKED": "blocked",
    "3": "requests_received",
    "PENDING_INCOMING": "requests_received",
    "4": "requests_sent",
    "PENDING_OUTGOING": "requests_sent",
    "5": "implicit",
    "IMPLICIT": "implicit",
}
_NO_DISCRIMINATOR = frozenset({"", "0", "0000"})


def _wants(path: str) -> bool:
    return path.rsplit("/", 1)[-1] == "user.json"


def _recognise(doc: Doc) -> bool:
    data = as_dict(doc.data)
    return isinstance(data.get("relationships"), list) and ("id" in data or "username" in data)


def _parse(docs: Sequence[Doc], acc: Accumulator) -> None:
    depth = min(doc.name.count("/") for doc in docs)
    for doc in docs:
        if doc.name.count("/") != depth:
            continue  # Activities/…/users/user.json and the like are not the account file
        for entry in as_list(as_dict(doc.data).get("relationships")):
            item = as_dict(entry)
            kind = item.get("type")
            list_name = None if isinstance(kind, bool) else _TYPES.get(str(kind).upper())
            if list_name is None:
                acc.note(f"A Discord relationship of unknown type {str(kind)[:20]!r} was skipped.")
                continue
            user = as_dict(item.get("user"))
            handle = text(user.get("username"))
            discriminator = text(user.get("discriminator"))
            if handle and discriminator not in _NO_DISCRIMINATOR:
                handle = f"{handle}#{discriminator}"
            acc.add(
                list_name,
                name=text(user.get("global_name")) or text(item.get("nickname")),
                handle=handle or None,
                platform_id=as_id(user.get("id")) or as_id(item.get("id")),
            )
    acc.note("Discord does not export when a friendship started.")


PLATFORM = Platform(
    app="discord",
    title="Discord",
    wants=_wants,
    recognise=_recognise,
    parse=_parse,
    howto=phrase(
        "errors",
        "In Discord open User Settings → Data & Privacy → Request all of my data, include "
        "'Account', and choose the package.zip Discord emails you.",
    ),
)
