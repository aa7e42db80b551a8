"""TikTok: the JSON layouts of every era, null lists, and the TXT export."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from importer_fixtures import write_folder, write_zip

from familyguard.importers import read_export

ERAS = {
    "2021": {
        "Activity": {
            "Follower List": {"FansList": [{"Date": "2021-11-11 01:22:22", "UserName": "skate.kid"}]},
            "Following List": {"Following": [{"Date": "2021-09-29 23:48:16", "UserName": "music.daily"}]},
        },
        "App Settings": {"Block": {"BlockList": [{"Date": "2021-01-01 00:00:00", "UserName": "spam.acc"}]}},
    },
    "2025-partial": {
        "Profile": {
            "Profile Info": {"ProfileMap": {"userName": "kid"}},
            "Follower List": {"FansList": [{"Date": "2021-11-11 01:22:22", "UserName": "skate.kid"}]},
            "Following List": {"Following": [{"Date": "2021-09-29 23:48:16", "UserName": "music.daily"}]},
        },
        "App Settings": {
            "Block List": {"BlockList": [{"Date": "2021-01-01 00:00:00", "UserName": "spam.acc"}]}
        },
    },
    "2024": {
        "Your Activity": {
            "Follower": {"App": 1, "FansList": [{"Date": "2021-11-11 01:22:22", "UserName": "skate.kid"}]},
            "Following": {
                "App": 1,
                "Following": [{"Date": "2021-09-29 23:48:16", "UserName": "music.daily"}],
            },
        },
        "App Settings": {
            "Block List": {"App": 1, "BlockList": [{"Date": "2021-01-01 00:00:00", "UserName": "spam.acc"}]}
        },
    },
    "2026": {
        "Profile And Settings": {
            "Follower": {"FansList": [{"Date": "2021-11-11 01:22:22", "UserName": "skate.kid"}]},
            "Following": {"Following": [{"Date": "2021-09-29 23:48:16", "UserName": "music.daily"}]},
            "Block List": {"BlockList": [{"Date": "2021-01-01 00:00:00", "UserName": "spam.acc"}]},
        },
        "Likes and Favorites": {"Like List": {"ItemFavoriteList": []}},
    },
}


@pytest.mark.parametrize("era", sorted(ERAS))
def test_json_eras(tmp_path: Path, era: str) -> None:
    file_name = "user_data.json" if era == "2021" else "user_data_tiktok.json"
    result = read_export([write_zip(tmp_path / "tiktok.zip", {file_name: ERAS[era]})])
    assert result.platform == "tiktok"
    assert result.list_counts == {"followers": 1, "following": 1, "blocked": 1}
    fan = next(c for c in result.contacts if c.handle == "skate.kid")
    assert fan.lists == {"followers"} and fan.since == datetime(2021, 11, 11, 1, 22, 22, tzinfo=UTC)


def test_null_and_empty_lists(tmp_path: Path) -> None:
    data = {
        "Your Activity": {
            "Follower": {"App": 1, "IsFastLane": False, "FansList": None},
            "Following": {
                "App": 1,
                "Following": [{"Date": "2025-05-08 21:57:02", "UserName": "music.daily"}],
            },
        },
        "Profile": {"Follower List": {}},
    }
    result = read_export([write_zip(tmp_path / "t.zip", {"user_data_tiktok.json": data})])
    assert result.list_counts == {"following": 1}


def test_all_lists_null_gives_an_empty_export_with_a_note(tmp_path: Path) -> None:
    data = {"Your Activity": {"Follower": {"FansList": None}, "Following": {"Following": None}}}
    result = read_export([write_zip(tmp_path / "t.zip", {"user_data_tiktok.json": data})])
    assert result.contacts == () and result.list_counts == {}
    assert any("No people were found" in note for note in result.notes)


def test_placeholders_and_duplicates(tmp_path: Path) -> None:
    fans = [
        {"Date": "2025-10-01 09:31:12", "UserName": "ollie_22"},
        {"Date": "2016-07-05 08:03:14", "UserName": "Ollie_22"},
        {"Date": "2016-07-05 08:03:14", "UserName": "N/A"},
        {"Date": "2016-07-05 08:03:14", "UserName": ""},
        {"Date": "2016-07-05 08:03:14", "username": "lower.case"},
    ]
    data = {"Your Activity": {"Follower": {"FansList": fans}}}
    result = read_export([write_zip(tmp_path / "t.zip", {"user_data_tiktok.json": data})])
    assert [c.handle for c in result.contacts] == ["ollie_22", "lower.case"]
    assert result.contacts[0].since == datetime(2016, 7, 5, 8, 3, 14, tzinfo=UTC)


def test_txt_export(tmp_path: Path) -> None:
    followers = (
        "Date: 2024-05-01 10:00:00\nUsername: skate.kid\n\nDate: 2024-04-01 09:00:00\nUsername: ollie_22\n"
    )
    following = "Date: 2024-03-01 09:00:00\r\nUsername: skate.kid\r\n"
    path = write_zip(
        tmp_path / "tiktok-txt.zip",
        {
            "TikTok_Data/Activity/Follower List.txt": followers,
            "TikTok_Data/Activity/Following.txt": following,
            "TikTok_Data/Activity/Like List.txt": "Date: 2024-01-01 00:00:00\nLink: https://example.invalid\n",
        },
    )
    result = read_export([path])
    assert result.platform == "tiktok"
    assert result.list_counts == {"followers": 2, "following": 1}
    kid = result.contacts[0]
    assert kid.lists == {"followers", "following"} and kid.since == datetime(2024, 3, 1, 9, tzinfo=UTC)


def test_txt_empty_section_sentinel(tmp_path: Path) -> None:
    root = write_folder(tmp_path, {"Follower.txt": "You have no data in this section."})
    result = read_export([root / "Follower.txt"])
    assert result.platform == "tiktok" and result.contacts == ()


def test_same_handle_in_other_case_counts_once(tmp_path: Path) -> None:
    fans = [
        {"Date": "2025-10-01 09:31:12", "UserName": "ollie_22"},
        {"Date": "2016-07-05 08:03:14", "UserName": "Ollie_22"},
    ]
    data = {"Your Activity": {"Follower": {"FansList": fans}}}
    result = read_export([write_zip(tmp_path / "t.zip", {"user_data_tiktok.json": data})])
    assert len(result.contacts) == 1 and result.list_counts == {"followers": 1}
