"""Safety-talk guides: the age-banded topic library and where to report, per country."""

from familyguard.talks.library import (
    BANDS,
    DIMENSIONS,
    Band,
    ReportingChannel,
    TalkLibraryError,
    Topic,
    TopicLibrary,
    load_library,
)

__all__ = [
    "BANDS",
    "DIMENSIONS",
    "Band",
    "ReportingChannel",
    "TalkLibraryError",
    "Topic",
    "TopicLibrary",
    "load_library",
]
