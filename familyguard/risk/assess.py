"""Turn catalogue facts, a child's age, recorded settings and contacts into explained risk levels."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from familyguard.catalog import AppEntry, Catalogue
from familyguard.domain import AppUse, Child
from familyguard.domain.app_settings import SETTING_LABELS
from familyguard.domain.dimensions import DIMENSIONS
from familyguard.phrase import Phrase, phrase, verbatim

from . import rules
from .evidence import (
    GENERIC,
    MINOR,
    UNDER_AGE,
    Evidence,
    apply_corrections,
    catalogue_evidence,
    custom_evidence,
)
from .model import (
    LEVELS,
    LOW,
    NONE,
    Action,
    AppRisk,
    ChildRisk,
    ContactSummary,
    Correction,
    DimensionRisk,
    Reason,
    clamp,
    rank,
)
from .topics import topic_for

ADULT_AGE = 18
MAX_NEXT_STEPS = 8
FRIENDS_PAGE = phrase("risk", "FamilyGuard › Friends")

Base = tuple[tuple[str, int, tuple[Reason, ...]], ...]  # (dimension, level, reasons) in DIMENSIONS order
_FED_BY = {
    d: [(f, lvl) for f, feeds in rules.FEEDS.items() for dim, lvl in feeds if dim == d] for d in DIMENSIONS
}
_BASE: dict[tuple[int, str], tuple[AppEntry, Base]] = {}
_BASE_LIMIT = 1024


@dataclass
class _Draft:
    """A dimension while the child's rules adjust it; actions are (text, where, topic preferences)."""

    level: int
    reasons: list[Reason]
    actions: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)


def app_profile(entry: AppEntry, corrections: Mapping[str, Correction] | None = None) -> AppRisk:
    """The app's own profile for a child of unknown age: its features, no child adjustments."""
    base = (
        _base(entry, GENERIC)
        if not corrections
        else _profile(
            apply_corrections(entry, catalogue_evidence(entry, GENERIC), corrections), {}, entry.name
        )
    )
    drafts = {d: _Draft(level, list(reasons)) for d, level, reasons in base}
    _setting_rules(drafts, {}, entry, entry.name)
    return _finish(entry.id, entry.name, drafts, None)


def assess_use(
    use: AppUse,
    entry: AppEntry | None,
    age: int,
    contacts: ContactSummary | None = None,
    corrections: Mapping[str, Correction] | None = None,
) -> AppRisk:
    """A child's app, adjusted for their age, recorded settings and contacts (entry None: a custom app)."""
    if entry is None:
        features, present = custom_evidence(use)
        base = _profile(features, present, use.name, custom=True)
        name = use.name
    else:
        name = entry.name
        mode = GENERIC if age >= ADULT_AGE else UNDER_AGE if age < entry.min_age else MINOR
        base = (
            _base(entry, mode)
            if not corrections
            else _profile(apply_corrections(entry, catalogue_evidence(entry, mode), corrections), {}, name)
        )
    drafts = {d: _Draft(level, list(reasons)) for d, level, reasons in base}
    if entry is not None and age < ADULT_AGE:
        _age_rules(drafts["stranger_contact"], entry, age)
    _setting_rules(drafts, use.settings, entry, name)
    if contacts is not None:
        _contact_rules(drafts["stranger_contact"], contacts, name)
    return _finish(use.app_id, name, drafts, age)


def assess_child(
    child: Child,
    uses: list[AppUse],
    catalogue: Catalogue,
    today: date,
    contacts: Mapping[int, ContactSummary] | None = None,
    corrections: Mapping[str, Mapping[str, Correction]] | None = None,
) -> ChildRisk:
    """All of a child's apps, highest risk first, with the top few things to do next.

    `contacts` is keyed by app use id, `corrections` by catalogue app id.
    """
    age = child.age(today)
    contacts, corrections = contacts or {}, corrections or {}
    risks = []
    for use in uses:
        entry = None if use.is_custom else catalogue.find(use.app_id)
        fixes = corrections.get(entry.id) if entry is not None else None
        risks.append(assess_use(use, entry, age, contacts.get(use.id), fixes))
    risks.sort(key=lambda r: (-rank(r.overall), r.name.casefold()))
    overall = max((r.overall for r in risks), key=rank, default=LEVELS[NONE])
    return ChildRisk(child.id, child.name, overall, tuple(risks), _next_steps(risks))


