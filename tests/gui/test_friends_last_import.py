"""The Friends page shows whom the last import changed: added, gone and renamed people, in one view."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from friends_window import friends_window
from importer_fixtures import instagram_2024, snap, write_folder, write_zip
from pytestqt.qtbot import QtBot

from familyguard.app import FamilyGuard
from familyguard.domain import FixedClock
from familyguard.gui.friends_models import NAME, ROLE_CONTACT
from familyguard.gui.friends_page import FriendsPage


def _snapchat(folder: Path, friends: list[tuple[str, str]]) -> Path:
    doc = {
        "Friends": [
            snap(user, name, "2026-01-01 10:00:00 UTC", "added by username") for user, name in friends
        ]
    }
    return write_folder(folder, {"json/friends.json": doc})


def _shown(page: FriendsPage) -> list[str]:
    proxy = page.proxy
    return sorted(proxy.index(row, NAME).data(ROLE_CONTACT).handle for row in range(proxy.rowCount()))


def _choose_changed(page: FriendsPage) -> None:
    combo = page.filter_bar.status_filter
    combo.setCurrentIndex(combo.findText("Changed at the last import"))


def test_changed_at_the_last_import_lists_who_came_who_went_and_who_was_renamed(
    qtbot: QtBot, fg: FamilyGuard, clock: FixedClock, tmp_path: Path
) -> None:
    ella = fg.household.add_child("Ella", date(2012, 5, 5))
    ledger = fg.ledger
    ledger.import_export(
        ella, [write_zip(tmp_path / "ig1.zip", instagram_2024(["amy", "old_pal", "zoe"], []))]
    )
    ledger.import_export(ella, [_snapchat(tmp_path / "s1", [("sky.w", "Sky"), ("lena.s", "Lena")])])
    ledger.review(ella)
    clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
    ledger.import_export(
        ella, [write_zip(tmp_path / "ig2.zip", instagram_2024(["amy", "zoe", "newkid"], []))]
    )
    ledger.import_export(ella, [_snapchat(tmp_path / "s2", [("sky.w", "Sky Walker"), ("lena.s", "Lena")])])
    clock.set(clock.now() + timedelta(days=1))
    ledger.add_contact(ella, "instagram", "Grandma Rose", "@rose_g", "family")  # after the imports

    page = friends_window(qtbot, fg).friends.page
    assert _shown(page) == ["amy", "lena.s", "newkid", "rose_g", "sky.w", "zoe"]
    _choose_changed(page)
    assert _shown(page) == ["newkid", "old_pal", "sky.w"]
    assert page.count_label.text() == "Showing 3 of 3 people the last import changed."
    last = page.proxy.index(page.proxy.rowCount() - 1, NAME).data(ROLE_CONTACT)
    assert last.handle == "old_pal"  # sorted by status, the people gone come last
    assert page.review_button.isEnabled()  # newkid is new: the new ones shown can be marked as seen
    page.review_button.click()
    assert [c.handle for c, _ in ledger.listed(ella, new=True)] == []
    assert _shown(page) == ["newkid", "old_pal", "sky.w"] and not page.review_button.isEnabled()

    page.search.setText("pal")
    page.apply_search()
    assert _shown(page) == ["old_pal"]
    page.table.selectRow(0)
    details = page.details.text.toPlainText()
    assert "At the last import: no longer on the lists" in details
    assert "Status: Gone" in details
    assert "No longer on the child's lists since: 2026-12-02" in details

    page.search.setText("")
    page.apply_search()
    page.filter_bar.app_filter.setCurrentIndex(page.filter_bar.app_filter.findData("snapchat"))
    assert _shown(page) == ["sky.w"]
    page.table.selectRow(0)
    assert "At the last import: renamed" in page.details.text.toPlainText()
    page.filter_bar.status_filter.setCurrentIndex(0)
    assert _shown(page) == ["lena.s", "sky.w"]
    page.table.selectRow(_shown(page).index("lena.s"))
    assert "At the last import" not in page.details.text.toPlainText()
