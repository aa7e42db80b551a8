"""Injected time: every "what is due / new / overdue" question asks a Clock, never the wall clock."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Protocol


class Clock(Protocol):
    """Tells the current time as an aware datetime, and today's date."""

    def now(self) -> datetime: ...

    def today(self) -> date: ...


class SystemClock:
    """The real clock, in the local time zone."""

    def now(self) -> datetime:
        return datetime.now(UTC).astimezone()

    def today(self) -> date:
        return self.now().date()


class FixedClock:
    """A clock that stands still until moved: for tests and the demo generator."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._at = at

    def now(self) -> datetime:
        return self._at

    def today(self) -> date:
        return self._at.date()

    def set(self, at: datetime) -> None:
        self._at = at
