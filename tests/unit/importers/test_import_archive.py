"""Reading exports safely: zips, part-zips, folders, single files, limits, media, progress, cancel."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest
from importer_fixtures import IG_DIR, ig_classic, instagram_2024, write_folder, write_zip

from familyguard.errors import BadInputError
from familyguard.importers import ImportCancelled, read_export
from familyguard.importers import archive as archive_module

FOLLOWERS = IG_DIR + "followers_1.json"


def _zip_with_info(path: Path, info: zipfile.ZipInfo, data: bytes = b"[]") -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(FOLLOWERS, b"[]")
        archive.writestr(info, data)
    return path


def test_zip_is_read_in_memory_and_media_never_opened(tmp_path: Path) -> None:
    members = instagram_2024(["sam.rivers_09"], ["jo.piano"])
    photo = b"JPEGDATA" * 64
    members["media/posts/202401/photo.jpg"] = photo
    path = write_zip(tmp_path / "instagram-kid-2026-01-01-abc.zip", members, level=zipfile.ZIP_STORED)
    blob = path.read_bytes()
    path.write_bytes(blob.replace(photo, b"X" * len(photo)))  # the photo's CRC no longer matches
    with zipfile.ZipFile(path) as check, pytest.raises(zipfile.BadZipFile):
        check.read("media/posts/202401/photo.jpg")

    result = read_export([path])

    assert result.platform == "instagram"
    assert {c.handle for c in result.contacts} == {"sam.rivers_09", "jo.piano"}
    assert not any(name.endswith((".jpg", ".png", ".mp4")) for name in result.files_read)
    assert FOLLOWERS in result.files_read
    assert "your_instagram_activity/likes/liked_posts.json" not in result.files_read
    assert list(tmp_path.iterdir()) == [path]  # nothing extracted


def test_part_zips_are_read_as_one_export(tmp_path: Path) -> None:
    part1 = write_zip(tmp_path / "part1.zip", {IG_DIR + "followers_1.json": [ig_classic("ana.b")]})
    part2 = write_zip(
        tmp_path / "part2.zip",
        {
            IG_DIR + "followers_2.json": [ig_classic("ben.c")],
            IG_DIR + "following.json": {"relationships_following": [ig_classic("ana.b")]},
        },
    )
    result = read_export([part1, part2])
    assert result.list_counts == {"followers": 2, "following": 1}
    by_handle = {c.handle: c for c in result.contacts}
    assert by_handle["ana.b"].lists == {"followers", "following"}
    assert len(result.files_read) == 3


def test_unzipped_folder_with_wrapper(tmp_path: Path) -> None:
    root = write_folder(
        tmp_path / "export", {"instagram-kid/" + k: v for k, v in instagram_2024(["a.b"], []).items()}
    )
    result = read_export([root])
    assert [c.handle for c in result.contacts] == ["a.b"]
    assert result.files_read == ("instagram-kid/" + FOLLOWERS, "instagram-kid/" + IG_DIR + "following.json")


def test_folder_symlinks_are_not_followed(tmp_path: Path) -> None:
    outside = write_folder(tmp_path / "outside", {"followers_1.json": [ig_classic("secret.one")]})
    root = write_folder(tmp_path / "export", {FOLLOWERS: [ig_classic("a.b")]})
    (root / IG_DIR / "followers_2.json").symlink_to(outside / "followers_1.json")
    result = read_export([root])
    assert [c.handle for c in result.contacts] == ["a.b"]


@pytest.mark.parametrize(
    ("name", "message"),
    [("../evil.json", "unsafe path"), ("/etc/evil.json", "unsafe path"), ("C:/evil.json", "unsafe path")],
)
def test_unsafe_paths_are_refused(tmp_path: Path, name: str, message: str) -> None:
    path = _zip_with_info(tmp_path / "x.zip", zipfile.ZipInfo(name))
    with pytest.raises(BadInputError, match=message):
        read_export([path])


def test_symlink_member_is_refused(tmp_path: Path) -> None:
    info = zipfile.ZipInfo(IG_DIR + "following.json")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = _zip_with_info(tmp_path / "x.zip", info, b"/etc/passwd")
    with pytest.raises(BadInputError, match="link"):
        read_export([path])


def _set_encrypted_flag(path: Path, name: bytes) -> None:
    """Set bit 0 (encrypted) of a member's general-purpose flags in both of its headers."""
    blob = bytearray(path.read_bytes())
    for signature, flag_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        start = blob.find(signature)
        while start != -1:
            if blob[start + name_at : start + name_at + len(name)] == name:
                blob[start + flag_at] |= 0x1
            start = blob.find(signature, start + 4)
    path.write_bytes(bytes(blob))


