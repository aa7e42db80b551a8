"""The Family page as a parent uses it: what needs attention, a button that goes there, a card per child."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from familyguard.demo import populate
from familyguard.gui.friends_models import ROLE_CONTACT
from familyguard.gui.home_cards import ROLE_CARD, ROLE_LINES
from familyguard.gui.home_page import HomePage
from familyguard.gui.main_window import MainWindow
from familyguard.overview import AttentionItem


def home(window: MainWindow) -> HomePage:
    return window.home_page


def row_of(window: MainWindow, kind: str, child: str = "") -> tuple[AttentionItem, QWidget]:
    """The first shown item of this kind (for this child) and its row."""
    attention = home(window).attention
    shown = zip(attention.items, attention.row_widgets, strict=False)
    return next((item, row) for item, row in shown if item.kind == kind and child in item.child)


def press(row: QWidget, caption: str) -> None:
    (button,) = [b for b in row.findChildren(QPushButton) if b.text() == caption]
    button.click()


def cards(window: MainWindow) -> dict[str, list[str]]:
    """Each card's lines (title, level, apps, contacts, next talk) by child name."""
    model = home(window).cards.cards
    return {
        model.index(r).data(ROLE_CARD).child.name: model.index(r).data(ROLE_LINES)
        for r in range(model.rowCount())
    }


def card_index(window: MainWindow, name: str) -> QModelIndex:
    model = home(window).cards.cards
    return next(
        model.index(r) for r in range(model.rowCount()) if model.index(r).data(ROLE_CARD).child.name == name
    )


@pytest.fixture
def demo(window: MainWindow) -> MainWindow:
    populate(window.fg)
    window.refresh()
    home(window).refresh()
    return window


def test_the_window_opens_on_a_calm_family_page(window: MainWindow) -> None:
    assert window.pages.currentWidget() is home(window) and window.pages.tabText(0) == "Fa&mily"
    assert home(window).attention.calm.isVisibleTo(window)
    assert "Nothing needs your attention right now" in home(window).attention.calm.text()
    assert home(window).attention.row_widgets == [] and cards(window) == {}
    assert "Add your first child" in home(window).cards_title.text()
    window.fg.household.add_child("Mia", date(2019, 3, 4))
    window.refresh()
    home(window).refresh()
    assert home(window).attention.calm.isVisibleTo(window)
    assert cards(window)["Mia"] == [
        "Mia, 7",
        "✓ None found",
        "No apps recorded yet.",
        "No contacts to review.",
        "No talk planned.",
    ]


def test_items_are_listed_most_important_first_a_few_at_a_time(demo: MainWindow) -> None:
    attention = home(demo).attention
    assert not attention.calm.isVisibleTo(demo)
    assert len(attention.row_widgets) == 8 < len(attention.items)
    first = attention.row_widgets[0]
    assert "You flagged 1 contact on Ella's Snapchat" in first.accessibleName()
    assert [label.text() for label in first.findChildren(type(attention.title))][1] == "Important"
    assert attention.more.isVisibleTo(demo) and attention.more.text() == "Show 8 more…"
    attention.more.click()
    assert len(attention.row_widgets) == 16


def test_buttons_go_to_the_right_page_and_child(qtbot: QtBot, demo: MainWindow) -> None:
    item, row = row_of(demo, "flagged_contacts")
    press(row, "See flagged contacts")
    friends = demo.friends.page
    assert demo.pages.currentWidget() is friends and demo.current_child().name == "Ella"
    assert (friends.app_filter.currentData(), friends.status_filter.currentData()) == ("snapchat", "flagged")
    shown = [friends.proxy.index(r, 0).data(ROLE_CONTACT) for r in range(friends.proxy.rowCount())]
    assert [c.handle for c in shown] == ["jay_model_scout"]
    demo.show_family_page()
    qtbot.waitUntil(lambda: bool(home(demo).attention.row_widgets))
    home(demo).attention.more.click()
    _, row = row_of(demo, "under_age", "Leo")
    press(row, "See the app")
    assert demo.pages.currentWidget() is demo.children_page and demo.current_child().name == "Leo"
    assert demo.current_app().app_id == "discord"
    qtbot.keyClick(demo, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert demo.pages.currentWidget() is home(demo)
    qtbot.waitUntil(lambda: bool(home(demo).attention.row_widgets))
    item, row = row_of(demo, "shared_between_children")
    press(row, "See the warning sign")
    signals = demo.friends.signals_page
    assert demo.pages.currentWidget() is signals
    chosen = signals.model.signal(signals.table.currentIndex().row())
    assert chosen.kind == "shared_between_children" and "jake_2009" in chosen.explanation
    demo.show_family_page()
    qtbot.waitUntil(lambda: bool(home(demo).attention.row_widgets))
    item, row = row_of(demo, "talk_overdue")
    press(row, "Go to talks")
    assert demo.pages.currentWidget() is demo.talks_page and demo.current_child().name == "Ella"
    assert demo.talks_page.current_plan_id() == item.target.plan_id


def test_a_talk_answered_on_the_family_page_leaves_the_list(qtbot: QtBot, demo: MainWindow) -> None:
    _, row = row_of(demo, "talk_overdue")
    with qtbot.waitSignal(demo.talks_edited):
        press(row, "Done")
    assert "talk_overdue" not in [i.kind for i in home(demo).attention.items]
    ella = demo.fg.household.find_child("Ella")
    assert demo.talks.log(ella)[0].topic_id == "live_streaming"


def test_cards_show_age_level_in_words_contacts_to_review_and_next_talk(
    qtbot: QtBot, demo: MainWindow, qtmodeltester: object
) -> None:
    assert list(cards(demo)) == ["Ella", "Leo", "Mia"]
    title, level, apps, contacts, talk = cards(demo)["Ella"]
    assert (title, level) == ("Ella, 14", "⚠ High")
    assert apps == "Apps: Snapchat ⚠ High, TikTok ⚠ High, Instagram ◆ Medium and 2 more"
    assert contacts == "Contacts to review: 2 new, 1 flagged."
    assert talk.startswith("Next talk: “Live streaming”") and talk.endswith("(waiting now).")
    assert card_index(demo, "Ella").data().startswith("Ella, 14, highest level High\nApps: Snapchat")
    assert cards(demo)["Mia"][1] == "⚠ High"  # Jake, a stranger on her brother's list too (a warning sign)
    qtmodeltester.check(home(demo).cards.cards)  # type: ignore[attr-defined]
    view = home(demo).cards
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(card_index(demo, "Leo")).center()
    )
    assert demo.pages.currentWidget() is demo.children_page and demo.current_child().name == "Leo"
    demo.show_family_page()
    qtbot.waitUntil(lambda: bool(cards(demo)))
    view.setFocus()
    view.setCurrentIndex(card_index(demo, "Mia"))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert demo.pages.currentWidget() is demo.children_page and demo.current_child().name == "Mia"


def test_the_go_menu_lists_the_family_page_first(window: MainWindow) -> None:
    go = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    assert go.actions()[0] is window.family_page_action
    assert window.family_page_action.shortcut().toString() == "Alt+Home"
