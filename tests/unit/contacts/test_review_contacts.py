"""Reviewing chosen contacts (the people a filter shows): only those, only while new and on a list."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from importer_fixtures import instagram_2024, write_zip

from familyguard.app import FamilyGuard
from familyguard.domain import Child, FixedClock
from familyguard.storage import contacts as contacts_storage


@pytest.fixture
def ella(fg: FamilyGuard, tmp_path: Path) -> Child:
    """Ella's Instagram: amy, bob, cy, dee and eve new, then eve gone from her lists."""
    child = fg.household.add_child("Ella", date(2012, 5, 5))
    people = ["amy", "bob", "cy", "dee", "eve"]
    fg.ledger.import_export(child, [write_zip(tmp_path / "1.zip", instagram_2024(people, []))])
    fg.ledger.import_export(child, [write_zip(tmp_path / "2.zip", instagram_2024(people[:4], []))])
    return child


def ids(fg: FamilyGuard, child: Child) -> dict[str, int]:
    return {c.handle or "": c.id for c, _ in fg.ledger.listed(child, removed=True)}


def statuses(fg: FamilyGuard, child: Child) -> dict[str, str]:
    return {c.handle or "": c.status for c, _ in fg.ledger.listed(child, removed=True)}


def test_review_contacts_marks_only_the_chosen_new_people(
    fg: FamilyGuard, ella: Child, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(contacts_storage, "REVIEW_CHUNK", 2)  # several statements, one transaction
    found = ids(fg, ella)
    fg.ledger.flag(str(found["cy"]), "asked for photos")
    chosen = [found["amy"], found["bob"], found["cy"], found["eve"], 999_999]
    assert fg.ledger.review_contacts(chosen) == 2  # cy is flagged, eve gone, 999999 nobody
    assert statuses(fg, ella) == {
        "amy": "reviewed",
        "bob": "reviewed",
        "cy": "flagged",
        "dee": "new",
        "eve": "new",
    }
    assert fg.ledger.review_contacts([]) == 0
    assert fg.ledger.review_contacts(chosen) == 0


def test_reviewing_is_a_dated_entry_in_the_history_of_each_person_reviewed(
    fg: FamilyGuard, ella: Child, clock: FixedClock
) -> None:
    found = ids(fg, ella)
    clock.set(clock.now() + timedelta(days=3))
    fg.ledger.review_contacts([found["amy"]])
    clock.set(clock.now() + timedelta(days=1))
    fg.ledger.review(ella)
    amy, bob, eve = (fg.ledger.history(str(found[name])) for name in ("amy", "bob", "eve"))
    assert [(e.kind, e.at) for e in amy] == [("reviewed", datetime(2026, 11, 25, 18, 0, tzinfo=UTC))]
    assert [(e.kind, e.at) for e in bob] == [("reviewed", datetime(2026, 11, 26, 18, 0, tzinfo=UTC))]
    assert [e.kind for e in eve] == ["removed"]  # gone before anyone looked: not reviewed
