"""Ella with an Instagram and a Snapchat list imported, and the main window open on her Friends page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from importer_fixtures import instagram_2024, snapchat_friends, write_zip
from pytestqt.qtbot import QtBot

from familyguard.app import FamilyGuard
from familyguard.domain import Child
from familyguard.gui.main_window import MainWindow


def ella_with_lists(fg: FamilyGuard, folder: Path, followers: list[str], following: list[str]) -> Child:
    """Add Ella (born 2012) and import her Instagram (followers, following) and Snapchat friends."""
    ella = fg.household.add_child("Ella", date(2012, 5, 5))
    fg.ledger.import_export(ella, [write_zip(folder / "ig.zip", instagram_2024(followers, following))])
    fg.ledger.import_export(ella, [write_zip(folder / "snap.zip", {"json/friends.json": snapchat_friends()})])
    return ella


def friends_window(qtbot: QtBot, fg: FamilyGuard) -> MainWindow:
    """The main window, shown and attached, on the Friends page (Ctrl+4)."""
    window = MainWindow(fg.clock)
    qtbot.addWidget(window)
    window.show()
    window.attach(fg)
    window.friends.show_friends()
    return window
