"""The main window's menu bar: the Household, Apps and Go menus over the window's actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from familyguard.gui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """Put the window's actions (made by `MainWindow._build_actions`) into its menu bar."""
    household = window.household_menu = window.menuBar().addMenu(
        QCoreApplication.translate("MainWindow", "&Household")
    )
    for action in (window.add_child_action, window.edit_child_action, window.remove_child_action):
        household.addAction(action)
    household.addSeparator()
    household.addAction(window.settings_action)
    household.addSeparator()
    household.addAction(window.close_action)
    household.addAction(window.quit_action)
    apps = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Apps"))
    for action in (window.add_app_action, window.edit_app_action, window.remove_app_action):
        apps.addAction(action)
    apps.addSeparator()
    apps.addAction(window.find_action)
    view = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Go"))
    for action in (
        window.family_page_action,
        window.children_page_action,
        window.catalogue_action,
        window.talks_page_action,
    ):
        view.addAction(action)
