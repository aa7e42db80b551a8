"""The Friends page's bulk review marks only the new people the filters show; removed people can be found."""

from __future__ import annotations

from pathlib import Path

import pytest
from friends_window import ella_with_lists, friends_window
from importer_fixtures import instagram_2024, write_zip
from modal import answer, when_modal
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from familyguard.app import FamilyGuard
from familyguard.domain import Child
from familyguard.gui.friends_models import NAME
from familyguard.gui.friends_page import FriendsPage


@pytest.fixture
def ella(fg: FamilyGuard, tmp_path: Path) -> Child:
    """Ella with new people on Instagram (@amy, @helper99) and on Snapchat (eight)."""
    return ella_with_lists(fg, tmp_path, ["amy", "helper99"], ["amy"])


@pytest.fixture
def page(qtbot: QtBot, fg: FamilyGuard, ella: Child) -> FriendsPage:
    return friends_window(qtbot, fg).friends.page


def shown(page: FriendsPage) -> list[str]:
    return [page.proxy.index(row, NAME).data() for row in range(page.proxy.rowCount())]


def new_handles(fg: FamilyGuard, child: Child, app: str | None = None) -> list[str]:
    return sorted(c.handle or "" for c, _ in fg.ledger.listed(child, app, new=True))


def test_reviewing_with_snapchat_and_new_chosen_marks_only_those_shown(
    qtbot: QtBot, page: FriendsPage, fg: FamilyGuard, ella: Child
) -> None:
    snapchat_new = new_handles(fg, ella, "snapchat")
    assert snapchat_new and new_handles(fg, ella, "instagram") == ["amy", "helper99"]
    page.app_filter.setCurrentIndex(page.app_filter.findData("snapchat"))
    page.show_new_only()
    assert page.review_button.text().replace("&", "") == "Mark the new ones shown as reviewed"
    asked: list[str] = []
    when_modal(QMessageBox, answer(QMessageBox.StandardButton.Yes, asked))
    page.review_button.click()
    assert asked and f"{len(snapchat_new)} new people shown" in asked[0] and "other 2" in asked[0]
    assert new_handles(fg, ella, "snapchat") == []
    assert new_handles(fg, ella, "instagram") == ["amy", "helper99"], "Instagram's new people stay new"
    assert f"Marked {len(snapchat_new)} people" in page.count_label.text()
    assert shown(page) == [] and not page.review_button.isEnabled()
    page.app_filter.setCurrentIndex(0)
    assert sorted(shown(page)) == ["@amy", "@helper99"] and page.review_button.isEnabled()
    assert page.review_button.text().replace("&", "") == "Mark all 2 new as reviewed"


def test_a_search_reviews_only_the_people_found_and_saying_no_changes_nothing(
    qtbot: QtBot, page: FriendsPage, fg: FamilyGuard, ella: Child
) -> None:
    everyone_new = new_handles(fg, ella)
    page.search.setText("helper")  # clicked before the pause in typing: the click searches first
    asked: list[str] = []
    when_modal(QMessageBox, answer(QMessageBox.StandardButton.No, asked))
    page.review_button.click()
    assert asked and "Mark the 1 new people shown" in asked[0]
    assert new_handles(fg, ella) == everyone_new
    when_modal(QMessageBox, answer(QMessageBox.StandardButton.Yes, asked))
    page.review_button.click()
    assert new_handles(fg, ella) == sorted(set(everyone_new) - {"helper99"})
    assert shown(page) == ["@helper99"]


def test_with_every_new_person_shown_it_reviews_them_without_asking(
    qtbot: QtBot, page: FriendsPage, fg: FamilyGuard, ella: Child
) -> None:
    page.show_new_only()  # hides nobody new: the button marks them all, as before
    assert page.review_button.text().replace("&", "").startswith("Mark all ")
    page.review_button.click()
    assert new_handles(fg, ella) == []


def test_a_person_removed_by_a_reimport_is_found_under_no_longer_on_their_lists(
    qtbot: QtBot, page: FriendsPage, fg: FamilyGuard, ella: Child, tmp_path: Path
) -> None:
    again = write_zip(tmp_path / "ig2.zip", instagram_2024(["amy"], ["amy"]))
    assert fg.ledger.import_export(ella, [again]).report()["removed"] == 1
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        page.reload_in_background()  # as after the import wizard: read in a worker
    assert "@helper99" not in shown(page), "the table shows the people on the lists"
    on_lists = len(fg.ledger.listed(ella))
    assert page.count_label.text() == f"Showing {on_lists} of {on_lists} people."
    new = len(new_handles(fg, ella))  # @helper99 was still new: no longer counted
    assert page.review_button.text().replace("&", "") == f"Mark all {new} new as reviewed"
    removed = page.status_filter.findData("removed")
    assert page.status_filter.itemText(removed) == "No longer on their lists"
    page.status_filter.setCurrentIndex(removed)
    assert shown(page) == ["@helper99"]
    assert page.count_label.text() == "Showing 1 of 1 people no longer on the lists."
    page.table.selectRow(0)
    current = page.current_contact()
    assert current is not None and current.handle == "helper99" and current.removed is not None
