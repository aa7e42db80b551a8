"""Factories for the risk tests: small catalogue entries and app uses, and the bundled catalogue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from familyguard.catalog import FEATURES, AppEntry, Catalogue, Fact, load_catalogue
from familyguard.domain import AppUse

SOURCE = "https://example.org/facts"
DAY = date(2026, 11, 1)
Features = dict[str, str | tuple[str, str]]


def _fact(value: str, minors: str | None = None) -> Fact:
    return Fact(value, f"note about {value}", SOURCE, DAY, True, minors)


def build_entry(
    features: Features | None = None, min_age: int | str = 0, settings: tuple[str, ...] = ()
) -> AppEntry:
    """An app with every feature "no" except `features` (a value, or (value, minors_default))."""
    facts = {name: _fact("no") for name in FEATURES}
    for name, value in (features or {}).items():
        facts[name] = _fact(*value) if isinstance(value, tuple) else _fact(value)
    return AppEntry(
        id="testapp",
        name="TestApp",
        aliases=(),
        category="social",
        summary="A test app.",
        status="active",
        status_fact=_fact("active"),
        min_age=min_age if isinstance(min_age, int) else 0,
        min_age_fact=Fact(str(min_age), "", SOURCE, DAY, True),
        min_age_by_country={},
        features=facts,
        parental_controls=(),
        settings={key: Fact(key, f"Settings > {key}", SOURCE, DAY, True) for key in settings},
        identifiers={},
        last_verified=DAY,
    )


def build_use(
    app_id: str = "testapp",
    settings: dict[str, str] | None = None,
    name: str = "TestApp",
    custom: tuple[str, ...] = (),
) -> AppUse:
    return AppUse(1, 1, app_id, name, None, settings or {}, DAY, custom)


@pytest.fixture
def make_entry() -> Callable[..., AppEntry]:
    return build_entry


@pytest.fixture
def make_use() -> Callable[..., AppUse]:
    return build_use


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()
