"""The `familyguard lock …` command line; argparse only, since it loads at every start."""

from __future__ import annotations

import argparse
from typing import Any


def _kind(sub: argparse.ArgumentParser, default: str | None) -> argparse.ArgumentParser:
    kinds = sub.add_mutually_exclusive_group()
    kinds.add_argument("--pin", dest="kind", action="store_const", const="pin", help="a PIN of 6+ digits")
    kinds.add_argument(
        "--passphrase", dest="kind", action="store_const", const="passphrase", help="a passphrase"
    )
    sub.set_defaults(kind=default)
    return sub


def add_lock_parser(commands: Any) -> None:
    """Register `lock` and its actions on the top-level subparsers."""
    lock = commands.add_parser("lock", help="the parent lock: a PIN or passphrase before any data is shown")
    actions = lock.add_subparsers(dest="action", required=True, metavar="ACTION")
    _kind(actions.add_parser("set", help="turn the lock on (shows a recovery code once)"), "passphrase")
    actions.add_parser("off", help="turn the lock off (needs its PIN or passphrase)")
    _kind(actions.add_parser("change", help="choose a new PIN or passphrase"), None)
    actions.add_parser("status", help="whether the lock is on, and any wait").add_argument(
        "--json", action="store_true", help="print one JSON document"
    )
    _kind(actions.add_parser("recover", help="forgot it? set a new one with the recovery code"), None)
