"""Risk in the window: an app's profile (Spotify), the child's apps by risk, next steps, corrections."""

from __future__ import annotations

from datetime import date

from modal import press_ok, when_modal
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from familyguard.gui.app_page import AppPage, CorrectionDialog
from familyguard.gui.main_window import MainWindow
from familyguard.gui.models import RISK_COLUMN
from familyguard.gui.risk_widgets import LEVELS, level_text


def open_app(window: MainWindow, app_id: str) -> AppPage:
    page = window.catalogue_page
    window.pages.setCurrentWidget(page)
    page.open_entry(window.fg.catalogue.find(app_id))
    return page.app_page


def test_levels_are_words_and_a_glyph_never_colour_alone() -> None:
    texts = [level_text(level) for level in LEVELS]
    assert texts == ["✓ None found", "○ Low", "◆ Medium", "⚠ High"]


def test_spotify_shows_picture_sharing_and_hidden_channels_with_reasons_and_sources(
    window: MainWindow,
) -> None:
    page = open_app(window, "spotify")
    assert page.title.text() == "Spotify"
    assert page.badge.level != "none"
    labels = page.profile.labels
    pictures = labels["image_sharing"].text()
    hidden = labels["covert_channels"].text()
    assert "cover" in pictures.lower()
    assert "playlist" in hidden.lower()
    for text in (pictures, hidden):
        assert '<a href="https://' in text
        assert "What you can do" in text
    assert labels["image_sharing"].openExternalLinks()
    chart = page.profile.chart.rows
    assert set(chart) >= {"image_sharing", "covert_channels"}
    assert chart["covert_channels"][2].text() == level_text(chart["covert_channels"][2].level)
    assert "Minimum age in the app's terms: 13" in page.facts.text()
    assert "Facts last checked: 2026-11-01" in page.facts.text()


def test_unverified_facts_are_marked(window: MainWindow) -> None:
    page = open_app(window, "spotify")
    texts = " ".join(label.text() for label in page.profile.labels.values())
    assert "Not verified yet" in texts


def test_a_correction_through_the_dialog_is_shown_as_yours_and_changes_the_level(
    qtbot: QtBot, window: MainWindow
) -> None:
    mia = window.fg.household.add_child("Mia", date(2012, 3, 4))
    window.fg.household.add_app(mia, "spotify")
    window.refresh()
    page = open_app(window, "spotify")
    assert page.profile.chart.rows["live_streaming"][2].level == "none"

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CorrectionDialog)
        dialog.choose("live_streaming", "yes")
        qtbot.keyClicks(dialog.note, "saw a live button in the app")
        press_ok(dialog)

    seen = when_modal(CorrectionDialog, fill)
    page.correct_button.click()
    assert seen
    assert page.profile.chart.rows["live_streaming"][2].level == "high"
    assert page.badge.level == "high"
    text = page.profile.labels["live_streaming"].text()
    assert "Yours:" in text and "Your correction" in text and "saw a live button" in text
    assert "Your corrections:" in page.facts.text()
    assert window.fg.risk.corrections.all()["spotify"]["live_streaming"][0] == "yes"
    assert window.apps_model.index(0, RISK_COLUMN).data() == "⚠ High"  # the child's view follows

    def forget(dialog: QWidget) -> None:
        assert isinstance(dialog, CorrectionDialog)
        dialog.choose("live_streaming", "forget")
        press_ok(dialog)

    when_modal(CorrectionDialog, forget)
    page.correct_button.click()
    assert page.profile.chart.rows["live_streaming"][2].level == "none"
    assert window.fg.risk.corrections.all() == {}


def test_the_childs_apps_are_sorted_by_risk_with_the_level_in_words(window: MainWindow) -> None:
    leo = window.fg.household.add_child("Leo", date(2015, 3, 1))
    window.fg.household.add_app(leo, "roblox")
    window.fg.household.add_app(leo, "spotify")
    window.fg.household.add_app(leo, "monkey")
    window.fg.household.add_custom_app(leo, "Block Party", ["live_streaming"])
    window.refresh()
    model = window.apps_model
    rows = range(model.rowCount())
    risk_texts = [model.index(r, RISK_COLUMN).data() for r in rows]
    order = {level_text(level): i for i, level in enumerate(LEVELS)}
    ranks = [order[t] for t in risk_texts]
    assert ranks == sorted(ranks, reverse=True)
    assert model.index(model.rowCount() - 1, 0).data() == "Roblox"  # medium, below the high ones
    assert "Block Party (your own entry)" in [model.index(r, 0).data() for r in rows]
    assert window.apps_view.horizontalHeader().visualIndex(RISK_COLUMN) == 1


def test_next_steps_and_the_chosen_apps_profile_for_the_child(
    qtbot: QtBot, qtmodeltester: object, window: MainWindow
) -> None:
    leo = window.fg.household.add_child("Leo", date(2015, 3, 1))
    window.fg.household.add_app(leo, "spotify")
    window.fg.household.add_app(leo, "roblox", settings={"messages_from": "friends"})
    window.refresh()
    view = window.child_risk
    steps = view.steps_model
    assert steps.rowCount() > 0
    assert steps.index(0).data().startswith("1. ")
    assert view.steps_heading.text() == "What to do next for Leo"
    qtmodeltester.check(steps)  # type: ignore[attr-defined]
    window.apps_view.selectRow(1)
    chosen = window.current_app()
    assert chosen is not None
    assert view.app_title.text() == f"{chosen.name} for Leo"
    assert view.profile.labels
    if chosen.app_id == "spotify":
        assert "younger than Spotify's minimum age" in view.profile.labels["stranger_contact"].text()


def test_the_risk_view_follows_a_changed_setting(window: MainWindow) -> None:
    ella = window.fg.household.add_child("Ella", date(2012, 1, 10))
    use = window.fg.household.add_app(ella, "tiktok")
    window.refresh()
    before = window.child_risk.risk
    assert before is not None
    window.fg.household.edit_app(use, None, {"live_streaming": "off", "private_account": "yes"})
    window.refresh()
    after = window.child_risk.risk
    assert after is not None
    assert after.apps != before.apps
    assert (
        "You recorded “Private account: yes”" in window.child_risk.profile.labels["stranger_contact"].text()
    )
