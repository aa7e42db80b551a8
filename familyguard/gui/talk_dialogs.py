"""Dialogs of the Talks page: plan a talk (with its next dates before saving), a note for a talk that
happened, and a snooze until a chosen date and time."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from familyguard.domain import Child, TalkPlan
from familyguard.errors import FamilyGuardError
from familyguard.gui.guide_dialog import GuideDialog
from familyguard.gui.i18n import content
from familyguard.gui.i18n_words import day_name
from familyguard.gui.sizing import fit_to_screen
from familyguard.talks.recurrence import MAX_INTERVAL, WEEKDAYS

if TYPE_CHECKING:
    from familyguard.talks.library import Topic
    from familyguard.talks.service import Talks

# How often, as offered in the plan dialog: (label, unit); "wd" is "every N weeks on a weekday".
RHYTHMS = (
    (QT_TRANSLATE_NOOP("PlanDialog", "Once"), "once"),
    (QT_TRANSLATE_NOOP("PlanDialog", "Every few days"), "d"),
    (QT_TRANSLATE_NOOP("PlanDialog", "Every few weeks"), "w"),
    (QT_TRANSLATE_NOOP("PlanDialog", "Every few calendar months"), "m"),
    (QT_TRANSLATE_NOOP("PlanDialog", "On a weekday"), "wd"),
)


def when_text(moment: datetime, tz: object | None = None) -> str:
    """A date and time for people, in the system's language: 'Sun 22 Nov 2026, 19:00'."""
    local = moment.astimezone(tz) if tz is not None else moment  # type: ignore[arg-type]
    day = QDate(local.year, local.month, local.day)
    return f"{QLocale().toString(day, 'ddd d MMM yyyy')}, {local:%H:%M}"


def rule_spec(unit: str, interval: int, weekday: int) -> str:
    """The recurrence SPEC (see Rule.parse) for the dialog's choices."""
    if unit == "once":
        return "once"
    if unit == "wd":
        day = WEEKDAYS[weekday]
        return day if interval == 1 else f"{interval}w:{day}"
    return f"{interval}{unit}"


def show_guide(parent: QWidget, talks: Talks, plan: TalkPlan) -> GuideDialog:
    """Open the guide of a plan's topic, for that child's age (not modal: it can stay open)."""
    child = talks.child(str(plan.child_id))
    topic = talks.topic(plan.topic_id)
    guide = GuideDialog(parent, topic, child.name, child.age(talks.clock.today()), talks.library)
    guide.show()
    return guide