def test_encrypted_member_is_refused(tmp_path: Path) -> None:
    path = _zip_with_info(tmp_path / "x.zip", zipfile.ZipInfo("media/photo.jpg"), b"\x00" * 12)
    _set_encrypted_flag(path, b"media/photo.jpg")
    with zipfile.ZipFile(path) as check:
        assert check.getinfo("media/photo.jpg").flag_bits & 0x1
    with pytest.raises(BadInputError, match="password"):
        read_export([path])


def test_zip_bomb_by_ratio_is_refused(tmp_path: Path) -> None:
    bomb = b"[" + b" " * (8 * 1024 * 1024) + b"]"
    path = write_zip(tmp_path / "bomb.zip", {FOLLOWERS: bomb})
    with pytest.raises(BadInputError, match="zip bomb"):
        read_export([path])


def test_member_over_the_size_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive_module, "MAX_MEMBER_BYTES", 1000)
    path = write_zip(tmp_path / "x.zip", {FOLLOWERS: [ig_classic(f"user{i}") for i in range(20)]})
    with pytest.raises(BadInputError, match="too large"):
        read_export([path])


def test_single_file_over_the_size_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive_module, "MAX_MEMBER_BYTES", 1000)
    path = write_folder(tmp_path, {"followers_1.json": [ig_classic(f"user{i}") for i in range(20)]})
    with pytest.raises(BadInputError, match="too large"):
        read_export([path / "followers_1.json"])


def test_total_read_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive_module, "MAX_TOTAL_BYTES", 3000)
    members = {
        IG_DIR + f"followers_{n}.json": [ig_classic(f"u{n}_{i}") for i in range(10)] for n in (1, 2, 3)
    }
    path = write_zip(tmp_path / "x.zip", members)
    with pytest.raises(BadInputError, match="add up to more than"):
        read_export([path])


def test_member_count_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive_module, "MAX_MEMBERS", 5)
    path = write_zip(tmp_path / "x.zip", {f"media/{i}.jpg": b"x" for i in range(6)})
    with pytest.raises(BadInputError, match="more than 5 files"):
        read_export([path])


def test_truncated_archive_is_refused(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "x.zip", instagram_2024(["a.b", "c.d"], ["e.f"]))
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(BadInputError, match="damaged or incomplete") as caught:
        read_export([path])
    assert "download the export again" in caught.value.hint


def test_corrupt_member_data_is_refused(tmp_path: Path) -> None:
    content = b'[{"title": "", "string_list_data": [{"value": "aaaaaaaaaa"}]}]'
    path = write_zip(tmp_path / "x.zip", {FOLLOWERS: content}, level=zipfile.ZIP_STORED)
    path.write_bytes(path.read_bytes().replace(b"aaaaaaaaaa", b"bbbbbbbbbb"))
    with pytest.raises(BadInputError, match="damaged"):
        read_export([path])


def test_missing_file_and_empty_selection(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="not found"):
        read_export([tmp_path / "nope.zip"])
    with pytest.raises(BadInputError, match="no file"):
        read_export([])


