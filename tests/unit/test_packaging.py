"""The wheel carries the catalogue, talk guides, icons and stylesheet, so an installed app runs anywhere."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    pytest.importorskip("hatchling", reason="building the wheel needs hatchling (in the test extras)")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return zipfile.ZipFile(next(out.glob("familyguard-*.whl")))


def test_data_ships_inside_the_package(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    bundled = {p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*") if p.is_file()}
    assert {f"familyguard/{name}" for name in bundled} <= names
    assert "familyguard/ui/familyguard.qss" in names
    assert "familyguard/resources/catalogue/spotify.toml" in names


def test_the_entry_point_is_declared(wheel: zipfile.ZipFile) -> None:
    entry_points = next(n for n in wheel.namelist() if n.endswith("entry_points.txt"))
    assert "familyguard = familyguard.__main__:main" in wheel.read(entry_points).decode()
