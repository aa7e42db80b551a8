"""The `familyguard friends …` command line (docs/cli.md); argparse only, imported at every start."""

from __future__ import annotations

import argparse
from typing import Any

from familyguard.domain.model import RELATIONS


def _json(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
    sub.add_argument("--json", action="store_true", help="print one JSON document")
    return sub


def add_friends_parser(commands: Any) -> None:
    """Register `friends import|add|list|review|flag|set|signals|export` on the COMMAND subparsers."""
    friends = commands.add_parser("friends", help="the children's contacts on their apps").add_subparsers(
        dest="action", required=True
    )
    imp = _json(friends.add_parser("import", help="import a friend list from an app's data export"))
    imp.add_argument("child")
    imp.add_argument("paths", nargs="+", metavar="PATH", help="the export: zip(s), folder, JSON or CSV file")
    imp.add_argument("--app", help="the app (needed for a CSV file; checked otherwise)")

    add = _json(friends.add_parser("add", help="add a contact by hand"))
    add.add_argument("child")
    add.add_argument("app")
    add.add_argument("name")
    add.add_argument("--handle", help="the person's user name on the app")
    add.add_argument("--relation", choices=RELATIONS, default="unknown")

    listing = _json(friends.add_parser("list", help="list a child's contacts"))
    listing.add_argument("child")
    listing.add_argument("--app")
    listing.add_argument("--new", action="store_true", help="only those not reviewed yet")
    listing.add_argument("--flagged", action="store_true", help="only flagged ones")
    listing.add_argument("--removed", action="store_true", help="include people no longer on the lists")
    listing.add_argument(
        "--changed", action="store_true", help="only those the last import of their app changed, and how"
    )

    review = _json(friends.add_parser("review", help="mark the child's new contacts as reviewed"))
    review.add_argument("child")
    review.add_argument("--app")

    flag = _json(friends.add_parser("flag", help="flag a contact for a conversation"))
    flag.add_argument("contact_id", metavar="CONTACT_ID")
    flag.add_argument("--reason", default="", help="why (shown with the flag)")

    relation = _json(friends.add_parser("set", help="say how the child knows a contact"))
    relation.add_argument("contact_id", metavar="CONTACT_ID")
    relation.add_argument("--relation", choices=RELATIONS, required=True)

    _json(friends.add_parser("signals", help="what deserves a look across children and apps"))

    export = _json(friends.add_parser("export", help="save a child's contacts as CSV (UTF-8)"))
    export.add_argument("child")
    export.add_argument("file", metavar="FILE.csv")
    export.add_argument("--app")
