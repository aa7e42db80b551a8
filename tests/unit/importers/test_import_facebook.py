"""Facebook: the 2018, 2021 and 2023+ layouts, mojibake repair, requests, suggestions."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from importer_fixtures import mojibake, write_zip

from familyguard.importers import read_export


def test_current_layout_with_mojibake(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "facebook-kid.zip",
        {
            "connections/friends/your_friends.json": {
                "friends_v2": [
                    {"name": "Jos\u00c3\u00a9 Ruiz", "timestamp": 1722800000},
                    {
                        "name": mojibake("Đinh Thị Hoa"),
                        "timestamp": 1421300000,
                        "contact_info": "h@example.com",
                    },
                    {"name": mojibake("Mia 😀"), "timestamp": 1600000000},
                ]
            },
            "connections/followers/people_who_followed_you.json": {"followers_v3": [{"name": "Ravi Kumar"}]},
            "connections/followers/who_you've_followed.json": {
                "following_v3": [{"name": "City Youth Orchestra", "timestamp": 1772700000}]
            },
            "connections/friends/received_friend_requests.json": {
                "received_requests_v2": [{"name": "Jos\u00c3\u00a9 Ruiz", "timestamp": 1700000000}]
            },
            "connections/friends/sent_friend_requests.json": {"sent_requests_v2": []},
            "connections/friends/removed_friends.json": {
                "deleted_friends_v2": [{"name": "Old Pal", "timestamp": 1}]
            },
            "connections/friends/rejected_friend_requests.json": {
                "rejected_requests_v2": [{"name": "Nope Person"}]
            },
            "connections/friends/no-data.txt": "No data",
            "your_facebook_activity/posts/your_posts_1.json": [],
        },
    )
    result = read_export([path])
    assert result.platform == "facebook"
    names = [c.display_name for c in result.contacts]
    assert names[:3] == ["José Ruiz", "Đinh Thị Hoa", "Mia 😀"]
    jose = result.contacts[0]
    assert jose.lists == {"friends", "requests_received"}
    assert jose.since == datetime.fromtimestamp(1700000000, UTC)
    assert jose.handle is None and jose.platform_id is None
    assert result.list_counts == {
        "friends": 3,
        "followers": 1,
        "following": 1,
        "requests_received": 1,
        "rejected_requests": 1,
        "removed_friends": 1,
    }
    ravi = next(c for c in result.contacts if c.display_name == "Ravi Kumar")
    assert ravi.since is None
    assert any("only names" in note for note in result.notes)


def test_2021_friends_and_followers_layout(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "fb.zip",
        {
            "friends_and_followers/friends.json": {
                "friends_v2": [{"name": "Leo Park", "timestamp": 1500000000}]
            },
            "friends_and_followers/friend_requests_sent.json": {"sent_requests_v2": [{"name": "Ava Chen"}]},
            "friends_and_followers/followers.json": {"followers_v2": [{"name": "Leo Park"}]},
        },
    )
    result = read_export([path])
    assert result.list_counts == {"friends": 1, "followers": 1, "requests_sent": 1}
    assert result.contacts[0].lists == {"friends", "followers"}


def test_2018_layout(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "fb.zip",
        {
            "friends/friends.json": {
                "friends": [{"name": "Leo Park", "timestamp": 1500000000, "contact_info": "x"}]
            },
            "friends/received_friend_requests.json": {
                "received_requests": [{"name": "Kai Z", "timestamp": 1}]
            },
            "following_and_followers/following.json": {"following": [{"name": "Band Page", "timestamp": 2}]},
            "following_and_followers/followers.json": {"followers": [{"name": "Kai Z"}]},
        },
    )
    result = read_export([path])
    assert result.platform == "facebook"
    assert result.list_counts == {"friends": 1, "followers": 1, "following": 1, "requests_received": 1}


def test_suggestions_in_label_values_style(tmp_path: Path) -> None:
    record = {
        "media": [],
        "label_values": [
            {"label": "Creation time", "timestamp_value": 1760000000},
            {"label": "Name", "value": mojibake("Chloé Martin")},
        ],
        "fbid": "100000000000001",
    }
    path = write_zip(
        tmp_path / "fb.zip",
        {
            "connections/friends/your_friends.json": {"friends_v2": []},
            "connections/friends/suggested_friends.json": [record],
            "connections/friends/people_you_may_know.json": [],
        },
    )
    result = read_export([path])
    assert [(c.display_name, c.lists) for c in result.contacts] == [
        ("Chloé Martin", frozenset({"suggested"}))
    ]


def test_already_correct_text_is_left_alone(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "fb.zip", {"connections/friends/your_friends.json": {"friends_v2": [{"name": "José"}]}}
    )
    assert read_export([path]).contacts[0].display_name == "José"


def test_two_friends_with_the_same_name_stay_two_people(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "fb.zip",
        {
            "connections/friends/your_friends.json": {
                "friends_v2": [
                    {"name": "Alex Smith", "timestamp": 1500000000},
                    {"name": "Alex Smith", "timestamp": 1600000000},
                    {"name": "Leo Park", "timestamp": 1550000000},
                ]
            },
            "connections/followers/people_who_followed_you.json": {
                "followers_v3": [{"name": "Leo Park"}, {"name": "Alex Smith"}]
            },
        },
    )
    result = read_export([path])
    assert [(c.display_name, c.lists) for c in result.contacts] == [
        ("Alex Smith", {"friends", "followers"}),
        ("Alex Smith", {"friends"}),
        ("Leo Park", {"friends", "followers"}),
    ]
    assert result.contacts[1].since == datetime.fromtimestamp(1600000000, UTC)
    assert result.list_counts == {"friends": 3, "followers": 2}
    assert any("same name are kept apart" in note for note in result.notes)
