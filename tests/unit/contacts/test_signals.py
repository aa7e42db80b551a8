"""Signals: shared accounts, the same person across apps, bursts, stranger requests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from familyguard.contacts.signals import BURST_WINDOW, Signal, find_signals
from familyguard.contacts.similar import Person, find_matches, normalise
from familyguard.domain import AppUse, Child
from familyguard.storage.contacts import LedgerContact

NOW = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)
CHILDREN = {1: Child(1, "Ella", date(2012, 5, 5)), 2: Child(2, "Sam", date(2014, 1, 1))}
USES = {
    10: AppUse(10, 1, "roblox", "Roblox", None),
    11: AppUse(11, 1, "snapchat", "Snapchat", None),
    20: AppUse(20, 2, "roblox", "Roblox", None),
}
_ids = iter(range(1, 10_000))


def person(
    use: int, name: str = "", handle: str | None = None, pid: str | None = None, **kw: object
) -> LedgerContact:
    fields: dict[str, object] = {"lists": frozenset({"friends"}), "status": "new", "relation": "unknown"}
    fields.update(kw)
    return LedgerContact(
        next(_ids), use, name, handle, pid, fields["lists"], fields["relation"], fields["status"], None,  # type: ignore[arg-type]
        fields.get("first_seen", NOW), NOW, None, fields.get("source"), fields.get("since"),  # type: ignore[arg-type]
    )  # fmt: skip


def kinds(contacts: list[LedgerContact]) -> list[str]:
    return [s.kind for s in find_signals(contacts, USES, CHILDREN)]


def test_shared_between_children_by_id_and_handle() -> None:
    signals = find_signals(
        [
            person(10, "X", "Helper99", "777", status="reviewed"),
            person(20, "X", "helper99", status="reviewed"),
        ],
        USES,
        CHILDREN,
    )
    (shared,) = [s for s in signals if s.kind == "shared_between_children"]
    assert shared.children == ["Ella", "Sam"] and shared.apps == ["roblox"]
    assert "Ella and Sam" in shared.explanation


def test_jake_across_apps_matches_with_score_and_fields() -> None:
    a, b = person(10, "Jake", "jake_2009"), person(11, "J", "jake2009")
    (match,) = [s for s in find_signals([a, b], USES, CHILDREN) if s.kind == "same_person_across_apps"]
    assert match.score == 100.0 and match.fields == "handle"
    assert {i.contact.id for i in match.involved} == {a.id, b.id}
    assert "score 100/100" in match.explanation


def test_fuzzy_handle_and_full_name_matches() -> None:
    people = [
        Person(1, "roblox", "xx_darkwolf_77", ""),
        Person(2, "snapchat", "darkwolf_777", ""),
        Person(3, "roblox", "", "Lena Koch"),
        Person(4, "tiktok", "lenakoch", "Koch Lena"),
    ]
    found = {(m.first, m.second): m for m in find_matches(people)}
    assert found[(3, 4)].fields == "name"
    assert normalise("Jake_2009") == "jake2009"
    almost = find_matches([Person(1, "a", "darkwolf777", ""), Person(2, "b", "darkwolf77", "")])
    assert almost and 90 <= almost[0].score < 100


def test_two_emmas_on_two_apps_do_not_match() -> None:
    assert find_matches([Person(1, "roblox", "emma", "Emma"), Person(2, "snapchat", "Emma", "Emma")]) == []
    assert "same_person_across_apps" not in kinds([person(10, "Emma"), person(11, "Emma", "emma")])


def test_known_people_on_both_apps_are_left_out() -> None:
    a = person(10, "Jake", "jake_2009", relation="school")
    b = person(11, "Jake", "jake2009", relation="offline_friend")
    assert "same_person_across_apps" not in kinds([a, b])


def test_burst_of_new_contacts() -> None:
    start = NOW - timedelta(days=30)
    steady = [person(11, f"S{i}", f"steady{i}", since=start - timedelta(days=10 * (i + 1))) for i in range(5)]
    burst = [person(11, f"B{i}", f"burst{i}", since=start + timedelta(hours=i)) for i in range(10)]
    (signal,) = [s for s in find_signals(steady + burst, USES, CHILDREN) if s.kind == "burst_of_new_contacts"]
    assert len(signal.involved) == 10 and "10 people joined Ella's Snapchat" in signal.explanation
    reviewed = [person(11, f"B{i}", f"b{i}", since=start, status="reviewed") for i in range(12)]
    assert "burst_of_new_contacts" not in kinds(reviewed)


def test_first_import_is_not_a_burst() -> None:
    assert "burst_of_new_contacts" not in kinds([person(11, f"N{i}", f"n{i}") for i in range(50)])


def test_stranger_requests_until_reviewed() -> None:
    quick = person(11, "Q", "quick.one", source="Added by Quick Add")
    request = person(11, "R", "req.two", lists=frozenset({"requests_received"}))
    friend = person(11, "F", "friend.3", source="added by username")
    (signal,) = [
        s for s in find_signals([quick, request, friend], USES, CHILDREN) if s.kind == "stranger_request"
    ]
    reasons = {i.contact.id: i.reason for i in signal.involved}
    assert reasons == {quick.id: "added through 'Added by Quick Add'", request.id: "sent a friend request"}
    seen = person(11, "Q", "quick.one", source="Added by Search", status="reviewed")
    assert "stranger_request" not in kinds([seen])


def test_a_look_alike_is_found_among_hundreds_of_similar_handles() -> None:
    crowd = [Person(100 + i, "roblox", f"darkness_{i}", "") for i in range(600)]
    pair = [Person(1, "roblox", "darkwolf_777", ""), Person(2, "snapchat", "DarkWolf77", "")]
    found = {(m.first, m.second) for m in find_matches(crowd + pair)}
    assert (1, 2) in found


def test_a_typo_in_a_handle_without_digits_matches() -> None:
    (match,) = find_matches([Person(1, "roblox", "jakemiller", ""), Person(2, "tiktok", "jake.millr", "")])
    assert match.fields == "handle" and 90 <= match.score < 100


def test_numbers_alone_do_not_make_the_same_person() -> None:
    assert find_matches([Person(1, "roblox", "max1234", ""), Person(2, "tiktok", "max12345", "")]) == []
    assert find_matches([Person(1, "roblox", "max_1234", ""), Person(2, "tiktok", "max1234", "")])


def bursts(contacts: list[LedgerContact]) -> list[Signal]:
    return [s for s in find_signals(contacts, USES, CHILDREN) if s.kind == "burst_of_new_contacts"]


def test_a_burst_counts_people_exactly_the_window_apart_and_no_further() -> None:
    start = NOW - timedelta(days=30)

    def joined_until(last: timedelta) -> list[LedgerContact]:
        return [person(11, f"B{i}", f"b{i}", since=start) for i in range(9)] + [
            person(11, "L", "last", since=start + last)
        ]

    assert len(bursts(joined_until(BURST_WINDOW))) == 1
    assert bursts(joined_until(BURST_WINDOW + timedelta(microseconds=1))) == []


def test_the_earliest_of_the_longest_bursts_is_shown_in_date_then_id_order() -> None:
    start = NOW - timedelta(days=60)
    early = [person(11, f"E{i}", f"e{i}", since=start + timedelta(hours=i % 3)) for i in range(10)]
    late = [person(11, f"L{i}", f"l{i}", since=start + timedelta(days=20)) for i in range(10)]
    (signal,) = bursts(late + early[::-1])
    assert [i.contact.id for i in signal.involved] == [
        c.id for c in sorted(early, key=lambda c: (c.since, c.id))
    ]
    assert f"from {start.date().isoformat()}" in signal.explanation
    longer = [person(11, f"M{i}", f"m{i}", since=start + timedelta(days=21)) for i in range(2)]
    (signal,) = bursts(early + late + longer)
    assert {i.contact.id for i in signal.involved} == {c.id for c in late + longer}


def test_people_without_a_date_join_when_first_seen_after_the_first_import() -> None:
    first_import = NOW - timedelta(days=10)
    everyone = [person(11, f"F{i}", f"f{i}", first_seen=first_import) for i in range(20)]
    later = [person(11, f"N{i}", f"n{i}", first_seen=NOW - timedelta(days=1)) for i in range(10)]
    assert bursts(everyone) == []
    (signal,) = bursts(everyone + later)
    assert [i.contact.id for i in signal.involved] == [c.id for c in later]


def test_a_platform_id_on_two_apps_is_two_accounts() -> None:
    on_snapchat, on_roblox = person(11, "A", "anna.one", "555"), person(20, "B", "bea.two", "555")
    assert "shared_between_children" not in kinds([on_snapchat, on_roblox])


def test_shared_accounts_come_in_the_order_first_met_once_each() -> None:
    zed_ella, amy_ella = person(10, "Z", "zed99"), person(10, "A", "amy77", "1")
    amy_sam, zed_sam = person(20, "A", "AMY77", "1"), person(20, "Z", "ZED99", "2")
    signals = find_signals([zed_ella, amy_ella, amy_sam, zed_sam], USES, CHILDREN)
    shared = [{i.contact.id for i in s.involved} for s in signals if s.kind == "shared_between_children"]
    assert shared == [{zed_ella.id, zed_sam.id}, {amy_ella.id, amy_sam.id}]  # amy: by id and by handle, once


def test_normalise_keeps_only_letters_and_digits() -> None:
    assert normalise("Jake.Miller_2009") == "jakemiller2009"
    assert normalise("jake-miller 2009!") == "jakemiller2009"
    assert normalise("Émile.Zoë") == "emilezoe"


def test_digits_inside_a_handle_alone_do_not_make_the_same_person() -> None:
    assert (
        find_matches([Person(1, "roblox", "ab123456789cd7", ""), Person(2, "tiktok", "ab123456789cd77", "")])
        == []
    )


def test_a_handle_a_few_people_share_matches_each_but_a_crowd_does_not() -> None:
    few = [
        Person(1, "roblox", "jake_2009", ""),
        Person(2, "roblox", "Jake2009", ""),
        Person(3, "tiktok", "jake.2009", ""),
    ]
    assert {(m.first, m.second) for m in find_matches(few)} == {(1, 3), (2, 3)}
    crowd = [Person(i, ("roblox", "tiktok")[i % 2], "jake2009", "") for i in range(13)]
    assert find_matches(crowd) == []
    named = [
        Person(1, "roblox", "", "Jake Miller"),
        Person(2, "tiktok", "jakemiller", ""),
        Person(3, "snapchat", "jake.miller", ""),
    ]
    assert {(m.first, m.second, m.fields) for m in find_matches(named)} == {
        (1, 2, "handle~name"),
        (1, 3, "handle~name"),
        (2, 3, "handle"),
    }
