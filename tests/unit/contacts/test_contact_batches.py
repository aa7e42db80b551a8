"""write_batch writes NULLs into the SQL for None values: every mix of None and values round-trips."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from familyguard.app import FamilyGuard
from familyguard.storage.contact_batches import Batch, write_batch
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
