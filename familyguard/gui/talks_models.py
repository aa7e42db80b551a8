"""The Talks page's tables: planned talks with their state, the talk log, suggested talks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QWidget

from familyguard.domain import Child, TalkLog, TalkPlan
from familyguard.gui.i18n import content
from familyguard.gui.i18n_words import rule_text
from familyguard.gui.table_model import RowsModel
from familyguard.gui.talk_dialogs import when_text
from familyguard.talks import schedule
from familyguard.talks.recurrence import Rule, utc
from familyguard.talks.suggestions import stored_reason

if TYPE_CHECKING:
    from familyguard.storage.talks import TalkSuggestion
    from familyguard.talks.schedule import Due, PlanState
    from familyguard.talks.service import Talks


Index = QModelIndex | QPersistentModelIndex
ROLE_ID = Qt.ItemDataRole.UserRole + 1

# A plan's state, in words and with a sign (never colour alone); shown through state_word().
STATE_WORDS = {
    "overdue": QT_TRANSLATE_NOOP("PlansModel", "⚠ Overdue"),
    "due": QT_TRANSLATE_NOOP("PlansModel", "● Due now"),
    "snoozed": QT_TRANSLATE_NOOP("PlansModel", "◷ Snoozed"),
    "paused": QT_TRANSLATE_NOOP("PlansModel", "⏸ Paused"),
    "planned": QT_TRANSLATE_NOOP("PlansModel", "○ Planned"),
    "finished": QT_TRANSLATE_NOOP("PlansModel", "✓ Done"),
}
STATE_ICONS = {
    "overdue": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "due": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "snoozed": QStyle.StandardPixmap.SP_BrowserReload,
    "paused": QStyle.StandardPixmap.SP_MediaPause,
    "planned": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "finished": QStyle.StandardPixmap.SP_DialogApplyButton,
}


@dataclass(frozen=True)
class PlanRow:
    """A plan as the page shows it."""

    plan: TalkPlan
    state: PlanState
    topic: str
    next_due: datetime | None
    status: str  # a key of STATE_WORDS


def plan_rows(talks: Talks, child: Child) -> list[PlanRow]:
    """The child's plans with their state: what asks for attention first, then by next date."""
    due = {d.plan.id: d for d in talks.due()}
    rows = []
    for plan, state in talks.plans(child):
        rows.append(
            PlanRow(
                plan,
                state,
                content(talks.topic(plan.topic_id).title, "talks"),
                talks.next_due(plan, state),
                _status(talks, plan, state, due),
            )
        )
    order = ("overdue", "due", "snoozed", "planned", "paused", "finished")
    return sorted(rows, key=lambda r: (order.index(r.status), r.next_due is None, r.next_due or datetime.min))


def _status(talks: Talks, plan: TalkPlan, state: PlanState, due: dict[int, Due]) -> str:
    if plan.paused:
        return "paused"
    if plan.id in due:
        return "overdue" if due[plan.id].overdue else "due"
    if schedule.finished(plan, state, talks.tz):
        return "finished"
    snoozed = state.snoozed_until
    if snoozed is not None and utc(snoozed) > utc(talks.now):
        return "snoozed"
    return "planned"


def state_word(status: str) -> str:
    """A plan's state in the window's language, with its sign first: "⚠ Overdue"."""
    return QCoreApplication.translate("PlansModel", STATE_WORDS[status])


def state_icon(widget: QWidget, status: str) -> QIcon:
    return widget.style().standardIcon(STATE_ICONS[status])


class PlansModel(RowsModel):
    """A child's planned talks: topic, how often, time, next date, state (words and a sign)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PlansModel", "Topic"),
        QT_TRANSLATE_NOOP("PlansModel", "How often"),
        QT_TRANSLATE_NOOP("PlansModel", "Time"),
        QT_TRANSLATE_NOOP("PlansModel", "Next"),
        QT_TRANSLATE_NOOP("PlansModel", "State"),
    )

    def __init__(self, tz: object | None = None) -> None:
        super().__init__()
        self.tz = tz

    def cell(self, row: PlanRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return row.topic
            if column == 1:
                return rule_text(Rule.parse(row.plan.rule))
            if column == 2:
                return row.plan.at.strftime("%H:%M")
            if column == 3:
                if row.status == "paused":
                    return self.tr("— (paused)")
                if row.next_due is None:
                    return self.tr("—")
                when = when_text(row.next_due, self.tz)
                return self.tr("since {when}").format(when=when) if row.status == "overdue" else when
            return state_word(row.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and row.state.snoozed_until:
            return self.tr("Snoozed until {when}").format(when=when_text(row.state.snoozed_until, self.tz))
        if role == ROLE_ID:
            return row.plan.id
        return None


class LogModel(RowsModel):
    """A child's talk log, newest first: date, topic, note."""

    HEADERS = (
        QT_TRANSLATE_NOOP("LogModel", "Date"),
        QT_TRANSLATE_NOOP("LogModel", "Topic"),
        QT_TRANSLATE_NOOP("LogModel", "Note"),
    )

    def __init__(self, titles: Callable[[str], str], tz: object | None = None) -> None:
        super().__init__()
        self._titles = titles
        self.tz = tz

    def cell(self, row: TalkLog, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (when_text(row.done_at, self.tz), self._titles(row.topic_id), row.note)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and row.note:
            return row.note
        if role == ROLE_ID:
            return row.id
        return None


class SuggestionsModel(RowsModel):
    """Talks FamilyGuard proposes for the child: topic, why, suggested for."""

    HEADERS = (
        QT_TRANSLATE_NOOP("SuggestionsModel", "Topic"),
        QT_TRANSLATE_NOOP("SuggestionsModel", "Why"),
        QT_TRANSLATE_NOOP("SuggestionsModel", "Suggested for"),
    )

    def __init__(self, titles: Callable[[str], str], tz: object | None = None) -> None:
        super().__init__()
        self._titles = titles
        self.tz = tz

    def cell(self, row: TalkSuggestion, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                self._titles(row.topic_id),
                content(stored_reason(row.reason)),
                when_text(row.due, self.tz),
            )[column]
        if role == ROLE_ID:
            return row.id
        return None
