"""Readable for a tired parent: levels legible on light and dark palettes, switched live, and every
page and dialog usable on a 1920×1080 screen scaled to 200 %.

The 200 % checks measure logical pixels in this process: Qt lays out in logical pixels, so a
window's minimum size and where its text wraps are the same at any scale factor. One test also
starts the window in a subprocess at QT_SCALE_FACTOR=2 on a 1920×1080 screen, where it must open
inside the screen.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from functools import partial
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QStyleFactory, QWidget
from pytestqt.qtbot import QtBot

from familyguard.app import FamilyGuard
from familyguard.demo import populate
from familyguard.gui.dialogs import ChildDialog
from familyguard.gui.guide_dialog import GuideDialog
from familyguard.gui.i18n import install_translators
from familyguard.gui.import_wizard import ImportWizard
from familyguard.gui.main_window import MainWindow
from familyguard.gui.risk_widgets import LevelBadge, LevelIcon, is_dark, level_colour
from familyguard.gui.sizing import FRAME
from familyguard.gui.talk_dialogs import NoteDialog, PlanDialog, SnoozeDialog
from familyguard.gui.theme import ThemeFollower, dark_palette
from familyguard.gui.wizard import FirstRunWizard
from familyguard.risk.model import LEVELS

# A 1920×1080 screen at 200 % has 960×540 logical pixels. The desktop's panel takes about 40 of
# them and the window's frame (title bar, borders) about as much again (GNOME, KDE Plasma and
# Windows 11 alike): a window and every dialog must be usable in the rest.
SCREEN_200 = QSize(960, 540)
PANEL = 40
ROOM_200 = QSize(SCREEN_200.width(), SCREEN_200.height() - PANEL).shrunkBy(FRAME)


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


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_level_colour_is_readable_text_on_the_palette(qapp: QApplication, dark: bool) -> None:
    palette = dark_palette() if dark else QStyleFactory.create("Fusion").standardPalette()
    assert is_dark(palette) == dark
    for text, ground in (
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    ):
        assert contrast(palette.color(text), palette.color(ground)) >= 7
    for level in LEVELS:
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
            ratio = contrast(level_colour(level, palette), palette.color(role))
            assert ratio >= 4.5, f"{level} on {role.name}: contrast {ratio:.1f} (WCAG AA needs 4.5)"


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[ThemeFollower]:
    """The stylesheet and palette as the running app has them; the plain app again afterwards."""
    follower = ThemeFollower(qapp)
    yield follower
    shiboken6.delete(follower)
    qapp.setPalette(QPalette())
    qapp.setStyleSheet("")


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window in English, then in German (longer words)."""
    before = QLocale()
    translators = install_translators(qapp, {"FAMILYGUARD_LANG": request.param})
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def family_window(language: str, themed: ThemeFollower, window: MainWindow, fg: FamilyGuard) -> MainWindow:
    """The styled main window on the demo family: three children, their apps, friends and talks."""
    populate(fg)
    window.refresh(select_child=fg.household.find_child("Ella").id)
    return window


def _fits(size: QSize, room: QSize) -> bool:
    return size.width() <= room.width() and size.height() <= room.height()


def _cut_off(widget: QWidget) -> bool:
    """Whether the widget is too small for its text (a wrapped label: too low for its lines)."""
    if isinstance(widget, QLabel) and widget.wordWrap():
        return widget.heightForWidth(widget.width()) > widget.height()
    hint = widget.sizeHint() if isinstance(widget, QLabel) else widget.minimumSizeHint()
    return hint.width() > widget.width() or hint.height() > widget.height()


def _texts(page: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for kind in (QLabel, QAbstractButton, QComboBox):
        found += [
            w for w in page.findChildren(kind) if w.isVisible() and (not isinstance(w, QLabel) or w.text())
        ]
    return found


def test_every_page_fits_a_1080p_screen_at_200_percent(family_window: MainWindow) -> None:
    window = family_window
    needs = []
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        page = window.pages.widget(index).minimumSizeHint()
        needs.append(f"{window.pages.tabText(index)!r} {page.width()}×{page.height()}")
    needed = window.minimumSizeHint()
    assert _fits(needed, ROOM_200), f"the window needs {needed.width()}×{needed.height()}; pages: {needs}"


def test_no_text_is_cut_off_in_the_room_left_at_200_percent(family_window: MainWindow, qtbot: QtBot) -> None:
    window = family_window
    window.resize(ROOM_200)
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        qtbot.wait(10)  # the layouts settle
        page = window.pages.widget(index)
        cut = [
            f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}" for w in _texts(page) if _cut_off(w)
        ]
        assert not cut, f"on the {window.pages.tabText(index)!r} page, cut off: {cut}"


