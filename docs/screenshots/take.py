"""Take the README's screenshots of the demo household, offscreen: `python docs/screenshots/take.py`.

Writes a fresh demo household into a temporary folder (a throwaway passphrase; never real data),
opens the real main window on it, walks its pages and saves each as PNG beside this script.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
HERE = Path(__file__).resolve().parent
PASSPHRASE = "demo-household"


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from familyguard.app import FamilyGuard
    from familyguard.bundled import ui_dir
    from familyguard.demo import fill_demo
    from familyguard.domain import SystemClock
    from familyguard.gui.main_window import MainWindow
    from familyguard.storage.vault import open_household

    app = QApplication(sys.argv[:1])
    app.setStyleSheet((ui_dir() / "familyguard.qss").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "demo"
        fill_demo(folder, lambda _request: PASSPHRASE)
        fg = FamilyGuard(open_household(folder, lambda _request: PASSPHRASE))
        window = MainWindow(SystemClock())
        window.resize(1280, 800)
        window.show()
        window.attach(fg)

        def shot(name: str) -> None:
            app.processEvents()
            QTest.qWait(50)
            window.grab().save(str(HERE / name))
            print(f"saved {HERE / name}")

        ella = fg.household.find_child("Ella")
        window.refresh(select_child=ella.id)
        shot("main-window.png")
        leo = fg.household.find_child("Leo")
        window.refresh(select_child=leo.id)
        names = [window.apps_model.index(row, 0).data() for row in range(window.apps_model.rowCount())]
        window.apps_view.selectRow(names.index("Spotify"))
        shot("child-risk.png")
        QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(window.catalogue_page.search, "snap")
        shot("catalogue.png")
        window.catalogue_page.search.clear()
        QTest.keyClicks(window.catalogue_page.search, "spotifi")
        QTest.keyClick(window.catalogue_page.search, Qt.Key.Key_Return)
        shot("app-profile.png")
        fg.close()


if __name__ == "__main__":
    main()
