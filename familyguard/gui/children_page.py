"""The Children page: the children in a sidebar, the chosen child's apps by risk, and what to do next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familyguard.domain import AppUse, Child, Clock
from familyguard.gui.child_risk import ChildRiskView
from familyguard.gui.dialogs import AppUseDialog, ChildDialog
from familyguard.gui.models import RISK_COLUMN, ROLE_ITEM, AppUsesModel, ChildrenModel

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard


class ChildrenPage(QWidget):
    """Children, their apps and what to do; the window's actions drive it (its buttons trigger them).

    `child_shown(child)` is emitted whenever the page shows another child (or None).
    """

    child_shown = Signal(object)

    def __init__(
        self, clock: Clock, add_child: QAction, app_actions: tuple[QAction, QAction, QAction]
    ) -> None:
        super().__init__()
        self.fg: FamilyGuard
        self.children_model = ChildrenModel(clock.today())
        self.apps_model = AppUsesModel()
        self.children_view = QListView()
        self.children_view.setModel(self.children_model)
        self.children_view.setAccessibleName(self.tr("Children"))
        self.children_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.children_view.selectionModel().currentChanged.connect(self._child_changed)
        self.children_view.doubleClicked.connect(self.edit_child)
        self.apps_view = self._apps_table()
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.child_risk = ChildRiskView()
        self._build_layout(add_child, app_actions)

    def _apps_table(self) -> QTableView:
        view = QTableView()
        view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        view.setModel(self.apps_model)
        view.setAccessibleName(self.tr("Apps of the chosen child"))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.moveSection(RISK_COLUMN, 1)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        view.setWordWrap(False)
        view.doubleClicked.connect(self.edit_app)
        view.selectionModel().currentRowChanged.connect(self._app_changed)
        return view

    def _build_layout(self, add_child: QAction, app_actions: tuple[QAction, QAction, QAction]) -> None:
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.addWidget(QLabel(self.tr("Children")))
        left_box.addWidget(self.children_view)
        left_box.addWidget(_button(add_child))
        table = QWidget()
        table_box = QVBoxLayout(table)
        table_box.setContentsMargins(0, 0, 0, 0)
        table_box.addWidget(self.apps_view)
        buttons = QHBoxLayout()
        for action in app_actions:
            buttons.addWidget(_button(action))
        buttons.addStretch(1)
        table_box.addLayout(buttons)
        stacked = QSplitter(Qt.Orientation.Vertical)
        stacked.addWidget(table)
        stacked.addWidget(self.child_risk)
        stacked.setStretchFactor(0, 2)
        stacked.setStretchFactor(1, 3)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.addWidget(self.heading)
        right_box.addWidget(stacked, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 4)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(splitter, 1)

    def attach(self, fg: FamilyGuard) -> None:
        self.fg = fg

    def refresh(self, select_child: int | None = None) -> None:
        """Reload the children and the chosen child's apps, keeping (or moving) the selection."""
        current = select_child if select_child is not None else getattr(self.current_child(), "id", None)
        self.children_model.reset(self.fg.household.children.all())
        row = self.children_model.row_of(current) if current is not None else -1
        if row < 0 and self.children_model.rowCount() > 0:
            row = 0
        if row >= 0:  # the reset cleared the current index: this shows the child (_child_changed)
            self.children_view.selectionModel().setCurrentIndex(
                self.children_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        else:
            self._show_child(None)

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
        use = self._use_at(current.row()) if current.isValid() else None
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
            heading = (
                self.tr("{name}, {age} — apps, highest risk first")
                if risk
                else self.tr("{name}, {age} — apps")
            )
            self.heading.setText(heading.format(name=child.name, age=age))
        self.child_shown.emit(child)

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


def _button(action: QAction) -> QPushButton:
    """A push button for a window action, its shortcut in the tooltip."""
    button = QPushButton(action.text().replace("…", ""))
    button.setToolTip(
        f"{action.text()} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
    )
    button.clicked.connect(action.trigger)
    return button
