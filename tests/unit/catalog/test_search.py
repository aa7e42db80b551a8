"""get / find / search over ids, names and aliases, including typos."""

from __future__ import annotations

import pytest

from familyguard.catalog import Catalogue, load_catalogue
from familyguard.errors import NotFoundError


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.mark.parametrize(
    ("key", "app_id"),
    [
        ("spotify", "spotify"),
        ("SPOTIFY", "spotify"),
        ("  Snapchat ", "snapchat"),
        ("musical.ly", "tiktok"),
        ("Musically", "tiktok"),
        ("twitter", "x"),
        ("Character.AI", "character_ai"),
        ("character_ai", "character_ai"),
    ],
)
def test_get_by_id_name_or_alias(catalogue: Catalogue, key: str, app_id: str) -> None:
    app = catalogue.get(key)
    assert app is not None and app.id == app_id


def test_get_unknown_is_none(catalogue: Catalogue) -> None:
    assert catalogue.get("definitely not an app") is None


def test_find_raises_with_suggestions(catalogue: Catalogue) -> None:
    with pytest.raises(NotFoundError) as caught:
        catalogue.find("snapchta")
    assert caught.value.kind == "app"
    assert caught.value.suggestions[0] == "snapchat"
    assert len(caught.value.suggestions) <= 3
    assert "snapchat" in str(caught.value)


def test_find_nonsense_has_no_suggestions(catalogue: Catalogue) -> None:
    with pytest.raises(NotFoundError) as caught:
        catalogue.find("qqqqzzzzxxxx")
    assert caught.value.suggestions == []


@pytest.mark.parametrize(
    ("text", "app_id"),
    [
        ("snapchta", "snapchat"),
        ("musically", "tiktok"),
        ("robox", "roblox"),
        ("spotfy", "spotify"),
        ("tik", "tiktok"),
    ],
)
def test_search_is_typo_tolerant(catalogue: Catalogue, text: str, app_id: str) -> None:
    assert app_id in [app.id for app in catalogue.search(text)][:3]


def test_search_substring_before_close_matches(catalogue: Catalogue) -> None:
    ids = [app.id for app in catalogue.search("you")]
    assert ids[:2] == ["youtube", "youtube_kids"]


def test_search_empty_returns_all(catalogue: Catalogue) -> None:
    assert catalogue.search("") == list(catalogue.apps)
    assert catalogue.search("   ") == list(catalogue.apps)


def test_search_no_match(catalogue: Catalogue) -> None:
    assert catalogue.search("qqqqzzzzxxxx") == []
