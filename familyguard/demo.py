"""The demo household: three children with apps, contacts and talks, so every page has something to show."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import NamedTuple

from familyguard import secrets
from familyguard.app import FamilyGuard
from familyguard.contacts.matching import MANUAL_SOURCE, new_contact, plan_import, summary
from familyguard.domain import AppUse, Child, SystemClock
from familyguard.errors import UsageError
from familyguard.importers import ImportedContact
from familyguard.lock import ParentLock
from familyguard.phrase import phrase
from familyguard.storage import keyfile
from familyguard.storage.contact_batches import Batch, write_batch
from familyguard.storage.contacts import LedgerContact
from familyguard.storage.layout import DB_NAME, KEY_FILE_NAME, household_exists
from familyguard.storage.prompt import PassphrasePrompt
from familyguard.storage.vault import create_household

DEMO_MARK = "demo_household"  # preference set in a demo household, so the window says it is made up
DEMO_PASSPHRASE = "demo-household"  # the demo's passphrase where no keyring holds its key: not a secret
CHILDREN = (("Mia", 7), ("Leo", 11), ("Ella", 14))
APPS: dict[str, tuple[tuple[str, str | None, dict[str, str]], ...]] = {
    "Mia": (
        (
            "roblox",
            "MiaBuildsCastles",
            {"contact_approval": "on", "family_link": "yes", "messages_from": "friends"},
        ),
        ("youtube_kids", None, {"family_link": "yes"}),
        ("minecraft", "mia_mc", {"family_link": "yes"}),
    ),
    "Leo": (
        ("roblox", "leo_speedrun", {"messages_from": "everyone"}),
        ("fortnite", "LeoTheLlama", {"family_link": "yes"}),
        ("spotify", "leo.beats", {}),
        ("whatsapp", None, {}),
        ("discord", "leo#2211", {"messages_from": "everyone"}),
    ),
    "Ella": (
        ("snapchat", "ella.sky", {"location_sharing": "off", "family_link": "yes"}),
        ("instagram", "ella_draws", {"private_account": "yes"}),
        ("tiktok", "ellasky", {"private_account": "no", "family_link": "no"}),
        ("spotify", "ellasky", {}),
        ("whatsapp", None, {"location_sharing": "off"}),
    ),
}


class DemoContact(NamedTuple):
    """A contact of the demo: on which child's app, who, and since how many days.

    `old_name`: the name the person had before the latest import (a rename); `gone`: on every import
    but the latest (removed from the list).
    """

    child: str
    app: str
    name: str
    handle: str
    relation: str
    status: str
    days_ago: int
    lists: tuple[str, ...]
    old_name: str | None = None
    gone: bool = False


CONTACTS = tuple(
    DemoContact(*row)
    for row in (
        ("Mia", "roblox", "Grandpa Joe", "grandpa_joe_plays", "family", "reviewed", 200, ("friends",)),
        ("Mia", "roblox", "Noah", "noah_builds", "school", "reviewed", 90, ("friends",)),
        ("Mia", "roblox", "Jake", "jake_2009", "unknown", "new", 6, ("requests_received",)),
        ("Leo", "roblox", "Jake", "jake_2009", "unknown", "new", 9, ("friends",)),
        ("Leo", "roblox", "Sam", "sam_speedruns", "offline_friend", "reviewed", 150, ("friends",)),
        ("Leo", "discord", "Sam", "sam_speedruns", "offline_friend", "reviewed", 120, ("friends",)),
        ("Leo", "discord", "Jake", "jake2009", "online_only", "new", 4, ("friends",)),
        ("Leo", "fortnite", "Cousin Max", "MaxAttack", "family", "reviewed", 300, ("friends",)),
        ("Ella", "snapchat", "Aisha", "aisha.k", "school", "reviewed", 400, ("friends",)),
        ("Ella", "snapchat", "Tom", "tom.b", "school", "reviewed", 200, ("friends",), None, True),
        ("Ella", "snapchat", "Lena", "lena.s", "school", "reviewed", 120, ("friends",), "Lena S"),
        ("Ella", "snapchat", "Jay", "jay_model_scout", "unknown", "flagged", 3, ("friends",)),
        ("Ella", "instagram", "Aisha", "aisha.draws", "school", "reviewed", 380, ("followers", "following")),
        ("Ella", "instagram", "Photo Agency", "top.models.casting", "unknown", "new", 95, ("followers",)),
        ("Ella", "tiktok", "Mila", "mila.sketches", "school", "reviewed", 100, ("followers", "following")),
        ("Ella", "tiktok", "ellas_biggest_fan", "ellas_biggest_fan", "unknown", "new", 1, ("followers",)),
    )
)
# How many days ago each friend list was last imported (1 unless said here): Ella's Instagram is old.
LAST_IMPORT = {("Ella", "instagram"): 90}
RECENT = 7  # contacts who joined in the last week arrive with the latest import
# (child, topic, rule, time, days ago started)
PLANS = (
    ("Mia", "strangers_online", "4w", time(18, 30), 40),
    ("Mia", "block_and_report", "1m", time(18, 30), 20),
    ("Leo", "too_nice", "2w", time(19, 0), 30),
    ("Leo", "hidden_channels", "1m", time(19, 0), 10),
    ("Ella", "sextortion", "1m", time(20, 0), 60),
    ("Ella", "live_streaming", "3w", time(20, 0), 25),
)
# One talk was missed while the family was away, so the home page has something to show.
OVERDUE_TOPIC, OVERDUE_DAYS = "live_streaming", 30
LOG = (
    (
        "Mia",
        "strangers_online",
        12,
        "She said she only plays with Noah and Grandpa. We added Grandpa together.",
    ),
    ("Leo", "too_nice", 16, "Talked about gifts of Robux. He knows to tell us."),
    ("Ella", "sextortion", 30, "Calm talk; she knows we would never be angry."),
)


def fill_demo(folder: Path, prompt: PassphrasePrompt, *, force: bool = False) -> None:
    """Write the demo household into folder (refusing a folder that holds one unless force)."""
    if household_exists(folder):
        if not force:
            raise UsageError(
                phrase("errors", "{folder} already holds a household.", folder=str(folder)),
                hint=phrase("errors", "Use --force to replace it with the demo."),
            )
        lock = ParentLock(folder, SystemClock())
        if lock.is_on():
            lock.ask_and_unlock(prompt)
        remove_household(folder)
    fg = FamilyGuard(create_household(folder, prompt))
    try:
        populate(fg)
        fg.preferences.set(DEMO_MARK, "yes")
    except BaseException:
        fg.close()
        remove_household(folder)
        raise
    fg.close()


def remove_household(folder: Path) -> None:
    """Delete a household's files and its key in the keyring."""
    key_path = folder / KEY_FILE_NAME
    if key_path.exists():
        record = keyfile.read_key_file(key_path)
        if record.storage == keyfile.KEYRING:
            secrets.forget_key(record.household_id)
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEY_FILE_NAME):
        (folder / name).unlink(missing_ok=True)


