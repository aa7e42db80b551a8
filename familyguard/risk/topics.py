"""Choosing the talk topic for a risk dimension from the talk library."""

from __future__ import annotations

import functools

from familyguard.talks.library import Topic, load_library


@functools.cache
def topic_for(preferred: tuple[str, ...], dimension: str, age: int | None) -> Topic:
    """The first preferred talk (then any talk) for the dimension that suits the child's age."""
    library = load_library()
    by_id = {t.id: t for t in library.topics}
    options = [by_id[i] for i in preferred if i in by_id] + list(library.for_dimension(dimension))
    suitable = [t for t in options if dimension in t.dimensions or t.id in preferred]
    for topic in suitable:
        if age is None or topic.min_age <= age <= topic.max_age:
            return topic
    return suitable[0]
