"""The talk guide library: age-banded safety-talk guides and reporting channels, read from TOML files."""

from __future__ import annotations

import datetime
import difflib
import functools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from familyguard.bundled import resource_dir
from familyguard.domain.dimensions import DIMENSIONS
from familyguard.errors import BadInputError, NotFoundError
from familyguard.phrase import phrase

BANDS = ("5-8", "9-12", "13-16")
REPORTING_FILE = "reporting.toml"
DEFAULT_COUNTRY = "default"

_BAND_AGES = {"5-8": (5, 8), "9-12": (9, 12), "13-16": (13, 16)}
_MAX_AGE = 18
_COUNTRY_ALIASES = {"UK": "GB"}
_TOPIC_KEYS = frozenset(
    {"id", "title", "summary", "dimensions", "min_age", "max_age", "sources", "last_reviewed", "bands"}
)
_BAND_KEYS = frozenset({"why", "openers", "signs", "if_happened"})
_COUNTRY_KEYS = frozenset({"country", "channels"})
_CHANNEL_KEYS = frozenset({"name", "purpose", "url"})
_HINT = phrase("errors", "See resources/talks/README.md for the format of the talk guide files.")

Table = dict[str, Any]


class TalkLibraryError(BadInputError):
    """A talk guide or the reporting file that cannot be read or breaks the format; names file and key."""


@dataclass(frozen=True)
class Band:
    """One age band of a topic: why it matters, what to say, what to watch for, what to do."""

    name: str
    why: str
    openers: tuple[str, ...]
    signs: tuple[str, ...]
    if_happened: tuple[str, ...]


@dataclass(frozen=True)
class Topic:
    """One talk guide, with a band for each age group it applies to."""

    id: str
    title: str
    summary: str
    dimensions: tuple[str, ...]
    min_age: int
    max_age: int
    sources: tuple[str, ...]
    last_reviewed: datetime.date
    bands: dict[str, Band] = field(hash=False)
    band_note: str = ""  # why some of the three bands are left out (required when any is)

    def band_for_age(self, age: int) -> Band:
        """Return the band covering `age`, or the nearest available band if none does."""

        def distance(name: str) -> int:
            low, high = _BAND_AGES[name]
            return max(low - age, 0, age - high)

        return self.bands[min(self.bands, key=distance)]


@dataclass(frozen=True)
class ReportingChannel:
    """A place to report or get help: who it is, what it is for, where to find it."""

    name: str
    purpose: str
    url: str


class TopicLibrary:
    """All talk guides, sorted by title, and the reporting channels per country."""

    def __init__(
        self,
        topics: tuple[Topic, ...],
        channels: dict[str, tuple[ReportingChannel, ...]],
        countries: dict[str, str],
    ) -> None:
        self.topics = tuple(sorted(topics, key=lambda t: t.title.casefold()))
        self.countries = countries  # country code -> display name, including "default"
        self._by_id = {t.id: t for t in self.topics}
        self._by_title = {t.title.casefold(): t for t in self.topics}
        self._channels = channels

    def get(self, topic_id: str) -> Topic:
        """Return the topic with this id (or title, any case); NotFoundError with close ids if none."""
        wanted = topic_id.strip()
        topic = self._by_id.get(wanted) or self._by_title.get(wanted.casefold())
        if topic is None:
            key = wanted.casefold().replace(" ", "_").replace("-", "_")
            raise NotFoundError(
                phrase("errors", "topic"), topic_id, difflib.get_close_matches(key, self._by_id, n=3)
            )
        return topic

    def for_dimension(self, dimension: str) -> tuple[Topic, ...]:
        """Return the topics that answer a risk dimension; NotFoundError for an unknown dimension."""
        if dimension not in DIMENSIONS:
            raise NotFoundError(
                phrase("errors", "risk dimension"),
                dimension,
                difflib.get_close_matches(dimension, DIMENSIONS),
            )
        return tuple(t for t in self.topics if dimension in t.dimensions)

    def for_age(self, age: int) -> tuple[Topic, ...]:
        """Return the topics meant for a child of this age."""
        return tuple(t for t in self.topics if t.min_age <= age <= t.max_age)

    def reporting(self, country: str) -> tuple[ReportingChannel, ...]:
        """Return the channels for a country code (GB, US, ...), else the international fallback."""
        code = country.strip().upper()
        code = _COUNTRY_ALIASES.get(code, code)
        return self._channels.get(code) or self._channels[DEFAULT_COUNTRY]


