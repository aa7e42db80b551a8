"""Defensive accessors for untrusted JSON values, shared by every platform parser."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MAX_UNIX = 32_503_680_000  # year 3000: anything later is not a real timestamp


def as_dict(value: object) -> dict[str, object]:
    """The value if it is a JSON object, else an empty dict."""
    return value if isinstance(value, dict) else {}


def as_list(value: object) -> list[object]:
    """The value as a list: a lone object becomes a one-item list, anything else empty."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        return [value]
    return []


def text(value: object) -> str:
    """A stripped string, or "" for anything that is not a string."""
    return value.strip() if isinstance(value, str) else ""


def as_id(value: object) -> str | None:
    """An id kept as a string: ints are converted exactly, floats and booleans refused."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    return text(value) or None


def fix_mojibake(value: str) -> str:
    """Repair Meta's UTF-8-bytes-as-latin-1 text ("JosÃ©" -> "José"); leave other text alone."""
    if value.isascii():
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value


def from_unix(value: object) -> datetime | None:
    """An aware UTC datetime from Unix seconds (int, float or digit string)."""
    if type(value) is int and 0 < value <= _MAX_UNIX:  # the common case, kept fast
        return datetime.fromtimestamp(value, UTC)
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        value = value.strip()
        if not (value.isascii() and value.isdigit()) or len(value) > 12:
            return None
        value = int(value)
    if not isinstance(value, int | float) or not 0 < value <= _MAX_UNIX:
        return None
    return _EPOCH + timedelta(seconds=value)


def parse_time(value: object) -> datetime | None:
    """An aware UTC datetime from "YYYY-MM-DD HH:MM:SS[ UTC]" or ISO 8601 text; naive means UTC."""
    raw = text(value)
    if len(raw) < 10:
        return None
    if raw.endswith(" UTC"):
        raw = raw[:-4]
    try:
        parsed = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:
        return None


def label_values(record: object) -> dict[str, object]:
    """Meta "label_values" records as {lower-case label: value}."""
    found: dict[str, object] = {}
    for item in as_list(as_dict(record).get("label_values")):
        item_map = as_dict(item)
        label = text(item_map.get("label")).lower()
        if label:
            found.setdefault(label, item_map.get("value", item_map.get("timestamp_value")))
    return found
