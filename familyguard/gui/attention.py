"""'Needs your attention': the household's attention items, most important first, each with its button.

A talk that is due keeps its one-click answers (Done, Snooze 1 hour, Open guide) beside "Go to talks".
The list shows SHOWN rows and "Show N more" adds SHOWN at a time: calm, not a wall of alarms.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from familyguard.gui.errors import show_errors
from familyguard.gui.i18n import content
from familyguard.gui.risk_widgets import LevelIcon
from familyguard.gui.talk_dialogs import show_guide

if TYPE_CHECKING:
    from familyguard.overview import AttentionItem, Target
    from familyguard.talks.service import Talks

SNOOZE = "1h"
SHOWN = 8


def importance_word(level: str) -> str:
    """How important an item is, in words (beside its level icon: never colour alone)."""
    words = {
        "high": QT_TRANSLATE_NOOP("attention", "Important"),
        "medium": QT_TRANSLATE_NOOP("attention", "Soon"),
        "low": QT_TRANSLATE_NOOP("attention", "When you can"),
    }
    return QCoreApplication.translate("attention", words[level])


def go_caption(target: Target) -> str:
    """The caption of the button that opens an item's target."""
    translate = QCoreApplication.translate
    if target.page == "talks":
        return translate("attention", "Go to talks")
    if target.page == "signals":
        return translate("attention", "See the warning sign")
    if target.page == "apps":
        return translate("attention", "See the app")
    if target.status == "flagged":
        return translate("attention", "See flagged contacts")
    if target.status == "new":
        return translate("attention", "Review contacts")
    return translate("attention", "Go to friends")


class AttentionList(QFrame):
    """The attention items with their buttons; says so plainly when there are none.

    `changed`: a talk was answered here; `open_target(Target)`: go where an item's button points.
    """

    changed = Signal()
    open_target = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("attention")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Needs your attention"))
        self.talks: Talks | None = None
        self.items: list[AttentionItem] = []
        self.row_widgets: list[QWidget] = []
        self.shown = SHOWN
        self.title = QLabel(self.tr("Needs your attention"))
        self.title.setObjectName("subheading")
        self.calm = QLabel(
            self.tr(
                "Nothing needs your attention right now: no talks are due, no contacts are waiting "
                "for review and nothing stands out in your children's apps."
            )
        )
        self.calm.setWordWrap(True)
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.more = QPushButton()
        self.more.clicked.connect(self.show_more)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addLayout(self.rows)
        box.addWidget(self.calm)
        box.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)

    def attach(self, talks: Talks) -> None:
        self.talks = talks

    def show_items(self, items: Sequence[AttentionItem]) -> None:
        """Show these items (most important first), the first SHOWN of them."""
        self.items = list(items)
        self.shown = SHOWN
        self._fill()

    def show_more(self) -> None:
        self.shown += SHOWN
        self._fill()

    def _fill(self) -> None:
        for row in self.row_widgets:
            row.hide()
            row.deleteLater()
        self.row_widgets = [self._row(item) for item in self.items[: self.shown]]
        for row in self.row_widgets:
            self.rows.addWidget(row)
            row.show()  # now, not on the next event-loop pass: the list's size hint counts it
        more = len(self.items) - len(self.row_widgets)
        self.more.setText(self.tr("Show {count} more…").format(count=min(more, SHOWN)))
        self.more.setAccessibleName(
            self.tr("Show more of the {count} things that also need attention").format(count=more)
        )
        self.more.setVisible(more > 0)
        self.calm.setVisible(not self.items)

    def _row(self, item: AttentionItem) -> QWidget:
        row = QFrame()
        row.setObjectName("attentionItem")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 2, 0, 2)
        line.addWidget(LevelIcon(item.importance))
        word = QLabel(importance_word(item.importance))
        word.setObjectName("importance")
        line.addWidget(word)
        reason = content(item.reason)
        label = QLabel(reason)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        line.addWidget(label, 1)
        row.setAccessibleName(label.text())
        buttons: list[tuple[str, str, Callable[[], None]]] = []
        plan_id = item.target.plan_id
        if item.is_talk and plan_id is not None:
            if item.kind != "talk_upcoming":
                buttons += [
                    (self.tr("Done"), self.tr("Mark as done: {subject}"), lambda: self._done(plan_id)),
                    (
                        self.tr("Snooze 1 hour"),
                        self.tr("Snooze for an hour: {subject}"),
                        lambda: self._snooze(plan_id),
                    ),
                ]
            buttons.append(
                (self.tr("Open guide"), self.tr("Open the guide: {subject}"), lambda: self._guide(plan_id))
            )
        target = item.target
        buttons.append((go_caption(target), go_caption(target) + ": {subject}", lambda: self._go(target)))
        for caption, accessible, slot in buttons:
            button = QPushButton(caption)
            button.setAccessibleName(accessible.format(subject=reason))
            button.clicked.connect(show_errors(self, slot))
            line.addWidget(button)
        return row

    def _done(self, plan_id: int) -> None:
        assert self.talks is not None
        self.talks.done(plan_id)
        self.changed.emit()

    def _snooze(self, plan_id: int) -> None:
        assert self.talks is not None
        self.talks.snooze(plan_id, SNOOZE)
        self.changed.emit()

    def _guide(self, plan_id: int) -> None:
        assert self.talks is not None
        show_guide(self, self.talks, self.talks.find_plan(plan_id)[0])

    def _go(self, target: Target) -> None:
        self.open_target.emit(target)
