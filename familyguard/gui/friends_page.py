"""The Friends page: one child's contacts across apps, with filters, search, review, flags and history.

The table stays quick with 100,000 people: each row's lowercase search text and filter fields are
computed once when the list loads, and `ContactsFilter` (a proxy) keeps a plain list of the rows it
shows, rebuilt with one Python pass per keystroke (a QSortFilterProxyModel calling a Python
filterAcceptsRow per row measured 220-380 ms for 100,000 rows; this takes a few ms).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from familyguard.domain import RELATIONS, AppUse, Child
from familyguard.gui.errors import show_errors
from familyguard.storage.contacts import LedgerContact

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard

Index = QModelIndex | QPersistentModelIndex
ROLE_CONTACT = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 150
STATUS_RANK = {"flagged": 0, "new": 1, "reviewed": 2}
(NAME, HANDLE, APP, LISTS, RELATION, STATUS, FIRST_SEEN, LAST_SEEN) = range(8)


def _t(text: str) -> str:
    return QCoreApplication.translate("friends", text)


def status_word(status: str) -> str:
    return {"new": _t("New"), "reviewed": _t("Reviewed"), "flagged": _t("Flagged")}.get(status, status)


def relation_word(relation: str) -> str:
    words = {
        "family": _t("Family"),
        "school": _t("From school"),
        "offline_friend": _t("Friend they know offline"),
        "online_only": _t("Only knows them online"),
        "unknown": _t("Not sure yet"),
    }
    return words.get(relation, relation)


def list_word(name: str) -> str:
    words = {
        "friends": _t("friends"),
        "followers": _t("followers"),
        "following": _t("following"),
        "requests_received": _t("requests received"),
        "requests_sent": _t("requests sent"),
        "blocked": _t("blocked"),
        "close_friends": _t("close friends"),
        "contacts": _t("phone contacts"),
    }
    return words.get(name, name.replace("_", " "))


def status_icon(status: str) -> QIcon:
    """An icon beside the status word (never the only sign): a flag, a star for new, a tick."""
    from PySide6.QtWidgets import QApplication

    style = QApplication.style()
    pixmap = {
        "flagged": QStyle.StandardPixmap.SP_MessageBoxWarning,
        "new": QStyle.StandardPixmap.SP_MessageBoxInformation,
        "reviewed": QStyle.StandardPixmap.SP_DialogApplyButton,
    }.get(status, QStyle.StandardPixmap.SP_MessageBoxQuestion)
    return style.standardIcon(pixmap)


def _name_key(c: LedgerContact) -> str:
    return (c.display_name or c.handle or "").lower()


def _day(when: datetime | None) -> str:
    return when.date().isoformat() if when else ""


class ContactsModel(QAbstractTableModel):
    """One child's contacts (with their app use), and per row the precomputed fields filters use."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[LedgerContact, AppUse]] = []
        self.search_text: list[str] = []
        self._icons: dict[str, QIcon] = {}
        self._headers = (
            self.tr("Name"),
            self.tr("User name"),
            self.tr("App"),
            self.tr("Lists"),
            self.tr("How they know them"),
            self.tr("Status"),
            self.tr("First seen"),
            self.tr("Last seen"),
        )

    def reset(self, rows: Sequence[tuple[LedgerContact, AppUse]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.search_text = [self._search(c, u) for c, u in self._rows]
        self.endResetModel()

    @staticmethod
    def _search(c: LedgerContact, use: AppUse) -> str:
        return f"{c.display_name}\t{c.handle or ''}\t{c.platform_id or ''}\t{use.name}".lower()

    def contact(self, row: int) -> LedgerContact:
        return self._rows[row][0]

    def use(self, row: int) -> AppUse:
        return self._rows[row][1]

    def rows(self) -> list[tuple[LedgerContact, AppUse]]:
        return self._rows

    def replace(self, contact: LedgerContact) -> None:
        """Show a contact's new state (after a flag or a relation change)."""
        row = next((r for r, (c, _) in enumerate(self._rows) if c.id == contact.id), -1)
        if row >= 0:
            self._rows[row] = (contact, self._rows[row][1])
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c, use = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(c, use, column)
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            if c.status not in self._icons:
                self._icons[c.status] = status_icon(c.status)
            return self._icons[c.status]
        if role == Qt.ItemDataRole.ToolTipRole and column == STATUS and c.flag_reason:
            return self.tr("Flagged: {reason}").format(reason=c.flag_reason)
        if role == ROLE_CONTACT:
            return c
        return None

    def _text(self, c: LedgerContact, use: AppUse, column: int) -> str:
        if column == NAME:
            return c.display_name or (f"@{c.handle}" if c.handle else self.tr("(no name)"))
        if column == HANDLE:
            return f"@{c.handle}" if c.handle else ""
        if column == APP:
            return use.name
        if column == LISTS:
            return ", ".join(list_word(name) for name in sorted(c.lists))
        if column == RELATION:
            return relation_word(c.relation)
        if column == STATUS:
            return status_word(c.status)
        if column == FIRST_SEEN:
            return _day(c.first_seen)
        return _day(c.last_seen)

    def sort_key(self, column: int) -> Callable[[int], Any]:
        rows = self._rows
        if column == STATUS:
            return lambda r: (STATUS_RANK.get(rows[r][0].status, 3), _name_key(rows[r][0]))
        if column == FIRST_SEEN:
            return lambda r: rows[r][0].first_seen
        if column == LAST_SEEN:
            return lambda r: rows[r][0].last_seen
        if column == NAME:
            return lambda r: _name_key(rows[r][0])
        return lambda r: self._text(rows[r][0], rows[r][1], column).lower()


class ContactsFilter(QAbstractProxyModel):
    """Filters (app, status, relation, list, search text) and sorting over a ContactsModel."""

    def __init__(self, source: ContactsModel) -> None:
        super().__init__()
        self._source = source
        self.text = ""
        self.app: str | None = None
        self.status: str | None = None  # new, flagged, reviewed
        self.relation: str | None = None
        self.list_name: str | None = None
        self._sort: tuple[int, Qt.SortOrder] = (STATUS, Qt.SortOrder.AscendingOrder)
        self._order: list[int] = []
        self._shown: list[int] = []
        self._where: dict[int, int] | None = None
        self.setSourceModel(source)
        source.modelReset.connect(self._source_reset)
        source.dataChanged.connect(self._source_changed)

    def set_filters(self, **changes: Any) -> None:
        for name, value in changes.items():
            setattr(self, name, value)
        self.refilter()

    def refilter(self) -> None:
        """Rebuild the list of shown rows from the filters (one pass, no per-row Qt call)."""
        rows = self._source.rows()
        needle = self.text.strip().lower().removeprefix("@")
        search = self._source.search_text
        app, status, relation, list_name = self.app, self.status, self.relation, self.list_name
        shown = self._order
        if needle:
            shown = [r for r in shown if needle in search[r]]
        if app or status or relation or list_name:
            shown = [
                r
                for r in shown
                if (not app or rows[r][1].app_id == app)
                and (not status or rows[r][0].status == status)
                and (not relation or rows[r][0].relation == relation)
                and (not list_name or list_name in rows[r][0].lists)
            ]
        self.beginResetModel()
        self._shown = shown
        self._where = None
        self.endResetModel()

    def _source_reset(self) -> None:
        self._resort()

    def _resort(self) -> None:
        column, order = self._sort
        count = self._source.rowCount()
        self._order = sorted(
            range(count), key=self._source.sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder
        )
        self.refilter()

    def _source_changed(self, top: QModelIndex, bottom: QModelIndex, roles: Sequence[int] = ()) -> None:
        for row in range(top.row(), bottom.row() + 1):
            mapped = self.mapFromSource(self._source.index(row, 0))
            if mapped.isValid():
                self.dataChanged.emit(mapped, self.index(mapped.row(), self.columnCount() - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < self._source.columnCount():
            self._sort = (column, order)
            self._resort()

    def source_row(self, row: int) -> int:
        return self._shown[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._source.columnCount()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._shown)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not 0 <= row < len(self._shown) or not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index | None = None) -> Any:  # type: ignore[override]
        if child is None:
            return super().parent()
        return QModelIndex()

    def sibling(self, row: int, column: int, idx: Index) -> QModelIndex:
        return self.index(row, column)

    def mapToSource(self, proxy: Index) -> QModelIndex:
        if not proxy.isValid() or not 0 <= proxy.row() < len(self._shown):
            return QModelIndex()
        return self._source.index(self._shown[proxy.row()], proxy.column())

    def mapFromSource(self, source: Index) -> QModelIndex:
        if not source.isValid():
            return QModelIndex()
        if self._where is None:
            self._where = {src: row for row, src in enumerate(self._shown)}
        row = self._where.get(source.row(), -1)
        return self.index(row, source.column()) if row >= 0 else QModelIndex()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self._source.headerData(section, orientation, role)
        return section + 1 if role == Qt.ItemDataRole.DisplayRole else None


class FriendsPage(QWidget):
    """Who the chosen child is connected with, what is new, and what deserves a conversation."""

    import_requested = Signal(list)  # paths dropped onto the page (may be empty)
    child_chosen = Signal(int)
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.fg: FamilyGuard | None = None
        self.child: Child | None = None
        self._stale = True
        self.setAcceptDrops(True)
        self.model = ContactsModel()
        self.proxy = ContactsFilter(self.model)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.child_picker = QComboBox()
        self.child_picker.setAccessibleName(self.tr("Whose friends"))
        self.child_picker.activated.connect(lambda i: self.child_chosen.emit(self.child_picker.itemData(i)))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names and user names…"))
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.app_filter = self._combo(self.tr("Show app"))
        self.status_filter = self._combo(self.tr("Show status"))
        for status, text in (
            ("new", self.tr("New, not reviewed yet")),
            ("flagged", self.tr("Flagged")),
            ("reviewed", self.tr("Reviewed")),
        ):
            self.status_filter.addItem(status_icon(status), text, status)
        self.relation_filter = self._combo(self.tr("Show how they know them"))
        for relation in RELATIONS:
            self.relation_filter.addItem(relation_word(relation), relation)
        self.list_filter = self._combo(self.tr("Show list"))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Contacts of the chosen child"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(STATUS, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        widths = ((NAME, 140), (HANDLE, 150), (APP, 85), (LISTS, 130), (RELATION, 150), (STATUS, 105))
        for column, width in (*widths, (FIRST_SEEN, 95)):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.proxy.modelReset.connect(self._after_filter)
        self.review_button = QPushButton()
        self.review_button.setAccessibleName(self.tr("Mark all new contacts as reviewed"))
        self.review_button.clicked.connect(show_errors(self, self.review_all))
        self.flag_button = QPushButton(self.tr("Flag for a talk…"))
        self.flag_button.setAccessibleName(self.tr("Flag the chosen contact for a talk"))
        self.flag_button.clicked.connect(show_errors(self, self.flag_current))
        self.import_button = QPushButton(self.tr("&Import a friend list…"))
        self.import_button.setToolTip(self.tr("Import a friend list from an app's data download (Ctrl+I)"))
        self.import_button.setAccessibleName(self.tr("Import a friend list"))
        self.import_button.clicked.connect(lambda: self.import_requested.emit([]))
        self.count_label = QLabel()
        self.detail_title = QLabel()
        self.detail_title.setObjectName("heading")
        self.detail_title.setWordWrap(True)
        self.relation = QComboBox()
        self.relation.setAccessibleName(self.tr("How the child knows this person"))
        for relation in RELATIONS:
            self.relation.addItem(relation_word(relation), relation)
        self.relation.activated.connect(show_errors(self, self.set_relation))
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Details and history of the chosen contact"))
        self._build_layout()
        self._show_detail()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.addItem(self._all_word(name), None)
        combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        return combo

    def _all_word(self, name: str) -> str:
        return {
            self.tr("Show app"): self.tr("All apps"),
            self.tr("Show status"): self.tr("Any status"),
            self.tr("Show how they know them"): self.tr("Known any way"),
            self.tr("Show list"): self.tr("All lists"),
        }.get(name, self.tr("All"))

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("Child:")))
        top.addWidget(self.child_picker)
        top.addWidget(self.import_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.app_filter, self.status_filter, self.relation_filter, self.list_filter):
            filters.addWidget(combo, 1)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addLayout(filters)
        left_box.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.review_button)
        left_box.addLayout(buttons)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.detail_title)
        relation_row = QHBoxLayout()
        label = QLabel(self.tr("Known as:"))
        label.setBuddy(self.relation)
        relation_row.addWidget(label)
        relation_row.addWidget(self.relation, 1)
        right_box.addLayout(relation_row)
        right_box.addWidget(self.flag_button)
        right_box.addWidget(self.detail, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(splitter, 1)
        QWidget.setTabOrder(self.search, self.app_filter)

    # --- loading -------------------------------------------------------------------------------

    def attach(self, fg: FamilyGuard) -> None:
        self.fg = fg

    def show_child(self, child: Child | None, children: Sequence[Child] = ()) -> None:
        """The child whose friends to show; loads now when visible, else on the next ensure_loaded."""
        changed = getattr(child, "id", None) != getattr(self.child, "id", None)
        self.child = child
        self.child_picker.blockSignals(True)
        self.child_picker.clear()
        for each in children:
            self.child_picker.addItem(each.name, each.id)
        self.child_picker.setCurrentIndex(max(0, self.child_picker.findData(getattr(child, "id", None))))
        self.child_picker.blockSignals(False)
        self._stale = True
        if changed:
            self.search.clear()
        if self.isVisible():
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the child's present contacts again and keep the filters and the chosen contact."""
        self._stale = False
        chosen = getattr(self.current_contact(), "id", None)
        child, fg = self.child, self.fg
        rows = fg.ledger.listed(child) if child is not None and fg is not None else []
        self._refill(self.app_filter, sorted({(u.name, u.app_id) for _, u in rows}))
        lists = sorted({name for c, _ in rows for name in c.lists})
        self._refill(self.list_filter, [(list_word(name), name) for name in lists])
        self.model.reset(rows)
        self.select_contact(chosen)
        if child is None:
            self.heading.setText(self.tr("Add a child first (Ctrl+N), then import their friend list."))
        else:
            self.heading.setText(self.tr("{name}'s friends and followers").format(name=child.name))
        self.import_button.setEnabled(child is not None)

    def _refill(self, combo: QComboBox, items: Sequence[tuple[str, str]]) -> None:
        kept = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(kept)))
        combo.blockSignals(False)
        self._filters_changed(refilter=False)

    # --- filters -------------------------------------------------------------------------------

    def apply_search(self) -> None:
        self._debounce.stop()
        self.proxy.set_filters(text=self.search.text())

    def _filters_changed(self, refilter: bool = True) -> None:
        values = {
            "app": self.app_filter.currentData(),
            "status": self.status_filter.currentData(),
            "relation": self.relation_filter.currentData(),
            "list_name": self.list_filter.currentData(),
        }
        if refilter:
            self.proxy.set_filters(**values)
        else:
            for name, value in values.items():
                setattr(self.proxy, name, value)

    def show_new_only(self) -> None:
        self.status_filter.setCurrentIndex(self.status_filter.findData("new"))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _after_filter(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        new = sum(1 for c, _ in self.model.rows() if c.status == "new")
        self.count_label.setText(
            self.tr("Showing {shown} of {total} people.").format(shown=shown, total=total)
        )
        self.review_button.setText(self.tr("&Mark all {count} new as reviewed").format(count=new))
        self.review_button.setEnabled(new > 0)
        if not self.table.currentIndex().isValid():
            self._show_detail()

    # --- the chosen contact --------------------------------------------------------------------

    def current_contact(self) -> LedgerContact | None:
        index = self.table.currentIndex()
        return index.data(ROLE_CONTACT) if index.isValid() else None

    def select_contact(self, contact_id: int | None) -> None:
        if contact_id is None:
            self._show_detail()
            return
        rows = self.model.rows()
        source = next((r for r, (c, _) in enumerate(rows) if c.id == contact_id), -1)
        index = self.proxy.mapFromSource(self.model.index(source, 0)) if source >= 0 else QModelIndex()
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_detail()

    def _show_detail(self) -> None:
        contact = self.current_contact()
        for widget in (self.flag_button, self.relation):
            widget.setEnabled(contact is not None)
        if contact is None or self.fg is None:
            self.detail_title.setText(self.tr("Choose a person to see their details and history."))
            self.detail.clear()
            return
        use = self.model.use(self.proxy.source_row(self.table.currentIndex().row()))
        name = contact.display_name or f"@{contact.handle}"
        self.detail_title.setText(self.tr("{name} on {app}").format(name=name, app=use.name))
        self.relation.setCurrentIndex(max(0, self.relation.findData(contact.relation)))
        self.detail.setHtml(self._detail_html(contact, use))

    def _detail_html(self, c: LedgerContact, use: AppUse) -> str:
        esc = html.escape
        facts = [
            (self.tr("User name"), f"@{c.handle}" if c.handle else self.tr("not in the export")),
            (self.tr("Status"), status_word(c.status)),
            (self.tr("Lists"), ", ".join(list_word(n) for n in sorted(c.lists)) or "—"),
            (self.tr("First seen"), _day(c.first_seen)),
            (self.tr("Last seen"), _day(c.last_seen)),
        ]
        if c.flag_reason:
            facts.insert(2, (self.tr("Why flagged"), c.flag_reason))
        if c.source:
            facts.append((self.tr("Added through"), c.source))
        if c.since:
            facts.append((self.tr("On the list since"), _day(c.since)))
        parts = [f"<p><b>{esc(k)}:</b> {esc(v)}</p>" for k, v in facts]
        events = self.fg.ledger.history(str(c.id)) if self.fg else []
        parts.append(f"<h4>{esc(self.tr('History'))}</h4>")
        lines = [f"{_day(e.at)} — {self._event_text(e.kind, e.detail)}" for e in events]
        lines.insert(0, f"{_day(c.first_seen)} — {self.tr('first seen')}")
        parts.append("<ul>" + "".join(f"<li>{esc(line)}</li>" for line in lines) + "</ul>")
        return "".join(parts)

    def _event_text(self, kind: str, detail: dict[str, Any]) -> str:
        if kind == "renamed":
            return self.tr("name changed from “{a}” to “{b}”").format(
                a=detail.get("from"), b=detail.get("to")
            )
        if kind == "handle":
            return self.tr("user name changed from @{a} to @{b}").format(
                a=detail.get("from"), b=detail.get("to")
            )
        if kind == "lists":
            added = ", ".join(list_word(n) for n in detail.get("added", []))
            gone = ", ".join(list_word(n) for n in detail.get("removed", []))
            bits = [self.tr("now on {lists}").format(lists=added)] if added else []
            bits += [self.tr("no longer on {lists}").format(lists=gone)] if gone else []
            return "; ".join(bits) or self.tr("lists changed")
        if kind == "relation":
            return self.tr("marked as: {relation}").format(relation=relation_word(str(detail.get("to"))))
        if kind == "removed":
            return self.tr("no longer on the child's lists")
        if kind == "restored":
            return self.tr("back on the child's lists")
        if kind == "flagged":
            reason = detail.get("reason")
            return self.tr("flagged: {reason}").format(reason=reason) if reason else self.tr("flagged")
        return status_word(kind).lower()

    # --- actions -------------------------------------------------------------------------------

    def review_all(self) -> None:
        if self.child is None or self.fg is None:
            return
        count = self.fg.ledger.review(self.child)
        self.reload()
        self.count_label.setText(self.tr("Marked {count} people as reviewed.").format(count=count))
        self.changed.emit()

    def flag_current(self) -> None:
        contact = self.current_contact()
        if contact is None or self.fg is None:
            return
        name = contact.display_name or f"@{contact.handle}"
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Flag for a talk"),
            self.tr("Why would you like to talk about {name}? (optional)").format(name=name),
            text=contact.flag_reason or "",
        )
        if ok:
            self.model.replace(self.fg.ledger.flag(str(contact.id), reason))
            self._show_detail()
            self._after_filter()
            self.changed.emit()

    def set_relation(self) -> None:
        contact = self.current_contact()
        relation = self.relation.currentData()
        if contact is None or self.fg is None or relation == contact.relation:
            return
        self.model.replace(self.fg.ledger.set_relation(str(contact.id), relation))
        self._show_detail()
        self.changed.emit()

    # --- drag and drop of an export ------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if self.child is not None and urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_requested.emit(paths)
