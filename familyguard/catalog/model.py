"""The typed records of the app catalogue and the fixed vocabularies they use."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from familyguard.domain.app_settings import RECORDED_SETTINGS

FEATURES: tuple[str, ...] = (
    "random_matching",
    "stranger_discovery",
    "public_profile",
    "messages_from_strangers",
    "private_messaging",
    "group_invites",
    "voice_chat",
    "video_chat",
    "live_streaming",
    "image_upload",
    "disappearing_content",
    "location_sharing",
    "anonymity",
    "off_platform_links",
    "covert_channels",
    "virtual_gifts",
    "in_app_purchases",
    "ai_chat",
)

SETTING_KEYS: tuple[str, ...] = tuple(RECORDED_SETTINGS)

CATEGORIES: tuple[str, ...] = (
    "social",
    "messaging",
    "video",
    "gaming",
    "music",
    "live_streaming",
    "random_chat",
    "ai_chat",
    "video_calls",
    "forum",
    "anonymous_qa",
    "dating_style",
)

STATUSES: tuple[str, ...] = ("active", "closed", "removed_from_stores")
FEATURE_VALUES: tuple[str, ...] = ("yes", "no", "partial", "unknown")
CONSENT_VALUES: tuple[str, ...] = ("yes", "no", "unknown")
PLATFORMS: tuple[str, ...] = ("android", "ios", "windows", "macos")


@dataclass(frozen=True)
class Fact:
    """One sourced, dated claim about an app (a feature value, its status, a setting's location...)."""

    value: str
    note: str
    source: str | None
    last_verified: datetime.date | None
    verified: bool
    minors_default: str | None = None


@dataclass(frozen=True)
class ParentalControl:
    """A parental-control tool an app offers, and whether the teen has to agree to it."""

    name: str
    what: str
    teen_consent: str
    source: str
    last_verified: datetime.date
    verified: bool


@dataclass(frozen=True)
class AppEntry:
    """Everything the catalogue knows about one app."""

    id: str
    name: str
    aliases: tuple[str, ...]
    category: str
    summary: str
    status: str
    status_fact: Fact
    min_age: int
    min_age_fact: Fact
    min_age_by_country: dict[str, int]
    features: dict[str, Fact]
    parental_controls: tuple[ParentalControl, ...]
    settings: dict[str, Fact]
    identifiers: dict[str, tuple[str, ...]]
    last_verified: datetime.date

    def has(self, feature: str) -> bool:
        """Return True when the app offers the feature fully or in part."""
        fact = self.features.get(feature)
        return fact is not None and fact.value in ("yes", "partial")
