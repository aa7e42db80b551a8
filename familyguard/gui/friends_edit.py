"""People added, edited and removed by hand, and a child's list exported as CSV (the Friends page).

The shortcuts work while the Friends page has the focus, like the Talks page's: Ctrl+Shift+C adds a
person, Shift+F2 edits the chosen one and Shift+Del removes them (F2 and Del act on the chosen app,
window-wide), Ctrl+Shift+E exports the list as CSV (the Talks page's export key). Every change goes
through the ledger (a manual snapshot); the CSV is written off the GUI thread.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from familyguard.domain import RELATIONS, AppUse
from familyguard.gui.background import BackgroundJob
from familyguard.gui.errors import show_error
from familyguard.gui.friends_words import contact_name, relation_word
from familyguard.gui.widgets import action_button, page_action
from familyguard.storage.contacts import LedgerContact

if TYPE_CHECKING:
    from familyguard.gui.friends_page import FriendsPage


class ContactDialog(QDialog):
    """A person's name and user name (for a new person also the app and how the child knows them).

    OK stays disabled, with the reason shown in words, until the name is there and the user name
    has no spaces.
    """

    def __init__(
        self,
        parent: QWidget | None,
        apps: Sequence[tuple[str, str]] = (),
        contact: LedgerContact | None = None,
        app_name: str = "",
    ) -> None:
        from familyguard.contacts.ledger import MAX_NAME

        super().__init__(parent)
        self._adding = contact is None
        self.setWindowTitle(self.tr("Edit a person") if contact else self.tr("Add a person"))
        form = QFormLayout(self)
        self.app = QComboBox()
        self.app.setAccessibleName(self.tr("App the person is on"))
        for name, app_id in apps:
            self.app.addItem(name, app_id)
        if contact is None:
            form.addRow(self.tr("&App:"), self.app)
        else:
            form.addRow(self.tr("App:"), QLabel(app_name))
        self.name = QLineEdit(contact.display_name if contact else "")
        self.name.setAccessibleName(self.tr("Name the child sees"))
        self.name.setPlaceholderText(self.tr("The name shown on the app"))
        self.name.setMaxLength(MAX_NAME)
        form.addRow(self.tr("&Name:"), self.name)
        self.handle = QLineEdit(contact.handle or "" if contact else "")
        self.handle.setAccessibleName(self.tr("User name on the app"))
        self.handle.setPlaceholderText(self.tr("optional, e.g. @sky_2011"))
        self.handle.setMaxLength(MAX_NAME)
        form.addRow(self.tr("&User name:"), self.handle)
        self.relation = QComboBox()
        self.relation.setAccessibleName(self.tr("How the child knows this person"))
        for relation in RELATIONS:
            self.relation.addItem(relation_word(relation), relation)
        self.relation.setCurrentIndex(self.relation.findData("unknown"))
        if contact is None:
            form.addRow(self.tr("&Known as:"), self.relation)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("What is missing"))
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._check)
        self.handle.textChanged.connect(self._check)
        self._check()

    def problem_text(self) -> str:
        """Why the values cannot be saved yet, or "" when they can."""
        if not self.name.text().strip():
            return self.tr("Type the name the child sees on the app.")
        if re.search(r"\s", self.handle.text().strip()):
            return self.tr("A user name has no spaces: type it as the app shows it.")
        if self._adding and self.app.count() == 0:
            return self.tr("There is no app to add the person to.")
        return ""

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def values(self) -> tuple[str, str, str, str]:
        """(app id, name, user name without "@", relation)."""
        handle = self.handle.text().strip().removeprefix("@")
        return str(self.app.currentData()), self.name.text().strip(), handle, str(self.relation.currentData())


class ContactEditing(QObject):
    """The Friends page's add, edit, remove and export-as-CSV actions, with their buttons."""

    def __init__(self, page: FriendsPage) -> None:
        super().__init__(page)
        self.page = page
        self.exporter: BackgroundJob | None = None
        self.add_action = page_action(self.page, self.tr("A&dd a person…"), "Ctrl+Shift+C", self.add)
        self.edit_action = page_action(self.page, self.tr("&Edit…"), "Shift+F2", self.edit)
        self.remove_action = page_action(self.page, self.tr("Remo&ve…"), "Shift+Del", self.remove)
        self.export_action = page_action(self.page, self.tr("E&xport as CSV…"), "Ctrl+Shift+E", self.export)
        self.add_button = action_button(self.add_action, self.tr("Add a person by hand"))
        self.edit_button = action_button(self.edit_action, self.tr("Edit the chosen person's name"))
        self.remove_button = action_button(self.remove_action, self.tr("Remove the chosen person"))
        self.export_button = action_button(self.export_action, self.tr("Export the list as a CSV file"))
        self.set_child_chosen(False)
        self.set_contact_chosen(None)

    def set_child_chosen(self, chosen: bool) -> None:
        for action in (self.add_action, self.export_action):
            action.setEnabled(chosen)

    def set_contact_chosen(self, contact: LedgerContact | None) -> None:
        """Edit whoever is chosen; remove only someone still on the child's lists."""
        self.edit_action.setEnabled(contact is not None)
        self.remove_action.setEnabled(contact is not None and contact.removed is None)

    # --- the actions ---------------------------------------------------------------------------

    def add(self) -> None:
        page, fg, child = self.page, self.page.fg, self.page.child
        if fg is None or child is None:
            return
        mine = {u.app_id: u.name for u in fg.household.apps.for_child(child.id)}
        others = sorted((a.name, a.id) for a in fg.catalogue.apps if a.id not in mine)
        apps = sorted((name, app_id) for app_id, name in mine.items()) + others
        dialog = ContactDialog(page, apps)
        chosen_app = page.app_filter.currentData()
        if chosen_app:
            dialog.app.setCurrentIndex(max(0, dialog.app.findData(chosen_app)))
        if not dialog.exec():
            return
        app, name, handle, relation = dialog.values()
        contact, _, app_added = fg.ledger.add_contact(child, app, name, handle or None, relation)
        page.after_edit(contact.id, app_added)

    def edit(self) -> None:
        page, fg, contact = self.page, self.page.fg, self.page.current_contact()
        if fg is None or contact is None:
            return
        use = fg.household.apps.get(contact.app_use_id)
        dialog = ContactDialog(page, contact=contact, app_name=use.name if use else "")
        if dialog.exec():
            _, name, handle, _ = dialog.values()
            fg.ledger.edit_contact(str(contact.id), name=name, handle=handle)
            page.after_edit(contact.id)

    def remove(self) -> None:
        page, fg, contact = self.page, self.page.fg, self.page.current_contact()
        if fg is None or contact is None or contact.removed is not None or page.child is None:
            return
        name = contact_name(contact)
        question = self.tr(
            "Remove {name} from {child}'s list? The history keeps them, and a later import that "
            "still lists them brings them back."
        ).format(name=name, child=page.child.name)
        if QMessageBox.question(page, self.tr("Remove a person"), question) != QMessageBox.StandardButton.Yes:
            return
        fg.ledger.remove_contact(str(contact.id))
        page.after_edit(None)

    def export(self) -> None:
        """Export the child's people (of the app chosen in the filter, or all) as CSV for a spreadsheet."""
        page, child = self.page, self.page.child
        if child is None or self.exporter is not None:
            return
        app = page.app_filter.currentData()
        rows = page.model.rows()
        contacts = [(c, use) for c, use in rows if c.removed is None and app in (None, use.app_id)]
        stem = "-".join(re.findall(r"\w+", child.name)) or "child"
        suggested = Path.home() / f"{stem}-{app}-friends.csv" if app else Path.home() / f"{stem}-friends.csv"
        chosen, _ = QFileDialog.getSaveFileName(
            page,
            self.tr("Export {name}'s list as CSV").format(name=child.name),
            str(suggested),
            self.tr("CSV files for spreadsheets (*.csv)"),
        )
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".csv") else Path(chosen + ".csv")
        exporter = BackgroundJob(lambda: _write(path, contacts), self._exported, self._export_failed)
        self.exporter = exporter
        self.export_action.setEnabled(False)
        page.count_label.setText(self.tr("Saving {count} people…").format(count=len(contacts)))
        exporter.start()

    def _exported(self, saved: tuple[Path, int]) -> None:
        path, count = saved
        self.exporter = None
        self.export_action.setEnabled(self.page.child is not None)
        text = self.tr("Saved {count} people to {file}.").format(count=count, file=path)
        self.page.count_label.setText(text)

    def _export_failed(self, error: BaseException) -> None:
        self.exporter = None
        self.export_action.setEnabled(self.page.child is not None)
        self.page.count_label.clear()
        show_error(self.page, error)


def _write(path: Path, contacts: Sequence[tuple[LedgerContact, AppUse]]) -> tuple[Path, int]:
    from familyguard.contacts.csv_export import write_csv

    return path, write_csv(path, contacts)
