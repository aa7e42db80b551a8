"""The Qt binding keeps Python's reference counts right: a tray app runs for weeks.

PySide6 6.12.0 dropped a reference to None on every call of a method that returns nothing and to
True on every signal emitted. Before Python 3.12 those objects are not immortal, so after a few
thousand such calls the interpreter aborts ("deallocating None"): the window and the reminders gone.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 50  # few enough that a binding with the fault cannot bring the test run down


class _Sender(QObject):
    said = Signal(int)


def test_calls_and_signals_leave_none_and_true_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    sender = _Sender()
    heard: list[int] = []
    sender.said.connect(heard.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for n in range(CALLS):
        label.setText(str(n))
        sender.said.emit(n)
    assert heard == list(range(CALLS))
    assert sys.getrefcount(None) > none_before - CALLS // 2
    assert sys.getrefcount(True) > true_before - CALLS // 2
