"""Instagram: every era of followers/following and the other relationship files."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

from importer_fixtures import IG_DIR, ig_blocked_record, ig_classic, ig_new, mojibake, write_zip

from familyguard.importers import ImportedContact, ParsedExport, read_export


def _read(tmp_path: Path, members: Mapping[str, object]) -> ParsedExport:
    return read_export([write_zip(tmp_path / "instagram-kid-2026-01-01-x.zip", members)])


def _by_handle(result: ParsedExport) -> dict[str | None, ImportedContact]:
    return {c.handle: c for c in result.contacts}


def test_2020_connections_json(tmp_path: Path) -> None:
    result = _read(
        tmp_path,
        {
            "connections.json": {
                "close_friends": {"kim_a.b": "2019-06-01T10:00:00+00:00"},
                "followers": {
                    "sam.rivers_09": "2019-05-02T18:30:12+00:00",
                    "kim_a.b": "2019-05-01T00:00:00+00:00",
                },
                "following": {"jo.piano": "2018-11-20T08:01:44+00:00"},
                "blocked_users": {"bad.guy": "2019-01-01T00:00:00+00:00"},
            },
            "profile.json": {"username": "kid"},
        },
    )
    assert result.platform == "instagram"
    assert result.list_counts == {"followers": 2, "following": 1, "blocked": 1, "close_friends": 1}
    kim = next(c for c in result.contacts if c.handle == "kim_a.b")
    assert kim.lists == {"close_friends", "followers"}
    assert kim.since == datetime(2019, 5, 1, tzinfo=UTC)  # earliest across lists


def test_2021_wrapped_followers_without_connections_folder(tmp_path: Path) -> None:
    result = _read(
        tmp_path,
        {
            "followers_and_following/followers.json": {
                "relationships_followers": [ig_classic("sam", 1630000000)]
            },
            "followers_and_following/following.json": {
                "relationships_following": [ig_classic("jo", 1630000001)]
            },
        },
    )
    assert result.list_counts == {"followers": 1, "following": 1}
    assert result.contacts[0].since == datetime.fromtimestamp(1630000000, UTC)


def test_2023_bare_array_named_followers_json(tmp_path: Path) -> None:
    result = _read(
        tmp_path, {"followers_and_following/followers.json": [ig_classic("sam"), ig_classic("kim")]}
    )
    assert result.list_counts == {"followers": 2}


def test_split_followers_files_are_all_read(tmp_path: Path) -> None:
    members: dict[str, object] = {
        IG_DIR + f"followers_{n}.json": [ig_classic(f"user{n}")] for n in range(1, 4)
    }
    members[IG_DIR + "following.json"] = {"relationships_following": []}
    result = _read(tmp_path, members)
    assert result.list_counts == {"followers": 3}
    assert {c.handle for c in result.contacts} == {"user1", "user2", "user3"}


def test_late_2025_following_shape_with_classic_followers(tmp_path: Path) -> None:
    result = _read(
        tmp_path,
        {
            IG_DIR + "followers_1.json": [ig_classic("jo.piano", 1690000000)],
            IG_DIR + "following.json": {"relationships_following": [ig_new("jo.piano"), ig_new("new.one")]},
        },
    )
    people = _by_handle(result)
    assert set(people) == {"jo.piano", "new.one"}
    assert people["jo.piano"].lists == {"followers", "following"}
    assert people["new.one"].display_name == ""


def test_username_from_href_when_value_and_title_missing(tmp_path: Path) -> None:
    entries = [
        {
            "title": "",
            "string_list_data": [{"href": "https://www.instagram.com/_u/lin.k?igsh=abc123", "timestamp": 1}],
        },
        {"title": "", "string_list_data": [{"href": "https://www.instagram.com/plain_one/"}]},
        {"title": "", "string_list_data": [{"href": "https://www.instagram.com/"}]},
    ]
    result = _read(tmp_path, {IG_DIR + "following.json": {"relationships_following": entries}})
    assert [c.handle for c in result.contacts] == ["lin.k", "plain_one"]
    assert any("no name, username or id" in note for note in result.notes)


def test_non_username_title_is_a_mojibake_display_name(tmp_path: Path) -> None:
    entry = ig_classic("zoe.k", title=mojibake("Zoë Kühn 😀"))
    result = _read(tmp_path, {IG_DIR + "close_friends.json": {"relationships_close_friends": [entry]}})
    (zoe,) = result.contacts
    assert (zoe.handle, zoe.display_name, zoe.lists) == ("zoe.k", "Zoë Kühn 😀", frozenset({"close_friends"}))


def test_every_relationship_file(tmp_path: Path) -> None:
    files = {
        "close_friends.json": ("relationships_close_friends", "close_friends"),
        "pending_follow_requests.json": ("relationships_follow_requests_sent", "requests_sent"),
        "recent_follow_requests.json": ("relationships_permanent_follow_requests", "requests_sent"),
        "follow_requests_you've_received.json": (
            "relationships_follow_requests_received",
            "requests_received",
        ),
        "recently_unfollowed_profiles.json": ("relationships_unfollowed_users", "unfollowed"),
        "blocked_accounts.json": ("relationships_blocked_users", "blocked"),
        "restricted_profiles.json": ("relationships_restricted_users", "restricted"),
        "hide_story_from.json": ("relationships_hide_stories_from", "story_hidden_from"),
        "removed_suggestions.json": ("relationships_dismissed_suggested_users", "dismissed_suggestions"),
        "profiles_you've_favorited.json": ("relationships_feed_favorites", "favorites"),
    }
    members = {
        IG_DIR + name: {key: [ig_classic(f"p_{i}")]} for i, (name, (key, _)) in enumerate(files.items())
    }
    result = _read(tmp_path, members)
    expected: dict[str, int] = {}
    for _, list_name in files.values():
        expected[list_name] = expected.get(list_name, 0) + 1
    assert result.list_counts == expected


def test_unknown_relationship_key_is_noted(tmp_path: Path) -> None:
    result = _read(tmp_path, {IG_DIR + "new.json": {"relationships_brand_new_list": [ig_classic("a")]}})
    assert not result.contacts
    assert any("relationships_brand_new_list" in note for note in result.notes)


def test_2026_blocked_label_values_single_object_and_array(tmp_path: Path) -> None:
    one = _read(tmp_path, {IG_DIR + "blocked_profiles.json": ig_blocked_record("bad.guy", "Bád Guy")})
    (guy,) = one.contacts
    assert (guy.handle, guy.display_name, guy.lists) == ("bad.guy", "Bád Guy", frozenset({"blocked"}))
    assert guy.since == datetime.fromtimestamp(1760000000, UTC)
    many = read_export(
        [
            write_zip(
                tmp_path / "b.zip",
                {
                    IG_DIR + "blocked_profiles.json": [
                        ig_blocked_record("a.a", "A"),
                        ig_blocked_record("b.b", "B"),
                    ]
                },
            )
        ]
    )
    assert many.list_counts == {"blocked": 2}


def test_lone_files_and_empty_lists(tmp_path: Path) -> None:
    folder = tmp_path / "lone"
    folder.mkdir()
    blocked = folder / "blocked_profiles.json"
    blocked.write_text(json.dumps(ig_blocked_record("bad.guy", "Bad")), encoding="utf-8")
    assert read_export([blocked]).list_counts == {"blocked": 1}
    empty = _read(tmp_path, {IG_DIR + "followers_1.json": [], "your_instagram_activity/x.json": {}})
    assert empty.platform == "instagram" and empty.contacts == ()


def test_deleted_accounts_are_dropped_with_a_note(tmp_path: Path) -> None:
    result = _read(
        tmp_path, {IG_DIR + "followers_1.json": [ig_classic("__deleted__x1y2"), ig_classic("real.one")]}
    )
    assert [c.handle for c in result.contacts] == ["real.one"]
    assert any("Deleted" in note for note in result.notes)


def test_handles_merge_case_insensitively(tmp_path: Path) -> None:
    result = _read(
        tmp_path,
        {
            IG_DIR + "followers_1.json": [ig_classic("Kim_A.B", 1700000500)],
            IG_DIR + "following.json": {"relationships_following": [ig_classic("kim_a.b", 1700000000)]},
        },
    )
    (kim,) = result.contacts
    assert kim.handle == "Kim_A.B" and kim.lists == {"followers", "following"}
    assert kim.since == datetime.fromtimestamp(1700000000, UTC)


def test_synced_contacts_current_and_old_labels(tmp_path: Path) -> None:
    current = {
        "contacts_contact_info": [
            {
                "string_map_data": {
                    "First Name": {"value": "Ana"},
                    "Last Name": {"value": mojibake("López")},
                    "Contact Information": {"value": "+15550100000"},
                }
            },
            {
                "string_map_data": {
                    "First Name": {"value": ""},
                    "Contact Information": {"value": "+15550100001"},
                }
            },
        ]
    }
    old = {
        "contacts_contact_info": [
            {"title": "", "string_map_data": {"Vorname": {"value": "Bo"}, "Nachname": {"value": "Li"}}},
            {"string_map_data": {"First name": {"value": "Cy"}, "Surname": {"value": "Dee"}}},
        ]
    }
    result = _read(tmp_path, {"connections/contacts/synced_contacts.json": current})
    assert [c.display_name for c in result.contacts] == ["Ana López", "+15550100001"]
    assert result.list_counts == {"contacts": 2}
    result_old = read_export([write_zip(tmp_path / "o.zip", {"contacts/synced_contacts.json": old})])
    assert [c.display_name for c in result_old.contacts] == ["Bo Li", "Cy Dee"]


def test_many_entries_across_two_shapes_merge(tmp_path: Path) -> None:
    names = [f"user_{i}" for i in range(5_000)]
    result = _read(
        tmp_path,
        {
            IG_DIR + "followers_1.json": [ig_classic(n) for n in names],
            IG_DIR + "following.json": {"relationships_following": [ig_new(n) for n in names[::2]]},
        },
    )
    assert result.list_counts == {"followers": 5_000, "following": 2_500}
    assert len(result.contacts) == 5_000
    assert sum(len(c.lists) == 2 for c in result.contacts) == 2_500
