"""Windows sized for the screen they open on: a preferred size, never more than the screen leaves.

At 200 % a 1920×1080 screen has 960×540 logical pixels, less the desktop's panels and the title bar.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QSize
from PySide6.QtWidgets import QWidget

# The window's frame, which the screen's available area still has to hold: the title bar, the borders.
FRAME = QMargins(4, 40, 4, 4)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize a top-level window to width×height logical pixels, or less where its screen is smaller."""
    room = window.screen().availableGeometry().size().shrunkBy(FRAME)
    window.resize(QSize(width, height).boundedTo(room))
