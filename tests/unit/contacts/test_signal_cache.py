"""Warning signs are worked out once per change of the household's data, and never go stale."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from familyguard.app import FamilyGuard
from familyguard.contacts import ledger as ledger_module
from familyguard.contacts.ledger import Ledger
from familyguard.storage.contacts import ContactRepository


@pytest.fixture
def searches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the searches for warning signs."""
    counted: list[int] = []
    real = ledger_module.find_signals

    def counting(*args: object, **kwargs: object) -> object:
        counted.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ledger_module, "find_signals", counting)
    return counted


def _two_children_with_one_stranger(fg: FamilyGuard) -> None:
    mia = fg.household.add_child("Mia", date(2018, 3, 1))
    leo = fg.household.add_child("Leo", date(2015, 6, 9))
    fg.ledger.add_contact(mia, "roblox", "Jake", "jake_2009", "unknown")
    fg.ledger.add_contact(leo, "roblox", "Jake", "jake_2009", "unknown")


def test_asking_again_without_a_change_does_not_search_again(fg: FamilyGuard, searches: list[int]) -> None:
    _two_children_with_one_stranger(fg)
    first = fg.ledger.signals()
    for child in fg.household.children.all():
        fg.risk.child(child)
    assert fg.ledger.signals() == first
    assert [s.kind for s in first] == ["shared_between_children"]
    assert len(searches) == 1


def test_a_change_is_seen_at_once(fg: FamilyGuard, searches: list[int]) -> None:
    _two_children_with_one_stranger(fg)
    assert len(fg.ledger.signals()) == 1
    jake = next(c for c in fg.contacts.present() if c.handle == "jake_2009")
    fg.ledger.remove_contact(str(jake.id))
    assert fg.ledger.signals() == []
    assert len(searches) == 2


def test_a_change_written_through_another_connection_is_seen(fg: FamilyGuard) -> None:
    """A worker thread imports on a connection of its own; the window's signals must follow."""
    _two_children_with_one_stranger(fg)
    assert len(fg.ledger.signals()) == 1
    other = fg.db.open_another()
    try:
        worker = Ledger(ContactRepository(other), fg.household, fg.clock)
        for contact in worker.contacts.present():
            worker.remove_contact(str(contact.id))
    finally:
        other.close()
    assert fg.ledger.signals() == []


def test_what_an_import_worker_worked_out_is_adopted_and_a_later_change_still_counts(
    fg: FamilyGuard, searches: list[int]
) -> None:
    """The window takes the worker's contacts and warning signs instead of working them out again."""
    _two_children_with_one_stranger(fg)
    other = fg.db.open_another()
    try:
        worker = Ledger(ContactRepository(other), fg.household, fg.clock)
        leo = fg.household.find_child("Leo")
        worker.add_contact(leo, "discord", "Jake", "jake2009", "unknown")
        present, signals = worker.contacts.present(), worker.signals()
    finally:
        other.close()
    fg.ledger.adopt(present, signals)
    searched = len(searches)
    assert sorted(s.kind for s in fg.ledger.signals()) == ["same_person_across_apps"] * 2 + [
        "shared_between_children"
    ]
    assert len(searches) == searched, "the adopted signs were worked out again"
    jake = next(c for c in fg.contacts.present() if c.handle == "jake2009")
    fg.ledger.remove_contact(str(jake.id))
    assert [s.kind for s in fg.ledger.signals()] == ["shared_between_children"]


def test_review_counts_follow_each_review_flag_and_removal(fg: FamilyGuard, tmp_path: Path) -> None:
    """The counts behind "contacts to review" come from the cached contacts; every change shows."""
    mia = fg.household.add_child("Mia", date(2012, 3, 1))
    export = tmp_path / "contacts.csv"
    export.write_text("name,handle\nSam,sam_the_cat\nJo,jo_jo_jo\n", encoding="utf-8")
    fg.ledger.import_export(mia, [export], "roblox")
    roblox = next(use.id for use in fg.household.apps.for_child(mia.id))

    def mias() -> tuple[int, int]:
        return fg.contacts.review_counts()[roblox]

    assert mias() == (2, 0)
    sam = next(c for c in fg.contacts.present() if c.handle == "sam_the_cat")
    fg.ledger.flag(str(sam.id), "asked for photos")
    assert mias() == (1, 1)
    fg.ledger.remove_contact(str(sam.id))
    assert mias() == (1, 0)
    fg.ledger.review(mia)
    assert mias() == (0, 0)


def test_a_write_to_something_else_keeps_the_contacts_worked_out(
    fg: FamilyGuard, searches: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saving a setting or planning a talk does not make 50,000 contacts be read again."""
    _two_children_with_one_stranger(fg)
    assert len(fg.ledger.signals()) == 1
    reads: list[str] = []
    real_rows = fg.db.rows
    monkeypatch.setattr(fg.db, "rows", lambda sql, params=(): reads.append(sql) or real_rows(sql, params))
    fg.preferences.set("notification_style", "private")
    fg.contacts.present()
    fg.ledger.signals()
    assert not [sql for sql in reads if "FROM contact" in sql]
    assert len(searches) == 1
    fg.household.add_child("Noa", date(2016, 2, 2))  # a child added: the signs may name them
    fg.ledger.signals()
    assert len(searches) == 2


def test_the_change_mark_survives_a_rolled_back_transaction(fg: FamilyGuard) -> None:
    """Watching starts inside a write that is then undone: the next change is still seen."""
    _two_children_with_one_stranger(fg)
    with pytest.raises(RuntimeError), fg.db.transaction():
        fg.db.change_mark()  # the first look, inside a transaction that fails
        raise RuntimeError
    assert len(fg.ledger.signals()) == 1
    jake = next(c for c in fg.contacts.present() if c.handle == "jake_2009")
    fg.ledger.remove_contact(str(jake.id))
    assert fg.ledger.signals() == []
