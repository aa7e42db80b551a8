"""The Friends table and detail pane: X people shown by their account id, people no longer listed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from friends_window import friends_window
from importer_fixtures import instagram_2024, write_zip, x_js
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from familyguard.app import FamilyGuard
from familyguard.domain import AppUse, Child, FixedClock
from familyguard.gui.friends_detail import ContactDetail
from familyguard.gui.friends_models import NAME, ROLE_CONTACT, STATUS, ContactsFilter, ContactsModel
from familyguard.storage.contacts import LedgerContact

X_ID = "1234567890123456789"
GONE_DAY = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def test_an_x_follower_is_shown_and_flagged_by_their_account_id(
    qtbot: QtBot, fg: FamilyGuard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ella = fg.household.add_child("Ella", date(2012, 5, 5))
    archive = {"data/follower.js": x_js("follower", "follower", [X_ID, "98765432"])}
    fg.ledger.import_export(ella, [write_zip(tmp_path / "twitter-2026-11-01-abc.zip", archive)])
    window = friends_window(qtbot, fg)
    page = window.friends.page
    shown = [page.proxy.index(row, NAME).data() for row in range(page.proxy.rowCount())]
    assert sorted(shown) == sorted([f"id {X_ID}", "id 98765432"])
    page.table.selectRow(shown.index(f"id {X_ID}"))
    title = page.details.title.text()
    assert title.startswith(f"id {X_ID} on ") and "@None" not in title
    assert f"Account id: {X_ID}" in page.details.text.toPlainText()
    asked: list[str] = []

    def cancel(_parent: object, _title: str, label: str, **_kwargs: object) -> tuple[str, bool]:
        asked.append(label)
        return "", False

    monkeypatch.setattr(QInputDialog, "getText", cancel)
    page.details.flag_button.click()
    assert asked and f"id {X_ID}" in asked[0] and "@None" not in asked[0]


def _ella_after_two_imports(fg: FamilyGuard, clock: FixedClock, tmp_path: Path) -> Child:
    """Ella's Instagram imported twice: helper99 and old_pal are gone from the second export."""
    ella = fg.household.add_child("Ella", date(2012, 5, 5))
    first = instagram_2024(["amy", "helper99", "old_pal", "zoe"], ["amy"])
    fg.ledger.import_export(ella, [write_zip(tmp_path / "ig1.zip", first)])
    fg.ledger.review(ella)
    clock.set(GONE_DAY)
    second = instagram_2024(["amy", "zoe", "newkid"], ["amy"])
    fg.ledger.import_export(ella, [write_zip(tmp_path / "ig2.zip", second)])
    return ella


@pytest.fixture
def ledger_rows(fg: FamilyGuard, clock: FixedClock, tmp_path: Path) -> list[tuple[LedgerContact, AppUse]]:
    """Every contact of Ella, the removed ones too, as the ledger gives them."""
    ella = _ella_after_two_imports(fg, clock, tmp_path)
    return fg.ledger.listed(ella, removed=True)


def _table(rows: list[tuple[LedgerContact, AppUse]]) -> tuple[ContactsModel, ContactsFilter]:
    """The Friends table's model and filter over these rows, without a window."""
    model = ContactsModel()
    proxy = ContactsFilter(model)
    model.reset(rows)
    return model, proxy


def _handles(proxy: ContactsFilter) -> list[str]:
    return sorted(proxy.index(r, NAME).data(ROLE_CONTACT).handle for r in range(proxy.rowCount()))


