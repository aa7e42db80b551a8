"""The friend ledger on a real SQLCipher household: imports, re-imports, edits, review, CSV."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
import sqlcipher3
from importer_fixtures import ig_classic, instagram_2024, snap, write_folder, write_zip

from familyguard.app import FamilyGuard
from familyguard.contacts.csv_export import HEADER
from familyguard.contacts.ledger import Ledger
from familyguard.domain import Child, FixedClock
from familyguard.errors import BadInputError, NotFoundError, UsageError
from familyguard.importers import read_export

IG = "connections/followers_and_following/"


@pytest.fixture
def ledger(fg: FamilyGuard) -> Ledger:
    return Ledger(fg.contacts, fg.household, fg.clock)


@pytest.fixture
def ella(fg: FamilyGuard) -> Child:
    from datetime import date

    return fg.household.add_child("Ella", date(2012, 5, 5))


def _ig(tmp_path: Path, name: str, followers: list[str], following: list[str]) -> Path:
    return write_zip(tmp_path / name, instagram_2024(followers, following))


def _snapchat(tmp_path: Path, name: str, friends: list[tuple[str, str]]) -> Path:
    doc = {"Friends": [snap(u, d, "2024-01-01 10:00:00 UTC", "added by username") for u, d in friends]}
    return write_folder(tmp_path / name, {"json/friends.json": doc})


def test_import_reports_lists_and_adds_the_app(ledger: Ledger, ella: Child, tmp_path: Path) -> None:
    result = ledger.import_export(ella, [_ig(tmp_path, "a.zip", ["amy", "bob"], ["bob", "cy"])])
    report = result.report()
    assert report["platform"] == "instagram" and report["app"] == "instagram"
    assert report["lists"] == {"followers": 2, "following": 2}
    assert (report["added"], report["removed"], report["unchanged"]) == (3, 0, 0)
    assert result.app_added and result.snapshot_id is not None
    bob = next(c for c, _ in ledger.listed(ella) if c.handle == "bob")
    assert bob.lists == {"followers", "following"} and bob.status == "new"


def test_reimport_changes_nothing(fg: FamilyGuard, ledger: Ledger, ella: Child, tmp_path: Path) -> None:
    path = _ig(tmp_path, "a.zip", ["amy", "bob"], ["cy"])
    first = ledger.import_export(ella, [path])
    before = fg.db.rows("SELECT * FROM contact ORDER BY id")
    again = ledger.import_export(ella, [path])
    assert again.snapshot_id is None and not again.app_added
    assert (again.report()["added"], again.report()["removed"], again.report()["unchanged"]) == (0, 0, 3)
    assert [tuple(r) for r in fg.db.rows("SELECT * FROM contact ORDER BY id")] == [tuple(r) for r in before]
    assert len(fg.contacts.snapshots(first.use.id)) == 1


def test_removed_restored_and_list_changes(
    fg: FamilyGuard, ledger: Ledger, ella: Child, tmp_path: Path, clock: FixedClock
) -> None:
    ledger.import_export(ella, [_ig(tmp_path, "1.zip", ["amy", "bob"], [])])
    second = ledger.import_export(ella, [_ig(tmp_path, "2.zip", ["amy"], ["amy"])])
    assert second.report()["removed"] == 1 and second.report()["changed"] == 1
    listed = {c.handle: c for c, _ in ledger.listed(ella, removed=True)}
    assert listed["bob"].removed is not None and listed["amy"].lists == {"followers", "following"}
    diff = ledger.diff(second.use)
    assert diff["removed"] == [listed["bob"].id] and diff["lists_changed"] == [listed["amy"].id]
    third = ledger.import_export(ella, [_ig(tmp_path, "3.zip", ["amy", "bob"], ["amy"])])
    assert ledger.diff(third.use)["restored"] == [listed["bob"].id]
    assert [e.kind for e in ledger.history(str(listed["bob"].id))] == ["removed", "restored"]


def test_rename_is_kept_in_history(ledger: Ledger, ella: Child, tmp_path: Path) -> None:
    ledger.import_export(ella, [_snapchat(tmp_path, "s1", [("sky.walker", "Sky")])])
    result = ledger.import_export(ella, [_snapchat(tmp_path, "s2", [("Sky.Walker", "Sky W")])])
    ((contact, _),) = ledger.listed(ella)
    assert contact.display_name == "Sky W" and ledger.diff(result.use)["renamed"] == [contact.id]
    events = ledger.history(str(contact.id))
    assert events[-1].kind in {"renamed", "handle"}
    assert any(e.kind == "renamed" and e.detail == {"from": "Sky", "to": "Sky W"} for e in events)


def test_manual_add_review_flag_relation(
    fg: FamilyGuard, ledger: Ledger, ella: Child, tmp_path: Path
) -> None:
    ledger.import_export(ella, [_ig(tmp_path, "1.zip", ["amy", "bob"], [])])
    contact, use, added = ledger.add_contact(ella, "roblox", "Grandma Rose", "@rose_g", "family")
    assert added and use.app_id == "roblox" and contact.handle == "rose_g" and contact.status == "reviewed"
    assert [s.kind for s in fg.contacts.snapshots(use.id)] == ["manual"]
    assert len(ledger.listed(ella, new=True)) == 2
    assert ledger.review(ella, "instagram") == 2
    assert ledger.listed(ella, new=True) == []
    amy = next(c for c, _ in ledger.listed(ella) if c.handle == "amy")
    flagged = ledger.flag(str(amy.id), "asked for photos")
    assert (flagged.status, flagged.flag_reason) == ("flagged", "asked for photos")
    assert [c.id for c, _ in ledger.listed(ella, flagged=True)] == [amy.id]
    assert ledger.set_relation(str(amy.id), "school").relation == "school"
    assert [e.kind for e in ledger.history(str(amy.id))][-2:] == ["flagged", "relation"]
    with pytest.raises(UsageError):
        ledger.set_relation(str(amy.id), "stranger")
    with pytest.raises(NotFoundError):
        ledger.flag("9999")
    removed = ledger.remove_contact(str(contact.id))
    assert removed.removed is not None
    assert ledger.diff(use)["removed"] == [contact.id]


def test_manual_contacts_survive_imports(ledger: Ledger, ella: Child, tmp_path: Path) -> None:
    ledger.add_contact(ella, "instagram", "Cousin Max")
    result = ledger.import_export(ella, [_ig(tmp_path, "1.zip", ["amy"], [])])
    assert result.report()["removed"] == 0 and len(ledger.listed(ella)) == 2


def test_a_person_added_by_hand_then_found_in_an_export_is_followed_by_later_imports(
    ledger: Ledger, ella: Child, tmp_path: Path
) -> None:
    rose, _, _ = ledger.add_contact(ella, "instagram", "Grandma Rose", "@rose_g", "family")
    ledger.import_export(ella, [_ig(tmp_path, "1.zip", ["amy", "rose_g"], [])])
    found = ledger.find(str(rose.id))
    assert (found.source, found.relation, found.lists) == (None, "family", {"followers"})
    result = ledger.import_export(ella, [_ig(tmp_path, "2.zip", ["amy"], [])])
    assert result.report()["removed"] == 1 and ledger.find(str(rose.id)).removed is not None


def test_csv_round_trip(ledger: Ledger, ella: Child, tmp_path: Path) -> None:
    from familyguard.contacts.csv_export import write_csv

    ledger.import_export(ella, [_ig(tmp_path, "1.zip", ["amy", "bob"], ["bob"])])
    out = tmp_path / "ella.csv"
    assert write_csv(out, ledger.listed(ella)) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert tuple(rows[0]) == HEADER and {r[1] for r in rows[1:]} == {"amy", "bob"}


def test_csv_export_reads_back(ledger: Ledger, ella: Child, tmp_path: Path) -> None:
    from familyguard.contacts.csv_export import write_csv

    ledger.import_export(ella, [_ig(tmp_path, "1.zip", ["amy", "bob"], ["bob"])])
    out = tmp_path / "ella.csv"
    write_csv(out, ledger.listed(ella))
    parsed = read_export([out])
    assert parsed.platform == "instagram"  # the export names its app in the app column
    assert {(c.handle, c.lists) for c in parsed.contacts} == {
        ("amy", frozenset({"followers"})),
        ("bob", frozenset({"followers", "following"})),
    }


def test_csv_import_needs_an_app_and_merges(ledger: Ledger, ella: Child, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("name,handle,lists\nJake,jake_2009,friends\n", encoding="utf-8")
    with pytest.raises(UsageError):
        ledger.import_export(ella, [path])
    result = ledger.import_export(ella, [path], app="roblox")
    assert result.report()["platform"] == "csv" and result.use.app_id == "roblox"
    assert ledger.import_export(ella, [path], app="roblox").snapshot_id is None


def test_wrong_app_for_export_is_refused(ledger: Ledger, ella: Child, tmp_path: Path) -> None:
    with pytest.raises(BadInputError):
        ledger.import_export(
            ella, [write_zip(tmp_path / "a.zip", {IG + "followers_1.json": [ig_classic("a")]})], "snapchat"
        )
    assert ella and ledger.listed(ella) == []


def test_failed_write_leaves_previous_state(
    fg: FamilyGuard, ledger: Ledger, ella: Child, tmp_path: Path
) -> None:
    ledger.import_export(ella, [_ig(tmp_path, "1.zip", ["amy"], [])])
    before = [tuple(r) for r in fg.db.rows("SELECT * FROM contact")]
    prepared = ledger.prepare_import(ella, [_ig(tmp_path, "2.zip", ["bob", "cy"], [])])
    old, new = prepared.plan.updated[0]
    prepared.plan.updated[0] = (old, replace(new, relation="bogus"))  # fails last, after the inserts
    with pytest.raises(sqlcipher3.IntegrityError):
        ledger.commit_import(prepared)
    assert [tuple(r) for r in fg.db.rows("SELECT * FROM contact")] == before
    assert len(fg.db.rows("SELECT * FROM snapshot")) == 1


def _facebook(tmp_path: Path, name: str, friends: list[tuple[str, int]], followers: list[str]) -> Path:
    return write_zip(
        tmp_path / name,
        {
            "connections/friends/your_friends.json": {
                "friends_v2": [{"name": n, "timestamp": t} for n, t in friends]
            },
            "connections/followers/people_who_followed_you.json": {
                "followers_v3": [{"name": n} for n in followers]
            },
        },
    )


def test_namesakes_keep_their_own_contact_across_imports(
    fg: FamilyGuard, ledger: Ledger, ella: Child, tmp_path: Path
) -> None:
    both = [("Alex Smith", 1500000000), ("Alex Smith", 1600000000)]
    path = _facebook(tmp_path, "1.zip", both, ["Alex Smith"])
    first = ledger.import_export(ella, [path])
    assert first.report()["added"] == 2 and first.report()["lists"] == {"friends": 2, "followers": 1}
    older, newer = sorted((c for c, _ in ledger.listed(ella)), key=lambda c: c.id)
    assert older.lists == {"friends", "followers"} and newer.lists == {"friends"}
    ledger.flag(str(newer.id), "asked to move to another app")
    before = [tuple(r) for r in fg.db.rows("SELECT * FROM contact ORDER BY id")]

    again = ledger.import_export(ella, [path])
    assert again.snapshot_id is None
    assert (again.report()["added"], again.report()["removed"], again.report()["unchanged"]) == (0, 0, 2)
    assert [tuple(r) for r in fg.db.rows("SELECT * FROM contact ORDER BY id")] == before

    third = ledger.import_export(ella, [_facebook(tmp_path, "2.zip", both[1:], ["Alex Smith"])])
    assert (third.report()["added"], third.report()["removed"]) == (0, 1)
    listed = {c.id: c for c, _ in ledger.listed(ella, removed=True)}
    assert listed[older.id].removed is not None and listed[newer.id].removed is None
    assert listed[newer.id].status == "flagged" and listed[newer.id].lists == {"friends", "followers"}


def _nothing_written(fg: FamilyGuard, ella: Child) -> bool:
    """Ella has no app, no contact and no snapshot."""
    tables = ("contact", "snapshot")
    return fg.household.apps.for_child(ella.id) == [] and all(
        fg.db.rows(f"SELECT count(*) FROM {t}")[0][0] == 0 for t in tables
    )


def test_failed_first_import_adds_no_app(
    fg: FamilyGuard, ledger: Ledger, ella: Child, tmp_path: Path
) -> None:
    prepared = ledger.prepare_import(ella, [_ig(tmp_path, "1.zip", ["amy", "bob"], [])])
    assert prepared.use is None
    amy, bob = prepared.plan.added
    prepared.plan.added[:] = [amy._replace(display_name="Amy"), bob._replace(display_name=None)]  # type: ignore[arg-type]
    with pytest.raises(sqlcipher3.IntegrityError):  # bob's missing name breaks NOT NULL, after the app
        ledger.commit_import(prepared)
    assert _nothing_written(fg, ella)


def test_failed_manual_add_adds_no_app(
    fg: FamilyGuard, ledger: Ledger, ella: Child, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("familyguard.contacts.ledger._check_relation", lambda relation: None)
    with pytest.raises(sqlcipher3.IntegrityError):  # the table's CHECK refuses it, after the app
        ledger.add_contact(ella, "roblox", "Jake", relation="stranger")
    assert _nothing_written(fg, ella)


def test_empty_first_import_adds_no_app(fg: FamilyGuard, ledger: Ledger, ella: Child, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("name,handle,lists\n", encoding="utf-8")
    result = ledger.import_export(ella, [path], app="roblox")
    assert (result.use, result.app_added, result.snapshot_id) == (None, False, None)
    assert result.report()["app"] == "roblox" and _nothing_written(fg, ella)


def test_custom_app_receives_friends(ledger: Ledger, ella: Child, fg: FamilyGuard, tmp_path: Path) -> None:
    custom = fg.household.add_custom_app(ella, "Block Party", ["private_messaging"])
    path = tmp_path / "list.csv"
    path.write_text("name,handle,lists\nJake,jake_2009,friends\n", encoding="utf-8")
    result = ledger.import_export(ella, [path], app="block party")
    assert (result.use, result.app_added) == (custom, False)
    contact, use, added = ledger.add_contact(ella, "Block Party", "Cousin Max")
    assert (use, added, contact.app_use_id) == (custom, False, custom.id)
    assert {c.display_name for c, _ in ledger.listed(ella, "Block Party")} == {"Jake", "Cousin Max"}


def test_wrong_app_says_which_app_and_what_to_do(ledger: Ledger, ella: Child, tmp_path: Path) -> None:
    export = _ig(tmp_path, "a.zip", ["amy"], [])
    with pytest.raises(BadInputError) as wrong:
        ledger.import_export(ella, [export], "snapchat")
    assert wrong.value.path == export
    assert wrong.value.message == f"{export}: this is an export from Instagram, not from Snapchat."
    assert wrong.value.hint.startswith("To import it, choose Instagram as the app.")
    assert "accounts.snapchat.com" in wrong.value.hint  # how to download Snapchat's export
    with pytest.raises(BadInputError) as custom:
        ledger.import_export(ella, [export], "roblox")
    assert "not from Roblox" in custom.value.message and "CSV" in custom.value.hint
    assert ledger.listed(ella) == []
