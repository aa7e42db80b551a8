"""The main window as a parent uses it: children in the sidebar, their apps in the table, dialogs."""

from __future__ import annotations

from datetime import date

from modal import press_ok, when_modal
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from familyguard.gui.dialogs import AppUseDialog, ChildDialog
from familyguard.gui.main_window import MainWindow


def sidebar(window: MainWindow) -> list[str]:
    model = window.children_model
    return [model.index(r).data() for r in range(model.rowCount())]


def table(window: MainWindow, column: int = 0) -> list[str]:
    model = window.apps_model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_empty_household_invites_to_add_a_child(window: MainWindow) -> None:
    assert "Add your first child" in window.heading.text()
    assert not window.add_app_action.isEnabled()


def test_add_a_child_through_the_dialog_shows_it_in_the_sidebar(qtbot: QtBot, window: MainWindow) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ChildDialog)
        qtbot.keyClicks(dialog.name, "Mia")
        dialog.born.setDate(QDate(2019, 3, 4))
        press_ok(dialog)

    seen = when_modal(ChildDialog, fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen
    assert sidebar(window) == ["Mia, 7"]
    assert window.heading.text().startswith("Mia, 7")
    assert window.fg.household.children.all()[0].born == date(2019, 3, 4)


def test_add_an_app_with_a_typo_adds_the_right_app(qtbot: QtBot, window: MainWindow) -> None:
    window.fg.household.add_child("Ella", date(2012, 5, 5))
    window.refresh()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AppUseDialog)
        qtbot.keyClicks(dialog.app, "snapchta")
        assert "Snapchat" in dialog.match.text()
        qtbot.keyClicks(dialog.handle, "ella.sky")
        combo = dialog.settings["location_sharing"]
        combo.setCurrentIndex(combo.findData("off"))
        press_ok(dialog)

    when_modal(AppUseDialog, fill)
    window.add_app_action.trigger()
    assert table(window) == ["Snapchat"]
    assert table(window, 1) == ["ella.sky"]
    assert "Location sharing: off" in table(window, 2)[0]


def test_a_refused_child_is_one_clear_dialog_not_a_traceback(qtbot: QtBot, window: MainWindow) -> None:
    window.fg.household.add_child("Mia", date(2019, 3, 4))
    window.refresh()
    messages: list[str] = []

    def fill(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.name, "mia")
        press_ok(dialog)

    def read(box: QWidget) -> None:
        messages.append(box.text())
        box.accept()

    when_modal(ChildDialog, fill)
    when_modal(QMessageBox, read)
    window.add_child_action.trigger()
    qtbot.waitUntil(lambda: bool(messages))
    assert "already a child called mia" in messages[0]
    assert sidebar(window) == ["Mia, 7"]


def test_remove_an_app_after_confirming(qtbot: QtBot, window: MainWindow) -> None:
    leo = window.fg.household.add_child("Leo", date(2015, 3, 1))
    window.fg.household.add_app(leo, "roblox")
    window.fg.household.add_app(leo, "spotify")
    window.refresh()
    window.apps_view.setFocus()
    window.apps_view.selectRow(table(window).index("Roblox"))  # the table is sorted by risk
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.remove_app_action.trigger()
    assert table(window) == ["Spotify"]


def test_switching_child_shows_their_apps(window: MainWindow) -> None:
    mia = window.fg.household.add_child("Mia", date(2019, 3, 4))
    leo = window.fg.household.add_child("Leo", date(2015, 3, 1))
    window.fg.household.add_app(mia, "roblox")
    window.fg.household.add_app(leo, "discord")
    window.refresh(select_child=leo.id)
    assert table(window) == ["Discord"]
    window.children_view.setCurrentIndex(window.children_model.index(window.children_model.row_of(mia.id)))
    assert table(window) == ["Roblox"]


def test_models_follow_the_qt_model_contract(qtmodeltester: object, window: MainWindow) -> None:
    leo = window.fg.household.add_child("Leo", date(2015, 3, 1))
    window.fg.household.add_app(leo, "roblox", "leo_speedrun", {"messages_from": "friends"})
    window.fg.household.add_custom_app(leo, "Block Party", ["live_streaming"])
    window.refresh()
    qtmodeltester.check(window.apps_model)  # type: ignore[attr-defined]
    qtmodeltester.check(window.children_model)  # type: ignore[attr-defined]


def test_closing_with_a_tray_hides_and_keeps_running(window: MainWindow) -> None:
    window.keep_running_in_tray = True
    window.close()
    assert not window.isVisible()
    window.bring_to_front()
    assert window.isVisible()


def test_closing_without_a_tray_closes(window: MainWindow) -> None:
    window.keep_running_in_tray = False
    assert window.close()
    assert not window.isVisible()
