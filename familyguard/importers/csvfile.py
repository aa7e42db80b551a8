"""FamilyGuard's own contact CSV, read here and written by the app's CSV export.

Format: UTF-8 (a BOM is allowed and written on export, for spreadsheet programs), comma-separated,
one header row, then one contact per row. Columns, in any order (only `name` is required):

* `name`        display name (may be empty if handle or platform_id is given)
* `handle`      username on the platform, without "@"
* `platform_id` the platform's numeric or opaque account id, as text
* `lists`       the lists the person is on, separated by ";" (e.g. `friends;followers`);
                each must be one of importers.LIST_NAMES; may be empty
* `source`      how the person was added, as the export said (e.g. "added by username")
* `since`       ISO 8601 date or date-time (e.g. `2024-05-01T10:00:00Z`); no zone means UTC

The app's export adds `relation,status,first_seen,last_seen` (the parent's own review); they are
accepted and ignored here, so an exported file imports back as the same people.

A row with a wrong number of cells, an unknown column or list, a bad date, or neither name,
handle nor platform_id is refused with the line number.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from familyguard.errors import BadInputError
from familyguard.importers.documents import Doc
from familyguard.importers.model import LIST_NAMES, Accumulator, Platform
from familyguard.importers.values import parse_time
from familyguard.phrase import phrase

COLUMNS: tuple[str, ...] = ("name", "handle", "platform_id", "lists", "source", "since")
LEDGER_COLUMNS: tuple[str, ...] = ("relation", "status", "first_seen", "last_seen")
_KNOWN = frozenset(COLUMNS + LEDGER_COLUMNS)
LIST_SEPARATOR = ";"
_KNOWN_LISTS = frozenset(LIST_NAMES)
_Reader = Any  # csv's reader type is private; it iterates lists of str and has line_num


def _header(doc: Doc) -> list[str]:
    try:
        return [cell.strip().lower() for cell in next(csv.reader([doc.text.split("\n", 1)[0]]), [])]
    except csv.Error:
        return []


def _recognise(doc: Doc) -> bool:
    header = _header(doc)
    return doc.suffix == ".csv" or ("name" in header and set(header) <= _KNOWN)


def _bad(doc: Doc, line: int, problem: str) -> BadInputError:
    return BadInputError(
        phrase("errors", "{name}, line {line}: {problem}", name=doc.name, line=line, problem=problem),
        hint=phrase("errors", "Columns: {columns}; lists are separated by ';'.", columns=",".join(COLUMNS)),
    )


def _parse(docs: Sequence[Doc], acc: Accumulator) -> None:
    for doc in docs:
        rows = csv.reader(io.StringIO(doc.text, newline=""))
        try:
            _parse_rows(doc, rows, acc)
        except csv.Error as exc:
            problem = phrase("errors", "the row cannot be read as CSV ({reason}).", reason=str(exc))
            raise _bad(doc, rows.line_num, problem) from exc


def _parse_rows(doc: Doc, rows: _Reader, acc: Accumulator) -> None:
    header = [cell.strip().lower() for cell in next(rows, [])]
    if "name" not in header or not set(header) <= _KNOWN:
        raise _bad(
            doc,
            1,
            phrase("errors", "the header must name the columns {columns}.", columns=", ".join(COLUMNS)),
        )
    for row in rows:
        line = rows.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise _bad(
                doc,
                line,
                phrase(
                    "errors", "expected {wanted} cells, found {found}.", wanted=len(header), found=len(row)
                ),
            )
        cells = {column: cell.strip() for column, cell in zip(header, row, strict=True)}
        lists = [item.strip() for item in cells.get("lists", "").split(LIST_SEPARATOR) if item.strip()]
        wrong = [item for item in lists if item not in _KNOWN_LISTS]
        if wrong:
            raise _bad(doc, line, phrase("errors", "unknown list {name}.", name=repr(wrong[0])))
        raw_since = cells.get("since", "")
        since = parse_time(raw_since) if raw_since else None
        if raw_since and since is None:
            problem = phrase(
                "errors",
                "{text} is not a date (use 2024-05-01 or 2024-05-01T10:00:00Z).",
                text=repr(raw_since),
            )
            raise _bad(doc, line, problem)
        name, pid = cells.get("name", ""), cells.get("platform_id", "")
        handle = cells.get("handle", "").removeprefix("@")
        if not (name or handle or pid):
            raise _bad(doc, line, phrase("errors", "a contact needs a name, handle or platform_id."))
        for list_name in lists or [None]:
            acc.add(
                list_name,
                name=name,
                handle=handle or None,
                platform_id=pid or None,
                source=cells.get("source") or None,
                since=since,
            )


PLATFORM = Platform(
    app="csv",
    title="CSV",
    wants=lambda path: False,  # a CSV is only read when chosen on its own
    recognise=_recognise,
    parse=_parse,
    howto=phrase(
        "errors", "Save the list as CSV (UTF-8) with the header {columns}.", columns=",".join(COLUMNS)
    ),
)
