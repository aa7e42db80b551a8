"""The app catalogue page as a parent uses it: Ctrl+F, a typo, Enter, and closed apps marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from familyguard.gui.catalogue_page import CataloguePage
from familyguard.gui.main_window import MainWindow


def names(page: CataloguePage, column: int = 0) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def find(qtbot: QtBot, window: MainWindow) -> CataloguePage:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    return window.catalogue_page


def test_the_catalogue_waits_until_it_is_first_shown(window: MainWindow) -> None:
    assert not window.catalogue_page.loaded
    window.pages.setCurrentWidget(window.catalogue_page)
    assert window.catalogue_page.loaded
    assert window.catalogue_page.model.rowCount() >= 50


def test_ctrl_f_goes_to_the_catalogue_and_focuses_search(qtbot: QtBot, window: MainWindow) -> None:
    page = find(qtbot, window)
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)
    assert page.search.accessibleName() == "Search apps"


def test_a_typo_still_finds_the_app(qtbot: QtBot, window: MainWindow) -> None:
    page = find(qtbot, window)
    qtbot.keyClicks(page.search, "spotfy")
    assert names(page)[0] == "Spotify"
    assert "match" in page.count.text()


def test_an_alias_finds_the_app(qtbot: QtBot, window: MainWindow) -> None:
    page = find(qtbot, window)
    qtbot.keyClicks(page.search, "musical.ly")
    assert names(page)[0] == "TikTok"


def test_enter_in_search_opens_the_app_page(qtbot: QtBot, window: MainWindow) -> None:
    page = find(qtbot, window)
    qtbot.keyClicks(page.search, "snapchta")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.app_page
    assert page.app_page.title.text() == "Snapchat"
    qtbot.keyClick(page.app_page, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == 0


def test_down_then_enter_in_the_list_opens_the_chosen_app(qtbot: QtBot, window: MainWindow) -> None:
    page = find(qtbot, window)
    qtbot.keyClicks(page.search, "discord")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.app_page
    assert page.app_page.title.text() == "Discord"


def test_closed_apps_are_marked_in_words(qtbot: QtBot, window: MainWindow) -> None:
    page = find(qtbot, window)
    qtbot.keyClicks(page.search, "omegle")
    row = names(page).index("Omegle (closed)")
    assert "Closed" in page.model.index(row, 4).data()
    page.open_row(row)
    assert "Closed down" in page.app_page.facts.text()


def test_every_app_shows_its_risk_in_words(qtbot: QtBot, window: MainWindow) -> None:
    page = find(qtbot, window)
    words = {"None found", "Low", "Medium", "High"}
    for text in names(page, 1):
        assert text.split(" ", 1)[1] in words


def test_catalogue_model_follows_the_qt_model_contract(
    qtbot: QtBot, qtmodeltester: object, window: MainWindow
) -> None:
    page = find(qtbot, window)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    qtbot.keyClicks(page.search, "zzzzqqq")
    assert page.model.rowCount() == 0
    assert "No app matches" in page.count.text()
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
