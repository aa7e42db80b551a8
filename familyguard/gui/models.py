"""Qt models over the household: the children list and a child's apps table."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from familyguard.domain import AppUse, Child
from familyguard.gui.i18n_words import setting_label, setting_value
from familyguard.gui.risk_widgets import level_colour, level_rank, level_text, level_word
from familyguard.gui.table_model import RowsModel
from familyguard.risk.model import AppRisk

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


RISK_COLUMN = 3


class AppUsesModel(RowsModel):
    """One child's apps, highest risk first: name, handle, settings recorded, overall risk, when added."""

    HEADERS = (
        QT_TRANSLATE_NOOP("AppUsesModel", "App"),
        QT_TRANSLATE_NOOP("AppUsesModel", "User name"),
        QT_TRANSLATE_NOOP("AppUsesModel", "Settings you checked"),
        QT_TRANSLATE_NOOP("AppUsesModel", "Risk for this child"),
        QT_TRANSLATE_NOOP("AppUsesModel", "Added"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._risks: dict[str, AppRisk] = {}

    def reset(self, uses: list[AppUse], risks: tuple[AppRisk, ...] | list[AppRisk] = ()) -> None:
        """Show the apps sorted by their risk for the child (highest first, then by name)."""
        self._risks = {risk.app_id: risk for risk in risks}
        super().reset(sorted(uses, key=lambda u: (-level_rank(self.level(u)), u.name.lower())))

    def level(self, use: AppUse) -> str:
        risk = self._risks.get(use.app_id)
        return risk.overall if risk else "none"

    def risk(self, use: AppUse) -> AppRisk | None:
        return self._risks.get(use.app_id)

    def cell(self, use: AppUse, column: int, role: int) -> Any:
        if role == ROLE_ITEM:
            return use
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(use, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return self.tr("{app}, risk {level}").format(app=use.name, level=level_word(self.level(use)))
        if column == RISK_COLUMN and use.app_id in self._risks:
            return self._risk_style(self.level(use), role)
        return None

    @staticmethod
    def _risk_style(level: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            from PySide6.QtWidgets import QApplication

            return level_colour(level, QApplication.palette())
        if role == Qt.ItemDataRole.FontRole and level == "high":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, use: AppUse, column: int) -> str:
        if column == 0:
            return use.name + (self.tr(" (your own entry)") if use.is_custom else "")
        if column == 1:
            return use.handle or "—"
        if column == 2:
            parts = [f"{setting_label(k)}: {setting_value(v)}" for k, v in sorted(use.settings.items())]
            return "; ".join(parts) or self.tr("none recorded yet")
        if column == RISK_COLUMN:
            return level_text(self.level(use)) if use.app_id in self._risks else "—"
        return use.added.isoformat()
