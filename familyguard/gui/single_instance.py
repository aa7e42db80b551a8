"""One FamilyGuard per household: a second launch asks the first to show its window, then exits."""

from __future__ import annotations

import getpass
import zlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 1000
MESSAGE = b"show\n"


def server_name(folder: Path) -> str:
    """A local socket name per user and household folder (a checksum: hashlib's OpenSSL costs the
    first paint 3 ms, and the name need not be secret, only differ between a user's households)."""
    checksum = zlib.crc32(f"{getpass.getuser()}\0{folder}".encode())
    return f"familyguard-{checksum:08x}"


def ask_running_instance(name: str) -> bool:
    """If an instance listens on name, ask it to come to the front and return True."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(MESSAGE)
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches; emits show_requested when one knocks."""

    show_requested = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self._server.listen(name):
            QLocalServer.removeServer(name)
            self._server.listen(name)
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(MESSAGE.strip()):
            self.show_requested.emit()
        socket.disconnectFromServer()
