"""Facts the product depends on (the seed cases) hold in the bundled data."""

from __future__ import annotations

import pytest

from familyguard.catalog import AppEntry, Catalogue, load_catalogue


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def feature(catalogue: Catalogue, app_id: str, name: str) -> tuple[str, str | None]:
    fact = catalogue.find(app_id).features[name]
    return fact.value, fact.minors_default


def test_spotify_covers_and_covert_channels(catalogue: Catalogue) -> None:
    spotify: AppEntry = catalogue.find("spotify")
    assert spotify.features["image_upload"].value == "yes"
    assert "cover" in spotify.features["image_upload"].note.lower()
    assert spotify.features["covert_channels"].value == "yes"
    assert "title" in spotify.features["covert_channels"].note.lower()
    assert spotify.features["public_profile"].value == "yes"
    assert spotify.features["live_streaming"].value == "no"


@pytest.mark.parametrize("app_id", ["monkey", "yubo", "wink", "hoop", "omegle"])
def test_random_matching_apps(catalogue: Catalogue, app_id: str) -> None:
    assert feature(catalogue, app_id, "random_matching")[0] == "yes"


@pytest.mark.parametrize(
    "app_id", ["twitch", "yubo", "liveme", "bigo_live", "tiktok", "youtube", "instagram"]
)
def test_live_streaming_apps(catalogue: Catalogue, app_id: str) -> None:
    assert catalogue.find(app_id).has("live_streaming")


def test_live_streaming_age_rules(catalogue: Catalogue) -> None:
    assert feature(catalogue, "tiktok", "live_streaming") == ("yes", "no")
    assert "18" in catalogue.find("tiktok").features["live_streaming"].note
    assert "16" in catalogue.find("youtube").features["live_streaming"].note
    instagram_live = catalogue.find("instagram").features["live_streaming"]
    assert "16" in instagram_live.note and "permission" in instagram_live.note.lower()


def test_snapchat_disappearing_and_snap_map(catalogue: Catalogue) -> None:
    assert feature(catalogue, "snapchat", "disappearing_content")[0] == "yes"
    location = catalogue.find("snapchat").features["location_sharing"]
    assert location.value == "yes" and "Snap Map" in location.note


def test_check_file_corrections_win(catalogue: Catalogue) -> None:
    assert catalogue.find("kik").min_age == 18
    assert not catalogue.find("yubo").min_age_fact.verified
    assert catalogue.find("twitch").min_age_by_country.get("AU") == 16
    assert catalogue.find("telegram").min_age_by_country.get("GB") == 16
    assert feature(catalogue, "threads", "private_messaging")[1] == "no"
    assert feature(catalogue, "bereal", "private_messaging")[0] == "yes"
    assert feature(catalogue, "among_us", "private_messaging")[0] == "no"
    assert "Find Friends" in catalogue.find("snapchat").features["stranger_discovery"].note
    assert catalogue.find("wizz").status == "removed_from_stores"


def test_australian_under_16_ban(catalogue: Catalogue) -> None:
    for app_id in (
        "facebook",
        "instagram",
        "snapchat",
        "tiktok",
        "x",
        "youtube",
        "reddit",
        "threads",
        "kick",
    ):
        assert catalogue.find(app_id).min_age_by_country.get("AU") == 16, app_id
