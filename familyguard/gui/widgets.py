"""Building blocks the pages share: read-only tables, page actions and the buttons showing them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView, QWidget

from familyguard.gui.errors import show_errors


def table(model: QAbstractTableModel, name: str, stretch: int) -> QTableView:
    """A table of whole rows, one chosen at a time, its column `stretch` taking the spare width."""
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def page_action(page: QWidget, text: str, shortcut: str, slot: Callable[[], None]) -> QAction:
    """An action of `page` whose shortcut works while the focus is on the page; errors are shown."""
    action = QAction(text, page)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(show_errors(page, slot))
    page.addAction(action)
    return action


def action_button(action: QAction, name: str) -> QPushButton:
    """A button triggering `action`, following its text and enabled state, its shortcut in the tooltip."""
    button = QPushButton(action.text())
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    button.setToolTip(f"{action.text().replace('&', '')} ({shortcut})" if shortcut else "")
    button.setAccessibleName(name)
    button.clicked.connect(action.trigger)
    action.enabledChanged.connect(button.setEnabled)
    action.changed.connect(lambda: button.setText(action.text()))
    return button
