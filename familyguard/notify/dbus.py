"""Notifications over D-Bus org.freedesktop.Notifications (Linux desktops), with actions.

Uses jeepney (already a keyring dependency on Linux). Clicks on actions arrive as ActionInvoked
signals, read by a small listener thread that calls back with (notification key, action key).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from familyguard.notify.base import ActionHandler, Notification, NotificationFailed

log = logging.getLogger(__name__)
BUS_NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
TIMEOUT = 5.0


class DBusNotifier:
    """Sends notifications to the session's notification server; reports action clicks."""

    name = "dbus"

    def __init__(self, on_action: ActionHandler | None = None, app_name: str = "FamilyGuard") -> None:
        from jeepney import DBusAddress
        from jeepney.io.blocking import open_dbus_connection

        self._address = DBusAddress(PATH, bus_name=BUS_NAME, interface=BUS_NAME)
        self._app_name = app_name
        self._on_action = on_action
        self._keys: dict[int, str] = {}
        self._lock = threading.Lock()
        try:
            self._conn = open_dbus_connection(bus="SESSION")
        except Exception as exc:
            raise NotificationFailed(f"no session bus ({exc})") from exc
        try:
            self.supports_actions = "actions" in self._call("GetCapabilities", "", ())[0]
        except Exception as exc:
            self._conn.close()
            raise NotificationFailed(f"no notification service on the session bus ({exc})") from exc
        self._stop = threading.Event()
        self._listener = threading.Thread(target=self._listen, name="notify-actions", daemon=True)
        if on_action is not None and self.supports_actions:
            self._subscribe()
            self._listener.start()

    def _subscribe(self) -> None:
        """Listen for ActionInvoked before the first notification goes out, so no click is missed."""
        from jeepney import MatchRule, message_bus
        from jeepney.io.blocking import open_dbus_connection

        rule = MatchRule(type="signal", interface=BUS_NAME, member="ActionInvoked", path=PATH)
        self._signals = open_dbus_connection(bus="SESSION")
        self._signals.send_and_get_reply(message_bus.AddMatch(rule), timeout=TIMEOUT)
        self._filter = self._signals.filter(rule)
        self._queue = self._filter.__enter__()

    def _call(self, method: str, signature: str, body: tuple[Any, ...]) -> tuple[Any, ...]:
        from jeepney import new_method_call
        from jeepney.wrappers import unwrap_msg

        reply = self._conn.send_and_get_reply(
            new_method_call(self._address, method, signature, body), timeout=TIMEOUT
        )
        return tuple(unwrap_msg(reply))

    def send(self, notification: Notification) -> None:
        actions = [part for pair in notification.actions for part in pair] if self.supports_actions else []
        body: tuple[Any, ...] = (
            self._app_name,
            0,
            "dialog-information",
            notification.title,
            notification.body,
            actions,
            {},
            -1,
        )
        # Held until the id is known: a click can arrive before Notify's reply is read.
        with self._lock:
            try:
                (number,) = self._call("Notify", "susssasa{sv}i", body)
            except Exception as exc:
                raise NotificationFailed(f"the notification service refused it ({exc})") from exc
            self._keys[int(number)] = notification.key

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                signal = self._signals.recv_until_filtered(self._queue, timeout=0.5)
            except TimeoutError:
                continue
            number, action = signal.body
            with self._lock:
                key = self._keys.get(int(number))
            if key and self._on_action:
                self._on_action(key, str(action))

    def close(self) -> None:
        self._stop.set()
        if self._listener.is_alive():
            self._listener.join(timeout=2)
            self._filter.__exit__(None, None, None)
            self._signals.close()
        self._conn.close()
