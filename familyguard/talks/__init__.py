"""Safety talks: the age-banded guide library, talks planned per child, what is due, where to report."""

from familyguard.talks.library import (
    BANDS,
    Band,
    ReportingChannel,
    TalkLibraryError,
    Topic,
    TopicLibrary,
    load_library,
)
from familyguard.talks.recurrence import Rule
from familyguard.talks.schedule import SNOOZE_PRESETS, Due, PlanState, Upcoming
from familyguard.talks.service import Talks, talks_for
from familyguard.talks.zone import local_zone

__all__ = [
    "BANDS",
    "SNOOZE_PRESETS",
    "Band",
    "Due",
    "PlanState",
    "ReportingChannel",
    "Rule",
    "TalkLibraryError",
    "Talks",
    "Topic",
    "TopicLibrary",
    "Upcoming",
    "load_library",
    "local_zone",
    "talks_for",
]
