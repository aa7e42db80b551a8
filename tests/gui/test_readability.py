"""Readable for a tired parent: levels legible on light and dark palettes, every page fits a scaled screen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from familyguard.gui.main_window import MainWindow
from familyguard.gui.risk_widgets import is_dark, level_colour
from familyguard.risk.model import LEVELS

# 1920×1080 at 150% (and 3840×2160 at 300%) leave 1280×720 logical pixels for the window.
SCALED_SCREEN = (1280, 720)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#171717"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Text, "#e8eaed"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_level_colour_is_readable_text_on_the_palette(qapp: QApplication, dark: bool) -> None:
    palette = _dark_palette() if dark else QStyleFactory.create("Fusion").standardPalette()
    assert is_dark(palette) == dark
    for level in LEVELS:
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
            ratio = contrast(level_colour(level, palette), palette.color(role))
            assert ratio >= 4.5, f"{level} on {role.name}: contrast {ratio:.1f} (WCAG AA needs 4.5)"


def test_every_page_fits_a_screen_scaled_to_150_percent(ella_window: MainWindow) -> None:
    window = ella_window
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        needed = window.minimumSizeHint()
        fits = needed.width() <= SCALED_SCREEN[0] and needed.height() <= SCALED_SCREEN[1]
        assert fits, f"the {window.pages.tabText(index)!r} page needs {needed.width()}×{needed.height()}"
