"""Regenerate the translations from the code: `python -m familyguard.gui.i18n_update` in a source checkout.

1. pyside6-lupdate collects every string of familyguard/gui/*.py marked for translation (`self.tr`,
   `QCoreApplication.translate`, `QT_TRANSLATE_NOOP`) into resources/translations/familyguard_<lang>.ts:
   new strings come in unfinished, translations already made are kept, strings gone from the code
   are dropped. No line numbers are written, so moving code does not change the files.
2. pyside6-lrelease builds familyguard_<lang>.qm, the file the app loads (unfinished strings stay
   English).
3. It prints how many strings are still untranslated, and which: translate them in the .ts (with
   `pyside6-linguist`, or any text editor: write the translation and remove `type="unfinished"`),
   then run it again to rebuild the .qm.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "familyguard" / "gui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de",)


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"familyguard_{language}.ts"


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    """(context, message) for every current message of a .ts file (not the vanished or obsolete ones)."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind not in ("vanished", "obsolete"):
                found.append((name, message))
    return found


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of the messages that are unfinished or have no translation."""
    missing = []
    for context, message in messages(ts):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not (translation.text or ""):
            missing.append((context, message.findtext("source") or ""))
    return missing


def tool(name: str) -> str:
    """A Qt tool installed with PySide6, beside this Python or on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials into this environment")
    return found


def collect(ts: Path, language: str) -> None:
    """Run pyside6-lupdate over familyguard/gui/*.py into the .ts file `ts` (created or refreshed)."""
    sources = [str(p.relative_to(ROOT)) for p in sorted(SOURCES.glob("*.py"))]
    lupdate = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-target-language", language]
    subprocess.run([*lupdate, *sources, "-ts", str(ts)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def update(language: str) -> Path:
    """Refresh one language's .ts from the code and build its .qm; return the .ts."""
    ts = ts_path(language)
    collect(ts, language)
    lrelease = [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))]
    subprocess.run(lrelease, cwd=ROOT, check=True)
    return ts


def main() -> int:
    if not (ROOT / "pyproject.toml").is_file():
        raise SystemExit("run this in a source checkout of FamilyGuard (it rewrites resources/translations)")
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = update(language)
        missing = untranslated(ts)
        print(f"{ts.relative_to(ROOT)}: {len(messages(ts))} strings, {len(missing)} untranslated")
        for context, source in missing:
            print(f"  [{context}] {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
