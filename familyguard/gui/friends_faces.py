"""The friend-list faces of the main window: the Friends and Warning signs tabs, import (Ctrl+I).

Kept out of main_window.py: the window creates `FriendsFaces(window)` after its layout, calls
`attach(fg)`, `show_child(child)` and `page_changed()`; everything else is wired here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from familyguard.domain import Child
from familyguard.gui.file_drops import FileDrops
from familyguard.gui.friends_page import FriendsPage
from familyguard.gui.import_wizard import ImportWizard
from familyguard.gui.signals_page import SignalsPage

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard
    from familyguard.gui.main_window import MainWindow


class FriendsFaces:
    """Adds the Friends and Warning signs pages, their menu and shortcuts to the main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.fg: FamilyGuard | None = None
        self.wizard: ImportWizard | None = None
        self.page = FriendsPage()
        self.signals_page = SignalsPage()
        self.import_action = window._action(self.tr("&Import a friend list…"), "Ctrl+I", self.import_friends)
        self.friends_action = window._action(self.tr("&Friends"), "Ctrl+4", self.show_friends)
        self.new_action = window._action(self.tr("&New contacts to review"), "Ctrl+Shift+R", self.show_new)
        self.signals_action = window._action(self.tr("&Warning signs"), "Ctrl+5", self.show_signals)
        menu = window.menuBar().addMenu(self.tr("F&riends"))
        for action in (self.friends_action, self.new_action, self.signals_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.import_action)
        pages = window.pages
        friends = pages.addTab(self.page, self.tr("&Friends"))
        pages.setTabToolTip(
            friends, self.tr("Who the chosen child is connected with (Ctrl+4, import with Ctrl+I)")
        )
        signals = pages.addTab(self.signals_page, self.tr("&Warning signs"))
        pages.setTabToolTip(signals, self.tr("Warning signs across the family's contacts (Ctrl+5)"))
        self.page.import_requested.connect(self.import_friends)
        FileDrops(window.children_page, lambda: window.current_child() is not None, self.import_friends)
        self.page.child_chosen.connect(lambda child_id: window.refresh(select_child=child_id))
        self.page.changed.connect(self.signals_page.mark_stale)
        self.page.app_added.connect(lambda: window.refresh())

    def tr(self, text: str) -> str:
        """Translate in the context "FriendsFaces" (this is no QObject; like Q_DECLARE_TR_FUNCTIONS)."""
        return QCoreApplication.translate("FriendsFaces", text)

    def actions(self) -> list:  # type: ignore[type-arg]
        return [self.import_action, self.friends_action, self.new_action, self.signals_action]

    def attach(self, fg: FamilyGuard) -> None:
        self.fg = fg
        self.page.attach(fg)
        self.signals_page.attach(fg)
        for action in self.actions():
            action.setEnabled(True)

    def show_child(self, child: Child | None) -> None:
        children = self.fg.household.children.all() if self.fg is not None else []
        self.page.show_child(child, children)
        self.import_action.setEnabled(child is not None)
        self.signals_page.mark_stale()

    def page_changed(self) -> None:
        current = self.window.pages.currentWidget()
        if current is self.page:
            self.page.ensure_loaded()
        elif current is self.signals_page:
            self.signals_page.ensure_loaded()

    def show_friends(self) -> None:
        self.window.pages.setCurrentWidget(self.page)
        self.page.ensure_loaded()
        self.page.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_new(self) -> None:
        self.show_friends()
        self.page.show_new_only()

    def show_signals(self) -> None:
        self.window.pages.setCurrentWidget(self.signals_page)
        self.signals_page.ensure_loaded()
        self.signals_page.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def import_friends(self, paths: Sequence[Path] = ()) -> None:
        """Ctrl+I: the import wizard for the chosen child, on the Friends page."""
        child = self.window.current_child()
        if self.fg is None:
            return
        if child is None:
            QMessageBox.information(
                self.window,
                "FamilyGuard",
                self.tr("Add a child first (Ctrl+N), then import their list."),
            )
            return
        self.show_friends()
        self.wizard = ImportWizard(self.window, self.fg, child, paths)
        self.wizard.imported.connect(lambda _result: self._imported())
        self.wizard.exec()
        self.wizard.deleteLater()
        self.wizard = None

    def _imported(self) -> None:
        self.page.reload_in_background()  # first: the window's refresh then leaves the page to it
        self.window.refresh()  # the app may have been added to the child
        self.signals_page.mark_stale()
