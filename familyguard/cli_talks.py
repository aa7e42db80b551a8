"""The `familyguard talks …` command line (docs/cli.md); argparse only, since it loads at every start."""

from __future__ import annotations

import argparse
from typing import Any

_SPEC = "once, Nd, Nw, Nm (calendar months) or a weekday, e.g. 2w, 30d, 1m, tue"


def _json(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
    sub.add_argument("--json", action="store_true", help="print one JSON document")
    return sub


def _plan_id(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
    sub.add_argument("plan", type=int, metavar="PLAN", help="the plan's number (see: talks list)")
    return _json(sub)


def _when(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--every", default="once", metavar="SPEC", help=f"how often: {_SPEC}")
    sub.add_argument("--at", metavar="HH:MM", help="time of day (default 19:00)")
    sub.add_argument("--start", metavar="YYYY-MM-DD", help="first day (default today)")


def add_talks_parser(commands: Any) -> None:
    """Register `talks` and its actions on the top-level subparsers."""
    talks = commands.add_parser("talks", help="safety talk guides, planned talks and reminders")
    actions = talks.add_subparsers(dest="action", required=True, metavar="ACTION")

    _json(actions.add_parser("topics", help="list the talk guides"))
    show = _json(actions.add_parser("show", help="read a talk guide"))
    show.add_argument("topic", metavar="TOPIC")
    show.add_argument("--child", metavar="CHILD", help="only the part for this child's age")
    show.add_argument("--country", metavar="XX", help="where to report: a country code (default: yours)")

    plan = _json(actions.add_parser("plan", help="plan a talk with a child"))
    plan.add_argument("child", metavar="CHILD")
    plan.add_argument("topic", metavar="TOPIC")
    _when(plan)

    listing = _json(actions.add_parser("list", help="the planned talks and when they are next due"))
    listing.add_argument("child", nargs="?", metavar="CHILD")
    upcoming = _json(actions.add_parser("upcoming", help="talks coming in the next days"))
    upcoming.add_argument("--days", type=int, default=7, metavar="N", help="how many days ahead (default 7)")
    _json(actions.add_parser("due", help="talks due now or overdue (one line per plan)"))

    done = _plan_id(actions.add_parser("done", help="mark a talk done, with an optional note"))
    done.add_argument("--note", default="", metavar="TEXT", help="what you talked about, kept in the log")
    snooze = _plan_id(actions.add_parser("snooze", help="remind later"))
    snooze.add_argument(
        "--for",
        dest="spec",
        required=True,
        metavar="SPEC",
        help="1h, evening, tomorrow, Nmin, Nh, Nd, Nw, a weekday or YYYY-MM-DDTHH:MM",
    )
    _plan_id(actions.add_parser("skip", help="skip this time; remind at the next one"))
    _plan_id(actions.add_parser("pause", help="stop reminding until resumed"))
    _plan_id(actions.add_parser("resume", help="remind again from now on"))
    _plan_id(actions.add_parser("remove", help="remove a plan (the log stays)"))

    log = _json(actions.add_parser("log", help="the talks you had with a child"))
    log.add_argument("child", metavar="CHILD")
    export = _json(actions.add_parser("export", help="write the plans to a calendar file (.ics)"))
    export.add_argument("file", metavar="FILE.ics")
    export.add_argument("--child", metavar="CHILD", help="only this child's plans")

    suggestions = _json(actions.add_parser("suggestions", help="talks suggested by the children's risks"))
    suggestions.add_argument("child", nargs="?", metavar="CHILD")
    accept = _json(actions.add_parser("accept", help="plan a suggested talk"))
    accept.add_argument("suggestion", type=int, metavar="ID")
    _when(accept)
    dismiss = _json(actions.add_parser("dismiss", help="not now: do not suggest this talk for a while"))
    dismiss.add_argument("suggestion", type=int, metavar="ID")
