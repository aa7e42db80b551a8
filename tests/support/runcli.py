"""Run the real `familyguard` command in a subprocess, the way a parent's script would."""

from __future__ import annotations

import subprocess
import sys


def familyguard(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m familyguard ARGS` with no terminal and return the finished process."""
    return subprocess.run(
        [sys.executable, "-m", "familyguard", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def ok(env: dict[str, str], *args: str) -> str:
    """Run the command, require success, and return what it printed."""
    done = familyguard(env, *args)
    assert done.returncode == 0, done.stderr
    return done.stdout
