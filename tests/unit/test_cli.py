"""The `familyguard` command's contract (docs/cli.md): keys, exit codes, one-line errors."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from households import MemoryKeyring
from runcli import familyguard, ok

from familyguard import __version__
from familyguard.__main__ import main
from familyguard.commands import HANDLERS


def test_version() -> None:
    assert familyguard({}, "--version").stdout.strip() == f"familyguard {__version__}"


def test_children_and_apps_round_trip_as_json(env: dict[str, str]) -> None:
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    ok(env, "app", "add", "ella", "musical.ly", "--handle", "ellasky", "--set", "private_account=yes")
    children = json.loads(ok(env, "child", "list", "--json"))
    assert children == [{"id": 1, "name": "Ella", "born": "2012-05-05", "age": 14}]
    apps = json.loads(ok(env, "app", "list", "Ella", "--json"))
    assert apps == [
        {
            "app": "tiktok",
            "name": "TikTok",
            "handle": "ellasky",
            "settings": {"private_account": "yes"},
            "added": apps[0]["added"],
        }
    ]
    ok(env, "app", "remove", "ella", "tiktok")
    assert json.loads(ok(env, "app", "list", "Ella", "--json")) == []


def test_unknown_child_exits_5_with_close_match(env: dict[str, str]) -> None:
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    done = familyguard(env, "app", "list", "Elle")
    assert done.returncode == 5
    assert done.stderr.startswith("familyguard: ") and "Ella" in done.stderr
    assert done.stderr.count("\n") == 1


def test_unknown_app_exits_5(env: dict[str, str]) -> None:
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    done = familyguard(env, "app", "add", "Ella", "snapchta")
    assert done.returncode == 5 and "snapchat" in done.stderr


def test_malformed_values_exit_2(env: dict[str, str]) -> None:
    assert familyguard(env, "child", "add", "Ella", "--born", "05/05/2012").returncode == 2
    assert familyguard(env, "frobnicate").returncode == 2
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    assert familyguard(env, "app", "add", "Ella", "snapchat", "--set", "colour=blue").returncode == 2


def test_without_keyring_the_passphrase_comes_from_the_environment(
    env: dict[str, str], tmp_path: Path
) -> None:
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["FAMILYGUARD_PASSPHRASE"] = "a long family passphrase"
    created = familyguard(env, "child", "add", "Ella", "--born", "2012-05-05")
    assert created.returncode == 0 and "no password store" in created.stderr
    folder = tmp_path / "household"
    before = hashlib.sha256(b"".join(p.read_bytes() for p in sorted(folder.iterdir()))).hexdigest()
    env["FAMILYGUARD_PASSPHRASE"] = "the wrong one"
    wrong = familyguard(env, "child", "add", "Leo", "--born", "2015-05-05")
    assert wrong.returncode == 4 and "Wrong passphrase" in wrong.stderr
    assert hashlib.sha256(b"".join(p.read_bytes() for p in sorted(folder.iterdir()))).hexdigest() == before
    del env["FAMILYGUARD_PASSPHRASE"]
    assert familyguard(env, "child", "list").returncode == 4
    env["FAMILYGUARD_PASSPHRASE"] = "a long family passphrase"
    assert "Ella" in ok(env, "child", "list")


def test_with_a_keyring_no_passphrase_is_needed(env: dict[str, str], tmp_path: Path) -> None:
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    stored = json.loads((tmp_path / "keyring.json").read_text())
    assert len(stored) == 1 and len(bytes.fromhex(next(iter(stored.values())))) == 32
    assert "Ella" in ok(env, "child", "list")


def test_demo_fills_the_folder_and_refuses_to_overwrite(env: dict[str, str]) -> None:
    ok(env, "demo")
    children = json.loads(ok(env, "child", "list", "--json"))
    assert [c["name"] for c in children] == ["Ella", "Leo", "Mia"]
    assert sorted(c["age"] for c in children) == [7, 11, 14]
    refused = familyguard(env, "demo")
    assert refused.returncode == 2 and "--force" in refused.stderr
    ok(env, "child", "remove", "Mia")
    ok(env, "demo", "--force")
    assert len(json.loads(ok(env, "child", "list", "--json"))) == 3


def test_catalog_list_and_show(env: dict[str, str]) -> None:
    apps = json.loads(ok(env, "catalog", "list", "--json"))
    assert {"id": "spotify", "name": "Spotify"}.items() <= next(
        a for a in apps if a["id"] == "spotify"
    ).items()
    shown = json.loads(ok(env, "catalog", "show", "musical.ly", "--json"))
    assert shown["id"] == "tiktok" and "musical.ly" in shown["aliases"]
    assert all(s["url"].startswith("http") for s in shown["sources"])


def test_a_bug_exits_1_with_the_traceback_in_the_log(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(*_args: object) -> object:
        raise RuntimeError("boom in a handler")

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setitem(HANDLERS, ("child", "list"), broken)
    assert main(["--data-dir", str(tmp_path / "h"), "child", "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("familyguard: unexpected error") and "Traceback" not in err
    log = next((tmp_path / "state").rglob("familyguard.log")).read_text()
    assert "Traceback" in log and "boom in a handler" in log


def test_output_cut_short_by_its_reader_ends_quietly(env: dict[str, str]) -> None:
    """`familyguard catalog list --json | head -c 1`: the reader leaves before the output is written."""
    env.pop("PYTHONUNBUFFERED", None)  # as for a parent: output to a pipe is buffered
    command = subprocess.Popen(
        [sys.executable, "-m", "familyguard", "catalog", "list", "--json"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    assert command.stdout is not None and command.stderr is not None
    command.stdout.close()  # long before the command has read the catalogue
    assert command.wait(timeout=60) == 141
    assert command.stderr.read() == b""
    command.stderr.close()


def test_no_display_exits_2_with_one_line(env: dict[str, str]) -> None:
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(var, None)
    done = familyguard(env)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "no display" in done.stderr


def test_reading_the_catalogue_creates_no_household(env: dict[str, str], tmp_path: Path) -> None:
    assert "Spotify" in ok(env, "catalog", "list")
    assert "covert_channels" in ok(env, "catalog", "show", "spotify")
    assert not (tmp_path / "household").exists()


def test_not_found_names_the_command_that_lists_what_there_is(env: dict[str, str]) -> None:
    ok(env, "child", "add", "Anna Lena", "--born", "2012-05-05")
    ok(env, "friends", "add", "Anna Lena", "instagram", "Sam", "--handle", "sam.rivers")
    ok(env, "friends", "flag", "1")
    before = [
        ok(env, *command, "--json") for command in (("friends", "list", "anna lena"), ("talks", "list"))
    ]
    for command, advice in (
        (("app", "list", "Zed"), "no child called 'Zed'. To see them all: familyguard child list\n"),
        (("app", "add", "Anna Lena", "qqqqzzzz"), "To see them all: familyguard catalog list\n"),
        (("app", "remove", "Anna Lena", "tiktok"), "To see them all: familyguard app list 'Anna Lena'\n"),
        (
            ("friends", "set", "4242", "--relation", "family"),
            "To see them all: familyguard friends list CHILD\n",
        ),
        (
            ("talks", "plan", "Anna Lena", "sextorsion"),
            "Did you mean: sextortion? To see them all: familyguard talks topics\n",
        ),
        (("talks", "done", "99"), "no talk plan called '99'. To see them all: familyguard talks list\n"),
    ):
        done = familyguard(env, *command)
        assert done.returncode == 5 and done.stderr.startswith("familyguard: no ")
        assert done.stderr.endswith(advice) and done.stderr.count("\n") == 1
    after = [ok(env, *command, "--json") for command in (("friends", "list", "anna lena"), ("talks", "list"))]
    assert after == before and json.loads(after[0])[0]["status"] == "flagged"


def test_a_missing_export_says_to_check_the_path_and_imports_nothing(
    env: dict[str, str], tmp_path: Path
) -> None:
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    done = familyguard(env, "friends", "import", "Ella", str(tmp_path / "nope.zip"), "--app", "instagram")
    assert done.returncode == 3 and done.stderr.count("\n") == 1
    assert "nope.zip: file not found. Check the file's name and folder, then choose it again." in done.stderr
    assert json.loads(ok(env, "app", "list", "Ella", "--json")) == []
