"""Discord: relationships with numeric and string types, folder names of every era, string ids."""

from __future__ import annotations

from pathlib import Path

import pytest
from importer_fixtures import discord_rel, discord_user, write_zip

from familyguard.importers import read_export

BIG = "1234567890123456789"  # > 2**53: must never pass through a float


@pytest.mark.parametrize("folder", ["account", "Account", "Compte", "Konto"])
def test_folder_names_of_every_era(tmp_path: Path, folder: str) -> None:
    members = {
        f"{folder}/user.json": discord_user([discord_rel(BIG, 1, "bestbud", "Best Bud")]),
        "messages/c123/messages.csv": "ID,Timestamp,Contents\n1,2024,hello",
        "Activities/analytics/users/user.json": {
            "relationships": [discord_rel("9", 1, "not_a_friend")],
            "id": "9",
        },
        "README.txt": "This is your Discord data package.",
    }
    result = read_export([write_zip(tmp_path / "package.zip", members)])
    assert result.platform == "discord"
    (bud,) = result.contacts
    assert (bud.platform_id, bud.handle, bud.display_name) == (BIG, "bestbud", "Best Bud")
    assert all(not name.endswith(".csv") for name in result.files_read)


def test_numeric_types_before_2024(tmp_path: Path) -> None:
    rels = [
        discord_rel("11", 1, "friend1"),
        discord_rel("12", 2, "olduser", discriminator="4821"),
        discord_rel("13", 3, "incoming"),
        discord_rel("14", 4, "outgoing"),
        discord_rel("15", 5, "implicit"),
        discord_rel("16", 99, "weird"),
    ]
    result = read_export([write_zip(tmp_path / "p.zip", {"account/user.json": discord_user(rels)})])
    assert result.list_counts == {
        "friends": 1,
        "requests_received": 1,
        "requests_sent": 1,
        "blocked": 1,
        "implicit": 1,
    }
    assert next(c for c in result.contacts if c.platform_id == "12").handle == "olduser#4821"
    assert any("unknown type" in note for note in result.notes)


def test_string_types_after_2024(tmp_path: Path) -> None:
    kinds = ["FRIEND", "BLOCKED", "PENDING_INCOMING", "PENDING_OUTGOING", "IMPLICIT"]
    rels = [discord_rel(str(20 + i), kind, f"user{i}") for i, kind in enumerate(kinds)]
    result = read_export([write_zip(tmp_path / "p.zip", {"Account/user.json": discord_user(rels)})])
    assert [sorted(c.lists)[0] for c in result.contacts] == [
        "friends",
        "blocked",
        "requests_received",
        "requests_sent",
        "implicit",
    ]


def test_numeric_json_ids_stay_exact(tmp_path: Path) -> None:
    raw = (
        '{"id": 1000000000000000001, "username": "kid", "relationships": ['
        '{"id": 1234567890123456789, "type": 1, "nickname": "Bud", "user": {"id": 1234567890123456789,'
        ' "username": "bud", "discriminator": "0"}}]}'
    )
    result = read_export([write_zip(tmp_path / "p.zip", {"account/user.json": raw})])
    (bud,) = result.contacts
    assert bud.platform_id == BIG and isinstance(bud.platform_id, str)
    assert bud.display_name == "Bud"  # nickname when there is no global_name
