"""Risk shown to a parent: a level badge (words + glyph + colour) and a profile chart with reasons.

A level is never colour alone: it is always its word ("High") and a glyph (⚠), and a bar's length
follows the level too. Colours adapt to a light or dark palette.
"""

from __future__ import annotations

import html
from functools import cache
from urllib.parse import urlparse

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from familyguard.gui.i18n import content
from familyguard.risk.model import LEVELS, Action, AppRisk, DimensionRisk, Reason

GLYPHS = {"none": "✓", "low": "○", "medium": "◆", "high": "⚠"}
_COLOURS_LIGHT = {"none": "#1b5e20", "low": "#7a5f00", "medium": "#bf360c", "high": "#b71c1c"}
_COLOURS_DARK = {"none": "#81c784", "low": "#fff176", "medium": "#ffb74d", "high": "#ef9a9a"}


def _t(text: str) -> str:
    """A word marked with QT_TRANSLATE_NOOP("risk", …), translated."""
    return QCoreApplication.translate("risk", text)


def level_word(level: str) -> str:
    """The level in plain words."""
    words = {
        "none": QT_TRANSLATE_NOOP("risk", "None found"),
        "low": QT_TRANSLATE_NOOP("risk", "Low"),
        "medium": QT_TRANSLATE_NOOP("risk", "Medium"),
        "high": QT_TRANSLATE_NOOP("risk", "High"),
    }
    return _t(words[level])


def level_text(level: str) -> str:
    """Glyph and word together, e.g. "⚠ High"."""
    return f"{GLYPHS[level]} {level_word(level)}"


def level_rank(level: str) -> int:
    return LEVELS.index(level)


def dimension_name(dimension: str) -> str:
    """The risk dimension in a parent's words."""
    names = {
        "stranger_contact": QT_TRANSLATE_NOOP("risk", "Contact with strangers"),
        "private_messaging": QT_TRANSLATE_NOOP("risk", "Private messages"),
        "live_streaming": QT_TRANSLATE_NOOP("risk", "Live streaming"),
        "image_sharing": QT_TRANSLATE_NOOP("risk", "Sharing pictures"),
        "voice_video_chat": QT_TRANSLATE_NOOP("risk", "Voice and video calls"),
        "disappearing_content": QT_TRANSLATE_NOOP("risk", "Disappearing messages"),
        "location_sharing": QT_TRANSLATE_NOOP("risk", "Sharing where they are"),
        "covert_channels": QT_TRANSLATE_NOOP("risk", "Hidden ways to pass messages"),
        "money_gifts": QT_TRANSLATE_NOOP("risk", "Gifts and money"),
    }
    return _t(names[dimension]) if dimension in names else dimension.replace("_", " ")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def level_colour(level: str, palette: QPalette) -> QColor:
    """A colour for the level that stays readable on the current (light or dark) palette."""
    return QColor((_COLOURS_DARK if is_dark(palette) else _COLOURS_LIGHT)[level])


@cache
def _icon(level: str, dark: bool) -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor((_COLOURS_DARK if dark else _COLOURS_LIGHT)[level])
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(2, 2, 28, 28))
    font = painter.font()
    font.setPixelSize(18)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#000000") if dark else QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, 32, 32), Qt.AlignmentFlag.AlignCenter, GLYPHS[level])
    painter.end()
    return QIcon(pixmap)


def level_icon(level: str, palette: QPalette) -> QIcon:
    """A round icon in the level's colour with its glyph, for table cells (always next to the word)."""
    return _icon(level, is_dark(palette))


