"""The parent's settings live in the household: a fresh FamilyGuard on the same folder sees them."""

from __future__ import annotations

from pathlib import Path

from households import PASSPHRASE, Answer

from familyguard.app import FamilyGuard
from familyguard.quiet_hours import QuietHours
from familyguard.settings import NotificationStyle, Settings, first_name
from familyguard.storage.vault import open_household


def test_settings_are_kept_in_the_household(fg: FamilyGuard, tmp_path: Path) -> None:
    settings = Settings(fg.preferences)
    assert settings.quiet_hours is None
    assert settings.notification_style is NotificationStyle.FULL
    assert settings.backup_dir(tmp_path / "default") == tmp_path / "default"
    settings.quiet_hours = QuietHours.parse("21:30-07:30")
    settings.notification_style = NotificationStyle.PRIVATE
    settings.set_backup_dir(tmp_path / "usb")
    again = FamilyGuard(open_household(fg.db.path.parent, Answer(PASSPHRASE)))
    reread = Settings(again.preferences)
    assert str(reread.quiet_hours) == "21:30-07:30"
    assert reread.notification_style is NotificationStyle.PRIVATE
    assert reread.backup_dir(tmp_path / "default") == tmp_path / "usb"
    reread.quiet_hours = None
    assert reread.quiet_hours is None
    again.close()


def test_damaged_values_fall_back_to_the_defaults(fg: FamilyGuard) -> None:
    fg.preferences.set("quiet_hours", "late")
    fg.preferences.set("notification_style", "shout")
    settings = Settings(fg.preferences)
    assert settings.quiet_hours is None
    assert settings.notification_style is NotificationStyle.FULL


def test_first_name() -> None:
    assert first_name("Mia Schmidt") == "Mia"
    assert first_name("  Leo ") == "Leo"
    assert first_name("") == ""
