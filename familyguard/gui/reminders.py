"""Talk reminders while the app runs: APScheduler wakes us at each due time, the database decides.

Jobs are rebuilt from the database at start, after every change and after a clock jump (suspend,
resume, a changed clock); nothing lives only in the scheduler. A due talk is notified once per
occurrence in a session — what was missed while the PC was off shows once, as overdue. The parent's
settings decide how: nothing pops up in quiet hours (what comes due is held and shown when they end),
and the notification style says how much a reminder tells (or that only the tray shows it).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QObject, QTimer, Signal

from familyguard.gui.i18n import content
from familyguard.notify import Notification, NotifierChain
from familyguard.notify.base import DONE, OPEN, SNOOZE
from familyguard.settings import NotificationStyle, Settings, first_name
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
        self.settings = Settings(preferences)
        self.notifier = notifiers(self.answered.emit)
        self.open_guide: Callable[[int], None] = lambda _plan_id: None
        self.locked: Callable[[], bool] = lambda: False  # the parent lock: reminders stay private
        self.shown: set[tuple[int, str]] = set()
        self.scheduler = ReminderScheduler(
            timezone=talks.tz, job_defaults={"misfire_grace_time": None, "coalesce": True}
        )
        self.due_now.connect(self.check)
        self.answered.connect(self.answer)
        self._jump = QTimer(self)
        self._jump.timeout.connect(self._detect_clock_jump)
        self._marks = (time.monotonic(), time.time())
        self._running = False

    def start(self) -> None:
        """Schedule every plan and show what is due now (including what was missed) once."""
        self._running = True
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
            self._wake_at(until, "pause-ends")
        quiet_end = self.quiet_until()
        if quiet_end is not None:
            self._wake_at(quiet_end, "quiet-ends")

    def _wake_at(self, when: datetime, job_id: str) -> None:
        self.scheduler.add_job(self.due_now.emit, "date", run_date=when, id=job_id, replace_existing=True)

    def paused_until(self) -> datetime | None:
        """When paused reminders resume (None: not paused)."""
        text = self.preferences.get(PAUSE_KEY)
        until = datetime.fromisoformat(text) if text else None
        return until if until and until > self.talks.now else None

    def quiet_until(self) -> datetime | None:
        """When the quiet hours we are in end (None: not in quiet hours)."""
        hours = self.settings.quiet_hours
        return hours.ends_after(self.talks.now, self.talks.tz) if hours else None

    def settings_changed(self) -> None:
        """The parent changed quiet hours or the style: wake up at the right times, show what is due."""
        self.reschedule()
        self.check()

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
        """Notify each due talk whose occurrence has not been shown in this session, unless paused;
        in quiet hours hold them until the quiet hours end. Tray-only style: the tray shows them.

        A wake-up queued by the scheduler's thread may arrive after stop(): it is ignored."""
        if not self._running:
            return
        quiet_end = self.quiet_until()
        if self.paused_until() is not None or quiet_end is not None:
            if quiet_end is not None:
                self._wake_at(quiet_end, "quiet-ends")
            self.changed.emit()
            return
        style = self.style()
        for due in self.talks.due():
            key = (due.plan.id, due.occurrence.isoformat())
            if key not in self.shown:
                self.shown.add(key)
                if style is not NotificationStyle.TRAY:
                    self._notify(due, style)
        self.changed.emit()

    def style(self) -> NotificationStyle:
        """The parent's notification style; while the window is locked, never more than private."""
        chosen = self.settings.notification_style
        return NotificationStyle.PRIVATE if chosen is NotificationStyle.FULL and self.locked() else chosen

    def _notify(self, due: Due, style: NotificationStyle) -> None:
        name = self.talks.child_names().get(due.plan.child_id, "")
        child = first_name(name) if style is NotificationStyle.PRIVATE else name
        topic = content(self.talks.topic(due.plan.topic_id).title, "talks")
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
        if action == SNOOZE:
            self.talks.snooze(plan_id, SNOOZE_SPEC)
        elif action == DONE and not self.locked():
            self.talks.done(plan_id)
        else:  # while locked, Done too only opens: the lock screen comes first, then the guide
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
        self._running = False
        self._jump.stop()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        self.notifier.close()
