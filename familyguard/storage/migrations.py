"""Schema versions on PRAGMA user_version: each step in its own transaction, a copy taken first."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from familyguard.errors import LockedError
from familyguard.phrase import phrase
from familyguard.storage.files import private_dir

SCHEMA_V1 = (
    """CREATE TABLE child (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        born TEXT NOT NULL,
        created TEXT NOT NULL
    )""",
    "CREATE UNIQUE INDEX child_name ON child (name COLLATE NOCASE)",
    """CREATE TABLE app_use (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
        app_id TEXT NOT NULL,
        name TEXT NOT NULL,
        handle TEXT,
        settings TEXT NOT NULL DEFAULT '{}',
        custom_features TEXT NOT NULL DEFAULT '[]',
        added TEXT NOT NULL,
        UNIQUE (child_id, app_id)
    )""",
    """CREATE TABLE snapshot (
        id INTEGER PRIMARY KEY,
        app_use_id INTEGER NOT NULL REFERENCES app_use (id) ON DELETE CASCADE,
        taken_at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('import', 'manual')),
        source TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE contact (
        id INTEGER PRIMARY KEY,
        app_use_id INTEGER NOT NULL REFERENCES app_use (id) ON DELETE CASCADE,
        display_name TEXT NOT NULL DEFAULT '',
        handle TEXT,
        platform_id TEXT,
        lists TEXT NOT NULL DEFAULT '[]',
        relation TEXT NOT NULL DEFAULT 'unknown'
            CHECK (relation IN ('family', 'school', 'offline_friend', 'online_only', 'unknown')),
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'reviewed', 'flagged')),
        flag_reason TEXT,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        removed TEXT
    )""",
    "CREATE INDEX contact_app_use ON contact (app_use_id)",
    """CREATE TABLE contact_event (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        snapshot_id INTEGER REFERENCES snapshot (id) ON DELETE SET NULL,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
    )""",
    "CREATE INDEX contact_event_contact ON contact_event (contact_id)",
    """CREATE TABLE talk_plan (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
        topic_id TEXT NOT NULL,
        rule TEXT NOT NULL,
        at TEXT NOT NULL,
        start TEXT NOT NULL,
        paused INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE talk_log (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
        topic_id TEXT NOT NULL,
        plan_id INTEGER REFERENCES talk_plan (id) ON DELETE SET NULL,
        done_at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)

SCHEMA_V2 = (
    "ALTER TABLE contact ADD COLUMN source TEXT",
    "ALTER TABLE contact ADD COLUMN since TEXT",
    "ALTER TABLE snapshot ADD COLUMN summary TEXT NOT NULL DEFAULT '{}'",
    "ALTER TABLE talk_plan ADD COLUMN handled TEXT",
    "ALTER TABLE talk_plan ADD COLUMN snoozed_until TEXT",
    """CREATE TABLE talk_suggestion (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
        topic_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        created TEXT NOT NULL,
        due TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'dismissed'))
    )""",
    """CREATE TABLE catalogue_correction (
        app_id TEXT NOT NULL,
        feature TEXT NOT NULL,
        value TEXT NOT NULL CHECK (value IN ('yes', 'no', 'partial', 'unknown')),
        note TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        PRIMARY KEY (app_id, feature)
    )""",
)

SCHEMA_V3 = (
    "ALTER TABLE app_use ADD COLUMN lists_checked TEXT",  # an import that changed nothing writes no snapshot
    "CREATE INDEX snapshot_app_use ON snapshot (app_use_id, kind)",  # each app's latest import
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (SCHEMA_V1, SCHEMA_V2, SCHEMA_V3)
LATEST = len(MIGRATIONS)


def migrate(conn: sqlcipher3.Connection, path: Path, steps: tuple[tuple[str, ...], ...] = MIGRATIONS) -> int:
    """Bring the database at path up to the latest version; return the version it was at."""
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current > len(steps):
        raise LockedError(
            phrase(
                "errors",
                "{path} was written by a newer FamilyGuard (schema {schema}, this version knows {known}).",
                path=str(path),
                schema=current,
                known=len(steps),
            ),
            hint=phrase("errors", "Install the newer FamilyGuard to open it; nothing was changed."),
        )
    if 0 < current < len(steps):
        backup_before_migration(conn, path, current)
    for version in range(current + 1, len(steps) + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in steps[version - 1]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return current


def backup_before_migration(conn: sqlcipher3.Connection, path: Path, version: int) -> Path:
    """Copy the (still encrypted) file into backups/ before its schema changes."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = private_dir(path.parent / "backups")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{path.stem}-v{version}-{stamp}{path.suffix}"
    shutil.copyfile(path, target)
    target.chmod(0o600)
    return target
