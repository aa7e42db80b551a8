"""Private files and folders: 0700 folders, 0600 files, atomic replacement."""

from __future__ import annotations

import os
from pathlib import Path

from familyguard.errors import StorageError
from familyguard.phrase import phrase


def private_dir(path: Path) -> Path:
    """Create the folder (and its parents) readable by the parent's account only."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        path.chmod(0o700)
    except OSError as exc:
        raise StorageError(
            phrase("errors", "cannot create the folder ({reason}).", reason=exc.strerror), path=path
        ) from exc
    return path


def write_private(path: Path, data: bytes) -> None:
    """Write a 0600 file atomically: the old content stays whole if the write fails."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            phrase("errors", "cannot write the file ({reason}).", reason=exc.strerror), path=path
        ) from exc


def touch_private(path: Path) -> None:
    """Create an empty 0600 file so that SQLite never creates it with looser rights."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        return
    except OSError as exc:
        raise StorageError(
            phrase("errors", "cannot create the file ({reason}).", reason=exc.strerror), path=path
        ) from exc
