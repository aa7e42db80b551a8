"""A child's whole picture: apps sorted by risk, what to do next, and the CLI JSON shapes."""

from __future__ import annotations

import json
from datetime import date

from familyguard.catalog import Catalogue
from familyguard.domain import AppUse, Child
from familyguard.domain.dimensions import DIMENSIONS
from familyguard.risk.assess import app_profile, assess_child
from familyguard.risk.model import LEVELS, ChildRisk, ContactSummary, Correction
from familyguard.risk.views import app_profile_view, child_risk_view

MIA = Child(1, "Mia", date(2015, 3, 1))
TODAY = date(2026, 11, 22)  # Mia is 11


def uses() -> list[AppUse]:
    """Mia's apps: a catalogue mix (one by alias, as stored: by id) and a custom app."""
    apps = [
        ("spotify", "Spotify", {"private_account": "no"}),
        ("tiktok", "TikTok", {}),
        ("yubo", "Yubo", {}),
        ("youtube_kids", "YouTube Kids", {}),
        ("snapchat", "Snapchat", {"location_sharing": "off"}),
    ]
    found = [
        AppUse(n, MIA.id, app_id, name, None, settings) for n, (app_id, name, settings) in enumerate(apps, 1)
    ]
    return [
        *found,
        AppUse(9, MIA.id, "custom:bubble_chat", "Bubble Chat", None, custom_features=("private_messaging",)),
    ]


def household_risk(catalogue: Catalogue, contacts_on: int | None = None) -> ChildRisk:
    """Mia's risk; `contacts_on` names the app use with 2 new contacts and 1 flagged."""
    summaries = {contacts_on: ContactSummary(new=2, flagged=1)} if contacts_on else None
    return assess_child(MIA, uses(), catalogue, TODAY, summaries)


def test_apps_sorted_by_risk_then_name(catalogue: Catalogue) -> None:
    risk = household_risk(catalogue)
    order = [(LEVELS.index(a.overall), a.name) for a in risk.apps]
    assert order == sorted(order, key=lambda item: (-item[0], item[1].casefold()))
    assert [a.app_id for a in risk.apps][:4] == ["snapchat", "spotify", "tiktok", "yubo"]
    assert risk.apps[-1].app_id == "youtube_kids"
    assert risk.overall == "high" and risk.child_name == "Mia"


def test_next_steps_most_important_first_without_repeats(catalogue: Catalogue) -> None:
    risk = household_risk(catalogue, contacts_on=5)
    steps = risk.next_steps
    assert 1 <= len(steps) <= 8
    assert len({s.text for s in steps}) == len(steps)
    high_actions = [a for app in risk.apps for d in app.dimensions if d.level == "high" for a in d.actions]
    assert steps[0] in high_actions
    assert any("flagged contacts on Snapchat" in s.text for s in steps)
    high_texts = {a.text for a in high_actions}
    in_high = [s.text in high_texts for s in steps]
    assert in_high == sorted(in_high, reverse=True), "actions of high levels come before the rest"


def test_contacts_raise_only_their_app(catalogue: Catalogue) -> None:
    calm = {a.app_id: a for a in household_risk(catalogue).apps}
    worried = {a.app_id: a for a in household_risk(catalogue, contacts_on=4).apps}
    assert calm["youtube_kids"].dimension("stranger_contact").level == "low"
    assert worried["youtube_kids"].dimension("stranger_contact").level == "high"
    assert worried["youtube_kids"].overall == "high"
    others = {k: v for k, v in worried.items() if k != "youtube_kids"}
    assert others == {k: v for k, v in calm.items() if k != "youtube_kids"}


def test_child_view_matches_cli_contract(catalogue: Catalogue) -> None:
    view = child_risk_view(household_risk(catalogue))
    json.dumps(view)
    assert set(view) == {"child", "overall", "apps"} and view["child"] == "Mia"
    for app in view["apps"]:
        assert set(app) == {"app", "overall", "dimensions"}
        assert [d["id"] for d in app["dimensions"]] == list(DIMENSIONS)
        for dim in app["dimensions"]:
            assert set(dim) == {"id", "level", "reasons", "actions"} and dim["level"] in LEVELS
            assert all(set(r) == {"text", "source", "verified", "yours"} for r in dim["reasons"])
            assert all(set(a) == {"text", "where", "topic"} for a in dim["actions"])
    assert {a["app"] for a in view["apps"]} >= {"tiktok", "custom:bubble_chat"}


def test_catalog_show_dimensions(catalogue: Catalogue) -> None:
    view = app_profile_view(app_profile(catalogue.find("spotify")))
    json.dumps(view)
    assert [d["id"] for d in view] == list(DIMENSIONS)
    assert all(set(d) == {"id", "level", "reasons"} for d in view)
    covert = next(d for d in view if d["id"] == "covert_channels")
    assert covert["level"] == "medium" and covert["reasons"][0]["source"].startswith("https://")
    assert covert["reasons"][0]["verified"] is True and covert["reasons"][0]["yours"] is False


def test_corrections_per_app_in_child_view(catalogue: Catalogue) -> None:
    fixes = {"spotify": {"covert_channels": Correction("no", "checked together")}}
    risk = assess_child(MIA, uses()[:1], catalogue, TODAY, corrections=fixes)
    covert = risk.apps[0].dimension("covert_channels")
    assert covert.level == "none" and covert.reasons[0].yours
