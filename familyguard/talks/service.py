"""Planned safety talks, the service both faces call: plan, list, due, upcoming, done, skip, snooze, export.

The database is the source of truth: every call reads the plans and their state afresh, so the answers
survive restarts. Time comes from the injected Clock, and occurrences are computed in the injected zone.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from familyguard.domain import Child, Clock, TalkLog, TalkPlan
from familyguard.errors import NotFoundError, UsageError
from familyguard.phrase import phrase, verbatim
from familyguard.talks import schedule
from familyguard.talks.library import Topic, TopicLibrary, load_library
from familyguard.talks.recurrence import Rule, next_dates, utc
from familyguard.talks.schedule import Due, PlanState, Upcoming
from familyguard.talks.zone import local_zone

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard
    from familyguard.household import Household
    from familyguard.storage.talks import TalkRepository

DEFAULT_AT = time(19, 0)
PREVIEW = 5
MAX_DAYS = 366
MAX_NOTE = 2000
_AT = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


def parse_at(text: str | time) -> time:
    """A time of day from HH:MM (24-hour clock); UsageError otherwise."""
    if isinstance(text, time):
        return text.replace(second=0, microsecond=0, tzinfo=None)
    match = _AT.fullmatch(text.strip())
    if not match:
        raise UsageError(
            phrase("errors", "'{text}' is not a time of day.", text=text),
            hint=phrase("errors", "Use HH:MM on the 24-hour clock, e.g. 19:30."),
        )
    return time(int(match[1]), int(match[2]))


def parse_start(text: str | date) -> date:
    """A start date from YYYY-MM-DD; UsageError otherwise."""
    if isinstance(text, date):
        return text
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            phrase("errors", "'{text}' is not a date.", text=text),
            hint=phrase("errors", "Use YYYY-MM-DD, e.g. 2026-12-01."),
        ) from None


class Talks:
    """Plans talks per child, answers what is due, overdue or upcoming, and moves plans on."""

    def __init__(
        self,
        repo: TalkRepository,
        household: Household,
        clock: Clock,
        tz: ZoneInfo,
        library: TopicLibrary | None = None,
    ) -> None:
        self.repo = repo
        self.household = household
        self.clock = clock
        self.tz = tz
        self.library = library or load_library()

    @property
    def now(self) -> datetime:
        """The clock's time in the talks' zone."""
        return self.clock.now().astimezone(self.tz)

    def child(self, wanted: Child | str) -> Child:
        """A child given as such, or by name or id (NotFoundError with close names)."""
        return wanted if isinstance(wanted, Child) else self.household.find_child(wanted)

    def child_names(self) -> dict[int, str]:
        """Every child's name by id."""
        return {c.id: c.name for c in self.household.children.all()}

    def topic(self, wanted: Topic | str) -> Topic:
        """A topic given as such, or by id or title (NotFoundError with close ids)."""
        return wanted if isinstance(wanted, Topic) else self.library.get(wanted)

    def preview(
        self,
        child: Child | str,
        topic: Topic | str,
        every: str = "once",
        at: str | time = DEFAULT_AT,
        start: str | date | None = None,
    ) -> list[datetime]:
        """The next dates of a plan not saved yet: what the parent sees before saving."""
        return self._draft(child, topic, every, at, start)[-1]

    def plan(
        self,
        child: Child | str,
        topic: Topic | str,
        every: str = "once",
        at: str | time = DEFAULT_AT,
        start: str | date | None = None,
    ) -> tuple[TalkPlan, list[datetime]]:
        """Save a plan (occurrences before now do not count as missed) and return it with its next dates."""
        kid, subject, rule, when, first, dates = self._draft(child, topic, every, at, start)
        for other, state in self.plans(kid):
            if other.topic_id == subject.id and not schedule.finished(other, state, self.tz):
                raise UsageError(
                    phrase(
                        "errors",
                        "{child} already has a plan for “{topic}” (plan {plan}).",
                        child=kid.name,
                        topic=verbatim("talks", subject.title),
                        plan=other.id,
                    ),
                    hint=phrase(
                        "errors",
                        "Change its rhythm by removing it first: familyguard talks remove {plan}",
                        plan=other.id,
                    ),
                )
        plan = self.repo.add_plan(kid.id, subject.id, str(rule), when, first, handled=self.now)
        return plan, dates

    def _draft(
        self, child: Child | str, topic: Topic | str, every: str, at: str | time, start: str | date | None
    ) -> tuple[Child, Topic, Rule, time, date, list[datetime]]:
        kid, subject, rule, when = self.child(child), self.topic(topic), Rule.parse(every), parse_at(at)
        now = self.now
        first = now.date() if start is None else parse_start(start)
        dates = next_dates(rule, when, first, self.tz, now, PREVIEW)
        if not dates:
            raise UsageError(
                phrase(
                    "errors",
                    "a talk {rule} on {date} at {time} would be in the past.",
                    rule=rule.describe(),
                    date=first.isoformat(),
                    time=f"{when:%H:%M}",
                ),
                hint=phrase("errors", "Choose a later --start or --at."),
            )
        return kid, subject, rule, when, first, dates

    def plans(self, child: Child | str | None = None) -> list[tuple[TalkPlan, PlanState]]:
        """Every plan (of one child, or of all) with its state, oldest first."""
        return self.repo.plans_with_state(None if child is None else self.child(child).id)

    def find_plan(self, plan_id: int) -> tuple[TalkPlan, PlanState]:
        """A plan and its state by id; NotFoundError with close ids otherwise."""
        found = self.repo.plan(plan_id)
        if found is None:
            ids = [str(p.id) for p in self.repo.plans()]
            raise NotFoundError(
                phrase("errors", "talk plan"), str(plan_id), difflib.get_close_matches(str(plan_id), ids, n=3)
            )
        return found

    def next_due(self, plan: TalkPlan, state: PlanState) -> datetime | None:
        """When the plan next asks for attention (None: paused or finished)."""
        return schedule.next_due(plan, state, self.now, self.tz)

    def due(self) -> list[Due]:
        """What asks for attention now: one entry per plan, however many occurrences were missed."""
        now = self.now
        found = [d for p, s in self.plans() if (d := schedule.due(p, s, now, self.tz)) is not None]
        return sorted(found, key=lambda d: (utc(d.occurrence), d.plan.id))

    def upcoming(self, days: int = 7, child: Child | str | None = None) -> list[Upcoming]:
        """Occurrences of active plans in the next `days` days, soonest first."""
        if not 1 <= days <= MAX_DAYS:
            raise UsageError(
                phrase(
                    "errors", "--days must be between 1 and {limit}, not {days}.", limit=MAX_DAYS, days=days
                )
            )
        return schedule.upcoming(self.plans(child), self.now, self.tz, days)

    def done(self, plan_id: int, note: str = "") -> tuple[TalkLog, datetime | None]:
        """Log the talk with the note and settle its occurrence — the pending one, or the next when the
        talk happened early; return the log entry and when the plan comes back (None: finished)."""
        plan, state = self._open_plan(plan_id)
        if len(note) > MAX_NOTE:
            raise UsageError(
                phrase("errors", "the note is longer than {count} characters.", count=MAX_NOTE),
                hint=phrase("errors", "Keep it short."),
            )
        now = self.now
        new = schedule.mark_skipped(plan, state, now, self.tz)
        entry = self.repo.done(plan, now, note.strip(), new)
        return entry, self.next_due(plan, new)

    def skip(self, plan_id: int) -> datetime | None:
        """Skip the current occurrence (pending, else the next); return when the plan comes back."""
        plan, state = self._open_plan(plan_id)
        new = schedule.mark_skipped(plan, state, self.now, self.tz)
        self.repo.save_state(plan.id, new)
        return self.next_due(plan, new)

    def snooze(self, plan_id: int, spec: str | datetime) -> datetime:
        """Hide the plan until the end of the snooze (1h, evening, tomorrow, … see schedule.snooze_until)."""
        plan, state = self._open_plan(plan_id)
        if plan.paused:
            raise UsageError(
                phrase("errors", "plan {plan} is paused.", plan=plan.id),
                hint=phrase("errors", "Resume it first: familyguard talks resume {plan}", plan=plan.id),
            )
        until = schedule.snooze_until(spec, self.now, self.tz, plan.at)
        self.repo.save_state(plan.id, schedule.snooze(state, until))
        return until

    def pause(self, plan_id: int) -> TalkPlan:
        """Stop reminding until resumed."""
        plan, state = self.find_plan(plan_id)
        self.repo.set_paused(plan.id, True, state)
        return plan

    def resume(self, plan_id: int) -> datetime | None:
        """Remind again from now on: what came while paused is not counted as missed."""
        plan, state = self.find_plan(plan_id)
        now = self.now
        handled = now if state.handled is None else max(now, state.handled, key=utc)
        self.repo.set_paused(plan.id, False, PlanState(handled=handled))
        return self.next_due(replace(plan, paused=False), PlanState(handled=handled))

    def remove(self, plan_id: int) -> TalkPlan:
        """Remove a plan; the talks already logged stay in the child's log."""
        plan, _ = self.find_plan(plan_id)
        self.repo.remove_plan(plan.id)
        return plan

    def log(self, child: Child | str) -> list[TalkLog]:
        """The child's talk log, newest first."""
        return self.repo.log(self.child(child).id)

    def export(self, child: Child | str | None = None) -> bytes:
        """An iCalendar file of the active plans (of one child, or of all)."""
        return self.calendar(child)()

    def calendar(self, child: Child | str | None = None) -> Callable[[], bytes]:
        """export() in two steps: read the plans now; the function returned renders them and reads no
        database, so it may run on another thread (icalendar's first import takes ~0.4 s)."""
        topics = {t.id: t.title for t in self.library.topics}
        plans = [plan for plan, _ in self.plans(child)]
        names, tz, now = self.child_names(), self.tz, self.now

        def render() -> bytes:
            from familyguard.talks.ics import export_ics  # icalendar is only needed here

            return export_ics(plans, names, topics, tz, now)

        return render

    def _open_plan(self, plan_id: int) -> tuple[TalkPlan, PlanState]:
        plan, state = self.find_plan(plan_id)
        if schedule.finished(plan, state, self.tz):
            raise UsageError(
                phrase("errors", "plan {plan} has no talk left ({rule}).", plan=plan.id, rule=plan.rule),
                hint=phrase(
                    "errors",
                    "Plan it again with: familyguard talks plan {child} {topic}",
                    child=plan.child_id,
                    topic=plan.topic_id,
                ),
            )
        return plan, state


def talks_for(fg: FamilyGuard, tz: ZoneInfo | None = None) -> Talks:
    """The talks service of an open household, in `tz` (default: the computer's zone)."""
    return Talks(fg.talks, fg.household, fg.clock, tz or local_zone())
