"""Dataclasses of the household: children, their apps, contacts, snapshots and talks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

RELATIONS = ("family", "school", "offline_friend", "online_only", "unknown")
CONTACT_STATUSES = ("new", "reviewed", "flagged")


def age_on(born: date, day: date) -> int:
    """Whole years between a birth date and a day (a 29 February birthday counts on 1 March)."""
    before_birthday = (day.month, day.day) < (born.month, born.day)
    return day.year - born.year - int(before_birthday)


@dataclass(frozen=True)
class Child:
    """A child of the household."""

    id: int
    name: str
    born: date

    def age(self, today: date) -> int:
        return age_on(self.born, today)


@dataclass(frozen=True)
class AppUse:
    """A child's account on an app: a catalogue app or a parent's custom app."""

    id: int
    child_id: int
    app_id: str
    name: str
    handle: str | None
    settings: dict[str, str] = field(default_factory=dict)
    added: date = date.min
    custom_features: tuple[str, ...] = ()
    lists_checked: datetime | None = None  # the last import of its friend list that changed nothing

    @property
    def is_custom(self) -> bool:
        return self.app_id.startswith("custom:")


@dataclass(frozen=True, slots=True)
class Contact:
    """A person on one of a child's lists on one app."""

    id: int
    app_use_id: int
    display_name: str
    handle: str | None
    platform_id: str | None
    lists: frozenset[str]
    relation: str
    status: str
    flag_reason: str | None
    first_seen: datetime
    last_seen: datetime
    removed: datetime | None = None


@dataclass(frozen=True)
class Snapshot:
    """One import or one batch of manual edits of a child's list on one app."""

    id: int
    app_use_id: int
    taken_at: datetime
    kind: str
    source: str


@dataclass(frozen=True)
class TalkPlan:
    """A recurring (or one-off) safety talk planned for a child."""

    id: int
    child_id: int
    topic_id: str
    rule: str
    at: time
    start: date
    paused: bool = False


@dataclass(frozen=True)
class TalkLog:
    """A talk that happened, with the parent's optional note."""

    id: int
    child_id: int
    topic_id: str
    plan_id: int | None
    done_at: datetime
    note: str = ""
