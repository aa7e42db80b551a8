"""FamilyGuard's own contact CSV, read here and written by the app's CSV export.

Format: UTF-8 (a BOM is allowed and written on export, for spreadsheet programs), one header row,
then one contact per row, comma-separated; a file whose header is separated by ";" (what spreadsheet
programs write in many European locales) is read with ";". Columns, in any order (only `name` is
required):

* `name`        display name (may be empty if handle or platform_id is given)
* `handle`      username on the platform, without "@"
* `platform_id` the platform's numeric or opaque account id, as text
* `lists`       the lists the person is on, separated by ";" (e.g. `friends;followers`);
                each is one of importers.LIST_NAMES, in any case and with spaces for "_"
                ("Close friends" is `close_friends`); may be empty
* `source`      how the person was added, as the export said (e.g. "added by username")
* `since`       ISO 8601 date or date-time (e.g. `2024-05-01T10:00:00Z`); no zone means UTC
* `app`         the app's catalogue id (e.g. `instagram`, as `familyguard catalog list` shows it);
                a file naming one app is imported as that app, so `--app` is not needed; a file
                naming several apps is refused. Without the column (or with it empty) the app is
                chosen on import.

The app's export adds `relation,status,first_seen,last_seen` (the parent's own review); they are
accepted and ignored here (no relation, status or flag is restored), so an exported file imports back
as the same people.

Columns with an empty header cell (spreadsheet programs write them after the last column) are
skipped while their cells are empty. A header without `name` or with an unknown column is refused
naming the columns; a row with a value under an empty header cell, a wrong number of cells, an
unknown list, a bad date, or neither name, handle nor platform_id is refused with the line number.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from typing import Any

from familyguard.errors import BadInputError
from familyguard.importers.documents import Doc
from familyguard.importers.model import LIST_NAMES, Accumulator, Platform
from familyguard.importers.values import parse_time
from familyguard.phrase import phrase

APP_COLUMN = "app"
COLUMNS: tuple[str, ...] = ("name", "handle", "platform_id", "lists", "source", "since")
LEDGER_COLUMNS: tuple[str, ...] = ("relation", "status", "first_seen", "last_seen")
ALL_COLUMNS = (*COLUMNS, *LEDGER_COLUMNS, APP_COLUMN)  # as the app's CSV export writes them
_KNOWN = frozenset(ALL_COLUMNS)
LIST_SEPARATOR = ";"
_KNOWN_LISTS = frozenset(LIST_NAMES)
_Reader = Any  # csv's reader type is private; it iterates lists of str and has line_num


def _first_line(text: str) -> str:
    end = text.find("\n")
    return text if end < 0 else text[:end]


def _delimiter(header: str) -> str:
    """The file's separator: a semicolon when the header line has semicolons and no comma."""
    return ";" if ";" in header and "," not in header else ","


def _header(doc: Doc) -> list[str]:
    line = _first_line(doc.text)
    try:
        return [cell.strip().lower() for cell in next(csv.reader([line], delimiter=_delimiter(line)), [])]
    except csv.Error:
        return []


def _recognise(doc: Doc) -> bool:
    header = _header(doc)
    return doc.suffix == ".csv" or ("name" in header and set(header) - {""} <= _KNOWN)


def _list_name(text: str) -> str:
    """A list as written by a person ("Close friends") as its name in LIST_NAMES ("close_friends")."""
    return re.sub(r"[\s_-]+", "_", text.strip().lower())


def _lists(doc: Doc, line: int, cell: str) -> list[str]:
    """The list names in a `lists` cell; an unknown one is refused, naming the valid ones."""
    lists = []
    for item in cell.split(LIST_SEPARATOR):
        if not item.strip():
            continue
        list_name = _list_name(item)
        if list_name not in _KNOWN_LISTS:
            raise _bad(
                doc,
                line,
                phrase("errors", "unknown list {name}.", name=repr(item.strip())),
                phrase(
                    "errors",
                    "Each list is one of: {names}; lists are separated by ';'.",
                    names=", ".join(LIST_NAMES),
                ),
            )
        lists.append(list_name)
    return lists


def _bad(doc: Doc, line: int, problem: str, hint: str = "") -> BadInputError:
    return BadInputError(
        phrase("errors", "{name}, line {line}: {problem}", name=doc.name, line=line, problem=problem),
        hint=hint
        or phrase("errors", "Columns: {columns}; lists are separated by ';'.", columns=",".join(ALL_COLUMNS)),
    )


def _parse(docs: Sequence[Doc], acc: Accumulator) -> None:
    apps: set[str] = set()
    for doc in docs:
        rows = csv.reader(io.StringIO(doc.text, newline=""), delimiter=_delimiter(_first_line(doc.text)))
        try:
            apps |= _parse_rows(doc, rows, acc)
        except csv.Error as exc:
            problem = phrase("errors", "the row cannot be read as CSV ({reason}).", reason=str(exc))
            raise _bad(doc, rows.line_num, problem) from exc
        if len(apps) > 1:
            raise _several_apps(doc, apps)
    if apps:
        acc.app = apps.pop()  # the file says which app: the import needs no --app


def _several_apps(doc: Doc, apps: set[str]) -> BadInputError:
    return BadInputError(
        phrase(
            "errors",
            "{name}: the file holds people of several apps ({apps}).",
            name=doc.name,
            apps=", ".join(sorted(apps)),
        ),
        hint=phrase(
            "errors",
            "Import one app at a time: export each app on its own (choose the app on the Friends page, "
            "or use friends export --app APP), or keep only one app's rows in the file.",
        ),
    )


def _known_columns() -> str:
    """The hint of a header error: the columns there are."""
    return phrase(
        "errors",
        "Known columns: {columns} (only name is required), separated by commas or semicolons.",
        columns=",".join(ALL_COLUMNS),
    )


def _check_header(doc: Doc, header: list[str]) -> None:
    known = _known_columns()
    unknown = [repr(column) for column in header if column and column not in _KNOWN]
    if unknown:
        names = ", ".join(unknown)
        problem = (
            phrase("errors", "the header has an unknown column {names}.", names=names)
            if len(unknown) == 1
            else phrase("errors", "the header has unknown columns {names}.", names=names)
        )
        raise _bad(doc, 1, problem, known)
    if "name" not in header:
        raise _bad(doc, 1, phrase("errors", "the header has no name column."), known)


def _parse_rows(doc: Doc, rows: _Reader, acc: Accumulator) -> set[str]:
    """Add the rows' people to acc; return the apps the `app` column names."""
    header = [cell.strip().lower() for cell in next(rows, [])]
    _check_header(doc, header)
    unnamed = [i for i, column in enumerate(header) if not column]  # skipped while empty
    apps: set[str] = set()
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
        if any(row[i].strip() for i in unnamed):
            problem = phrase("errors", "a cell under an empty header cell holds a value.")
            raise _bad(doc, line, problem, _known_columns())
        lists = _lists(doc, line, cells.get("lists", ""))
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
        if app := cells.get(APP_COLUMN, "").lower():
            apps.add(app)
        if not (handle or pid):  # known by name alone: this row is one person, whatever their name
            acc.add_named_person(lists, name, cells.get("source") or None, since)
            continue
        for list_name in lists or (None,):
            acc.add(
                list_name,
                name=name,
                handle=handle or None,
                platform_id=pid or None,
                source=cells.get("source") or None,
                since=since,
            )
    return apps


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
