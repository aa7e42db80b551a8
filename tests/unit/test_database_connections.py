"""A second connection to the household (Database.open_another), for a worker thread."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from familyguard.storage.database import Database


def test_another_connection_keeps_its_transaction_to_itself(tmp_path: Path) -> None:
    db = Database(tmp_path / "household.db", os.urandom(32))
    with db.transaction() as conn:
        conn.execute("CREATE TABLE t (x INTEGER)")
    other = db.open_another()
    inside, go_on = threading.Event(), threading.Event()

    def write() -> None:  # a worker's import: one transaction on its own connection
        with other.transaction() as conn:
            conn.execute("INSERT INTO t VALUES (1)")
            inside.set()
            go_on.wait(5)

    worker = threading.Thread(target=write)
    worker.start()
    assert inside.wait(5)
    assert db.rows("SELECT count(*) FROM t")[0][0] == 0  # the GUI's reads see the committed state
    go_on.set()
    worker.join(5)
    assert db.rows("SELECT count(*) FROM t")[0][0] == 1
    assert other.path == db.path
    other.close()
    db.close()
