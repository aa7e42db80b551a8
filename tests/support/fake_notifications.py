"""A fake org.freedesktop.Notifications service for tests, run as its own process on a private bus.

Usage: python fake_notifications.py LOG.jsonl [ACTION]
Each Notify call is appended to LOG.jsonl; with ACTION, the service answers every notification by
emitting ActionInvoked(id, ACTION), as if the parent had clicked that button.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from jeepney import DBusAddress, HeaderFields, MessageType, message_bus, new_method_return, new_signal
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def main(log: str, action: str | None) -> None:
    conn = open_dbus_connection(bus="SESSION")
    conn.send_and_get_reply(message_bus.RequestName(NAME))
    print("ready", flush=True)
    emitter = DBusAddress(PATH, interface=NAME)
    number = 0
    while True:
        msg = conn.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        member = msg.header.fields[HeaderFields.member]
        if member == "GetCapabilities":
            conn.send(new_method_return(msg, "as", (["actions", "body"],)))
        elif member == "GetServerInformation":
            conn.send(new_method_return(msg, "ssss", ("fake", "tests", "1", "1.2")))
        elif member == "Notify":
            number += 1
            app, _replaces, _icon, summary, body, actions, _hints, _timeout = msg.body
            with Path(log).open("a", encoding="utf-8") as out:
                out.write(
                    json.dumps(
                        {"id": number, "app": app, "summary": summary, "body": body, "actions": actions}
                    )
                )
                out.write("\n")
            conn.send(new_method_return(msg, "u", (number,)))
            if action:
                conn.send(new_signal(emitter, "ActionInvoked", "us", (number, action)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