def test_every_dialog_fits_a_1080p_screen_at_200_percent(
    family_window: MainWindow, fg: FamilyGuard, qtbot: QtBot
) -> None:
    ella = fg.household.find_child("Ella")
    talks = family_window.talks
    topic = talks.library.topics[0]
    dialogs: list[QWidget] = [
        FirstRunWizard(None, date(2026, 11, 22), "No keyring here: choose a passphrase.", False),
        ChildDialog(family_window, date(2026, 11, 22), ella),
        PlanDialog(family_window, talks, ella),
        NoteDialog(family_window, ella.name, topic.title),
        SnoozeDialog(family_window, fg.clock.now()),
        GuideDialog(family_window, topic, ella.name, 14, talks.library),
        ImportWizard(family_window, fg, ella, []),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()  # a wizard sets its minimum size from its pages when shown
        name = type(dialog).__name__
        needed = dialog.minimumSize().expandedTo(dialog.minimumSizeHint())
        assert _fits(needed, ROOM_200), f"{name} needs {needed.width()}×{needed.height()}"
        dialog.resize(dialog.size().boundedTo(ROOM_200))
        qtbot.wait(10)
        cut = [
            f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}" for w in _texts(dialog) if _cut_off(w)
        ]
        assert not cut, f"in the {name}, cut off: {cut}"
        dialog.close()


SHOW_AT_200 = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from households import FAST_KDF, PASSPHRASE, Answer
from familyguard.app import FamilyGuard
from familyguard.demo import populate
from familyguard.gui.main_window import MainWindow
from familyguard.gui.theme import ThemeFollower
from familyguard.storage.vault import create_household

app = QApplication([])
theme = ThemeFollower(app)
fg = FamilyGuard(create_household(Path(sys.argv[1]), Answer(PASSPHRASE), FAST_KDF))
populate(fg)
window = MainWindow(fg.clock)
window.show()
window.attach(fg)
app.processEvents()
screen = window.screen()
print(json.dumps({
    "ratio": screen.devicePixelRatio(),
    "screen": screen.availableGeometry().getRect(),
    "window": window.frameGeometry().getRect(),
    "minimum": window.minimumSizeHint().toTuple(),
}))
fg.close()
"""


def test_the_window_opens_inside_a_1080p_screen_at_200_percent(
    subprocess_env: dict[str, str], tmp_path: Path
) -> None:
    screens = tmp_path / "screen.json"
    screens.write_text(
        json.dumps({"screens": [{"name": "1080p", "x": 0, "y": 0, "width": 1920, "height": 1080}]})
    )
    env = {**subprocess_env, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}", "QT_SCALE_FACTOR": "2"}
    run = subprocess.run(
        [sys.executable, "-c", SHOW_AT_200, str(tmp_path / "household")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    shown = json.loads(run.stdout.splitlines()[-1])
    assert shown["ratio"] == 2 and shown["screen"] == [0, 0, SCREEN_200.width(), SCREEN_200.height()]
    left, top, width, height = shown["window"]
    assert left >= 0 and top >= 0, shown
    assert left + width <= SCREEN_200.width() and top + height <= SCREEN_200.height(), shown
    assert _fits(QSize(*shown["minimum"]), ROOM_200), shown


def _colour(label: QLabel) -> QColor:
    return label.palette().color(label.foregroundRole())


def _coloured_for(badges: list[LevelBadge], palette: QPalette) -> bool:
    return all(_colour(badge) == level_colour(badge.level, palette) for badge in badges)


def _readable_on(colour: QColor, palette: QPalette) -> bool:
    return all(
        contrast(colour, palette.color(role)) >= 4.5
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base)
    )


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_a_dark_palette_set_while_a_page_shows_recolours_levels_and_icons(
    family_window: MainWindow, qapp: QApplication, qtbot: QtBot
) -> None:
    window = family_window
    window.show_children_page()
    badges = [b for b in window.findChildren(LevelBadge) if b.isVisible()]
    assert badges
    for palette in (dark_palette(), QStyleFactory.create("Fusion").standardPalette()):
        qapp.setPalette(palette)  # the stylesheet follows on the next turn of the event loop
        qtbot.waitUntil(partial(_coloured_for, badges, palette))
        for badge in badges:
            colour = _colour(badge)
            assert _readable_on(colour, palette), (
                f"{badge.level} badge on a {'dark' if is_dark(palette) else 'light'} palette"
            )
        window.show_family_page()
        for icon in window.home_page.findChildren(LevelIcon):
            edge = icon.pixmap().toImage().pixelColor(2, icon.pixmap().height() // 2)
            assert edge.name() == level_colour(icon.level, palette).name(), icon.level
        error = QLabel("Wrong passphrase.", window)
        error.setObjectName("error")
        error.ensurePolished()
        assert _readable_on(_colour(error), palette)
        error.deleteLater()
        window.show_children_page()


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_a_dark_system_scheme_gives_a_dark_palette_where_the_style_stays_light(
    family_window: MainWindow, themed: ThemeFollower, qapp: QApplication
) -> None:
    assert not is_dark(qapp.palette())
    themed.follow_scheme(Qt.ColorScheme.Dark)
    assert is_dark(qapp.palette())
    themed.follow_scheme(Qt.ColorScheme.Light)
    assert not is_dark(qapp.palette())
