"""The look follows the system's light or dark mode, live, without a restart.

ui/familyguard.qss holds sizes and emphasis, and colours only as palette roles. The colours that
must differ on a light and a dark palette (risk levels, error messages) are added to it for the
current palette. Qt resolves `palette(…)` in a stylesheet once, so the stylesheet is set again
whenever the application's palette changes (the desktop's theme, `QApplication.setPalette`).
When the system reports a dark colour scheme but the style keeps a light palette (no desktop
portal, a style without a dark palette), FamilyGuard switches to its own dark palette.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from familyguard.bundled import ui_dir
from familyguard.gui.risk_widgets import is_dark, level_colour
from familyguard.risk.model import LEVELS

_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#171717",
    QPalette.ColorRole.AlternateBase: "#2a2b2e",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#303134",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.ToolTipBase: "#303134",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Highlight: "#8ab4f8",
    QPalette.ColorRole.HighlightedText: "#202124",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9",
    QPalette.ColorRole.Light: "#4a4b4f",
    QPalette.ColorRole.Midlight: "#3c3d41",
    QPalette.ColorRole.Mid: "#5f6368",
    QPalette.ColorRole.Dark: "#141414",
    QPalette.ColorRole.Shadow: "#000000",
}


def dark_palette() -> QPalette:
    """A dark palette on Fusion's roles, for when the system is dark and the style is not."""
    palette = QStyleFactory.create("Fusion").standardPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#80868b")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def stylesheet(palette: QPalette) -> str:
    """ui/familyguard.qss with the level and error colours that are readable on the palette."""
    rules = [
        f'QLabel#levelBadge[level="{level}"] {{ color: {level_colour(level, palette).name()}; }}'
        for level in LEVELS
    ]
    rules.append(f"QLabel#error {{ color: {level_colour('high', palette).name()}; }}")
    return (ui_dir() / "familyguard.qss").read_text(encoding="utf-8") + "\n".join(rules) + "\n"


class ThemeFollower(QWidget):
    """Keeps the application's stylesheet and palette in step with the system's light or dark mode.

    A widget that is never shown: Qt tells every widget when the application's palette changes,
    without an application-wide event filter.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.own_dark = False  # the palette is dark_palette(), set here because the style stayed light
        self.applied: QPalette | None = None
        app.styleHints().colorSchemeChanged.connect(self.follow_scheme)
        self.follow_scheme(app.styleHints().colorScheme())
        self.restyle()

    def follow_scheme(self, scheme: Qt.ColorScheme) -> None:
        """The system's colour scheme changed: use a dark palette if the style kept a light one."""
        if scheme == Qt.ColorScheme.Dark and not is_dark(self.app.palette()):
            self.own_dark = True
            self.app.setPalette(dark_palette())
        elif scheme != Qt.ColorScheme.Dark and self.own_dark:
            self.own_dark = False
            self.app.setPalette(QPalette())  # the system's own palette again

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            QTimer.singleShot(0, self, self.restyle)  # not inside Qt's own palette or style change
        super().changeEvent(event)

    def restyle(self) -> None:
        """Set the stylesheet again for the application's palette (once per palette)."""
        palette = self.app.palette()
        if palette != self.applied:
            self.applied = QPalette(palette)
            self.app.setStyleSheet(stylesheet(palette))