def _next_steps(risks: list[AppRisk]) -> tuple[Action, ...]:
    """Actions across apps, the highest levels first, then each dimension's own order; no repeated text."""
    ranked = [
        (-rank(dim.level), position, action)
        for risk in risks
        for dim in risk.dimensions
        for position, action in enumerate(dim.actions)
    ]
    ranked.sort(key=lambda item: item[:2])
    steps: dict[str, Action] = {}
    for _, _, action in ranked:
        steps.setdefault(action.text, action)
    return tuple(steps.values())[:MAX_NEXT_STEPS]


def _base(entry: AppEntry, mode: str) -> Base:
    """The app's profile before child adjustments, computed once per entry and mode."""
    key = (id(entry), mode)
    hit = _BASE.get(key)
    if hit is None or hit[0] is not entry:
        if len(_BASE) >= _BASE_LIMIT:
            _BASE.clear()
        hit = _BASE[key] = (entry, _profile(catalogue_evidence(entry, mode), {}, entry.name))
    return hit[1]


def _profile(
    evidence: Mapping[str, Evidence], present: Mapping[str, Reason], name: str, *, custom: bool = False
) -> Base:
    """Apply the feature rules and boosts (rules 1 and 2) to every dimension."""
    result = []
    for dimension in DIMENSIONS:
        known: list[tuple[int, Reason]] = []
        unknown: list[Reason] = []
        absent: list[Reason] = []
        for feature, level in _FED_BY[dimension]:
            ev = evidence.get(feature)
            if ev is None:
                continue
            if ev.value == "yes":
                known.append((level, ev.reason))
            elif ev.value == "partial":
                known.append((max(LOW, level - 1), ev.reason))
            else:
                (unknown if ev.value == "unknown" else absent).append(ev.reason)
        if dimension in present:
            known.append((rules.PRESENT[dimension], present[dimension]))
        known.sort(key=lambda item: -item[0])
        if known:
            level, reasons = known[0][0], list(dict.fromkeys(reason for _, reason in known))
            for boost in rules.BOOSTS:
                trigger = evidence.get(boost.feature)
                if (
                    boost.dimension == dimension
                    and trigger
                    and trigger.value == "yes"
                    and level < boost.level
                ):
                    level = boost.level
                    reasons.insert(0, Reason(boost.text, trigger.reason.source, trigger.reason.verified))
        elif unknown:
            level, reasons = LOW, unknown
        else:
            level, reasons = NONE, absent
            if custom:
                label = rules.DIMENSION_LABELS[dimension]
                text = phrase("risk", "You did not tick {label} for {app}.", label=label, app=name)
                reasons = [Reason(text, yours=True)]
        result.append((dimension, level, tuple(reasons)))
    return tuple(result)


def _age_rules(draft: _Draft, entry: AppEntry, age: int) -> None:
    """Rule 3: below the minimum age, stranger contact goes up; an unknown minimum age is said."""
    fact = entry.min_age_fact
    if fact.value == "unknown":
        text = phrase(
            "risk",
            "The minimum age for {app} is not known; its app store age rating is a good guide.",
            app=entry.name,
        )
        draft.reasons.append(Reason(text, fact.source, fact.verified))
    elif age < entry.min_age:
        draft.level = clamp(draft.level + rules.UNDER_AGE_STEPS)
        text = phrase(
            "risk",
            "Your child is {age}, younger than {app}'s minimum age of {min_age}. Such accounts are usually"
            " made with an older birth date, so protections for young users may be off.",
            age=age,
            app=entry.name,
            min_age=entry.min_age,
        )
        draft.reasons.insert(0, Reason(text, fact.source, fact.verified))
        advice = phrase(
            "risk",
            "Decide together whether {app} is right before age {min_age}.",
            app=entry.name,
            min_age=entry.min_age,
        )
        draft.actions.insert(0, (advice, "", rules.UNDER_AGE_TOPICS))


def _setting_rules(
    drafts: dict[str, _Draft], settings: Mapping[str, str], entry: AppEntry | None, name: str
) -> None:
    """Rule 4: safe recorded settings lower what they protect; others give an action."""
    for rule in rules.SETTING_RULES:
        value = settings.get(rule.key)
        steps = rule.safe.get(value, 0) if value else 0
        known = entry.settings.get(rule.key) if entry is not None else None
        recorded = None
        if value:
            label, said = verbatim("words", SETTING_LABELS[rule.key]), verbatim("words", value)
            text = phrase(
                "risk",
                "You recorded “{setting}: {value}”, which lowers this."
                if steps
                else "You recorded “{setting}: {value}”.",
                setting=label,
                value=said,
            )
            recorded = Reason(text, yours=True)
        for dimension in rule.protects:
            draft = drafts[dimension]
            if draft.level == NONE:
                continue
            if recorded:
                draft.reasons.append(recorded)
            if steps:
                draft.level = max(rules.SETTING_FLOOR, draft.level - steps)
            elif value or known:
                where = (
                    known.note
                    if known
                    else phrase("risk", "In {app}'s privacy or safety settings.", app=name)
                )
                draft.actions.append((phrase("risk", rule.advice, app=name), where, ()))


