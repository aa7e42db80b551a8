"""Planned safety talks, their state, the log of talks that happened, and suggested talks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from familyguard.domain import TalkLog, TalkPlan
from familyguard.storage.database import Database, Row
from familyguard.talks.schedule import PlanState

SUGGESTION_STATUSES = ("open", "accepted", "dismissed")


@dataclass(frozen=True)
class TalkSuggestion:
    """A talk FamilyGuard proposes for a child, and why; the parent accepts or dismisses it."""

    id: int
    child_id: int
    topic_id: str
    reason: str
    created: datetime
    due: datetime
    status: str = "open"


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _plan(r: Row) -> TalkPlan:
    return TalkPlan(
        r["id"],
        r["child_id"],
        r["topic_id"],
        r["rule"],
        time.fromisoformat(r["at"]),
        date.fromisoformat(r["start"]),
        bool(r["paused"]),
    )


def _state(r: Row) -> PlanState:
    return PlanState(_dt(r["handled"]), _dt(r["snoozed_until"]))


def _suggestion(r: Row) -> TalkSuggestion:
    return TalkSuggestion(
        r["id"],
        r["child_id"],
        r["topic_id"],
        r["reason"],
        datetime.fromisoformat(r["created"]),
        datetime.fromisoformat(r["due"]),
        r["status"],
    )


class TalkRepository:
    """Reads and writes talk plans, their state, the talk log and talk suggestions."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add_plan(
        self,
        child_id: int,
        topic_id: str,
        rule: str,
        at: time,
        start: date,
        handled: datetime | None = None,
    ) -> TalkPlan:
        """Store a plan; `handled` settles the occurrences up to then (give a new plan its creation time)."""
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO talk_plan (child_id, topic_id, rule, at, start, handled)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (child_id, topic_id, rule, at.isoformat("minutes"), start.isoformat(), _iso(handled)),
            )
        return TalkPlan(int(cur.lastrowid or 0), child_id, topic_id, rule, at, start)

    def plans(self, child_id: int | None = None) -> list[TalkPlan]:
        return [plan for plan, _ in self.plans_with_state(child_id)]

    def plans_with_state(self, child_id: int | None = None) -> list[tuple[TalkPlan, PlanState]]:
        """Every plan (of one child, or all), oldest first, with its stored state."""
        where, params = ("WHERE child_id = ?", (child_id,)) if child_id is not None else ("", ())
        rows = self._db.rows(f"SELECT * FROM talk_plan {where} ORDER BY id", params)
        return [(_plan(r), _state(r)) for r in rows]

    def plan(self, plan_id: int) -> tuple[TalkPlan, PlanState] | None:
        """One plan and its state, or None."""
        rows = self._db.rows("SELECT * FROM talk_plan WHERE id = ?", (plan_id,))
        return (_plan(rows[0]), _state(rows[0])) if rows else None

    def save_state(self, plan_id: int, state: PlanState) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE talk_plan SET handled = ?, snoozed_until = ? WHERE id = ?",
                (_iso(state.handled), _iso(state.snoozed_until), plan_id),
            )

    def set_paused(self, plan_id: int, paused: bool, state: PlanState) -> None:
        """Pause or resume a plan, storing its state in the same transaction."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE talk_plan SET paused = ?, handled = ?, snoozed_until = ? WHERE id = ?",
                (int(paused), _iso(state.handled), _iso(state.snoozed_until), plan_id),
            )

    def remove_plan(self, plan_id: int) -> None:
        """Remove a plan; its log entries stay (their plan becomes unknown)."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM talk_plan WHERE id = ?", (plan_id,))

    def log_talk(
        self, child_id: int, topic_id: str, plan_id: int | None, done_at: datetime, note: str
    ) -> TalkLog:
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO talk_log (child_id, topic_id, plan_id, done_at, note) VALUES (?, ?, ?, ?, ?)",
                (child_id, topic_id, plan_id, done_at.isoformat(), note),
            )
        return TalkLog(int(cur.lastrowid or 0), child_id, topic_id, plan_id, done_at, note)

    def done(self, plan: TalkPlan, done_at: datetime, note: str, state: PlanState) -> TalkLog:
        """Log a planned talk and store the plan's new state, in one transaction."""
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO talk_log (child_id, topic_id, plan_id, done_at, note) VALUES (?, ?, ?, ?, ?)",
                (plan.child_id, plan.topic_id, plan.id, done_at.isoformat(), note),
            )
            conn.execute(
                "UPDATE talk_plan SET handled = ?, snoozed_until = ? WHERE id = ?",
                (_iso(state.handled), _iso(state.snoozed_until), plan.id),
            )
        return TalkLog(int(cur.lastrowid or 0), plan.child_id, plan.topic_id, plan.id, done_at, note)

    def log(self, child_id: int) -> list[TalkLog]:
        rows = self._db.rows("SELECT * FROM talk_log WHERE child_id = ? ORDER BY done_at DESC", (child_id,))
        return [
            TalkLog(
                r["id"],
                r["child_id"],
                r["topic_id"],
                r["plan_id"],
                datetime.fromisoformat(r["done_at"]),
                r["note"],
            )
            for r in rows
        ]

    def add_suggestion(
        self, child_id: int, topic_id: str, reason: str, created: datetime, due: datetime
    ) -> TalkSuggestion:
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO talk_suggestion (child_id, topic_id, reason, created, due)"
                " VALUES (?, ?, ?, ?, ?)",
                (child_id, topic_id, reason, created.isoformat(), due.isoformat()),
            )
        return TalkSuggestion(int(cur.lastrowid or 0), child_id, topic_id, reason, created, due)

    def suggestions(self, child_id: int | None = None, status: str | None = None) -> list[TalkSuggestion]:
        """Suggestions (of one child, or all; of one status, or any), oldest first."""
        clauses = [c for c, v in (("child_id = ?", child_id), ("status = ?", status)) if v is not None]
        params = [v for v in (child_id, status) if v is not None]
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return [
            _suggestion(r)
            for r in self._db.rows(f"SELECT * FROM talk_suggestion {where} ORDER BY id", params)
        ]

    def suggestion(self, suggestion_id: int) -> TalkSuggestion | None:
        rows = self._db.rows("SELECT * FROM talk_suggestion WHERE id = ?", (suggestion_id,))
        return _suggestion(rows[0]) if rows else None

    def set_suggestion_status(self, suggestion_id: int, status: str) -> None:
        if status not in SUGGESTION_STATUSES:
            raise ValueError(f"unknown suggestion status {status!r}")
        with self._db.transaction() as conn:
            conn.execute("UPDATE talk_suggestion SET status = ? WHERE id = ?", (status, suggestion_id))
