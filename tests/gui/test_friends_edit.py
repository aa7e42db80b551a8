"""The Friends page's people by hand: add, edit, remove (with a confirmation), export as CSV; keys."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from friends_window import ella_with_lists, friends_window
from modal import answer, press_ok, when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from familyguard.app import FamilyGuard
from familyguard.contacts.csv_export import HEADER
from familyguard.domain import Child
from familyguard.gui.friends_edit import ContactDialog
from familyguard.gui.friends_models import NAME, STATUS
from familyguard.gui.friends_page import FriendsPage
from familyguard.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, fg: FamilyGuard, tmp_path: Path) -> MainWindow:
    ella_with_lists(fg, tmp_path, ["amy", "helper99"], ["amy"])
    return friends_window(qtbot, fg)


@pytest.fixture
def page(window: MainWindow) -> FriendsPage:
    return window.friends.page


@pytest.fixture
def ella(window: MainWindow) -> Child:
    return window.fg.household.find_child("Ella")


def names(page: FriendsPage) -> list[str]:
    return [page.proxy.index(row, NAME).data() for row in range(page.proxy.rowCount())]


def choose(page: FriendsPage, name: str) -> None:
    page.table.selectRow(names(page).index(name))


def fill(name: str, handle: str, app: str | None = None) -> Any:
    def act(widget: QWidget) -> None:
        assert isinstance(widget, ContactDialog)
        if app is not None:
            widget.app.setCurrentIndex(widget.app.findData(app))
        widget.name.setText(name)
        widget.handle.setText(handle)
        press_ok(widget)

    return act


def test_add_a_person_through_the_dialog_shows_them_in_the_table(
    qtbot: QtBot, page: FriendsPage, ella: Child
) -> None:
    seen = when_modal(ContactDialog, fill("Grandma Rose", "@rose_g", "instagram"))
    page.editing.add_button.click()
    assert seen and seen[0].windowTitle() == "Add a person"
    qtbot.waitUntil(lambda: not page.loading(), timeout=5_000)
    assert "Grandma Rose" in names(page)
    contact = page.current_contact()  # the new person is chosen
    assert contact is not None and contact.display_name == "Grandma Rose" and contact.handle == "rose_g"
    row = names(page).index("Grandma Rose")
    assert page.proxy.index(row, STATUS).data() == "Reviewed"
    stored = [c for c, u in page.fg.ledger.listed(ella) if c.display_name == "Grandma Rose"]  # type: ignore[union-attr]
    assert len(stored) == 1


def test_adding_a_person_on_a_new_app_adds_the_app_to_the_child(
    qtbot: QtBot, window: MainWindow, page: FriendsPage, ella: Child
) -> None:
    when_modal(ContactDialog, fill("Jake", "jake_2009", "roblox"))
    page.editing.add_action.trigger()
    qtbot.waitUntil(lambda: not page.loading(), timeout=5_000)
    assert "roblox" in [u.app_id for u in window.fg.household.apps.for_child(ella.id)]
    assert page.app_filter.findData("roblox") >= 0


def test_the_dialog_says_what_is_missing_and_keeps_ok_disabled(qtbot: QtBot, page: FriendsPage) -> None:
    dialog = ContactDialog(page, [("Instagram", "instagram")])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "Type the name" in dialog.problem.text()
    dialog.name.setText("   ")
    assert not ok.isEnabled()
    dialog.name.setText("Sky")
    dialog.handle.setText("sky 2011")
    assert not ok.isEnabled() and "no spaces" in dialog.problem.text()
    dialog.handle.setText("@sky_2011")
    assert ok.isEnabled() and dialog.problem.text() == ""
    assert dialog.values() == ("instagram", "Sky", "sky_2011", "unknown")
    assert dialog.name.accessibleName() and dialog.handle.accessibleName() and dialog.app.accessibleName()


def test_edit_with_shift_f2_renames_and_the_history_says_so(qtbot: QtBot, page: FriendsPage) -> None:
    choose(page, "@helper99")
    seen = when_modal(ContactDialog, fill("Helper Nine", "helper99"))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    assert seen and seen[0].windowTitle() == "Edit a person"
    qtbot.waitUntil(lambda: not page.loading(), timeout=5_000)
    assert "Helper Nine" in names(page) and "@helper99" not in names(page)
    assert page.current_contact() is not None and page.current_contact().display_name == "Helper Nine"  # type: ignore[union-attr]
    history = page.details.text.toPlainText()
    assert "name changed" in history and "Helper Nine" in history


def test_remove_asks_first_and_no_keeps_the_person(qtbot: QtBot, page: FriendsPage, ella: Child) -> None:
    choose(page, "@helper99")
    questions: list[str] = []
    when_modal(QMessageBox, answer(QMessageBox.StandardButton.No, questions))
    page.editing.remove_button.click()
    assert questions and "helper99" in questions[0] and "Ella" in questions[0]
    assert "@helper99" in names(page) and not page.loading()
    when_modal(QMessageBox, answer(QMessageBox.StandardButton.Yes, questions))
    page.editing.remove_button.click()
    qtbot.waitUntil(lambda: not page.loading(), timeout=5_000)
    assert "@helper99" not in names(page)
    assert "helper99" not in [c.handle for c, _ in page.fg.ledger.listed(ella)]  # type: ignore[union-attr]
    assert not page.editing.remove_button.isEnabled()  # nobody is chosen now


def test_export_writes_a_csv_a_spreadsheet_reads(
    qtbot: QtBot, page: FriendsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ella-friends"  # no extension typed: .csv is added
    asked: list[str] = []

    def save_as(parent: QWidget, caption: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append(folder)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.keyClick(
        page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    written = tmp_path / "ella-friends.csv"
    qtbot.waitUntil(lambda: "Saved" in page.count_label.text(), timeout=5_000)
    assert asked and asked[0].endswith("Ella-friends.csv")
    data = written.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheet programs need for UTF-8
    with written.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == HEADER
    assert len(rows) - 1 == page.model.rowCount()
    assert "Sky 🌊" in [row[0] for row in rows[1:]]
    page.app_filter.setCurrentIndex(page.app_filter.findData("instagram"))
    page.editing.export_button.click()
    qtbot.waitUntil(lambda: page.editing.exporter is None, timeout=5_000)
    with written.open(encoding="utf-8-sig", newline="") as f:
        handles = sorted(row[1] for row in list(csv.reader(f))[1:])
    assert handles == ["amy", "helper99"]


def test_the_new_shortcuts_work_on_the_page_and_clash_with_nothing(
    qtbot: QtBot, window: MainWindow, page: FriendsPage
) -> None:
    editing = page.editing
    mine = [editing.add_action, editing.edit_action, editing.remove_action, editing.export_action]
    keys = [a.shortcut().toString() for a in mine]
    assert keys == ["Ctrl+Shift+C", "Shift+F2", "Shift+Del", "Ctrl+Shift+E"]
    window_keys = {a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()}
    assert not window_keys & set(keys)
    for button in (editing.add_button, editing.edit_button, editing.remove_button, editing.export_button):
        assert button.accessibleName() and "(" in button.toolTip()
    seen = when_modal(ContactDialog, lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    page.table.setFocus()
    qtbot.keyClick(
        page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert seen
