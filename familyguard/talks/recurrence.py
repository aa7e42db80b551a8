"""Recurrence rules of planned talks and their occurrences in local time, on the wall clock across DST."""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import count, islice
from typing import Literal
from zoneinfo import ZoneInfo

from familyguard.errors import UsageError
from familyguard.phrase import phrase

Unit = Literal["once", "d", "w", "m"]

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MAX_INTERVAL: dict[str, int] = {"d": 365, "w": 52, "m": 24}
_UNIT_WORDS = {"d": "day", "w": "week", "m": "month"}
_COUNT = re.compile(r"(\d{1,4})([dwm])")
_HINT = phrase(
    "errors",
    "Use once, Nd (days), Nw (weeks), Nm (calendar months) or a weekday (mon…sun, every:tue, 2w:fri), "
    "e.g. 2w, 30d, 1m.",
)


@dataclass(frozen=True)
class Rule:
    """How often a talk comes back: once, every N days/weeks/calendar months, or weekly on a weekday."""

    unit: Unit = "once"
    interval: int = 1
    weekday: int | None = None  # 0 = Monday; only with unit "w"

    def __post_init__(self) -> None:
        if self.unit == "once":
            if self.interval != 1 or self.weekday is not None:
                raise ValueError("a 'once' rule has no interval or weekday")
        elif not 1 <= self.interval <= MAX_INTERVAL[self.unit]:
            raise ValueError(f"interval {self.interval} out of range for unit {self.unit}")
        elif self.weekday is not None and (self.unit != "w" or not 0 <= self.weekday <= 6):
            raise ValueError("a weekday goes only with a weekly rule")

    @staticmethod
    def parse(spec: str) -> Rule:
        """Read a SPEC (`once`, `2w`, `30d`, `1m`, `tue`, `every:tue`, `2w:tue`); UsageError if malformed."""
        return _parse(spec.strip().lower())

    def __str__(self) -> str:
        if self.unit == "once":
            return "once"
        if self.weekday is None:
            return f"{self.interval}{self.unit}"
        day = WEEKDAYS[self.weekday]
        return day if self.interval == 1 else f"{self.interval}w:{day}"

    def describe(self) -> str:
        """A phrase for people: 'once', 'every 2 weeks', 'every Tuesday', 'every 2 weeks on Friday'."""
        if self.unit == "once":
            return "once"
        every = "every" if self.interval == 1 else f"every {self.interval}"
        unit = _UNIT_WORDS[self.unit] + ("" if self.interval == 1 else "s")
        if self.weekday is None:
            return f"{every} {unit}"
        day = DAY_NAMES[self.weekday]
        return f"every {day}" if self.interval == 1 else f"{every} {unit} on {day}"

    def anchor(self, start: date) -> date:
        """The first occurrence's date: the start, or the first chosen weekday on or after it."""
        if self.weekday is None:
            return start
        return start + timedelta(days=(self.weekday - start.weekday()) % 7)

    def date_of(self, start: date, index: int) -> date:
        """The date of occurrence number `index` (0 = the first); months clamp to month end, never drift."""
        first = self.anchor(start)
        if self.unit == "once":
            if index:
                raise IndexError("a 'once' rule has a single occurrence")
            return first
        if self.unit == "d":
            return first + timedelta(days=index * self.interval)
        if self.unit == "w":
            return first + timedelta(weeks=index * self.interval)
        months = first.year * 12 + first.month - 1 + index * self.interval
        year, month = divmod(months, 12)
        return date(year, month + 1, min(first.day, calendar.monthrange(year, month + 1)[1]))

    def index_before(self, start: date, day: date) -> int:
        """An occurrence index whose date is on or before `day` (0 if none is): where a search may begin."""
        first = self.anchor(start)
        if self.unit == "once" or day <= first:
            return 0
        if self.unit == "m":
            months = (day.year - first.year) * 12 + day.month - first.month
            return max(months // self.interval - 1, 0)
        step = self.interval * (7 if self.unit == "w" else 1)
        return max((day - first).days // step - 1, 0)


@functools.lru_cache(maxsize=256)
def _parse(spec: str) -> Rule:
    if spec == "once":
        return Rule()
    head, sep, day = spec.partition(":")
    if head == "every":
        return Rule("w", 1, _weekday(spec, day))
    if not sep and spec.isalpha():
        return Rule("w", 1, _weekday(spec, spec))
    match = _COUNT.fullmatch(head)
    if not match or (sep and match[2] != "w"):
        raise UsageError(phrase("errors", "'{spec}' is not a repeat rule.", spec=spec), hint=_HINT)
    unit: Unit = "d" if match[2] == "d" else "w" if match[2] == "w" else "m"
    return Rule(unit, _interval(spec, match[1], unit), _weekday(spec, day) if sep else None)


def _interval(spec: str, digits: str, unit: str) -> int:
    number, limit = int(digits), MAX_INTERVAL[unit]
    if not 1 <= number <= limit:
        message = phrase(
            "errors",
            "'{spec}': the number of days must be between 1 and {limit}."
            if unit == "d"
            else "'{spec}': the number of weeks must be between 1 and {limit}."
            if unit == "w"
            else "'{spec}': the number of months must be between 1 and {limit}.",
            spec=spec,
            limit=limit,
        )
        raise UsageError(message, hint=_HINT)
    return number


def _weekday(spec: str, word: str) -> int:
    for index, name in enumerate(DAY_NAMES):
        if word in (WEEKDAYS[index], name.lower()):
            return index
    raise UsageError(
        phrase("errors", "'{spec}' is not a repeat rule: '{word}' is not a weekday.", spec=spec, word=word),
        hint=_HINT,
    )


def as_rule(rule: Rule | str) -> Rule:
    """A Rule from a Rule or a SPEC string."""
    return rule if isinstance(rule, Rule) else Rule.parse(rule)


def local_datetime(day: date, at: time, tz: ZoneInfo) -> datetime:
    """`day` at wall-clock `at` in `tz`: a time in a DST gap moves to the first valid time after it;
    an ambiguous time (fall back) is its first occurrence (fold=0)."""
    wanted = datetime.combine(day, at.replace(tzinfo=None, fold=0), tzinfo=tz)
    if _exists(wanted):
        return wanted
    # In a gap: fold=0 reads it with the offset before the change, fold=1 with the one after,
    # so the change itself lies between these two instants. Find it to the second.
    low = wanted.replace(fold=1).astimezone(UTC)
    high = wanted.astimezone(UTC)
    before = wanted.utcoffset()
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(tz).utcoffset() == before:
            low = middle
        else:
            high = middle
    return high.replace(microsecond=0).astimezone(tz)


def _exists(moment: datetime) -> bool:
    """Whether an aware wall-clock time happens in its zone (is not skipped by a DST change)."""
    tz = moment.tzinfo
    return moment.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == moment.replace(tzinfo=None)


def occurrences(
    rule: Rule | str, at: time, start: date, tz: ZoneInfo, after: datetime | None = None
) -> Iterator[datetime]:
    """The occurrences (aware, in `tz`, increasing) strictly after `after`, or all from the first."""
    rule = as_rule(rule)
    first = 0 if after is None else rule.index_before(start, after.astimezone(tz).date())
    indexes = range(1) if rule.unit == "once" else count(first)
    for index in indexes:
        try:
            moment = local_datetime(rule.date_of(start, index), at, tz)
        except (OverflowError, ValueError):  # past the year 9999
            return
        if after is None or utc(moment) > utc(after):
            yield moment


def utc(moment: datetime) -> datetime:
    """`moment` in UTC: compare and subtract aware times this way, since Python does both on the
    wall clock (ignoring DST and fold) when two datetimes share a tzinfo."""
    return moment.astimezone(UTC)


def next_dates(
    rule: Rule | str, at: time, start: date, tz: ZoneInfo, after: datetime, n: int = 5
) -> list[datetime]:
    """The next `n` occurrences after `after`: the preview a parent sees before saving a plan."""
    return list(islice(occurrences(rule, at, start, tz, after), n))
