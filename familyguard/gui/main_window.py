"""The main window: the Children page (sidebar, apps by risk, what to do next) and the App catalogue."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from familyguard.domain import AppUse, Child, Clock
from familyguard.gui.dialogs import AppUseDialog, ChildDialog
from familyguard.gui.errors import show_errors
from familyguard.gui.main_menus import build_menus
from familyguard.gui.models import RISK_COLUMN, ROLE_ITEM, AppUsesModel, ChildrenModel
from familyguard.gui.wizard import PRIVACY_PROMISE

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard
    from familyguard.gui.attention import AttentionPanel
    from familyguard.gui.catalogue_page import CataloguePage
    from familyguard.gui.child_risk import ChildRiskView
    from familyguard.gui.friends_faces import FriendsFaces
    from familyguard.gui.talks_page import TalksPage
    from familyguard.talks.service import Talks


class MainWindow(QMainWindow):
    """The parent's window onto the household. `talks_edited`: a talk plan changed here (reschedule)."""

    talks_edited = Signal()

    def __init__(self, clock: Clock) -> None:
        super().__init__()
        self.fg: FamilyGuard
        self.keep_running_in_tray = False
        self.setWindowTitle("FamilyGuard")
        self.children_model = ChildrenModel(clock.today())
        self.apps_model = AppUsesModel()
        self.children_view = QListView()
        self.children_view.setModel(self.children_model)
        self.children_view.setAccessibleName(self.tr("Children"))
        self.children_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.children_view.selectionModel().currentChanged.connect(self._child_changed)
        self.children_view.doubleClicked.connect(self.edit_child)
        self.apps_view = QTableView()
        self.apps_view.setModel(self.apps_model)
        self.apps_view.setAccessibleName(self.tr("Apps of the chosen child"))
        self.apps_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.apps_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.apps_view.verticalHeader().hide()
        self.apps_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.apps_view.horizontalHeader().setStretchLastSection(True)
        self.apps_view.horizontalHeader().moveSection(RISK_COLUMN, 1)
        self.apps_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.apps_view.horizontalHeader().setStretchLastSection(False)
        self.apps_view.setWordWrap(False)
        self.apps_view.doubleClicked.connect(self.edit_app)
        self.apps_view.selectionModel().currentRowChanged.connect(self._app_changed)
        self.child_risk: ChildRiskView
        self.catalogue_page: CataloguePage
        self.talks_page: TalksPage
        self.attention: AttentionPanel
        self.friends: FriendsFaces
        self.pages = QTabWidget()
        self.pages.setAccessibleName(self.tr("Pages"))
        self.pages.setDocumentMode(True)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self._build_actions()
        self._build_layout()
        self.statusBar().showMessage(self.tr(PRIVACY_PROMISE))
        self.restoreGeometry(QSettings().value("main/geometry", b""))
        self.heading.setText(self.tr("Opening your family's data…"))
        for action in self.actions():
            action.setEnabled(action in (self.close_action, self.quit_action))

    def attach(self, fg: FamilyGuard, talks: Talks | None = None) -> None:
        """Show the household once it is open (the window paints before the key is fetched)."""
        from familyguard.talks.service import talks_for
        from familyguard.talks.suggestions import suggestions_for

        self.fg = fg
        self._build_pages()
        self.catalogue_page.attach(fg)
        self.talks = talks or talks_for(fg)
        self.talks_page.attach(self.talks, suggestions_for(fg, self.talks))
        self.attention.attach(self.talks)
        for action in (
            self.add_child_action,
            self.children_page_action,
            self.catalogue_action,
            self.find_action,
            self.talks_page_action,
        ):
            action.setEnabled(True)
        self.friends.attach(fg)
        self.pages.currentChanged.connect(show_errors(self, self._page_changed))
        self.refresh()
        self._page_changed()

    def _action(self, text: str, shortcut: QKeySequence | str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(show_errors(self, slot))
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.add_child_action = self._action(
            self.tr("Add &child…"), QKeySequence.StandardKey.New, self.add_child
        )
        self.edit_child_action = self._action(self.tr("&Edit child…"), "Ctrl+E", self.edit_child)
        self.remove_child_action = self._action(
            self.tr("&Remove child…"), "Ctrl+Shift+Del", self.remove_child
        )
        self.add_app_action = self._action(self.tr("Add &app…"), "Ctrl+Shift+N", self.add_app)
        self.edit_app_action = self._action(self.tr("Edit a&pp…"), "F2", self.edit_app)
        self.remove_app_action = self._action(
            self.tr("Remo&ve app…"), QKeySequence.StandardKey.Delete, self.remove_app
        )
        self.close_action = self._action(self.tr("&Close window"), QKeySequence.StandardKey.Close, self.close)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.quit)
        self.children_page_action = self._action(self.tr("C&hildren"), "Ctrl+1", self.show_children_page)
        self.catalogue_action = self._action(self.tr("App &catalogue"), "Ctrl+2", self.show_catalogue)
        self.find_action = self._action(
            self.tr("&Find an app…"), QKeySequence.StandardKey.Find, self.find_app
        )
        self.talks_page_action = self._action(self.tr("&Talks"), "Ctrl+3", self.show_talks_page)
        self.plan_talk_action = self._action(self.tr("&Plan a talk…"), "Ctrl+T", self.plan_talk)
        build_menus(self)

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text().replace("…", ""))
        button.setToolTip(
            f"{action.text()} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        button.clicked.connect(action.trigger)
        return button

    def _build_layout(self) -> None:
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.addWidget(QLabel(self.tr("Children")))
        left_box.addWidget(self.children_view)
        left_box.addWidget(self._button(self.add_child_action))
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.addWidget(self.heading)
        table = QWidget()
        table_box = QVBoxLayout(table)
        table_box.setContentsMargins(0, 0, 0, 0)
        table_box.addWidget(self.apps_view)
        buttons = QHBoxLayout()
        for action in (self.add_app_action, self.edit_app_action, self.remove_app_action):
            buttons.addWidget(self._button(action))
        buttons.addStretch(1)
        table_box.addLayout(buttons)
        stacked = QSplitter(Qt.Orientation.Vertical)
        stacked.addWidget(table)
        risk_box = QWidget()
        self._risk_slot = QVBoxLayout(risk_box)
        self._risk_slot.setContentsMargins(0, 0, 0, 0)
        stacked.addWidget(risk_box)
        stacked.setStretchFactor(0, 2)
        stacked.setStretchFactor(1, 3)
        right_box.addWidget(stacked, 1)
        children_page = QWidget()
        children_box = QVBoxLayout(children_page)
        children_box.setContentsMargins(0, 0, 0, 0)
        self._attention_slot = QVBoxLayout()
        children_box.addLayout(self._attention_slot)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 4)
        children_box.addWidget(splitter, 1)
        self.pages.addTab(children_page, self.tr("&Children"))
        self.pages.setTabToolTip(0, self.tr("Your children and their apps (Ctrl+1)"))
        self.setCentralWidget(self.pages)
        self.resize(1200, 760)

    def _build_pages(self) -> None:
        """The pages that need the household, built once it is open (after the window first painted)."""
        from familyguard.gui.attention import AttentionPanel
        from familyguard.gui.catalogue_page import CataloguePage
        from familyguard.gui.child_risk import ChildRiskView
        from familyguard.gui.friends_faces import FriendsFaces
        from familyguard.gui.talks_page import TalksPage

        self.child_risk = ChildRiskView()
        self._risk_slot.addWidget(self.child_risk)
        self.attention = AttentionPanel()
        self._attention_slot.addWidget(self.attention)
        self.catalogue_page = CataloguePage()
        self.catalogue_page.corrected.connect(lambda: self.refresh())
        self.talks_page = TalksPage()
        self.attention.show_talks.connect(self.show_talks_of)
        self.talks_page.changed.connect(self.attention.refresh)
        self.attention.changed.connect(self.talks_page.refresh)
        self.talks_page.changed.connect(self.talks_edited)
        self.attention.changed.connect(self.talks_edited)
        catalogue = self.pages.addTab(self.catalogue_page, self.tr("App ca&talogue"))
        talks = self.pages.addTab(self.talks_page, self.tr("Tal&ks"))
        self.pages.setTabToolTip(talks, self.tr("Talks with the chosen child (Ctrl+3, plan one with Ctrl+T)"))
        self.pages.setTabToolTip(
            catalogue, self.tr("What each app lets strangers do (Ctrl+2, search with Ctrl+F)")
        )
        self.talks_page.fill_menu(self.menuBar().addMenu(self.tr("Ta&lks")), self.plan_talk_action)
        self.friends = FriendsFaces(self)

    def _page_changed(self, *_args: object) -> None:
        if self.pages.currentWidget() is self.catalogue_page:
            self.catalogue_page.ensure_loaded()
        self.friends.page_changed()

    def show_children_page(self) -> None:
        self.pages.setCurrentIndex(0)
        self.apps_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_catalogue(self) -> None:
        self.pages.setCurrentWidget(self.catalogue_page)
        self.catalogue_page.show_list()

    def show_talks_page(self) -> None:
        self.pages.setCurrentWidget(self.talks_page)
        self.talks_page.plans_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_talks_of(self, child_id: int) -> None:
        """Choose the child and show their talks (from the attention panel)."""
        self.refresh(select_child=child_id)
        self.show_talks_page()

    def plan_talk(self) -> None:
        """Ctrl+T: plan a talk with the chosen child, on the Talks page."""
        self.show_talks_page()
        self.talks_page.plan_talk()

    def refresh_talks(self) -> None:
        """Reload what the talks faces show (after a reminder was answered or checked)."""
        self.talks_page.refresh()
        self.attention.refresh()

    def find_app(self) -> None:
        """Ctrl+F: go to the catalogue and put the cursor in its search box."""
        self.pages.setCurrentWidget(self.catalogue_page)
        self.catalogue_page.focus_search()

    def refresh(self, select_child: int | None = None) -> None:
        """Reload everything from the database, keeping (or moving) the selection."""
        current = select_child if select_child is not None else getattr(self.current_child(), "id", None)
        self.children_model.reset(self.fg.household.children.all())
        row = self.children_model.row_of(current) if current is not None else -1
        if row < 0 and self.children_model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.children_view.selectionModel().setCurrentIndex(
                self.children_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._show_child(self.current_child())
        self.attention.refresh()

    def current_child(self) -> Child | None:
        index = self.children_view.currentIndex()
        return index.data(ROLE_ITEM) if index.isValid() else None

    def current_app(self) -> AppUse | None:
        index = self.apps_view.currentIndex()
        return self._use_at(index.row()) if index.isValid() else None

    def _use_at(self, row: int) -> AppUse:
        return self.apps_model.index(row, 0).data(ROLE_ITEM)

    def _child_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_child(current.data(ROLE_ITEM) if current.isValid() else None)

    def _app_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        use = self.apps_model.index(current.row(), 0).data(ROLE_ITEM) if current.isValid() else None
        self.child_risk.show_app(self.apps_model.risk(use) if use else None)

    def _show_child(self, child: Child | None) -> None:
        uses = self.fg.household.apps.for_child(child.id) if child else []
        risk = self.fg.risk.child(child) if child and uses else None
        chosen = getattr(self.current_app(), "id", None)
        self.apps_model.reset(uses, risk.apps if risk else ())
        self.child_risk.show_risk(risk)
        row = next((r for r in range(self.apps_model.rowCount()) if self._use_at(r).id == chosen), 0)
        if self.apps_model.rowCount():
            self.apps_view.selectRow(row)
        if child is None:
            self.heading.setText(self.tr("Add your first child to begin (Ctrl+N)."))
        else:
            age = child.age(self.fg.clock.today())
            self.heading.setText(self.tr("{name}, {age} — apps").format(name=child.name, age=age))
            if risk:
                self.heading.setText(
                    self.tr("{name}, {age} — apps, highest risk first").format(name=child.name, age=age)
                )
        self.talks_page.show_child(child)
        self.friends.show_child(child)
        for action in (self.edit_child_action, self.remove_child_action, self.add_app_action):
            action.setEnabled(child is not None)
        self.plan_talk_action.setEnabled(child is not None)
        for action in (self.edit_app_action, self.remove_app_action):
            action.setEnabled(bool(self.apps_model.rowCount()))

    def add_child(self) -> None:
        dialog = ChildDialog(self, self.fg.clock.today())
        if dialog.exec():
            child = self.fg.household.add_child(*dialog.values())
            self.refresh(select_child=child.id)

    def edit_child(self) -> None:
        child = self.current_child()
        dialog = ChildDialog(self, self.fg.clock.today(), child) if child else None
        if dialog and child and dialog.exec():
            self.fg.household.edit_child(child, *dialog.values())
            self.refresh()

    def remove_child(self) -> None:
        child = self.current_child()
        if child and self._confirm(
            self.tr("Remove {name} and everything recorded for them? This cannot be undone.").format(
                name=child.name
            )
        ):
            self.fg.household.remove_child(child)
            self.refresh()

    def add_app(self) -> None:
        child = self.current_child()
        dialog = AppUseDialog(self, self.fg.catalogue) if child else None
        if dialog and child and dialog.exec():
            app, handle, settings = dialog.values()
            self.fg.household.add_app(child, app, handle, settings)
            self.refresh()

    def edit_app(self) -> None:
        use = self.current_app()
        dialog = AppUseDialog(self, self.fg.catalogue, use) if use else None
        if dialog and use and dialog.exec():
            _, handle, settings = dialog.values()
            self.fg.household.edit_app(use, handle, settings)
            self.refresh()

    def remove_app(self) -> None:
        use = self.current_app()
        if use and self._confirm(self.tr("Remove {app} from this child's apps?").format(app=use.name)):
            self.fg.household.remove_app(use)
            self.refresh()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, "FamilyGuard", question)
        return answer == QMessageBox.StandardButton.Yes

    def bring_to_front(self) -> None:
        """Show the window above the others (second launch, tray "Open")."""
        self.show()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
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
