"""The CSV export's `app` column: a file of one app imports back as that app, a file of several is refused."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from importer_fixtures import instagram_2024, snap, write_folder, write_zip
from runcli import familyguard, ok

from familyguard.app import FamilyGuard
from familyguard.contacts.csv_export import write_csv
from familyguard.domain import Child
from familyguard.errors import BadInputError


@pytest.fixture
def ella(fg: FamilyGuard) -> Child:
    return fg.household.add_child("Ella", date(2012, 5, 5))


def _export(fg: FamilyGuard, child: Child, path: Path, app: str | None = None) -> Path:
    """What `friends export` and the Friends page write: the child's people with their apps."""
    listed = fg.ledger.listed(child, app)
    write_csv(path, listed)
    return path


def _instagram_and_snapchat(fg: FamilyGuard, child: Child, tmp_path: Path) -> None:
    fg.ledger.import_export(child, [write_zip(tmp_path / "ig.zip", instagram_2024(["amy", "bob"], ["bob"]))])
    friends = {"Friends": [snap("cy", "Cy", "2024-01-01 10:00:00 UTC", "added by username")]}
    fg.ledger.import_export(child, [write_folder(tmp_path / "snap", {"json/friends.json": friends})])


def test_one_app_imports_back_without_naming_it(fg: FamilyGuard, ella: Child, tmp_path: Path) -> None:
    _instagram_and_snapchat(fg, ella, tmp_path)
    out = _export(fg, ella, tmp_path / "ella-instagram.csv", "instagram")
    sam = fg.household.add_child("Sam", date(2014, 5, 5))
    result = fg.ledger.import_export(sam, [out])
    assert result.use.app_id == "instagram" and result.app_added
    assert {(c.handle, c.lists) for c, _ in fg.ledger.listed(sam)} == {
        ("amy", frozenset({"followers"})),
        ("bob", frozenset({"followers", "following"})),
    }
    assert fg.ledger.import_export(ella, [out]).snapshot_id is None  # the same people: nothing changes
    assert fg.ledger.import_export(ella, [out], app="instagram").snapshot_id is None


def test_an_app_without_a_data_export_imports_back(fg: FamilyGuard, ella: Child, tmp_path: Path) -> None:
    fg.ledger.add_contact(ella, "roblox", "Jake", "jake_2009")
    out = _export(fg, ella, tmp_path / "ella-roblox.csv", "roblox")
    sam = fg.household.add_child("Sam", date(2014, 5, 5))
    assert fg.ledger.import_export(sam, [out]).use.app_id == "roblox"
    assert [(c.display_name, c.handle, use.app_id) for c, use in fg.ledger.listed(sam)] == [
        ("Jake", "jake_2009", "roblox")
    ]


def test_a_file_of_another_app_is_refused_by_that_apps_name(
    fg: FamilyGuard, ella: Child, tmp_path: Path
) -> None:
    fg.ledger.add_contact(ella, "roblox", "Jake", "jake_2009")
    out = _export(fg, ella, tmp_path / "ella-roblox.csv", "roblox")
    with pytest.raises(BadInputError, match="this is an export from Roblox, not from Snapchat") as caught:
        fg.ledger.import_export(ella, [out], app="snapchat")
    assert "choose Roblox as the app" in caught.value.hint
    assert [use.app_id for use in fg.household.apps.for_child(ella.id)] == ["roblox"]


def test_several_apps_in_one_file_are_refused(fg: FamilyGuard, ella: Child, tmp_path: Path) -> None:
    _instagram_and_snapchat(fg, ella, tmp_path)
    out = _export(fg, ella, tmp_path / "ella-all.csv")
    before = fg.db.rows("SELECT * FROM contact ORDER BY id")
    for app in (None, "instagram"):
        with pytest.raises(
            BadInputError, match=r"ella-all\.csv: the file holds people of several apps"
        ) as caught:
            fg.ledger.import_export(ella, [out], app)
        assert "(instagram, snapchat)" in caught.value.message
        assert "Friends page" in caught.value.hint and "friends export --app" in caught.value.hint
    assert fg.db.rows("SELECT * FROM contact ORDER BY id") == before


def test_cli_imports_a_one_app_file_and_refuses_a_mixed_one(env: dict[str, str], tmp_path: Path) -> None:
    env["FAMILYGUARD_PASSPHRASE"] = "correct horse battery"
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    one = tmp_path / "one.csv"
    one.write_text("name,handle,lists,app\nAmy,amy,Followers,instagram\n", encoding="utf-8-sig")
    report = json.loads(ok(env, "friends", "import", "Ella", str(one), "--json"))
    assert (report["app"], report["added"], report["lists"]) == ("instagram", 1, {"followers": 1})
    mixed = tmp_path / "mixed.csv"
    mixed.write_text("name,app\nBen,instagram\nMia,tiktok\n", encoding="utf-8")
    done = familyguard(env, "friends", "import", "Ella", str(mixed))
    assert done.returncode == 3 and "mixed.csv: the file holds people of several apps" in done.stderr
    assert "(instagram, tiktok)" in done.stderr
    listed = json.loads(ok(env, "friends", "list", "Ella", "--json"))
    assert [(c["app"], c["name"]) for c in listed] == [("instagram", "Amy")]
    roblox = tmp_path / "roblox.csv"  # an app with no data export of its own: the parent's list
    roblox.write_text("name,handle,lists,app\nJake,jake_2009,friends,roblox\n", encoding="utf-8")
    assert "Roblox export for Ella: friends 1. 1 added" in ok(env, "friends", "import", "Ella", str(roblox))


def test_the_app_column_takes_what_app_takes_and_names_what_it_does_not_know(
    fg: FamilyGuard, ella: Child, tmp_path: Path
) -> None:
    _instagram_and_snapchat(fg, ella, tmp_path)
    by_alias = tmp_path / "snap.csv"
    by_alias.write_text("name,handle,lists,app\nDee,dee,friends,snap\n", encoding="utf-8")
    result = fg.ledger.import_export(ella, [by_alias])
    assert result.use is not None and result.use.app_id == "snapchat" and not result.app_added
    assert {c.handle for c, _ in fg.ledger.listed(ella, "snapchat")} == {"dee"}  # the file is the whole list
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("name,handle,lists,app\nEd,ed,friends,snapp\n", encoding="utf-8")
    with pytest.raises(BadInputError, match=r"unknown\.csv: its app column names 'snapp'") as caught:
        fg.ledger.import_export(ella, [unknown])
    assert "catalog list" in caught.value.hint
