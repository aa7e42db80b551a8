"""The last resort: plyer's notification (Windows toast, macOS, notify-send on Linux)."""

from __future__ import annotations

from familyguard.notify.base import Notification, NotificationFailed


class PlyerNotifier:
    """Shows a notification without actions through plyer."""

    name = "plyer"

    def __init__(self) -> None:
        try:
            from plyer import notification
        except ImportError as exc:
            raise NotificationFailed(f"plyer is not available ({exc})") from exc
        self._notification = notification

    def send(self, notification: Notification) -> None:
        try:
            self._notification.notify(
                title=notification.title, message=notification.body, app_name="FamilyGuard"
            )
        except Exception as exc:
            raise NotificationFailed(f"plyer could not notify ({exc})") from exc

    def close(self) -> None:
        return None
