"""The household's vocabulary: plain dataclasses with no storage and no Qt."""

from familyguard.clock import Clock, FixedClock, SystemClock
from familyguard.domain.model import (
    CONTACT_STATUSES,
    RELATIONS,
    AppUse,
    Child,
    Contact,
    Snapshot,
    TalkLog,
    TalkPlan,
    age_on,
)

__all__ = [
    "CONTACT_STATUSES",
    "RELATIONS",
    "AppUse",
    "Child",
    "Clock",
    "Contact",
    "FixedClock",
    "Snapshot",
    "SystemClock",
    "TalkLog",
    "TalkPlan",
    "age_on",
]