def _contact_rules(draft: _Draft, contacts: ContactSummary, name: str) -> None:
    """Rules 5 and 6: unreviewed and flagged contacts, and warning signs, raise stranger contact."""
    reasons: list[Reason] = []
    actions: list[tuple[str, str, tuple[str, ...]]] = []
    if contacts.flagged:
        text = phrase("risk", "You flagged {people} on {app}.", people=_people(contacts.flagged), app=name)
        reasons.append(Reason(text, yours=True))
        advice = phrase(
            "risk",
            "Look at the flagged contacts on {app} together; keep evidence, then block and report.",
            app=name,
        )
        actions.append((advice, FRIENDS_PAGE, rules.FLAGGED_CONTACT_TOPICS))
    if contacts.new:
        text = phrase("risk", "{people} on {app} not reviewed yet.", people=_people(contacts.new), app=name)
        reasons.append(Reason(text, yours=True))
        advice = phrase("risk", "Go through the new contacts on {app} with your child.", app=name)
        actions.append((advice, FRIENDS_PAGE, rules.NEW_CONTACT_TOPICS))
    by_kind: dict[str, list[str]] = {}
    for sign in contacts.signs:
        by_kind.setdefault(sign.kind, []).append(sign.explanation)
    for kind, explanations in by_kind.items():
        label, topics = rules.WARNING_SIGNS[kind]
        more = len(explanations) - 1
        if more:
            text = phrase(
                "risk", "Warning sign: {sign} ({more} more like it.)", sign=explanations[0], more=more
            )
        else:
            text = phrase("risk", "Warning sign: {sign}", sign=explanations[0])
        reasons.append(Reason(text, yours=True))
        advice = phrase(
            "risk",
            "Check the warning sign on {app} ({label}) and talk it through with your child.",
            app=name,
            label=label,
        )
        actions.append((advice, rules.SIGNS_PAGE, topics))
    draft.reasons[:0] = reasons
    draft.actions[:0] = actions
    steps = (
        rules.FLAGGED_CONTACT_STEPS if contacts.flagged else rules.NEW_CONTACT_STEPS if contacts.new else 0
    )
    draft.level = clamp(draft.level + steps + (rules.WARNING_SIGN_STEPS if by_kind else 0))


def _people(count: int) -> Phrase:
    return phrase("risk", "{count} contact" if count == 1 else "{count} contacts", count=count)


def _finish(app_id: str, name: str, drafts: dict[str, _Draft], age: int | None) -> AppRisk:
    """Fix the levels, give every present dimension its actions with a talk topic, and the overall."""
    dimensions = []
    for dimension, draft in drafts.items():
        actions: tuple[Action, ...] = ()
        if draft.level > NONE and draft.actions:
            actions = tuple(
                _action(text, where, topics or rules.TOPICS[dimension], dimension, age)
                for text, where, topics in draft.actions
            )
        elif draft.level > NONE:
            actions = (_talk(dimension, age),)
        dimensions.append(DimensionRisk(dimension, LEVELS[draft.level], tuple(draft.reasons), actions))
    overall = LEVELS[max(draft.level for draft in drafts.values())]
    return AppRisk(app_id, name, overall, tuple(dimensions))


def _action(text: str, where: str, topics: tuple[str, ...], dimension: str, age: int | None) -> Action:
    topic = topic_for(topics, dimension, age)
    title = verbatim("talks", topic.title)
    return Action(text, where or phrase("risk", "FamilyGuard › Talks › {title}", title=title), topic.id)


@functools.cache
def _talk(dimension: str, age: int | None) -> Action:
    """The action of a dimension no setting or contact rule acted on: the talk to have."""
    topic = topic_for(rules.TOPICS[dimension], dimension, age)
    text = phrase("risk", "Talk together: “{title}”.", title=verbatim("talks", topic.title))
    return _action(text, "", (topic.id,), dimension, age)
