"""Start FamilyGuard at login, in the tray (off until the parent turns it on).

Linux and other XDG desktops: a .desktop file in the autostart folder; Windows: the per-user Run
key; macOS: a LaunchAgent. Every platform starts `familyguard --minimized` for this household.
"""

from __future__ import annotations

import plistlib
import shlex
import subprocess
import sys
from pathlib import Path

import platformdirs

from familyguard.errors import StorageError
from familyguard.phrase import phrase

LABEL = "org.familyguard.FamilyGuard"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def command(data_dir: Path | None) -> list[str]:
    """The command line that starts this FamilyGuard in the tray."""
    args = [sys.executable, "-m", "familyguard", "--minimized"]
    return args + (["--data-dir", str(data_dir)] if data_dir else [])


def desktop_entry(args: list[str]) -> str:
    """An XDG autostart entry."""
    return (
        "[Desktop Entry]\nType=Application\nName=FamilyGuard\n"
        "Comment=Reminders for safety talks with your children\n"
        f"Exec={shlex.join(args)}\nIcon=familyguard\nX-GNOME-Autostart-enabled=true\n"
    )


def _xdg_file() -> Path:
    return Path(platformdirs.user_config_dir()) / "autostart" / "familyguard.desktop"


def _launch_agent() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LABEL}.plist"


def is_enabled() -> bool:
    """Whether FamilyGuard starts at login for this user."""
    if sys.platform == "win32":
        return _windows_value() is not None
    return (_launch_agent() if sys.platform == "darwin" else _xdg_file()).exists()


def enable(data_dir: Path | None = None) -> None:
    """Start at login from now on."""
    args = command(data_dir)
    try:
        if sys.platform == "win32":
            _windows_set(subprocess.list2cmdline(args))
        elif sys.platform == "darwin":
            _write(
                _launch_agent(), plistlib.dumps({"Label": LABEL, "ProgramArguments": args, "RunAtLoad": True})
            )
        else:
            _write(_xdg_file(), desktop_entry(args).encode())
    except OSError as exc:
        raise StorageError(
            phrase("errors", "cannot set up starting at login ({reason}).", reason=exc.strerror or str(exc)),
            path=Path(exc.filename or ""),
        ) from exc


def disable() -> None:
    """Do not start at login any more."""
    if sys.platform == "win32":
        _windows_set(None)
    else:
        (_launch_agent() if sys.platform == "darwin" else _xdg_file()).unlink(missing_ok=True)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _windows_value() -> str | None:  # pragma: no cover - Windows only
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:  # type: ignore[attr-defined]
            return str(winreg.QueryValueEx(key, "FamilyGuard")[0])  # type: ignore[attr-defined]
    except OSError:
        return None


def _windows_set(line: str | None) -> None:  # pragma: no cover - Windows only
    import winreg

    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:  # type: ignore[attr-defined]
        if line is None:
            try:
                winreg.DeleteValue(key, "FamilyGuard")  # type: ignore[attr-defined]
            except OSError:
                return
        else:
            winreg.SetValueEx(key, "FamilyGuard", 0, winreg.REG_SZ, line)  # type: ignore[attr-defined]
