"""X (Twitter) archive: `data/follower*.js`, `following*.js`, `block*.js`, `mute*.js` (ids only)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from familyguard.importers.documents import Doc
from familyguard.importers.model import Accumulator, Platform
from familyguard.importers.values import as_dict, as_id, as_list, text
from familyguard.phrase import phrase

_LISTS = {"follower": "followers", "following": "following", "block": "blocked", "mute": "muted"}
_FILE = re.compile(r"(follower|following|block|mute)(-part\d+)?\.js")
IDS_ONLY_NOTE = (
    "X exports only account ids, no names: each person is shown by their number. To see who it is, "
    "open https://x.com/i/user/<id> in a browser while logged in."
)


def _wants(path: str) -> bool:
    return _FILE.fullmatch(path.rsplit("/", 1)[-1]) is not None


def _list_of(doc: Doc) -> str | None:
    parts = (doc.js_global or "").split(".")
    return _LISTS.get(parts[1]) if len(parts) > 1 and parts[0] == "YTD" else None


def _recognise(doc: Doc) -> bool:
    return _list_of(doc) is not None


def _user_id(record: dict[str, object]) -> str | None:
    link = text(record.get("userLink"))
    return as_id(record.get("accountId")) or link.partition("user_id=")[2] or None


def _parse(docs: Sequence[Doc], acc: Accumulator) -> None:
    for doc in docs:
        list_name = _list_of(doc)
        for entry in as_list(doc.data):
            inner = next((value for value in as_dict(entry).values() if isinstance(value, dict)), {})
            acc.add(list_name, platform_id=_user_id(inner))
    acc.note(IDS_ONLY_NOTE)


PLATFORM = Platform(
    app="x",
    title="X (Twitter)",
    wants=_wants,
    recognise=_recognise,
    parse=_parse,
    howto=phrase(
        "errors",
        "In X open Settings → Your account → Download an archive of your data, and choose the "
        "twitter-….zip when it is ready (all parts if it comes in several).",
    ),
)
