"""The risk engine's records: levels, reasons, actions and the results per dimension, app and child."""

from __future__ import annotations

from dataclasses import dataclass

LEVELS: tuple[str, ...] = ("none", "low", "medium", "high")
NONE, LOW, MEDIUM, HIGH = range(len(LEVELS))


def rank(level: str) -> int:
    """Position of a level in LEVELS (none = 0 ... high = 3)."""
    return LEVELS.index(level)


def clamp(value: int) -> int:
    """Keep a level index inside none ... high."""
    return max(NONE, min(HIGH, value))


@dataclass(frozen=True)
class Reason:
    """Why a level is what it is: a catalogue fact (with its source) or something the parent said."""

    text: str
    source: str | None = None
    verified: bool = False
    yours: bool = False


@dataclass(frozen=True)
class Action:
    """What the parent can do: the change to make, where to find it, and the talk to have."""

    text: str
    where: str
    topic: str


@dataclass(frozen=True)
class DimensionRisk:
    """One risk dimension of one app: its level, the reasons for it and what to do (none: no actions)."""

    id: str
    level: str
    reasons: tuple[Reason, ...]
    actions: tuple[Action, ...]


@dataclass(frozen=True)
class AppRisk:
    """An app's risk profile; `overall` is the highest level of its dimensions."""

    app_id: str
    name: str
    overall: str
    dimensions: tuple[DimensionRisk, ...]

    def dimension(self, dimension_id: str) -> DimensionRisk:
        """Return the dimension with this id (KeyError if unknown)."""
        for dimension in self.dimensions:
            if dimension.id == dimension_id:
                return dimension
        raise KeyError(dimension_id)


@dataclass(frozen=True)
class ChildRisk:
    """A child's apps sorted by risk (highest first, then name) and the top things to do next."""

    child_id: int
    child_name: str
    overall: str
    apps: tuple[AppRisk, ...]
    next_steps: tuple[Action, ...]


@dataclass(frozen=True)
class WarningSign:
    """A warning sign about a child's contacts on one app (contacts.signals): its kind, explained."""

    kind: str  # shared_between_children, same_person_across_apps, burst_of_new_contacts, stranger_request
    explanation: str


@dataclass(frozen=True)
class ContactSummary:
    """A child's contacts on one app that need the parent's eye: not yet reviewed, flagged, and the
    warning signs they are part of."""

    new: int = 0
    flagged: int = 0
    signs: tuple[WarningSign, ...] = ()


@dataclass(frozen=True)
class Correction:
    """A parent's correction of one catalogue feature: the value they found, and an optional note."""

    value: str
    note: str = ""
