"""Talks FamilyGuard proposes when a risk appears: an app high on a risk dimension, a warning sign
about a child's contacts, or new contacts nobody has reviewed yet. The parent accepts (a plan is
made) or dismisses them.

Rules: one proposal per topic, age-appropriate, due a few days on; never for a topic the child already
has a live plan for, has an open suggestion for, or had suggested, accepted, dismissed or talked about
in the last QUIET days.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from familyguard.domain import Child, TalkPlan
from familyguard.errors import NotFoundError, UsageError
from familyguard.phrase import mark, phrase, recognise
from familyguard.risk.rules import DIMENSION_LABELS, NEW_CONTACT_TOPICS, SIGNS_PAGE
from familyguard.storage.talks import TalkSuggestion
from familyguard.talks import schedule
from familyguard.talks.library import Topic
from familyguard.talks.recurrence import local_datetime, utc
from familyguard.talks.service import DEFAULT_AT, Talks

if TYPE_CHECKING:
    from familyguard.app import FamilyGuard
    from familyguard.risk.model import ChildRisk, DimensionRisk

SUGGEST_IN = timedelta(days=3)
QUIET = timedelta(days=90)
# why a talk is suggested (the reason is stored in English; the window recognises it to translate it)
HIGH, SIGN, NEW_ONE, NEW_MANY = REASONS = (
    mark("suggestions", "{app} is high on {risk}."),
    mark("suggestions", "A warning sign about the contacts on {app}."),
    mark("suggestions", "{count} new contact on {app} not reviewed yet."),
    mark("suggestions", "{count} new contacts on {app} not reviewed yet."),
)


@dataclass(frozen=True)
class Proposal:
    """A talk worth having, and why."""

    topic: Topic
    reason: str


class Suggestions:
    """Proposes talks from a child's risk and unreviewed contacts; accepts and dismisses them."""

    def __init__(
        self,
        talks: Talks,
        risk: Callable[[Child], ChildRisk],
        new_contacts: Callable[[Child], Mapping[str, int]],
    ) -> None:
        self.talks = talks
        self.repo = talks.repo
        self._risk = risk
        self._new_contacts = new_contacts  # app name -> contacts not yet reviewed

    def suggest(self, child: Child | str) -> list[TalkSuggestion]:
        """Store and return the new suggestions for the child (none that repeat a recent one)."""
        kid = self.talks.child(child)
        now = self.talks.now
        due = local_datetime(now.date() + SUGGEST_IN, DEFAULT_AT, self.talks.tz)
        blocked = self._blocked(kid, now)
        added = []
        for proposal in self.proposals(kid):
            if proposal.topic.id not in blocked:
                blocked.add(proposal.topic.id)
                added.append(self.repo.add_suggestion(kid.id, proposal.topic.id, proposal.reason, now, due))
        return added

    def proposals(self, child: Child) -> Iterator[Proposal]:
        """Every talk the child's risk calls for, most urgent first (may repeat topics)."""
        age = child.age(self.talks.now.date())
        risk = self._risk(child)
        for app in risk.apps:
            for dimension in app.dimensions:
                if dimension.level == "high" and (topic := self._topic_for(dimension, age)):
                    label = DIMENSION_LABELS[dimension.id]
                    yield Proposal(topic, phrase("suggestions", HIGH, app=app.name, risk=label))
        for app in risk.apps:
            for action in app.dimension("stranger_contact").actions:
                topic = self.talks.topic(action.topic)
                if action.where == SIGNS_PAGE and _fits(topic, age):
                    yield Proposal(topic, phrase("suggestions", SIGN, app=app.name))
        for app_name, count in self._new_contacts(child).items():
            fitting = [t for t in map(self.talks.topic, NEW_CONTACT_TOPICS) if _fits(t, age)]
            if count and fitting:
                reason = phrase("suggestions", NEW_ONE if count == 1 else NEW_MANY, count=count, app=app_name)
                yield Proposal(fitting[0], reason)

    def _topic_for(self, dimension: DimensionRisk, age: int) -> Topic | None:
        """The topic the risk engine points to for the dimension, else the library's; for the age."""
        by_id = {t.id: t for t in self.talks.library.topics}
        pointed = [by_id[a.topic] for a in dimension.actions if a.topic in by_id]
        options = [*pointed, *self.talks.library.for_dimension(dimension.id)]
        return next((t for t in options if dimension.id in t.dimensions and _fits(t, age)), None)

    def _blocked(self, child: Child, now: datetime) -> set[str]:
        """Topics not to suggest now: planned, open, or suggested or talked about recently."""
        tz = self.talks.tz
        planned = {p.topic_id for p, s in self.talks.plans(child) if not schedule.finished(p, s, tz)}
        suggested = {
            s.topic_id
            for s in self.repo.suggestions(child.id)
            if s.status == "open" or utc(now) - utc(s.created) < QUIET
        }
        talked = {e.topic_id for e in self.repo.log(child.id) if utc(now) - utc(e.done_at) < QUIET}
        return planned | suggested | talked

    def open(self, child: Child | str | None = None) -> list[TalkSuggestion]:
        """The suggestions waiting for the parent (of one child, or of all), oldest first."""
        child_id = None if child is None else self.talks.child(child).id
        return self.repo.suggestions(child_id, "open")

    def find(self, suggestion_id: int) -> TalkSuggestion:
        """An open suggestion by id; NotFoundError if unknown, UsageError if already answered."""
        found = self.repo.suggestion(suggestion_id)
        if found is None:
            ids = [str(s.id) for s in self.repo.suggestions(status="open")]
            raise NotFoundError(phrase("errors", "talk suggestion"), str(suggestion_id), ids[:3])
        if found.status != "open":
            raise UsageError(
                phrase(
                    "errors",
                    "suggestion {id} is already accepted."
                    if found.status == "accepted"
                    else "suggestion {id} is already dismissed.",
                    id=found.id,
                )
            )
        return found

    def accept(
        self,
        suggestion_id: int,
        every: str = "once",
        at: str | time | None = None,
        start: str | date | None = None,
    ) -> tuple[TalkPlan, list[datetime]]:
        """Plan the suggested talk — by default once, on the suggested day and time — and close it."""
        found = self.find(suggestion_id)
        local = found.due.astimezone(self.talks.tz)
        first = start if start is not None else max(local.date(), self.talks.now.date())
        plan = self.talks.plan(str(found.child_id), found.topic_id, every, at or local.time(), first)
        self.repo.set_suggestion_status(found.id, "accepted")
        return plan

    def dismiss(self, suggestion_id: int) -> TalkSuggestion:
        """Not now: the topic is not suggested again for QUIET days."""
        found = self.find(suggestion_id)
        self.repo.set_suggestion_status(found.id, "dismissed")
        return found


def stored_reason(reason: str) -> str:
    """A suggestion's reason as read back from the database, as the Phrase it was made from (translatable)."""
    return recognise(
        "suggestions", REASONS, reason, {str(label): label for label in DIMENSION_LABELS.values()}
    )


def _fits(topic: Topic, age: int) -> bool:
    return topic.min_age <= age <= topic.max_age


def suggestions_for(fg: FamilyGuard, talks: Talks) -> Suggestions:
    """The suggestions of an open household, over its risk assessment and contacts."""

    def new_contacts(child: Child) -> dict[str, int]:
        counts = fg.contacts.review_counts()
        return {u.name: counts[u.id][0] for u in fg.household.apps.for_child(child.id) if u.id in counts}

    return Suggestions(talks, lambda child: fg.risk.child(child), new_contacts)
