"""The settings a parent can record for a child's account on an app, and their allowed values."""

from __future__ import annotations

from familyguard.errors import UsageError
from familyguard.phrase import phrase

RECORDED_SETTINGS: dict[str, tuple[str, ...]] = {
    "private_account": ("yes", "no"),
    "messages_from": ("everyone", "friends", "nobody"),
    "live_streaming": ("on", "off"),
    "location_sharing": ("on", "off"),
    "family_link": ("yes", "no"),
    "contact_approval": ("on", "off"),
    "discoverable": ("on", "off"),
}

SETTING_LABELS: dict[str, str] = {
    "private_account": "Private account",
    "messages_from": "Who can send messages",
    "live_streaming": "Live streaming",
    "location_sharing": "Location sharing",
    "family_link": "Linked to parent (family pairing)",
    "contact_approval": "Parent approves new contacts",
    "discoverable": "Can be found by strangers (search, suggestions)",
}


def parse_setting(text: str) -> tuple[str, str]:
    """Parse KEY=VALUE into a known setting and one of its allowed values."""
    key, sep, value = text.partition("=")
    key, value = key.strip().lower(), value.strip().lower()
    if not sep or key not in RECORDED_SETTINGS:
        raise UsageError(
            phrase("errors", "'{text}' is not a setting FamilyGuard knows.", text=text),
            hint=phrase(
                "errors", "Use KEY=VALUE with KEY one of: {names}.", names=", ".join(RECORDED_SETTINGS)
            ),
        )
    check_setting(key, value)
    return key, value


def check_setting(key: str, value: str) -> None:
    """Refuse a value a setting does not take."""
    allowed = RECORDED_SETTINGS[key]
    if value not in allowed:
        raise UsageError(
            phrase("errors", "'{value}' is not a value of {key}.", value=value, key=key),
            hint=phrase("errors", "Use one of: {names}.", names=", ".join(allowed)),
        )
