"""Qt models over the household: the children list and a child's apps table."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from familyguard.domain import AppUse, Child
from familyguard.domain.app_settings import SETTING_LABELS

Index = QModelIndex | QPersistentModelIndex
ROLE_ITEM = Qt.ItemDataRole.UserRole + 1


class ChildrenModel(QAbstractListModel):
    """The household's children, for the sidebar."""

    def __init__(self, today: date) -> None:
        super().__init__()
        self._children: list[Child] = []
        self._today = today

    def reset(self, children: list[Child]) -> None:
        self.beginResetModel()
        self._children = list(children)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._children)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._children):
            return None
        child = self._children[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{name}, {age}").format(name=child.name, age=child.age(self._today))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{name}, {age} years old").format(name=child.name, age=child.age(self._today))
        if role == ROLE_ITEM:
            return child
        return None

    def row_of(self, child_id: int) -> int:
        return next((i for i, c in enumerate(self._children) if c.id == child_id), -1)


class AppUsesModel(QAbstractTableModel):
    """One child's apps: name, handle, the settings the parent recorded, when added."""

    def __init__(self) -> None:
        super().__init__()
        self._uses: list[AppUse] = []
        self._headers = (
            self.tr("App"),
            self.tr("User name"),
            self.tr("Settings you checked"),
            self.tr("Added"),
        )

    def reset(self, uses: list[AppUse]) -> None:
        self.beginResetModel()
        self._uses = list(uses)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._uses)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._uses):
            return None
        use = self._uses[index.row()]
        if role == ROLE_ITEM:
            return use
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(use, index.column())
        return None

    def _text(self, use: AppUse, column: int) -> str:
        if column == 0:
            return use.name + (self.tr(" (your own entry)") if use.is_custom else "")
        if column == 1:
            return use.handle or "—"
        if column == 2:
            parts = [f"{self.tr(SETTING_LABELS[k])}: {v}" for k, v in sorted(use.settings.items())]
            return "; ".join(parts) or self.tr("none recorded yet")
        return use.added.isoformat()
