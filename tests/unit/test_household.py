"""Children and their apps, as a parent adds, finds, edits and removes them."""

from __future__ import annotations

from datetime import date

import pytest

from familyguard.app import FamilyGuard
from familyguard.errors import NotFoundError, UsageError


def test_child_age_comes_from_the_birth_date(fg: FamilyGuard) -> None:
    child = fg.household.add_child("  Mia ", date(2019, 11, 23))
    assert child.name == "Mia"
    assert child.age(fg.clock.today()) == 6
    assert child.age(date(2026, 11, 23)) == 7


def test_children_are_found_by_name_in_any_case_or_by_id(fg: FamilyGuard) -> None:
    mia = fg.household.add_child("Mia", date(2019, 3, 1))
    assert fg.household.find_child("MIA") == mia
    assert fg.household.find_child(str(mia.id)) == mia


def test_unknown_child_suggests_close_names(fg: FamilyGuard) -> None:
    fg.household.add_child("Mia", date(2019, 3, 1))
    with pytest.raises(NotFoundError) as caught:
        fg.household.find_child("Mai")
    assert caught.value.exit_code == 5 and caught.value.suggestions == ["Mia"]


@pytest.mark.parametrize(
    ("name", "born", "problem"),
    [
        ("", date(2015, 1, 1), "empty"),
        ("Leo", date(2027, 1, 1), "future"),
        ("Leo", date(1990, 1, 1), "25 years"),
        ("x" * 61, date(2015, 1, 1), "longer"),
    ],
)
def test_bad_child_details_are_refused(fg: FamilyGuard, name: str, born: date, problem: str) -> None:
    with pytest.raises(UsageError, match=problem):
        fg.household.add_child(name, born)
    assert fg.household.children.all() == []


def test_two_children_cannot_share_a_name(fg: FamilyGuard) -> None:
    fg.household.add_child("Mia", date(2019, 3, 1))
    with pytest.raises(UsageError, match="already a child called"):
        fg.household.add_child("mia", date(2018, 3, 1))


def test_edit_child(fg: FamilyGuard) -> None:
    leo = fg.household.add_child("Leo", date(2015, 3, 1))
    fg.household.edit_child(leo, "Leonard", date(2015, 4, 1))
    assert [(c.name, c.born) for c in fg.household.children.all()] == [("Leonard", date(2015, 4, 1))]


def test_app_is_added_by_alias_with_handle_and_settings(fg: FamilyGuard) -> None:
    ella = fg.household.add_child("Ella", date(2012, 5, 5))
    use = fg.household.add_app(ella, "musical.ly", "ellasky", {"private_account": "yes"})
    assert (use.app_id, use.name, use.handle, use.settings) == (
        "tiktok",
        "TikTok",
        "ellasky",
        {"private_account": "yes"},
    )
    assert use.added == fg.clock.today()
    assert fg.household.find_app_use(ella, "tiktok") == use


def test_unknown_app_suggests_catalogue_ids(fg: FamilyGuard) -> None:
    ella = fg.household.add_child("Ella", date(2012, 5, 5))
    with pytest.raises(NotFoundError) as caught:
        fg.household.add_app(ella, "snapchta")
    assert "snapchat" in caught.value.suggestions


def test_an_app_is_added_once_per_child(fg: FamilyGuard) -> None:
    ella = fg.household.add_child("Ella", date(2012, 5, 5))
    fg.household.add_app(ella, "spotify")
    with pytest.raises(UsageError, match="already"):
        fg.household.add_app(ella, "Spotify")


def test_bad_setting_value_is_refused_and_nothing_added(fg: FamilyGuard) -> None:
    ella = fg.household.add_child("Ella", date(2012, 5, 5))
    with pytest.raises(UsageError, match="messages_from"):
        fg.household.add_app(ella, "snapchat", settings={"messages_from": "strangers"})
    assert fg.household.apps.for_child(ella.id) == []


def test_custom_app_keeps_its_features(fg: FamilyGuard) -> None:
    leo = fg.household.add_child("Leo", date(2015, 3, 1))
    use = fg.household.add_custom_app(leo, "Block Party Chat", ["stranger_contact", "live_streaming"])
    assert use.is_custom and use.app_id == "custom:block_party_chat"
    assert fg.household.apps.for_child(leo.id)[0].custom_features == ("stranger_contact", "live_streaming")


def test_custom_app_with_unknown_feature_is_refused(fg: FamilyGuard) -> None:
    leo = fg.household.add_child("Leo", date(2015, 3, 1))
    with pytest.raises(UsageError, match="teleport"):
        fg.household.add_custom_app(leo, "Odd", ["teleport"])


def test_removing_a_child_removes_their_apps_and_talks(fg: FamilyGuard) -> None:
    leo = fg.household.add_child("Leo", date(2015, 3, 1))
    fg.household.add_app(leo, "roblox")
    fg.talks.log_talk(leo.id, "too_nice", None, fg.clock.now(), "")
    fg.household.remove_child(leo)
    assert fg.db.rows("SELECT count(*) AS n FROM app_use")[0]["n"] == 0
    assert fg.db.rows("SELECT count(*) AS n FROM talk_log")[0]["n"] == 0


def test_edit_and_remove_app(fg: FamilyGuard) -> None:
    leo = fg.household.add_child("Leo", date(2015, 3, 1))
    use = fg.household.add_app(leo, "roblox")
    fg.household.edit_app(use, "leo_speedrun", {"contact_approval": "on"})
    stored = fg.household.apps.for_child(leo.id)[0]
    assert (stored.handle, stored.settings) == ("leo_speedrun", {"contact_approval": "on"})
    fg.household.remove_app(stored)
    assert fg.household.apps.for_child(leo.id) == []
