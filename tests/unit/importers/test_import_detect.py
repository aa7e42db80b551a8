"""Detection from content, forced apps and plain-language refusals of wrong files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from importer_fixtures import IG_DIR, discord_user, ig_classic, snapchat_friends, write_folder, write_zip

from familyguard.errors import BadInputError
from familyguard.importers import documents, read_export


def _file(tmp_path: Path, name: str, content: object) -> Path:
    return write_folder(tmp_path, {name: content}) / name


@pytest.mark.parametrize(
    ("content", "platform"),
    [
        ([ig_classic("a.b")], "instagram"),
        ({"relationships_following": [ig_classic("a.b")]}, "instagram"),
        ({"friends_v2": [{"name": "Leo Park", "timestamp": 1421300000}]}, "facebook"),
        (snapchat_friends(), "snapchat"),
        ({"Your Activity": {"Follower": {"FansList": [{"UserName": "a", "Date": ""}]}}}, "tiktok"),
        (discord_user([]), "discord"),
        ({"about": "x", "contacts": {"about": "y", "list": []}}, "telegram"),
    ],
)
def test_single_renamed_file_is_detected_by_content(tmp_path: Path, content: object, platform: str) -> None:
    assert read_export([_file(tmp_path, "download (3).json", content)]).platform == platform


def test_archive_detected_by_structure_not_zip_name(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "instagram-export.zip", {"json/friends.json": snapchat_friends()})
    assert read_export([path]).platform == "snapchat"


def test_file_named_like_another_app_is_judged_by_content(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "x.zip", {IG_DIR + "following.json": {"friends_v2": [{"name": "Ann"}]}})
    with pytest.raises(BadInputError):
        read_export([path], app="instagram")
    path2 = write_zip(
        tmp_path / "y.zip", {"friends_and_followers/friends.json": {"friends_v2": [{"name": "Ann"}]}}
    )
    assert read_export([path2]).platform == "facebook"


def test_forced_app_must_match(tmp_path: Path) -> None:
    path = _file(tmp_path, "friends.json", snapchat_friends())
    assert read_export([path], app="snapchat").platform == "snapchat"
    with pytest.raises(BadInputError, match="looks like a Snapchat export, not a TikTok export") as caught:
        read_export([path], app="tiktok")
    assert "TikTok" in caught.value.hint
    with pytest.raises(BadInputError, match="does not look like a Discord export"):
        read_export([_file(tmp_path, "other.json", {"recipes": []})], app="discord")


def test_forced_app_on_another_apps_archive(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "x.zip",
        {IG_DIR + "followers_1.json": [ig_classic("a.b")], "your_instagram_activity/a.json": {}},
    )
    with pytest.raises(BadInputError, match="looks like an Instagram export, not a Discord export"):
        read_export([path], app="discord")


def test_unknown_forced_app(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="cannot import friend lists from 'myspace'") as caught:
        read_export([_file(tmp_path, "a.json", [])], app="myspace")
    assert "Instagram" in caught.value.hint


def test_html_export_is_explained(tmp_path: Path) -> None:
    html = "<!DOCTYPE html><html><head><title>Followers</title></head><body></body></html>"
    path = write_zip(tmp_path / "x.zip", {IG_DIR + "followers_1.html": html, "media/a.jpg": b"\xff"})
    with pytest.raises(BadInputError, match="HTML export from Instagram") as caught:
        read_export([path])
    assert "JSON" in caught.value.hint and "All time" in caught.value.hint


def test_single_html_file_is_explained(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="HTML export"):
        read_export([_file(tmp_path, "page.html", "<html><body>hi</body></html>")])


def test_spotify_export_is_explained(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "my_spotify_data.zip",
        {"Spotify Account Data/Follow.json": {"followerCount": 3, "followingUsersCount": 4}},
    )
    with pytest.raises(BadInputError, match=r"Spotify export.*no friend list"):
        read_export([path])
    with pytest.raises(BadInputError, match="Spotify"):
        read_export([_file(tmp_path, "data.json", {"followerCount": 3, "followingUsersCount": 4})])


def test_whatsapp_report_is_explained(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "w.zip", {"whatsapp_connections/contacts.json": {"wa_contacts": ["+1555"]}})
    with pytest.raises(BadInputError, match="WhatsApp"):
        read_export([path])


def test_export_without_friend_lists_says_what_to_request(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "ig.zip", {"your_instagram_activity/likes/liked_posts.json": {"x": []}})
    with pytest.raises(BadInputError, match="Instagram export, but it has no friend") as caught:
        read_export([path])
    assert "Followers and following" in caught.value.hint and "All time" in caught.value.hint


def test_unrelated_json_names_its_keys(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match=r"does not look like an export.*recipes"):
        read_export([_file(tmp_path, "r.json", {"recipes": []})])


def test_folder_of_zips_is_explained(tmp_path: Path) -> None:
    root = write_folder(tmp_path / "downloads", {"part1.zip": b"PK\x05\x06" + b"\x00" * 18})
    with pytest.raises(BadInputError, match="holds zip files") as caught:
        read_export([root])
    assert "all parts" in caught.value.hint


def test_photo_is_explained(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="photo"):
        read_export([_file(tmp_path, "kid.jpg", b"\xff\xd8\xff")])


def test_invalid_json_names_the_file_and_line(tmp_path: Path) -> None:
    path = _file(tmp_path, "followers_1.json", '[\n{"title": ""\n')
    with pytest.raises(BadInputError, match=r"followers_1.json is not valid JSON \(line 3\)"):
        read_export([path])


def test_broken_candidate_in_chosen_platform_is_reported(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "x.zip",
        {IG_DIR + "followers_1.json": [ig_classic("a.b")], IG_DIR + "following.json": "{not json"},
    )
    with pytest.raises(BadInputError, match=r"following\.json is not valid JSON"):
        read_export([path])


def test_bom_and_minified_json(tmp_path: Path) -> None:
    raw = b"\xef\xbb\xbf" + json.dumps([ig_classic("a.b")], separators=(",", ":")).encode()
    assert read_export([_file(tmp_path, "followers_1.json", raw)]).contacts[0].handle == "a.b"


def test_non_utf8_file(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="not UTF-8"):
        read_export([_file(tmp_path, "followers_1.json", b'["\xff\xfe"]')])


@pytest.mark.parametrize(
    "text",
    [
        '{"id": 18446744073709551615, "name": "the largest 64-bit id"}',
        '{"score": NaN, "name": "x"}',
        '{"name": "\\ud83d half an emoji"}',
    ],
)
def test_what_the_fast_parser_refuses_parses_as_the_standard_parser_does(text: str) -> None:
    assert documents.parse_json("a.json", text, "export.zip") == json.loads(text)


def test_json_nested_too_deeply_is_refused_plainly() -> None:
    with pytest.raises(BadInputError, match="nested too deeply"):
        documents.parse_json("a.json", "[" * 5000 + "]" * 5000, "export.zip")


def test_unreadable_json_names_the_member_and_line() -> None:
    with pytest.raises(BadInputError, match=r"friends\.json is not valid JSON \(line 2\)"):
        documents.parse_json("friends.json", '{"a": 1,\n oops}', "export.zip")


def test_a_photo_says_to_choose_the_export_instead(tmp_path: Path) -> None:
    photo = _file(tmp_path, "kid.jpg", b"\xff\xd8\xff")
    with pytest.raises(BadInputError) as caught:
        read_export([photo])
    assert "photo, video or document" in caught.value.message
    assert "Choose the zip (or unzipped folder) the app sent you" in caught.value.hint
    with pytest.raises(BadInputError) as forced:
        read_export([photo], app="instagram")
    assert "'Followers and following'" in forced.value.hint
    assert photo.read_bytes() == b"\xff\xd8\xff" and list(tmp_path.iterdir()) == [photo]
