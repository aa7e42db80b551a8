"""The Friends table's data: `ContactsModel` (one child's contacts) and `ContactsFilter` (filters, sorting).

The table stays quick with 100,000 people: each row's lowercase search text and filter fields are
computed once when the list loads, and `ContactsFilter` (a proxy) keeps a plain list of the rows it
shows, rebuilt with one Python pass per keystroke (a QSortFilterProxyModel calling a Python
filterAcceptsRow per row measured 220-380 ms for 100,000 rows; this takes a few ms).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle

from familyguard.domain import AppUse
from familyguard.gui.table_model import RowsModel
from familyguard.storage.contacts import LedgerContact

Index = QModelIndex | QPersistentModelIndex
ROLE_CONTACT = Qt.ItemDataRole.UserRole + 1
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


def day_text(when: datetime | None) -> str:
    return when.date().isoformat() if when else ""


def _page_t(text: str) -> str:
    return QCoreApplication.translate("FriendsPage", text)  # the context of FriendsPage.tr


def event_text(kind: str, detail: dict[str, Any]) -> str:
    """One event of a contact's history, in words (the Friends page's detail pane)."""
    if kind == "renamed":
        return _page_t("name changed from “{a}” to “{b}”").format(a=detail.get("from"), b=detail.get("to"))
    if kind == "handle":
        return _page_t("user name changed from @{a} to @{b}").format(a=detail.get("from"), b=detail.get("to"))
    if kind == "lists":
        added = ", ".join(list_word(n) for n in detail.get("added", []))
        gone = ", ".join(list_word(n) for n in detail.get("removed", []))
        bits = [_page_t("now on {lists}").format(lists=added)] if added else []
        bits += [_page_t("no longer on {lists}").format(lists=gone)] if gone else []
        return "; ".join(bits) or _page_t("lists changed")
    if kind == "relation":
        return _page_t("marked as: {relation}").format(relation=relation_word(str(detail.get("to"))))
    if kind == "removed":
        return _page_t("no longer on the child's lists")
    if kind == "restored":
        return _page_t("back on the child's lists")
    if kind == "flagged":
        reason = detail.get("reason")
        return _page_t("flagged: {reason}").format(reason=reason) if reason else _page_t("flagged")
    return status_word(kind).lower()


class ContactsModel(RowsModel):
    """One child's contacts (with their app use), and per row the precomputed fields filters use."""

    HEADERS = ("Name", "User name", "App", "Lists", "How they know them", "Status", "First seen", "Last seen")

    def __init__(self) -> None:
        super().__init__()
        self.search_text: list[str] = []
        self._icons: dict[str, QIcon] = {}

    def reset(self, rows: Sequence[tuple[LedgerContact, AppUse]]) -> None:  # type: ignore[override]
        self.search_text = [self._search(c, u) for c, u in rows]
        super().reset(list(rows))

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

    def cell(self, row: tuple[LedgerContact, AppUse], column: int, role: int) -> Any:
        c, use = row
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
            return day_text(c.first_seen)
        return day_text(c.last_seen)

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
