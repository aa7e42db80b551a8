"""The seed cases hold on the bundled catalogue, and every level is explained and actionable."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from familyguard.catalog import Catalogue
from familyguard.domain import AppUse
from familyguard.risk.assess import app_profile, assess_use
from familyguard.risk.model import AppRisk
from familyguard.talks.library import load_library

CHILD_AGES = (6, 10, 12, 14, 16, 17)


def for_child(catalogue: Catalogue, make_use: Callable[..., AppUse], app_id: str, age: int) -> AppRisk:
    entry = catalogue.find(app_id)
    return assess_use(make_use(app_id, name=entry.name), entry, age)


@pytest.mark.parametrize("age", [None, *CHILD_AGES])
def test_spotify_is_never_harmless(
    catalogue: Catalogue, make_use: Callable[..., AppUse], age: int | None
) -> None:
    risk = (
        app_profile(catalogue.find("spotify"))
        if age is None
        else for_child(catalogue, make_use, "spotify", age)
    )
    assert risk.overall != "none"
    images, covert = risk.dimension("image_sharing"), risk.dimension("covert_channels")
    assert images.level != "none" and any("cover" in r.text.lower() for r in images.reasons)
    assert covert.level != "none" and any("title" in r.text.lower() for r in covert.reasons)
    assert any(a.topic == "hidden_channels" for a in covert.actions) or (age is not None and age < 9)


@pytest.mark.parametrize("app_id", ["monkey", "yubo", "wink", "hoop"])
@pytest.mark.parametrize("age", [None, *CHILD_AGES])
def test_random_matching_apps_are_high_on_strangers(
    catalogue: Catalogue, make_use: Callable[..., AppUse], app_id: str, age: int | None
) -> None:
    risk = app_profile(catalogue.find(app_id)) if age is None else for_child(catalogue, make_use, app_id, age)
    stranger = risk.dimension("stranger_contact")
    assert stranger.level == "high"
    assert any("random" in r.text for r in stranger.reasons)


@pytest.mark.parametrize("app_id", ["twitch", "liveme", "bigo_live", "yubo"])
@pytest.mark.parametrize("age", CHILD_AGES)
def test_live_streaming_apps_are_high_for_a_child(
    catalogue: Catalogue, make_use: Callable[..., AppUse], app_id: str, age: int
) -> None:
    live = for_child(catalogue, make_use, app_id, age).dimension("live_streaming")
    assert live.level == "high"
    assert any(a.topic == "live_streaming" for a in live.actions)


@pytest.mark.parametrize("age", [None, *CHILD_AGES])
def test_snapchat_disappearing_and_location(
    catalogue: Catalogue, make_use: Callable[..., AppUse], age: int | None
) -> None:
    risk = (
        app_profile(catalogue.find("snapchat"))
        if age is None
        else for_child(catalogue, make_use, "snapchat", age)
    )
    assert risk.dimension("disappearing_content").level != "none"
    location = risk.dimension("location_sharing")
    assert location.level != "none" and any("Snap Map" in r.text for r in location.reasons)


@pytest.mark.parametrize("age", [None, *CHILD_AGES])
def test_every_level_is_explained_and_actionable(
    catalogue: Catalogue, make_use: Callable[..., AppUse], age: int | None
) -> None:
    library = load_library()
    topics = {t.id: t for t in library.topics}
    for entry in catalogue.apps:
        risk = app_profile(entry) if age is None else for_child(catalogue, make_use, entry.id, age)
        assert risk.overall == max(
            (d.level for d in risk.dimensions), key=["none", "low", "medium", "high"].index
        )
        for dim in risk.dimensions:
            assert dim.reasons, (entry.id, dim.id)
            if dim.level == "none":
                assert not dim.actions
                continue
            # traceable: a web source, the parent's own word, or an honest "not known"
            assert any(r.source or r.yours or "not known" in r.text for r in dim.reasons), (entry.id, dim.id)
            for reason in dim.reasons:
                assert reason.source is None or reason.source.startswith("http")
            assert dim.actions, (entry.id, dim.id)
            for action in dim.actions:
                assert action.text and action.where
                topic = topics[action.topic]
                assert age is None or topic.min_age <= age <= topic.max_age, (entry.id, dim.id, action.topic)
