"""The Friends page: one child's contacts across apps, with filters, search, review, flags and history.

The table's model and its fast filter proxy live in `familyguard.gui.friends_models`, the search
box and filters above the table in `familyguard.gui.friends_filters`, loading a large list in a
worker in `familyguard.gui.friends_loader`, adding, editing and removing people by hand and the CSV
export in `familyguard.gui.friends_edit`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familyguard.domain import Child
from familyguard.gui.errors import show_error, show_errors
from familyguard.gui.file_drops import FileDrops
from familyguard.gui.friends_detail import ContactDetail
from familyguard.gui.friends_edit import ContactEditing
from familyguard.gui.friends_filters import ContactsFilterBar
from familyguard.gui.friends_loader import BackgroundLoader, LoadedContacts, Sort, load_contacts
from familyguard.gui.friends_models import (
    APP,
    FIRST_SEEN,
    HANDLE,
    LISTS,
    NAME,
    RELATION,
    ROLE_CONTACT,
    STATUS,
    ContactsFilter,
    ContactsModel,
)
from familyguard.storage.contacts import LedgerContact

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard


LOAD_HERE_UP_TO = 2_000  # people read on the GUI thread in well under 100 ms


class FriendsPage(QWidget):
    """Who the chosen child is connected with, what is new, and what deserves a conversation."""

    import_requested = Signal(list)  # paths dropped onto the page (may be empty)
    child_chosen = Signal(int)
    changed = Signal()
    loaded = Signal()  # the table shows the list read last
    app_added = Signal()  # adding a person by hand added their app to the child

    def __init__(self) -> None:
        super().__init__()
        self.fg: FamilyGuard | None = None
        self.child: Child | None = None
        self._choose_next: int | None = None
        self._shown_child: int | None = None  # whose people the table holds
        self.loader = BackgroundLoader(self, self._load_request)
        self.loader.ready.connect(self._loaded_in_background)
        self.loader.failed.connect(lambda error: show_error(self, error))
        self._stale = True
        FileDrops(self, lambda: self.child is not None, self.import_requested.emit)
        self.model = ContactsModel()
        self.proxy = ContactsFilter(self.model)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.child_picker = QComboBox()
        self.child_picker.setAccessibleName(self.tr("Whose friends"))
        self.child_picker.activated.connect(lambda i: self.child_chosen.emit(self.child_picker.itemData(i)))
        self.filter_bar = ContactsFilterBar(self.proxy)
        self.search = self.filter_bar.search
        self.app_filter = self.filter_bar.app_filter
        self.status_filter = self.filter_bar.status_filter
        self.relation_filter = self.filter_bar.relation_filter
        self.list_filter = self.filter_bar.list_filter
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
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
        self.review_button.clicked.connect(show_errors(self, self.review_new))
        self.import_button = QPushButton(self.tr("&Import a friend list…"))
        self.import_button.setToolTip(self.tr("Import a friend list from an app's data download (Ctrl+I)"))
        self.import_button.setAccessibleName(self.tr("Import a friend list"))
        self.import_button.clicked.connect(lambda: self.import_requested.emit([]))
        self.count_label = QLabel()
        self.editing = ContactEditing(self)
        self.details = ContactDetail((self.editing.edit_button, self.editing.remove_button))
        self.details.relation.activated.connect(show_errors(self, self.set_relation))
        self.details.flag_button.clicked.connect(show_errors(self, self.flag_current))
        self._build_layout()
        self._show_detail()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("Child:")))
        top.addWidget(self.child_picker)
        top.addWidget(self.import_button)
        top.addWidget(self.editing.add_button)
        top.addWidget(self.editing.export_button)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.filter_bar)
        left_box.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.review_button)
        left_box.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(splitter, 1)

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
        if self.loading() and not changed:
            return  # the load under way reads the list as it is now
        self._stale = True
        if changed:
            self.search.clear()
        if self.isVisible():
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the child's contacts again and keep the filters and the chosen contact.

        A list of more than LOAD_HERE_UP_TO people is read in the background (50,000 take a
        second), a small one at once; while a load runs, another one is queued instead.
        """
        self._stale = False
        if self.loader.busy():
            self.loader.load()
            return
        if self.fg is not None and self.child is not None:
            uses = [use.id for use in self.fg.household.apps.for_child(self.child.id)]
            if self.fg.contacts.size_bound(uses) > LOAD_HERE_UP_TO:
                self.reload_in_background()
                return
        ledger = self.fg.ledger if self.fg is not None else None
        self._show_loaded(load_contacts(ledger, self.child, self.proxy.sort_spec()))

    def reload_in_background(self) -> None:
        """Like reload, but reading and sorting in a worker (after an import: 50,000 take a second)."""
        self._stale = False
        if self.fg is None or self.child is None:
            self.reload()
            return
        self.loader.load()
        self.count_label.setText(self.tr("Loading the list…"))
        if self._shown_child != self.child.id:  # never another child's people under this one's name
            self.model.reset([], [])
            self.heading.setText(
                self.tr("Loading {name}'s friends and followers…").format(name=self.child.name)
            )

    def loading(self) -> bool:
        """True while the list is being read in the background."""
        return self.loader.busy()

    def _load_request(self) -> tuple[FamilyGuard | None, Child | None, Sort]:
        return self.fg, self.child, self.proxy.sort_spec()

    def _loaded_in_background(self, loaded: LoadedContacts) -> None:
        if loaded.child_id != getattr(self.child, "id", None):
            self.reload_in_background()  # another child was chosen meanwhile
        else:
            self._show_loaded(loaded)

    def _show_loaded(self, loaded: LoadedContacts) -> None:
        chosen = self._choose_next or getattr(self.current_contact(), "id", None)
        self._choose_next = None
        self._shown_child = loaded.child_id
        child = self.child
        self.filter_bar.set_choices(loaded.apps, loaded.lists)
        self.proxy.give_order(loaded.sort, loaded.search)
        self.model.reset(loaded.rows, loaded.search_text, loaded.changes)
        self.select_contact(chosen)
        if child is None:
            self.heading.setText(self.tr("Add a child first (Ctrl+N), then import their friend list."))
        else:
            self.heading.setText(self.tr("{name}'s friends and followers").format(name=child.name))
        self.import_button.setEnabled(child is not None)
        self.editing.set_child_chosen(child is not None)
        self.loaded.emit()

    # --- filters -------------------------------------------------------------------------------

    def apply_search(self) -> None:
        """Search now instead of after the pause in typing."""
        self.filter_bar.apply_search()

    def show_new_only(self) -> None:
        self.status_filter.setCurrentIndex(self.status_filter.findData("new"))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _after_filter(self) -> None:
        shown, gone = self.proxy.rowCount(), len(self.model.removed_rows())
        if self.proxy.status == "removed":
            text = self.tr("Showing {shown} of {total} people no longer on the lists.")
            total = gone
        elif self.proxy.status == "changed":
            text = self.tr("Showing {shown} of {total} people the last import changed.")
            total = self.model.changed_count()
        else:
            text, total = self.tr("Showing {shown} of {total} people."), self.model.rowCount() - gone
        self.count_label.setText(text.format(shown=shown, total=total))
        self._update_review_button()
        if not self.table.currentIndex().isValid():
            self._show_detail()

    def _narrowed(self) -> bool:
        """True when the search or a filter may hide some of the new people ("new" only hides none)."""
        proxy = self.proxy
        return bool(proxy.text.strip() or proxy.app or proxy.relation or proxy.list_name) or (
            proxy.status not in (None, "new")
        )

    def _update_review_button(self) -> None:
        """All new people, or when narrowed the new ones shown (counted on a click, not per keystroke)."""
        new = self.model.new_count()
        if self._narrowed():
            self.review_button.setText(self.tr("&Mark the new ones shown as reviewed"))
            self.review_button.setAccessibleName(self.tr("Mark the new contacts shown as reviewed"))
            can_show_new = self.proxy.status in (None, "new", "changed") and self.proxy.rowCount() > 0
            self.review_button.setEnabled(new > 0 and can_show_new)
        else:
            self.review_button.setText(self.tr("&Mark all {count} new as reviewed").format(count=new))
            self.review_button.setAccessibleName(self.tr("Mark all new contacts as reviewed"))
            self.review_button.setEnabled(new > 0)

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
        self.editing.set_contact_chosen(contact)
        if contact is None or self.fg is None:
            self.details.show_nobody()
            return
        use = self.model.use(self.proxy.source_row(self.table.currentIndex().row()))
        history = self.fg.ledger.history(str(contact.id))
        self.details.show_contact(contact, use, history, self.model.changes.get(contact.id))

    # --- actions -------------------------------------------------------------------------------

    def review_new(self) -> None:
        """Mark the child's new people as reviewed: all of them, or when narrowed the ones shown."""
        if self.child is None or self.fg is None:
            return
        if self.search.text() != self.proxy.text:
            self.apply_search()  # typed a moment ago: review what the parent sees
        if not self._narrowed():
            count = self.fg.ledger.review(self.child)
        else:
            ids = self.proxy.shown_new_ids()
            if not ids:
                self.count_label.setText(self.tr("None of the people shown is new."))
                return
            if not self._confirm_review(len(ids), self.model.new_count()):
                return
            count = self.fg.ledger.review_contacts(ids)
        self.reload()
        self.count_label.setText(self.tr("Marked {count} people as reviewed.").format(count=count))
        self.changed.emit()

    def _confirm_review(self, count: int, new: int) -> bool:
        """Ask before marking only some of the new people (the filters hide the others)."""
        if count >= new:
            return True
        question = self.tr(
            "Mark the {count} new people shown as reviewed? The other {rest} new people, hidden by "
            "the search or the filters, stay new."
        ).format(count=count, rest=new - count)
        answer = QMessageBox.question(self, self.tr("Mark as reviewed"), question)
        return answer == QMessageBox.StandardButton.Yes

    def flag_current(self) -> None:
        contact = self.current_contact()
        if contact is None or self.fg is None:
            return
        reason = self.details.ask_flag_reason(contact)
        if reason is not None:
            self.model.replace(self.fg.ledger.flag(str(contact.id), reason))
            self._show_detail()
            self._after_filter()
            self.changed.emit()

    def set_relation(self) -> None:
        contact = self.current_contact()
        relation = self.details.relation.currentData()
        if contact is None or self.fg is None or relation == contact.relation:
            return
        self.model.replace(self.fg.ledger.set_relation(str(contact.id), relation))
        self._show_detail()
        self.changed.emit()

    def after_edit(self, choose: int | None, app_added: bool = False) -> None:
        """A person was added, edited or removed by hand: read the list again, choosing `choose`."""
        self._choose_next = choose
        self.reload_in_background()
        self.changed.emit()
        if app_added:
            self.app_added.emit()

    # --- drag and drop of an export ------------------------------------------------------------
