"""write_batch: every mix of missing and present values round-trips, in batches of any size."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlcipher3
from hypothesis import given
from hypothesis import strategies as st

from familyguard.app import FamilyGuard
from familyguard.contacts.matching import new_contact
from familyguard.importers import ImportedContact
from familyguard.storage.contact_batches import CHUNK, Batch, iso_texts, write_batch
from familyguard.storage.contacts import LedgerContact

AT = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)


def test_mixed_none_patterns_round_trip(fg: FamilyGuard) -> None:
    child = fg.household.add_child("Ella", date(2012, 5, 5))
    use = fg.household.add_app(child, "instagram")
    base = LedgerContact(0, use.id, "", None, None, frozenset(), "unknown", "new", None, AT, AT, None)
    added = [
        base,
        replace(base, display_name="Ann", handle="ann_1", lists=frozenset({"followers"})),
        replace(base, platform_id="42", source="Quick Add", since=AT, flag_reason="why", status="flagged"),
        replace(base, handle="bo", removed=AT),
    ]
    _, ids = write_batch(fg.contacts.db, Batch(use.id, AT, "import", "test", added=added))
    stored = fg.contacts.for_app_use(use.id)
    assert stored == [replace(c, id=i) for c, i in zip(added, ids, strict=True)]
    updated = [replace(stored[1], handle=None, display_name="Ann B"), replace(stored[2], source=None)]
    write_batch(fg.contacts.db, Batch(use.id, AT, updated=updated))
    again = {c.id: c for c in fg.contacts.for_app_use(use.id)}
    assert [again[c.id] for c in updated] == updated
    assert again[stored[0].id] == stored[0]


def test_a_large_import_round_trips_across_statements(fg: FamilyGuard) -> None:
    child = fg.household.add_child("Ella", date(2012, 5, 5))
    use = fg.household.add_app(child, "instagram")
    people = [
        ImportedContact(
            f"Person {i}" if i % 2 else "",
            f"user_{i}" if i % 3 else None,
            str(10_000 + i) if i % 5 == 0 else None,
            frozenset({"followers", "following"} if i % 4 else {"followers"}),
            "Added by Quick Add" if i % 7 == 0 else None,
            AT - timedelta(days=i, microseconds=i % 4) if i % 6 else None,
        )
        for i in range(2 * CHUNK + 37)
    ]
    people[1] = people[1]._replace(since=datetime(1960, 2, 29, 23, 59, 59, tzinfo=UTC))
    _, ids = write_batch(fg.contacts.db, Batch(use.id, AT, "import", "test", imported=people))
    assert fg.contacts.for_app_use(use.id) == [
        replace(new_contact(p, use.id, AT), id=i) for p, i in zip(people, ids, strict=True)
    ]
    stored = [r["since"] for r in fg.contacts.db.rows("SELECT since FROM contact ORDER BY id")]
    assert stored == [p.since.isoformat() if p.since else None for p in people]


def test_an_instagram_like_import_leaves_columns_nobody_has_to_their_defaults(fg: FamilyGuard) -> None:
    child = fg.household.add_child("Ella", date(2012, 5, 5))
    use = fg.household.add_app(child, "instagram")
    people = [ImportedContact("", f"user_{i}", None, frozenset({"followers"}), None, None) for i in range(3)]
    _, ids = write_batch(fg.contacts.db, Batch(use.id, AT, "import", "test", imported=people))
    assert fg.contacts.for_app_use(use.id) == [
        replace(new_contact(p, use.id, AT), id=i) for p, i in zip(people, ids, strict=True)
    ]
    row = fg.contacts.db.rows("SELECT display_name, platform_id, source, since FROM contact")[0]
    assert tuple(row) == ("", None, None, None)


def test_the_tables_checks_still_hold_after_an_import_and_after_a_failed_one(fg: FamilyGuard) -> None:
    child = fg.household.add_child("Ella", date(2012, 5, 5))
    use = fg.household.add_app(child, "instagram")
    person = ImportedContact("Ann", "ann", None, frozenset({"followers"}), None, AT)
    write_batch(fg.contacts.db, Batch(use.id, AT, "import", "test", imported=[person]))
    with pytest.raises(sqlcipher3.IntegrityError):  # no such app use: the whole batch is refused
        write_batch(fg.contacts.db, Batch(use.id + 99, AT, "import", "test", imported=[person]))
    for column, value in (("relation", "stranger"), ("status", "maybe")):
        with pytest.raises(sqlcipher3.IntegrityError, match="CHECK"), fg.contacts.db.transaction() as conn:
            conn.execute(f"UPDATE contact SET {column} = ?", (value,))
    assert [(c.relation, c.status) for c in fg.contacts.for_app_use(use.id)] == [("unknown", "new")]


@given(
    st.lists(
        st.one_of(
            st.none(),
            st.datetimes(),
            st.datetimes(timezones=st.just(UTC)),
        ),
        max_size=20,
    )
)
def test_times_are_written_exactly_as_isoformat_writes_them(times: list[datetime | None]) -> None:
    assert iso_texts(times) == [t.isoformat() if t else "" for t in times]
