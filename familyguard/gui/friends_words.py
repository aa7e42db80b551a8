"""The Friends page's words: status, relation and list names, a contact's name, history entries.

Plain functions over the core's values, translated in the contexts they were marked in ("friends",
"ContactsModel", "FriendsPage"), shared by the table, the filters, the detail pane, the editing
actions and the import wizard.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from familyguard.gui.i18n_words import word

if TYPE_CHECKING:
    from familyguard.importers import ImportedContact
    from familyguard.storage.contacts import LedgerContact

# The words for the core's status, relation and list names (translated where they are shown).
STATUS_WORDS = {
    "new": QT_TRANSLATE_NOOP("friends", "New"),
    "reviewed": QT_TRANSLATE_NOOP("friends", "Reviewed"),
    "flagged": QT_TRANSLATE_NOOP("friends", "Flagged"),
    "removed": QT_TRANSLATE_NOOP("friends", "Gone"),  # no longer on the child's lists
}
RELATION_WORDS = {
    "family": QT_TRANSLATE_NOOP("friends", "Family"),
    "school": QT_TRANSLATE_NOOP("friends", "From school"),
    "offline_friend": QT_TRANSLATE_NOOP("friends", "Friend they know offline"),
    "online_only": QT_TRANSLATE_NOOP("friends", "Only knows them online"),
    "unknown": QT_TRANSLATE_NOOP("friends", "Not sure yet"),
}
LIST_WORDS = {
    "friends": QT_TRANSLATE_NOOP("friends", "friends"),
    "followers": QT_TRANSLATE_NOOP("friends", "followers"),
    "following": QT_TRANSLATE_NOOP("friends", "following"),
    "requests_received": QT_TRANSLATE_NOOP("friends", "requests received"),
    "requests_sent": QT_TRANSLATE_NOOP("friends", "requests sent"),
    "blocked": QT_TRANSLATE_NOOP("friends", "blocked"),
    "close_friends": QT_TRANSLATE_NOOP("friends", "close friends"),
    "contacts": QT_TRANSLATE_NOOP("friends", "phone contacts"),
}


def status_word(status: str) -> str:
    return word(STATUS_WORDS, status, "friends")


def relation_word(relation: str) -> str:
    return word(RELATION_WORDS, relation, "friends")


def list_word(name: str) -> str:
    return word(LIST_WORDS, name, "friends")


def status_icon(status: str) -> QIcon:
    """An icon beside the status word (never the only sign): a flag, a star for new, a tick, a bin
    for people no longer on the lists ("removed"), arrows for those the last import changed."""
    style = QApplication.style()
    pixmap = {
        "flagged": QStyle.StandardPixmap.SP_MessageBoxWarning,
        "new": QStyle.StandardPixmap.SP_MessageBoxInformation,
        "reviewed": QStyle.StandardPixmap.SP_DialogApplyButton,
        "removed": QStyle.StandardPixmap.SP_TrashIcon,
        "changed": QStyle.StandardPixmap.SP_BrowserReload,
    }.get(status, QStyle.StandardPixmap.SP_MessageBoxQuestion)
    return style.standardIcon(pixmap)


CHANGE_WORDS = {
    "added": QT_TRANSLATE_NOOP("friends", "added"),
    "restored": QT_TRANSLATE_NOOP("friends", "back on the lists"),
    "removed": QT_TRANSLATE_NOOP("friends", "no longer on the lists"),
    "renamed": QT_TRANSLATE_NOOP("friends", "renamed"),
    "lists_changed": QT_TRANSLATE_NOOP("friends", "moved between lists"),
    "updated": QT_TRANSLATE_NOOP("friends", "other details changed"),  # id, how or since when added
}


def change_word(change: str) -> str:
    """What the last import changed for a person (`Ledger.last_import_changes`), in words."""
    return word(CHANGE_WORDS, change, "friends")


def contact_name(c: LedgerContact | ImportedContact) -> str:
    """How a contact is named: their name, else @user name, else their account id (X exports only ids)."""
    if c.display_name:
        return c.display_name
    if c.handle:
        return f"@{c.handle}"
    if c.platform_id:
        return QCoreApplication.translate("ContactsModel", "id {id}").format(id=c.platform_id)
    return QCoreApplication.translate("ContactsModel", "(no name)")


def gone_text(c: LedgerContact) -> str:
    """A removed contact's status in full (the table says "Gone"): since when they are no longer on
    the child's lists."""
    return QCoreApplication.translate("ContactsModel", "Gone since {day}").format(day=day_text(c.removed))


def day_text(when: datetime | None) -> str:
    return when.date().isoformat() if when else ""


def event_text(kind: str, detail: dict[str, Any]) -> str:
    """One event of a contact's history, in words (the Friends page's detail pane)."""
    translate = QCoreApplication.translate  # in the context of FriendsPage.tr
    if kind == "renamed":
        text = translate("FriendsPage", "name changed from “{a}” to “{b}”")
        return text.format(a=detail.get("from"), b=detail.get("to"))
    if kind == "handle":
        text = translate("FriendsPage", "user name changed from @{a} to @{b}")
        return text.format(a=detail.get("from"), b=detail.get("to"))
    if kind == "lists":
        added = ", ".join(list_word(n) for n in detail.get("added", []))
        gone = ", ".join(list_word(n) for n in detail.get("removed", []))
        bits = [translate("FriendsPage", "now on {lists}").format(lists=added)] if added else []
        bits += [translate("FriendsPage", "no longer on {lists}").format(lists=gone)] if gone else []
        return "; ".join(bits) or translate("FriendsPage", "lists changed")
    if kind == "relation":
        relation = relation_word(str(detail.get("to")))
        return translate("FriendsPage", "marked as: {relation}").format(relation=relation)
    if kind == "removed":
        return translate("FriendsPage", "no longer on the child's lists")
    if kind == "restored":
        return translate("FriendsPage", "back on the child's lists")
    if kind == "flagged":
        reason = detail.get("reason")
        if reason:
            return translate("FriendsPage", "flagged: {reason}").format(reason=reason)
        return translate("FriendsPage", "flagged")
    return status_word(kind).lower()
