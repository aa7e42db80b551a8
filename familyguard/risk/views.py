"""Plain-dict views of risk results, in the shapes of the CLI contract (docs/cli.md)."""

from __future__ import annotations

from typing import Any

from .model import Action, AppRisk, ChildRisk, DimensionRisk, Reason


def reason_view(reason: Reason) -> dict[str, Any]:
    """{"text","source","verified","yours"}."""
    return {"text": reason.text, "source": reason.source, "verified": reason.verified, "yours": reason.yours}


def action_view(action: Action) -> dict[str, Any]:
    """{"text","where","topic"}."""
    return {"text": action.text, "where": action.where, "topic": action.topic}


def dimension_view(dimension: DimensionRisk) -> dict[str, Any]:
    """{"id","level","reasons","actions"}."""
    return {
        "id": dimension.id,
        "level": dimension.level,
        "reasons": [reason_view(r) for r in dimension.reasons],
        "actions": [action_view(a) for a in dimension.actions],
    }


def child_risk_view(risk: ChildRisk) -> dict[str, Any]:
    """`risk CHILD --json`: {"child","overall","apps":[{"app","overall","dimensions":[...]}]}."""
    return {
        "child": risk.child_name,
        "overall": risk.overall,
        "apps": [
            {
                "app": app.app_id,
                "overall": app.overall,
                "dimensions": [dimension_view(d) for d in app.dimensions],
            }
            for app in risk.apps
        ],
    }


def app_profile_view(risk: AppRisk) -> list[dict[str, Any]]:
    """The "dimensions" list of `catalog show --json`: [{"id","level","reasons"}]."""
    return [
        {"id": d.id, "level": d.level, "reasons": [reason_view(r) for r in d.reasons]}
        for d in risk.dimensions
    ]
