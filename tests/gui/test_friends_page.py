"""The Friends page and the Warning signs page: filters, search, review, flags, relations, history."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from friends_window import ella_with_lists, friends_window
from importer_fixtures import instagram_2024, write_zip
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from familyguard.app import FamilyGuard
from familyguard.domain import AppUse
from familyguard.gui.friends_models import NAME, ROLE_CONTACT, STATUS, ContactsFilter, ContactsModel
from familyguard.gui.main_window import MainWindow
from familyguard.storage.contacts import LedgerContact


@pytest.fixture
def window(qtbot: QtBot, fg: FamilyGuard, tmp_path: Path) -> MainWindow:
    ella = ella_with_lists(fg, tmp_path, ["amy", "helper99"], ["amy"])
    fg.ledger.add_contact(ella, "instagram", "Grandma Rose", "rose_g", "family")
    return friends_window(qtbot, fg)


def names(window: MainWindow) -> list[str]:
    proxy = window.friends.page.proxy
    return [proxy.index(row, NAME).data() for row in range(proxy.rowCount())]


def choose(window: MainWindow, name: str) -> None:
    page = window.friends.page
    page.table.selectRow(names(window).index(name))


def test_friends_page_lists_the_child_contacts_with_status_in_words(window: MainWindow) -> None:
    page = window.friends.page
    assert "Ella" in page.heading.text()
    shown = names(window)
    assert {"@amy", "@helper99", "Grandma Rose", "Sky 🌊"} <= set(shown)
    proxy = page.proxy
    statuses = {proxy.index(r, NAME).data(): proxy.index(r, STATUS).data() for r in range(proxy.rowCount())}
    assert statuses["@amy"] == "New" and statuses["Grandma Rose"] == "Reviewed"
    assert proxy.index(0, STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "7 new" in page.review_button.text() or "new as reviewed" in page.review_button.text()


def test_models_follow_the_qt_model_contract(qtmodeltester: object, window: MainWindow) -> None:
    page = window.friends.page
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.proxy)  # type: ignore[attr-defined]
    page.search.setText("@amy")
    page.apply_search()
    qtmodeltester.check(page.proxy)  # type: ignore[attr-defined]
    window.friends.show_signals()
    qtmodeltester.check(window.friends.signals_page.model)  # type: ignore[attr-defined]


def test_filter_by_new_app_and_search(qtbot: QtBot, window: MainWindow) -> None:
    page = window.friends.page
    window.friends.show_new()
    assert "Grandma Rose" not in names(window) and "@amy" in names(window)
    page.app_filter.setCurrentIndex(page.app_filter.findData("snapchat"))
    assert "@amy" not in names(window) and "Sky 🌊" in names(window)
    page.app_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(0)
    page.list_filter.setCurrentIndex(page.list_filter.findData("following"))
    assert names(window) == ["@amy"]
    page.list_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "HELPER")
    qtbot.waitUntil(lambda: names(window) == ["@helper99"], timeout=2000)
    page.search.clear()
    page.relation_filter.setCurrentIndex(page.relation_filter.findData("family"))
    page.apply_search()
    assert names(window) == ["Grandma Rose"]


def test_review_marks_every_new_contact_reviewed(window: MainWindow) -> None:
    page = window.friends.page
    window.friends.show_new()
    assert names(window)
    page.review_button.click()
    assert names(window) == []
    ella = window.fg.household.find_child("Ella")
    assert window.fg.ledger.listed(ella, new=True) == []
    assert not page.review_button.isEnabled()


def test_flag_with_a_reason_and_set_relation_show_in_the_history(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.friends.page
    choose(window, "@helper99")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Offers free game coins", True))
    page.details.flag_button.click()
    ella = window.fg.household.find_child("Ella")
    flagged = window.fg.ledger.listed(ella, flagged=True)
    assert [(c.handle, c.flag_reason) for c, _ in flagged] == [("helper99", "Offers free game coins")]
    assert page.current_contact() is not None and page.current_contact().status == "flagged"  # type: ignore[union-attr]
    assert "Offers free game coins" in page.details.text.toPlainText()
    page.details.relation.setCurrentIndex(page.details.relation.findData("online_only"))
    page.details.relation.activated.emit(page.details.relation.currentIndex())
    assert window.fg.ledger.find(str(flagged[0][0].id)).relation == "online_only"
    assert "marked as: Only knows them online" in page.details.text.toPlainText()
    page.status_filter.setCurrentIndex(page.status_filter.findData("flagged"))
    assert names(window) == ["@helper99"]


def test_ctrl_4_and_ctrl_5_go_to_friends_and_warning_signs(qtbot: QtBot, window: MainWindow) -> None:
    window.show_children_page()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.friends.page
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.friends.signals_page
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.children_page


def test_warning_signs_show_a_stranger_on_two_children(window: MainWindow, tmp_path: Path) -> None:
    fg = window.fg
    leo = fg.household.add_child("Leo", date(2015, 1, 1))
    fg.ledger.import_export(leo, [write_zip(tmp_path / "leo.zip", instagram_2024(["helper99"], []))])
    window.refresh()
    window.friends.show_signals()
    page = window.friends.signals_page
    model = page.model
    kinds = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "The same account on several children's lists" in kinds
    assert model.index(0, 1).data() == "Ella, Leo"
    assert "@helper99" in page.detail.toPlainText()


def _synthetic(count: int) -> list[tuple[LedgerContact, AppUse]]:
    use = AppUse(1, 1, "instagram", "Instagram", None)
    now = datetime(2026, 11, 1, tzinfo=UTC)
    rows = []
    for i in range(count):
        contact = LedgerContact(
            i, 1, f"Person {i}", f"user_{i}", None, frozenset({"followers"}), "unknown",
            ("new", "reviewed", "flagged")[i % 3], None, now - timedelta(minutes=i), now,
        )  # fmt: skip
        rows.append((contact, use))
    return rows


def test_typing_on_deleting_and_changing_filters_always_shows_exactly_the_matching_people() -> None:
    """The search narrows from what is shown while the parent types on; it must never miss anyone."""
    model = ContactsModel()
    proxy = ContactsFilter(model)
    rows = _synthetic(3_000)
    model.reset(rows)

    def expected(text: str, status: str | None = None) -> list[int]:
        return sorted(
            c.id
            for c, _ in rows
            if text in f"{c.display_name} {c.handle}".lower() and status in (None, c.status)
        )

    def shown() -> list[int]:
        return sorted(proxy.index(r, NAME).data(ROLE_CONTACT).id for r in range(proxy.rowCount()))

    for text in ("u", "us", "user_1", "user_12", "user_1", "", "person 2", "person 29"):
        proxy.set_filters(text=text)
        assert shown() == expected(text), text
    proxy.set_filters(status="new")
    assert shown() == expected("person 29", "new")
    proxy.set_filters(text="person 2")
    assert shown() == expected("person 2", "new")
    model.replace(replace(rows[2][0], status="new"))  # "Person 2" was flagged; now new
    rows[2] = (replace(rows[2][0], status="new"), rows[2][1])
    proxy.set_filters(text="person 2")
    assert 2 in shown()
    assert shown() == expected("person 2", "new")


def test_a_search_keeps_the_tables_order_and_finds_names_with_line_breaks() -> None:
    model = ContactsModel()
    proxy = ContactsFilter(model)
    rows = _synthetic(40)
    rows[7] = (replace(rows[7][0], display_name="Person 7\nfrom camp"), rows[7][1])
    model.reset(rows)
    proxy.sort(NAME, Qt.SortOrder.DescendingOrder)

    def shown() -> list[str]:
        return [proxy.index(r, NAME).data(ROLE_CONTACT).display_name for r in range(proxy.rowCount())]

    proxy.set_filters(text="person 1")
    assert shown() == sorted((c.display_name for c, _ in rows if "Person 1" in c.display_name), reverse=True)
    proxy.set_filters(text="from camp")
    assert shown() == ["Person 7\nfrom camp"]
    proxy.set_filters(text="7\nfrom")
    assert shown() == ["Person 7\nfrom camp"]
