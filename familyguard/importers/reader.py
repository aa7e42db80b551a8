"""read_export: open an export safely, detect its app from content, parse and validate it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from familyguard.errors import BadInputError
from familyguard.importers.archive import ExportTree, Member
from familyguard.importers.detect import PLATFORMS, choose, explain, platform
from familyguard.importers.documents import TEXT_SUFFIXES, Doc, load_doc
from familyguard.importers.model import Accumulator, ImportCancelled, ParsedExport, Platform


def read_export(
    paths: Sequence[Path],
    *,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    app: str | None = None,
) -> ParsedExport:
    """Parse a zip, several part-zips, an unzipped folder or one JSON/JS/TXT/CSV file.

    The app is detected from the content unless `app` forces one. Nothing is written anywhere;
    unsafe, damaged or unsupported input raises BadInputError, should_cancel() ImportCancelled.
    """
    paths = [Path(p) for p in paths]
    forced = platform(app) if app else None
    candidates = [forced] if forced else list(PLATFORMS.values())

    def cancel() -> None:
        if should_cancel is not None and should_cancel():
            raise ImportCancelled

    with ExportTree(paths) as tree:
        members = [m for m in tree.members if _worth_opening(m, tree, candidates)]
        docs: list[Doc] = []
        failures: dict[str, BadInputError] = {}
        for done, member in enumerate(members, start=1):
            cancel()
            raw = tree.read(member)  # size, bomb and damage refusals always stop the import
            try:
                docs.append(load_doc(member.name, raw, str(member.origin)))
            except BadInputError as exc:
                failures[member.name] = exc
            if progress is not None:
                progress(done, len(members))
        cancel()
        chosen = choose(docs, candidates)
        if chosen is None:
            if failures:
                raise next(iter(failures.values()))
            raise explain(tree, docs, forced, paths[0])
        found, recognised = chosen
        for name, failure in failures.items():
            if tree.single_file or found.wants(name.lower()):
                raise failure
        acc = Accumulator(found.app, should_cancel)
        found.parse(recognised, acc)
        cancel()
    if acc.empty:
        acc.note(f"No people were found in this {found.title} export. If that is unexpected: {found.howto}")
    return acc.build([doc.name for doc in docs])


def _worth_opening(member: Member, tree: ExportTree, candidates: Sequence[Platform]) -> bool:
    if member.suffix not in TEXT_SUFFIXES:
        return False  # media and everything else are never opened
    if tree.single_file:
        return True
    path = member.name.lower()
    return any(candidate.wants(path) for candidate in candidates)
