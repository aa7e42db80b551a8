"""Warning signs about the children's contacts feed their risk (stranger contact) and suggest a talk."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from familyguard.app import FamilyGuard
from familyguard.risk.rules import SIGNS_PAGE
from familyguard.talks.service import talks_for
from familyguard.talks.suggestions import suggestions_for


def test_a_stranger_on_two_childrens_lists_raises_both_and_suggests_a_talk(fg: FamilyGuard) -> None:
    ella = fg.household.add_child("Ella", date(2012, 5, 5))
    sam = fg.household.add_child("Sam", date(2014, 1, 1))
    for child in (ella, sam):
        fg.ledger.add_contact(child, "snapchat", "Helper", "helper99")
    quiet = fg.household.add_child("Mia", date(2013, 3, 3))
    fg.ledger.add_contact(quiet, "snapchat", "Nina", "nina_2013")
    for child in (ella, sam):
        (snapchat,) = fg.risk.child(child).apps
        stranger = snapchat.dimension("stranger_contact")
        assert any(r.text.startswith("Warning sign: Helper (@helper99)") for r in stranger.reasons)
        assert "Ella and Sam" in next(r.text for r in stranger.reasons if r.text.startswith("Warning sign"))
        assert any(a.where == SIGNS_PAGE for a in stranger.actions)
    (mias,) = fg.risk.child(quiet).apps
    assert not any(r.text.startswith("Warning sign") for r in mias.dimension("stranger_contact").reasons)
    assert fg.risk.child(ella).apps[0].dimension("stranger_contact").level == "high"
    suggestions = suggestions_for(fg, talks_for(fg, ZoneInfo("Europe/London")))
    reasons = {p.reason: p.topic.id for p in suggestions.proposals(ella)}
    assert reasons["A warning sign about the contacts on Snapchat."] == "strangers_online"