def test_people_no_longer_listed_are_hidden_unless_asked_for(
    qtmodeltester: object, ledger_rows: list[tuple[LedgerContact, AppUse]]
) -> None:
    _, proxy = _table(ledger_rows)
    assert _handles(proxy) == ["amy", "newkid", "zoe"]
    proxy.set_filters(status="removed")
    assert _handles(proxy) == ["helper99", "old_pal"]
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    for text in ("o", "ol", "old", "old_p", "ol", "help", ""):  # typing on, deleting: never misses one
        proxy.set_filters(text=text)
        assert _handles(proxy) == [h for h in ("helper99", "old_pal") if text in h], text
    proxy.set_filters(text="o", status=None)
    assert _handles(proxy) == ["zoe"]
    proxy.set_filters(text="", list_name="followers", status="removed")
    assert _handles(proxy) == ["helper99", "old_pal"]
    proxy.set_filters(list_name="following")
    assert _handles(proxy) == []


def test_a_removed_persons_status_says_since_when_they_are_gone_in_grey(
    qtbot: QtBot, ledger_rows: list[tuple[LedgerContact, AppUse]]
) -> None:
    _, proxy = _table(ledger_rows)
    proxy.set_filters(status="removed")
    status = proxy.index(0, STATUS)
    assert status.data() == "Gone"
    assert status.data(Qt.ItemDataRole.ToolTipRole) == "Gone since 2026-11-02"
    assert status.data(Qt.ItemDataRole.AccessibleTextRole) == "Gone since 2026-11-02"
    grey = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert proxy.index(0, NAME).data(Qt.ItemDataRole.ForegroundRole) == grey
    assert status.data(Qt.ItemDataRole.DecorationRole) is not None
    proxy.set_filters(status=None)
    assert proxy.index(0, STATUS).data() in ("New", "Reviewed")
    assert proxy.index(0, NAME).data(Qt.ItemDataRole.ForegroundRole) is None


def test_new_count_and_shown_new_ids_leave_out_removed_people_and_follow_the_search(
    qtbot: QtBot, ledger_rows: list[tuple[LedgerContact, AppUse]]
) -> None:
    rows = [(replace(c, status="new"), use) for c, use in ledger_rows]  # the removed ones new too
    ids = {c.handle: c.id for c, _ in rows}
    model, proxy = _table(rows)
    assert model.new_count() == 3
    assert sorted(proxy.shown_new_ids()) == sorted([ids["amy"], ids["zoe"], ids["newkid"]])
    proxy.set_filters(text="zo")
    assert proxy.shown_new_ids() == [ids["zoe"]]
    proxy.set_filters(text="", list_name="following")
    assert proxy.shown_new_ids() == [ids["amy"]]
    proxy.set_filters(list_name=None, status="removed")
    assert proxy.rowCount() == 2 and proxy.shown_new_ids() == []
    model.replace(replace(rows[0][0], status="reviewed"))  # amy reviewed while the list is shown
    proxy.set_filters(status="new")
    assert sorted(proxy.shown_new_ids()) == sorted([ids["zoe"], ids["newkid"]])


def test_a_person_removed_while_shown_moves_to_the_removed_view(
    qtbot: QtBot, ledger_rows: list[tuple[LedgerContact, AppUse]]
) -> None:
    model, proxy = _table(ledger_rows)
    zoe = next(c for c, _ in ledger_rows if c.handle == "zoe")
    model.replace(replace(zoe, removed=GONE_DAY))
    proxy.refilter()
    assert "zoe" not in _handles(proxy)
    proxy.set_filters(status="removed")
    assert "zoe" in _handles(proxy)


def test_the_detail_pane_says_since_when_a_person_is_no_longer_listed(
    qtbot: QtBot, fg: FamilyGuard, ledger_rows: list[tuple[LedgerContact, AppUse]]
) -> None:
    detail = ContactDetail()
    qtbot.addWidget(detail)
    helper, use = next((c, u) for c, u in ledger_rows if c.handle == "helper99")
    detail.show_contact(helper, use, fg.ledger.history(str(helper.id)))
    assert "No longer on the child's lists since: 2026-11-02" in detail.text.toPlainText()
    amy, use = next((c, u) for c, u in ledger_rows if c.handle == "amy")
    detail.show_contact(amy, use, fg.ledger.history(str(amy.id)))
    assert "No longer" not in detail.text.toPlainText()
