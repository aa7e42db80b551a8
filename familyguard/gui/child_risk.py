"""A child's risk on their page: "What to do next", and the chosen app's profile for this child."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from familyguard.gui.i18n import content
from familyguard.gui.risk_widgets import LevelBadge, ProfileView, talk_title
from familyguard.risk.model import Action, AppRisk, ChildRisk

Index = QModelIndex | QPersistentModelIndex
ROLE_ACTION = Qt.ItemDataRole.UserRole + 3


class NextStepsModel(QAbstractListModel):
    """The few most useful things a parent can do next for one child, most important first."""

    def __init__(self) -> None:
        super().__init__()
        self._steps: list[Action] = []

    def reset(self, steps: tuple[Action, ...] | list[Action]) -> None:
        self.beginResetModel()
        self._steps = list(steps)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._steps):
            return None
        step = self._steps[index.row()]
        if role == ROLE_ACTION:
            return step
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{index.row() + 1}. {content(step.text)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [content(step.text)]
            if step.where:
                lines.append(self.tr("Where: {where}").format(where=content(step.where)))
            title = talk_title(step.topic)
            if title:
                lines.append(self.tr("Talk about: “{title}”").format(title=title))
            return "\n".join(lines)
        return None


class ChildRiskView(QWidget):
    """ "What to do next" for the child, and the profile of the app chosen in the apps table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.risk: ChildRisk | None = None
        self.steps_model = NextStepsModel()
        self.steps_view = QListView()
        self.steps_view.setModel(self.steps_model)
        self.steps_view.setAccessibleName(self.tr("What to do next"))
        self.steps_view.setWordWrap(True)
        self.steps_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.steps_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps_heading = QLabel(self.tr("What to do next"))
        self.steps_heading.setObjectName("subheading")
        self.steps_heading.setBuddy(self.steps_view)
        self.app_title = QLabel()
        self.app_title.setObjectName("subheading")
        self.app_badge = LevelBadge()
        self.app_hint = QLabel()
        self.app_hint.setWordWrap(True)
        self.profile = ProfileView()
        body = QWidget()
        body_box = QVBoxLayout(body)
        title_row = QHBoxLayout()
        title_row.addWidget(self.app_title)
        title_row.addWidget(self.app_badge)
        title_row.addStretch(1)
        body_box.addLayout(title_row)
        body_box.addWidget(self.app_hint)
        body_box.addWidget(self.profile)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        self.scroll.setAccessibleName(self.tr("The chosen app's risk for this child"))
        steps = QWidget()
        steps_box = QVBoxLayout(steps)
        steps_box.setContentsMargins(0, 0, 0, 0)
        steps_box.addWidget(self.steps_heading)
        steps_box.addWidget(self.steps_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(steps)
        self.splitter.addWidget(self.scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([400, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.show_risk(None)

    def show_risk(self, risk: ChildRisk | None) -> None:
        """Show the child's next steps; the profile waits for an app to be chosen."""
        self.risk = risk
        self.steps_model.reset(risk.next_steps if risk else ())
        if risk is None or not risk.apps:
            self.steps_heading.setText(self.tr("What to do next"))
        else:
            self.steps_heading.setText(self.tr("What to do next for {name}").format(name=risk.child_name))
        self.show_app(None)

    def show_app(self, app: AppRisk | None) -> None:
        """Show one of the child's apps with the rules applied for this child."""
        self.profile.setVisible(app is not None)
        self.app_badge.setVisible(app is not None)
        if app is None:
            self.app_title.setText(self.tr("Choose an app to see why"))
            self.app_hint.setText(
                self.tr("Pick one of the apps above to see its risks for this child, and what you can do.")
                if self.risk and self.risk.apps
                else self.tr("When you add an app, its risks for this child show here.")
            )
            return
        name = self.risk.child_name if self.risk else ""
        self.app_title.setText(self.tr("{app} for {name}").format(app=app.name, name=name))
        self.app_badge.set_level(app.overall)
        self.app_hint.setText(
            self.tr("These levels take {name}'s age and the settings you checked into account.").format(
                name=name
            )
        )
        self.profile.show_risk(app)
        self.scroll.verticalScrollBar().setValue(0)

    def app_risk(self, app_id: str) -> AppRisk | None:
        if self.risk is None:
            return None
        return next((a for a in self.risk.apps if a.app_id == app_id), None)
