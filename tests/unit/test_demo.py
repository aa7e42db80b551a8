"""The demo household: friend lists imported over time, an old import, and a scaled copy for benchmarks."""

from __future__ import annotations

from datetime import timedelta

from familyguard.app import FamilyGuard
from familyguard.demo import populate


def test_every_imported_list_has_snapshots_over_time_and_a_diff(fg: FamilyGuard) -> None:
    populate(fg)
    for child in fg.household.children.all():
        for use in fg.household.apps.for_child(child.id):
            if fg.contacts.for_app_use(use.id):
                assert len(fg.contacts.snapshots(use.id)) >= 2, (child.name, use.name)
    ella = fg.household.find_child("Ella")
    snapchat = fg.household.find_app_use(ella, "snapchat")
    diff = fg.ledger.diff(snapchat)
    contacts = {c.id: c for c in fg.contacts.for_app_use(snapchat.id)}
    assert [contacts[i].display_name for i in diff["added"]] == ["Jay"]
    assert [contacts[i].display_name for i in diff["removed"]] == ["Tom"] and contacts[
        diff["removed"][0]
    ].removed
    assert [contacts[i].display_name for i in diff["renamed"]] == ["Lena"]
    instagram = fg.household.find_app_use(ella, "instagram")
    assert fg.clock.now() - fg.contacts.snapshots(instagram.id)[-1].taken_at == timedelta(days=90)
    new = [c.handle for c, _ in fg.ledger.listed(ella, new=True)]
    assert sorted(new) == ["ellas_biggest_fan", "top.models.casting"]


def test_a_scaled_demo_is_independent_families(fg: FamilyGuard) -> None:
    populate(fg, copies=2)
    assert sorted(c.name for c in fg.household.children.all()) == [
        "Ella",
        "Ella 2",
        "Leo",
        "Leo 2",
        "Mia",
        "Mia 2",
    ]
    shared = [s for s in fg.ledger.signals() if s.kind == "shared_between_children"]
    assert sorted(s.children for s in shared) == [["Leo", "Mia"], ["Leo 2", "Mia 2"]]
