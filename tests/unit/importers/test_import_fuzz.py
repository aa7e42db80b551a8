"""Hypothesis fuzzing: random JSON-ish input reaches every parser; only BadInputError may escape."""

from __future__ import annotations

import contextlib
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from importer_fixtures import (
    discord_rel,
    discord_user,
    ig_blocked_record,
    ig_classic,
    ig_new,
    snapchat_friends,
)

from familyguard.errors import BadInputError
from familyguard.importers import read_export
from familyguard.importers.detect import PLATFORMS
from familyguard.importers.documents import Doc, load_doc
from familyguard.importers.model import Accumulator

KEYS = [
    "relationships_following",
    "relationships_followers",
    "string_list_data",
    "value",
    "title",
    "href",
    "timestamp",
    "label_values",
    "label",
    "Username",
    "URL",
    "Name",
    "contacts_contact_info",
    "string_map_data",
    "followers",
    "following",
    "friends",
    "friends_v2",
    "followers_v3",
    "name",
    "Friends",
    "Friend Requests Sent",
    "Display Name",
    "Creation Timestamp",
    "Source",
    "Shortcuts",
    "Your Activity",
    "Activity",
    "Profile",
    "Follower",
    "FansList",
    "Following",
    "BlockList",
    "UserName",
    "Date",
    "relationships",
    "type",
    "user",
    "id",
    "username",
    "global_name",
    "discriminator",
    "nickname",
    "contacts",
    "list",
    "user_id",
    "first_name",
    "date",
    "date_unixtime",
    "frequent_contacts",
    "category",
    "accountId",
    "userLink",
    "follower",
]
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(["people", "user", "FRIEND", "1", "2024-05-01 10:00:00 UTC", "https://x/_u/a.b?i=1"])
)
JSONISH = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=25,
)
NAMES = [
    "connections/followers_and_following/followers_1.json",
    "connections/followers_and_following/blocked_profiles.json",
    "connections/friends/suggested_friends.json",
    "json/friends.json",
    "Follower.txt",
    "data/follower.js",
    "account/user.json",
    "result.json",
    "contacts.csv",
]


def mutated(template: object) -> st.SearchStrategy[object]:
    """Valid-looking documents with random subtrees replaced and keys dropped."""
    if isinstance(template, dict):
        kept = st.fixed_dictionaries({}, optional={k: mutated(v) for k, v in template.items()})
        return st.one_of(kept, JSONISH) if template else JSONISH
    if isinstance(template, list):
        items = st.one_of(*[mutated(v) for v in template]) if template else JSONISH
        return st.one_of(st.lists(items, max_size=3), JSONISH)
    return st.one_of(st.just(template), SCALARS)


TEMPLATES = {
    "instagram": (
        "connections/followers_and_following/followers_1.json",
        [ig_classic("a.b", title="Zo\u00c3\u00ab"), ig_new("c.d"), ig_blocked_record("e", "F")],
        None,
    ),
    "instagram-wrapped": (
        "followers_and_following/following.json",
        {
            "relationships_following": [ig_new("c.d")],
            "contacts_contact_info": [{"string_map_data": {"A": {"value": "B"}}}],
        },
        None,
    ),
    "instagram-2020": ("connections.json", {"followers": {"a": "2019-05-02T18:30:12+00:00"}}, None),
    "facebook": (
        "friends/friends.json",
        {"friends_v2": [{"name": "A", "timestamp": 1}], "followers_v3": [{"name": "B"}]},
        None,
    ),
    "facebook-suggested": ("connections/friends/suggested_friends.json", [ig_blocked_record("a", "B")], None),
    "snapchat": ("json/friends.json", snapchat_friends(), None),
    "tiktok": (
        "user_data_tiktok.json",
        {"Your Activity": {"Follower": {"FansList": [{"UserName": "a", "Date": "2024-01-01 00:00:00"}]}}},
        None,
    ),
    "discord": (
        "account/user.json",
        discord_user([discord_rel("1", 1, "a"), discord_rel("2", "BLOCKED", "b")]),
        None,
    ),
    "x": (
        "data/follower.js",
        [{"follower": {"accountId": "1", "userLink": "https://x/intent/user?user_id=1"}}],
        "YTD.follower.part0",
    ),
    "telegram": (
        "result.json",
        {
            "contacts": {
                "list": [
                    {"user_id": 1, "first_name": "A", "date": "2022-09-01T18:20:00", "date_unixtime": "1"}
                ]
            },
            "frequent_contacts": {"list": [{"id": 1, "category": "people", "type": "user", "name": "A"}]},
        },
        None,
    ),
}


@pytest.mark.parametrize("template", sorted(TEMPLATES))
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_parsers_survive_mutated_exports(template: str, data: st.DataObject) -> None:
    name, skeleton, js_global = TEMPLATES[template]
    doc = Doc(name, data.draw(mutated(skeleton)), js_global=js_global)
    for app, platform in PLATFORMS.items():
        acc = Accumulator(app)
        try:
            platform.recognise(doc)
            platform.parse([doc], acc)
        except BadInputError:
            continue
        acc.build([name])


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(
        st.lists(st.text(max_size=12) | st.sampled_from(["friends;blocked", "2024-01-01", ""]), max_size=7),
        max_size=5,
    )
)
def test_csv_parser_survives_random_rows(rows: list[list[str]]) -> None:
    body = "\n".join(",".join(cells) for cells in rows)
    doc = Doc("contacts.csv", text="name,handle,platform_id,lists,source,since\n" + body)
    with contextlib.suppress(BadInputError):
        PLATFORMS["csv"].parse([doc], Accumulator("csv"))


@pytest.mark.parametrize("app", sorted(PLATFORMS))
@settings(max_examples=100, deadline=None)
@given(
    data=JSONISH,
    name=st.sampled_from(NAMES),
    js_global=st.sampled_from([None, "YTD.follower.part0", "YTD.x"]),
)
def test_parsers_survive_random_json(app: str, data: object, name: str, js_global: str | None) -> None:
    platform = PLATFORMS[app]
    doc = Doc(name, data, text=data if isinstance(data, str) else "", js_global=js_global)
    acc = Accumulator(app)
    try:
        platform.recognise(doc)
        platform.parse([doc], acc)
    except BadInputError:
        return
    result = acc.build([name])
    assert all(isinstance(c.platform_id, str | None) for c in result.contacts)


@settings(max_examples=300, deadline=None)
@given(raw=st.binary(max_size=200) | st.text(max_size=200).map(str.encode), name=st.sampled_from(NAMES))
def test_decoding_random_bytes_only_raises_bad_input(raw: bytes, name: str) -> None:
    with contextlib.suppress(BadInputError):
        load_doc(name, raw, "fuzz")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=JSONISH, name=st.sampled_from(NAMES))
def test_read_export_on_random_files(data: object, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name.rsplit("/", 1)[-1]
        if name.endswith(".js"):
            path.write_text("window.YTD.follower.part0 = " + json.dumps(data), encoding="utf-8")
        elif isinstance(data, str) and not name.endswith(".json"):
            path.write_text(data, encoding="utf-8", errors="surrogatepass")
        else:
            path.write_text(json.dumps(data), encoding="utf-8")
        with contextlib.suppress(BadInputError):
            read_export([path])
