"""The `familyguard` command: argparse front, --json output, the exit codes of docs/cli.md."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from familyguard import __version__, config


def iso_date(text: str) -> date:
    """argparse type for YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2014-05-31") from None


def global_parser(add_help: bool = True) -> argparse.ArgumentParser:
    """The options that come before a command: all that starting the desktop app takes."""
    parser = argparse.ArgumentParser(
        prog="familyguard", description="Keep your children safe online, privately.", add_help=add_help
    )
    parser.add_argument("--version", action="version", version=f"familyguard {__version__}")
    parser.add_argument("--data-dir", help="household folder (default: the platform's data folder)")
    parser.add_argument("--minimized", action="store_true", help="start the app in the tray (as at login)")
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    from familyguard.cli_friends import add_friends_parser
    from familyguard.cli_lock import add_lock_parser
    from familyguard.cli_talks import add_talks_parser

    parser = global_parser()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    autostart = commands.add_parser("autostart", help="start FamilyGuard in the tray when you log in")
    autostart.add_argument("state", choices=("on", "off", "status"))

    demo = commands.add_parser("demo", help="fill the data folder with a realistic demo household")
    demo.add_argument("--force", action="store_true", help="replace a household that is already there")

    child = commands.add_parser("child", help="add, list or remove children").add_subparsers(
        dest="action", required=True
    )
    add = child.add_parser("add", help="add a child")
    add.add_argument("name")
    add.add_argument("--born", type=iso_date, required=True, metavar="YYYY-MM-DD")
    _json(child.add_parser("list", help="list the children"))
    child.add_parser("remove", help="remove a child and everything recorded for them").add_argument("child")

    app = commands.add_parser("app", help="add, list or remove a child's apps").add_subparsers(
        dest="action", required=True
    )
    app_add = app.add_parser("add", help="add an app to a child")
    app_add.add_argument("child")
    app_add.add_argument("app", nargs="?", help="catalogue id, alias or name")
    app_add.add_argument("--handle", help="the child's user name on the app")
    app_add.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE", help="a setting you checked"
    )
    app_add.add_argument("--custom", metavar="NAME", help="an app that is not in the catalogue")
    app_add.add_argument("--feature", action="append", default=[], help="a feature of the custom app")
    app_list = app.add_parser("list", help="list a child's apps")
    app_list.add_argument("child")
    _json(app_list)
    app_remove = app.add_parser("remove", help="remove an app from a child")
    app_remove.add_argument("child")
    app_remove.add_argument("app")

    catalog = commands.add_parser("catalog", help="the bundled app catalogue").add_subparsers(
        dest="action", required=True
    )
    _json(catalog.add_parser("list", help="list the apps FamilyGuard knows"))
    show = catalog.add_parser("show", help="what one app lets strangers do")
    show.add_argument("app")
    _json(show)
    correct = catalog.add_parser("correct", help="keep your own value for one of an app's facts")
    correct.add_argument("app")
    correct.add_argument("feature", help="e.g. live_streaming, image_upload, covert_channels")
    correct.add_argument("value", nargs="?", choices=("yes", "no", "partial", "unknown"))
    correct.add_argument("--note", default="", help="what you saw, for your future self")
    correct.add_argument("--reset", action="store_true", help="go back to the catalogue's own fact")

    risk = commands.add_parser("risk", help="what each of a child's apps lets strangers do, and what to do")
    risk.add_argument("child")
    _json(risk)
    add_friends_parser(commands)
    add_talks_parser(commands)
    add_lock_parser(commands)
    return parser


def _json(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--json", action="store_true", help="print one JSON document")


def run(args: argparse.Namespace) -> int:
    """Run one parsed command against the household; errors propagate to main()."""
    from familyguard.app import FamilyGuard
    from familyguard.cli_prompt import terminal_prompt
    from familyguard.commands import HANDLERS, WITHOUT_HOUSEHOLD
    from familyguard.demo import fill_demo
    from familyguard.storage.layout import household_exists

    folder = config.data_dir(args.data_dir)
    if args.command == "autostart":
        return _autostart(args.state, Path(folder) if args.data_dir else None)
    if args.command == "demo":
        fill_demo(folder, terminal_prompt, force=args.force)
        print(f"Demo household written to {folder}. Open it with: familyguard --data-dir {folder}")
        return 0
    key = (args.command, getattr(args, "action", None))
    if args.command == "lock":
        from familyguard.commands_lock import run_lock

        result, text = run_lock(folder, args)
    elif key in WITHOUT_HOUSEHOLD and not household_exists(folder):
        result, text = WITHOUT_HOUSEHOLD[key](None, args)
    else:
        fg = FamilyGuard.open(folder, terminal_prompt)
        try:
            result, text = HANDLERS[key](fg, args)
        finally:
            fg.close()
    if getattr(args, "json", False):
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif text:
        print(text)
    sys.stdout.flush()  # here, so that a reader gone early (`| head`) is seen by main, not at exit
    return 0


def _autostart(state: str, data_dir: Path | None) -> int:
    from familyguard import autostart

    if state == "on":
        autostart.enable(data_dir)
    elif state == "off":
        autostart.disable()
    print(f"FamilyGuard {'starts' if autostart.is_enabled() else 'does not start'} at login.")
    return 0


def parse(argv: list[str]) -> argparse.Namespace:
    """Parse argv (exit 2 with argparse's message on bad usage).

    Starting the desktop app needs only the global options, so the app does not wait for the whole
    command line to be built.
    """
    desktop, rest = global_parser(add_help=False).parse_known_args(argv)
    if rest:
        return build_parser().parse_args(argv)
    desktop.command = None
    return desktop
