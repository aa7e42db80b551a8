"""A parent who never touches the mouse: the main flows by keyboard, every control reachable and named."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from modal import when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from familyguard.app import FamilyGuard
from familyguard.gui.dialogs import AppUseDialog, ChildDialog
from familyguard.gui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _focused() -> QWidget:
    """The widget keys go to: in an open dialog, the dialog's focused control."""
    modal = QApplication.activeModalWidget()
    widget = modal.focusWidget() if modal is not None else QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _type(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(_focused(), text)


def _key(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focused(), key, modifiers)


def _drive(qtbot: QtBot, kind: type, act: Callable[[Any], None]) -> list[QWidget]:
    """Act on the next dialog of that kind once it has the keyboard; a failure closes it and is raised."""
    failures: list[BaseException] = []

    def guarded(dialog: QWidget) -> None:
        try:
            dialog.activateWindow()
            qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
            act(dialog)
        except BaseException as exc:
            failures.append(exc)
            dialog.close()

    seen = when_modal(kind, guarded)
    seen_failures.append(failures)
    return seen


seen_failures: list[list[BaseException]] = []


@pytest.fixture(autouse=True)
def _raise_dialog_failures() -> Iterator[None]:
    seen_failures.clear()
    yield
    for failures in seen_failures:
        if failures:
            raise failures[0]


def test_a_child_and_an_app_are_added_with_the_keyboard_alone(qtbot: QtBot, window: MainWindow) -> None:
    def fill_child(dialog: Any) -> None:
        assert _focused() is dialog.name
        _type(qtbot, "Noah")
        _key(qtbot, Qt.Key.Key_Tab)
        assert _focused() is dialog.born
        _type(qtbot, "20150304")
        _key(qtbot, Qt.Key.Key_Return)

    seen = _drive(qtbot, ChildDialog, fill_child)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=15000)
    child = window.current_child()
    assert child is not None
    assert (child.name, child.born) == ("Noah", date(2015, 3, 4))

    def fill_app(dialog: Any) -> None:
        assert _focused() is dialog.app
        _type(qtbot, "Snapchat")
        _key(qtbot, Qt.Key.Key_Return)
        if dialog.isVisible():  # the first Return may only close the name completer
            _key(qtbot, Qt.Key.Key_Return)

    seen = _drive(qtbot, AppUseDialog, fill_app)
    window.activateWindow()  # as the desktop does when a dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=15000)
    assert [window.apps_model.index(r, 0).data() for r in range(window.apps_model.rowCount())] == ["Snapchat"]


def test_every_page_has_a_shortcut_listed_in_its_tab_tooltip(qtbot: QtBot, window: MainWindow) -> None:
    tabs = window.pages.findChild(QTabBar)
    for index in range(window.pages.count()):
        tip = window.pages.tabToolTip(index)
        assert "Ctrl+" in tip or "Alt+" in tip, f"tab {tabs.tabText(index)!r} names no shortcut"
        window.pages.setCurrentIndex((index + 1) % window.pages.count())
        shortcut = tip[tip.rindex("(") + 1 : -1].split(", ")[0]
        actions = [a for a in window.actions() if a.shortcut().toString() == shortcut]
        assert actions, f"no action has the shortcut {shortcut} named by {tabs.tabText(index)!r}"
        actions[0].trigger()
        assert window.pages.currentIndex() == index, tabs.tabText(index)


def _reachable(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and not isinstance(widget, QTabBar)
        and widget.focusProxy() is None
        and widget.window() is not None
    )


def _controls(page: QWidget) -> list[QWidget]:
    return [w for w in page.findChildren(QWidget) if _reachable(w) and w.window() is page.window()]


def test_tab_reaches_every_control_of_each_page_and_each_has_a_name(
    qtbot: QtBot, ella_window: MainWindow
) -> None:
    window = ella_window
    for page_index in range(window.pages.count()):
        window.pages.setCurrentIndex(page_index)
        page = window.pages.currentWidget()
        title = window.pages.tabText(page_index)
        qtbot.waitUntil(lambda page=page: bool(_controls(page)))
        wanted = _controls(page)
        wanted[0].setFocus(Qt.FocusReason.TabFocusReason)
        reached: set[int] = set()
        for _ in range(3 * len(wanted) + 10):
            reached.add(id(_focused()))
            _key(qtbot, Qt.Key.Key_Tab)
        missed = [_describe(w) for w in wanted if id(w) not in reached]
        assert not missed, f"Tab never reaches these on the {title!r} page: {missed}"
        unnamed = [
            _describe(w)
            for w in wanted
            if not w.accessibleName()
            and not (isinstance(w, (QAbstractButton, QLabel)) and w.text())
            and not _buddied(w)
        ]
        assert not unnamed, f"controls without an accessible name on the {title!r} page: {unnamed}"


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
    return f"{type(widget).__name__} {widget.accessibleName() or text[:40]!r}"


def _buddied(widget: QWidget) -> bool:
    """A label with a mnemonic names this control (QLabel.setBuddy, as in form layouts)."""
    return any(label.buddy() is widget for label in widget.window().findChildren(QLabel))


def test_escape_closes_a_dialog_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, fg: FamilyGuard
) -> None:
    seen = _drive(qtbot, ChildDialog, lambda dialog: _key(qtbot, Qt.Key.Key_Escape))
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=15000)
    assert seen[0].result() == QDialog.DialogCode.Rejected
    assert fg.household.children.all() == []
