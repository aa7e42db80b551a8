"""The parent's settings kept in the household (quiet hours, notification style, backup folder).

Stored as text in the household's preferences, so a fresh FamilyGuard on the same folder sees them.
Start at login is not here: it lives in the operating system (see `familyguard.autostart`).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from familyguard.errors import UsageError
from familyguard.quiet_hours import QuietHours
from familyguard.storage.preferences import PreferenceRepository

QUIET_HOURS_KEY = "quiet_hours"
STYLE_KEY = "notification_style"
BACKUP_DIR_KEY = "backup_dir"
DEFAULT_QUIET_HOURS = QuietHours.parse("21:30-07:30")


class NotificationStyle(StrEnum):
    """How much a talk reminder says, and where it appears."""

    FULL = "full"  # a pop-up with the child's name and the topic
    PRIVATE = "private"  # a pop-up with the topic and the child's first name only
    TRAY = "tray"  # no pop-up: the tray icon says what is due


def first_name(name: str) -> str:
    """The first word of a child's name: all a private reminder shows."""
    return name.split()[0] if name.split() else ""


class Settings:
    """Typed access to the parent's settings; unreadable stored values fall back to the defaults."""

    def __init__(self, preferences: PreferenceRepository) -> None:
        self._preferences = preferences

    @property
    def quiet_hours(self) -> QuietHours | None:
        """The quiet hours, or None when reminders may come at any time."""
        text = self._preferences.get(QUIET_HOURS_KEY)
        try:
            return QuietHours.parse(text) if text else None
        except UsageError:
            return None

    @quiet_hours.setter
    def quiet_hours(self, hours: QuietHours | None) -> None:
        self._preferences.set(QUIET_HOURS_KEY, None if hours is None else str(hours))

    @property
    def notification_style(self) -> NotificationStyle:
        text = self._preferences.get(STYLE_KEY) or NotificationStyle.FULL
        return NotificationStyle(text) if text in set(NotificationStyle) else NotificationStyle.FULL

    @notification_style.setter
    def notification_style(self, style: NotificationStyle) -> None:
        self._preferences.set(STYLE_KEY, style.value)

    def backup_dir(self, default: Path) -> Path:
        """Where "Back up now" writes: the parent's choice, else `default`."""
        text = self._preferences.get(BACKUP_DIR_KEY)
        return Path(text) if text else default

    def set_backup_dir(self, folder: Path | None) -> None:
        """Remember the parent's backup folder (None: back to the default)."""
        self._preferences.set(BACKUP_DIR_KEY, None if folder is None else str(folder))
