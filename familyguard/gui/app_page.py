"""One app's page: what it is, its minimum age and status, its risk profile, sources, and corrections."""

from __future__ import annotations

import functools
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from familyguard.catalog import FEATURES, AppEntry
from familyguard.gui.errors import show_errors
from familyguard.gui.i18n import content
from familyguard.gui.i18n_words import feature_label
from familyguard.gui.risk_widgets import LevelBadge, ProfileView, reason_html
from familyguard.phrase import verbatim
from familyguard.risk.model import Reason

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard

FORGET = "forget"


def status_text(entry: AppEntry) -> str:
    from PySide6.QtCore import QCoreApplication

    words = {
        "active": QCoreApplication.translate("AppPage", "Available"),
        "closed": QCoreApplication.translate("AppPage", "Closed down — the service no longer exists"),
        "removed_from_stores": QCoreApplication.translate(
            "AppPage", "Removed from the app stores — old copies may still work"
        ),
    }
    return words.get(entry.status, entry.status)


def value_words(value: str) -> str:
    from PySide6.QtCore import QCoreApplication

    words = {
        "yes": QCoreApplication.translate("AppPage", "Yes, it has this"),
        "partial": QCoreApplication.translate("AppPage", "Partly"),
        "no": QCoreApplication.translate("AppPage", "No, it does not"),
        "unknown": QCoreApplication.translate("AppPage", "Not known"),
    }
    return words.get(value, value)


class CorrectionDialog(QDialog):
    """Correct one catalogue fact about an app: the parent's value wins and is shown as theirs."""

    def __init__(
        self, parent: QWidget | None, entry: AppEntry, corrected: dict[str, tuple[str, str]]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct a fact about {app}").format(app=entry.name))
        self.feature = QComboBox()
        self.feature.setAccessibleName(self.tr("What the app can do"))
        for feature in FEATURES:
            fact = entry.features.get(feature)
            now = corrected[feature][0] if feature in corrected else fact.value if fact else "unknown"
            label = self.tr("{feature} (now: {value})").format(
                feature=feature_label(feature), value=value_words(now).lower()
            )
            self.feature.addItem(label, feature)
        self.value = QComboBox()
        self.value.setAccessibleName(self.tr("What you found"))
        for value in ("yes", "partial", "no", "unknown"):
            self.value.addItem(value_words(value), value)
        self._corrected = corrected
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Your note"))
        self.note.setPlaceholderText(self.tr("optional, e.g. where you saw it"))
        self.note.setMaxLength(300)
        self.feature.currentIndexChanged.connect(self._feature_changed)
        intro = QLabel(
            self.tr(
                "If you found that the app works differently, say so here. Your correction is kept, "
                "marked as yours, and used for every child."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("&Feature:"), self.feature)
        form.addRow(self.tr("&What you found:"), self.value)
        form.addRow(self.tr("&Note:"), self.note)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)
        self._feature_changed()

    def _feature_changed(self) -> None:
        forget = self.value.findData(FORGET)
        if forget >= 0:
            self.value.removeItem(forget)
        if self.feature.currentData() in self._corrected:
            self.value.addItem(self.tr("Remove my correction (use the catalogue's fact)"), FORGET)

    def choose(self, feature: str, value: str) -> None:
        self.feature.setCurrentIndex(self.feature.findData(feature))
        self.value.setCurrentIndex(self.value.findData(value))

    def values(self) -> tuple[str, str, str]:
        return self.feature.currentData(), self.value.currentData(), self.note.text()


class AppPage(QWidget):
    """A catalogue app's page; `corrected` fires after the parent changed a fact."""

    corrected = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fg: FamilyGuard | None = None
        self.entry: AppEntry | None = None
        self.back_button = QPushButton(self.tr("← Back to all apps"))
        self.back_button.setAccessibleName(self.tr("Back to all apps"))
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.back_button.setToolTip(self.tr("Back to all apps (Alt+Left or Esc)"))
        self.back_button.clicked.connect(self.back)
        self.correct_button = QPushButton(self.tr("Correct a fact…"))
        self.correct_button.setAccessibleName(self.tr("Correct a fact about this app"))
        self.correct_button.clicked.connect(show_errors(self, self.correct))
        self.title = QLabel()
        self.title.setObjectName("heading")
        self.badge = LevelBadge()
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setOpenExternalLinks(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.facts.setAccessibleName(self.tr("About this app"))
        self.profile = ProfileView()
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.correct_button)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title)
        title_row.addWidget(QLabel(self.tr("Overall:")))
        title_row.addWidget(self.badge)
        title_row.addStretch(1)
        body = QWidget()
        body_box = QVBoxLayout(body)
        body_box.addLayout(title_row)
        body_box.addWidget(self.facts)
        body_box.addWidget(self.profile)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll)

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            self.back.emit()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def show_entry(self, fg: FamilyGuard, entry: AppEntry) -> None:
        self.fg, self.entry = fg, entry
        risk = fg.risk.app(entry)
        self.title.setText(entry.name)
        self.badge.set_level(risk.overall)
        self.facts.setText(self._facts_html(entry))
        self.profile.show_risk(risk)
        self.setAccessibleName(self.tr("{app}: risk profile").format(app=entry.name))

    def _corrections(self) -> dict[str, tuple[str, str]]:
        assert self.fg is not None and self.entry is not None
        return dict(self.fg.risk.corrections.all().get(self.entry.id, {}))

    def _facts_html(self, entry: AppEntry) -> str:
        e = functools.partial(html.escape, quote=False)
        rows = [f"<p>{e(content(entry.summary, 'catalogue'))}</p>"]
        age = self.tr("Minimum age in the app's terms: {age}").format(age=entry.min_age)
        if entry.min_age_by_country:
            other = ", ".join(f"{c} {a}" for c, a in sorted(entry.min_age_by_country.items()))
            age += " " + self.tr("(elsewhere: {list})").format(list=other)
        rows.append(f"<p><b>{e(age)}</b><br>")
        rows.append(e(self.tr("Status: {status}").format(status=status_text(entry))) + "<br>")
        if entry.aliases:
            rows.append(e(self.tr("Also known as: {names}").format(names=", ".join(entry.aliases))) + "<br>")
        rows.append(
            e(self.tr("Facts last checked: {date}").format(date=entry.last_verified.isoformat())) + "</p>"
        )
        status = entry.status_fact
        if entry.status != "active":
            note = verbatim("catalogue", status.note)
            rows.append(f"<p>{reason_html(Reason(note, status.source, status.verified))}</p>")
        fixes = self._corrections()
        if fixes:
            rows.append("<p><b>✎ " + e(self.tr("Your corrections:")) + "</b></p><ul>")
            for feature, (value, note) in sorted(fixes.items()):
                line = f"{feature_label(feature)}: {value_words(value).lower()}"
                rows.append(f"<li>{e(line + (f' — {note}' if note else ''))}</li>")
            rows.append("</ul>")
        return "".join(rows)

    def correct(self) -> None:
        if self.fg is None or self.entry is None:
            return
        dialog = CorrectionDialog(self, self.entry, self._corrections())
        if dialog.exec():
            feature, value, note = dialog.values()
            if value == FORGET:
                self.fg.risk.forget_correction(self.entry, feature)
            else:
                self.fg.risk.correct(self.entry, feature, value, note)
            self.show_entry(self.fg, self.entry)
            self.corrected.emit()
