"""Files dropped onto a page: a parent drags an app's data download from the file manager."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget


class FileDrops(QObject):
    """Lets `widget` take local files dragged onto it while `ready()` (e.g. a child is chosen), and
    hands their paths to `dropped`."""

    def __init__(
        self, widget: QWidget, ready: Callable[[], bool], dropped: Callable[[list[Path]], None]
    ) -> None:
        super().__init__(widget)
        self._ready, self._dropped = ready, dropped
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent):
            urls = event.mimeData().urls()
            if self._ready() and urls and all(u.isLocalFile() for u in urls):
                event.acceptProposedAction()
            return True
        if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            if paths:
                event.acceptProposedAction()
                self._dropped(paths)
            return True
        return False
