"""The Friends page reads a list in a worker (after an import) exactly as it would on the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from friends_window import ella_with_lists, friends_window
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from familyguard.app import FamilyGuard
from familyguard.gui import friends_page
from familyguard.gui.friends_models import NAME, STATUS
from familyguard.gui.friends_page import FriendsPage


@pytest.fixture
def page(qtbot: QtBot, fg: FamilyGuard, tmp_path: Path) -> FriendsPage:
    followers = [f"kid_{n}" for n in range(40)]
    ella_with_lists(fg, tmp_path, followers, followers[:9])
    return friends_window(qtbot, fg).friends.page


def shown(page: FriendsPage) -> list[str]:
    return [page.proxy.index(row, NAME).data() for row in range(page.proxy.rowCount())]


@pytest.mark.parametrize(
    ("column", "order"), [(STATUS, Qt.SortOrder.AscendingOrder), (NAME, Qt.SortOrder.DescendingOrder)]
)
def test_a_background_load_shows_the_same_rows_in_the_same_order(
    qtbot: QtBot, page: FriendsPage, column: int, order: Qt.SortOrder
) -> None:
    page.table.sortByColumn(column, order)
    page.search.setText("kid_1")
    page.apply_search()
    expected = shown(page)
    assert expected
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        page.reload_in_background()
        assert page.loading() and "Loading" in page.count_label.text()
    assert shown(page) == expected and not page.loading()
    assert page.proxy.sort_spec() == (column, order)


def test_reloads_asked_while_loading_end_in_one_current_list(qtbot: QtBot, page: FriendsPage) -> None:
    fg, child = page.fg, page.child
    assert fg is not None and child is not None
    page.reload_in_background()
    fg.ledger.add_contact(child, "instagram", "Late Comer")  # written while the first load runs
    page.reload()  # queued behind the load, not run on the GUI thread
    assert page.loading()
    qtbot.waitUntil(lambda: not page.loading(), timeout=5_000)
    assert "Late Comer" in shown(page)


def test_a_big_list_loads_in_the_background_and_never_under_another_childs_name(
    qtbot: QtBot, page: FriendsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Choosing a child with a long list keeps the window free, and shows nobody else's people."""
    fg = page.fg
    assert fg is not None
    tom = fg.household.add_child("Tom", date(2014, 2, 2))
    fg.ledger.add_contact(tom, "roblox", "Brick Builder", "brick_builder")
    monkeypatch.setattr(friends_page, "LOAD_HERE_UP_TO", 1)  # "long" from two people on
    page.show_child(tom)
    assert not page.loading(), "one person is read at once"
    assert shown(page) == ["Brick Builder"]
    ella = fg.household.find_child("Ella")
    page.show_child(ella)
    assert page.loading() and "Loading" in page.heading.text()
    assert shown(page) == []
    qtbot.waitUntil(lambda: not page.loading(), timeout=5_000)
    assert "@kid_1" in shown(page) and "Brick Builder" not in shown(page)
    assert page.heading.text() == "Ella's friends and followers"
