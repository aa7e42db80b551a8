"""The demo household: three children with apps, contacts and talks, so every page has something to show."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import NamedTuple

from familyguard import secrets
from familyguard.app import FamilyGuard
from familyguard.domain import Child, Contact
from familyguard.errors import UsageError
from familyguard.storage import keyfile
from familyguard.storage.layout import DB_NAME, KEY_FILE_NAME, household_exists
from familyguard.storage.prompt import PassphrasePrompt
from familyguard.storage.vault import create_household

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
    """A contact of the demo: on which child's app, who, and since how many days."""

    child: str
    app: str
    name: str
    handle: str
    relation: str
    status: str
    days_ago: int
    lists: tuple[str, ...]


CONTACTS = tuple(
    DemoContact(*row)
    for row in (
        ("Mia", "roblox", "Grandpa Joe", "grandpa_joe_plays", "family", "reviewed", 200, ("friends",)),
        ("Mia", "roblox", "Noah", "noah_builds", "school", "reviewed", 90, ("friends",)),
        ("Mia", "roblox", "Jake", "jake_2009", "unknown", "new", 6, ("requests_received",)),
        ("Leo", "roblox", "Jake", "jake_2009", "unknown", "new", 9, ("friends",)),
        ("Leo", "roblox", "Sam", "sam_speedruns", "offline_friend", "reviewed", 150, ("friends",)),
        ("Leo", "discord", "Jake", "jake2009", "online_only", "new", 4, ("friends",)),
        ("Leo", "fortnite", "Cousin Max", "MaxAttack", "family", "reviewed", 300, ("friends",)),
        ("Ella", "snapchat", "Aisha", "aisha.k", "school", "reviewed", 400, ("friends",)),
        ("Ella", "snapchat", "Jay", "jay_model_scout", "unknown", "flagged", 3, ("friends",)),
        ("Ella", "snapchat", "Lena", "lena.s", "school", "new", 2, ("friends",)),
        ("Ella", "instagram", "Aisha", "aisha.draws", "school", "reviewed", 380, ("followers", "following")),
        ("Ella", "instagram", "Photo Agency", "top.models.casting", "unknown", "new", 5, ("followers",)),
        ("Ella", "tiktok", "ellas_biggest_fan", "ellas_biggest_fan", "unknown", "new", 1, ("followers",)),
    )
)
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
                f"{folder} already holds a household.", hint="Use --force to replace it with the demo."
            )
        remove_household(folder)
    fg = FamilyGuard(create_household(folder, prompt))
    try:
        populate(fg)
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


def populate(fg: FamilyGuard) -> None:
    """Add the demo children, apps, contacts, talk plans and talk log through the services."""
    today, now = fg.clock.today(), fg.clock.now()
    kids: dict[str, Child] = {}
    for name, age in CHILDREN:
        born = date(today.year - age, 1 + (len(name) * 3) % 12, 10)
        if born > today.replace(year=today.year - age):
            born = born.replace(year=born.year - 1)
        kids[name] = fg.household.add_child(name, born)
    uses = {}
    for name, apps in APPS.items():
        for app_id, handle, settings in apps:
            uses[(name, app_id)] = fg.household.add_app(kids[name], app_id, handle, settings)
    for (name, app_id), use in uses.items():
        mine = [c for c in CONTACTS if c.child == name and c.app == app_id]
        if mine:
            first = now - timedelta(days=max(c.days_ago for c in mine))
            fg.contacts.add_snapshot(
                use.id, "manual", "demo", first, [_contact(use.id, c, now) for c in mine]
            )
    for name, topic, rule, at, ago in PLANS:
        handled = now - timedelta(days=OVERDUE_DAYS if topic == OVERDUE_TOPIC else 0)
        fg.talks.add_plan(kids[name].id, topic, rule, at, today - timedelta(days=ago), handled)
    for name, topic, ago, note in LOG:
        done = datetime.combine(today - timedelta(days=ago), time(19, 30), tzinfo=now.tzinfo)
        fg.talks.log_talk(kids[name].id, topic, None, done, note)


def _contact(use_id: int, demo: DemoContact, now: datetime) -> Contact:
    reason = "Offers modelling work and asked to move to another app." if demo.status == "flagged" else None
    return Contact(
        0,
        use_id,
        demo.name,
        demo.handle,
        None,
        frozenset(demo.lists),
        demo.relation,
        demo.status,
        reason,
        now - timedelta(days=demo.days_ago),
        now,
    )
