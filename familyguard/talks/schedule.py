"""What is due, overdue or upcoming for planned talks, and what done, skip and snooze do to a plan's state.

A plan's state is two stored values (see PlanState); every function here is pure and takes `now` and
the time zone explicitly. Missed occurrences (PC off, asleep, ignored) fold into ONE Due per plan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from familyguard.domain.model import TalkPlan
from familyguard.errors import UsageError
from familyguard.phrase import phrase
from familyguard.talks.recurrence import Rule, local_datetime, occurrences, utc

GRACE = timedelta(hours=1)
EVENING = time(19, 0)
SNOOZE_PRESETS = ("1h", "evening", "tomorrow")
_SHORT = re.compile(r"(\d{1,3})(min|h)")
_SNOOZE_HINT = phrase(
    "errors",
    "Use 1h, evening, tomorrow, Nmin, Nh, Nd, Nw, Nm, a weekday (mon…sun) or a local date-time "
    "YYYY-MM-DDTHH:MM in the future.",
)


@dataclass(frozen=True)
class PlanState:
    """A plan's stored progress: occurrences at or before `handled` are settled (done or skipped);
    a snooze hides the plan until `snoozed_until`. Give a new plan `handled=<creation time>` if
    occurrences between its start date and its creation should not count as missed."""

    handled: datetime | None = None
    snoozed_until: datetime | None = None


@dataclass(frozen=True)
class Due:
    """A plan asking for attention now: one per plan, however many occurrences were missed."""

    plan: TalkPlan
    occurrence: datetime  # the latest occurrence that has come: the one done or skip settles
    overdue: bool  # more than the grace period late, or missed while the PC was off
    missed: int  # occurrences that came and were not handled, this one included (>= 1)


@dataclass(frozen=True)
class Upcoming:
    """One future occurrence of a plan."""

    plan: TalkPlan
    when: datetime


def _pending(plan: TalkPlan, state: PlanState, now: datetime, tz: ZoneInfo) -> list[datetime]:
    """Occurrences after `handled` that have come by `now`, oldest first."""
    pending = []
    for moment in occurrences(plan.rule, plan.at, plan.start, tz, state.handled):
        if utc(moment) > utc(now):
            break
        pending.append(moment)
    return pending


def _after(plan: TalkPlan, state: PlanState, moment: datetime, tz: ZoneInfo) -> datetime | None:
    """The first occurrence after both `moment` and `handled`, or None when there is none."""
    after = moment if state.handled is None else max(moment, state.handled, key=utc)
    return next(occurrences(plan.rule, plan.at, plan.start, tz, after), None)


def due(
    plan: TalkPlan, state: PlanState, now: datetime, tz: ZoneInfo, grace: timedelta = GRACE
) -> Due | None:
    """The plan's Due at `now`, or None if it is paused, snoozed, or nothing unhandled has come.

    Overdue: more than `grace` has passed since the oldest missed occurrence (or since the end of
    the snooze, when that is later) — which is the case for anything missed while the PC was off.
    """
    if plan.paused or (state.snoozed_until is not None and utc(state.snoozed_until) > utc(now)):
        return None
    pending = _pending(plan, state, now, tz)
    if not pending:
        return None
    since = pending[0] if state.snoozed_until is None else max(pending[0], state.snoozed_until, key=utc)
    return Due(plan, pending[-1], utc(now) - utc(since) > grace, len(pending))


def next_due(plan: TalkPlan, state: PlanState, now: datetime, tz: ZoneInfo) -> datetime | None:
    """When the plan next asks for attention: its pending occurrence (or the snooze end, if later),
    else its next occurrence; None when paused or finished."""
    if plan.paused:
        return None
    pending = _pending(plan, state, now, tz)
    if not pending:
        return _after(plan, state, now, tz)
    if state.snoozed_until is not None:
        return max(pending[-1], state.snoozed_until, key=utc)
    return pending[-1]


def finished(plan: TalkPlan, state: PlanState, tz: ZoneInfo) -> bool:
    """Whether no occurrence is left after `handled` (a `once` plan after done or skip)."""
    return next(occurrences(plan.rule, plan.at, plan.start, tz, state.handled), None) is None


def mark_done(state: PlanState, now: datetime) -> PlanState:
    """Done: every occurrence up to `now` is settled; the plan comes back at its next occurrence."""
    handled = now if state.handled is None else max(now, state.handled, key=utc)
    return PlanState(handled=handled)


def mark_skipped(plan: TalkPlan, state: PlanState, now: datetime, tz: ZoneInfo) -> PlanState:
    """Skip the current occurrence — the pending one, else the next — and come back after it."""
    pending = _pending(plan, state, now, tz)
    current = pending[-1] if pending else _after(plan, state, now, tz)
    if current is None:
        return PlanState(handled=state.handled)
    return PlanState(handled=current)


def snooze(state: PlanState, until: datetime) -> PlanState:
    """Hide the plan until `until` (see `snooze_until` for the presets)."""
    return replace(state, snoozed_until=until)


def snooze_until(choice: str | datetime | timedelta, now: datetime, tz: ZoneInfo, at: time) -> datetime:
    """The end of a snooze chosen by the parent; `at` is the plan's time of day.

    `1h`: an hour from now; `evening`: 19:00 today, or an hour from now once that has passed;
    `tomorrow`: tomorrow at the plan's time; `Nmin`/`Nh`: from now; `Nd`/`Nw`/`Nm`: the same wall-clock
    time that many calendar days/weeks/months on; a weekday (`mon`): that day at the plan's time;
    a local `YYYY-MM-DDTHH:MM`, a datetime or a duration. UsageError unless the result is after `now`.
    """
    local = now.astimezone(tz)
    if isinstance(choice, timedelta):
        until = utc(now) + choice
    elif isinstance(choice, datetime):
        until = _aware(choice, tz)
    else:
        until = _parse_snooze(choice.strip().lower(), local, tz, at)
    if utc(until) <= utc(now):
        raise UsageError(
            phrase("errors", "a snooze must end after now ({now}).", now=f"{local:%Y-%m-%d %H:%M}"),
            hint=_SNOOZE_HINT,
        )
    return until.astimezone(tz)


def _parse_snooze(text: str, local: datetime, tz: ZoneInfo, at: time) -> datetime:
    today = local.date()
    if text in ("evening", "this-evening"):
        evening = local_datetime(today, EVENING, tz)
        return evening if utc(evening) > utc(local) else utc(local) + timedelta(hours=1)
    if text == "tomorrow":
        return local_datetime(today + timedelta(days=1), at, tz)
    if short := _SHORT.fullmatch(text):
        number = int(short[1])
        return utc(local) + (timedelta(minutes=number) if short[2] == "min" else timedelta(hours=number))
    if text[:1].isdigit() and "-" in text:
        try:
            return _aware(datetime.fromisoformat(text), tz)
        except ValueError:
            raise UsageError(
                phrase("errors", "'{text}' is not a date-time.", text=text), hint=_SNOOZE_HINT
            ) from None
    rule = Rule.parse(text)
    if rule.unit == "once":
        raise UsageError(phrase("errors", "'once' is not a snooze."), hint=_SNOOZE_HINT)
    if rule.weekday is not None:
        return local_datetime(rule.anchor(today + timedelta(days=1)), at, tz)
    return local_datetime(rule.date_of(today, 1), local.time(), tz)


def _aware(moment: datetime, tz: ZoneInfo) -> datetime:
    """`moment` as is when aware, else read as wall-clock time in `tz`."""
    return moment if moment.tzinfo else local_datetime(moment.date(), moment.time(), tz)


def upcoming(
    plans: Iterable[tuple[TalkPlan, PlanState]], now: datetime, tz: ZoneInfo, days: int
) -> list[Upcoming]:
    """Occurrences of active plans after `now` and within `days` calendar days, soonest first."""
    local = now.astimezone(tz)
    end = local_datetime(local.date() + timedelta(days=days), local.time(), tz)
    found = []
    for plan, state in plans:
        if plan.paused:
            continue
        after = now if state.handled is None else max(now, state.handled, key=utc)
        for moment in occurrences(plan.rule, plan.at, plan.start, tz, after):
            if utc(moment) > utc(end):
                break
            found.append(Upcoming(plan, moment))
    return sorted(found, key=lambda item: (utc(item.when), item.plan.id))
