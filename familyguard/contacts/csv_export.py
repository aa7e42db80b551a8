"""CSV export of a child's contacts, for spreadsheet programs and for importing back.

UTF-8 with a byte-order mark, comma-separated, one header row, one contact per row:

* `name`        display name
* `handle`      username on the platform, without "@"
* `platform_id` the platform's account id, as text
* `lists`       the lists the person is on, separated by ";" (e.g. `followers;following`)
* `source`      how the person was added, as the export said ("added by parent" for people typed in)
* `since`       when the person was added, per the export (ISO 8601 date-time), or empty
* `relation`    family | school | offline_friend | online_only | unknown
* `status`      new | reviewed | flagged
* `first_seen`  when FamilyGuard first saw the person (ISO 8601 date-time with offset)
* `last_seen`   the last import or edit that saw the person
* `app`         the app's catalogue id (e.g. `instagram`; `custom:…` for a parent's own app)

`name` … `since` and `app` are the columns of the importers' CSV (familyguard.importers.csvfile):
a file of one app imports back as that app without naming it, a file of several apps is refused on
import. `relation` … `last_seen` describe the parent's review, for reading in a spreadsheet: an
import ignores them (it restores no relation, status or flag), and the flag's reason is not written.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from familyguard.domain import AppUse
from familyguard.errors import StorageError
from familyguard.importers.csvfile import ALL_COLUMNS
from familyguard.phrase import phrase
from familyguard.storage.contacts import LedgerContact

HEADER = ALL_COLUMNS


def _row(c: LedgerContact, use: AppUse) -> list[str]:
    return [
        c.display_name,
        c.handle or "",
        c.platform_id or "",
        ";".join(sorted(c.lists)),
        c.source or "",
        c.since.isoformat() if c.since else "",
        c.relation,
        c.status,
        c.first_seen.isoformat(),
        c.last_seen.isoformat(),
        use.app_id,
    ]


def write_csv(path: Path, contacts: Sequence[tuple[LedgerContact, AppUse]]) -> int:
    """Write the contacts, each with its app use, to path (replacing it only once fully written);
    return how many."""
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(HEADER)
            writer.writerows(_row(c, use) for c, use in contacts)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(
            phrase("errors", "cannot write the CSV file ({reason}).", reason=exc.strerror),
            path=path,
            hint=phrase("errors", "Choose another folder."),
        ) from exc
    return len(contacts)
