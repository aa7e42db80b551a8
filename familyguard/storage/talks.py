"""Planned safety talks and the log of talks that happened."""

from __future__ import annotations

from datetime import date, datetime, time

from familyguard.domain import TalkLog, TalkPlan
from familyguard.storage.database import Database


class TalkRepository:
    """Reads and writes talk plans and the talk log."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add_plan(self, child_id: int, topic_id: str, rule: str, at: time, start: date) -> TalkPlan:
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO talk_plan (child_id, topic_id, rule, at, start) VALUES (?, ?, ?, ?, ?)",
                (child_id, topic_id, rule, at.isoformat("minutes"), start.isoformat()),
            )
        return TalkPlan(int(cur.lastrowid or 0), child_id, topic_id, rule, at, start)

    def plans(self, child_id: int | None = None) -> list[TalkPlan]:
        where, params = ("WHERE child_id = ?", (child_id,)) if child_id is not None else ("", ())
        rows = self._db.rows(f"SELECT * FROM talk_plan {where} ORDER BY id", params)
        return [
            TalkPlan(
                r["id"],
                r["child_id"],
                r["topic_id"],
                r["rule"],
                time.fromisoformat(r["at"]),
                date.fromisoformat(r["start"]),
                bool(r["paused"]),
            )
            for r in rows
        ]

    def log_talk(
        self, child_id: int, topic_id: str, plan_id: int | None, done_at: datetime, note: str
    ) -> TalkLog:
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO talk_log (child_id, topic_id, plan_id, done_at, note) VALUES (?, ?, ?, ?, ?)",
                (child_id, topic_id, plan_id, done_at.isoformat(), note),
            )
        return TalkLog(int(cur.lastrowid or 0), child_id, topic_id, plan_id, done_at, note)

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
