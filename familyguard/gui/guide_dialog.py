"""A talk guide for one child: why it matters, what to say, signs to watch, what to do, where to report."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from familyguard.gui.i18n import content
from familyguard.gui.sizing import fit_to_screen

if TYPE_CHECKING:
    from familyguard.talks.library import Topic, TopicLibrary


def country_code() -> str:
    """The parent's country from the system locale (e.g. GB), for the reporting channels."""
    return QLocale().name().partition("_")[2] or "GB"


def guide_html(topic: Topic, age: int, library: TopicLibrary, country: str) -> str:
    """The guide's band for the child's age as simple HTML (all text escaped)."""
    band = topic.band_for_age(age)
    translate = QCoreApplication.translate
    why = escape(translate("GuideDialog", "Why it matters"))
    where = escape(translate("GuideDialog", "Where to report"))

    def said(text: str) -> str:
        return escape(content(text, "talks"))

    def items(title: str, lines: tuple[str, ...]) -> str:
        rows = "".join(f"<li>{said(line)}</li>" for line in lines)
        return f"<h3>{escape(title)}</h3><ul>{rows}</ul>"

    channels = "".join(
        f'<li><a href="{escape(c.url)}">{escape(c.name)}</a> — {said(c.purpose)}</li>'
        for c in library.reporting(country)
    )
    return (
        f"<h2>{said(topic.title)}</h2><p><i>{said(topic.summary)}</i></p>"
        f"<h3>{why}</h3><p>{said(band.why)}</p>"
        + items(translate("GuideDialog", "Ways to start the conversation"), band.openers)
        + items(translate("GuideDialog", "Signs to watch for"), band.signs)
        + items(translate("GuideDialog", "If something has happened"), band.if_happened)
        + f"<h3>{where}</h3><ul>{channels}</ul>"
    )


class GuideDialog(QDialog):
    """Shows one guide, age-appropriate, with links the parent's browser opens (the app fetches nothing)."""

    def __init__(
        self, parent: QWidget | None, topic: Topic, child_name: str, age: int, library: TopicLibrary
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Talk guide: {topic} — for {child}").format(
                topic=content(topic.title, "talks"), child=child_name
            )
        )
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setAccessibleName(self.tr("Talk guide"))
        self.text.setHtml(guide_html(topic, age, library, country_code()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 560)