class LevelBadge(QLabel):
    """A level as "⚠ High" in bold; the level is a style property the stylesheet colours (gui.theme)."""

    def __init__(self, level: str = "none", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("levelBadge")
        self.set_level(level)

    def set_level(self, level: str) -> None:
        self.level = level
        self.setText(level_text(level))
        self.setProperty("level", level)
        self.setAccessibleName(self.tr("Risk level: {level}").format(level=level_word(level)))
        self.style().unpolish(self)
        self.style().polish(self)


class LevelIcon(QLabel):
    """The level's round icon (beside its word), redrawn when the palette turns light or dark."""

    def __init__(self, level: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self._draw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._draw()
        super().changeEvent(event)

    def _draw(self) -> None:
        self.setPixmap(level_icon(self.level, self.palette()).pixmap(16, 16))


class LevelBar(QWidget):
    """A horizontal bar whose length and colour follow the level (none = an empty track)."""

    def __init__(self, level: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMaximumWidth(self.fontMetrics().height() * 28)

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().height()
        return QSize(height * 10, height)

    def minimumSizeHint(self) -> QSize:
        height = self.fontMetrics().height()
        return QSize(height * 4, height)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 3, -1, -3)
        radius = rect.height() / 3
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(self.palette().color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(rect, radius, radius)
        share = level_rank(self.level) / (len(LEVELS) - 1)
        if share > 0:
            filled = QRectF(rect.x(), rect.y(), rect.width() * share, rect.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(level_colour(self.level, self.palette()))
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()


class RiskChart(QWidget):
    """One row per dimension: its name, a bar, and the level in words with a glyph."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Risk chart"))
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(3, 1)
        self.grid.setHorizontalSpacing(12)
        self.rows: dict[str, tuple[QLabel, LevelBar, LevelBadge]] = {}

    def show_risk(self, risk: AppRisk) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item and item.widget():
                item.widget().deleteLater()
        self.rows = {}
        for row, dimension in enumerate(risk.dimensions):
            name = QLabel(dimension_name(dimension.id))
            bar = LevelBar(dimension.level)
            badge = LevelBadge(dimension.level)
            text = self.tr("{dimension}: {level}").format(
                dimension=dimension_name(dimension.id), level=level_word(dimension.level)
            )
            bar.setAccessibleName(text)
            bar.setToolTip(text)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(bar, row, 1)
            self.grid.addWidget(badge, row, 2, alignment=Qt.AlignmentFlag.AlignLeft)
            self.rows[dimension.id] = (name, bar, badge)


def _host(url: str) -> str:
    return urlparse(url).netloc.removeprefix("www.") or url


def reason_html(reason: Reason) -> str:
    """One reason as rich text: "your correction" marked, its source as a link, unverified marked."""
    text = html.escape(content(reason.text))
    translate = QCoreApplication.translate
    parts = []
    if reason.yours:
        parts.append("<b>✎ " + html.escape(translate("risk", "Yours:")) + f"</b> {text}")
    else:
        parts.append(text)
    if reason.source:
        link = f'<a href="{html.escape(reason.source, quote=True)}">{html.escape(_host(reason.source))}</a>'
        parts.append(html.escape(translate("risk", "Source:")) + " " + link)
    if not reason.yours and not reason.verified:
        parts.append("<i>" + html.escape(translate("risk", "? Not verified yet — treat with care.")) + "</i>")
    return " ".join(parts)


def action_html(action: Action) -> str:
    """One action: what to do, where to find it, and the talk to have."""
    said, where = content(action.text), content(action.where)
    text = f"<b>{html.escape(said)}</b>"
    title = talk_title(action.topic)
    just_a_talk = bool(title) and title in said
    translate = QCoreApplication.translate
    if where and not (just_a_talk and where.endswith(title)):
        text += "<br>" + html.escape(translate("risk", "Where: {where}").format(where=where))
    if title and not just_a_talk:
        text += "<br>" + html.escape(translate("risk", "Talk about: “{title}”").format(title=title))
    return text


def talk_title(topic_id: str) -> str:
    if not topic_id:
        return ""
    from familyguard.talks.library import load_library

    try:
        return content(load_library().get(topic_id).title, "talks")
    except Exception:
        return topic_id.replace("_", " ")


def dimension_html(dimension: DimensionRisk) -> str:
    """A dimension's reasons and actions as rich text for a label."""
    out = [
        f"<h3>{html.escape(level_text(dimension.level))} — {html.escape(dimension_name(dimension.id))}</h3>"
    ]
    if dimension.reasons:
        out.append("<p><b>" + html.escape(QCoreApplication.translate("risk", "Why:")) + "</b></p><ul>")
        out += [f"<li>{reason_html(r)}</li>" for r in dimension.reasons]
        out.append("</ul>")
    if dimension.actions:
        what = QCoreApplication.translate("risk", "What you can do:")
        out.append("<p><b>" + html.escape(what) + "</b></p><ul>")
        out += [f"<li>{action_html(a)}</li>" for a in dimension.actions]
        out.append("</ul>")
    return "".join(out)


class ProfileView(QWidget):
    """An app's profile: the chart, then each dimension that matters with its reasons and actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = RiskChart()
        self.details = QVBoxLayout()
        self.labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart)
        layout.addLayout(self.details)
        layout.addStretch(1)

    def show_risk(self, risk: AppRisk) -> None:
        self.chart.show_risk(risk)
        while self.details.count():
            item = self.details.takeAt(0)
            if item and item.widget():
                item.widget().deleteLater()
        self.labels = {}
        ordered = sorted(risk.dimensions, key=lambda d: -level_rank(d.level))
        quiet = []
        for dimension in ordered:
            if dimension.level == "none":
                quiet.append(dimension_name(dimension.id))
                continue
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            self.details.addWidget(line)
            label = self._label(dimension_html(dimension))
            label.setObjectName(f"dimension-{dimension.id}")
            label.setAccessibleName(
                self.tr("{dimension}: {level}, reasons and what you can do").format(
                    dimension=dimension_name(dimension.id), level=level_word(dimension.level)
                )
            )
            self.labels[dimension.id] = label
            self.details.addWidget(label)
        if quiet:
            text = self.tr("{mark} Nothing found for: {list}.").format(
                mark=GLYPHS["none"], list=", ".join(quiet)
            )
            self.details.addWidget(self._label(html.escape(text)))

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setOpenExternalLinks(True)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        return label
