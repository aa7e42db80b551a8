"""Decoding of export members (JSON, X's JavaScript, TXT, CSV) into documents the parsers read."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import PurePosixPath

import orjson

from familyguard.errors import BadInputError
from familyguard.phrase import phrase

TEXT_SUFFIXES = frozenset({".json", ".js", ".txt", ".csv"})
"""The only member types ever opened for parsing (media and everything else are never read)."""

_BAD_HEX_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\x([0-9A-Fa-f]{2})")
_JS_PREFIX = re.compile(r"\s*window\.([A-Za-z_$][\w$.]*)\s*=\s*")


@dataclass(frozen=True)
class Doc:
    """One decoded member: `data` is the JSON value (JSON and JS files), `text` the raw text."""

    name: str  # member path inside the export, "/"-separated
    data: object = None
    text: str = ""
    js_global: str | None = None  # "YTD.follower.part0" for X archive files

    @property
    def stem(self) -> str:
        """Lower-case file name without suffix."""
        return PurePosixPath(self.name.lower()).stem

    @property
    def suffix(self) -> str:
        """Lower-case suffix including the dot."""
        return PurePosixPath(self.name.lower()).suffix


def decode_text(name: str, raw: bytes, origin: str) -> str:
    """UTF-8 text with an optional BOM; anything else is refused."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInputError(
            phrase("errors", "{name} is not UTF-8 text (byte {byte}).", name=name, byte=exc.start),
            path=origin,
            hint=phrase("errors", "Use the file exactly as the app produced it, or save it again as UTF-8."),
        ) from exc


def parse_json(name: str, text: str, origin: str) -> object:
    """Parse JSON, tolerating the invalid `\\xHH` escapes Telegram Desktop writes.

    orjson parses first: a parse holds the GIL from start to end, and orjson's is about twice as
    short as the standard library's, so a 5 MB follower list does not freeze the window while a
    worker reads it. What orjson refuses (Telegram's escapes, NaN, lone surrogates, nesting over
    1,024) goes to the standard parser, which gives the same values or the error the parent sees.
    One difference is left: orjson reads an integer over 64 bits as a float, which `as_id` then
    refuses; no platform's ids are that long (Discord's, the longest, fit in 64 bits).
    """
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        pass
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise BadInputError(
            phrase("errors", "{name} is nested too deeply to be an export.", name=name), path=origin
        ) from exc
    except ValueError as first:
        if "\\x" in text:
            fixed = _BAD_HEX_ESCAPE.sub(r"\1\\u00\2", text)
            try:
                return json.loads(fixed)
            except (ValueError, RecursionError):
                pass
        line = first.lineno if isinstance(first, json.JSONDecodeError) else 0
        raise BadInputError(
            phrase("errors", "{name} is not valid JSON (line {line}).", name=name, line=line)
            if line
            else phrase("errors", "{name} is not valid JSON.", name=name),
            path=origin,
            hint=phrase("errors", "The file may be damaged or incomplete: download the export again."),
        ) from first


def load_doc(name: str, raw: bytes, origin: str) -> Doc:
    """Decode one member according to its suffix."""
    text = decode_text(name, raw, origin)
    suffix = PurePosixPath(name.lower()).suffix
    if suffix == ".json":
        return Doc(name, parse_json(name, text, origin))
    if suffix == ".js":
        match = _JS_PREFIX.match(text)
        if match is None:
            return Doc(name, parse_json(name, text, origin))
        return Doc(name, parse_json(name, text[match.end() :], origin), js_global=match.group(1))
    return Doc(name, text=text)
