"""'Needs your attention': the talks due or overdue across the family, each with one-click answers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from familyguard.gui.errors import show_errors
from familyguard.gui.talk_dialogs import show_guide, when_text
from familyguard.gui.talks_models import STATE_WORDS, state_icon

if TYPE_CHECKING:
    from familyguard.talks.schedule import Due
    from familyguard.talks.service import Talks

SNOOZE = "1h"
SHOWN = 4  # rows at most: calm, not a wall of alarms


class AttentionPanel(QFrame):
    """A calm list of talks due now or overdue, most overdue first; says so plainly when there are none.

    `changed` is emitted after a talk was answered here; `show_talks(child_id)` asks to go to a child's talks.
    """

    changed = Signal()
    show_talks = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("attention")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Needs your attention"))
        self.talks: Talks | None = None
        self.items: list[Due] = []
        self.row_widgets: list[QWidget] = []
        self.title = QLabel(self.tr("<b>Needs your attention</b>"))
        self.calm = QLabel()
        self.calm.setWordWrap(True)
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addLayout(self.rows)
        box.addWidget(self.calm)

    def attach(self, talks: Talks) -> None:
        self.talks = talks
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the list from what is due now (one entry per plan, however much was missed)."""
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.items = self.talks.due() if self.talks else []
        self.items.sort(key=lambda d: not d.overdue)
        names = self.talks.child_names() if self.talks else {}
        if self.talks and not self.items:
            upcoming = self.talks.upcoming(7)
            nxt = upcoming[0] if upcoming else None
            text = self.tr("No talks are due. Nothing needs your attention right now.")
            if nxt is not None:
                text += " " + self.tr("Next: {topic} with {name}, {when}.").format(
                    topic=self.talks.topic(nxt.plan.topic_id).title,
                    name=names.get(nxt.plan.child_id, ""),
                    when=when_text(nxt.when, self.talks.tz),
                )
            self.calm.setText(text)
        shown = self.items[:SHOWN]
        self.row_widgets = [self._row(due, names.get(due.plan.child_id, "")) for due in shown]
        for row in self.row_widgets:
            self.rows.addWidget(row)
        more = len(self.items) - len(shown)
        if more:
            self.calm.setText(
                self.tr("{count} more talks are waiting: see each child's Talks page (Ctrl+3).").format(
                    count=more
                )
            )
        self.calm.setVisible(not self.items or more > 0)

    def _row(self, due: Due, name: str) -> QWidget:
        assert self.talks is not None
        talks = self.talks
        topic = talks.topic(due.plan.topic_id).title
        status = "overdue" if due.overdue else "due"
        row = QWidget()
        row.setObjectName(f"attention-{due.plan.id}")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        icon = QLabel()
        icon.setPixmap(state_icon(self, status).pixmap(16, 16))
        line.addWidget(icon)
        missed = self.tr(" — {count} dates passed").format(count=due.missed) if due.missed > 1 else ""
        text = self.tr("{state}: talk with {name} about “{topic}” (since {when}){missed}").format(
            state=self.tr(STATE_WORDS[status]).split(" ", 1)[1],
            name=name,
            topic=topic,
            when=when_text(due.occurrence, talks.tz),
            missed=missed,
        )
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        line.addWidget(label, 1)
        subject = self.tr("the talk with {name} about {topic}").format(name=name, topic=topic)
        plan_id = due.plan.id
        for caption, accessible, slot in (
            (self.tr("Done"), self.tr("Mark {subject} as done"), lambda: self._done(plan_id)),
            (
                self.tr("Snooze 1 hour"),
                self.tr("Snooze {subject} for an hour"),
                lambda: self._snooze(plan_id),
            ),
            (self.tr("Open guide"), self.tr("Open the guide for {subject}"), lambda: self._guide(plan_id)),
            (self.tr("Go to talks"), self.tr("Go to the talks page for {name}"), lambda: self._go(plan_id)),
        ):
            button = QPushButton(caption)
            button.setAccessibleName(accessible.format(subject=subject, name=name))
            button.clicked.connect(show_errors(self, slot))
            line.addWidget(button)
        return row

    def _done(self, plan_id: int) -> None:
        assert self.talks is not None
        self.talks.done(plan_id)
        self.refresh()
        self.changed.emit()

    def _snooze(self, plan_id: int) -> None:
        assert self.talks is not None
        self.talks.snooze(plan_id, SNOOZE)
        self.refresh()
        self.changed.emit()

    def _guide(self, plan_id: int) -> None:
        assert self.talks is not None
        show_guide(self, self.talks, self.talks.find_plan(plan_id)[0])

    def _go(self, plan_id: int) -> None:
        assert self.talks is not None
        self.show_talks.emit(self.talks.find_plan(plan_id)[0].child_id)
