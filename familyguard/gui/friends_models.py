"""The Friends table's data: `ContactsModel` (one child's contacts) and `ContactsFilter` (filters, sorting).

The table stays quick with 100,000 people: each row's lowercase search text and filter fields are
computed once when the list loads, and `ContactsFilter` (a proxy) keeps a plain list of the rows it
shows, rebuilt with one Python pass per keystroke (a QSortFilterProxyModel calling a Python
filterAcceptsRow per row measured 220-380 ms for 100,000 rows; this takes a few ms).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from familyguard.domain import AppUse
from familyguard.gui.contact_search import SortedSearch
from familyguard.gui.friends_words import (
    contact_name,
    day_text,
    gone_text,
    list_word,
    relation_word,
    status_icon,
    status_word,
)
from familyguard.gui.table_model import RowsModel
from familyguard.storage.contacts import LedgerContact

Index = QModelIndex | QPersistentModelIndex
ROLE_CONTACT = Qt.ItemDataRole.UserRole + 1
STATUS_RANK = {"flagged": 0, "new": 1, "reviewed": 2}
(NAME, HANDLE, APP, LISTS, RELATION, STATUS, FIRST_SEEN, LAST_SEEN) = range(8)


def _name_key(c: LedgerContact) -> str:
    return (c.display_name or c.handle or c.platform_id or "").lower()


class ContactsModel(RowsModel):
    """One child's contacts (with their app use), and per row the precomputed fields filters use.

    The rows may include people no longer on the child's lists (`removed` set): shown greyed, with
    since when they are gone, and never counted as new.
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("ContactsModel", "Name"),
        QT_TRANSLATE_NOOP("ContactsModel", "User name"),
        QT_TRANSLATE_NOOP("ContactsModel", "App"),
        QT_TRANSLATE_NOOP("ContactsModel", "Lists"),
        QT_TRANSLATE_NOOP("ContactsModel", "How they know them"),
        QT_TRANSLATE_NOOP("ContactsModel", "Status"),
        QT_TRANSLATE_NOOP("ContactsModel", "First seen"),
        QT_TRANSLATE_NOOP("ContactsModel", "Last seen"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.search_text: list[str] = []
        self._icons: dict[str, QIcon] = {}
        self._new: int | None = None
        self._removed: frozenset[int] = frozenset()
        self.changes: Mapping[int, str] = {}
        self._changed: int | None = None

    def reset(  # type: ignore[override]
        self,
        rows: Sequence[tuple[LedgerContact, AppUse]],
        search_text: list[str] | None = None,
        changes: Mapping[int, str] | None = None,
    ) -> None:
        """Show these rows; search_text (per row, see search_texts) when already computed; changes:
        what each app's last import changed, by contact id (`Ledger.last_import_changes`)."""
        self.search_text = search_texts(rows) if search_text is None else search_text
        self.changes = changes or {}
        self._new = self._changed = None
        self._removed = frozenset(r for r, (c, _) in enumerate(rows) if c.removed is not None)
        super().reset(list(rows))

    def new_count(self) -> int:
        """How many present contacts are new (not reviewed); counted once per change, not per keystroke."""
        if self._new is None:
            self._new = sum(1 for c, _ in self._rows if c.status == "new" and c.removed is None)
        return self._new

    def changed_count(self) -> int:
        """How many people shown the last import changed; counted once per load, not per keystroke."""
        if self._changed is None:
            changes = self.changes
            self._changed = sum(1 for c, _ in self._rows if c.id in changes)
        return self._changed

    def removed_rows(self) -> frozenset[int]:
        """The rows of people no longer on the child's lists (a new set whenever they change)."""
        return self._removed

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
            self._new = None
            if (contact.removed is not None) != (row in self._removed):
                self._removed = self._removed ^ {row}
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    ROLES = frozenset(
        {
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            ROLE_CONTACT,
        }
    )
    """The roles a cell answers: the table asks for seven per cell as it paints, most of them None."""

    def cell(self, row: tuple[LedgerContact, AppUse], column: int, role: int) -> Any:
        c, use = row
        gone = c.removed is not None and column == STATUS
        if gone and role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return gone_text(c)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(c, use, column)
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            status = "removed" if c.removed is not None else c.status
            if status not in self._icons:
                self._icons[status] = status_icon(status)
            return self._icons[status]
        if role == Qt.ItemDataRole.ToolTipRole and column == STATUS and c.flag_reason:
            return self.tr("Flagged: {reason}").format(reason=c.flag_reason)
        if role == Qt.ItemDataRole.ForegroundRole and c.removed is not None:
            return _greyed()
        if role == ROLE_CONTACT:
            return c
        return None

    @staticmethod
    def _text(c: LedgerContact, use: AppUse, column: int) -> str:
        if column == NAME:
            return contact_name(c)
        if column == HANDLE:
            return f"@{c.handle}" if c.handle else ""
        if column == APP:
            return use.name
        if column == LISTS:
            return ", ".join(list_word(name) for name in sorted(c.lists))
        if column == RELATION:
            return relation_word(c.relation)
        if column == STATUS:
            return status_word(c.status if c.removed is None else "removed")
        if column == FIRST_SEEN:
            return day_text(c.first_seen)
        return day_text(c.last_seen)


def _greyed() -> QColor:
    """The text colour of a removed contact's cells: the palette's disabled text."""
    return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


def search_texts(rows: Sequence[tuple[LedgerContact, AppUse]]) -> list[str]:
    """Per row, the lowercase text the search box looks in (pure Python: may run off the GUI thread)."""
    return [f"{c.display_name}\t{c.handle or ''}\t{c.platform_id or ''}\t{u.name}".lower() for c, u in rows]


def _sort_key(rows: Sequence[tuple[LedgerContact, AppUse]], column: int) -> Callable[[int], Any]:
    if column == STATUS:
        return lambda r: (_status_rank(rows[r][0]), _name_key(rows[r][0]))
    if column == FIRST_SEEN:
        return lambda r: rows[r][0].first_seen
    if column == LAST_SEEN:
        return lambda r: rows[r][0].last_seen
    if column == NAME:
        return lambda r: _name_key(rows[r][0])
    return lambda r: ContactsModel._text(rows[r][0], rows[r][1], column).lower()


def _status_rank(c: LedgerContact) -> int:
    """Flagged, new, reviewed, then the people no longer on the lists (the table says "Gone")."""
    return STATUS_RANK.get(c.status, 3) if c.removed is None else 3


def sort_order(rows: Sequence[tuple[LedgerContact, AppUse]], column: int, order: Qt.SortOrder) -> list[int]:
    """Row numbers sorted by a column (pure Python: may run off the GUI thread)."""
    descending = order == Qt.SortOrder.DescendingOrder
    return sorted(range(len(rows)), key=_sort_key(rows, column), reverse=descending)


class ContactsFilter(QAbstractProxyModel):
    """Filters (app, status, relation, list, search text) and sorting over a ContactsModel.

    People no longer on the child's lists are hidden, except with the status "removed", which shows
    only them. Each is searched apart (`SortedSearch.split`), so hiding them costs no keystroke time.
    The status "changed" shows whom each app's last import changed, the removed among them.
    """

    def __init__(self, source: ContactsModel) -> None:
        super().__init__()
        self._source = source
        self.text = ""
        self.app: str | None = None
        self.status: str | None = None  # new, flagged, reviewed; removed: no longer listed; changed
        self.relation: str | None = None
        self.list_name: str | None = None
        self._sort: tuple[int, Qt.SortOrder] = (STATUS, Qt.SortOrder.AscendingOrder)
        self._search = SortedSearch([], [])
        self._parts: tuple[SortedSearch, frozenset[int], SortedSearch, SortedSearch] | None = None
        self._shown: list[int] = []
        self._where: dict[int, int] | None = None
        self._given: tuple[tuple[int, Qt.SortOrder], SortedSearch] | None = None
        self._last: tuple[str, tuple[str | None, ...]] | None = None  # the search _shown answers
        self.setSourceModel(source)
        source.modelReset.connect(self._source_reset)
        source.dataChanged.connect(self._source_changed)

    def set_filters(self, **changes: Any) -> None:
        for name, value in changes.items():
            setattr(self, name, value)
        self.refilter()

    def refilter(self) -> None:
        """Rebuild the list of shown rows from the filters (no per-row Qt call).

        Typing on narrows: when the new search text contains the last one and nothing else changed,
        only the rows shown now can still match, so when they are few only they are searched.
        Otherwise the search runs over all rows at once (`SortedSearch`).
        """
        rows = self._source.rows()
        needle = self.text.strip().lower().removeprefix("@")
        search = self._source.search_text
        app, status, relation, list_name = self.app, self.status, self.relation, self.list_name
        others = (app, status, relation, list_name)
        narrowing = self._last is not None and self._last[1] == others and self._last[0] in needle
        self._last = (needle, others)
        if narrowing and needle and len(self._shown) < len(search) // 4:
            shown = [r for r in self._shown if needle in search[r]]
        else:
            present, removed = self._searches()
            part = {"removed": removed, "changed": self._search}.get(status or "", present)
            shown = part.rows_with(needle) if needle else part.order
            changed = self._source.changes if status == "changed" else None
            status = None if status in ("removed", "changed") else status
            if app or status or relation or list_name or changed is not None:
                shown = [
                    r
                    for r in shown
                    if (not app or rows[r][1].app_id == app)
                    and (changed is None or rows[r][0].id in changed)
                    and (not status or rows[r][0].status == status)
                    and (not relation or rows[r][0].relation == relation)
                    and (not list_name or list_name in rows[r][0].lists)
                ]
        self.beginResetModel()
        self._shown = shown
        self._where = None
        self.endResetModel()

    def _searches(self) -> tuple[SortedSearch, SortedSearch]:
        """The search over the present people and the one over the removed (split when either changes)."""
        gone = self._source.removed_rows()
        if self._parts is None or self._parts[0] is not self._search or self._parts[1] is not gone:
            present, removed = self._search.split(gone) if gone else (self._search, SortedSearch([], []))
            self._parts = (self._search, gone, present, removed)
        return self._parts[2], self._parts[3]

    def shown_new_ids(self) -> list[int]:
        """The ids of the present, new (not reviewed) people among the rows shown now."""
        rows = self._source.rows()
        return [c.id for c in (rows[r][0] for r in self._shown) if c.status == "new" and c.removed is None]

    def _source_reset(self) -> None:
        self._resort()

    def _resort(self) -> None:
        self._last = None
        given, self._given = self._given, None
        rows = self._source.rows()
        if given is not None and given[0] == self._sort and len(given[1].order) == len(rows):
            self._search = given[1]
        else:
            self._search = SortedSearch(self._source.search_text, sort_order(rows, *self._sort))
        self.refilter()

    def sort_spec(self) -> tuple[int, Qt.SortOrder]:
        """The column and order the rows are sorted by."""
        return self._sort

    def give_order(self, sort: tuple[int, Qt.SortOrder], search: SortedSearch) -> None:
        """The rows the source is about to be reset with, sorted and made searchable elsewhere."""
        self._given = (sort, search)

    def _source_changed(self, top: QModelIndex, bottom: QModelIndex, roles: Sequence[int] = ()) -> None:
        self._last = None
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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The source's cell straight from its row (the table asks once per cell and role)."""
        if role not in ContactsModel.ROLES or not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        return self._source.cell(self._source.rows()[self._shown[index.row()]], index.column(), role)

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
