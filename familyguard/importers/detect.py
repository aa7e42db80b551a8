"""Which app an export comes from, decided from content, and plain-language refusals."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from familyguard.errors import BadInputError
from familyguard.importers import csvfile, discord, facebook, instagram, snapchat, telegram, tiktok, x
from familyguard.importers.archive import ExportTree, Member
from familyguard.importers.documents import Doc
from familyguard.importers.model import Platform
from familyguard.phrase import phrase

PLATFORMS: dict[str, Platform] = {
    p.app: p
    for p in (
        instagram.PLATFORM,
        facebook.PLATFORM,
        snapchat.PLATFORM,
        tiktok.PLATFORM,
        discord.PLATFORM,
        x.PLATFORM,
        telegram.PLATFORM,
        csvfile.PLATFORM,
    )
}
MEDIA_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".heif", ".bmp", ".tif", ".tiff", ".mp4", ".mov"}
    | {".m4v", ".avi", ".mkv", ".webm", ".3gp", ".mp3", ".m4a", ".aac", ".wav", ".ogg", ".opus", ".pdf"}
)
JSON_HINT = phrase(
    "errors", 'Request the export again in JSON format (not HTML), with the date range "All time".'
)
_HTML_SUFFIXES = frozenset({".html", ".htm"})
_HTML_LISTS = (
    ("followers_1.html", "instagram"),
    ("following.html", "instagram"),
    ("your_friends.html", "facebook"),
    ("friends.html", "snapchat"),
    ("export_results.html", "telegram"),
)
# Where a platform's export can be recognised even when it lacks the friend lists.
_FINGERPRINTS = (
    ("your_instagram_activity/", "instagram"),
    ("your_facebook_activity/", "facebook"),
    ("json/account.json", "snapchat"),
    ("memories_history", "snapchat"),
    ("user_data", "tiktok"),
    ("data/manifest.js", "x"),
    ("servers/index.json", "discord"),
    ("result.json", "telegram"),
)
_SPOTIFY = phrase("errors", "Spotify exports only follower counts: it has no friend list.")
_OTHER_APPS = (  # (path marker, top-level JSON key, app, why it cannot be imported)
    ("follow.json", "followerCount", "Spotify", _SPOTIFY),
    ("streaminghistory", "followingUsersCount", "Spotify", _SPOTIFY),
    (
        "whatsapp_connections/",
        "wa_contacts",
        "WhatsApp",
        phrase("errors", "WhatsApp's report has no friend list to import."),
    ),
)


def platform(app: str) -> Platform:
    """The platform for a catalogue app id, or a refusal naming the supported ones."""
    found = PLATFORMS.get(app.lower())
    if found is None:
        raise BadInputError(
            phrase("errors", "FamilyGuard cannot import friend lists from '{app}'.", app=app),
            hint=phrase("errors", "Supported: {apps}.", apps=", ".join(p.title for p in PLATFORMS.values())),
        )
    return found


def choose(docs: Sequence[Doc], candidates: Sequence[Platform]) -> tuple[Platform, list[Doc]] | None:
    """The platform recognising the most documents, with those documents, or None."""
    best: tuple[Platform, list[Doc]] | None = None
    for candidate in candidates:
        recognised = [doc for doc in docs if candidate.recognise(doc)]
        if recognised and (best is None or len(recognised) > len(best[1])):
            best = (candidate, recognised)
    return best


def explain(tree: ExportTree, docs: Sequence[Doc], wanted: Platform | None, where: Path) -> BadInputError:
    """A refusal that says what the input looks like and what to download instead."""
    names = [m.name.lower() for m in tree.members]
    looks_like = _fingerprint(names)
    is_html, html_app = _html_export(tree)
    if is_html:
        source = PLATFORMS[html_app] if html_app else None
        return BadInputError(
            phrase("errors", "this is an HTML export from {app}; FamilyGuard reads JSON.", app=source.title)
            if source
            else phrase("errors", "this is an HTML export; FamilyGuard reads JSON."),
            path=where,
            hint=_both(source.howto, JSON_HINT) if source else JSON_HINT,
        )
    for marker, key, app_name, why in _OTHER_APPS:
        if any(marker in name for name in names) or _has_key(docs, key):
            return BadInputError(
                phrase("errors", "this looks like {app} export. {why}", app=_a(app_name), why=why), path=where
            )
    other = next((p for p in PLATFORMS.values() if p is not wanted and any(map(p.recognise, docs))), None)
    if wanted is not None and (other is not None or looks_like not in (None, wanted.app)):
        actual = other or PLATFORMS[str(looks_like)]
        return BadInputError(
            phrase(
                "errors",
                "this looks like {app} export, not {wanted} export.",
                app=_a(actual.title),
                wanted=_a(wanted.title),
            ),
            path=where,
            hint=wanted.howto,
        )
    if looks_like is not None:
        app = PLATFORMS[looks_like]
        return BadInputError(
            phrase(
                "errors",
                "this looks like {app} export, but it has no friend or follower lists.",
                app=_a(app.title),
            ),
            path=where,
            hint=_both(app.howto, JSON_HINT),
        )
    if any(m.suffix == ".zip" for m in tree.members):
        return BadInputError(
            phrase("errors", "this folder holds zip files, which are not opened from inside a folder."),
            path=where,
            hint=phrase(
                "errors", "Choose the zip files themselves (all parts at once if there are several)."
            ),
        )
    choose_json = phrase(
        "errors", "Choose the zip (or unzipped folder) the app sent you, downloaded in JSON format."
    )
    advice = _both(choose_json, wanted.howto) if wanted else choose_json
    if tree.single_file and tree.members and tree.members[0].suffix in MEDIA_SUFFIXES:
        return BadInputError(
            phrase("errors", "this is a photo, video or document, not a data export."),
            path=where,
            hint=advice,
        )
    keys = ", ".join(sorted({str(k) for doc in docs if isinstance(doc.data, dict) for k in doc.data})[:6])
    if wanted is None:
        return BadInputError(
            phrase(
                "errors",
                "this does not look like an export from a supported app (it contains {keys})."
                if keys
                else "this does not look like an export from a supported app.",
                keys=keys,
            ),
            path=where,
            hint=advice,
        )
    return BadInputError(
        phrase(
            "errors",
            "this does not look like {app} export (it contains {keys})."
            if keys
            else "this does not look like {app} export.",
            app=_a(wanted.title),
            keys=keys,
        ),
        path=where,
        hint=advice,
    )


def _a(title: str) -> str:
    """The app's name with its English article, e.g. "an Instagram"."""
    return phrase("errors", "an {app}" if title[0] in "AEIOUX" else "a {app}", app=title)


def _both(first: str, then: str) -> str:
    """Two sentences of advice, one after the other."""
    return phrase("errors", "{first} {then}", first=first, then=then)


def _fingerprint(names: Sequence[str]) -> str | None:
    for marker, app in _FINGERPRINTS:
        if any(marker in name for name in names):
            return app
    return None


def _html_export(tree: ExportTree) -> tuple[bool, str | None]:
    """Whether the input is an HTML export, and of which app when the file name tells."""
    for member in tree.members:
        if member.suffix not in _HTML_SUFFIXES:
            continue
        base = PurePosixPath(member.name.lower()).name
        app = next((app for name, app in _HTML_LISTS if base == name), None)
        if (app is not None or tree.single_file) and _sniff_html(tree, member):
            return True, app
    return False, None


def _sniff_html(tree: ExportTree, member: Member) -> bool:
    head = tree.sniff(member).lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<meta"))


def _has_key(docs: Sequence[Doc], key: str) -> bool:
    return any(isinstance(doc.data, dict) and key in doc.data for doc in docs)
