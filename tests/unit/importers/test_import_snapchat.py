"""Snapchat: friends.json with all eight lists and the Source of each add."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from importer_fixtures import snap, snapchat_friends, write_zip

from familyguard.importers import read_export


def test_all_eight_lists_sources_and_times(tmp_path: Path) -> None:
    minified = json.dumps(snapchat_friends(), separators=(",", ":"), ensure_ascii=False)
    path = write_zip(
        tmp_path / "mydata~1712345678901.zip", {"json/friends.json": minified, "json/account.json": {}}
    )
    result = read_export([path])
    assert result.platform == "snapchat"
    assert result.list_counts == {
        "friends": 2,
        "requests_received": 1,
        "requests_sent": 1,
        "removed_friends": 1,
        "blocked": 1,
        "hidden_suggestions": 1,
        "ignored": 1,
    }
    people = {c.handle: c for c in result.contacts}
    assert people["sky.walker22"].display_name == "Sky 🌊"
    assert people["sky.walker22"].source == "added by username"
    assert people["sky.walker22"].since == datetime(2021, 3, 14, 17, 5, 9, tzinfo=UTC)
    assert people["jb_2010"].display_name == "" and people["jb_2010"].source == "Added by Quick Add"
    assert people["stranger.x"].lists == {"requests_received"}
    assert people["stranger.x"].source == "Added by Search"
    assert people["max.p"].since is None  # empty timestamp
    assert "Besties" not in {c.display_name for c in result.contacts}  # a shortcut is a group, not a person


def test_split_download_and_old_export_without_source(tmp_path: Path) -> None:
    part1 = write_zip(tmp_path / "mydata~1712345678901.zip", {"mydata/json/account.json": {"x": 1}})
    old = {"Friends": [{"Username": "pal_1", "Display Name": "Pal"}], "Friend Requests Sent": []}
    part2 = write_zip(tmp_path / "mydata~1712345678901-2.zip", {"mydata/json/friends.json": old})
    result = read_export([part1, part2])
    (pal,) = result.contacts
    assert (pal.handle, pal.source, pal.since) == ("pal_1", None, None)


def test_same_person_on_two_lists_is_one_contact(tmp_path: Path) -> None:
    data = {
        "Friends": [snap("ava", "Ava", "2022-01-02 00:00:00 UTC", "added by added me back")],
        "Friend Requests Sent": [snap("AVA", "Ava", "2022-01-01 00:00:00 UTC", "added by username")],
    }
    result = read_export([write_zip(tmp_path / "s.zip", {"json/friends.json": data})])
    (ava,) = result.contacts
    assert ava.lists == {"friends", "requests_sent"}
    assert ava.since == datetime(2022, 1, 1, tzinfo=UTC)
    assert ava.source == "added by added me back"
