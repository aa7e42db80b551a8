"""Talk reminders while the app runs: APScheduler wakes us at each due time, the database decides.

Jobs are rebuilt from the database at start, after every change and after a clock jump (suspend,
resume, a changed clock); nothing lives only in the scheduler. A due talk is notified once per
occurrence in a session — what was missed while the PC was off shows once, as overdue.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QObject, QTimer, Signal

from familyguard.notify import Notification, NotifierChain
from familyguard.notify.base import DONE, OPEN, SNOOZE
from familyguard.storage.preferences import PreferenceRepository
from familyguard.talks.schedule import Due
from familyguard.talks.service import Talks

log = logging.getLogger(__name__)
JUMP_CHECK_MS = 30_000
PAUSE = timedelta(days=1)
PAUSE_KEY = "reminders_paused_until"
JUMP_TOLERANCE_S = 60.0
SNOOZE_SPEC = "1h"


class ReminderScheduler(QtScheduler):
    """QtScheduler with a real QTimer: with PySide6 the stock one can never cancel its wake-ups."""

    def __init__(self, **options: object) -> None:
        super().__init__(**options)
        self._wakeup = QTimer()
        self._wakeup.setSingleShot(True)
        self._wakeup.timeout.connect(self._process_jobs)

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._wakeup.stop()
        if wait_seconds is not None:
            self._wakeup.start(min(int(wait_seconds * 1000), 2**31 - 1))

    def _stop_timer(self) -> None:
        self._wakeup.stop()


class Reminders(QObject):
    """Schedules, notifies and handles the parent's answer (Done, Snooze, Open guide)."""

    due_now = Signal()
    answered = Signal(str, str)
    changed = Signal()

    def __init__(
        self,
        talks: Talks,
        notifiers: Callable[[Callable[[str, str], None]], NotifierChain],
        preferences: PreferenceRepository,
    ) -> None:
        super().__init__()
        self.talks = talks
        self.preferences = preferences
        self.notifier = notifiers(self.answered.emit)
        self.open_guide: Callable[[int], None] = lambda _plan_id: None
        self.shown: set[tuple[int, str]] = set()
        self.scheduler = ReminderScheduler(
            timezone=talks.tz, job_defaults={"misfire_grace_time": None, "coalesce": True}
        )
        self.due_now.connect(self.check)
        self.answered.connect(self.answer)
        self._jump = QTimer(self)
        self._jump.timeout.connect(self._detect_clock_jump)
        self._marks = (time.monotonic(), time.time())

    def start(self) -> None:
        """Schedule every plan and show what is due now (including what was missed) once."""
        self.scheduler.start()
        self.reschedule()
        self.check()
        self._jump.start(JUMP_CHECK_MS)

    def reschedule(self) -> None:
        """Rebuild the jobs from the database: one wake-up at each plan's next due time."""
        self.scheduler.remove_all_jobs()
        for plan, state in self.talks.plans():
            when = self.talks.next_due(plan, state)
            if when is not None:
                self.scheduler.add_job(self.due_now.emit, "date", run_date=when, id=f"plan-{plan.id}")
        until = self.paused_until()
        if until is not None:
            self.scheduler.add_job(self.due_now.emit, "date", run_date=until, id="pause-ends")

    def paused_until(self) -> datetime | None:
        """When paused reminders resume (None: not paused)."""
        text = self.preferences.get(PAUSE_KEY)
        until = datetime.fromisoformat(text) if text else None
        return until if until and until > self.talks.now else None

    def pause_for_a_day(self) -> None:
        """No notifications for 24 hours (due talks still show in the window); then they come back."""
        until = self.talks.now + PAUSE
        self.preferences.set(PAUSE_KEY, until.isoformat())
        self.reschedule()
        self.changed.emit()

    def resume(self) -> None:
        """Notify again from now on."""
        self.preferences.set(PAUSE_KEY, None)
        self.check()

    def check(self) -> None:
        """Notify each due talk whose occurrence has not been shown in this session (unless paused)."""
        if self.paused_until() is not None:
            self.changed.emit()
            return
        for due in self.talks.due():
            key = (due.plan.id, due.occurrence.isoformat())
            if key not in self.shown:
                self.shown.add(key)
                self._notify(due)
        self.changed.emit()

    def _notify(self, due: Due) -> None:
        child = self.talks.child_names().get(due.plan.child_id, "")
        topic = self.talks.topic(due.plan.topic_id).title
        late = self.tr(" (overdue)") if due.overdue else ""
        note = Notification(
            key=f"plan:{due.plan.id}",
            title=self.tr("Time for a talk with {child}{late}").format(child=child, late=late),
            body=topic,
            actions=(
                (DONE, self.tr("Done")),
                (SNOOZE, self.tr("Snooze 1 hour")),
                (OPEN, self.tr("Open guide")),
            ),
        )
        if self.notifier.send(note) is None:
            log.error("reminder for plan %s could not be shown; the window lists it as due", due.plan.id)

    def answer(self, key: str, action: str) -> None:
        """Act on a click in a notification: Done, Snooze, or open the guide (also a plain click)."""
        plan_id = int(key.partition(":")[2])
        if action == DONE:
            self.talks.done(plan_id)
        elif action == SNOOZE:
            self.talks.snooze(plan_id, SNOOZE_SPEC)
        else:
            self.open_guide(plan_id)
            return
        self.reschedule()
        self.changed.emit()

    def snooze_all(self) -> None:
        """Snooze every talk that is due now by an hour."""
        for due in self.talks.due():
            self.talks.snooze(due.plan.id, SNOOZE_SPEC)
        self.reschedule()
        self.changed.emit()

    def _detect_clock_jump(self) -> None:
        """After a suspend/resume or a clock change, wall time moves unlike monotonic time: recompute."""
        mono, wall = time.monotonic(), time.time()
        drift = abs((wall - self._marks[1]) - (mono - self._marks[0]))
        self._marks = (mono, wall)
        if drift > JUMP_TOLERANCE_S:
            log.info("clock jumped by %.0f s; recomputing what is due", drift)
            self.reschedule()
            self.check()

    def stop(self) -> None:
        self._jump.stop()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        self.notifier.close()
