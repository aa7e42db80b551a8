"""The app catalogue: search (typo-tolerant), a table of apps, and each app's page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familyguard.catalog import AppEntry
from familyguard.gui.app_page import AppPage
from familyguard.gui.errors import show_errors
from familyguard.gui.i18n_words import category_word
from familyguard.gui.risk_widgets import level_colour, level_text, level_word
from familyguard.gui.table_model import RowsModel

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard

Index = QModelIndex | QPersistentModelIndex
ROLE_ENTRY = Qt.ItemDataRole.UserRole + 2


class CatalogueModel(RowsModel):
    """Catalogue apps (in search order): name, kind, minimum age, overall risk, status."""

    HEADERS = (
        QT_TRANSLATE_NOOP("CatalogueModel", "App"),
        QT_TRANSLATE_NOOP("CatalogueModel", "Risk"),
        QT_TRANSLATE_NOOP("CatalogueModel", "Minimum age"),
        QT_TRANSLATE_NOOP("CatalogueModel", "Kind"),
        QT_TRANSLATE_NOOP("CatalogueModel", "Status"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._levels: dict[str, str] = {}

    def reset(self, apps: list[AppEntry], levels: dict[str, str]) -> None:
        self._levels = dict(levels)
        super().reset(apps)

    def cell(self, app: AppEntry, column: int, role: int) -> Any:
        level = self._levels.get(app.id, "none")
        if role == ROLE_ENTRY:
            return app
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(app, column, level)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return self.tr("{app}, risk {level}, {status}").format(
                app=app.name, level=level_word(level), status=self._status(app)
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            from PySide6.QtWidgets import QApplication

            return level_colour(level, QApplication.palette())
        if role == Qt.ItemDataRole.FontRole and (app.status != "active" or (column == 1 and level == "high")):
            font = QFont()
            font.setItalic(app.status != "active")
            font.setBold(column == 1 and level == "high")
            return font
        return None

    def _status(self, app: AppEntry) -> str:
        return {
            "active": self.tr("Available"),
            "closed": self.tr("Closed down"),
            "removed_from_stores": self.tr("Removed from stores"),
        }.get(app.status, app.status)

    def _text(self, app: AppEntry, column: int, level: str) -> str:
        if column == 0:
            closed = self.tr(" (closed)") if app.status == "closed" else ""
            removed = self.tr(" (removed from stores)") if app.status == "removed_from_stores" else ""
            return app.name + closed + removed
        if column == 1:
            return level_text(level)
        if column == 2:
            if app.min_age_fact.value == "unknown":
                return self.tr("not known")
            return str(app.min_age) if app.min_age else self.tr("none")
        if column == 3:
            return category_word(app.category)
        return self._status(app)

    def entry(self, row: int) -> AppEntry | None:
        return self.item(row)


class SearchBox(QLineEdit):
    """The search field: Down moves into the results, Enter opens the first or chosen one."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class CataloguePage(QWidget):
    """Browse and search the catalogue; Enter opens an app's page; `corrected` after a correction."""

    corrected = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fg: FamilyGuard | None = None
        self.loaded = False
        self.model = CatalogueModel()
        self.search = SearchBox()
        self.search.setAccessibleName(self.tr("Search apps"))
        self.search.setPlaceholderText(self.tr("Search by name, e.g. Snapchat or musical.ly (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)
        self.search.returnPressed.connect(show_errors(self, self.open_current))
        self.search.down.connect(self._into_list)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Apps in the catalogue"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(lambda index: show_errors(self, lambda: self.open_row(index.row()))())
        self.count = QLabel()
        self.count.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "What each app lets strangers do, with sources. Open an app to see why, and what you can do."
            )
        )
        intro.setWordWrap(True)
        heading = QLabel(self.tr("App catalogue"))
        heading.setObjectName("heading")
        listing = QWidget()
        box = QVBoxLayout(listing)
        box.addWidget(heading)
        box.addWidget(intro)
        box.addWidget(self.search)
        box.addWidget(self.count)
        box.addWidget(self.view)
        self.app_page = AppPage()
        self.app_page.back.connect(self.show_list)
        self.app_page.corrected.connect(self._corrected)
        self.stack = QStackedWidget()
        self.stack.addWidget(listing)
        self.stack.addWidget(self.app_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def attach(self, fg: FamilyGuard) -> None:
        self.fg = fg

    def ensure_loaded(self) -> None:
        """Load the catalogue the first time the page is shown (about 0.1 s)."""
        if not self.loaded and self.fg is not None:
            self.loaded = True
            self.filter(self.search.text())

    def _levels(self) -> dict[str, str]:
        assert self.fg is not None
        return {app.id: self.fg.risk.app(app).overall for app in self.fg.catalogue.apps}

    def filter(self, text: str) -> None:
        if self.fg is None or not self.loaded:
            return
        found = self.fg.catalogue.search(text)
        self.model.reset(found, self._levels())
        if found:
            self.view.selectRow(0)
        total = len(self.fg.catalogue)
        if not text.strip():
            self.count.setText(self.tr("{n} apps.").format(n=total))
        elif found:
            self.count.setText(
                self.tr("{n} of {total} apps match “{text}”.").format(n=len(found), total=total, text=text)
            )
        else:
            self.count.setText(
                self.tr("No app matches “{text}”. Check the spelling, or add it as your own app.").format(
                    text=text
                )
            )

    def focus_search(self) -> None:
        self.ensure_loaded()
        self.show_list()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _into_list(self) -> None:
        if self.model.rowCount():
            self.view.setFocus()
            self.view.selectRow(max(self.view.currentIndex().row(), 0))

    def open_current(self) -> None:
        self.open_row(max(self.view.currentIndex().row(), 0))

    def open_row(self, row: int) -> None:
        entry = self.model.entry(row)
        if entry is not None and self.fg is not None:
            self.open_entry(entry)

    def open_entry(self, entry: AppEntry) -> None:
        assert self.fg is not None
        self.ensure_loaded()
        self.app_page.show_entry(self.fg, entry)
        self.stack.setCurrentWidget(self.app_page)
        self.app_page.scroll.verticalScrollBar().setValue(0)
        self.app_page.back_button.setFocus()

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.view.setFocus()

    def _corrected(self) -> None:
        self.filter(self.search.text())
        self.corrected.emit()
