"""The Family page, the window's first: what needs the parent's attention, then a card per child.

A thin face over familyguard.overview: the page shows what `household_overview` computed, and its
buttons ask the window to go there (`open_target`), or to a child's Children page (`child_chosen`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from familyguard.gui.attention import AttentionList
from familyguard.gui.home_cards import ChildCardsView
from familyguard.overview import Overview, household_overview

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard
    from familyguard.talks.service import Talks


class HomePage(QWidget):
    """What needs attention and each child at a glance: "is there anything I should do?" on one page.

    `changed`: a talk was answered here; `open_target(Target)`: go where an item points;
    `child_chosen(child_id)`: a child's card was chosen.
    """

    changed = Signal()
    open_target = Signal(object)
    child_chosen = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Family"))
        self.fg: FamilyGuard | None = None
        self.talks: Talks | None = None
        self.overview = Overview((), ())
        self._stale = True
        self.heading = QLabel(self.tr("Your family"))
        self.heading.setObjectName("heading")
        self.attention = AttentionList()
        self.attention.changed.connect(self._talk_answered)
        self.attention.open_target.connect(self.open_target)
        self.attention.more.clicked.connect(self._fit_attention)
        self.attention_area = QScrollArea()
        self.attention_area.setWidgetResizable(True)
        self.attention_area.setFrameShape(QFrame.Shape.NoFrame)
        self.attention_area.setWidget(self.attention)
        self.attention_area.setAccessibleName(self.tr("Needs your attention"))
        self.cards_title = QLabel(self.tr("Your children"))
        self.cards_title.setObjectName("subheading")
        self.cards = ChildCardsView()
        self.cards.chosen.connect(self.child_chosen)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.attention_area, 3)  # as tall as its rows, sharing the rest with the cards
        box.addWidget(self.cards_title)
        box.addWidget(self.cards, 2)

    def attach(self, fg: FamilyGuard, talks: Talks) -> None:
        self.fg, self.talks = fg, talks
        self.attention.attach(talks)

    def mark_stale(self) -> None:
        """The household changed: reload once the event loop is free, if the page is still shown."""
        self._stale = True
        QTimer.singleShot(0, self, self._reload_if_shown)

    def _reload_if_shown(self) -> None:
        if self.isVisible():
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Compute the overview again and show it."""
        self._stale = False
        if self.fg is not None and self.talks is not None:
            self.show_overview(household_overview(self.fg, self.talks))

    def show_overview(self, overview: Overview) -> None:
        assert self.talks is not None
        self.overview = overview
        self.attention.show_items(overview.items)
        self._fit_attention()
        self.cards.cards.reset(overview.cards, self.talks.tz)
        self.cards_title.setText(
            self.tr("Your children") if overview.cards else self.tr("Add your first child to begin (Ctrl+N).")
        )

    def _fit_attention(self) -> None:
        """The attention list takes the height of its rows (scrolling when the window is shorter)."""
        self.attention_area.setMaximumHeight(self.attention.sizeHint().height())

    def _talk_answered(self) -> None:
        self.refresh()
        self.changed.emit()
