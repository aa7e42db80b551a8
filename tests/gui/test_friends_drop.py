"""Dropping an app's data download onto the Friends page or the Children page opens the import wizard."""

from __future__ import annotations

from pathlib import Path

import pytest
from friends_window import ella_with_lists, friends_window
from importer_fixtures import instagram_2024, write_folder, write_zip
from modal import when_modal
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from familyguard.app import FamilyGuard
from familyguard.gui.import_wizard import FILES_PAGE, ImportWizard
from familyguard.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, fg: FamilyGuard, tmp_path: Path) -> MainWindow:
    ella_with_lists(fg, tmp_path, ["amy"], [])
    return friends_window(qtbot, fg)


def mime(urls: list[QUrl], text: str = "") -> QMimeData:
    data = QMimeData()
    if urls:
        data.setUrls(urls)
    if text:
        data.setText(text)
    return data


COPY, LEFT, NO_KEYS = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def drag_enter(page: QWidget, data: QMimeData) -> bool:
    """Drag over the page as a file manager would; True when the page takes the drop."""
    return taken(page, QDragEnterEvent(page.rect().center(), COPY, data, LEFT, NO_KEYS))


def drop(page: QWidget, data: QMimeData) -> bool:
    return taken(page, QDropEvent(QPointF(page.rect().center()), COPY, data, LEFT, NO_KEYS))


def taken(page: QWidget, event: QDropEvent) -> bool:
    """Send the event to the page; True when the page accepted it."""
    QApplication.sendEvent(page, event)
    return event.isAccepted()


def test_a_dropped_zip_and_folder_open_the_wizard_on_its_files_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = window.friends.page
    export = write_zip(tmp_path / "instagram-ella.zip", instagram_2024(["amy", "newbie"], []))
    folder = write_folder(tmp_path / "snapchat-ella", {"json/friends.json": {"Friends": []}})
    data = mime([QUrl.fromLocalFile(str(export)), QUrl.fromLocalFile(str(folder))])
    assert page.acceptDrops()
    assert drag_enter(page, data)
    opened: list[tuple[str, int, list[Path]]] = []

    def look(widget: QWidget) -> None:
        try:
            assert isinstance(widget, ImportWizard)
            opened.append((widget.windowTitle(), widget.currentId(), widget.files_page.chosen()))
        finally:
            widget.close()  # never left open, so a failure cannot hang the test

    when_modal(ImportWizard, look)
    assert drop(page, data)
    assert len(opened) == 1
    title, page_id, paths = opened[0]
    assert "Ella" in title and page_id == FILES_PAGE and paths == [export, folder]
    assert window.friends.wizard is None  # closed again, nothing imported
    ella = window.fg.household.find_child("Ella")
    assert [c.handle for c, _ in window.fg.ledger.listed(ella, "instagram")] == ["amy"]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(lambda: mime([QUrl("https://example.org/export.zip")]), id="a web link"),
        pytest.param(lambda: mime([], text="some dragged text"), id="text"),
    ],
)
def test_something_that_is_not_a_file_is_refused(qtbot: QtBot, window: MainWindow, data: object) -> None:
    page = window.friends.page
    dragged = data()  # type: ignore[operator]
    opened: list[QWidget] = []

    def close_any() -> None:  # runs inside a wizard's exec() if one wrongly opens
        modal = QApplication.activeModalWidget()
        if modal is not None:
            opened.append(modal)
            modal.close()

    QTimer.singleShot(0, close_any)
    assert not drag_enter(page, dragged)
    assert not drop(page, dragged)  # Qt delivers a drop only where the drag's enter was taken
    qtbot.wait(50)
    assert opened == [] and window.friends.wizard is None


def test_a_download_dropped_on_the_childs_apps_page_opens_the_wizard_for_that_child(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.show_children_page()
    page = window.children_page
    export = write_zip(tmp_path / "instagram-ella.zip", instagram_2024(["amy", "newbie"], []))
    data = mime([QUrl.fromLocalFile(str(export))])
    assert drag_enter(page, data)
    opened: list[tuple[str, list[Path]]] = []

    def look(widget: QWidget) -> None:
        try:
            assert isinstance(widget, ImportWizard)
            opened.append((widget.windowTitle(), widget.files_page.chosen()))
        finally:
            widget.close()

    when_modal(ImportWizard, look)
    assert drop(page, data)
    assert len(opened) == 1 and "Ella" in opened[0][0] and opened[0][1] == [export]
    assert window.pages.currentWidget() is window.friends.page  # where the list will show
