"""Switching the language: the German translation shows in the real window, English stays the default,
the committed .qm matches its .ts, and the language follows FAMILYGUARD_LANG and the system's choice."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from modal import when_modal
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from familyguard.app import FamilyGuard
from familyguard.catalog.model import CATEGORIES
from familyguard.domain.app_settings import RECORDED_SETTINGS
from familyguard.domain.app_settings import SETTING_LABELS as CORE_SETTING_LABELS
from familyguard.gui import i18n_words
from familyguard.gui.app_page import AppPage
from familyguard.gui.catalogue_page import CatalogueModel
from familyguard.gui.friends_models import ContactsModel
from familyguard.gui.guide_dialog import guide_html
from familyguard.gui.i18n import install_translators, pick_language
from familyguard.gui.i18n_update import LANGUAGES, messages, ts_path
from familyguard.gui.import_wizard import FILES_PAGE, ImportWizard
from familyguard.gui.main_window import MainWindow
from familyguard.gui.models import AppUsesModel
from familyguard.gui.signals_page import SignalsModel
from familyguard.gui.talks_models import LogModel, PlansModel, SuggestionsModel
from familyguard.risk.rules import FEATURE_LABELS as CORE_FEATURE_LABELS
from familyguard.talks.library import load_library
from familyguard.talks.recurrence import Rule

TABLE_MODELS = (
    AppUsesModel,
    CatalogueModel,
    ContactsModel,
    SignalsModel,
    PlansModel,
    LogModel,
    SuggestionsModel,
)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The app in German, as `FAMILYGUARD_LANG=de` starts it; English again afterwards."""
    before = QLocale()
    translators = install_translators(qapp, {"FAMILYGUARD_LANG": "de"})
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def tab_titles(window: MainWindow) -> list[str]:
    return [window.pages.tabText(i) for i in range(window.pages.count())]


