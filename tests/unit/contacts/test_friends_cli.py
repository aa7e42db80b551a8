"""`familyguard friends …` through the real command: JSON keys, exit codes, all-or-nothing imports."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from importer_fixtures import ig_classic, instagram_2024, write_zip, x_js
from runcli import familyguard, ok

IG = "connections/followers_and_following/"
CONTACT_KEYS = {
    "id",
    "app",
    "name",
    "handle",
    "platform_id",
    "lists",
    "relation",
    "status",
    "first_seen",
    "last_seen",
    "removed",
}


@pytest.fixture
def env(env: dict[str, str]) -> dict[str, str]:
    env["FAMILYGUARD_PASSPHRASE"] = "correct horse battery"
    return env


def db_bytes(tmp_path: Path) -> str:
    files = sorted((tmp_path / "household").glob("*.db*"))
    return hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()


def test_friends_commands_json_keys(env: dict[str, str], tmp_path: Path) -> None:
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    ok(env, "child", "add", "Sam", "--born", "2014-05-05")
    export = write_zip(tmp_path / "ig.zip", instagram_2024(["amy", "helper99"], ["amy"]))
    report = json.loads(ok(env, "friends", "import", "ella", str(export), "--json"))
    assert set(report) >= {"platform", "app", "lists", "added", "removed", "unchanged"}
    assert (report["lists"], report["added"], report["app_added"]) == (
        {"followers": 2, "following": 1},
        2,
        True,
    )
    again = json.loads(ok(env, "friends", "import", "ella", str(export), "--json"))
    assert (again["added"], again["removed"], again["unchanged"]) == (0, 0, 2)
    text = ok(env, "friends", "add", "Sam", "instagram", "Helper", "--handle", "helper99")
    assert "Added Instagram to Sam's apps" in text
    listed = json.loads(ok(env, "friends", "list", "Ella", "--new", "--json"))
    assert len(listed) == 2 and set(listed[0]) >= CONTACT_KEYS
    amy = next(c for c in listed if c["handle"] == "amy")
    ok(env, "friends", "flag", str(amy["id"]), "--reason", "asks for secrets")
    ok(env, "friends", "set", str(amy["id"]), "--relation", "school")
    flagged = json.loads(ok(env, "friends", "list", "Ella", "--flagged", "--json"))
    assert [(c["status"], c["relation"]) for c in flagged] == [("flagged", "school")]
    assert "1 new contact" in ok(env, "friends", "review", "Ella", "--app", "instagram")
    signals = json.loads(ok(env, "friends", "signals", "--json"))
    shared = [s for s in signals if s["kind"] == "shared_between_children"]
    assert shared and set(shared[0]) >= {"kind", "contacts", "children", "apps", "explanation"}
    assert shared[0]["children"] == ["Ella", "Sam"]
    out = tmp_path / "ella.csv"
    ok(env, "friends", "export", "Ella", str(out))
    assert out.read_bytes().startswith(
        b"\xef\xbb\xbfname,handle,platform_id,lists,source,since,relation,status"
    )


def test_unknown_contact_exits_5_and_bad_relation_2(env: dict[str, str]) -> None:
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    done = familyguard(env, "friends", "flag", "4242")
    assert done.returncode == 5 and done.stderr.startswith("familyguard: ")
    assert familyguard(env, "friends", "set", "1", "--relation", "stranger").returncode == 2


def test_bad_file_exits_3_and_changes_nothing(env: dict[str, str], tmp_path: Path) -> None:
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    ok(env, "friends", "import", "Ella", str(write_zip(tmp_path / "a.zip", instagram_2024(["amy"], []))))
    before = db_bytes(tmp_path)
    bad = tmp_path / "broken.zip"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    done = familyguard(env, "friends", "import", "Ella", str(bad))
    assert done.returncode == 3, done.stderr
    assert done.stderr.startswith("familyguard: ") and done.stderr.count("\n") == 1
    assert db_bytes(tmp_path) == before


def wal_size(tmp_path: Path) -> int:
    wal = tmp_path / "household" / "household.db-wal"
    return wal.stat().st_size if wal.exists() else 0


@pytest.mark.parametrize("first", [True, False], ids=["first-import-of-the-app", "app-already-there"])
def test_killed_import_leaves_previous_state(env: dict[str, str], tmp_path: Path, first: bool) -> None:
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    if not first:
        ok(env, "friends", "import", "Ella", str(write_zip(tmp_path / "a.zip", instagram_2024(["amy"], []))))
    before = [ok(env, "friends", "list", "Ella", "--json"), ok(env, "app", "list", "Ella", "--json")]
    big = write_zip(
        tmp_path / "big.zip", {IG + "followers_1.json": [ig_classic(f"user{i}") for i in range(150_000)]}
    )
    assert wal_size(tmp_path) == 0  # every command checkpoints the log when it closes
    proc = subprocess.Popen(
        [sys.executable, "-m", "familyguard", "friends", "import", "Ella", str(big)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while wal_size(tmp_path) < 1_000_000 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)  # the export is read first; the log grows (to ~25 MB) while it is written
    proc.kill()
    proc.wait()
    if proc.returncode == 0:
        pytest.skip("the import finished before it could be killed")
    assert wal_size(tmp_path) >= 1_000_000  # killed while writing
    assert [ok(env, "friends", "list", "Ella", "--json"), ok(env, "app", "list", "Ella", "--json")] == before


def test_custom_app_receives_friends(env: dict[str, str], tmp_path: Path) -> None:
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    ok(env, "app", "add", "Ella", "--custom", "Block Party", "--feature", "private_messaging")
    path = tmp_path / "list.csv"
    path.write_text("name,handle,lists\nJake,jake_2009,friends\n", encoding="utf-8")
    report = json.loads(ok(env, "friends", "import", "Ella", str(path), "--app", "Block Party", "--json"))
    assert (report["app"], report["added"], report["app_added"]) == ("custom:block_party", 1, False)
    text = ok(env, "friends", "add", "Ella", "block party", "Cousin Max")
    assert text.startswith("Added Cousin Max (id 2) to Block Party.")
    listed = json.loads(ok(env, "friends", "list", "Ella", "--app", "Block Party", "--json"))
    assert sorted(c["name"] for c in listed) == ["Cousin Max", "Jake"]
    assert [a["app"] for a in json.loads(ok(env, "app", "list", "Ella", "--json"))] == ["custom:block_party"]


def test_import_text_names_the_platform(env: dict[str, str], tmp_path: Path) -> None:
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    export = write_zip(tmp_path / "ig.zip", instagram_2024(["amy"], []))
    text = ok(env, "friends", "import", "Ella", str(export))
    assert text.startswith("Added Instagram to Ella's apps. Instagram export for Ella: followers 1.")
    done = familyguard(env, "friends", "import", "Ella", str(export), "--app", "snapchat")
    assert done.returncode == 3
    assert (
        "this is an export from Instagram, not from Snapchat. To import it, choose Instagram" in done.stderr
    )


def test_empty_first_import_adds_nothing(env: dict[str, str], tmp_path: Path) -> None:
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    path = tmp_path / "list.csv"
    path.write_text("name,handle,lists\n", encoding="utf-8")
    text = ok(env, "friends", "import", "Ella", str(path), "--app", "roblox")
    assert text.splitlines()[0] == (
        "CSV export for Ella: no lists. 0 added, 0 removed, 0 changed, 0 unchanged."
        " Nothing new: nothing was written."
    )
    assert json.loads(ok(env, "app", "list", "Ella", "--json")) == []


def test_x_contacts_are_listed_by_id(env: dict[str, str], tmp_path: Path) -> None:
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    export = write_zip(
        tmp_path / "x.zip", {"data/follower.js": x_js("follower", "follower", ["1234567890123456789"])}
    )
    ok(env, "friends", "import", "Ella", str(export))
    line = ok(env, "friends", "list", "Ella").strip()
    assert line.split()[:5] == ["1", "x", "id", "1234567890123456789", "-"]
    (listed,) = json.loads(ok(env, "friends", "list", "Ella", "--json"))
    assert (listed["name"], listed["handle"], listed["platform_id"]) == ("", None, "1234567890123456789")


def test_list_changed_shows_whom_the_last_import_changed(env: dict[str, str], tmp_path: Path) -> None:
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    first = str(write_zip(tmp_path / "1.zip", instagram_2024(["amy", "bob"], [])))
    second = str(write_zip(tmp_path / "2.zip", instagram_2024(["amy", "cy"], [])))
    ok(env, "friends", "import", "Ella", first)
    ok(env, "friends", "import", "Ella", second)
    again = ok(env, "friends", "import", "Ella", second)  # no change: the last import's changes stay
    assert "Nothing new since the last import: noted that you checked the list today." in again
    changed = json.loads(ok(env, "friends", "list", "Ella", "--changed", "--json"))
    assert {(c["handle"], c["change"]) for c in changed} == {("bob", "removed"), ("cy", "added")}
    assert set(changed[0]) >= CONTACT_KEYS
    text = ok(env, "friends", "list", "Ella", "--changed")
    assert "last import: removed" in text and "last import: added" in text and "amy" not in text
    assert "change" not in json.loads(ok(env, "friends", "list", "Ella", "--json"))[0]
