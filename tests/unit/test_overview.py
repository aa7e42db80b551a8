"""What needs the parent's attention: each kind of item for the right reason, in order; calm when calm."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from importer_fixtures import instagram_2024, write_zip

from familyguard.app import FamilyGuard
from familyguard.demo import populate
from familyguard.domain import AppUse, Child, Contact, FixedClock
from familyguard.overview import KINDS, Overview, Target, household_overview
from familyguard.talks.service import Talks

NOW = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)


@pytest.fixture
def talks(fg: FamilyGuard, clock: FixedClock) -> Talks:
    return Talks(fg.talks, fg.household, clock, ZoneInfo("Europe/London"))


def overview(fg: FamilyGuard, talks: Talks) -> Overview:
    return household_overview(fg, talks)


def kinds(found: Overview) -> list[str]:
    return [item.kind for item in found.items]


def add_contacts(
    fg: FamilyGuard, use: AppUse, *people: tuple[str, str], days_ago: int = 5, kind: str = "import"
) -> None:
    """(handle, status) contacts on one app use, in one snapshot `days_ago` days ago."""
    at = NOW - timedelta(days=days_ago)
    contacts = [
        Contact(
            0, use.id, handle.title(), handle, None, frozenset({"friends"}), "unknown", status, None, at, at
        )
        for handle, status in people
    ]
    fg.contacts.add_snapshot(use.id, kind, "test", at, contacts)


def child(fg: FamilyGuard, name: str, age: int) -> Child:
    return fg.household.add_child(name, date(NOW.year - age, 1, 5))


def test_an_empty_household_and_a_calm_one_need_nothing(fg: FamilyGuard, talks: Talks) -> None:
    assert overview(fg, talks).calm and overview(fg, talks).cards == ()
    mia = child(fg, "Mia", 7)
    fg.household.add_app(mia, "roblox", settings={"messages_from": "friends"})
    add_contacts(fg, fg.household.apps.for_child(mia.id)[0], ("grandpa_joe", "reviewed"))
    found = overview(fg, talks)
    assert found.calm, found.items
    (card,) = found.cards
    assert (card.child.name, card.age, card.new_contacts, card.flagged_contacts) == ("Mia", 7, 0, 0)
    assert [name for name, _ in card.apps] == ["Roblox"] and card.overall == card.apps[0][1]
    assert card.next_talk is None


def test_flagged_and_new_contacts_per_child_and_app(fg: FamilyGuard, talks: Talks) -> None:
    ella = child(fg, "Ella", 14)
    snapchat = fg.household.add_app(ella, "snapchat")
    instagram = fg.household.add_app(ella, "instagram")
    add_contacts(fg, snapchat, ("jay_model_scout", "flagged"), ("lena", "new"), ("aisha", "reviewed"))
    add_contacts(fg, instagram, ("top.models", "new"), ("mila", "new"))
    items = [i for i in overview(fg, talks).items if i.kind in ("flagged_contacts", "new_contacts")]
    assert [(i.kind, i.target) for i in items] == [
        ("flagged_contacts", Target("friends", ella.id, "snapchat", status="flagged")),
        ("new_contacts", Target("friends", ella.id, "instagram", status="new")),
        ("new_contacts", Target("friends", ella.id, "snapchat", status="new")),
    ]
    assert "You flagged 1 contact on Ella's Snapchat (Jay_Model_Scout (@jay_model_scout))" in items[0].reason
    assert items[1].reason.startswith("2 contacts on Ella's Instagram are not reviewed yet")
    assert items[0].importance == "high" and items[1].importance == "medium"
    card = overview(fg, talks).cards[0]
    assert (card.new_contacts, card.flagged_contacts) == (3, 1)


def test_signals_shared_stranger_and_same_person_across_apps(fg: FamilyGuard, talks: Talks) -> None:
    mia, leo = child(fg, "Mia", 7), child(fg, "Leo", 11)
    add_contacts(fg, fg.household.add_app(mia, "roblox"), ("jake_2009", "reviewed"))
    add_contacts(fg, fg.household.add_app(leo, "roblox"), ("jake_2009", "reviewed"))
    add_contacts(fg, fg.household.add_app(leo, "discord"), ("jake2009", "reviewed"))
    found = overview(fg, talks)
    shared = [i for i in found.items if i.kind == "shared_between_children"]
    assert len(shared) == 1 and shared[0].child == "Leo and Mia"
    assert "is on the Roblox lists of Leo and Mia" in shared[0].reason
    assert shared[0].target.page == "signals" and len(shared[0].target.contacts) == 2
    across = [i.reason for i in found.items if i.kind == "same_person_across_apps"]
    assert sorted(r.split(". On ")[1] for r in across) == [
        "Leo's Roblox and Leo's Discord.",
        "Mia's Roblox and Leo's Discord.",
    ]


def test_apps_below_the_minimum_age_and_high_risks_with_unchecked_settings(
    fg: FamilyGuard, talks: Talks
) -> None:
    leo, ella = child(fg, "Leo", 11), child(fg, "Ella", 14)
    fg.household.add_app(leo, "discord")
    tiktok = fg.household.add_app(ella, "tiktok")
    found = overview(fg, talks)
    (young,) = [i for i in found.items if i.kind == "under_age"]
    assert young.reason.startswith("Leo is 11, younger than Discord's minimum age of 13")
    assert young.target == Target("apps", leo.id, "discord")
    unchecked = [i for i in found.items if i.kind == "setting_unchecked" and i.child == "Ella"]
    assert [i.reason for i in unchecked] == [
        "Ella's TikTok is high on gifts and money; not checked yet: “Linked to parent (family pairing)”."
    ]
    assert unchecked[0].target == Target("apps", ella.id, "tiktok")
    fg.household.edit_app(tiktok, None, {"family_link": "yes"})
    assert "setting_unchecked" not in kinds(overview(fg, talks))


def test_an_old_import_is_worth_importing_again(fg: FamilyGuard, talks: Talks) -> None:
    ella = child(fg, "Ella", 14)
    instagram = fg.household.add_app(ella, "instagram", settings={"private_account": "yes"})
    tiktok = fg.household.add_app(ella, "tiktok")
    add_contacts(fg, instagram, ("aisha", "reviewed"), days_ago=200)
    add_contacts(fg, instagram, ("mila", "reviewed"), days_ago=90)
    add_contacts(fg, tiktok, ("aisha", "reviewed"), days_ago=30)
    (old,) = [i for i in overview(fg, talks).items if i.kind == "old_import"]
    assert old.reason.startswith("Ella's Instagram list was last imported 3 months ago (24 Aug 2026)")
    assert old.target == Target("friends", ella.id, "instagram") and old.importance == "low"


def test_importing_an_unchanged_list_again_makes_it_fresh(
    fg: FamilyGuard, talks: Talks, clock: FixedClock, tmp_path: Path
) -> None:
    ella = child(fg, "Ella", 14)
    export = write_zip(tmp_path / "ig.zip", instagram_2024(["aisha", "mila"], ["aisha"]))
    clock.set(NOW - timedelta(days=90))
    fg.ledger.import_export(ella, [export])
    clock.set(NOW)
    assert "old_import" in kinds(overview(fg, talks))
    again = fg.ledger.import_export(ella, [export])  # a fresh download, and nobody came or went
    assert again.snapshot_id is None and "old_import" not in kinds(overview(fg, talks))
    clock.set(NOW + timedelta(days=61))
    assert "old_import" in kinds(overview(fg, talks))


def test_manual_lists_are_never_old_imports(fg: FamilyGuard, talks: Talks) -> None:
    mia = child(fg, "Mia", 7)
    add_contacts(fg, fg.household.add_app(mia, "roblox"), ("noah", "reviewed"), days_ago=200, kind="manual")
    assert "old_import" not in kinds(overview(fg, talks))


def test_talks_overdue_due_and_coming_up(fg: FamilyGuard, talks: Talks, clock: FixedClock) -> None:
    leo = child(fg, "Leo", 11)
    weekly, _ = talks.plan(leo, "too_nice", "1w", "19:00")
    monthly, _ = talks.plan(leo, "strangers_online", "1m", "19:00", start="2026-11-24")
    found = overview(fg, talks)
    assert [(i.kind, i.target.plan_id) for i in found.items] == [
        ("talk_upcoming", weekly.id),
        ("talk_upcoming", monthly.id),
    ]
    assert (
        found.items[0].reason
        == "Coming up on Sun 22 Nov, 19:00: talk with Leo about “Someone who is too nice”."
    )
    clock.set(NOW + timedelta(hours=1, minutes=5))
    assert kinds(overview(fg, talks)) == ["talk_due", "talk_upcoming"]
    clock.set(NOW + timedelta(days=8))
    found = overview(fg, talks)
    assert kinds(found) == ["talk_overdue", "talk_overdue"]
    assert found.items[0].target == Target("talks", leo.id, plan_id=weekly.id)
    assert found.items[0].reason == (
        "Overdue: talk with Leo about “Someone who is too nice”, planned for Sun 29 Nov, 19:00"
        " (2 dates passed)."
    )


def test_the_demo_household_shows_every_kind_most_important_first(fg: FamilyGuard, talks: Talks) -> None:
    populate(fg)
    found = overview(fg, talks)
    assert set(kinds(found)) == set(KINDS) - {"talk_due", "burst_of_new_contacts"}
    keys = [item.sort_key()[:2] for item in found.items]
    assert (
        keys == sorted(keys) and found.items[0].importance == "high" and found.items[-1].importance == "low"
    )
    assert [(card.child.name, card.age) for card in found.cards] == [("Ella", 14), ("Leo", 11), ("Mia", 7)]
    ella = found.cards[0]
    assert (ella.overall, ella.apps[0], ella.new_contacts, ella.flagged_contacts) == (
        "high",
        ("Snapchat", "high"),
        2,
        1,
    )
    assert ella.next_talk is not None and ella.next_talk.topic == "Live streaming" and ella.next_talk.due
