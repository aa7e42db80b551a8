"""Regenerate the translations from the code: `python -m familyguard.gui.i18n_update` in a source checkout.

1. pyside6-lupdate collects every string of familyguard/gui/*.py marked for translation (`self.tr`,
   `QCoreApplication.translate`, `QT_TRANSLATE_NOOP`) into resources/translations/familyguard_<lang>.ts:
   new strings come in unfinished, translations already made are kept, strings gone from the code
   are dropped. No line numbers are written, so moving code does not change the files.
   With them come the core's Phrase templates (`phrase(…)`, `mark(…)` in familyguard/ outside gui,
   found with ast) and the prose of the catalogue and the talk guides (contexts "catalogue" and
   "talks", read with tomllib), written for lupdate into a temporary file as QT_TRANSLATE_NOOP lines.
2. pyside6-lrelease builds familyguard_<lang>.qm, the file the app loads (unfinished strings stay
   English).
3. It prints how many strings are still untranslated, and which: translate them in the .ts (with
   `pyside6-linguist`, or any text editor: write the translation and remove `type="unfinished"`),
   then run it again to rebuild the .qm.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "familyguard" / "gui"
CORE = ROOT / "familyguard"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de",)
# the resource folders whose prose is translated, with the keys holding it (texts or lists of texts)
PROSE: dict[str, frozenset[str]] = {
    "catalogue": frozenset({"summary", "note"}),
    "talks": frozenset(
        {"title", "summary", "band_note", "why", "openers", "signs", "if_happened", "purpose"}
    ),
}
MARKERS = frozenset({"phrase", "mark"})  # familyguard.phrase's functions that take a literal template


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


def _prose(data: object, keys: frozenset[str]) -> Iterator[str]:
    """The texts under `keys` anywhere in parsed TOML (a list under such a key gives each text)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key not in keys:
                yield from _prose(value, keys)
            elif isinstance(value, str):
                yield value
            elif isinstance(value, list):
                yield from (v for v in value if isinstance(v, str))
    elif isinstance(data, list):
        for value in data:
            yield from _prose(value, keys)


def resource_strings() -> list[tuple[str, str]]:
    """(context, text) of every prose text of the catalogue and the talk guides, in file order."""
    found = []
    for context, keys in PROSE.items():
        for path in sorted((ROOT / "resources" / context).glob("*.toml")):
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            found += [(context, text) for text in _prose(data, keys) if text.strip()]
    return found


def _literals(node: ast.expr) -> list[str] | None:
    """The texts a template argument can be: a literal, or `a if … else b` of literals; None otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = _literals(node.body), _literals(node.orelse)
        return body + orelse if body is not None and orelse is not None else None
    return None


def core_templates() -> list[tuple[str, str]]:
    """(context, template) of every `phrase("context", "template", …)` and `mark(…)` in the core.

    A call whose context or template is not a literal is skipped: it fills in a template marked elsewhere.
    """
    found = []
    for path in sorted(CORE.rglob("*.py")):
        if SOURCES in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and len(node.args) >= 2):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            context, templates = _literals(node.args[0]), _literals(node.args[1])
            if name in MARKERS and context is not None and len(context) == 1 and templates is not None:
                found += [(context[0], template) for template in templates]
    return found


def shim(strings: list[tuple[str, str]]) -> str:
    """A Python file lupdate reads: one QT_TRANSLATE_NOOP line per (context, text)."""
    quoted = (f"QT_TRANSLATE_NOOP({json.dumps(c)}, {json.dumps(t, ensure_ascii=False)})" for c, t in strings)
    return "\n".join(quoted) + "\n"


def collect(ts: Path, language: str) -> None:
    """Run pyside6-lupdate over familyguard/gui/*.py, the core's templates and the resources' prose
    into the .ts file `ts` (created or refreshed)."""
    sources = [str(p.relative_to(ROOT)) for p in sorted(SOURCES.glob("*.py"))]
    lupdate = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-target-language", language]
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content.py"
        content.write_text(shim(core_templates() + resource_strings()), encoding="utf-8")
        run = [*lupdate, *sources, str(content), "-ts", str(ts)]
        subprocess.run(run, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


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
