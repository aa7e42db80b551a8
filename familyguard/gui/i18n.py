"""The window's language: FamilyGuard's translation and Qt's own (standard buttons) for the parent's locale.

`content` shows what the core and the resources say (Phrases, catalogue and talk texts) translated.

The language is `FAMILYGUARD_LANG` (e.g. "de", "de_AT", "en") when set, else the system's choice
(LANGUAGE, LC_ALL, LC_MESSAGES, LANG). English is the source language: it needs no file, and a
preference list that names English before a shipped language ("en_GB:de") stays English.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from familyguard.bundled import resource_dir
from familyguard.phrase import Phrase

ENV_LANG = "FAMILYGUARD_LANG"
SOURCE_LANGUAGE = "en"
DOMAIN = "familyguard"


def translations_dir() -> Path:
    """The folder of the shipped translations (familyguard_<lang>.ts and .qm)."""
    return resource_dir("translations")


def shipped_languages() -> list[str]:
    """The languages with a built translation, e.g. ["de"]."""
    return sorted(p.stem.removeprefix(f"{DOMAIN}_") for p in translations_dir().glob(f"{DOMAIN}_*.qm"))


def wanted_locale(env: Mapping[str, str] = os.environ) -> QLocale:
    """The locale asked for: FAMILYGUARD_LANG if set, else the system's."""
    chosen = env.get(ENV_LANG, "").strip()
    return QLocale(chosen) if chosen else QLocale.system()


def pick_language(preferences: list[str], shipped: list[str]) -> str | None:
    """The first preferred language FamilyGuard is translated into; None when English comes first."""
    for preference in preferences:
        language = preference.replace("-", "_").split("_")[0].lower()
        if language == SOURCE_LANGUAGE:
            return None
        if language in shipped:
            return language
    return None


def install_translators(app: QCoreApplication, env: Mapping[str, str] = os.environ) -> list[QTranslator]:
    """Install FamilyGuard's and Qt's translations for the wanted locale; none for English.

    With FAMILYGUARD_LANG the locale also becomes the default one, so dates follow the language.
    Returns the installed translators (owned by the app).
    """
    locale = wanted_locale(env)
    if env.get(ENV_LANG, "").strip():
        QLocale.setDefault(locale)
    language = pick_language([*locale.uiLanguages(), locale.name()], shipped_languages())
    if language is None:
        return []
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((DOMAIN, str(translations_dir())), ("qtbase", qt_folder)):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def content(text: str, context: str = "") -> str:
    """A text from the core or the resources in the window's language (English when not translated).

    A Phrase is translated in its own context, its params (Phrases too) filled in translated; a plain
    text with a context ("catalogue", "talks") is looked up whole, so a changed English text shows
    in English until it is translated again; any other text is shown as it is.
    """
    if isinstance(text, Phrase):
        found = QCoreApplication.translate(text.context, text.template)
        if text.params is None:
            return found
        return found.format(**{k: content(v) if isinstance(v, str) else v for k, v in text.params.items()})
    return QCoreApplication.translate(context, text) if context else text
