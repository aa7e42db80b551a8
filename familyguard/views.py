"""Plain-dict views of domain objects: the keys of the CLI's --json contract, shared by every face."""

from __future__ import annotations

from datetime import date
from typing import Any

from familyguard.catalog import AppEntry
from familyguard.domain import AppUse, Child


def child_view(child: Child, today: date) -> dict[str, Any]:
    return {"id": child.id, "name": child.name, "born": child.born.isoformat(), "age": child.age(today)}


def app_use_view(use: AppUse) -> dict[str, Any]:
    view: dict[str, Any] = {
        "app": use.app_id,
        "name": use.name,
        "handle": use.handle,
        "settings": dict(use.settings),
        "added": use.added.isoformat(),
    }
    if use.is_custom:
        view["features"] = list(use.custom_features)
    return view


def catalogue_view(entry: AppEntry, *, full: bool = False) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": entry.id,
        "name": entry.name,
        "min_age": entry.min_age,
        "status": entry.status,
    }
    if full:
        facts = [entry.status_fact, entry.min_age_fact, *entry.features.values()]
        view.update(
            aliases=list(entry.aliases),
            category=entry.category,
            summary=entry.summary,
            features={k: f.value for k, f in entry.features.items()},
            sources=[{"url": url} for url in sorted({f.source for f in facts if f.source})],
            last_verified=entry.last_verified.isoformat(),
        )
    return view
