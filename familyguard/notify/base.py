"""What a notification is, and what a notifier promises."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

ActionHandler = Callable[[str, str], None]
"""Called with (notification key, action key) when the parent clicks an action."""

DONE, SNOOZE, OPEN = "done", "snooze", "open"


class NotificationFailed(Exception):
    """A notifier could not deliver; the chain tries the next one and logs this."""


@dataclass(frozen=True)
class Notification:
    """A reminder to show: key identifies it (e.g. "plan:3"), actions are (key, label) pairs."""

    key: str
    title: str
    body: str
    actions: tuple[tuple[str, str], ...] = field(default=())


class Notifier(Protocol):
    """Delivers notifications; raises NotificationFailed when it cannot."""

    name: str

    def send(self, notification: Notification) -> None: ...

    def close(self) -> None: ...