class _Reader:
    """Typed access to the keys of one file, raising TalkLibraryError that names the file and key."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, problem: str) -> NoReturn:
        """Raise a TalkLibraryError about `key`."""
        raise TalkLibraryError(
            phrase("errors", "'{key}': {problem}", key=key, problem=problem), path=self.path, hint=_HINT
        )

    def load(self) -> Table:
        """Parse the whole file."""
        try:
            with self.path.open("rb") as file:
                return tomllib.load(file)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise TalkLibraryError(
                phrase("errors", "cannot be read: {reason}", reason=str(exc)), path=self.path, hint=_HINT
            ) from exc

    def keys(self, data: Table, where: str, allowed: frozenset[str], required: frozenset[str]) -> None:
        """Reject keys that are not allowed and report the first required key that is missing."""
        for key in sorted(set(data) - allowed):
            names = ", ".join(sorted(allowed))
            self.fail(f"{where}{key}", phrase("errors", "unknown key (allowed: {names}).", names=names))
        for key in sorted(required - set(data)):
            self.fail(f"{where}{key}", phrase("errors", "is missing."))

    def table(self, data: Table, key: str, where: str) -> Table:
        """Return the sub-table `key`."""
        value = data.get(key)
        if not isinstance(value, dict):
            self.fail(f"{where}{key}", phrase("errors", "must be a table ([section])."))
        return value

    def text(self, data: Table, key: str, where: str) -> str:
        """Return a non-empty string."""
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{where}{key}", phrase("errors", "must be a non-empty text in quotes."))
        return value.strip()

    def texts(self, data: Table, key: str, where: str, low: int, high: int) -> tuple[str, ...]:
        """Return a list of between `low` and `high` non-empty strings."""
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(f"{where}{key}", phrase("errors", "must be a list of non-empty texts in quotes."))
        if not low <= len(value) <= high:
            problem = phrase(
                "errors", "needs {low} to {high} entries, has {count}.", low=low, high=high, count=len(value)
            )
            self.fail(f"{where}{key}", problem)
        return tuple(v.strip() for v in value)

    def age(self, data: Table, key: str) -> int:
        """Return an age in years, 0 to 18."""
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_AGE:
            self.fail(
                key, phrase("errors", "must be a whole number of years from 0 to {limit}.", limit=_MAX_AGE)
            )
        return value

    def url(self, value: str, key: str) -> str:
        """Return `value` if it is an http(s) address."""
        if not value.startswith(("https://", "http://")) or " " in value:
            self.fail(key, phrase("errors", "'{value}' is not an http(s) web address.", value=value))
        return value


def _overlaps(band: str, min_age: int, max_age: int) -> bool:
    low, high = _BAND_AGES[band]
    return low <= max_age and min_age <= high


def _read_band(reader: _Reader, data: Table, name: str) -> Band:
    where = f'bands."{name}".'
    reader.keys(data, where, _BAND_KEYS, _BAND_KEYS)
    return Band(
        name=name,
        why=reader.text(data, "why", where),
        openers=reader.texts(data, "openers", where, 3, 4),
        signs=reader.texts(data, "signs", where, 3, 5),
        if_happened=reader.texts(data, "if_happened", where, 3, 8),
    )


def read_topic(path: Path) -> Topic:
    """Read and validate one topic file; raise TalkLibraryError naming the file and key."""
    reader = _Reader(path)
    data = reader.load()
    reader.keys(data, "", _TOPIC_KEYS | {"band_note"}, _TOPIC_KEYS)
    topic_id = reader.text(data, "id", "")
    if topic_id != path.stem:
        reader.fail(
            "id", phrase("errors", "'{id}' must match the file name '{stem}'.", id=topic_id, stem=path.stem)
        )
    dimensions = reader.texts(data, "dimensions", "", 1, len(DIMENSIONS))
    for dimension in dimensions:
        if dimension not in DIMENSIONS:
            problem = phrase(
                "errors",
                "unknown dimension '{dimension}' (known: {names}).",
                dimension=dimension,
                names=", ".join(DIMENSIONS),
            )
            reader.fail("dimensions", problem)
    min_age, max_age = reader.age(data, "min_age"), reader.age(data, "max_age")
    if min_age > max_age:
        reader.fail(
            "min_age",
            phrase("errors", "{min_age} is above max_age {max_age}.", min_age=min_age, max_age=max_age),
        )
    reviewed = data["last_reviewed"]
    if not isinstance(reviewed, datetime.date) or isinstance(reviewed, datetime.datetime):
        reader.fail("last_reviewed", phrase("errors", "must be a date like 2026-11-22 (no quotes)."))
    raw_bands = reader.table(data, "bands", "")
    for name in raw_bands:
        if name not in BANDS:
            reader.fail(
                f'bands."{name}"', phrase("errors", "unknown band (known: {names}).", names=", ".join(BANDS))
            )
    expected = [b for b in BANDS if _overlaps(b, min_age, max_age)]
    for name in BANDS:
        if (name in raw_bands) != (name in expected):
            problem = phrase(
                "errors",
                "is missing (min_age {min_age}, max_age {max_age})."
                if name in expected
                else "is outside the topic's ages (min_age {min_age}, max_age {max_age}).",
                min_age=min_age,
                max_age=max_age,
            )
            reader.fail(f'bands."{name}"', problem)
    note = reader.text(data, "band_note", "") if len(expected) < len(BANDS) else ""
    if "band_note" in data and not note:
        reader.fail("band_note", phrase("errors", "is only for topics that leave out a band."))
    return Topic(
        id=topic_id,
        title=reader.text(data, "title", ""),
        summary=reader.text(data, "summary", ""),
        dimensions=dimensions,
        min_age=min_age,
        max_age=max_age,
        sources=tuple(reader.url(s, "sources") for s in reader.texts(data, "sources", "", 1, 12)),
        last_reviewed=reviewed,
        bands={name: _read_band(reader, reader.table(raw_bands, name, "bands."), name) for name in expected},
        band_note=note,
    )


def read_reporting(path: Path) -> tuple[dict[str, tuple[ReportingChannel, ...]], dict[str, str]]:
    """Read the reporting file: channels and display name per country code, plus "default"."""
    reader = _Reader(path)
    data = reader.load()
    if DEFAULT_COUNTRY not in data:
        reader.fail(DEFAULT_COUNTRY, phrase("errors", "is missing: the channels for every other country."))
    channels: dict[str, tuple[ReportingChannel, ...]] = {}
    countries: dict[str, str] = {}
    for code in data:
        if code != DEFAULT_COUNTRY and not (len(code) == 2 and code.isalpha() and code.isupper()):
            reader.fail(code, phrase("errors", "must be a two-letter country code like GB, or 'default'."))
        country = reader.table(data, code, "")
        reader.keys(country, f"{code}.", _COUNTRY_KEYS, _COUNTRY_KEYS)
        countries[code] = reader.text(country, "country", f"{code}.")
        entries = country["channels"]
        if not isinstance(entries, list) or not entries or not all(isinstance(e, dict) for e in entries):
            reader.fail(f"{code}.channels", phrase("errors", "must be one or more [[channels]] tables."))
        found = []
        for number, entry in enumerate(entries, start=1):
            where = f"{code}.channels[{number}]."
            reader.keys(entry, where, _CHANNEL_KEYS, _CHANNEL_KEYS)
            url = reader.url(reader.text(entry, "url", where), f"{where}url")
            name, purpose = reader.text(entry, "name", where), reader.text(entry, "purpose", where)
            found.append(ReportingChannel(name, purpose, url))
        channels[code] = tuple(found)
    return channels, countries


def load_library(folder: Path | None = None) -> TopicLibrary:
    """Load every topic and the reporting channels from `folder` (None = the bundled library, cached)."""
    return _load_bundled() if folder is None else _load(folder)


@functools.cache
def _load_bundled() -> TopicLibrary:
    return _load(resource_dir("talks"))


def _load(folder: Path) -> TopicLibrary:
    reporting = folder / REPORTING_FILE
    paths = sorted(p for p in folder.glob("*.toml") if p != reporting)
    if not paths:
        raise TalkLibraryError(phrase("errors", "has no topic files (*.toml)."), path=folder, hint=_HINT)
    topics = tuple(read_topic(p) for p in paths)
    seen: dict[str, Path] = {}
    for path, topic in zip(paths, topics, strict=True):
        if (first := seen.setdefault(topic.title.casefold(), path)) != path:
            problem = phrase(
                "errors", "'{title}' is already the title of {file}.", title=topic.title, file=first.name
            )
            _Reader(path).fail("title", problem)
    return TopicLibrary(topics, *read_reporting(reporting))
