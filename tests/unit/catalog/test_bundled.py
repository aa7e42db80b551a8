"""The bundled catalogue loads, is complete, and every fact is sourced and dated."""

from __future__ import annotations

import pytest

from familyguard.bundled import resource_dir
from familyguard.catalog import FEATURES, AppEntry, Catalogue, load_catalogue

REQUIRED = (
    "spotify",
    "snapchat",
    "whatsapp",
    "instagram",
    "facebook",
    "messenger",
    "kik",
    "tiktok",
    "youtube",
    "youtube_kids",
    "roblox",
    "minecraft",
    "fortnite",
    "discord",
    "twitch",
    "telegram",
    "yubo",
    "monkey",
    "wink",
    "hoop",
    "among_us",
    "facetime",
    "zoom",
    "pinterest",
    "reddit",
    "x",
    "bereal",
    "threads",
    "steam",
    "xbox",
    "playstation",
    "nintendo_switch",
    "vrchat",
    "character_ai",
    "signal",
    "viber",
    "line",
    "wechat",
    "tellonym",
    "askfm",
    "whisper",
    "liveme",
    "bigo_live",
    "tumblr",
    "likee",
    "wizz",
    "omegle",
    "houseparty",
    "skype",
)
CLOSED = ("omegle", "houseparty", "skype", "whisper")


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def test_bundled_is_cached_and_complete(catalogue: Catalogue) -> None:
    assert load_catalogue() is catalogue
    assert len(catalogue.apps) >= 50
    assert len(list(resource_dir("catalogue").glob("*.toml"))) == len(catalogue.apps)
    missing = [app_id for app_id in REQUIRED if catalogue.get(app_id) is None]
    assert missing == []


def test_apps_sorted_by_name(catalogue: Catalogue) -> None:
    names = [app.name.lower() for app in catalogue.apps]
    assert names == sorted(names)


def test_ids_names_and_aliases_unique(catalogue: Catalogue) -> None:
    keys = [k for app in catalogue.apps for k in {app.id, app.name.lower(), *app.aliases}]
    assert len(keys) == len(set(keys))


def all_facts(app: AppEntry) -> list[tuple[str, str, str | None, object]]:
    facts = {"status": app.status_fact, "min_age": app.min_age_fact, **app.features, **app.settings}
    rows = [(name, f.value, f.source, f.last_verified) for name, f in facts.items()]
    rows += [(c.name, c.teen_consent, c.source, c.last_verified) for c in app.parental_controls]
    return rows


def test_every_fact_is_sourced_or_unknown(catalogue: Catalogue) -> None:
    for app in catalogue.apps:
        assert set(app.features) == set(FEATURES), app.id
        assert app.summary and app.name
        for name, value, source, checked in all_facts(app):
            if value != "unknown":
                assert source and source.startswith(("https://", "http://")), (app.id, name)
                assert checked is not None, (app.id, name)


def test_unknown_features_are_not_verified(catalogue: Catalogue) -> None:
    for app in catalogue.apps:
        for feature, fact in app.features.items():
            if fact.value == "unknown":
                assert not fact.verified, (app.id, feature)


def test_app_dates_are_newest_fact_date(catalogue: Catalogue) -> None:
    for app in catalogue.apps:
        dates = [checked for *_, checked in all_facts(app) if checked is not None]
        assert app.last_verified == max(dates), app.id  # type: ignore[type-var]


@pytest.mark.parametrize("app_id", CLOSED)
def test_closed_services_are_marked_closed(catalogue: Catalogue, app_id: str) -> None:
    app = catalogue.find(app_id)
    assert app.status == "closed"
    assert app.status_fact.note


def test_skype_points_to_teams(catalogue: Catalogue) -> None:
    assert "Teams" in catalogue.find("skype").status_fact.note


def test_open_services_are_not_closed(catalogue: Catalogue) -> None:
    for app_id in ("spotify", "snapchat", "roblox", "discord", "kik"):
        assert catalogue.find(app_id).status == "active"
