"""Builders of invented export files for the importer tests (all names and ids are made up)."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Mapping
from pathlib import Path

Content = str | bytes | object


def encode(content: Content) -> bytes:
    """Bytes of a member: bytes as given, str as UTF-8, anything else as pretty JSON."""
    if isinstance(content, bytes):
        return content
    if isinstance(content, str):
        return content.encode("utf-8")
    return json.dumps(content, indent=2).encode("utf-8")


def write_zip(path: Path, members: Mapping[str, Content], *, level: int = zipfile.ZIP_DEFLATED) -> Path:
    """A zip at `path` holding `members` (name -> content)."""
    with zipfile.ZipFile(path, "w", compression=level) as archive:
        for name, content in members.items():
            archive.writestr(name, encode(content))
    return path


def write_folder(root: Path, members: Mapping[str, Content]) -> Path:
    """An unzipped export folder holding `members`."""
    for name, content in members.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(encode(content))
    return root


def mojibake(text: str) -> str:
    """How Meta writes non-ASCII text: each UTF-8 byte as its own code point."""
    return text.encode("utf-8").decode("latin-1")


# --- Instagram ---------------------------------------------------------------------------------


def ig_classic(username: str, timestamp: int = 1714050000, title: str = "") -> dict[str, object]:
    return {
        "title": title,
        "media_list_data": [],
        "string_list_data": [
            {"href": f"https://www.instagram.com/{username}", "value": username, "timestamp": timestamp}
        ],
    }


def ig_new(username: str, timestamp: int = 1700000000) -> dict[str, object]:
    """The late-2025 following.json entry: username in title, /_u/ link, no value."""
    return {
        "title": username,
        "string_list_data": [{"href": f"https://www.instagram.com/_u/{username}", "timestamp": timestamp}],
    }


def ig_blocked_record(username: str, name: str, timestamp: int = 1760000000) -> dict[str, object]:
    return {
        "timestamp": timestamp,
        "media": [],
        "label_values": [
            {"label": "URL", "value": f"https://www.instagram.com/_u/{username}"},
            {"label": "Name", "value": mojibake(name)},
            {"label": "Username", "value": username},
        ],
        "fbid": "17841400000000001",
    }


IG_DIR = "connections/followers_and_following/"


def instagram_2024(followers: list[str], following: list[str]) -> dict[str, Content]:
    return {
        IG_DIR + "followers_1.json": [ig_classic(u) for u in followers],
        IG_DIR + "following.json": {
            "relationships_following": [ig_classic(u, 1700000000) for u in following]
        },
        "your_instagram_activity/likes/liked_posts.json": {"likes_media_likes": []},
        "media/posts/202401/photo.jpg": b"\xff\xd8 not really a jpeg",
    }


# --- Snapchat ----------------------------------------------------------------------------------


def snap(username: str, display: str, created: str, source: str) -> dict[str, str]:
    return {
        "Username": username,
        "Display Name": display,
        "Creation Timestamp": created,
        "Last Modified Timestamp": created,
        "Source": source,
    }


def snapchat_friends() -> dict[str, object]:
    """All eight lists, one entry each (Shortcuts in its own shape)."""
    return {
        "Friends": [
            snap("sky.walker22", "Sky 🌊", "2021-03-14 17:05:09 UTC", "added by username"),
            snap("jb_2010", "", "2022-06-12 23:28:55 UTC", "Added by Quick Add"),
        ],
        "Friend Requests Sent": [snap("nora.k", "Nora", "2022-08-01 09:00:00 UTC", "added by qr code")],
        "Blocked Users": [snap("rude.guy", "Rude", "2023-01-01 00:00:00 UTC", "added by search")],
        "Deleted Friends": [snap("old.pal", "Old Pal", "2020-05-05 05:05:05 UTC", "added by phone")],
        "Hidden Friend Suggestions": [snap("max.p", "Max P", "", "added by unknown")],
        "Ignored Snapchatters": [snap("ign.ored", "Ign", "2023-02-02 02:02:02 UTC", "added by mention")],
        "Pending Requests": [snap("stranger.x", "Stranger", "2024-04-04 04:04:04 UTC", "Added by Search")],
        "Shortcuts": [{"Shortcut Name": "Besties", "Created": "2022-01-01 00:00:00 UTC"}],
    }


# --- Discord -----------------------------------------------------------------------------------


def discord_user(relationships: list[dict[str, object]]) -> dict[str, object]:
    return {
        "id": "1000000000000000001",
        "username": "childaccount",
        "discriminator": "0",
        "global_name": "Child",
        "relationships": relationships,
        "notes": {},
    }


def discord_rel(
    uid: str, kind: object, username: str, global_name: str | None = None, discriminator: str = "0"
) -> dict[str, object]:
    return {
        "id": uid,
        "type": kind,
        "nickname": None,
        "user": {
            "id": uid,
            "username": username,
            "global_name": global_name,
            "avatar": None,
            "discriminator": discriminator,
            "public_flags": 0,
        },
    }


# --- X -----------------------------------------------------------------------------------------


def x_js(kind: str, inner: str, ids: list[str], part: int = 0) -> str:
    body = json.dumps(
        [{inner: {"accountId": i, "userLink": f"https://twitter.com/intent/user?user_id={i}"}} for i in ids],
        indent=2,
    )
    return f"window.YTD.{kind}.part{part} = {body}"
