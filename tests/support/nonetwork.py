"""Refuse every socket that is not local (AF_UNIX): the app must never reach a network."""

from __future__ import annotations

import socket
from typing import Any

_LOCAL = {getattr(socket, "AF_UNIX", None)}


class NetworkForbidden(RuntimeError):
    """Raised when code tries to open a network socket during the tests."""


def forbid_network() -> None:
    """Patch socket.socket so that creating an internet socket raises NetworkForbidden."""
    original_init = socket.socket.__init__

    def guarded_init(self: socket.socket, family: Any = -1, *args: Any, **kwargs: Any) -> None:
        fam = socket.AF_INET if family == -1 else family
        if fam not in _LOCAL and kwargs.get("fileno") is None:
            raise NetworkForbidden(f"FamilyGuard tried to open a network socket (family {fam})")
        original_init(self, family, *args, **kwargs)

    socket.socket.__init__ = guarded_init  # type: ignore[method-assign]
