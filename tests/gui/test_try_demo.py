"""The "Try the demo family" button of the first-run welcome: a made-up family, never the real one."""

from __future__ import annotations

from pathlib import Path

from modal import when_modal
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from familyguard.gui.session import Session
from familyguard.gui.single_instance import server_name
from familyguard.gui.wizard import FirstRunWizard
from familyguard.storage.layout import household_exists


def _try_demo(wizard: QWidget) -> None:
    assert isinstance(wizard, FirstRunWizard)
    wizard.currentPage().demo_button.click()  # type: ignore[attr-defined]


def test_try_the_demo_opens_a_made_up_family_beside_the_real_folder(
    qtbot: QtBot, session: Session, tmp_path: Path, no_keyring: None
) -> None:
    when_modal(FirstRunWizard, _try_demo)
    assert session.start()
    qtbot.waitUntil(lambda: session.fg is not None, timeout=30000)
    window = session.window
    assert window is not None
    names = [window.children_model.index(r).data() for r in range(window.children_model.rowCount())]
    assert [n.split(",")[0] for n in names] == ["Ella", "Leo", "Mia"]
    assert "demo" in window.windowTitle()
    assert "made-up demo family" in window.statusBar().currentMessage()
    assert session.folder == tmp_path / "household-demo"
    assert not household_exists(tmp_path / "household"), "the real household must stay untouched"


def test_the_demo_is_written_once_and_kept_for_the_next_look(
    qtbot: QtBot, qapp: QApplication, session: Session, tmp_path: Path, no_keyring: None
) -> None:
    when_modal(FirstRunWizard, _try_demo)
    assert session.start()
    qtbot.waitUntil(lambda: session.fg is not None, timeout=30000)
    assert session.fg is not None
    session.fg.household.add_child(*("Noah", session.fg.clock.today().replace(year=2016)))
    session.close()

    again = Session(qapp, tmp_path / "household", server_name(tmp_path) + "-again", None, stop=lambda c: None)
    when_modal(FirstRunWizard, _try_demo)
    try:
        assert again.start()
        qtbot.waitUntil(lambda: again.fg is not None, timeout=30000)
        assert again.fg is not None
        assert "Noah" in [c.name for c in again.fg.household.children.all()]
    finally:
        again.close()
        if again.window:
            again.window.keep_running_in_tray = False
            again.window.close()
