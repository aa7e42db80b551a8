"""The rules, as a table: features, recorded settings and age in; the level of every dimension out."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from familyguard.catalog import AppEntry
from familyguard.domain import AppUse
from familyguard.domain.dimensions import DIMENSIONS
from familyguard.risk.assess import app_profile, assess_use
from familyguard.risk.model import LEVELS, AppRisk, ContactSummary, WarningSign
from familyguard.risk.rules import SIGNS_PAGE

# (features, recorded settings, age (None = the generic catalogue profile), expected non-none levels)
CASES = [
    ({}, {}, 14, {}),
    ({}, {}, None, {}),
    ({"random_matching": "yes"}, {}, 14, {"stranger_contact": "high"}),
    ({"random_matching": "partial"}, {}, 14, {"stranger_contact": "medium"}),
    ({"stranger_discovery": "unknown"}, {}, 14, {"stranger_contact": "low"}),
    ({"anonymity": "yes"}, {}, 14, {"stranger_contact": "low"}),
    ({"anonymity": "partial"}, {}, 14, {"stranger_contact": "low"}),
    ({"public_profile": "yes"}, {}, 14, {"stranger_contact": "medium"}),
    ({"off_platform_links": "yes"}, {}, 14, {"stranger_contact": "medium"}),
    ({"messages_from_strangers": "yes"}, {}, 14, {"stranger_contact": "high", "private_messaging": "high"}),
    ({"private_messaging": "yes"}, {}, 14, {"private_messaging": "medium"}),
    ({"private_messaging": ("yes", "no")}, {}, 14, {}),
    ({"private_messaging": ("yes", "no")}, {}, None, {"private_messaging": "medium"}),
    ({"private_messaging": ("yes", "no")}, {}, 30, {"private_messaging": "medium"}),
    ({"ai_chat": "yes"}, {}, 14, {"private_messaging": "low"}),
    ({"live_streaming": "yes"}, {}, 14, {"live_streaming": "high"}),
    ({"live_streaming": "yes"}, {"live_streaming": "off"}, 14, {"live_streaming": "low"}),
    ({"live_streaming": "yes"}, {"live_streaming": "on"}, 14, {"live_streaming": "high"}),
    ({"live_streaming": ("yes", "partial")}, {}, 14, {"live_streaming": "medium"}),
    ({"image_upload": "yes"}, {}, 14, {"image_sharing": "medium"}),
    ({"image_upload": "yes"}, {"private_account": "yes"}, 14, {"image_sharing": "low"}),
    ({"voice_chat": "yes"}, {}, 14, {"voice_video_chat": "medium"}),
    ({"video_chat": "partial"}, {}, 14, {"voice_video_chat": "low"}),
    (
        {"video_chat": "yes", "random_matching": "yes"},
        {},
        14,
        {"voice_video_chat": "high", "stranger_contact": "high"},
    ),
    ({"disappearing_content": "yes"}, {}, 14, {"disappearing_content": "medium"}),
    ({"disappearing_content": "partial"}, {}, 14, {"disappearing_content": "low"}),
    ({"location_sharing": "yes"}, {}, 14, {"location_sharing": "medium"}),
    ({"location_sharing": "yes"}, {"location_sharing": "off"}, 14, {"location_sharing": "low"}),
    ({"covert_channels": "yes"}, {}, 14, {"covert_channels": "medium"}),
    ({"covert_channels": "yes"}, {"private_account": "yes"}, 14, {"covert_channels": "low"}),
    ({"virtual_gifts": "yes"}, {}, 14, {"money_gifts": "high"}),
    ({"virtual_gifts": "yes"}, {"family_link": "yes"}, 14, {"money_gifts": "medium"}),
    ({"in_app_purchases": "yes"}, {}, 14, {"money_gifts": "low"}),
    (
        {"messages_from_strangers": "yes"},
        {"messages_from": "friends"},
        14,
        {"stranger_contact": "medium", "private_messaging": "medium"},
    ),
    (
        {"messages_from_strangers": "yes"},
        {"messages_from": "nobody"},
        14,
        {"stranger_contact": "low", "private_messaging": "low"},
    ),
    (
        {"random_matching": "yes"},
        {"discoverable": "off", "contact_approval": "on"},
        14,
        {"stranger_contact": "low"},
    ),
    (
        {"random_matching": "yes"},
        {"discoverable": "on", "contact_approval": "off"},
        14,
        {"stranger_contact": "high"},
    ),
    ({"public_profile": "yes"}, {"private_account": "no"}, 14, {"stranger_contact": "medium"}),
]


def levels(risk: AppRisk) -> dict[str, str]:
    return {d.id: d.level for d in risk.dimensions}


@pytest.mark.parametrize(("features", "settings", "age", "expected"), CASES)
def test_rule_table(
    make_entry: Callable[..., AppEntry],
    make_use: Callable[..., AppUse],
    features: dict[str, str],
    settings: dict[str, str],
    age: int | None,
    expected: dict[str, str],
) -> None:
    entry = make_entry(features)
    risk = app_profile(entry) if age is None else assess_use(make_use(settings=settings), entry, age)
    assert levels(risk) == {d: expected.get(d, "none") for d in DIMENSIONS}
    assert risk.overall == max([*expected.values(), "none"], key=LEVELS.index)


def test_unknown_is_said_not_hidden(
    make_entry: Callable[..., AppEntry], make_use: Callable[..., AppUse]
) -> None:
    risk = assess_use(make_use(), make_entry({"virtual_gifts": "unknown"}), 12)
    money = risk.dimension("money_gifts")
    assert money.level == "low"
    assert any("not known" in r.text for r in money.reasons)


def test_partial_counts_lower_than_yes(make_entry: Callable[..., AppEntry]) -> None:
    for feature in ("random_matching", "live_streaming", "virtual_gifts", "image_upload"):
        full = app_profile(make_entry({feature: "yes"})).overall
        part = app_profile(make_entry({feature: "partial"})).overall
        assert LEVELS.index(part) == LEVELS.index(full) - 1


def test_none_dimensions_have_reasons_but_no_actions(make_entry: Callable[..., AppEntry]) -> None:
    risk = app_profile(make_entry({"random_matching": "yes"}))
    live = risk.dimension("live_streaming")
    assert live.level == "none" and not live.actions
    assert live.reasons and live.reasons[0].source and "has no live streaming" in live.reasons[0].text


SHARED = WarningSign("shared_between_children", "@helper99 is on the Roblox lists of Ella and Sam.")
BURST = WarningSign("burst_of_new_contacts", "12 people joined Ella's TestApp within 2 days.")
REQUEST = WarningSign("stranger_request", "3 not yet reviewed on Ella's TestApp came from requests.")

# (features, the app's contacts, the expected stranger_contact level, the talk of the first action)
CONTACT_CASES = [
    ({}, ContactSummary(), "none", None),
    ({}, ContactSummary(signs=(SHARED,)), "low", "strangers_online"),
    ({"public_profile": "partial"}, ContactSummary(), "low", "strangers_online"),
    ({"public_profile": "partial"}, ContactSummary(new=2), "medium", "friend_list"),
    ({"public_profile": "partial"}, ContactSummary(signs=(BURST,)), "medium", "friend_list"),
    ({"public_profile": "partial"}, ContactSummary(new=2, signs=(REQUEST,)), "high", "friend_list"),
    ({"public_profile": "partial"}, ContactSummary(flagged=1, signs=(SHARED,)), "high", "block_and_report"),
    ({"public_profile": "yes"}, ContactSummary(signs=(SHARED, BURST)), "high", "strangers_online"),
    ({"random_matching": "yes"}, ContactSummary(signs=(SHARED,)), "high", "strangers_online"),
]


@pytest.mark.parametrize(("features", "contacts", "level", "topic"), CONTACT_CASES)
def test_contact_rule_table(
    make_entry: Callable[..., AppEntry],
    make_use: Callable[..., AppUse],
    features: dict[str, str],
    contacts: ContactSummary,
    level: str,
    topic: str | None,
) -> None:
    stranger = assess_use(make_use(), make_entry(features), 14, contacts).dimension("stranger_contact")
    assert stranger.level == level
    assert (stranger.actions[0].topic if stranger.actions else None) == topic


def test_a_warning_sign_is_a_reason_with_an_action(
    make_entry: Callable[..., AppEntry], make_use: Callable[..., AppUse]
) -> None:
    contacts = ContactSummary(new=1, signs=(SHARED, WarningSign(SHARED.kind, "@x is on two lists."), BURST))
    stranger = assess_use(make_use(), make_entry(), 14, contacts).dimension("stranger_contact")
    texts = [r.text for r in stranger.reasons]
    assert texts[0] == "1 contact on TestApp not reviewed yet."
    assert texts[1] == f"Warning sign: {SHARED.explanation} (1 more like it.)"
    assert texts[2] == f"Warning sign: {BURST.explanation}"
    signs = [a for a in stranger.actions if a.where == SIGNS_PAGE]
    assert [a.topic for a in signs] == ["strangers_online", "friend_list"]
    assert "several of your children" in signs[0].text and "burst" in signs[1].text
