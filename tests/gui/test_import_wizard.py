"""The import wizard: platform, how-to, files, reading and writing off the GUI thread; cancel; errors."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from importer_fixtures import instagram_2024, snapchat_friends, write_zip
from importer_fixtures import snap as snapchat_entry
from modal import when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from familyguard.app import FamilyGuard
from familyguard.contacts.ledger import Ledger
from familyguard.contacts.matching import ImportPlan, people_changed
from familyguard.domain import Child
from familyguard.errors import StorageError
from familyguard.gui.import_people import ChangedPeopleModel
from familyguard.gui.import_wizard import FILES_PAGE, PREVIEW_PAGE, READING_PAGE, WRITING_PAGE, ImportWizard
from familyguard.gui.main_window import MainWindow
from familyguard.storage.contacts import LedgerContact


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


def finish_import(qtbot: QtBot, wizard: ImportWizard) -> None:
    """Press Import on the preview, wait for the write, then Close."""
    assert wizard.currentId() == PREVIEW_PAGE
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.currentId() == WRITING_PAGE
    qtbot.waitUntil(lambda: wizard.result_ is not None, timeout=10_000)
    wizard.button(QWizard.WizardButton.FinishButton).click()


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
        bar = widget.reading_page.bar
        assert bar.maximum() >= 1 and bar.value() == bar.maximum()  # progress went through every part
        rows = preview_rows(widget)
        assert rows["followers"] == ["3", "2", "1", "0", "0", "1"]
        assert rows["following"] == ["1", "0", "0", "0", "0", "1"]
        assert "2 added, 1 removed, 0 renamed" in widget.preview_page.summary.text()
        assert window.fg.ledger.listed(ella, new=True) and len(window.fg.ledger.listed(ella)) == 2
        finish_import(qtbot, widget)

    seen = when_modal(ImportWizard, drive)
    window.friends.import_action.trigger()
    assert seen
    assert "2 added, 1 removed" in seen[0].writing_page.status.text()  # type: ignore[attr-defined]
    handles = sorted(c.handle or "" for c, _ in window.fg.ledger.listed(ella))
    assert handles == ["amy", "newbie", "newbie2"]
    page = window.friends.page
    qtbot.waitUntil(lambda: not page.loading(), timeout=10_000)  # read again in a worker
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
    finish_import(qtbot, wizard)
    assert [u.app_id for u in window.fg.household.apps.for_child(ella.id)] == ["snapchat"]
    assert wizard.result_ is not None and wizard.result_.snapshot_id is not None


def test_stop_while_reading_leaves_the_household_unchanged(
    qtbot: QtBot, window: MainWindow, ella: Child, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = Ledger.prepare_import
    stopped = threading.Event()

    def slow(self: Ledger, *args: Any, **kwargs: Any) -> Any:
        should_cancel = kwargs["should_cancel"]
        while not should_cancel():  # a huge export: still reading when the parent presses Stop
            time.sleep(0.001)
        stopped.set()
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Ledger, "prepare_import", slow)
    export = write_zip(tmp_path / "ig.zip", instagram_2024(["amy"], []))
    wizard = open_wizard(qtbot, window, ella, [export])
    wizard.next()
    assert wizard.currentId() == READING_PAGE and wizard.reader is not None
    assert wizard.reader.isRunning()  # the GUI thread is free while reading
    wizard.reading_page.stop_button.click()
    assert wizard.currentId() == FILES_PAGE
    assert "Nothing was changed" in wizard.files_page.note.text()
    assert wizard.reader is None
    qtbot.waitUntil(stopped.is_set, timeout=5_000)
    assert window.fg.household.apps.for_child(ella.id) == []
    wizard.next()
    wizard.reject()  # the wizard's own Cancel also stops the reader
    assert wizard.reader is None and not wizard.isVisible()
    qtbot.wait(50)  # the stopped readers report (to nobody) and end
    assert window.fg.household.apps.for_child(ella.id) == []


def test_cancel_on_the_preview_writes_nothing(
    qtbot: QtBot, window: MainWindow, ella: Child, tmp_path: Path
) -> None:
    export = write_zip(tmp_path / "ig.zip", instagram_2024(["amy", "bo"], ["amy"]))
    wizard = open_wizard(qtbot, window, ella, [export])
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW_PAGE, timeout=10_000)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible() and wizard.result_ is None
    assert window.fg.household.apps.for_child(ella.id) == []
    assert window.fg.ledger.listed(ella) == []


def test_the_write_runs_in_a_worker_on_its_own_connection_and_cannot_be_cancelled_half_way(
    qtbot: QtBot, window: MainWindow, ella: Child, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = Ledger.commit_import
    go_on = threading.Event()
    seen: dict[str, Any] = {}

    def held(self: Ledger, prepared: Any) -> Any:
        seen["thread"], seen["db"] = threading.current_thread(), self.contacts.db
        go_on.wait(10)
        return original(self, prepared)

    monkeypatch.setattr(Ledger, "commit_import", held)
    export = write_zip(tmp_path / "ig.zip", instagram_2024(["amy", "bo"], ["amy"]))
    wizard = open_wizard(qtbot, window, ella, [export])
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW_PAGE, timeout=10_000)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: "thread" in seen, timeout=5_000)
    assert seen["thread"] is not threading.main_thread() and seen["db"] is not window.fg.db
    assert wizard.writing() and wizard.writing_page.bar.maximum() == 0  # busy, the window responsive
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    wizard.reject()  # Esc or closing the window: refused with a word
    assert wizard.isVisible() and "cannot be stopped half-way" in wizard.writing_page.note.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert window.fg.ledger.listed(ella) == []  # the GUI's connection reads the committed state
    go_on.set()
    qtbot.waitUntil(lambda: wizard.result_ is not None, timeout=10_000)
    assert "Done: 2 added" in wizard.writing_page.status.text()
    assert sorted(c.handle or "" for c, _ in window.fg.ledger.listed(ella)) == ["amy", "bo"]
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()


def test_a_failed_write_says_so_and_lets_the_parent_close(
    qtbot: QtBot, window: MainWindow, ella: Child, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: Ledger, prepared: Any) -> Any:
        raise StorageError("the disk is full.", path=tmp_path, hint="Free some space and import again.")

    monkeypatch.setattr(Ledger, "commit_import", broken)
    export = write_zip(tmp_path / "ig.zip", instagram_2024(["amy"], []))
    wizard = open_wizard(qtbot, window, ella, [export])
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW_PAGE, timeout=10_000)
    texts: list[str] = []

    def close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.accept()

    seen = when_modal(QMessageBox, close)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "disk is full" in texts[0]
    assert "nothing was imported" in wizard.writing_page.status.text()
    assert wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    wizard.reject()
    assert not wizard.isVisible()
    assert window.fg.ledger.listed(ella) == []


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
    assert "Nothing new since the last import" in wizard.preview_page.summary.text()


def test_the_preview_names_who_is_added_removed_renamed_and_moved(
    qtbot: QtBot, window: MainWindow, ella: Child, tmp_path: Path
) -> None:
    def snap(user: str, name: str) -> dict[str, str]:
        return snapchat_entry(user, name, "2024-01-01 10:00:00 UTC", "added by username")

    before = {"Friends": [snap("lena.s", "Lena S"), snap("tom.b", "Tom"), snap("sky.w", "Sky")]}
    after = {
        "Friends": [snap("lena.s", "Lena"), snap("sky.w", "Sky"), snap("jay_model_scout", "Jay")],
        "Blocked Users": [snap("sky.w", "Sky")],
    }
    window.fg.ledger.import_export(ella, [write_zip(tmp_path / "old.zip", {"json/friends.json": before})])
    wizard = open_wizard(qtbot, window, ella, [write_zip(tmp_path / "new.zip", {"json/friends.json": after})])
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW_PAGE, timeout=10_000)
    page = wizard.preview_page
    shown = [
        [page.people.index(row, column).data() for column in range(3)]
        for row in range(page.people.rowCount())
    ]
    assert shown == [
        ["Added", "Jay (@jay_model_scout)", "friends"],
        ["No longer on the lists", "Tom (@tom.b)", "friends"],
        ["Renamed", "Lena (@lena.s) — was Lena S", "friends"],
        ["Moved between lists", "Sky (@sky.w)", "blocked, friends"],
    ]
    assert page.people_title.text() == "&Who: 4 people" and page.people_view.isVisibleTo(wizard)
    assert not page.people_view.tabKeyNavigation()  # Tab goes on to the Import button
    assert "jay_model_scout" not in {c.handle for c, _ in window.fg.ledger.listed(ella, removed=True)}


def test_a_rename_from_nothing_says_what_the_person_was_known_by(qtbot: QtBot) -> None:
    at = datetime(2026, 11, 1, tzinfo=UTC)
    sky = LedgerContact(1, 1, "", "sky", "200", frozenset({"friends"}), "unknown", "new", None, at, at)
    x_person = LedgerContact(
        2, 1, "", None, "987654321", frozenset({"followers"}), "unknown", "new", None, at, at
    )
    plan = ImportPlan(
        updated=[
            (sky, replace(sky, display_name="Sky W")),
            (x_person, replace(x_person, handle="new_handle")),
        ]
    )
    model = ChangedPeopleModel()
    model.reset(people_changed(plan))
    assert [model.index(row, 1).data() for row in range(2)] == [
        "Sky W (@sky) — was @sky",
        "@new_handle — was id 987654321",
    ]


def test_one_person_changing_is_one_person(
    qtbot: QtBot, window: MainWindow, ella: Child, tmp_path: Path
) -> None:
    window.fg.ledger.import_export(ella, [write_zip(tmp_path / "old.zip", instagram_2024(["amy"], []))])
    wizard = open_wizard(
        qtbot, window, ella, [write_zip(tmp_path / "new.zip", instagram_2024(["amy", "bob"], []))]
    )
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW_PAGE, timeout=10_000)
    assert wizard.preview_page.people_title.text() == "&Who: 1 person"
