"""X archives (ids only) and Telegram Desktop result.json."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from importer_fixtures import write_folder, write_zip, x_js

from familyguard.importers import read_export

ID = "1234567890123456789"


def test_x_archive_with_parts(tmp_path: Path) -> None:
    compact = (
        'window.YTD.following.part0 = [ {\n  "following" : {\n    "accountId" : "22222222",\n'
        '    "userLink" : "https://twitter.com/intent/user?user_id=22222222"\n  }\n} ]'
    )
    members = {
        "data/follower-part1.js": x_js("follower", "follower", [ID, "98765432"], part=1),
        "data/follower-part2.js": x_js("follower", "follower", ["5555"], part=2),
        "data/following.js": compact,
        "data/block.js": x_js("block", "blocking", ["666"]),
        "data/mute.js": x_js("mute", "muting", ["777"]),
        "data/manifest.js": 'window.__THAR_CONFIG = {"userInfo": {"accountId": "1"}}',
        "data/tweets.js": "window.YTD.tweets.part0 = []",
        "Your archive.html": "<html></html>",
    }
    result = read_export([write_zip(tmp_path / "twitter-2026-01-01-abc.zip", members)])
    assert result.platform == "x"
    assert result.list_counts == {"followers": 3, "following": 1, "blocked": 1, "muted": 1}
    assert result.contacts[0] == result.contacts[0].__class__(
        "", None, ID, frozenset({"followers"}), None, None
    )
    assert any(note.startswith("X exports only account ids, no names") for note in result.notes)
    assert "data/tweets.js" not in result.files_read


def test_x_id_from_link_when_account_id_missing(tmp_path: Path) -> None:
    raw = 'window.YTD.follower.part0 = [{"follower": {"userLink": "https://twitter.com/intent/user?user_id=42"}}]'
    root = write_folder(tmp_path, {"follower.js": raw})
    assert read_export([root / "follower.js"]).contacts[0].platform_id == "42"


def test_x_empty_lists(tmp_path: Path) -> None:
    result = read_export(
        [write_zip(tmp_path / "t.zip", {"data/follower.js": "window.YTD.follower.part0 = [ ]"})]
    )
    assert result.platform == "x" and result.contacts == ()


TELEGRAM = {
    "about": "Here is the data you requested.",
    "personal_information": {"user_id": 1},
    "contacts": {
        "about": "If you allow access, Telegram continuously synchronizes your contacts",
        "list": [
            {
                "user_id": 123456789,
                "first_name": "Lena",
                "last_name": "Novak",
                "phone_number": "+1 555 010 0000",
                "date": "2022-09-01T18:20:00",
                "date_unixtime": "1662056400",
            },
            {
                "first_name": "Old",
                "last_name": "",
                "phone_number": "+1 555 010 0001",
                "date": "2020-01-01T10:00:00",
            },
            {
                "first_name": "",
                "last_name": "",
                "phone_number": "+44 20 0000 0000",
                "date": "2021-01-01T00:00:00",
            },
            {"date": "2021-01-01T00:00:00", "date_unixtime": "1609459200"},
        ],
    },
    "frequent_contacts": {
        "about": "People you message frequently.",
        "list": [
            {
                "id": 123456789,
                "category": "people",
                "type": "user",
                "name": "Lena Novak",
                "rating": 12.345678,
            },
            {
                "id": 1122334455,
                "category": "people",
                "type": "private_supergroup",
                "name": "Class 7B",
                "rating": 3.2,
            },
            {"id": 77, "category": "inline_bots", "type": "user", "name": "gif", "rating": 1.0},
            {"id": 88, "category": "people", "type": "user", "name": None, "rating": 1.0},
        ],
    },
}


def test_telegram_result_json_with_invalid_x_escapes(tmp_path: Path) -> None:
    text = json.dumps(TELEGRAM, indent=1)
    text = text.replace('"Here is the data you requested."', '"Here is\\x01 the data \\\\x41 you requested."')
    text += "\n"
    root = write_folder(
        tmp_path, {"DataExport_2026-01-01/result.json": text, "DataExport_2026-01-01/photos/a.jpg": b"x"}
    )
    result = read_export([root])
    assert result.platform == "telegram"
    assert result.list_counts == {"contacts": 3, "frequent_contacts": 2}
    lena = result.contacts[0]
    assert (lena.display_name, lena.platform_id) == ("Lena Novak", "123456789")
    assert lena.lists == {"contacts", "frequent_contacts"}
    assert lena.since == datetime.fromtimestamp(1662056400, UTC)
    old = result.contacts[1]
    assert old.platform_id is None and old.since == datetime(2020, 1, 1, 10, tzinfo=UTC)
    assert result.contacts[2].display_name == "+44 20 0000 0000"
    assert any("no name, username or id" in note for note in result.notes)
    assert result.files_read == ("DataExport_2026-01-01/result.json",)


def test_telegram_export_without_contacts(tmp_path: Path) -> None:
    root = write_folder(tmp_path, {"result.json": {"about": "x", "personal_information": {}, "chats": {}}})
    result = read_export([root / "result.json"])
    assert result.platform == "telegram" and result.contacts == ()
    assert any("Contacts list" in note for note in result.notes)
