"""`familyguard talks …` through the real command: the JSON keys of docs/cli.md and the exit codes."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from households import FAST_KDF, PASSPHRASE, Answer
from runcli import familyguard, ok

from familyguard.app import FamilyGuard
from familyguard.domain import FixedClock
from familyguard.storage.vault import create_household
from familyguard.talks.service import talks_for


@pytest.fixture
def env(env: dict[str, str]) -> dict[str, str]:
    env["TZ"] = "Europe/London"
    return env


def test_topics_plan_list_upcoming_and_export(env: dict[str, str], tmp_path: Path) -> None:
    topics = json.loads(ok(env, "talks", "topics", "--json"))
    assert len(topics) >= 14 and set(topics[0]) == {"id", "title", "min_age", "max_age"}
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    start = (datetime.now(ZoneInfo("Europe/London")) + timedelta(days=2)).date().isoformat()  # never due yet
    planned = json.loads(
        ok(env, "talks", "plan", "ella", "live_streaming", "--every", "1w", "--start", start, "--json")
    )
    assert len(planned["next_dates"]) == 5
    plans = json.loads(ok(env, "talks", "list", "--json"))
    assert [{k: p[k] for k in ("id", "child", "topic", "rule")} for p in plans] == [
        {"id": planned["id"], "child": "Ella", "topic": "live_streaming", "rule": "1w"}
    ]
    assert datetime.fromisoformat(plans[0]["next_due"]).tzinfo is not None
    coming = json.loads(ok(env, "talks", "upcoming", "--days", "14", "--json"))
    assert len(coming) == 2 and set(coming[0]) == {"plan", "child", "topic", "due"}
    assert json.loads(ok(env, "talks", "due", "--json")) == []
    out = tmp_path / "talks.ics"
    ok(env, "talks", "export", str(out), "--child", "Ella")
    (event,) = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert event["RRULE"]["FREQ"] == ["WEEKLY"]
    guide = ok(env, "talks", "show", "live_streaming", "--child", "ella", "--country", "US")
    assert "Ages 13-16" in guide and "Ages 5-8" not in guide and "CyberTipline" in guide


def test_done_snooze_and_log(env: dict[str, str]) -> None:
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    plan = json.loads(ok(env, "talks", "plan", "ella", "new_app", "--every", "1d", "--json"))["id"]
    snoozed = json.loads(ok(env, "talks", "snooze", str(plan), "--for", "tomorrow", "--json"))
    assert snoozed["snoozed_until"]
    ok(env, "talks", "done", str(plan), "--note", "Looked at Roblox")
    log = json.loads(ok(env, "talks", "log", "ella", "--json"))
    assert [(e["topic"], e["note"]) for e in log] == [("new_app", "Looked at Roblox")]


def test_missed_talks_show_once_as_overdue(env: dict[str, str], tmp_path: Path, no_keyring: None) -> None:
    past = FixedClock(datetime.now(UTC) - timedelta(days=15))
    fg = FamilyGuard(create_household(tmp_path / "household", Answer(PASSPHRASE), FAST_KDF), past)
    ella = fg.household.add_child("Ella", date(2012, 5, 5))
    plan, _ = talks_for(fg).plan(ella, "sextortion", "1w", "12:00")
    fg.close()
    env["FAMILYGUARD_PASSPHRASE"] = PASSPHRASE
    due = json.loads(ok(env, "talks", "due", "--json"))
    assert len(due) == 1
    assert {k: due[0][k] for k in ("plan", "child", "topic", "overdue")} == {
        "plan": plan.id,
        "child": "Ella",
        "topic": "sextortion",
        "overdue": True,
    }
    assert datetime.fromisoformat(due[0]["due"]) < datetime.now(UTC)


def test_suggestions_accept_and_dismiss(env: dict[str, str]) -> None:
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    ok(env, "app", "add", "ella", "twitch")
    items = json.loads(ok(env, "talks", "suggestions", "ella", "--json"))
    assert "live_streaming" in [s["topic"] for s in items]
    assert json.loads(ok(env, "talks", "suggestions", "--json")) == items
    plan = json.loads(ok(env, "talks", "accept", str(items[0]["id"]), "--json"))
    assert (plan["topic"], plan["rule"]) == (items[0]["topic"], "once")
    for item in items[1:]:
        ok(env, "talks", "dismiss", str(item["id"]))
    assert json.loads(ok(env, "talks", "suggestions", "--json")) == []


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (("talks", "plan", "ella", "live_stream"), 5, "live_streaming"),
        (("talks", "show", "sextortin"), 5, "sextortion"),
        (("talks", "plan", "ella", "too_nice", "--every", "3x"), 2, "repeat rule"),
        (("talks", "plan", "ella", "too_nice", "--at", "7pm"), 2, "time of day"),
        (("talks", "done", "41"), 5, "plan"),
        (("talks", "done", "abc"), 2, "invalid int"),
        (("talks", "snooze", "1", "--for", "someday"), 2, "someday"),
    ],
)
def test_errors_exit_with_the_contract_codes(
    env: dict[str, str], args: tuple[str, ...], code: int, says: str
) -> None:
    ok(env, "child", "add", "Ella", "--born", "2012-05-05")
    ok(env, "talks", "plan", "ella", "new_app", "--every", "1w")
    done = familyguard(env, *args)
    assert done.returncode == code, done.stderr
    assert done.stderr.startswith("familyguard: ") or code == 2
    assert says in done.stderr
