"""Feature evidence for the rules: catalogue facts with sources, parent's corrections, custom apps."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from familyguard.catalog import FEATURES, AppEntry
from familyguard.catalog.model import FEATURE_VALUES
from familyguard.domain import AppUse
from familyguard.domain.dimensions import DIMENSIONS
from familyguard.phrase import Phrase, phrase, verbatim

from .model import Correction, Reason
from .rules import DIMENSION_LABELS, FEATURE_LABELS

GENERIC, MINOR, UNDER_AGE = "generic", "minor", "under_age"  # which value of a fact counts
_ORDER = {"no": 0, "unknown": 1, "partial": 2, "yes": 3}


@dataclass(frozen=True)
class Evidence:
    """One feature's value as the rules use it, with the reason to show when it counts."""

    value: str
    reason: Reason


def catalogue_evidence(entry: AppEntry, mode: str) -> dict[str, Evidence]:
    """The app's features; MINOR uses each fact's under-18 default, UNDER_AGE says why it does not."""
    found: dict[str, Evidence] = {}
    for feature, fact in entry.features.items():
        value, text = fact.value, None
        if fact.minors_default and fact.minors_default != fact.value:
            if mode == MINOR:
                value = fact.minors_default
                text = phrase(
                    "risk",
                    "{sentence} (the default for under-18 accounts).",
                    sentence=_sentence(entry.name, feature, value),
                )
            elif mode == UNDER_AGE and _ORDER[fact.minors_default] < _ORDER[fact.value]:
                text = phrase(
                    "risk",
                    "{sentence}. The safer under-18 default (“{default}”) is not assumed, because the child"
                    " is younger than the app's minimum age.",
                    sentence=_sentence(entry.name, feature, value),
                    default=fact.minors_default,
                )
        if text is None:
            text = phrase("risk", "{sentence}.", sentence=_sentence(entry.name, feature, value))
        if fact.note:
            text = phrase("risk", "{reason} {note}", reason=text, note=verbatim("catalogue", fact.note))
        found[feature] = Evidence(value, Reason(text, fact.source, fact.verified))
    return found


def apply_corrections(
    entry: AppEntry, evidence: Mapping[str, Evidence], corrections: Mapping[str, Correction]
) -> dict[str, Evidence]:
    """Overlay the parent's corrections on an app's evidence: a corrected feature wins, marked as theirs."""
    result = dict(evidence)
    for feature, correction in corrections.items():
        if feature not in FEATURES or correction.value not in FEATURE_VALUES:
            raise ValueError(f"cannot correct {feature!r} to {correction.value!r}")
        text = phrase(
            "risk", "Your correction: {sentence}.", sentence=_sentence(entry.name, feature, correction.value)
        )
        if correction.note:
            text = phrase("risk", "{reason} Your note: {note}", reason=text, note=correction.note)
        result[feature] = Evidence(correction.value, Reason(text, yours=True))
    return result


def custom_evidence(use: AppUse) -> tuple[dict[str, Evidence], dict[str, Reason]]:
    """A custom app's ticked catalogue features, and the dimensions the parent said it has.

    Names that are neither a feature nor a dimension are ignored (the household checks them on entry).
    """
    features = {
        name: Evidence("yes", Reason(_you_said(use.name, FEATURE_LABELS[name]), yours=True))
        for name in use.custom_features
        if name in FEATURES
    }
    present = {
        name: Reason(_you_said(use.name, DIMENSION_LABELS[name]), yours=True)
        for name in use.custom_features
        if name in DIMENSIONS
    }
    return features, present


def _you_said(app: str, label: Phrase) -> Phrase:
    return phrase("risk", "You said {app} has {label}.", app=app, label=label)


def _sentence(app: str, feature: str, value: str) -> Phrase:
    label = FEATURE_LABELS[feature]
    if value == "yes":
        return phrase("risk", "{app} has {label}", app=app, label=label)
    if value == "partial":
        return phrase("risk", "{app} has {label} in part", app=app, label=label)
    if value == "no":
        return phrase("risk", "{app} has no {label}", app=app, label=label)
    return phrase("risk", "It is not known whether {app} has {label}", app=app, label=label)