def headers(model: AppUsesModel) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_the_window_speaks_german(german: list[QTranslator], qtbot: QtBot, fg: FamilyGuard) -> None:
    from familyguard.demo import populate

    assert len(german) == 2, "FamilyGuard's and Qt's own German translations are both installed"
    populate(fg)
    window = MainWindow(fg.clock)
    qtbot.addWidget(window)
    window.show()
    window.attach(fg)
    assert {"&Haushalt", "&Apps", "F&reunde"} <= set(menu_titles(window))
    assert {"&Kinder", "App-Ka&talog", "&Freunde", "&Warnzeichen"} <= set(tab_titles(window))
    assert headers(window.apps_model) == [
        "App",
        "Benutzername",
        "Von Ihnen geprüfte Einstellungen",
        "Risiko für dieses Kind",
        "Hinzugefügt",
    ]
    assert window.apps_model.rowCount() > 0
    risk = window.apps_model.index(0, 3).data()
    assert risk.split(" ", 1)[1] in {"Hoch", "Mittel", "Niedrig", "Nichts gefunden"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"  # Qt's own


def test_what_the_core_and_the_resources_say_shows_in_german(
    german: list[QTranslator], qtbot: QtBot, fg: FamilyGuard
) -> None:
    """An attention reason built by the core, a catalogue text and a talk guide, translated when shown."""
    ella = fg.household.add_child("Ella", date(2016, 5, 5))  # 10: younger than Snapchat's 13
    fg.household.add_app(ella, "snapchat", "ella.sky", {})
    window = MainWindow(fg.clock)
    qtbot.addWidget(window)
    window.show()
    window.attach(fg)
    reasons = [row.accessibleName() for row in window.home_page.attention.row_widgets]
    assert (
        "Ella ist 10, jünger als das Mindestalter von Snapchat (13): Entscheiden Sie gemeinsam, ob"
        in reasons[0]
    )
    page = AppPage()
    qtbot.addWidget(page)
    page.show_entry(fg, fg.catalogue.find("snapchat"))
    assert "Eine Messenger-App für Fotos und Videos" in page.facts.text()
    hidden = page.profile.labels["covert_channels"].text()
    assert "Es ist nicht bekannt, ob Snapchat versteckte Nachrichtenwege anbietet." in hidden
    assert "Unsere Quellen sagen dazu nichts." in hidden
    library = load_library()
    guide = guide_html(library.get("live_streaming"), 10, library, "GB")
    assert "<h2>Livestreaming</h2>" in guide and "Was live gesendet wurde" in guide


def test_a_warning_sign_is_explained_in_german(
    german: list[QTranslator], qtbot: QtBot, fg: FamilyGuard
) -> None:
    """The warning signs page and its detail: the core's explanation and reasons, in German."""
    mia = fg.household.add_child("Mia", date(2018, 3, 1))
    leo = fg.household.add_child("Leo", date(2015, 6, 9))
    fg.ledger.add_contact(mia, "roblox", "Jake", "jake_2009")
    fg.ledger.add_contact(leo, "roblox", "Jake", "jake_2009")
    model = SignalsModel()
    model.reset(fg.ledger.signals())
    explanation = model.index(0, model.columnCount() - 1).data()
    assert explanation == (
        "Jake (@jake_2009) steht auf den Roblox-Listen von Leo und Mia:"
        " ein Konto, das mit mehreren Ihrer Kinder in Kontakt ist."
    )


def test_a_bad_import_file_is_explained_in_german_with_its_name(
    german: list[QTranslator], qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The core's error, its path prefix and the names in it, as the import wizard's dialog shows it."""
    ella = window.fg.household.add_child("Ella", date(2012, 5, 5))
    broken = tmp_path / "freunde.json"
    broken.write_text('{"followers": [', encoding="utf-8")
    texts: list[str] = []

    def close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.accept()

    wizard = ImportWizard(window, window.fg, ella, [broken])
    qtbot.addWidget(wizard)
    wizard.show()
    seen = when_modal(QMessageBox, close)
    wizard.next()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert texts == [
        f"{broken}: freunde.json ist kein gültiges JSON (Zeile 1).\n\n"
        "Die Datei ist vielleicht beschädigt oder unvollständig: Laden Sie den Export noch einmal herunter."
    ]
    assert wizard.currentId() == FILES_PAGE


def test_english_is_the_default(window: MainWindow) -> None:
    assert "&Household" in menu_titles(window)
    assert "&Children" in tab_titles(window)
    assert headers(window.apps_model)[1] == "User name"


def test_every_table_header_is_translated(german: list[QTranslator]) -> None:
    familyguard = german[0]
    missing = [
        f"{model.__name__}: {header}"
        for model in TABLE_MODELS
        for header in model.HEADERS
        if not familyguard.translate(model.__name__, header)  # where headerData's tr() looks
    ]
    assert missing == []


def test_the_core_words_shown_in_german_match_the_core_tables(german: list[QTranslator]) -> None:
    assert i18n_words.SETTING_LABELS == CORE_SETTING_LABELS
    assert {v for values in RECORDED_SETTINGS.values() for v in values} == set(i18n_words.SETTING_VALUES)
    assert set(i18n_words.CATEGORIES) == set(CATEGORIES)
    lower = {k: v.lower() for k, v in CORE_FEATURE_LABELS.items()}
    assert {k: v.lower() for k, v in i18n_words.FEATURE_LABELS.items()} == lower
    assert i18n_words.setting_label("private_account") == "Privates Konto"
    assert i18n_words.rule_text(Rule.parse("2w:fri")) == "alle 2 Wochen am Freitag"


@pytest.mark.parametrize("spec", ["once", "1d", "3d", "1w", "2w", "1m", "6m", "tue", "2w:fri"])
def test_in_english_how_often_reads_as_the_core_says(spec: str) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        assert i18n_words.rule_text(Rule.parse(spec)) == Rule.parse(spec).describe()
    finally:
        QLocale.setDefault(before)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_qm_is_built_from_the_ts(language: str) -> None:
    ts = ts_path(language)
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    stale = [
        f"[{context}] {message.findtext('source')!r}"
        for context, message in messages(ts)
        if translator.translate(context, message.findtext("source") or "")
        != (message.findtext("translation") or "")
    ]
    assert stale == [], "run python -m familyguard.gui.i18n_update to rebuild the .qm"


def test_the_first_preferred_language_wins_and_english_needs_no_file() -> None:
    assert pick_language(["de-AT", "de"], ["de"]) == "de"
    assert pick_language(["fr-FR", "de-DE"], ["de"]) == "de"
    assert pick_language(["en-GB", "de-DE"], ["de"]) is None
    assert pick_language(["fr-FR"], ["de"]) is None


SHOW_LANGUAGE = (
    "from PySide6.QtCore import QCoreApplication;"
    "from familyguard.gui.i18n import install_translators;"
    "app = QCoreApplication([]); install_translators(app);"
    "print(QCoreApplication.translate('MainWindow', '&Household'))"
)


@pytest.mark.parametrize(
    ("environment", "shown"),
    [
        ({"LANGUAGE": "de", "LANG": "en_US.UTF-8"}, "&Haushalt"),
        ({"LANG": "de_DE.UTF-8"}, "&Haushalt"),
        ({"LANGUAGE": "en_GB:de", "LANG": "de_DE.UTF-8"}, "&Household"),
        ({"FAMILYGUARD_LANG": "de", "LANG": "en_US.UTF-8"}, "&Haushalt"),
        ({"FAMILYGUARD_LANG": "en", "LANGUAGE": "de"}, "&Household"),
        ({"LANG": "C.UTF-8"}, "&Household"),
    ],
)
def test_the_language_follows_the_environment_at_start(environment: dict[str, str], shown: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LANG", "LC_ALL", "LC_MESSAGES")}
    env.pop("FAMILYGUARD_LANG", None)
    result = subprocess.run(
        [sys.executable, "-c", SHOW_LANGUAGE],
        env={**env, **environment},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == shown
    assert QCoreApplication.translate("MainWindow", "&Household") == "&Household"  # this process untouched
