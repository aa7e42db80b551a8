"""What the Friends table needs of a child's contacts, computed in one go (on the GUI thread or not).

Reading 50,000 contacts from SQLCipher, making their search texts and sorting them takes about a
second, so after an import the Friends page loads them in a worker (`load_contacts` with a ledger
on the worker's own connection, see `familyguard.gui.import_reader.with_own_ledger`) and the GUI
thread only swaps the finished lists in. Everything here is plain Python: no Qt object is touched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from familyguard.domain import AppUse, Child
from familyguard.gui.background import BackgroundJob
from familyguard.gui.contact_search import SortedSearch
from familyguard.gui.friends_models import search_texts, sort_order
from familyguard.gui.import_reader import with_own_ledger
from familyguard.storage.contacts import LedgerContact

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard
    from familyguard.contacts.ledger import Ledger

Sort = tuple[int, Qt.SortOrder]


@dataclass(frozen=True)
class LoadedContacts:
    """A child's contacts (removed ones too) with their search texts, order, the filters' choices and
    what each app's last import changed."""

    child_id: int | None
    rows: list[tuple[LedgerContact, AppUse]]
    search_text: list[str]
    sort: Sort
    search: SortedSearch  # the rows sorted by `sort`, made searchable
    apps: list[tuple[str, str]]  # (name, app id) for the app filter
    lists: list[str]  # list names for the list filter
    changes: dict[int, str]  # contact id: what its app's last import changed (Ledger.last_import_changes)


def load_contacts(ledger: Ledger | None, child: Child | None, sort: Sort) -> LoadedContacts:
    """Read the child's contacts, the removed ones too (the table hides them unless asked), and
    prepare them for the table (nobody when no child)."""
    rows = ledger.listed(child, removed=True) if ledger is not None and child is not None else []
    changes = ledger.last_import_changes(child) if ledger is not None and child is not None else {}
    texts = search_texts(rows)
    return LoadedContacts(
        child.id if child is not None else None,
        rows,
        texts,
        sort,
        SortedSearch(texts, sort_order(rows, *sort)),
        sorted({(use.name, use.app_id) for _, use in rows}),
        sorted({name for contact, _ in rows for name in contact.lists}),
        changes,
    )


class BackgroundLoader(QObject):
    """Loads in a worker, one load at a time: asked again meanwhile, it loads again when that ends.

    `request` says what to load when a load starts. The worker starts once the calling slot has
    returned, so that what the caller does next (the window's refresh) does not wait for the GIL.
    """

    ready = Signal(object)  # LoadedContacts
    failed = Signal(object)  # the exception

    def __init__(
        self, parent: QObject, request: Callable[[], tuple[FamilyGuard | None, Child | None, Sort]]
    ) -> None:
        super().__init__(parent)
        self._request = request
        self._job: BackgroundJob | None = None
        self._again = False

    def busy(self) -> bool:
        return self._job is not None

    def load(self) -> None:
        if self._job is not None:
            self._again = True
            return
        fg, child, sort = self._request()
        job = BackgroundJob(
            lambda: (
                with_own_ledger(fg, lambda ledger: load_contacts(ledger, child, sort))
                if fg is not None and child is not None
                else load_contacts(None, None, sort)
            ),
            self._done,
            self._failed,
        )
        self._job = job
        QTimer.singleShot(0, job.start)

    def _done(self, loaded: LoadedContacts) -> None:
        self._job = None
        if self._again:  # the list changed while it was read: read it again
            self._again = False
            self.load()
        else:
            self.ready.emit(loaded)

    def _failed(self, error: BaseException) -> None:
        self._job, self._again = None, False
        self.failed.emit(error)
