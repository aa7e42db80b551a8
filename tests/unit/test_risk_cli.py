"""Risk through the command line: per child (cli.md shape), per app, and the parent's corrections."""

from __future__ import annotations

import json

from runcli import familyguard


def run_json(env: dict[str, str], *args: str) -> object:
    done = familyguard(env, *args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_risk_of_a_child_follows_the_contract(env: dict[str, str]) -> None:
    assert familyguard(env, "child", "add", "Leo", "--born", "2015-03-01").returncode == 0
    assert familyguard(env, "app", "add", "Leo", "spotify").returncode == 0
    assert familyguard(env, "app", "add", "Leo", "monkey").returncode == 0
    risk = run_json(env, "risk", "leo")
    assert set(risk) >= {"child", "overall", "apps"} and risk["overall"] == "high"
    assert next(a["app"] for a in risk["apps"]) == "monkey"
    spotify = next(a for a in risk["apps"] if a["app"] == "spotify")
    dims = {d["id"]: d for d in spotify["dimensions"]}
    assert dims["covert_channels"]["level"] != "none" and dims["image_sharing"]["level"] != "none"
    assert all({"id", "level", "reasons", "actions"} <= set(d) for d in spotify["dimensions"])
    assert any(r["source"] for r in dims["covert_channels"]["reasons"])


def test_a_correction_is_kept_and_shown_as_the_parents(env: dict[str, str]) -> None:
    before = run_json(env, "catalog", "show", "spotify")
    assert {d["id"] for d in before["dimensions"]} >= {"covert_channels", "live_streaming"}
    done = familyguard(
        env, "catalog", "correct", "spotify", "live_streaming", "yes", "--note", "saw a live button"
    )
    assert done.returncode == 0, done.stderr
    after = run_json(env, "catalog", "show", "spotify")
    live = next(d for d in after["dimensions"] if d["id"] == "live_streaming")
    assert live["level"] == "high" and any(r["yours"] for r in live["reasons"])
    assert familyguard(env, "catalog", "correct", "spotify", "live_streaming", "--reset").returncode == 0
    reset = run_json(env, "catalog", "show", "spotify")
    assert next(d for d in reset["dimensions"] if d["id"] == "live_streaming")["level"] != "high"


def test_a_bad_correction_is_refused(env: dict[str, str]) -> None:
    assert familyguard(env, "catalog", "correct", "spotify", "teleport", "yes").returncode == 2
    assert familyguard(env, "catalog", "correct", "spotifx", "live_streaming", "yes").returncode == 5
