"""The Friends page's detail pane: the chosen person, how the child knows them, a flag, their history."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from familyguard.domain import RELATIONS, AppUse
from familyguard.gui.friends_words import (
    change_word,
    contact_name,
    day_text,
    event_text,
    list_word,
    relation_word,
    status_word,
)

if TYPE_CHECKING:
    from familyguard.storage.contact_batches import ContactEvent
    from familyguard.storage.contacts import LedgerContact


class ContactDetail(QWidget):
    """Shows one contact (or asks to choose one); its relation box and flag button are the page's to wire.

    `extra_buttons` (edit, remove) sit under the flag button.
    """

    def __init__(self, extra_buttons: Sequence[QWidget] = ()) -> None:
        super().__init__()
        self.title = QLabel()
        self.title.setObjectName("heading")
        self.title.setWordWrap(True)
        self.relation = QComboBox()
        self.relation.setAccessibleName(self.tr("How the child knows this person"))
        for relation in RELATIONS:
            self.relation.addItem(relation_word(relation), relation)
        self.flag_button = QPushButton(self.tr("Flag for a talk…"))
        self.flag_button.setAccessibleName(self.tr("Flag the chosen contact for a talk"))
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Details and history of the chosen contact"))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.title)
        label = QLabel(self.tr("Known as:"))
        label.setBuddy(self.relation)
        box.addWidget(label)  # above its box, so the page fits a screen scaled to 200 %
        box.addWidget(self.relation)
        box.addWidget(self.flag_button)
        buttons = QHBoxLayout()
        for button in extra_buttons:
            buttons.addWidget(button)
        box.addLayout(buttons)
        box.addWidget(self.text, 1)

    def show_nobody(self) -> None:
        """No contact is chosen: say how to choose one."""
        self.relation.setEnabled(False)
        self.flag_button.setEnabled(False)
        self.title.setText(self.tr("Choose a person to see their details and history."))
        if not self.text.document().isEmpty():  # clearing an empty pane still lays the page out
            self.text.clear()

    def show_contact(
        self, c: LedgerContact, use: AppUse, events: Sequence[ContactEvent], change: str | None = None
    ) -> None:
        """The person's facts and history (events: the ledger's, oldest first); change: what the app's
        last import changed for them, if anything."""
        self.relation.setEnabled(True)
        self.flag_button.setEnabled(True)
        self.title.setText(self.tr("{name} on {app}").format(name=contact_name(c), app=use.name))
        self.relation.setCurrentIndex(max(0, self.relation.findData(c.relation)))
        self.text.setHtml(self._html(c, events, change))

    def _facts(self, c: LedgerContact, change: str | None) -> list[tuple[str, str]]:
        """The person's facts, each a (label, value) line of the pane."""
        facts = [(self.tr("User name"), f"@{c.handle}" if c.handle else self.tr("not in the export"))]
        if change:
            facts.append((self.tr("At the last import"), change_word(change)))
        if c.platform_id:
            facts.append((self.tr("Account id"), c.platform_id))
        facts.append((self.tr("Status"), status_word(c.status if c.removed is None else "removed")))
        if c.removed is not None:
            facts.append((self.tr("No longer on the child's lists since"), day_text(c.removed)))
        if c.flag_reason:
            facts.append((self.tr("Why flagged"), c.flag_reason))
        facts += [
            (self.tr("Lists"), ", ".join(list_word(n) for n in sorted(c.lists)) or "—"),
            (self.tr("First seen"), day_text(c.first_seen)),
            (self.tr("Last seen"), day_text(c.last_seen)),
        ]
        if c.source:
            facts.append((self.tr("Added through"), c.source))
        if c.since:
            facts.append((self.tr("On the list since"), day_text(c.since)))
        return facts

    def _html(self, c: LedgerContact, events: Sequence[ContactEvent], change: str | None) -> str:
        esc = html.escape
        parts = [f"<p><b>{esc(k)}:</b> {esc(v)}</p>" for k, v in self._facts(c, change)]
        parts.append("<h4>" + esc(self.tr("History")) + "</h4>")
        lines = [f"{day_text(e.at)} — {event_text(e.kind, e.detail)}" for e in events]
        lines.insert(0, f"{day_text(c.first_seen)} — " + self.tr("first seen"))
        parts.append("<ul>" + "".join(f"<li>{esc(line)}</li>" for line in lines) + "</ul>")
        return "".join(parts)

    def ask_flag_reason(self, contact: LedgerContact) -> str | None:
        """Why the parent flags the contact for a talk (may be empty); None when they cancel."""
        name = contact_name(contact)
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Flag for a talk"),
            self.tr("Why would you like to talk about {name}? (optional)").format(name=name),
            text=contact.flag_reason or "",
        )
        return reason if ok else None