def populate(fg: FamilyGuard, copies: int = 1) -> None:
    """Add the demo family (`copies` times: "Mia", "Mia 2", …) through the services: children, apps,
    friend lists imported over time, talk plans and the talk log."""
    for copy in range(copies):
        _populate_family(fg, "" if copy == 0 else f" {copy + 1}")


def _populate_family(fg: FamilyGuard, suffix: str) -> None:
    today, now = fg.clock.today(), fg.clock.now()
    kids: dict[str, Child] = {}
    for name, age in CHILDREN:
        born = date(today.year - age, 1 + (len(name) * 3) % 12, 10)
        if born > today.replace(year=today.year - age):
            born = born.replace(year=born.year - 1)
        kids[name] = fg.household.add_child(name + suffix, born)
    handle_suffix = suffix.replace(" ", "_")
    for name, apps in APPS.items():
        for app_id, handle, settings in apps:
            use = fg.household.add_app(kids[name], app_id, handle and handle + handle_suffix, settings)
            mine = [
                c._replace(handle=c.handle + handle_suffix)
                for c in CONTACTS
                if (c.child, c.app) == (name, app_id)
            ]
            if mine:
                _import_over_time(fg, use, mine, now, LAST_IMPORT.get((name, app_id), 1))
    for name, topic, rule, at, ago in PLANS:
        handled = now - timedelta(days=OVERDUE_DAYS if topic == OVERDUE_TOPIC else 0)
        fg.talks.add_plan(kids[name].id, topic, rule, at, today - timedelta(days=ago), handled)
    for name, topic, ago, note in LOG:
        done = datetime.combine(today - timedelta(days=ago), time(19, 30), tzinfo=now.tzinfo)
        fg.talks.log_talk(kids[name].id, topic, None, done, note)


def _import_over_time(
    fg: FamilyGuard, use: AppUse, people: list[DemoContact], now: datetime, last: int
) -> None:
    """An import on each day someone joined more than RECENT days ago, and the latest one `last` days ago
    with everyone newer: its diff shows who was added, removed (`gone`) and renamed (`old_name`).
    The parent's review (relation, status) is applied to the contacts as they are added."""
    days = sorted({c.days_ago for c in people if c.days_ago > max(last, RECENT)} | {last}, reverse=True)
    for ago in days:
        at, latest = now - timedelta(days=ago), ago == last
        export = [
            ImportedContact(
                c.old_name if c.old_name and not latest else c.name,
                c.handle,
                None,
                frozenset(c.lists),
                None,
                now - timedelta(days=c.days_ago),
            )
            for c in people
            if c.days_ago >= ago and not (c.gone and latest)
        ]
        plan = plan_import(fg.contacts.for_app_use(use.id), export, at)
        review = {c.handle: c for c in people}
        added = [_reviewed(new_contact(item, use.id, at), review[item.handle or ""]) for item in plan.added]
        batch = Batch(
            use.id,
            at,
            "import",
            f"{use.name} export (demo)",
            added=added,
            updated=[after for _, after in plan.updated],
            events=plan.events(),
            summary=summary(plan, {"platform": use.app_id, "lists": {}}),
            touch_present=plan.unchanged > 0,
            manual_source=MANUAL_SOURCE,
        )
        write_batch(fg.contacts.db, batch)


def _reviewed(contact: LedgerContact, demo: DemoContact) -> LedgerContact:
    """A newly imported contact as the parent left it: how the child knows them, reviewed or flagged."""
    reason = "Offers modelling work and asked to move to another app." if demo.status == "flagged" else None
    return replace(contact, relation=demo.relation, status=demo.status, flag_reason=reason)
