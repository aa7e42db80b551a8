"""The child's profile: age, recorded settings, contacts, custom apps and the parent's corrections."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from familyguard.catalog import AppEntry, Catalogue
from familyguard.domain import AppUse
from familyguard.domain.dimensions import DIMENSIONS
from familyguard.risk.assess import app_profile, assess_use
from familyguard.risk.evidence import GENERIC, apply_corrections, catalogue_evidence
from familyguard.risk.model import LEVELS, ContactSummary, Correction

Entry = Callable[..., AppEntry]
Use = Callable[..., AppUse]


def test_below_minimum_age_raises_and_says_so(make_entry: Entry, make_use: Use) -> None:
    entry = make_entry({"public_profile": "yes"}, min_age=13)
    old_enough = assess_use(make_use(), entry, 13).dimension("stranger_contact")
    too_young = assess_use(make_use(), entry, 11).dimension("stranger_contact")
    assert (old_enough.level, too_young.level) == ("medium", "high")
    assert "younger than TestApp's minimum age of 13" in too_young.reasons[0].text
    assert too_young.reasons[0].source
    assert too_young.actions[0].topic == "new_app"
    assert not any("minimum age" in r.text for r in old_enough.reasons)


def test_below_minimum_age_does_not_assume_teen_defaults(make_entry: Entry, make_use: Use) -> None:
    entry = make_entry({"private_messaging": ("yes", "no")}, min_age=13)
    assert assess_use(make_use(), entry, 14).dimension("private_messaging").level == "none"
    young = assess_use(make_use(), entry, 10).dimension("private_messaging")
    assert young.level == "medium" and "not assumed" in young.reasons[0].text


def test_unknown_minimum_age_is_not_no_minimum(make_entry: Entry, make_use: Use) -> None:
    stranger = assess_use(make_use(), make_entry({"public_profile": "yes"}, min_age="unknown"), 6)
    reasons = stranger.dimension("stranger_contact").reasons
    assert any("minimum age for TestApp is not known" in r.text for r in reasons)
    no_minimum = assess_use(make_use(), make_entry({"public_profile": "yes"}, min_age=0), 6)
    assert not any("minimum age" in r.text for r in no_minimum.dimension("stranger_contact").reasons)


@pytest.mark.parametrize(
    ("feature", "setting", "safe", "unsafe", "dimension"),
    [
        ("location_sharing", "location_sharing", "off", "on", "location_sharing"),
        ("live_streaming", "live_streaming", "off", "on", "live_streaming"),
        ("public_profile", "private_account", "yes", "no", "stranger_contact"),
        ("stranger_discovery", "discoverable", "off", "on", "stranger_contact"),
        ("messages_from_strangers", "messages_from", "friends", "everyone", "private_messaging"),
        ("messages_from_strangers", "contact_approval", "on", "off", "private_messaging"),
        ("virtual_gifts", "family_link", "yes", "no", "money_gifts"),
    ],
)
def test_recorded_setting_lowers_and_removes_its_action(
    make_entry: Entry, make_use: Use, feature: str, setting: str, safe: str, unsafe: str, dimension: str
) -> None:
    entry = make_entry({feature: "yes"}, settings=(setting,))
    where = f"Settings > {setting}"
    unrecorded = assess_use(make_use(), entry, 14).dimension(dimension)
    opposite = assess_use(make_use(settings={setting: unsafe}), entry, 14).dimension(dimension)
    recorded = assess_use(make_use(settings={setting: safe}), entry, 14).dimension(dimension)
    assert any(a.where == where for a in unrecorded.actions)
    assert any(a.where == where for a in opposite.actions)
    assert opposite.level == unrecorded.level
    assert any(r.yours and r.text.startswith("You recorded") and unsafe in r.text for r in opposite.reasons)
    assert LEVELS.index(recorded.level) < LEVELS.index(unrecorded.level)
    assert not any(a.where == where for a in recorded.actions)
    assert recorded.actions, "a talk remains"
    assert any(r.yours and "lowers this" in r.text for r in recorded.reasons)


def test_setting_the_app_lacks_gives_no_action(make_entry: Entry, make_use: Use) -> None:
    risk = assess_use(make_use(), make_entry({"live_streaming": "yes"}), 14)
    assert [a.topic for a in risk.dimension("live_streaming").actions] == ["live_streaming"]
    assert risk.dimension("live_streaming").actions[0].text.startswith("Talk together")


def test_contacts_raise_stranger_contact(make_entry: Entry, make_use: Use) -> None:
    entry = make_entry({"public_profile": "partial"})
    levels = [
        assess_use(make_use(), entry, 14, contacts).dimension("stranger_contact").level
        for contacts in (None, ContactSummary(), ContactSummary(new=3), ContactSummary(new=3, flagged=1))
    ]
    assert levels == ["low", "low", "medium", "high"]
    stranger = assess_use(make_use(), entry, 14, ContactSummary(new=3, flagged=1)).dimension(
        "stranger_contact"
    )
    assert stranger.reasons[0].text == "You flagged 1 contact on TestApp."
    assert "3 contacts on TestApp not reviewed yet" in stranger.reasons[1].text
    assert [a.topic for a in stranger.actions[:2]] == ["block_and_report", "friend_list"]
    quiet = assess_use(make_use(), make_entry(), 14, ContactSummary(new=1)).dimension("stranger_contact")
    assert quiet.level == "low" and quiet.actions


def test_custom_app_is_assessed_the_same_way(make_use: Use) -> None:
    use = make_use(
        "custom:bubble", name="Bubble", custom=("live_streaming", "random_matching", "image_upload")
    )
    risk = assess_use(use, None, 12, ContactSummary(flagged=1))
    assert risk.app_id == "custom:bubble" and risk.name == "Bubble"
    levels = {d.id: d.level for d in risk.dimensions}
    assert levels == {d: "none" for d in DIMENSIONS} | {
        "live_streaming": "high",
        "stranger_contact": "high",
        "image_sharing": "medium",
    }
    live = risk.dimension("live_streaming")
    assert [r.text for r in live.reasons] == ["You said Bubble has live streaming."]
    assert live.reasons[0].yours and live.actions
    assert (
        risk.dimension("location_sharing").reasons[0].text == "You did not tick location sharing for Bubble."
    )


def test_custom_app_recorded_setting(make_use: Use) -> None:
    use = make_use("custom:bubble", {"location_sharing": "on"}, name="Bubble", custom=("location_sharing",))
    location = assess_use(use, None, 12).dimension("location_sharing")
    assert location.actions[0].text == "On Bubble, turn off location sharing."
    assert "Bubble's privacy or safety settings" in location.actions[0].where
    off = make_use("custom:bubble", {"location_sharing": "off"}, name="Bubble", custom=("location_sharing",))
    assert assess_use(off, None, 12).dimension("location_sharing").level == "low"


def test_corrections_win_and_are_marked(catalogue: Catalogue, make_use: Use) -> None:
    spotify = catalogue.find("spotify")
    fixes = {
        "image_upload": Correction("no", "covers are locked on our family plan"),
        "video_chat": Correction("yes"),
    }
    risk = assess_use(make_use("spotify", name="Spotify"), spotify, 14, corrections=fixes)
    images = risk.dimension("image_sharing")
    assert images.level == "none"
    assert images.reasons[0].yours and images.reasons[0].text.startswith(
        "Your correction: Spotify has no picture"
    )
    assert "covers are locked" in images.reasons[0].text
    video = risk.dimension("voice_video_chat")
    assert video.level == "medium" and video.reasons[0].yours and video.reasons[0].source is None
    assert app_profile(spotify, fixes).dimension("image_sharing").level == "none"
    assert app_profile(spotify).dimension("image_sharing").level == "medium", "the bundled fact is untouched"


def test_apply_corrections_refuses_nonsense(catalogue: Catalogue) -> None:
    spotify = catalogue.find("spotify")
    evidence = catalogue_evidence(spotify, GENERIC)
    with pytest.raises(ValueError, match="cannot correct"):
        apply_corrections(spotify, evidence, {"teleport": Correction("yes")})
    with pytest.raises(ValueError, match="cannot correct"):
        apply_corrections(spotify, evidence, {"voice_chat": Correction("maybe")})


def test_custom_app_name_is_taken_literally(make_use: Use) -> None:
    use = make_use("custom:odd", {"live_streaming": "on"}, name="Odd {app} App", custom=("live_streaming",))
    live = assess_use(use, None, 12).dimension("live_streaming")
    assert live.actions[0].text == "On Odd {app} App, turn off live streaming."
