"""Read and validate one catalogue file (``resources/catalogue/<id>.toml``) into an AppEntry."""

from __future__ import annotations

import datetime
import re
import tomllib
from pathlib import Path
from typing import Any, NoReturn

from familyguard.errors import BadInputError
from familyguard.phrase import phrase

from .model import (
    CATEGORIES,
    CONSENT_VALUES,
    FEATURE_VALUES,
    FEATURES,
    PLATFORMS,
    SETTING_KEYS,
    STATUSES,
    AppEntry,
    Fact,
    ParentalControl,
)

ID_RE = re.compile(r"[a-z0-9_]+")
COUNTRY_RE = re.compile(r"[A-Z]{2}")
TOP_KEYS = frozenset(
    {
        "id",
        "name",
        "aliases",
        "category",
        "summary",
        "last_verified",
        "status",
        "min_age",
        "features",
        "parental_controls",
        "settings",
        "identifiers",
    }
)
SOURCE_KEYS = frozenset({"source", "last_verified", "verified"})
HINT = phrase("errors", "See resources/catalogue/README.md for the format of a catalogue file.")

Table = dict[str, Any]


class CatalogueError(BadInputError):
    """A catalogue file that is missing, unreadable or breaks the schema; names the file and the key."""


class _Reader:
    """Typed access to the keys of one file, raising CatalogueError that names the file and key."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, problem: str) -> NoReturn:
        """Raise a CatalogueError about `key`."""
        raise CatalogueError(
            phrase("errors", "'{key}': {problem}", key=key, problem=problem), path=self.path, hint=HINT
        )

    def table(self, data: Table, key: str, where: str, *, required: bool = True) -> Table:
        """Return the sub-table `key` (empty if optional and absent)."""
        value = data.get(key, None if required else {})
        if not isinstance(value, dict):
            self.fail(f"{where}{key}", phrase("errors", "must be a table ([section])."))
        return value

    def text(self, data: Table, key: str, where: str, *, required: bool = True) -> str:
        """Return a non-empty string (or "" when optional and absent)."""
        value = data.get(key, None if required else "")
        if not isinstance(value, str) or (required and not value.strip()):
            self.fail(f"{where}{key}", phrase("errors", "must be a non-empty text in quotes."))
        return value.strip()

    def choice(self, data: Table, key: str, where: str, allowed: tuple[str, ...]) -> str:
        """Return a string that must be one of `allowed`."""
        value = self.text(data, key, where)
        if value not in allowed:
            problem = phrase(
                "errors",
                "'{value}' is not allowed; use one of: {names}.",
                value=value,
                names=", ".join(allowed),
            )
            self.fail(f"{where}{key}", problem)
        return value

    def only(self, data: Table, allowed: frozenset[str], where: str) -> None:
        """Reject keys that are not in `allowed`."""
        for key in data:
            if key not in allowed:
                names = ", ".join(sorted(allowed))
                self.fail(
                    f"{where}{key}", phrase("errors", "unknown key; allowed keys are: {names}.", names=names)
                )

    def date(self, data: Table, key: str, where: str) -> datetime.date:
        """Return a TOML date (2026-11-01, no quotes)."""
        value = data.get(key)
        if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
            self.fail(
                f"{where}{key}", phrase("errors", "must be a date written like 2026-11-01 (no quotes).")
            )
        return value

    def flag(self, data: Table, where: str) -> bool:
        """Return the optional `verified` flag (false when absent)."""
        verified = data.get("verified", False)
        if not isinstance(verified, bool):
            self.fail(f"{where}verified", phrase("errors", "must be true or false (no quotes)."))
        return verified

    def origin(self, data: Table, where: str) -> tuple[str, datetime.date]:
        """Return the required web source and the date it was last checked."""
        source = self.text(data, "source", where)
        if not source.startswith(("https://", "http://")):
            self.fail(
                f"{where}source", phrase("errors", "must be a web address starting with https:// or http://.")
            )
        return source, self.date(data, "last_verified", where)

    def sourced(self, data: Table, where: str, value: str, note: str, minors: str | None = None) -> Fact:
        """Build a Fact, requiring a source and date unless the value is "unknown" and both are absent."""
        verified = self.flag(data, where)
        if value == "unknown" and "source" not in data and "last_verified" not in data:
            return Fact(value, note, None, None, verified, minors)
        source, checked = self.origin(data, where)
        return Fact(value, note, source, checked, verified, minors)


def _status(r: _Reader, data: Table) -> Fact:
    r.only(data, SOURCE_KEYS | {"value", "since", "note"}, "status.")
    value = r.choice(data, "value", "status.", STATUSES)
    if "since" in data:
        r.date(data, "since", "status.")
    note = r.text(data, "note", "status.", required=value != "active")
    return r.sourced(data, "status.", value, note)


def _min_age(r: _Reader, data: Table) -> tuple[Fact, int, dict[str, int]]:
    r.only(data, SOURCE_KEYS | {"value", "note", "countries"}, "min_age.")
    age = data.get("value")
    if age == "unknown":
        note = r.text(data, "note", "min_age.", required=False)
        age = 0
    elif not isinstance(age, int) or isinstance(age, bool) or not 0 <= age <= 21:
        r.fail(
            "min_age.value",
            phrase("errors", 'must be whole years from 0 to 21 (0 = no minimum) or "unknown".'),
        )
    else:
        note = r.text(data, "note", "min_age.", required=age == 0)
    countries = r.table(data, "countries", "min_age.", required=False)
    for country, years in countries.items():
        if not COUNTRY_RE.fullmatch(country) or not isinstance(years, int) or isinstance(years, bool):
            r.fail(
                f"min_age.countries.{country}",
                phrase("errors", "use a two-letter country code = whole years, e.g. AU = 16."),
            )
    value = "unknown" if data["value"] == "unknown" else str(age)
    return r.sourced(data, "min_age.", value, note), age, dict(countries)


def _features(r: _Reader, data: Table) -> dict[str, Fact]:
    for key in data:
        if key not in FEATURES:
            r.fail(
                f"features.{key}",
                phrase("errors", "unknown feature; features are: {names}.", names=", ".join(FEATURES)),
            )
    facts: dict[str, Fact] = {}
    for feature in FEATURES:
        where = f"features.{feature}."
        if feature not in data:
            r.fail(
                f"features.{feature}",
                phrase("errors", 'missing; every feature needs a table (value may be "unknown").'),
            )
        table = r.table(data, feature, "features.")
        r.only(table, SOURCE_KEYS | {"value", "note", "minors_default"}, where)
        value = r.choice(table, "value", where, FEATURE_VALUES)
        minors = (
            r.choice(table, "minors_default", where, FEATURE_VALUES) if "minors_default" in table else None
        )
        facts[feature] = r.sourced(table, where, value, r.text(table, "note", where, required=False), minors)
    return facts


def _controls(r: _Reader, items: object) -> tuple[ParentalControl, ...]:
    if not isinstance(items, list):
        r.fail("parental_controls", phrase("errors", "must be written as [[parental_controls]] tables."))
    controls = []
    for number, item in enumerate(items, 1):
        where = f"parental_controls[{number}]."
        if not isinstance(item, dict):
            r.fail(where.rstrip("."), phrase("errors", "must be a table."))
        r.only(item, SOURCE_KEYS | {"name", "what", "teen_consent"}, where)
        consent = r.choice(item, "teen_consent", where, CONSENT_VALUES)
        source, checked = r.origin(item, where)
        controls.append(
            ParentalControl(
                r.text(item, "name", where),
                r.text(item, "what", where),
                consent,
                source,
                checked,
                r.flag(item, where),
            )
        )
    return tuple(controls)


def _settings(r: _Reader, data: Table) -> dict[str, Fact]:
    settings: dict[str, Fact] = {}
    for key in data:
        where = f"settings.{key}."
        if key not in SETTING_KEYS:
            r.fail(
                f"settings.{key}",
                phrase("errors", "unknown setting; settings are: {names}.", names=", ".join(SETTING_KEYS)),
            )
        table = r.table(data, key, "settings.")
        r.only(table, SOURCE_KEYS | {"where"}, where)
        settings[key] = r.sourced(table, where, key, r.text(table, "where", where))
    return settings


def _identifiers(r: _Reader, data: Table) -> dict[str, tuple[str, ...]]:
    r.only(data, frozenset(PLATFORMS), "identifiers.")
    out: dict[str, tuple[str, ...]] = {}
    for platform, names in data.items():
        if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
            r.fail(
                f"identifiers.{platform}",
                phrase("errors", 'must be a list of texts, e.g. ["com.example.app"].'),
            )
        out[platform] = tuple(names)
    return out


def _aliases(r: _Reader, data: Table) -> tuple[str, ...]:
    aliases = data.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        r.fail("aliases", phrase("errors", 'must be a list of texts, e.g. ["musical.ly"].'))
    for alias in aliases:
        if alias != alias.strip().lower():
            r.fail(
                "aliases",
                phrase("errors", "'{alias}' must be lowercase without surrounding spaces.", alias=alias),
            )
    return tuple(aliases)


def parse_app_file(path: Path | str) -> AppEntry:
    """Read and validate one catalogue file; raise CatalogueError naming the file, the key and the fix."""
    path = Path(path)
    r = _Reader(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(
            phrase("errors", "cannot read the file ({reason}).", reason=str(exc)), path=path, hint=HINT
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(
            phrase("errors", "not valid TOML ({reason}).", reason=str(exc)), path=path, hint=HINT
        ) from exc
    r.only(data, TOP_KEYS, "")
    app_id = r.text(data, "id", "")
    if not ID_RE.fullmatch(app_id):
        r.fail("id", phrase("errors", "use only lowercase letters, digits and _."))
    if app_id != path.stem:
        r.fail(
            "id",
            phrase(
                "errors",
                "'{id}' must equal the file name without .toml ('{stem}').",
                id=app_id,
                stem=path.stem,
            ),
        )
    status = _status(r, r.table(data, "status", ""))
    min_age_fact, min_age, countries = _min_age(r, r.table(data, "min_age", ""))
    features = _features(r, r.table(data, "features", ""))
    controls = _controls(r, data.get("parental_controls", []))
    settings = _settings(r, r.table(data, "settings", "", required=False))
    last_verified = r.date(data, "last_verified", "")
    dates = [f.last_verified for f in (status, min_age_fact, *features.values(), *settings.values())]
    newest = max([d for d in dates if d] + [c.last_verified for c in controls])
    if last_verified != newest:
        r.fail(
            "last_verified",
            phrase(
                "errors",
                "must be the newest last_verified of the facts in the file ({date}).",
                date=str(newest),
            ),
        )
    return AppEntry(
        id=app_id,
        name=r.text(data, "name", ""),
        aliases=_aliases(r, data),
        category=r.choice(data, "category", "", CATEGORIES),
        summary=r.text(data, "summary", ""),
        status=status.value,
        status_fact=status,
        min_age=min_age,
        min_age_fact=min_age_fact,
        min_age_by_country=countries,
        features=features,
        parental_controls=controls,
        settings=settings,
        identifiers=_identifiers(r, r.table(data, "identifiers", "", required=False)),
        last_verified=last_verified,
    )
