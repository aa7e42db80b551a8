"""GUI fixtures: the real main window, offscreen, on the test household."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from familyguard.app import FamilyGuard
from familyguard.gui.main_window import MainWindow
from familyguard.gui.session import Session
from familyguard.gui.single_instance import server_name


@pytest.fixture(autouse=True)
def windows_deleted(qapp: QApplication) -> Iterator[None]:
    """Delete the windows a test opened once it is over (its other fixtures are torn down first).

    Closed windows live on otherwise: 400 of them by the end of the run made every change of the
    style re-polish 11,000 widgets, so that later tests ran slower than earlier ones.
    """
    before = set(QApplication.topLevelWidgets())
    yield
    for widget in QApplication.topLevelWidgets():
        if widget not in before:
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(qtbot: QtBot, fg: FamilyGuard) -> Iterator[MainWindow]:
    """The main window, shown, exposed and attached to the household."""
    win = MainWindow(fg.clock)
    qtbot.addWidget(win)
    win.show()
    win.attach(fg)
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win


@pytest.fixture
def ella_window(window: MainWindow, fg: FamilyGuard) -> MainWindow:
    """The main window with one child, Ella (14), and her Snapchat, chosen."""
    ella = fg.household.add_child("Ella", date(2012, 5, 5))
    fg.household.add_app(ella, "snapchat", "ella.sky", {})
    window.refresh(select_child=ella.id)
    return window


@pytest.fixture
def session(qapp: QApplication, tmp_path: Path) -> Iterator[Session]:
    """A running app's session for tmp_path/household (nothing is written before it starts)."""
    folder = tmp_path / "household"
    running = Session(qapp, folder, server_name(folder) + "-test", None, stop=lambda code: None)
    yield running
    running.close()
    if running.window:
        running.window.keep_running_in_tray = False
        running.window.close()
