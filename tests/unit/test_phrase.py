"""Phrases: the core's sentences stay plain English strings, carry what the window needs to translate them,
and every one the core makes is collected for the translators (no Qt here)."""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

from familyguard.app import FamilyGuard
from familyguard.demo import populate
from familyguard.domain import FixedClock
from familyguard.gui.i18n_update import core_templates, messages, resource_strings, ts_path
from familyguard.overview import household_overview
from familyguard.phrase import Phrase, and_list, day_and_time, phrase, recognise, short_date, verbatim
from familyguard.risk.views import child_risk_view
from familyguard.talks.service import Talks
from familyguard.talks.suggestions import stored_reason, suggestions_for


def test_a_phrase_is_its_english_text_and_keeps_template_and_params() -> None:
    whose = phrase("overview", "{child}'s {app}", child="Ella", app="Snapchat")
    said = phrase("overview", "{count} contacts on {whose}", count=3, whose=whose)
    assert said == "3 contacts on Ella's Snapchat" and isinstance(said, str)
    assert (said.context, said.template) == ("overview", "{count} contacts on {whose}")
    assert said.params == {"count": 3, "whose": whose} and said.params["whose"].params == {
        "child": "Ella",
        "app": "Snapchat",
    }
    assert json.dumps({"reason": said}) == '{"reason": "3 contacts on Ella\'s Snapchat"}'
    for again in (pickle.loads(pickle.dumps(said)), copy.deepcopy(said)):
        assert again == said and again.params == said.params and isinstance(again, Phrase)


def test_a_verbatim_text_is_never_formatted() -> None:
    note = verbatim("catalogue", "Braces {like this} stay as they are.")
    assert note == "Braces {like this} stay as they are." and note.params is None


def test_lists_and_dates_in_words() -> None:
    assert and_list([]) == "" and and_list(["a"]) == "a"
    assert and_list(["a", "b"]) == "a and b" and and_list(["a", "b", "c"]) == "a, b and c"
    joined = and_list(["a", "b", "c"])
    assert isinstance(joined, Phrase) and joined.template == "{first} and {last}"
    assert short_date(date(2026, 8, 4)) == "04 Aug 2026"
    assert day_and_time(datetime(2026, 11, 22, 19, 5)) == "Sun 22 Nov, 19:05"


def test_a_stored_text_is_recognised_as_the_phrase_it_was_made_from() -> None:
    label = phrase("risk", "gifts and money")
    found = recognise(
        "s", ["{n} new", "{app} is high on {risk}."], "TikTok is high on gifts and money.", {label: label}
    )
    assert isinstance(found, Phrase) and found.template == "{app} is high on {risk}."
    assert found.params == {"app": "TikTok", "risk": label} and found.params["risk"] is label
    assert recognise("s", ["{app} is high on {risk}."], "Something else.", {}) == "Something else."
    reason = stored_reason("3 new contacts on Roblox not reviewed yet.")
    assert isinstance(reason, Phrase) and reason.params == {"count": "3", "app": "Roblox"}


def test_the_extraction_finds_the_core_templates_with_both_plural_forms_and_marked_ones() -> None:
    found = set(core_templates())
    assert {
        ("overview", "{count} contact"),
        ("overview", "{count} contacts"),
        ("risk", "On {app}, make the account private."),
        ("risk", "contact with strangers"),
        ("suggestions", "{app} is high on {risk}."),
        ("words", "{first} and {last}"),
    } <= found
    assert not any(context == "gui" or "QT_" in template for context, template in found)


def _phrases(text: object) -> Iterator[Phrase]:
    if isinstance(text, Phrase):
        yield text
        for value in (text.params or {}).values():
            yield from _phrases(value)


def _texts(view: object) -> Iterator[object]:
    """Every value of a nested view (dicts, lists, dataclass-free)."""
    if isinstance(view, dict):
        for value in view.values():
            yield from _texts(value)
    elif isinstance(view, list | tuple):
        for value in view:
            yield from _texts(value)
    else:
        yield view


def test_every_phrase_the_core_makes_is_in_the_translations(fg: FamilyGuard, clock: FixedClock) -> None:
    """A template the extraction cannot see (not a literal, not marked) would never be translated."""
    populate(fg)
    talks = Talks(fg.talks, fg.household, clock, ZoneInfo("Europe/London"))
    made: list[object] = [item.reason for item in household_overview(fg, talks).items]
    suggestions = suggestions_for(fg, talks)
    for child in fg.household.children.all():
        risk = fg.risk.child(child)
        made += [*_texts(child_risk_view(risk)), *(s.text for s in risk.next_steps)]
        made += [p.reason for p in suggestions.proposals(child)]
    for entry in fg.catalogue.apps:
        profile = fg.risk.app(entry)
        made += [r.text for d in profile.dimensions for r in d.reasons]
    phrases = [p for text in made for p in _phrases(text)]
    assert len({p.template for p in phrases}) > 40, "the household shows many kinds of sentence"
    unmarked = {(p.context, p.template) for p in phrases if p.params is not None} - set(core_templates())
    assert unmarked == set(), "write the template as a literal in phrase(…), or mark(…) it where it is kept"
    known = {(context, message.findtext("source")) for context, message in messages(ts_path("de"))}
    missing = sorted({(p.context, p.template) for p in phrases} - known)
    assert missing == [], "run python -m familyguard.gui.i18n_update"


def test_every_prose_text_of_the_resources_is_in_the_translations_exactly() -> None:
    """lupdate reads back every catalogue and talk text unchanged (quotes, dashes, apostrophes, newlines)."""
    wanted = set(resource_strings())
    assert len(wanted) > 500 and any("’" in text or "–" in text for _, text in wanted)
    found = {
        (context, message.findtext("source") or "")
        for context, message in messages(ts_path("de"))
        if context in ("catalogue", "talks")
    }
    assert found == wanted, "run python -m familyguard.gui.i18n_update after changing the resources"
