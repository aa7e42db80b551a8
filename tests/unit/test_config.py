"""The log file: where it is, and that a large one is rotated rather than growing without end."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from familyguard import config


@pytest.fixture(autouse=True)
def own_log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "log_dir", lambda: tmp_path / "logs")


def test_a_large_log_is_rotated_at_start_and_the_oldest_dropped() -> None:
    path = config.log_dir() / config.LOG_NAME
    path.parent.mkdir(parents=True)
    for number in range(1, config.LOG_KEPT + 1):
        path.with_name(f"{path.name}.{number}").write_text(f"old {number}\n")
    path.write_text("x" * (config.LOG_LIMIT + 1))

    assert config.setup_logging() == path
    logging.getLogger("familyguard").error("after the rotation")

    assert "after the rotation" in path.read_text()
    assert path.with_name(f"{path.name}.1").stat().st_size == config.LOG_LIMIT + 1
    assert path.with_name(f"{path.name}.2").read_text() == "old 1\n"
    assert path.with_name(f"{path.name}.{config.LOG_KEPT}").read_text() == f"old {config.LOG_KEPT - 1}\n"


def test_a_small_log_is_kept_and_appended_to() -> None:
    path = config.setup_logging()
    path.write_text("earlier run\n")
    config.setup_logging()
    logging.getLogger("familyguard").error("this run")

    assert path.read_text().startswith("earlier run\n")
    assert "this run" in path.read_text()
    assert not path.with_name(f"{path.name}.1").exists()
