"""Whom each app's last import changed, after the import: the diff the parent can come back to."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from importer_fixtures import discord_rel, discord_user, instagram_2024, write_folder, write_zip

from familyguard.app import FamilyGuard
from familyguard.domain import Child, FixedClock


def _ig(tmp_path: Path, name: str, followers: list[str], following: list[str]) -> Path:
    return write_zip(tmp_path / name, instagram_2024(followers, following))


def _discord(tmp_path: Path, name: str, username: str) -> Path:
    doc = discord_user([discord_rel("200000000000000001", 1, username)])
    return write_folder(tmp_path / name, {"account/user.json": doc})


def _handles(fg: FamilyGuard, child: Child, changes: dict[int, str]) -> dict[str, str]:
    contacts = {c.id: c for c, _ in fg.ledger.listed(child, removed=True)}
    return {contacts[cid].handle or "": kind for cid, kind in changes.items()}


def test_each_apps_last_import_names_who_was_added_removed_renamed_or_moved(
    fg: FamilyGuard, tmp_path: Path, clock: FixedClock
) -> None:
    ella = fg.household.add_child("Ella", date(2012, 5, 5))
    ledger = fg.ledger
    ledger.import_export(ella, [_ig(tmp_path, "1.zip", ["amy", "bob", "cy"], [])])
    ledger.import_export(ella, [_discord(tmp_path, "d1", "sky.walker")])
    clock.set(clock.now() + timedelta(days=30))
    ledger.import_export(ella, [_ig(tmp_path, "2.zip", ["amy", "cy", "dan"], ["amy"])])
    ledger.import_export(ella, [_discord(tmp_path, "d2", "sky_walker_07")])  # same account id, new name

    expected = {"dan": "added", "bob": "removed", "amy": "lists_changed", "sky_walker_07": "renamed"}
    assert _handles(fg, ella, ledger.last_import_changes(ella)) == expected

    ledger.import_export(ella, [_ig(tmp_path, "2.zip", ["amy", "cy", "dan"], ["amy"])])  # nothing new
    ledger.add_contact(ella, "instagram", "Grandma Rose", "@rose_g", "family")  # an edit, not an import
    assert _handles(fg, ella, ledger.last_import_changes(ella)) == expected

    ledger.import_export(ella, [_ig(tmp_path, "3.zip", ["amy", "bob", "cy", "dan"], ["amy"])])
    assert _handles(fg, ella, ledger.last_import_changes(ella)) == {
        "bob": "restored",
        "sky_walker_07": "renamed",
    }


def test_a_first_import_added_everyone_and_a_sibling_sees_only_their_own(
    fg: FamilyGuard, tmp_path: Path
) -> None:
    ella = fg.household.add_child("Ella", date(2012, 5, 5))
    leo = fg.household.add_child("Leo", date(2014, 1, 1))
    fg.ledger.import_export(ella, [_ig(tmp_path, "1.zip", ["amy", "bob"], [])])
    assert fg.ledger.last_import_changes(leo) == {}
    assert _handles(fg, ella, fg.ledger.last_import_changes(ella)) == {"amy": "added", "bob": "added"}


def test_the_last_import_is_the_newest_even_when_the_clocks_went_back(
    fg: FamilyGuard, tmp_path: Path, clock: FixedClock
) -> None:
    """02:10 +01:00 comes after 02:30 +02:00 (the night summer time ends), though its text sorts first."""
    ella = fg.household.add_child("Ella", date(2012, 5, 5))
    clock.set(datetime(2026, 10, 25, 2, 30, tzinfo=timezone(timedelta(hours=2))))
    fg.ledger.import_export(ella, [_ig(tmp_path, "1.zip", ["amy"], [])])
    clock.set(datetime(2026, 10, 25, 2, 10, tzinfo=timezone(timedelta(hours=1))))
    fg.ledger.import_export(ella, [_ig(tmp_path, "2.zip", ["amy", "bob"], [])])
    assert _handles(fg, ella, fg.ledger.last_import_changes(ella)) == {"bob": "added"}
