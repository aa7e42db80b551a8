"""The import wizard: platform, how-to, files, reading off the GUI thread, preview, import; cancel; errors."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from importer_fixtures import instagram_2024, snapchat_friends, write_zip
from modal import when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from familyguard.app import FamilyGuard
from familyguard.domain import Child
from familyguard.gui.import_wizard import FILES_PAGE, PREVIEW_PAGE, READING_PAGE, ImportWizard
from familyguard.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, fg: FamilyGuard) -> Iterator[MainWindow]:
    fg.household.add_child("Ella", date(2012, 5, 5))
    win = MainWindow(fg.clock)
    qtbot.addWidget(win)
    win.show()
    win.attach(fg)
    yield win


@pytest.fixture
def ella(window: MainWindow) -> Child:
    return window.fg.household.find_child("Ella")


def open_wizard(
    qtbot: QtBot, window: MainWindow, ella: Child, paths: list[Path] | None = None
) -> ImportWizard:
    wizard = ImportWizard(window, window.fg, ella, paths or [])
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def preview_rows(wizard: ImportWizard) -> dict[str, list[str]]:
    table = wizard.preview_page.table
    return {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 7)]
        for r in range(table.rowCount())
    }


def test_ctrl_i_opens_the_import_wizard_for_the_chosen_child(qtbot: QtBot, window: MainWindow) -> None:
    seen = when_modal(ImportWizard, lambda w: w.reject())
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert seen and "Ella" in seen[0].windowTitle()
    assert window.pages.currentWidget() is window.friends.page


def test_instagram_export_end_to_end_with_preview_counts(
    qtbot: QtBot, window: MainWindow, ella: Child, tmp_path: Path
) -> None:
    window.fg.ledger.import_export(
        ella, [write_zip(tmp_path / "old.zip", instagram_2024(["amy", "helper99"], ["amy"]))]
    )
    export = write_zip(tmp_path / "new.zip", instagram_2024(["amy", "newbie", "newbie2"], ["amy"]))

    def drive(widget: QWidget) -> None:
        assert isinstance(widget, ImportWizard)
        widget.platform_page.choose("instagram")
        widget.next()
        assert "All time" in widget.howto_page.steps.text() and "JSON" in widget.howto_page.steps.text()
        widget.next()
        assert widget.currentId() == FILES_PAGE
        widget.files_page.set_paths([export])
        widget.next()
        qtbot.waitUntil(lambda: widget.currentId() == PREVIEW_PAGE, timeout=10_000)
        rows = preview_rows(widget)
        assert rows["followers"] == ["3", "2", "1", "0", "0", "1"]
        assert rows["following"] == ["1", "0", "0", "0", "0", "1"]
        assert "2 added, 1 removed, 0 renamed" in widget.preview_page.summary.text()
        assert window.fg.ledger.listed(ella, new=True) and len(window.fg.ledger.listed(ella)) == 2
        widget.button(widget.WizardButton.FinishButton).click()

    seen = when_modal(ImportWizard, drive)
    window.friends.import_action.trigger()
    assert seen
    handles = sorted(c.handle or "" for c, _ in window.fg.ledger.listed(ella))
    assert handles == ["amy", "newbie", "newbie2"]
    page = window.friends.page
    shown = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert "@newbie" in shown and "@helper99" not in shown


def test_a_dropped_snapchat_zip_goes_straight_to_the_files_and_adds_the_app(
    qtbot: QtBot, window: MainWindow, ella: Child, tmp_path: Path
) -> None:
    export = write_zip(tmp_path / "mydata.zip", {"json/friends.json": snapchat_friends()})
    wizard = open_wizard(qtbot, window, ella, [export])
    assert wizard.currentId() == FILES_PAGE
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW_PAGE, timeout=10_000)
    rows = preview_rows(wizard)
    assert rows["friends"][:2] == ["2", "2"]
    assert "Snapchat will be added to Ella's apps" in wizard.preview_page.summary.text()
    assert window.fg.household.apps.for_child(ella.id) == []  # preview writes nothing
    wizard.button(wizard.WizardButton.FinishButton).click()
    assert [u.app_id for u in window.fg.household.apps.for_child(ella.id)] == ["snapchat"]
    assert wizard.result_ is not None and wizard.result_.snapshot_id is not None


def test_stop_while_reading_leaves_the_household_unchanged(
    qtbot: QtBot, window: MainWindow, ella: Child, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger = window.fg.ledger
    original = ledger.prepare_import

    def slow(*args: Any, **kwargs: Any) -> Any:
        should_cancel = kwargs["should_cancel"]
        while not should_cancel():  # a huge export: still reading when the parent presses Stop
            pass
        return original(*args, **kwargs)

    monkeypatch.setattr(ledger, "prepare_import", slow)
    export = write_zip(tmp_path / "ig.zip", instagram_2024(["amy"], []))
    wizard = open_wizard(qtbot, window, ella, [export])
    wizard.next()
    assert wizard.currentId() == READING_PAGE and wizard.reader is not None
    assert wizard.reader.isRunning()  # the GUI thread is free while reading
    wizard.reading_page.stop_button.click()
    assert wizard.currentId() == FILES_PAGE
    assert "Nothing was changed" in wizard.files_page.note.text()
    assert wizard.reader is None
    assert window.fg.household.apps.for_child(ella.id) == []
    wizard.next()
    wizard.reject()  # the wizard's own Cancel also stops the reader
    assert wizard.reader is None


def test_a_bad_file_shows_one_dialog_saying_what_to_download(
    qtbot: QtBot, window: MainWindow, ella: Child, tmp_path: Path
) -> None:
    html_export = write_zip(
        tmp_path / "instagram.zip",
        {"connections/followers_and_following/followers_1.html": "<html><body>amy</body></html>"},
    )
    texts: list[str] = []

    def close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.accept()

    wizard = open_wizard(qtbot, window, ella, [html_export])
    seen = when_modal(QMessageBox, close)
    wizard.next()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    qtbot.wait(100)
    assert len(texts) == 1 and "JSON" in texts[0]
    assert wizard.currentId() == FILES_PAGE
    assert window.fg.household.apps.for_child(ella.id) == []


def test_reimporting_the_same_export_says_nothing_changes(
    qtbot: QtBot, window: MainWindow, ella: Child, tmp_path: Path
) -> None:
    export = write_zip(tmp_path / "ig.zip", instagram_2024(["amy"], []))
    window.fg.ledger.import_export(ella, [export])
    wizard = open_wizard(qtbot, window, ella, [export])
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW_PAGE, timeout=10_000)
    assert "Nothing new" in wizard.preview_page.summary.text()
