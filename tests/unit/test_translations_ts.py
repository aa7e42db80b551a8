"""The shipped translations are complete and keep what the code relies on: placeholders, one accelerator,
markup, signs and surrounding spaces. Read straight from the .ts files (no Qt)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from familyguard.gui.i18n_update import (
    LANGUAGES,
    PROSE,
    SOURCES,
    collect,
    core_templates,
    messages,
    ts_path,
    untranslated,
)

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")
ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")  # "&Save" yes, "&&" and "Data & Privacy" no
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
SIGNS = "⚠●◷⏸○✓✎←?—"
CLASS = re.compile(r"^class (\w+)", re.MULTILINE)
LITERAL_CONTEXT = re.compile(r"(?:translate|QT_TRANSLATE_NOOP)\(\s*\"([^\"]+)\"")


def pairs(ts: Path) -> list[tuple[str, str, str]]:
    return [
        (context, message.findtext("source") or "", message.findtext("translation") or "")
        for context, message in messages(ts)
    ]


def problems(source: str, translation: str) -> list[str]:
    """What a translation breaks of its source (empty when it is fine)."""
    found = []
    if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(translation)):
        found.append("placeholders differ")
    if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(translation)):
        found.append("accelerators (&) differ")
    if Counter(TAG.findall(source)) != Counter(TAG.findall(translation)):
        found.append("markup differs")
    if source.count("\n") != translation.count("\n"):
        found.append("line breaks differ")
    lead, trail = len(source) - len(source.lstrip()), len(source) - len(source.rstrip())
    if source[:lead] != translation[: len(translation) - len(translation.lstrip())] or (
        source[len(source) - trail :] != translation[len(translation.rstrip()) :]
    ):
        found.append("leading or trailing spaces differ")
    sign = source.lstrip()[:1]
    if sign and sign in SIGNS and not translation.lstrip().startswith(sign):
        found.append(f"the sign {sign} must come first")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    """All that FamilyGuard says itself; the catalogue's and talk guides' texts (PROSE) may lag behind
    their English: until translated again they show in English."""
    ts = ts_path(language)
    assert ts.is_file(), f"{ts} is missing: run python -m familyguard.gui.i18n_update"
    assert pairs(ts), "the .ts holds no strings"
    assert [(context, source) for context, source in untranslated(ts) if context not in PROSE] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_accelerators_and_markup(language: str) -> None:
    broken = [
        f"[{context}] {source!r} -> {translation!r}: {', '.join(found)}"
        for context, source, translation in pairs(ts_path(language))
        if (found := problems(source, translation))
    ]
    assert broken == []


def test_the_checker_catches_what_breaks_a_translation() -> None:
    assert problems("&Save {name}", "{name} &speichern") == []
    assert problems("Data & Privacy", "Daten & Datenschutz") == []
    assert problems("Hello {name}", "Hallo {Name}") == ["placeholders differ"]
    assert problems("&Open", "Öffnen") == ["accelerators (&) differ"]
    assert problems("&Open", "&Ö&ffnen") == ["accelerators (&) differ"]
    assert problems("<b>Hi</b>", "Hallo") == ["markup differs"]
    assert problems(" (closed)", "(eingestellt)") == ["leading or trailing spaces differ"]
    assert problems("Intro\n\n", "Einleitung") == ["line breaks differ", "leading or trailing spaces differ"]
    assert problems("⚠ Overdue", "Überfällig ⚠") == ["the sign ⚠ must come first"]


def test_every_string_is_found_in_the_context_it_is_looked_up_in(tmp_path: Path) -> None:
    """`window.tr("…")` is collected under "window" and `tr = …; tr("…")` under "", but looked up under
    the class's name at run time: such strings would never be translated."""
    collect(tmp_path / "check_de.ts", "de")
    code = "\n".join(p.read_text(encoding="utf-8") for p in SOURCES.glob("*.py"))
    known = set(CLASS.findall(code)) | set(LITERAL_CONTEXT.findall(code))
    known |= {context for context, _ in core_templates()} | set(PROSE)
    found = {context for context, _ in messages(tmp_path / "check_de.ts")}
    assert found - known == set(), "use self.tr in the class, or QCoreApplication.translate('context', …)"
