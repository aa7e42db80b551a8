"""The main window: a light first frame at once, then the pages (built after the window has painted).

Only the frame is made when the window is created, so the parent sees FamilyGuard at once; `build()`
adds the menus, actions and the Children page, and `attach()` the pages that need the household.
`Qt` and the action classes are reached through `QtCore` and `QtGui` where they are used: PySide6
takes about 50 ms to build them, which the first frame does not need.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui
from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from familyguard.gui.errors import show_errors
from familyguard.gui.sizing import fit_to_screen

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QKeySequence

    from familyguard.app import FamilyGuard
    from familyguard.domain import AppUse, Child, Clock
    from familyguard.gui.catalogue_page import CataloguePage
    from familyguard.gui.children_page import ChildrenPage
    from familyguard.gui.friends_faces import FriendsFaces
    from familyguard.gui.home_page import HomePage
    from familyguard.gui.locking import WindowLock
    from familyguard.gui.settings_page import SettingsPage
    from familyguard.gui.talks_page import TalksPage
    from familyguard.talks.service import Talks


class MainWindow(QMainWindow):
    """The parent's window onto the household. `talks_edited`: a talk plan changed here (reschedule)."""

    talks_edited = Signal()

    def __init__(self, clock: Clock) -> None:
        super().__init__()
        self.fg: FamilyGuard
        self.clock = clock
        self.locker: WindowLock | None = None  # the parent lock, set by the session (Settings embeds it)
        self.keep_running_in_tray = False
        self.built = False
        self.children_page: ChildrenPage
        self.catalogue_page: CataloguePage
        self.talks_page: TalksPage
        self.home_page: HomePage
        self.friends: FriendsFaces
        self.settings_page: SettingsPage
        self.setWindowTitle("FamilyGuard")
        self.pages = QTabWidget()
        self.pages.setAccessibleName(self.tr("Pages"))
        self.pages.setDocumentMode(True)
        opening = QLabel(self.tr("Opening your family's data…"))
        font = opening.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)  # as the headings, before the stylesheet is read
        opening.setFont(font)
        opening.setMargin(24)
        self.setCentralWidget(opening)
        if not self.restoreGeometry(QSettings().value("main/geometry", b"")):
            fit_to_screen(self, 1200, 760)

    def build(self) -> None:
        """The menus, the actions and the Children page (once; attach() builds them if not yet done)."""
        if self.built:
            return
        from familyguard.gui.children_page import ChildrenPage
        from familyguard.gui.main_menus import build_menus
        from familyguard.gui.wizard import privacy_promise

        self.built = True
        self._build_actions()
        page = self.children_page = ChildrenPage(
            self.clock,
            self.add_child_action,
            (self.add_app_action, self.edit_app_action, self.remove_app_action),
        )
        self.children_model, self.apps_model = page.children_model, page.apps_model
        self.children_view, self.apps_view = page.children_view, page.apps_view
        self.heading, self.child_risk = page.heading, page.child_risk
        page.child_shown.connect(self._child_shown)
        self.pages.addTab(page, self.tr("&Children"))
        self.pages.setTabToolTip(0, self.tr("Your children and their apps (Ctrl+1)"))
        self.setCentralWidget(self.pages)
        build_menus(self)
        self.statusBar().showMessage(privacy_promise())
        self.heading.setText(self.tr("Opening your family's data…"))
        for action in self.actions():
            action.setEnabled(action in (self.close_action, self.quit_action))

    def attach(self, fg: FamilyGuard, talks: Talks | None = None) -> None:
        """Show the household once it is open (the window paints before the key is fetched)."""
        from familyguard.talks.service import talks_for
        from familyguard.talks.suggestions import suggestions_for

        self.build()
        self.fg = fg
        self.children_page.attach(fg)
        self._build_pages()
        self.catalogue_page.attach(fg)
        self.talks = talks or talks_for(fg)
        self.talks_page.attach(self.talks, suggestions_for(fg, self.talks))
        self.home_page.attach(fg, self.talks)
        for action in (
            self.add_child_action,
            self.family_page_action,
            self.children_page_action,
            self.catalogue_action,
            self.find_action,
            self.talks_page_action,
            self.settings_action,
        ):
            action.setEnabled(True)
        self.friends.attach(fg)
        self.pages.currentChanged.connect(show_errors(self, self._page_changed))
        self._say_if_demo(fg)
        self.refresh()
        self._page_changed()

    def _say_if_demo(self, fg: FamilyGuard) -> None:
        """A demo household says so in the title and the status bar, so nobody takes it for real."""
        from familyguard.demo import DEMO_MARK

        if fg.preferences.get(DEMO_MARK):
            self.setWindowTitle(self.tr("FamilyGuard — demo family"))
            self.statusBar().showMessage(
                self.tr(
                    "This is a made-up demo family, to look around. Your own family's data is always "
                    "kept apart from it."
                )
            )

    def _action(self, text: str, shortcut: QKeySequence | str, slot: Callable[[], None]) -> QAction:
        action = QtGui.QAction(text, self)
        action.setShortcut(QtGui.QKeySequence(shortcut))
        action.triggered.connect(show_errors(self, slot))
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.add_child_action = self._action(
            self.tr("Add &child…"), QtGui.QKeySequence.StandardKey.New, lambda: self.children_page.add_child()
        )
        self.edit_child_action = self._action(
            self.tr("&Edit child…"), "Ctrl+E", lambda: self.children_page.edit_child()
        )
        self.remove_child_action = self._action(
            self.tr("&Remove child…"), "Ctrl+Shift+Del", lambda: self.children_page.remove_child()
        )
        self.add_app_action = self._action(
            self.tr("Add &app…"), "Ctrl+Shift+N", lambda: self.children_page.add_app()
        )
        self.edit_app_action = self._action(
            self.tr("Edit a&pp…"), "F2", lambda: self.children_page.edit_app()
        )
        self.remove_app_action = self._action(
            self.tr("Remo&ve app…"),
            QtGui.QKeySequence.StandardKey.Delete,
            lambda: self.children_page.remove_app(),
        )
        self.close_action = self._action(
            self.tr("&Close window"), QtGui.QKeySequence.StandardKey.Close, self.close
        )
        self.quit_action = self._action(self.tr("&Quit"), QtGui.QKeySequence.StandardKey.Quit, self.quit)
        self.family_page_action = self._action(self.tr("&Family"), "Alt+Home", self.show_family_page)
        self.children_page_action = self._action(self.tr("C&hildren"), "Ctrl+1", self.show_children_page)
        self.catalogue_action = self._action(self.tr("App &catalogue"), "Ctrl+2", self.show_catalogue)
        self.find_action = self._action(
            self.tr("&Find an app…"), QtGui.QKeySequence.StandardKey.Find, self.find_app
        )
        self.talks_page_action = self._action(self.tr("&Talks"), "Ctrl+3", self.show_talks_page)
        self.plan_talk_action = self._action(self.tr("&Plan a talk…"), "Ctrl+T", self.plan_talk)
        self.settings_action = self._action(self.tr("&Settings…"), "Ctrl+,", self.show_settings)

    def _build_pages(self) -> None:
        """The pages that need the household, built once it is open (after the window first painted)."""
        from familyguard.gui.catalogue_page import CataloguePage
        from familyguard.gui.friends_faces import FriendsFaces
        from familyguard.gui.home_page import HomePage
        from familyguard.gui.home_targets import go_to
        from familyguard.gui.settings_page import SettingsPage
        from familyguard.gui.talks_page import TalksPage

        self.home_page = HomePage()
        self.pages.insertTab(0, self.home_page, self.tr("Fa&mily"))
        self.pages.setTabToolTip(
            0, self.tr("What needs your attention, and each child at a glance (Alt+Home)")
        )
        self.pages.setCurrentIndex(0)
        self.home_page.open_target.connect(lambda target: go_to(self, target))
        self.home_page.child_chosen.connect(self.show_child_page)
        self.catalogue_page = CataloguePage()
        self.catalogue_page.corrected.connect(lambda: self.refresh())
        self.talks_page = TalksPage()
        self.talks_page.changed.connect(self.home_page.mark_stale)
        self.home_page.changed.connect(self.talks_page.refresh)
        self.talks_page.changed.connect(self.talks_edited)
        self.home_page.changed.connect(self.talks_edited)
        catalogue = self.pages.addTab(self.catalogue_page, self.tr("App ca&talogue"))
        talks = self.pages.addTab(self.talks_page, self.tr("Tal&ks"))
        self.pages.setTabToolTip(talks, self.tr("Talks with the chosen child (Ctrl+3, plan one with Ctrl+T)"))
        self.pages.setTabToolTip(
            catalogue, self.tr("What each app lets strangers do (Ctrl+2, search with Ctrl+F)")
        )
        self.talks_page.fill_menu(self.menuBar().addMenu(self.tr("Ta&lks")), self.plan_talk_action)
        self.friends = FriendsFaces(self)
        self.settings_page = SettingsPage(self.fg)
        settings = self.pages.addTab(self.settings_page, self.tr("&Settings"))
        self.pages.setTabToolTip(settings, self.tr("Reminders, start at login, backups (Ctrl+,)"))

    def _page_changed(self, *_args: object) -> None:
        if self.pages.currentWidget() is self.catalogue_page:
            self.catalogue_page.ensure_loaded()
        elif self.pages.currentWidget() is self.home_page:
            self.home_page.ensure_loaded()
        self.friends.page_changed()

    def show_family_page(self) -> None:
        """Alt+Home: the Family page, what needs attention first."""
        self.pages.setCurrentWidget(self.home_page)

    def show_child_page(self, child_id: int) -> None:
        """Choose the child and show their apps on the Children page (from a card on the Family page)."""
        self.refresh(select_child=child_id)
        self.show_children_page()

    def show_children_page(self) -> None:
        self.pages.setCurrentWidget(self.children_page)
        self.apps_view.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def show_catalogue(self) -> None:
        self.pages.setCurrentWidget(self.catalogue_page)
        self.catalogue_page.show_list()

    def show_talks_page(self) -> None:
        self.pages.setCurrentWidget(self.talks_page)
        self.talks_page.plans_view.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def show_settings(self) -> None:
        """Ctrl+,: the Settings page."""
        self.pages.setCurrentWidget(self.settings_page)

    def show_talks_of(self, child_id: int) -> None:
        """Choose the child and show their talks (from the Family page)."""
        self.refresh(select_child=child_id)
        self.show_talks_page()

    def plan_talk(self) -> None:
        """Ctrl+T: plan a talk with the chosen child, on the Talks page."""
        self.show_talks_page()
        self.talks_page.plan_talk()

    def refresh_talks(self) -> None:
        """Reload what the talks faces show (after a reminder was answered or checked)."""
        self.talks_page.refresh()
        self.home_page.refresh()

    def find_app(self) -> None:
        """Ctrl+F: go to the catalogue and put the cursor in its search box."""
        self.pages.setCurrentWidget(self.catalogue_page)
        self.catalogue_page.focus_search()

    def refresh(self, select_child: int | None = None) -> None:
        """Reload everything from the database, keeping (or moving) the chosen child."""
        self.children_page.refresh(select_child)
        self.home_page.mark_stale()

    def current_child(self) -> Child | None:
        return self.children_page.current_child()

    def current_app(self) -> AppUse | None:
        return self.children_page.current_app()

    def _child_shown(self, child: Child | None) -> None:
        """The other faces follow the chosen child; the child and app actions follow what there is."""
        self.talks_page.show_child(child)
        self.friends.show_child(child)
        for action in (self.edit_child_action, self.remove_child_action, self.add_app_action):
            action.setEnabled(child is not None)
        self.plan_talk_action.setEnabled(child is not None)
        for action in (self.edit_app_action, self.remove_app_action):
            action.setEnabled(bool(self.apps_model.rowCount()))

    def bring_to_front(self) -> None:
        """Show the window above the others (second launch, tray "Open")."""
        self.show()
        self.setWindowState(self.windowState() & ~QtCore.Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()

    def quit(self) -> None:
        self.keep_running_in_tray = False
        self.close()
        from PySide6.QtWidgets import QApplication

        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("main/geometry", self.saveGeometry())
        if self.keep_running_in_tray:
            self.hide()
            event.ignore()
            return
        event.accept()
