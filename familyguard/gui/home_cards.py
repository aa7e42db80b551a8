"""The children's cards on the Family page: age, apps with their highest level, contacts to review, next talk.

Model/view: a list model of the overview's ChildCards and a delegate that paints each as a card, so a
large family costs only the cards on screen. A click, or Enter on the chosen card, opens the child.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from familyguard.gui.i18n import content
from familyguard.gui.risk_widgets import level_colour, level_text, level_word
from familyguard.gui.talk_dialogs import when_text

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from familyguard.overview import ChildCard

Index = QModelIndex | QPersistentModelIndex
ROLE_CARD = Qt.ItemDataRole.UserRole + 1
ROLE_LINES = Qt.ItemDataRole.UserRole + 2  # title, level, apps, contacts, next talk
APPS_SHOWN = 3
CARD_SIZE = QSize(390, 185)
PADDING = 10


class ChildCardsModel(QAbstractListModel):
    """The children's cards, in the overview's order (by name)."""

    def __init__(self) -> None:
        super().__init__()
        self._cards: list[tuple[ChildCard, list[str]]] = []

    def reset(self, cards: tuple[ChildCard, ...], tz: ZoneInfo) -> None:
        self.beginResetModel()
        self._cards = [(card, self._lines(card, tz)) for card in cards]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card, lines = self._cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title, _, *rest = lines
            level = self.tr("highest level {level}").format(level=level_word(card.overall))
            return "\n".join([f"{title}, {level}", *rest])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Open {name}'s apps on the Children page").format(name=card.child.name)
        if role == ROLE_CARD:
            return card
        if role == ROLE_LINES:
            return lines
        return None

    def _lines(self, card: ChildCard, tz: ZoneInfo) -> list[str]:
        return [
            self.tr("{name}, {age}").format(name=card.child.name, age=card.age),
            level_text(card.overall),
            self._apps(card),
            self._contacts(card),
            self._talk(card, tz),
        ]

    def _apps(self, card: ChildCard) -> str:
        if not card.apps:
            return self.tr("No apps recorded yet.")
        shown = ", ".join(f"{name} {level_text(level)}" for name, level in card.apps[:APPS_SHOWN])
        more = len(card.apps) - APPS_SHOWN
        if more > 0:
            shown += self.tr(" and {count} more").format(count=more)
        return self.tr("Apps: {apps}").format(apps=shown)

    def _contacts(self, card: ChildCard) -> str:
        if not card.new_contacts and not card.flagged_contacts:
            return self.tr("No contacts to review.")
        text = self.tr("Contacts to review: {count} new").format(count=card.new_contacts)
        if card.flagged_contacts:
            text += self.tr(", {count} flagged").format(count=card.flagged_contacts)
        return text + "."

    def _talk(self, card: ChildCard, tz: ZoneInfo) -> str:
        talk = card.next_talk
        if talk is None:
            return self.tr("No talk planned.")
        text = self.tr("Next talk: “{topic}”, {when}").format(
            topic=content(talk.topic, "talks"), when=when_text(talk.when, tz)
        )
        return text + (self.tr(" (waiting now)") if talk.due else "") + "."


class ChildCardDelegate(QStyledItemDelegate):
    """Paints a card: the name and age large, the level in its word and glyph (coloured), then the rest."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return CARD_SIZE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        title, level, *rest = index.data(ROLE_LINES)
        card: ChildCard = index.data(ROLE_CARD)
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        box = option.rect.adjusted(3, 3, -3, -3)
        painter.setPen(option.palette.mid().color())
        painter.drawRoundedRect(box, 6, 6)
        area = box.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        text = option.palette.text().color()
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        top = self._line(painter, area, area.top(), title, font, text)
        font.setPointSizeF(option.font.pointSizeF())
        top = self._line(painter, area, top, level, font, level_colour(card.overall, option.palette))
        for line in rest:
            top = self._line(painter, area, top, line, option.font, text)
        painter.restore()

    @staticmethod
    def _line(painter: QPainter, area: QRect, top: int, text: str, font: QFont, colour: Any) -> int:
        """Draw wrapped text from `top` inside `area`; return where the next line starts."""
        painter.setFont(font)
        painter.setPen(colour)
        rect = QRect(area.left(), top, area.width(), area.bottom() - top)
        flags = (
            int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
        )
        used = painter.boundingRect(rect, flags, text)
        painter.drawText(rect, flags, text)
        return used.bottom() + 3


class ChildCardsView(QListView):
    """The cards, left to right and wrapping; `chosen(child_id)` on a click or Enter."""

    chosen = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.cards = ChildCardsModel()
        self.setModel(self.cards)
        self.setItemDelegate(ChildCardDelegate(self))
        self.setAccessibleName(self.tr("Your children"))
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self.activated.connect(self._chosen)  # Enter, and a click where the style activates on one
        if not self.style().styleHint(QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick):
            self.clicked.connect(self._chosen)

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen.emit(index.data(ROLE_CARD).child.id)
