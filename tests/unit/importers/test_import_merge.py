"""Merging entries into one contact per person, and the shared value helpers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from familyguard.importers import LIST_NAMES, ImportCancelled
from familyguard.importers.model import CANCEL_POLL_EVERY, Accumulator
from familyguard.importers.values import fix_mojibake, from_unix, parse_time

EARLY = datetime(2020, 1, 1, tzinfo=UTC)
LATE = datetime(2024, 1, 1, tzinfo=UTC)


def test_merge_keys_id_then_handle_then_name() -> None:
    acc = Accumulator("discord")
    acc.add("friends", name="Bud", handle="bud", platform_id="1", since=LATE)
    acc.add("blocked", handle="BUD", since=EARLY)  # same handle, no id: same person
    acc.add("friends", handle="bud", platform_id="2")  # same handle, other id: another account
    acc.add("followers", name="Ann")
    acc.add("following", name="Ann", source="added by search")
    acc.add("followers", name="")
    result = acc.build(["account/user.json"])
    bud, other, ann = result.contacts
    assert (bud.platform_id, bud.lists, bud.since) == ("1", frozenset({"friends", "blocked"}), EARLY)
    assert other.platform_id == "2"
    assert ann.lists == {"followers", "following"} and ann.source == "added by search"
    assert result.list_counts == {"friends": 2, "followers": 1, "following": 1, "blocked": 1}
    assert list(result.list_counts) == [n for n in LIST_NAMES if n in result.list_counts]
    assert result.notes == ("1 entry had no name, username or id and were left out.",)


def test_handle_entry_gains_id_later() -> None:
    acc = Accumulator("x")
    acc.add("followers", handle="kid")
    acc.add("following", handle="Kid", platform_id="9", name="Kid Name")
    (kid,) = acc.build([]).contacts
    assert (kid.handle, kid.platform_id, kid.display_name) == ("kid", "9", "Kid Name")


def test_cancel_is_polled_every_n_entries() -> None:
    calls: list[int] = []
    acc = Accumulator("instagram", lambda: bool(calls.append(1)) or True)
    for i in range(CANCEL_POLL_EVERY - 1):
        acc.add("followers", handle=f"u{i}")
    assert not calls
    with pytest.raises(ImportCancelled):
        acc.add("followers", handle="last")


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("\u00c4\u0090inh", "Đinh"),
        ("Jos\u00c3\u00a9", "José"),
        ("\u00f0\u009f\u0098\u0080", "😀"),
        ("José", "José"),
        ("Łukasz", "Łukasz"),
        ("plain", "plain"),
    ],
)
def test_fix_mojibake(raw: str, fixed: str) -> None:
    assert fix_mojibake(raw) == fixed


def test_time_helpers() -> None:
    assert from_unix(1609459200) == datetime(2021, 1, 1, tzinfo=UTC)
    assert from_unix("1609459200") == datetime(2021, 1, 1, tzinfo=UTC)
    assert from_unix(1609459200.5) == datetime(2021, 1, 1, 0, 0, 0, 500000, tzinfo=UTC)
    for bad in (True, -1, 0, 10**20, "12a", "", None, float("nan"), "१२३"):
        assert from_unix(bad) is None
    assert parse_time("2021-03-14 17:05:09 UTC") == datetime(2021, 3, 14, 17, 5, 9, tzinfo=UTC)
    assert parse_time("2019-06-01T12:00:00+02:00") == datetime(2019, 6, 1, 10, tzinfo=UTC)
    assert parse_time("2022-09-01T18:20:00") == datetime(2022, 9, 1, 18, 20, tzinfo=UTC)
    for bad in ("", "yesterday", 5, "2021-13-01 00:00:00"):
        assert parse_time(bad) is None


def test_namesakes_stay_apart_on_one_list_and_pair_up_across_lists() -> None:
    acc = Accumulator("facebook")
    acc.add("friends", name="Alex Smith", since=EARLY)
    acc.add("friends", name="Alex Smith", since=LATE)
    acc.add("followers", name="Alex Smith")
    acc.add("followers", name="Alex Smith")
    acc.add("followers", name="Alex Smith")
    acc.add("requests_received", name="Alex Smith")
    result = acc.build([])
    first, second, third = result.contacts
    assert (first.lists, first.since) == ({"friends", "followers", "requests_received"}, EARLY)
    assert (second.lists, second.since) == ({"friends", "followers"}, LATE)
    assert third.lists == {"followers"}
    assert result.list_counts == {"friends": 2, "followers": 3, "requests_received": 1}


def test_list_counts_count_people_not_entries() -> None:
    acc = Accumulator("tiktok")
    acc.add_many("followers", [("", "ollie_22", None, None, LATE), ("", "Ollie_22", None, None, EARLY)])
    acc.add_many("following", [("", "ollie_22", None, None, None), ("", "skate.kid", None, None, None)])
    acc.add("blocked", platform_id="7")
    acc.add("blocked", platform_id="7")
    result = acc.build([])
    assert len(result.contacts) == 3
    assert result.list_counts == {"followers": 1, "following": 2, "blocked": 1}
