"""The `familyguard` command: argparse front, --json output, the exit codes of docs/cli.md."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

from familyguard import __version__, config
from familyguard.app import FamilyGuard
from familyguard.cli_prompt import terminal_prompt
from familyguard.demo import fill_demo
from familyguard.domain.app_settings import parse_setting
from familyguard.errors import UsageError
from familyguard.views import app_use_view, catalogue_view, child_view

Handler = Callable[[FamilyGuard, argparse.Namespace], Any]


def iso_date(text: str) -> date:
    """argparse type for YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2014-05-31") from None


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    parser = argparse.ArgumentParser(
        prog="familyguard", description="Keep your children safe online, privately."
    )
    parser.add_argument("--version", action="version", version=f"familyguard {__version__}")
    parser.add_argument("--data-dir", help="household folder (default: the platform's data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

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
    return parser


def _json(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--json", action="store_true", help="print one JSON document")


def child_add(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    child = fg.household.add_child(args.name, args.born)
    return child_view(child, fg.clock.today()), f"Added {child.name} ({child.age(fg.clock.today())})."


def child_list(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    views = [child_view(c, fg.clock.today()) for c in fg.household.children.all()]
    lines = [f"{v['id']:>3}  {v['name']:<20} born {v['born']}  age {v['age']}" for v in views]
    return views, "\n".join(
        lines
    ) or "No children yet: add one with 'familyguard child add NAME --born YYYY-MM-DD'."


def child_remove(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    child = fg.household.find_child(args.child)
    fg.household.remove_child(child)
    return {"removed": child.id}, f"Removed {child.name} and everything recorded for them."


def app_add(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    child = fg.household.find_child(args.child)
    if args.custom:
        use = fg.household.add_custom_app(child, args.custom, args.feature, args.handle)
    elif args.app:
        settings = dict(parse_setting(s) for s in args.set)
        use = fg.household.add_app(child, args.app, args.handle, settings)
    else:
        raise UsageError("name an app, or a custom one with --custom NAME --feature FEATURE.")
    return app_use_view(use), f"Added {use.name} to {child.name}'s apps."


def app_list(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    child = fg.household.find_child(args.child)
    views = [app_use_view(u) for u in fg.household.apps.for_child(child.id)]
    lines = [f"{v['app']:<18} {v['name']:<20} {v['handle'] or '-':<16} added {v['added']}" for v in views]
    return views, "\n".join(lines) or f"{child.name} has no apps yet."


def app_remove(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    child = fg.household.find_child(args.child)
    use = fg.household.find_app_use(child, args.app)
    fg.household.remove_app(use)
    return {"removed": use.app_id}, f"Removed {use.name} from {child.name}'s apps."


def catalog_list(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    views = [catalogue_view(a) for a in fg.catalogue.apps]
    lines = [f"{v['id']:<18} {v['name']:<22} {v['min_age']:>2}+  {v['status']}" for v in views]
    return views, "\n".join(lines)


def catalog_show(fg: FamilyGuard, args: argparse.Namespace) -> Any:
    entry = fg.catalogue.find(args.app)
    view = catalogue_view(entry, full=True)
    features = [f"  {k:<24} {v}" for k, v in view["features"].items()]
    text = (
        f"{entry.name} ({entry.id}), minimum age {entry.min_age}, {entry.status}\n{entry.summary}\n"
        + "\n".join(features)
    )
    return view, text


HANDLERS: dict[tuple[str, str | None], Handler] = {
    ("child", "add"): child_add,
    ("child", "list"): child_list,
    ("child", "remove"): child_remove,
    ("app", "add"): app_add,
    ("app", "list"): app_list,
    ("app", "remove"): app_remove,
    ("catalog", "list"): catalog_list,
    ("catalog", "show"): catalog_show,
}


def run(args: argparse.Namespace) -> int:
    """Run one parsed command against the household; errors propagate to main()."""
    folder = config.data_dir(args.data_dir)
    if args.command == "demo":
        fill_demo(folder, terminal_prompt, force=args.force)
        print(f"Demo household written to {folder}. Open it with: familyguard --data-dir {folder}")
        return 0
    fg = FamilyGuard.open(folder, terminal_prompt)
    try:
        result, text = HANDLERS[(args.command, getattr(args, "action", None))](fg, args)
    finally:
        fg.close()
    if getattr(args, "json", False):
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif text:
        print(text)
    return 0


def parse(argv: list[str]) -> argparse.Namespace:
    """Parse argv (exit 2 with argparse's message on bad usage)."""
    return build_parser().parse_args(argv)
