"""Catch QDesktopServices.openUrl for file URLs in GUI tests: record the path, never launch a program."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices


class OpenedFolders(QObject):
    """The file URL handler: remembers each path the app asked the desktop to open."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[Path] = []

    @Slot(QUrl)
    def openUrl(self, url: QUrl) -> None:  # noqa: N802 - the name Qt calls
        self.paths.append(Path(url.toLocalFile()))


@contextmanager
def catch_opened_folders() -> Iterator[OpenedFolders]:
    handler = OpenedFolders()
    QDesktopServices.setUrlHandler("file", handler, "openUrl")
    try:
        yield handler
    finally:
        QDesktopServices.unsetUrlHandler("file")
