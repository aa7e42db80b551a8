"""The Friends page's filter bar: the search box and the app, list, status and relation filters.

The bar drives the page's `ContactsFilter` proxy: a filter at once, the search after a short pause
in typing (or at once with `apply_search`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QWidget

from familyguard.domain import RELATIONS
from familyguard.gui.friends_models import ContactsFilter
from familyguard.gui.friends_words import list_word, relation_word, status_icon

SEARCH_DELAY_MS = 150


class ContactsFilterBar(QWidget):
    """Search and filters in two rows, so the page fits a screen scaled to 200 %."""

    def __init__(self, proxy: ContactsFilter) -> None:
        super().__init__()
        self.proxy = proxy
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names and user names…"))
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.app_filter = self._combo(self.tr("Show app"), self.tr("All apps"))
        self.status_filter = self._combo(self.tr("Show status"), self.tr("Any status"))
        for status, text in (
            ("new", self.tr("New, not reviewed yet")),
            ("flagged", self.tr("Flagged")),
            ("reviewed", self.tr("Reviewed")),
            ("removed", self.tr("No longer on their lists")),
            ("changed", self.tr("Changed at the last import")),
        ):
            self.status_filter.addItem(status_icon(status), text, status)
        self.relation_filter = self._combo(self.tr("Show how they know them"), self.tr("Known any way"))
        for relation in RELATIONS:
            self.relation_filter.addItem(relation_word(relation), relation)
        self.list_filter = self._combo(self.tr("Show list"), self.tr("All lists"))
        self._build_layout()

    def _combo(self, name: str, everything: str) -> QComboBox:
        """A filter: its first choice (everything, e.g. "All apps") filters nothing."""
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.addItem(everything, None)
        combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        return combo

    def _build_layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0)
        grid.addWidget(self.app_filter, 0, 1)
        grid.addWidget(self.list_filter, 0, 2)
        grid.addWidget(self.status_filter, 1, 0)
        grid.addWidget(self.relation_filter, 1, 1, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        QWidget.setTabOrder(self.search, self.app_filter)
        QWidget.setTabOrder(self.app_filter, self.list_filter)  # reading order: row by row

    def apply_search(self) -> None:
        self._debounce.stop()
        self.proxy.set_filters(text=self.search.text())

    def set_choices(self, apps: Sequence[tuple[str, str]], lists: Sequence[str]) -> None:
        """The apps and lists of the list just read, keeping the chosen ones.

        The proxy takes the filters without filtering: the model's reset that follows does.
        """
        _refill(self.app_filter, apps)
        _refill(self.list_filter, [(list_word(name), name) for name in lists])
        self._filters_changed(refilter=False)

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


def _refill(combo: QComboBox, items: Sequence[tuple[str, str]]) -> None:
    """A filter's choices after its first, keeping the chosen one when it is still there (no signal)."""
    kept = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(kept)))
    combo.blockSignals(False)
