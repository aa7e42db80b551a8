"""GUI fixtures: the real main window, offscreen, on the test household."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from familyguard.app import FamilyGuard
from familyguard.gui.main_window import MainWindow


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
