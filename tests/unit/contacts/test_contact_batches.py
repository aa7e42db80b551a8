"""write_batch: every mix of missing and present values round-trips, in batches of any size."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from familyguard.app import FamilyGuard
from familyguard.contacts.matching import new_contact
from familyguard.importers import ImportedContact
from familyguard.storage.contact_batches import CHUNK, Batch, write_batch
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
