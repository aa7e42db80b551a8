"""Take the README's screenshots of the demo household, offscreen: `python docs/screenshots/take.py`.

Writes a fresh demo household into a temporary folder (a throwaway passphrase; never real data),
opens the real main window on it, walks its pages and saves each as PNG beside this script.
`FAMILYGUARD_LANG=de` takes them in German; `QT_QPA_PLATFORM=xcb` under `xvfb-run` takes them on X.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
HERE = Path(__file__).resolve().parent
PASSPHRASE = "demo-household"


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from familyguard.app import FamilyGuard
    from familyguard.demo import fill_demo
    from familyguard.gui.theme import ThemeFollower
    from familyguard.storage.vault import open_household

    app = QApplication(sys.argv[:1])
    theme = ThemeFollower(app)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "demo"
        fill_demo(folder, lambda _request: PASSPHRASE)
        fg = FamilyGuard(open_household(folder, lambda _request: PASSPHRASE))
        window = open_window(fg)

        def shot(name: str) -> None:
            app.processEvents()
            QTest.qWait(50)
            window.grab().save(str(HERE / name))
            print(f"saved {HERE / name}")

        shot("family.png")  # the window opens on the Family page
        window.show_children_page()
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
        talks_shots(window, fg.household.find_child("Ella"), shot)
        friends_shots(window, fg, Path(tmp), shot)
        window.show_settings()
        shot("settings.png")
        lock_shot(window, folder, shot)
        dark_shots(app, theme, fg)
        german_family_shot(app, fg)
        fg.close()


def open_window(fg: object) -> Any:
    """A main window of 1280×800 on the household, shown and painted."""
    from PySide6.QtTest import QTest

    from familyguard.domain import SystemClock
    from familyguard.gui.main_window import MainWindow

    window = MainWindow(SystemClock())
    window.resize(1280, 800)
    window.show()
    window.attach(fg)  # type: ignore[arg-type]
    QTest.qWait(50)
    return window


def dark_shots(app: object, theme: object, fg: object) -> None:
    """The Family page and a child's apps again, as the system's dark mode shows them (then light again)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    theme.follow_scheme(Qt.ColorScheme.Dark)  # type: ignore[attr-defined]  (as the desktop says "dark")
    window = open_window(fg)
    window.grab().save(str(HERE / "family-dark.png"))
    print(f"saved {HERE / 'family-dark.png'}")
    window.refresh(select_child=fg.household.find_child("Ella").id)  # type: ignore[attr-defined]
    window.show_children_page()
    QTest.qWait(50)
    window.grab().save(str(HERE / "child-risk-dark.png"))
    print(f"saved {HERE / 'child-risk-dark.png'}")
    window.close()
    theme.follow_scheme(Qt.ColorScheme.Light)  # type: ignore[attr-defined]


def german_family_shot(app: object, fg: object) -> None:
    """The Family page again, in German (a new window, once the German translation is installed)."""
    from familyguard.gui.i18n import install_translators

    install_translators(app, {"FAMILYGUARD_LANG": "de"})  # type: ignore[arg-type]
    window = open_window(fg)
    window.grab().save(str(HERE / "family-de.png"))
    print(f"saved {HERE / 'family-de.png'}")


def lock_shot(window: object, folder: Path, shot: object) -> None:
    """The lock screen (a PIN set on the throwaway household): nothing of the family shows."""
    from familyguard.domain import SystemClock
    from familyguard.gui.locking import WindowLock
    from familyguard.lock import ParentLock
    from familyguard.lock_rules import PASSPHRASE as LOCK_WITH_PASSPHRASE

    lock = ParentLock(folder, SystemClock())
    lock.set(LOCK_WITH_PASSPHRASE, PASSPHRASE)  # no keyring here: the lock is the data's passphrase
    WindowLock(window, lock, lambda _secret: None).lock_window()  # type: ignore[arg-type]
    shot("lock-screen.png")  # type: ignore[operator]


def friends_shots(window: object, fg: object, tmp: Path, shot: object) -> None:
    """The Friends page (Ctrl+4), whom the last imports changed, the import preview of a small
    export, the Warning signs (Ctrl+5)."""
    import json
    import zipfile

    from PySide6.QtTest import QTest

    from familyguard.gui.import_wizard import PREVIEW_PAGE, ImportWizard

    ella = fg.household.find_child("Ella")  # type: ignore[attr-defined]
    window.refresh(select_child=ella.id)  # type: ignore[attr-defined]
    window.friends.show_friends()  # type: ignore[attr-defined]  (Ctrl+4)
    page = window.friends.page  # type: ignore[attr-defined]
    page.select_contact(next(c.id for c, _ in page.model.rows() if c.status == "flagged"))
    shot("friends.png")  # type: ignore[operator]
    status = page.filter_bar.status_filter
    status.setCurrentIndex(status.findData("changed"))
    page.select_contact(next(c.id for c, _ in page.model.rows() if c.display_name == "Lena"))
    shot("friends-changes.png")  # type: ignore[operator]
    status.setCurrentIndex(0)
    folder = "connections/followers_and_following/"
    entry = lambda user: {"string_list_data": [{"value": user, "timestamp": 1760000000}]}  # noqa: E731
    export = tmp / "instagram-ella.zip"
    with zipfile.ZipFile(export, "w") as archive:
        followers = ["aisha.draws", "top.models.casting", "mila.sketches", "dance.crew.07", "free.robux.now"]
        archive.writestr(folder + "followers_1.json", json.dumps([entry(u) for u in followers]))
        following = {"relationships_following": [entry(u) for u in ("aisha.draws", "mila.sketches")]}
        archive.writestr(folder + "following.json", json.dumps(following))
    wizard = ImportWizard(window, fg, ella, [export])  # type: ignore[arg-type]
    wizard.show()
    wizard.next()
    while wizard.currentId() != PREVIEW_PAGE:
        QTest.qWait(20)
    QTest.qWait(50)
    wizard.grab().save(str(HERE / "import-preview.png"))
    print(f"saved {HERE / 'import-preview.png'}")
    wizard.reject()
    window.friends.show_signals()  # type: ignore[attr-defined]  (Ctrl+5)
    shot("signals.png")  # type: ignore[operator]


def talks_shots(window: object, child: object, shot: object) -> None:
    """The Talks page of a child (Ctrl+3) and the plan dialog with its next dates (Ctrl+T)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from familyguard.gui.talk_dialogs import PlanDialog

    window.refresh(select_child=child.id)  # type: ignore[attr-defined]
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    shot("talks.png")  # type: ignore[operator]
    dialog = PlanDialog(window, window.talks, child)  # type: ignore[arg-type, attr-defined]
    dialog.rhythm.setCurrentIndex(dialog.rhythm.findData("w"))
    dialog.every.setValue(2)
    dialog.show()
    QTest.qWait(50)
    dialog.grab().save(str(HERE / "plan-dialog.png"))
    print(f"saved {HERE / 'plan-dialog.png'}")
    dialog.close()


if __name__ == "__main__":
    main()
