"""The import preview's list of who changes: each person the import adds, removes, brings back,
renames or moves between lists, before anything is written."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from familyguard.contacts.matching import Person, PersonChange
from familyguard.gui.friends_words import change_word, contact_name, list_word
from familyguard.gui.table_model import RowsModel


class ChangedPeopleModel(RowsModel):
    """Rows of `people_changed(plan)`: the change, the person (name and user name, the old ones for a
    rename) and their lists. Model/view: a first import lists everyone, tens of thousands."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ChangedPeopleModel", "Change"),
        QT_TRANSLATE_NOOP("ChangedPeopleModel", "Person"),
        QT_TRANSLATE_NOOP("ChangedPeopleModel", "Lists"),
    )

    def cell(self, row: PersonChange, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        change, person, before = row
        if column == 0:
            word = change_word(change)
            return word[:1].upper() + word[1:]
        if column == 1:
            now = _who(person)
            if change == "renamed" and before is not None:
                return self.tr("{now} — was {before}").format(now=now, before=_old_name(before, person))
            return now
        return ", ".join(list_word(name) for name in sorted(person.lists))


def _who(person: Person) -> str:
    """A person's name with their user name, e.g. Lena (@lena.s); the one of them there is; an id."""
    if person.display_name and person.handle:
        return f"{person.display_name} (@{person.handle})"
    return contact_name(person)


def _old_name(before: Person, after: Person) -> str:
    """What changed in a rename: the old name, the old @user name, or both (what there was of them)."""
    if before.handle == after.handle and before.display_name:
        return before.display_name
    if before.display_name == after.display_name and before.handle:
        return f"@{before.handle}"
    return _who(before)