class PlanDialog(QDialog):
    """Plan a talk: topic (for the child's age), how often, time, start; shows the next 5 dates live."""

    def __init__(
        self, parent: QWidget | None, talks: Talks, child: Child, topic: Topic | None = None
    ) -> None:
        super().__init__(parent)
        self.talks = talks
        self.child = child
        self.age = child.age(talks.clock.today())
        self.setWindowTitle(self.tr("Plan a talk with {name}").format(name=child.name))
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Topic"))
        topics = talks.library.for_age(self.age) or talks.library.topics
        for item in topics:
            self.topic.addItem(content(item.title, "talks"), item.id)
        if topic is not None:
            found = self.topic.findData(topic.id)
            if found < 0:
                self.topic.addItem(content(topic.title, "talks"), topic.id)
                found = self.topic.count() - 1
            self.topic.setCurrentIndex(found)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.guide_button = QPushButton(self.tr("Read the &guide"))
        self.guide_button.setAccessibleName(self.tr("Read the guide for this topic"))
        self.guide_button.clicked.connect(self._read_guide)
        self.rhythm = QComboBox()
        self.rhythm.setAccessibleName(self.tr("How often"))
        for label, unit in RHYTHMS:
            self.rhythm.addItem(self.tr(label), unit)
        self.every = QSpinBox()
        self.every.setAccessibleName(self.tr("Every how many"))
        self.unit = QLabel()
        self.weekday = QComboBox()
        self.weekday.setAccessibleName(self.tr("Weekday"))
        for weekday in range(len(WEEKDAYS)):
            self.weekday.addItem(day_name(weekday))
        from familyguard.talks.service import DEFAULT_AT

        self.at = QTimeEdit(QTime(DEFAULT_AT.hour, DEFAULT_AT.minute))
        self.at.setDisplayFormat("HH:mm")
        self.at.setAccessibleName(self.tr("Time of day"))
        today = talks.now.date()
        self.start = QDateEdit(QDate(today.year, today.month, today.day))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd d MMM yyyy")
        self.start.setMinimumDate(QDate(today.year, today.month, today.day))
        self.start.setAccessibleName(self.tr("Start date"))
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setAccessibleName(self.tr("The next dates of this talk"))
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Plan this talk"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        for signal in (
            self.topic.currentIndexChanged,
            self.rhythm.currentIndexChanged,
            self.every.valueChanged,
            self.weekday.currentIndexChanged,
            self.at.timeChanged,
            self.start.dateChanged,
        ):
            signal.connect(self._update)
        self._update()
        self.topic.setFocus()

    def _layout(self) -> None:
        topic_row = QHBoxLayout()
        topic_row.addWidget(self.topic, 1)
        topic_row.addWidget(self.guide_button)
        every_row = QHBoxLayout()
        every_row.addWidget(self.every)
        every_row.addWidget(self.unit)
        every_row.addWidget(self.weekday)
        every_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Topic:"), topic_row)
        form.addRow("", self.summary)
        form.addRow(self.tr("&How often:"), self.rhythm)
        form.addRow(self.tr("&Every:"), every_row)
        form.addRow(self.tr("T&ime:"), self.at)
        form.addRow(self.tr("&Starting on:"), self.start)
        for field, label in (
            (self.topic, 0),
            (self.rhythm, 2),
            (self.every, 3),
            (self.at, 4),
            (self.start, 5),
        ):
            item = form.itemAt(label, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                item.widget().setBuddy(field)  # type: ignore[attr-defined]
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(QLabel(self.tr("Next dates:")))
        box.addWidget(self.preview)
        box.addStretch(1)
        box.addWidget(self.buttons)
        fit_to_screen(self, 520, 420)

    def current_topic(self) -> Topic:
        return self.talks.topic(self.topic.currentData())

    def spec(self) -> str:
        """The chosen rhythm as a recurrence SPEC (once, 3d, 2w, 1m, tue, 2w:tue)."""
        return rule_spec(self.rhythm.currentData(), self.every.value(), self.weekday.currentIndex())

    def values(self) -> tuple[str, str, time, date]:
        """(topic id, rhythm SPEC, time of day, start date) as chosen."""
        at = self.at.time()
        return (
            self.topic.currentData(),
            self.spec(),
            time(at.hour(), at.minute()),
            self.start.date().toPython(),
        )

    def _update(self, *_args: object) -> None:
        unit = self.rhythm.currentData()
        repeating = unit != "once"
        self.every.setEnabled(repeating)
        self.weekday.setVisible(unit == "wd")
        self.every.setMaximum(MAX_INTERVAL["w" if unit == "wd" else unit] if repeating else 1)
        self.every.setMinimum(1)
        words = {"d": self.tr("day(s)"), "w": self.tr("week(s)"), "m": self.tr("month(s)")}
        self.unit.setText(self.tr("week(s) on") if unit == "wd" else words.get(unit, ""))
        self.summary.setText(content(self.current_topic().summary, "talks") if self.topic.count() else "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        topic_id, spec, at, start = self.values()
        try:
            dates = self.talks.preview(self.child, topic_id, spec, at, start)
        except FamilyGuardError as exc:
            self.preview.setText(content(exc.message))
            ok.setEnabled(False)
            return
        self.dates = dates
        self.preview.setText("\n".join(when_text(d, self.talks.tz) for d in dates))
        ok.setEnabled(True)

    def preview_lines(self) -> list[str]:
        return [line for line in self.preview.text().splitlines() if line]

    def _read_guide(self) -> None:
        guide = GuideDialog(self, self.current_topic(), self.child.name, self.age, self.talks.library)
        guide.show()


class NoteDialog(QDialog):
    """Mark a talk as done, with an optional note for the child's talk log."""

    def __init__(self, parent: QWidget | None, child_name: str, topic_title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Talk done"))
        intro = QLabel(
            self.tr("Well done for talking with {name} about “{topic}”.").format(
                name=child_name, topic=topic_title
            )
        )
        intro.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note for the talk log (optional)"))
        self.note.setPlaceholderText(self.tr("What did you talk about? How did it go? (optional)"))
        self.note.setTabChangesFocus(True)
        label = QLabel(self.tr("&Note (optional):"))
        label.setBuddy(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Mark as done"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(label)
        box.addWidget(self.note)
        box.addWidget(buttons)
        self.resize(440, 260)

    def text(self) -> str:
        from familyguard.talks.service import MAX_NOTE

        return self.note.toPlainText().strip()[:MAX_NOTE]


class SnoozeDialog(QDialog):
    """Snooze a talk until a chosen date and time."""

    def __init__(self, parent: QWidget | None, now: datetime) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until…"))
        later = QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute)).addSecs(24 * 3600)
        self.until = QDateTimeEdit(later)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.until.setMinimumDateTime(QDateTime(QDate(now.year, now.month, now.day), QTime(0, 0)))
        self.until.setAccessibleName(self.tr("Remind me again on"))
        label = QLabel(self.tr("&Remind me again on:"))
        label.setBuddy(self.until)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Snooze"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(label)
        box.addWidget(self.until)
        box.addWidget(buttons)

    def value(self) -> datetime:
        """The chosen wall-clock time (naive: read in the talks' zone)."""
        chosen = self.until.dateTime()
        day, at = chosen.date(), chosen.time()
        return datetime(day.year(), day.month(), day.day(), at.hour(), at.minute())
