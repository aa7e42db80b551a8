"""FamilyGuard's contact CSV: BOM, column order, lists, dates and refused rows."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from importer_fixtures import write_folder

from familyguard.errors import BadInputError
from familyguard.importers import LIST_NAMES, read_export
from familyguard.importers.csvfile import COLUMNS


def _csv(tmp_path: Path, text: str, *, bom: bool = True) -> Path:
    raw = ("\ufeff" if bom else "") + text
    return write_folder(tmp_path, {"contacts.csv": raw.encode("utf-8")}) / "contacts.csv"


def test_full_csv_with_bom(tmp_path: Path) -> None:
    text = (
        "name,handle,platform_id,lists,source,since\r\n"
        'Zoë K,@zoe.k,,"friends;followers",added by username,2024-05-01T10:00:00Z\r\n'
        "Bud,bud,1234567890123456789,friends,,2023-01-02\r\n"
        '"Multi\nLine",,,blocked,,\r\n'
        ",,,,,\r\n"
        "No Lists,,,,,\r\n"
    )
    result = read_export([_csv(tmp_path, text)])
    assert result.platform == "csv"
    zoe, bud, multi, nolists = result.contacts
    assert (zoe.display_name, zoe.handle, zoe.lists) == (
        "Zoë K",
        "zoe.k",
        frozenset({"friends", "followers"}),
    )
    assert zoe.source == "added by username" and zoe.since == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert bud.platform_id == "1234567890123456789" and bud.since == datetime(2023, 1, 2, tzinfo=UTC)
    assert multi.display_name == "Multi\nLine"
    assert nolists.lists == frozenset()
    assert result.list_counts == {"friends": 2, "followers": 1, "blocked": 1}


def test_columns_in_any_order_and_subset(tmp_path: Path) -> None:
    result = read_export([_csv(tmp_path, "lists,name\nfollowing,Ann\n", bom=False)])
    assert result.contacts[0].display_name == "Ann" and result.contacts[0].lists == {"following"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("Ann,ann,,friends,,\nBen,ben\n", "line 3: expected 6 cells, found 2"),
        ("Ann,ann,,friends;pals,,\n", "line 2: unknown list 'pals'"),
        ("Ann,ann,,friends,,yesterday\n", "line 2: 'yesterday' is not a date"),
        (",,,friends,,\n", "line 2: a contact needs a name"),
        ('"Ann\nSmith",ann,,friends,,\nBen,ben,,nope,,\n', "line 4: unknown list 'nope'"),
    ],
)
def test_bad_rows_name_the_line(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(BadInputError, match=message) as caught:
        read_export([_csv(tmp_path, ",".join(COLUMNS) + "\n" + body)], app="csv")
    assert "lists are separated by ';'" in caught.value.hint


def test_header_must_be_known(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="line 1: the header"):
        read_export([_csv(tmp_path, "name,age\nAnn,12\n")], app="csv")
    with pytest.raises(BadInputError, match="line 1: the header"):
        read_export([_csv(tmp_path, "first,last\nAnn,Lee\n")])
    with pytest.raises(BadInputError, match="does not look like"):
        read_export([write_folder(tmp_path, {"notes.txt": "first,last\nAnn,Lee\n"}) / "notes.txt"])


def test_unreadable_row_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="line 3: the row cannot be read"):
        read_export([_csv(tmp_path, "name,lists\nAnn,friends\n" + "x" * 200_000 + ",friends\n")])


def test_every_documented_list_name_is_accepted(tmp_path: Path) -> None:
    body = "".join(f"P{i},,,{name},,\n" for i, name in enumerate(LIST_NAMES))
    result = read_export([_csv(tmp_path, "name,handle,platform_id,lists,source,since\n" + body)])
    assert set(result.list_counts) == set(LIST_NAMES)


def test_list_names_in_any_case_and_with_spaces(tmp_path: Path) -> None:
    result = read_export([_csv(tmp_path, 'name,lists\nAnn,"Close friends; Followers"\nBen,REQUESTS-SENT\n')])
    ann, ben = result.contacts
    assert ann.lists == {"close_friends", "followers"} and ben.lists == {"requests_sent"}


def test_unknown_list_hint_names_the_valid_lists(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="line 2: unknown list 'Pals'") as caught:
        read_export([_csv(tmp_path, "name,lists\nAnn,Friends;Pals\n")])
    assert "friends, followers, following" in caught.value.hint and "close_friends" in caught.value.hint


def test_unknown_column_is_named(tmp_path: Path) -> None:
    with pytest.raises(
        BadInputError, match=r"contacts\.csv, line 1: the header has an unknown column 'notes'"
    ) as caught:
        read_export([_csv(tmp_path, "name,handle,notes\nAnn,ann,likes horses\n")])
    assert "name,handle,platform_id,lists,source,since" in caught.value.hint
    with pytest.raises(BadInputError, match="unknown columns 'age', 'school'"):
        read_export([_csv(tmp_path, "name,age,school\nAnn,12,Oak\n")])
    with pytest.raises(BadInputError, match="line 1: the header has no name column"):
        read_export([_csv(tmp_path, "handle,lists\nann,friends\n")])


def test_semicolon_separated_file_is_read(tmp_path: Path) -> None:
    """What spreadsheet programs save as CSV in many European locales."""
    text = 'Name;Handle;Lists;Since\r\nLee, Ann;ann;"friends;Close friends";2024-05-01\r\nBen;ben;;\r\n'
    result = read_export([_csv(tmp_path, text)])
    ann, ben = result.contacts
    assert (ann.display_name, ann.handle, ann.lists) == ("Lee, Ann", "ann", {"friends", "close_friends"})
    assert ann.since == datetime(2024, 5, 1, tzinfo=UTC) and ben.handle == "ben"


def test_app_column_names_the_app(tmp_path: Path) -> None:
    result = read_export([_csv(tmp_path, "name,app\nAnn,Instagram\nBen,\nCy,instagram\n")])
    assert result.platform == "instagram" and len(result.contacts) == 3
    assert read_export([_csv(tmp_path, "name,app\nAnn,\n")]).platform == "csv"


def test_several_apps_in_one_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match=r"several apps \(instagram, tiktok\)") as caught:
        read_export([_csv(tmp_path, "name,app\nAnn,instagram\nBen,tiktok\n")])
    assert "contacts.csv" in caught.value.message and "--app" in caught.value.hint


def test_empty_columns_a_spreadsheet_left_after_the_last_are_skipped(tmp_path: Path) -> None:
    result = read_export([_csv(tmp_path, "Name;Handle;;\r\nAnn;ann;;\r\nBo;bo;;\r\n")])
    assert [(c.display_name, c.handle) for c in result.contacts] == [("Ann", "ann"), ("Bo", "bo")]
    with pytest.raises(
        BadInputError, match=r"contacts\.csv, line 3: a cell under an empty header cell"
    ) as caught:
        read_export([_csv(tmp_path, "name,handle,,\nAnn,ann,,\nBo,bo,,likes horses\n")])
    assert "Known columns: name,handle" in caught.value.hint


def test_each_row_is_one_person_even_when_two_share_a_name(tmp_path: Path) -> None:
    text = "name,handle,lists\nBob,,friends\nBob,,followers\nBob,,friends;followers\n"
    result = read_export([_csv(tmp_path, text)])
    assert [(c.display_name, sorted(c.lists)) for c in result.contacts] == [
        ("Bob", ["friends"]),
        ("Bob", ["followers"]),
        ("Bob", ["followers", "friends"]),
    ]
    assert result.list_counts == {"friends": 2, "followers": 2}
