"""Benchmark of a friend-list import: an Instagram zip with 50,000 followers + following.

Run as `python bench/bench_import.py`. The floor is `json.load` of the same files plus one
`executemany` of their entries into SQLCipher in one transaction. Two sizes 10x apart show how the
cost grows. The last line reads like `import_50k: 0.41 s, 1.6x floor (budget 2x floor and 1.5 s)`.
"""

from __future__ import annotations

import io
import json
import os
import random
import sys
import tempfile
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.timing import medians, result_line
from familyguard.app import FamilyGuard
from familyguard.contacts.ledger import Ledger
from familyguard.domain import FixedClock
from familyguard.storage.database import Database

IG = "connections/followers_and_following/"
RUNS = 5


def _entry(name: str, stamp: int) -> dict[str, object]:
    return {
        "title": "",
        "media_list_data": [],
        "string_list_data": [
            {"href": f"https://www.instagram.com/{name}", "value": name, "timestamp": stamp}
        ],
    }


def make_export(folder: Path, people: int, seed: int = 7) -> Path:
    """An Instagram zip whose followers and following add up to `people` entries (overlapping)."""
    rng = random.Random(seed)
    names = [f"{rng.choice(['sky', 'max', 'lu', 'neo'])}_{i}_{rng.randint(0, 99)}" for i in range(people)]
    followers = names[: people * 6 // 10]
    following = names[people * 4 // 10 :]
    path = folder / f"instagram-{people}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            IG + "followers_1.json", json.dumps([_entry(n, 1700000000 + i) for i, n in enumerate(followers)])
        )
        archive.writestr(
            IG + "following.json",
            json.dumps(
                {"relationships_following": [_entry(n, 1710000000 + i) for i, n in enumerate(following)]}
            ),
        )
    return path


def _fresh(folder: Path) -> Database:
    path = Path(tempfile.mkdtemp(dir=folder)) / "household.db"
    return Database(path, os.urandom(32))


def floor(folder: Path, export: Path) -> None:
    """json.load of the same members, then one executemany into SQLCipher in one transaction."""
    db = _fresh(folder)
    rows = []
    with zipfile.ZipFile(export) as archive:
        for name in archive.namelist():
            data = json.load(io.TextIOWrapper(archive.open(name), encoding="utf-8"))
            items = data["relationships_following"] if isinstance(data, dict) else data
            rows += [(item["string_list_data"][0]["value"],) for item in items]
    with db.transaction() as conn:
        conn.execute("CREATE TABLE t (handle TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", rows)
    db.close()


def real_import(folder: Path, export: Path) -> None:
    """The ledger import of the export into a fresh household with one child."""
    fg = FamilyGuard(_fresh(folder), FixedClock(datetime(2026, 11, 22, 18, 0, tzinfo=UTC)))
    child = fg.household.add_child("Ella", date(2012, 5, 5))
    result = Ledger(fg.contacts, fg.household, fg.clock).import_export(child, [export])
    assert result.report()["added"] > 0
    fg.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small, large = make_export(folder, 5_000), make_export(folder, 50_000)
        small_s, large_s, floor_s = medians(
            lambda: real_import(folder, small),
            lambda: real_import(folder, large),
            lambda: floor(folder, large),
            runs=RUNS,
        )
    print(
        f"import_5k: {small_s:.3f} s; import_50k: {large_s:.3f} s;"
        f" ratio {large_s / small_s:.1f}x for 10x people"
    )
    print(f"floor_50k: {floor_s:.3f} s")
    print(result_line("import_50k", large_s, floor_s, "budget 2x floor and 1.5 s"))


if __name__ == "__main__":
    main()