def test_progress_reports_each_member(tmp_path: Path) -> None:
    members = {IG_DIR + f"followers_{n}.json": [ig_classic(f"u{n}")] for n in (1, 2, 3)}
    calls: list[tuple[int, int]] = []
    read_export(
        [write_zip(tmp_path / "x.zip", members)], progress=lambda done, total: calls.append((done, total))
    )
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_cancel_before_reading(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "x.zip", instagram_2024(["a.b"], []))
    with pytest.raises(ImportCancelled):
        read_export([path], should_cancel=lambda: True)


def test_cancel_is_polled_while_parsing_a_big_file(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "x.zip", {FOLLOWERS: [ig_classic(f"user{i}") for i in range(10_000)]})
    polls: list[int] = []

    def should_cancel() -> bool:
        polls.append(1)
        return len(polls) >= 3  # the member loop polls twice; the third poll is inside parsing

    with pytest.raises(ImportCancelled):
        read_export([path], should_cancel=should_cancel)
    assert len(polls) == 3


def _snapshot(root: Path) -> dict[str, bytes]:
    """Every file under root with its bytes: what a refused import must leave as it was."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _refusal(paths: list[Path], root: Path) -> BadInputError:
    """The refusal of reading paths, checked to have written or changed nothing under root."""
    before = _snapshot(root)
    with pytest.raises(BadInputError) as caught:
        read_export(paths)
    assert _snapshot(root) == before
    return caught.value


TOO_LARGE = "only the friend and follower lists"


def test_a_missing_file_says_to_check_the_path(tmp_path: Path) -> None:
    refusal = _refusal([tmp_path / "nope.zip"], tmp_path)
    assert "nope.zip: file not found." in refusal.message
    assert "Check the file's name and folder" in refusal.hint


def test_a_member_over_the_size_limit_says_to_request_a_smaller_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_module, "MAX_MEMBER_BYTES", 1000)
    path = write_zip(tmp_path / "x.zip", {FOLLOWERS: [ig_classic(f"user{i}") for i in range(20)]})
    single = write_folder(tmp_path / "one", {"followers_1.json": [ig_classic(f"user{i}") for i in range(20)]})
    for paths in ([path], [single / "followers_1.json"]):
        refusal = _refusal(paths, tmp_path)
        assert "too large" in refusal.message and TOO_LARGE in refusal.hint


def test_too_much_to_read_says_to_request_a_smaller_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_module, "MAX_TOTAL_BYTES", 3000)
    members = {
        IG_DIR + f"followers_{n}.json": [ig_classic(f"u{n}_{i}") for i in range(10)] for n in (1, 2, 3)
    }
    refusal = _refusal([write_zip(tmp_path / "x.zip", members)], tmp_path)
    assert "add up to more than" in refusal.message and TOO_LARGE in refusal.hint


def test_too_many_files_say_to_request_a_smaller_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_module, "MAX_MEMBERS", 5)
    one_zip = write_zip(tmp_path / "x.zip", {f"media/{i}.jpg": b"x" for i in range(6)})
    parts = [
        write_zip(tmp_path / f"part{n}.zip", {f"media/{n}_{i}.jpg": b"x" for i in range(3)}) for n in (1, 2)
    ]
    for paths, message in (
        ([one_zip], "the zip holds more than 5 files"),
        (parts, "the export has more than 5"),
    ):
        refusal = _refusal(paths, tmp_path)
        assert message in refusal.message and TOO_LARGE in refusal.hint


def test_a_link_in_the_zip_says_to_use_the_zip_as_delivered(tmp_path: Path) -> None:
    info = zipfile.ZipInfo(IG_DIR + "following.json")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    refusal = _refusal([_zip_with_info(tmp_path / "x.zip", info, b"/etc/passwd")], tmp_path)
    assert "contains a link" in refusal.message
    assert refusal.hint == "Use the zip exactly as the app delivered it."
