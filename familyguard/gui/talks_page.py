"""The Talks page of one child: planned talks with their next dates and state, suggested talks, the log.

Its tables, actions and buttons are built by `familyguard.gui.widgets`, its dialogs live in
`familyguard.gui.talk_dialogs`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from familyguard.domain import Child
from familyguard.gui.background import BackgroundJob
from familyguard.gui.errors import show_error, show_errors
from familyguard.gui.i18n import content
from familyguard.gui.talk_dialogs import NoteDialog, PlanDialog, SnoozeDialog, show_guide
from familyguard.gui.talks_models import LogModel, PlanRow, PlansModel, SuggestionsModel, plan_rows
from familyguard.gui.widgets import action_button, page_action, table

if TYPE_CHECKING:
    from familyguard.storage.talks import TalkSuggestion
    from familyguard.talks.service import Talks
    from familyguard.talks.suggestions import Suggestions


class TalksPage(QWidget):
    """One child's talks. `changed` is emitted after the page changed a plan (reschedule reminders)."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.talks: Talks | None = None
        self.suggestions: Suggestions | None = None
        self.child: Child | None = None
        self.exporter: BackgroundJob | None = None  # the calendar file being written
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.plans_model = PlansModel()
        self.log_model = LogModel(self._title)
        self.suggestions_model = SuggestionsModel(self._title)
        self.plans_view = table(self.plans_model, self.tr("Planned talks"), 0)
        self.plans_view.doubleClicked.connect(show_errors(self, self.open_guide))
        self.plans_view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.log_view = table(self.log_model, self.tr("Talk log"), 2)
        self.suggestions_view = table(self.suggestions_model, self.tr("Suggested talks"), 1)
        self.suggestions_view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self._build_actions()
        self._build_layout()
        self._enable()

    # -- building --------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.plan_action = QAction(self.tr("&Plan a talk…"), self)  # the window gives it Ctrl+T
        self.plan_action.triggered.connect(show_errors(self, self.plan_talk))
        self.done_action = page_action(self, self.tr("&Done…"), "Ctrl+D", self.mark_done)
        self.snooze_hour_action = page_action(
            self, self.tr("For &1 hour"), "Ctrl+Shift+H", lambda: self.snooze("1h")
        )
        self.snooze_evening_action = page_action(
            self, self.tr("Until this &evening"), "", lambda: self.snooze("evening")
        )
        self.snooze_tomorrow_action = page_action(
            self, self.tr("Until &tomorrow"), "", lambda: self.snooze("tomorrow")
        )
        self.snooze_custom_action = page_action(
            self, self.tr("Until a date and time &I choose…"), "", self.snooze_custom
        )
        self.skip_action = page_action(self, self.tr("S&kip this one"), "Ctrl+K", self.skip)
        self.pause_action = page_action(self, self.tr("&Pause"), "Ctrl+Shift+P", self.toggle_pause)
        self.remove_action = page_action(self, self.tr("&Remove…"), "Shift+Del", self.remove)
        self.guide_action = page_action(self, self.tr("Open &guide"), "Ctrl+G", self.open_guide)
        self.export_action = page_action(self, self.tr("E&xport to calendar…"), "Ctrl+Shift+E", self.export)
        self.accept_action = page_action(self, self.tr("&Accept"), "Ctrl+Shift+A", self.accept_suggestion)
        self.dismiss_action = page_action(self, self.tr("Not &now"), "Ctrl+Shift+D", self.dismiss_suggestion)
        self.snooze_menu = QMenu(self.tr("Snooze"), self)
        for action in (
            self.snooze_hour_action,
            self.snooze_evening_action,
            self.snooze_tomorrow_action,
            self.snooze_custom_action,
        ):
            self.snooze_menu.addAction(action)

    def _build_layout(self) -> None:
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("&Snooze"))
        self.snooze_button.setAccessibleName(self.tr("Snooze the chosen talk"))
        self.snooze_button.setToolTip(
            self.tr("Snooze: 1 hour (Ctrl+Shift+H), this evening, tomorrow, or a time you choose")
        )
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_button.setMenu(self.snooze_menu)
        self.plan_button = action_button(self.plan_action, self.tr("Plan a talk"))
        self.plan_button.setToolTip(self.tr("Plan a talk (Ctrl+T)"))
        row = QHBoxLayout()
        row.addWidget(self.plan_button)
        row.addWidget(action_button(self.done_action, self.tr("Mark the chosen talk as done")))
        row.addWidget(self.snooze_button)
        for action, name in (
            (self.skip_action, self.tr("Skip the chosen talk this time")),
            (self.pause_action, self.tr("Pause or resume the chosen talk")),
            (self.remove_action, self.tr("Remove the chosen plan")),
            (self.guide_action, self.tr("Open the guide for the chosen talk")),
        ):
            row.addWidget(action_button(action, name))
        row.addStretch(1)
        plans = QWidget()
        plans_box = QVBoxLayout(plans)
        plans_box.setContentsMargins(0, 0, 0, 0)
        plans_box.addWidget(self.plans_view)
        plans_box.addWidget(self.empty)
        plans_box.addLayout(row)
        self.suggestions_group = QGroupBox(self.tr("Suggested talks"))
        suggestion_box = QVBoxLayout(self.suggestions_group)
        suggestion_box.addWidget(
            QLabel(self.tr("FamilyGuard suggests these talks because of something it noticed. You decide."))
        )
        suggestion_box.addWidget(self.suggestions_view)
        suggestion_row = QHBoxLayout()
        suggestion_row.addWidget(action_button(self.accept_action, self.tr("Accept the chosen suggestion")))
        suggestion_row.addWidget(action_button(self.dismiss_action, self.tr("Dismiss the chosen suggestion")))
        suggestion_row.addStretch(1)
        suggestion_box.addLayout(suggestion_row)
        log_group = QGroupBox(self.tr("Talk log"))
        log_box = QVBoxLayout(log_group)
        log_box.addWidget(self.log_view)
        below = QSplitter()  # side by side, so the page fits a screen scaled to 200 %
        below.addWidget(self.suggestions_group)
        below.addWidget(log_group)
        stacked = QSplitter(Qt.Orientation.Vertical)
        stacked.addWidget(plans)
        stacked.addWidget(below)
        stacked.setStretchFactor(0, 3)
        stacked.setStretchFactor(1, 2)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        export = self.tr("Export this child's talks to a calendar file")
        top.addWidget(action_button(self.export_action, export))
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(stacked, 1)

    def fill_menu(self, menu: QMenu, plan: QAction) -> None:
        """The Talks menu of the window: plan, then what can be done with the chosen talk."""
        menu.addAction(plan)
        menu.addSeparator()
        menu.addAction(self.done_action)
        menu.addMenu(self.snooze_menu)
        for action in (self.skip_action, self.pause_action, self.remove_action, self.guide_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.export_action)

    # -- showing ---------------------------------------------------------------------------------
    def attach(self, talks: Talks, suggestions: Suggestions | None) -> None:
        self.talks = talks
        self.suggestions = suggestions
        for model in (self.plans_model, self.log_model, self.suggestions_model):
            model.tz = talks.tz

    def _title(self, topic_id: str) -> str:
        try:
            return content(self.talks.topic(topic_id).title, "talks") if self.talks else topic_id
        except LookupError:
            return topic_id

    def show_child(self, child: Child | None) -> None:
        """Show this child's talks (and store any new suggestions for them)."""
        self.child = child
        if self.suggestions is not None and child is not None:
            self.suggestions.suggest(child)
        self.refresh()

    def refresh(self) -> None:
        """Reload from the database, keeping the chosen plan."""
        talks, child = self.talks, self.child
        if talks is None or child is None:
            self.heading.setText(self.tr("Add a child to plan talks with them."))
            for model in (self.plans_model, self.log_model, self.suggestions_model):
                model.reset([])
            self._enable()
            return
        chosen = self.current_plan_id()
        rows = plan_rows(talks, child)
        self.plans_model.reset(rows)
        self.log_model.reset(talks.log(child))
        open_ones = self.suggestions.open(child) if self.suggestions else []
        self.suggestions_model.reset(open_ones)
        self.suggestions_group.setVisible(bool(open_ones))
        age = child.age(talks.clock.today())
        self.heading.setText(self.tr("Talks with {name}, {age}").format(name=child.name, age=age))
        self.empty.setText(
            ""
            if rows
            else self.tr(
                "No talks planned for {name} yet. Plan one with Ctrl+T — short and often works best."
            ).format(name=child.name)
        )
        self.empty.setVisible(not rows)
        row = next((i for i, r in enumerate(rows) if r.plan.id == chosen), 0)
        if rows:
            self.plans_view.selectRow(row)
        if open_ones:
            self.suggestions_view.selectRow(0)
        self._enable()

    def current_row(self) -> PlanRow | None:
        index = self.plans_view.currentIndex()
        return self.plans_model.item(index.row()) if index.isValid() else None

    def current_plan_id(self) -> int | None:
        row = self.current_row()
        return row.plan.id if row else None

    def select_plan(self, plan_id: int) -> None:
        for row in range(self.plans_model.rowCount()):
            if self.plans_model.item(row).plan.id == plan_id:
                self.plans_view.selectRow(row)

    def _enable(self) -> None:
        row = self.current_row()
        live = row is not None and row.status != "finished"
        active = live and row is not None and row.status != "paused"
        for action in (self.done_action, self.skip_action):
            action.setEnabled(active)
        for action in self.snooze_menu.actions():
            action.setEnabled(active)
        self.snooze_button.setEnabled(active)
        self.pause_action.setEnabled(live)
        self.pause_action.setText(self.tr("Res&ume") if row and row.status == "paused" else self.tr("&Pause"))
        self.remove_action.setEnabled(row is not None)
        self.guide_action.setEnabled(row is not None)
        self.plan_action.setEnabled(self.child is not None and self.talks is not None)
        self.export_action.setEnabled(bool(self.plans_model.rowCount()) and self.exporter is None)
        has_suggestion = self.suggestions_view.currentIndex().isValid()
        self.accept_action.setEnabled(has_suggestion)
        self.dismiss_action.setEnabled(has_suggestion)

    # -- acting ----------------------------------------------------------------------------------
    def _changed(self, plan_id: int | None = None) -> None:
        self.refresh()
        if plan_id is not None:
            self.select_plan(plan_id)
        self.changed.emit()

    def plan_talk(self) -> None:
        """Ctrl+T: the plan dialog, showing the next dates before saving."""
        if self.talks is None or self.child is None:
            return
        dialog = PlanDialog(self, self.talks, self.child)
        if dialog.exec():
            topic, every, at, start = dialog.values()
            plan, _dates = self.talks.plan(self.child, topic, every, at, start)
            self._changed(plan.id)

    def mark_done(self) -> None:
        row = self.current_row()
        if self.talks is None or self.child is None or row is None:
            return
        dialog = NoteDialog(self, self.child.name, row.topic)
        if dialog.exec():
            self.talks.done(row.plan.id, dialog.text())
            self._changed(row.plan.id)

    def snooze(self, spec: str | datetime) -> None:
        row = self.current_row()
        if self.talks is not None and row is not None:
            self.talks.snooze(row.plan.id, spec)
            self._changed(row.plan.id)

    def snooze_custom(self) -> None:
        if self.talks is None or self.current_row() is None:
            return
        dialog = SnoozeDialog(self, self.talks.now)
        if dialog.exec():
            self.snooze(dialog.value())

    def skip(self) -> None:
        row = self.current_row()
        if self.talks is not None and row is not None:
            self.talks.skip(row.plan.id)
            self._changed(row.plan.id)

    def toggle_pause(self) -> None:
        row = self.current_row()
        if self.talks is None or row is None:
            return
        if row.plan.paused:
            self.talks.resume(row.plan.id)
        else:
            self.talks.pause(row.plan.id)
        self._changed(row.plan.id)

    def remove(self) -> None:
        row = self.current_row()
        if self.talks is None or row is None:
            return
        question = self.tr("Remove the plan “{topic}”? The talks already in the log stay there.").format(
            topic=row.topic
        )
        if QMessageBox.question(self, "FamilyGuard", question) == QMessageBox.StandardButton.Yes:
            self.talks.remove(row.plan.id)
            self._changed()

    def open_guide(self) -> None:
        row = self.current_row()
        if self.talks is not None and row is not None:
            show_guide(self, self.talks, row.plan)

    def export(self) -> None:
        if self.talks is None or self.child is None:
            return
        suggested = str(Path.home() / f"talks-{self.child.name.lower()}.ics")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export talks to a calendar file"), suggested, self.tr("Calendar files (*.ics)")
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Write the calendar file off the GUI thread: icalendar's first import alone takes ~0.4 s."""
        assert self.talks is not None and self.child is not None
        if self.exporter is not None:
            return
        render = self.talks.calendar(self.child)  # the plans, read here on the GUI thread's connection
        exporter = BackgroundJob(lambda: path.write_bytes(render()), self._exported, self._export_failed)
        self.exporter = exporter
        self._enable()
        exporter.start()

    def _exported(self) -> None:
        self.exporter = None
        self._enable()

    def _export_failed(self, error: BaseException) -> None:
        self._exported()
        show_error(self, error)

    def current_suggestion(self) -> TalkSuggestion | None:
        index = self.suggestions_view.currentIndex()
        return self.suggestions_model.item(index.row()) if index.isValid() else None

    def accept_suggestion(self) -> None:
        found = self.current_suggestion()
        if self.suggestions is not None and found is not None:
            plan, _dates = self.suggestions.accept(found.id)
            self._changed(plan.id)

    def dismiss_suggestion(self) -> None:
        found = self.current_suggestion()
        if self.suggestions is not None and found is not None:
            self.suggestions.dismiss(found.id)
            self._changed()
