"""Try notifiers in order; a failed delivery is logged and reported, never lost silently."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from familyguard.notify.base import Notification, NotificationFailed, Notifier

log = logging.getLogger(__name__)


class NotifierChain:
    """Notifiers created lazily, in order of preference; the first that delivers wins."""

    def __init__(self, factories: Sequence[Callable[[], Notifier]]) -> None:
        self._factories = list(factories)
        self._made: dict[int, Notifier | None] = {}

    def send(self, notification: Notification) -> str | None:
        """Deliver through the first notifier that can; return its name, or None when all failed."""
        for index, factory in enumerate(self._factories):
            notifier = self._notifier(index, factory)
            if notifier is None:
                continue
            try:
                notifier.send(notification)
            except NotificationFailed as exc:
                log.warning("notification by %s failed: %s", notifier.name, exc)
                continue
            return notifier.name
        log.error("no notifier could show %s; it stays visible in the window", notification.key)
        return None

    def _notifier(self, index: int, factory: Callable[[], Notifier]) -> Notifier | None:
        if index not in self._made:
            try:
                self._made[index] = factory()
            except NotificationFailed as exc:
                log.warning("notifier %d unavailable: %s", index, exc)
                self._made[index] = None
        return self._made[index]

    def close(self) -> None:
        for notifier in self._made.values():
            if notifier is not None:
                notifier.close()
