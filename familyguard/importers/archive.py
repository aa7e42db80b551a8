"""Safe reading of an export (zips, part-zips, a folder or one file) without extracting to disk."""

from __future__ import annotations

import os
import stat
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from familyguard.errors import BadInputError
from familyguard.phrase import phrase

MAX_MEMBERS = 200_000
"""Most entries accepted in one archive or folder."""
MAX_MEMBER_BYTES = 256 * 1024 * 1024
"""Largest uncompressed member (or single file) that is opened."""
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
"""Largest total of uncompressed bytes read from one export."""
MAX_RATIO = 100
"""Highest compression ratio accepted for a member larger than RATIO_CHECK_BYTES."""
RATIO_CHECK_BYTES = 1024 * 1024
SNIFF_BYTES = 512

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError)
_DAMAGED_HINT = phrase("errors", "The download may be incomplete or damaged: download the export again.")
_AS_DELIVERED = phrase("errors", "Use the zip exactly as the app delivered it.")
_TOO_LARGE = phrase(
    "errors",
    "Request the export again with only the friend and follower lists (if the app lets you choose), in JSON.",
)


@dataclass(frozen=True)
class Member:
    """One file of the export: a zip member or a file inside the chosen folder."""

    name: str  # "/"-separated path inside the export
    size: int  # declared uncompressed size
    origin: Path  # the zip or file on disk it comes from
    info: zipfile.ZipInfo | None = None
    archive: zipfile.ZipFile | None = None

    @property
    def suffix(self) -> str:
        """Lower-case suffix including the dot."""
        return PurePosixPath(self.name.lower()).suffix


class ExportTree:
    """All members of an export; `read` enforces the size limits. Use as a context manager."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self.members: list[Member] = []
        self.single_file = False
        self._stack = ExitStack()
        self._read_total = 0
        try:
            self._collect(paths)
        except BaseException:
            self._stack.close()
            raise

    def __enter__(self) -> ExportTree:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()

    def _collect(self, paths: Sequence[Path]) -> None:
        if not paths:
            raise BadInputError(
                phrase("errors", "no file was chosen."),
                hint=phrase("errors", "Choose the export zip or its folder."),
            )
        for path in paths:
            if path.is_dir():
                self.members.extend(_walk_folder(path))
            elif not path.is_file():
                raise BadInputError(
                    phrase("errors", "file not found."),
                    path=path,
                    hint=phrase("errors", "Check the file's name and folder, then choose it again."),
                )
            elif _is_zip(path):
                self.members.extend(self._open_zip(path))
            else:
                self.members.append(Member(path.name, path.stat().st_size, path))
                self.single_file = len(paths) == 1
        if len(self.members) > MAX_MEMBERS:
            raise BadInputError(
                phrase("errors", "the export has more than {count} files.", count=MAX_MEMBERS),
                path=paths[0],
                hint=_TOO_LARGE,
            )

    def _open_zip(self, path: Path) -> list[Member]:
        try:
            archive = self._stack.enter_context(zipfile.ZipFile(path))
            infos = archive.infolist()
        except _ZIP_ERRORS as exc:
            raise BadInputError(
                phrase("errors", "the zip file is damaged or incomplete."), path=path, hint=_DAMAGED_HINT
            ) from exc
        if len(infos) > MAX_MEMBERS:
            raise BadInputError(
                phrase("errors", "the zip holds more than {count} files.", count=MAX_MEMBERS),
                path=path,
                hint=_TOO_LARGE,
            )
        members = []
        for info in infos:
            _check_zip_member(path, info)
            if not info.is_dir():
                members.append(Member(info.filename.replace("\\", "/"), info.file_size, path, info, archive))
        return members

    def read(self, member: Member) -> bytes:
        """The member's bytes, refusing anything over the limits or damaged."""
        where = member.origin
        if member.size > MAX_MEMBER_BYTES:
            raise BadInputError(
                phrase(
                    "errors",
                    "{name} is over {size} MB, too large.",
                    name=member.name,
                    size=MAX_MEMBER_BYTES // 2**20,
                ),
                path=where,
                hint=_TOO_LARGE,
            )
        if member.info is not None:
            packed = max(member.info.compress_size, 1)
            if member.size > RATIO_CHECK_BYTES and member.size / packed > MAX_RATIO:
                raise BadInputError(
                    phrase(
                        "errors",
                        "{name} is compressed suspiciously well (a 'zip bomb'); it was not opened.",
                        name=member.name,
                    ),
                    path=where,
                    hint=_AS_DELIVERED,
                )
        if self._read_total + member.size > MAX_TOTAL_BYTES:
            raise BadInputError(
                phrase(
                    "errors",
                    "the files to import add up to more than {size} MB.",
                    size=MAX_TOTAL_BYTES // 2**20,
                ),
                path=where,
                hint=_TOO_LARGE,
            )
        data = self._raw(member, member.size + 1)  # never more than declared (and checked) above
        if len(data) > member.size:
            raise BadInputError(
                phrase("errors", "{name} is larger than it claims to be; it was refused.", name=member.name),
                path=where,
            )
        self._read_total += len(data)
        return data

    def sniff(self, member: Member) -> bytes:
        """The first few bytes of a member, to tell what kind of file it is."""
        return self._raw(member, SNIFF_BYTES)

    def _raw(self, member: Member, limit: int) -> bytes:
        try:
            if member.archive is not None and member.info is not None:
                with member.archive.open(member.info) as stream:
                    return stream.read(limit)
            with member.origin.open("rb") as handle:
                return handle.read(limit)
        except _ZIP_ERRORS as exc:
            raise BadInputError(
                phrase("errors", "{name} could not be read: it is damaged.", name=member.name),
                path=member.origin,
                hint=_DAMAGED_HINT,
            ) from exc


def _is_zip(path: Path) -> bool:
    if path.suffix.lower() == ".zip":
        return True
    with path.open("rb") as handle:
        return handle.read(4) in _ZIP_MAGIC


def _check_zip_member(path: Path, info: zipfile.ZipInfo) -> None:
    name = info.filename.replace("\\", "/")
    parts = PurePosixPath(name).parts
    if name.startswith("/") or (len(name) > 1 and name[1] == ":") or ".." in parts:
        raise BadInputError(
            phrase("errors", "the zip contains an unsafe path ({name}); it was refused.", name=repr(name)),
            path=path,
            hint=_AS_DELIVERED,
        )
    if stat.S_ISLNK(info.external_attr >> 16):
        raise BadInputError(
            phrase("errors", "the zip contains a link ({name}); it was refused.", name=repr(name)),
            path=path,
            hint=_AS_DELIVERED,
        )
    if info.flag_bits & 0x1:
        raise BadInputError(
            phrase("errors", "the zip is password-protected ({name}).", name=repr(name)),
            path=path,
            hint=phrase("errors", "Use the zip exactly as the app delivered it, without adding a password."),
        )


def _walk_folder(root: Path) -> Iterator[Member]:
    count = 0
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs.sort()
        for file_name in sorted(files):
            full = Path(folder, file_name)
            if full.is_symlink():
                continue  # never follow links out of the chosen folder
            count += 1
            if count > MAX_MEMBERS:
                raise BadInputError(
                    phrase("errors", "the folder holds more than {count} files.", count=MAX_MEMBERS),
                    path=root,
                    hint=phrase("errors", "Choose the export's own folder, not a larger one."),
                )
            yield Member(full.relative_to(root).as_posix(), full.stat().st_size, full)
