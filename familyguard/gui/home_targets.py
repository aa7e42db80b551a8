"""Going where a Family page item points: the child's talks, friends, warning signs or apps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from familyguard.gui.models import ROLE_ITEM
from familyguard.overview_items import signal_key

if TYPE_CHECKING:
    from familyguard.gui.main_window import MainWindow
    from familyguard.overview import Target


def go_to(window: MainWindow, target: Target) -> None:
    """Show the target's page with its child chosen, and on it the talk, app, contacts or signal."""
    if target.page == "talks" and target.child_id is not None:
        window.show_talks_of(target.child_id)
        if target.plan_id is not None:
            window.talks_page.select_plan(target.plan_id)
        return
    if target.child_id is not None:
        window.refresh(select_child=target.child_id)
    if target.page == "friends":
        window.friends.show_friends()
        page = window.friends.page
        page.app_filter.setCurrentIndex(max(0, page.app_filter.findData(target.app_id)))
        page.status_filter.setCurrentIndex(max(0, page.status_filter.findData(target.status)))
    elif target.page == "signals":
        window.friends.show_signals()
        signals = window.friends.signals_page
        model = signals.model
        row = next((r for r in range(model.rowCount()) if signal_key(model.signal(r)) == target.contacts), 0)
        signals.table.selectRow(row)
    else:
        window.show_children_page()
        model = window.apps_model
        row = next(
            (r for r in range(model.rowCount()) if model.index(r, 0).data(ROLE_ITEM).app_id == target.app_id),
            0,
        )
        window.apps_view.selectRow(row)
