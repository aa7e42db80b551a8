"""Quiet hours: a daily stretch of wall-clock time (it may cross midnight) when no reminder pops up.

A reminder that comes due inside them is held, not dropped: it is shown when they end. Times are
read on the local wall clock of the injected zone, so a DST change never shifts them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from familyguard.errors import UsageError
from familyguard.phrase import phrase
from familyguard.talks.recurrence import local_datetime, utc

_SPAN = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)\s*[-–]\s*([01]?\d|2[0-3]):([0-5]\d)")


@dataclass(frozen=True)
class QuietHours:
    """From `start` (included) to `end` (excluded) every day; `start` after `end` crosses midnight."""

    start: time
    end: time

    def __post_init__(self) -> None:
        if self.start == self.end:
            raise ValueError("quiet hours need a start different from their end")

    @staticmethod
    def parse(text: str) -> QuietHours:
        """Read `HH:MM-HH:MM` (24-hour clock), e.g. `21:30-07:30`; UsageError otherwise."""
        match = _SPAN.fullmatch(text.strip())
        hours = [int(part) for part in match.groups()] if match else [0, 0, 0, 0]
        start, end = time(hours[0], hours[1]), time(hours[2], hours[3])
        if start == end:
            raise UsageError(
                phrase("errors", "'{text}' is not a span of quiet hours.", text=text),
                hint=phrase("errors", "Use two different times on the 24-hour clock, e.g. 21:30-07:30."),
            )
        return QuietHours(start, end)

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"

    @property
    def crosses_midnight(self) -> bool:
        return self.start > self.end

    def contains(self, moment: datetime, tz: ZoneInfo) -> bool:
        """Whether `moment` falls inside the quiet hours on the wall clock of `tz`."""
        return self.ends_after(moment, tz) is not None

    def ends_after(self, moment: datetime, tz: ZoneInfo) -> datetime | None:
        """When the quiet hours that `moment` falls in end (aware, in `tz`); None when it is outside them."""
        local = moment.astimezone(tz)
        wall, day = local.time().replace(tzinfo=None), local.date()
        if self.crosses_midnight and wall >= self.start:
            end = local_datetime(day + timedelta(days=1), self.end, tz)
        elif wall < self.end and (self.crosses_midnight or wall >= self.start):
            end = local_datetime(day, self.end, tz)
        else:
            return None
        # In the repeated hour of a fall-back night, the end may already have passed once.
        return end if utc(end) > utc(moment) else None

    def release(self, moment: datetime, tz: ZoneInfo) -> datetime:
        """When a reminder due at `moment` may be shown: at once, or when the quiet hours end."""
        return self.ends_after(moment, tz) or moment.astimezone(tz)
