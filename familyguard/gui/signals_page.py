"""Warning signs across the family: the same stranger on several children, one person on several apps…

A table of signals (kind in words with an icon, the children, the apps, what it means) and, for the
chosen one, the people behind it and why each counts.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyle,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from familyguard.gui.i18n import content
from familyguard.gui.table_model import RowsModel

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard
    from familyguard.contacts.signals import Signal

Index = QModelIndex | QPersistentModelIndex
ROLE_SIGNAL = Qt.ItemDataRole.UserRole + 1
KIND, CHILDREN, APPS, EXPLANATION = range(4)


def kind_word(kind: str) -> str:
    words = {
        "shared_between_children": QT_TRANSLATE_NOOP(
            "signals", "The same account on several children's lists"
        ),
        "same_person_across_apps": QT_TRANSLATE_NOOP("signals", "Looks like the same person on two apps"),
        "burst_of_new_contacts": QT_TRANSLATE_NOOP("signals", "Many new contacts at once"),
        "stranger_request": QT_TRANSLATE_NOOP("signals", "Requests from people they may not know"),
    }
    return QCoreApplication.translate("signals", words[kind]) if kind in words else kind.replace("_", " ")


def kind_icon(kind: str) -> QIcon:
    pixmap = (
        QStyle.StandardPixmap.SP_MessageBoxWarning
        if kind in ("shared_between_children", "same_person_across_apps")
        else QStyle.StandardPixmap.SP_MessageBoxInformation
    )
    return QApplication.style().standardIcon(pixmap)


class SignalsModel(RowsModel):
    """The household's signals, most serious kinds first."""

    ORDER = (
        "shared_between_children",
        "same_person_across_apps",
        "stranger_request",
        "burst_of_new_contacts",
    )

    HEADERS = (
        QT_TRANSLATE_NOOP("SignalsModel", "Warning sign"),
        QT_TRANSLATE_NOOP("SignalsModel", "Children"),
        QT_TRANSLATE_NOOP("SignalsModel", "Apps"),
        QT_TRANSLATE_NOOP("SignalsModel", "What it means"),
    )

    def reset(self, signals: Sequence[Signal]) -> None:  # type: ignore[override]
        rank = {kind: i for i, kind in enumerate(self.ORDER)}
        super().reset(sorted(signals, key=lambda s: rank.get(s.kind, len(rank))))

    def signal(self, row: int) -> Signal:
        return self._rows[row]  # type: ignore[no-any-return]

    def cell(self, signal: Signal, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == KIND:
                return kind_word(signal.kind)
            if column == CHILDREN:
                return ", ".join(signal.children)
            if column == APPS:
                return ", ".join(sorted({i.use.name for i in signal.involved}))
            return content(signal.explanation)
        if role == Qt.ItemDataRole.ToolTipRole and column == EXPLANATION:
            return content(signal.explanation)
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return kind_icon(signal.kind)
        if role == ROLE_SIGNAL:
            return signal
        return None


class SignalsPage(QWidget):
    """Family-wide warning signs, each with the people behind it."""

    def __init__(self) -> None:
        super().__init__()
        self.fg: FamilyGuard | None = None
        self._stale = True
        self.model = SignalsModel()
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Warning signs across the family"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        self.table.setColumnWidth(KIND, 370)
        self.table.setColumnWidth(CHILDREN, 130)
        self.table.setColumnWidth(APPS, 150)
        header.setSectionResizeMode(EXPLANATION, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The people behind the chosen warning sign"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(splitter, 1)

    def attach(self, fg: FamilyGuard) -> None:
        self.fg = fg

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        signals = self.fg.ledger.signals() if self.fg is not None else []
        self.model.reset(signals)
        if signals:
            self.heading.setText(
                self.tr(
                    "{count} things about your children's contacts are worth a look. "
                    "None of them proves anything: they are reasons to ask your child."
                ).format(count=len(signals))
            )
            self.table.selectRow(0)
        else:
            self.heading.setText(self.tr("Nothing stands out in your children's contacts right now."))
        self._show_detail()

    def _show_detail(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.detail.clear()
            return
        signal = self.model.signal(index.row())
        esc = html.escape
        parts = [f"<h3>{esc(kind_word(signal.kind))}</h3>", f"<p>{esc(content(signal.explanation))}</p>"]
        if signal.score is not None:
            parts.append(
                "<p>"
                + esc(self.tr("How alike they are: {score:g} out of 100.").format(score=signal.score))
                + "</p>"
            )
        parts.append("<h4>" + esc(self.tr("The people behind it")) + "</h4><ul>")
        for involved in signal.involved:
            c = involved.contact
            who = c.display_name or ""
            if c.handle:
                who = f"{who} (@{c.handle})" if who else f"@{c.handle}"
            line = self.tr("{who}, on {child}'s {app}: {reason}").format(
                who=who or c.platform_id,
                child=involved.child.name,
                app=involved.use.name,
                reason=content(involved.reason),
            )
            parts.append(f"<li>{esc(line)}</li>")
        parts.append("</ul>")
        parts.append(
            "<p>"
            + esc(
                self.tr(
                    "Open the child's Friends page to mark these people as reviewed, say how the child "
                    "knows them, or flag them for a talk."
                )
            )
            + "</p>"
        )
        self.detail.setHtml("".join(parts))
