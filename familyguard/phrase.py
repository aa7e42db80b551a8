"""Sentences the core writes in English that the window can show in the parent's language (no Qt here).

A Phrase is the English text itself (a str: the command line, JSON output and logs use it unchanged)
that also keeps its translation context, its English template and the values put into it. The GUI
translates the template and fills in the values, themselves translated when they are Phrases
(familyguard.gui.i18n.content). Write every template as a literal where it is used,
`phrase("overview", "{count} new contacts", count=3)`, or mark one filled in elsewhere with
`mark("risk", "On {app}, …")`: `python -m familyguard.gui.i18n_update` finds both (ast) and
collects them for the translators. Plurals: choose the English template in the code
(`"{n} contact" if n == 1 else "{n} contacts"`); German has the same two forms.
A text from the resources (a catalogue note, a talk's title) is a `verbatim` Phrase, translated whole.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime


class Phrase(str):
    """English text that remembers how to translate it: context, template and params (None: verbatim)."""

    context: str
    template: str
    params: Mapping[str, object] | None

    def __new__(cls, context: str, template: str, params: Mapping[str, object] | None = None) -> Phrase:
        self = super().__new__(cls, template if params is None else template.format(**params))
        self.context, self.template, self.params = context, template, params
        return self

    def __reduce__(self) -> tuple[type[Phrase], tuple[str, str, Mapping[str, object] | None]]:
        return Phrase, (self.context, self.template, self.params)


def phrase(context: str, template: str, /, **params: object) -> Phrase:
    """The template (a literal, with {name} placeholders) filled in with params."""
    return Phrase(context, template, params)


def verbatim(context: str, text: str) -> Phrase:
    """A text translated as a whole in the context, never formatted: a resource's text, a marked word."""
    return Phrase(context, text)


def mark(context: str, template: str) -> str:
    """Mark a template filled in later with `phrase(context, template, …)`; returns it unchanged."""
    return template


def recognise(context: str, templates: Sequence[str], text: str, known: Mapping[str, Phrase]) -> str:
    """The Phrase an English text (e.g. one stored in the database) was made from by one of the templates,
    with params found in `known` (English -> Phrase) as those Phrases; the text itself when none fits."""
    for template in templates:
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>.+?)", re.escape(template))
        if found := re.fullmatch(pattern, text):
            params = {name: known.get(value, value) for name, value in found.groupdict().items()}
            return phrase(context, template, **params)
    return text


def comma_list(items: Sequence[str]) -> str:
    """Items joined as in "a, b, c", each translatable (one item as it is)."""
    joined = items[0] if items else ""
    for item in items[1:]:
        joined = phrase("words", "{first}, {next}", first=joined, next=item)
    return joined


def and_list(items: Sequence[str]) -> str:
    """Items joined as in "a, b and c", each translatable (one item as it is)."""
    if len(items) <= 1:
        return comma_list(items)
    return phrase("words", "{first} and {last}", first=comma_list(items[:-1]), last=items[-1])


WEEKDAYS = (
    mark("words", "Mon"),
    mark("words", "Tue"),
    mark("words", "Wed"),
    mark("words", "Thu"),
    mark("words", "Fri"),
    mark("words", "Sat"),
    mark("words", "Sun"),
)
MONTHS = (
    mark("words", "Jan"),
    mark("words", "Feb"),
    mark("words", "Mar"),
    mark("words", "Apr"),
    mark("words", "May"),
    mark("words", "Jun"),
    mark("words", "Jul"),
    mark("words", "Aug"),
    mark("words", "Sep"),
    mark("words", "Oct"),
    mark("words", "Nov"),
    mark("words", "Dec"),
)


def short_date(day: date) -> Phrase:
    """A date in words, e.g. 24 Aug 2026."""
    return phrase("words", "{day} {month} {year}", day=f"{day:%d}", month=_month(day), year=day.year)


def day_and_time(moment: datetime) -> Phrase:
    """A weekday, date and time in words, e.g. Sun 22 Nov, 19:00 (in the moment's own zone)."""
    weekday = verbatim("words", WEEKDAYS[moment.weekday()])
    return phrase(
        "words",
        "{weekday} {day} {month}, {time}",
        weekday=weekday,
        day=moment.day,
        month=_month(moment),
        time=f"{moment:%H:%M}",
    )


def _month(day: date) -> Phrase:
    return verbatim("words", MONTHS[day.month - 1])
