"""Opening a bundle: an ``.xlsx`` workbook, a folder of CSV files, or a ``.zip`` of either.

Anything that cannot be opened at all is one :class:`~foresight.errors.BundleError` naming
the file; sizes are bounded so a zip bomb or a huge upload is refused, not unpacked.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path, PurePosixPath

from foresight.bundle.tables import RawTable, make_table, read_csv, table_kind
from foresight.errors import BundleError
from foresight.model.records import Problem
from foresight.model.vocab import Severity

MB = 1024 * 1024
# A bundle is one family's records: a few thousand rows. These bounds are far above that.
MAX_INPUT_BYTES = 50 * MB
MAX_UNPACKED_BYTES = 200 * MB

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
EXPECTED = (
    "expected tables named people and events (optionally relationships and agencies): "
    "sheets of an .xlsx workbook, or people.csv and events.csv in a folder or .zip"
)


@dataclass
class Source:
    """The tables found in one bundle, before their rows are read as records."""

    name: str  # the bundle's name: file or folder name without extension
    label: str  # the file or folder name as the user gave it
    tables: dict[str, RawTable] = field(default_factory=dict)
    found: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    others: list[str] = field(default_factory=list)  # files that are not tables, for messages

    def add(self, label: str, load: Callable[[str], RawTable]) -> None:
        """Record a sheet or file; load it if it is a bundle table not already seen."""
        self.found.append(label)
        kind = table_kind(label)
        if kind is None:
            message = f"'{label}' is not a table of the bundle format: it was not read"
            self.problems.append(Problem(label, None, None, message, Severity.WARNING))
        elif kind in self.tables:
            message = (
                f"a second {kind} table: '{self.tables[kind].label}' was read and "
                f"'{label}' was not; keep one {kind} table"
            )
            self.problems.append(Problem(label, None, None, message, Severity.ERROR))
        else:
            self.tables[kind] = load(kind)

    def check_found(self) -> None:
        if "people" in self.tables or "events" in self.tables:
            return
        found = ", ".join(f"'{f}'" for f in [*self.found, *self.others][:8]) or "nothing"
        raise BundleError(
            f"cannot open {self.label}: it has no people or events table "
            f"(found {found}); {EXPECTED}"
        )


def open_path(path: Path) -> Source:
    """Open a workbook, folder or zip on disk."""
    if path.is_dir():
        return _open_folder(path)
    if not path.is_file():
        raise BundleError(f"cannot open {path}: no such file or folder")
    _check_size(path.name, path.stat().st_size)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise BundleError(f"cannot open {path.name}: {err.strerror or err}") from err
    return open_bytes(data, path.name)


def open_bytes(data: bytes, filename: str) -> Source:
    """Open a workbook or zip held in memory (an upload); ``filename`` gives its kind."""
    label = PurePosixPath(filename.replace("\\", "/")).name or filename
    _check_size(label, len(data))
    if not data:
        raise BundleError(f"cannot open {label}: the file is empty")
    suffix = PurePosixPath(label).suffix.casefold()
    source = Source(PurePosixPath(label).stem, label)
    if suffix in WORKBOOK_SUFFIXES:
        _read_workbook(source, data, label)
    elif suffix == ".zip":
        _read_zip(source, data)
    else:
        raise BundleError(_not_a_bundle(label, suffix))
    source.check_found()
    return source


def _not_a_bundle(label: str, suffix: str) -> str:
    if suffix == ".xls":
        return (
            f"cannot open {label}: it is an old-style .xls workbook; "
            "open it in Excel and save it as .xlsx"
        )
    if suffix == ".csv":
        return (
            f"cannot open {label}: one CSV file is not a bundle; put people.csv and "
            "events.csv in a folder (or a .zip) and open that"
        )
    return f"cannot open {label}: it is not an .xlsx workbook, a folder or a .zip; {EXPECTED}"


def _check_size(label: str, size: int) -> None:
    if size > MAX_INPUT_BYTES:
        raise BundleError(
            f"cannot open {label}: it is {size / MB:.0f} MB, more than the "
            f"{MAX_INPUT_BYTES // MB} MB a bundle may be; split it or remove "
            "what is not about this family"
        )


def _check_unpacked(label: str, archive: zipfile.ZipFile) -> None:
    # Declared sizes bound what zipfile will inflate, so summing them stops a zip bomb.
    total = sum(info.file_size for info in archive.infolist())
    if total > MAX_UNPACKED_BYTES:
        raise BundleError(
            f"cannot open {label}: it unpacks to {total / MB:.0f} MB, more than "
            f"the {MAX_UNPACKED_BYTES // MB} MB a bundle may be"
        )


def _read_workbook(source: Source, data: bytes, label: str) -> None:
    for title, rows in _sheets(data, label):
        source.add(title, partial(make_table, label=title, rows=rows))


def _sheets(data: bytes, label: str) -> list[tuple[str, list[tuple[object, ...]]]]:
    """Each sheet's title and, for the sheets a bundle holds, its rows of values."""
    import openpyxl  # imported here: only workbooks need it

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_unpacked(label, archive)
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheets: list[tuple[str, list[tuple[object, ...]]]] = []
            for sheet in book.worksheets:
                # Exporters often write a wrong size in the sheet: a smaller one would cut
                # columns off, a huge one pad a million empty rows. Read the cells as they are.
                sheet.reset_dimensions()
                wanted = table_kind(sheet.title) is not None
                sheets.append(
                    (sheet.title, list(sheet.iter_rows(values_only=True)) if wanted else [])
                )
            return sheets
        finally:
            book.close()
    except BundleError:
        raise
    except Exception as err:  # a corrupt workbook fails in many ways: all are one error
        raise BundleError(
            f"cannot open {label}: it is not a readable .xlsx workbook ({type(err).__name__}); "
            "it may be damaged, password-protected or another kind of file: "
            "open it in Excel and save it again as .xlsx"
        ) from err


def _read_zip(source: Source, data: bytes) -> None:
    files, book = _unzip(source, data)
    for name, content in files:
        source.add(name, partial(_csv_table, source, content, name=name))
    if book is not None:
        _read_workbook(source, book, source.label)


def _unzip(source: Source, data: bytes) -> tuple[list[tuple[str, bytes]], bytes | None]:
    """The bundle folder's CSV files (name, bytes), or else its one workbook's bytes."""
    label = source.label
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_unpacked(label, archive)
            members = [i for i in archive.infolist() if _wanted(i)]
            csvs = _bundle_folder(label, [i for i in members if _is_csv(i.filename)])
            source.others = [i.filename for i in members if i not in csvs]
            files = [(posixpath.basename(i.filename), archive.read(i)) for i in csvs]
            books = [i for i in members if i.filename.lower().endswith(WORKBOOK_SUFFIXES)]
            book = archive.read(books[0]) if not csvs and len(books) == 1 else None
    except BundleError:
        raise
    except Exception as err:  # zipfile fails on damaged archives in many ways: all are one
        raise BundleError(
            f"cannot open {label}: it is not a readable .zip file "
            f"({type(err).__name__}: {err}); it may be damaged, incomplete or "
            "password-protected"
        ) from err
    return files, book


def _wanted(info: zipfile.ZipInfo) -> bool:
    parts = PurePosixPath(info.filename).parts
    hidden = any(p.startswith((".", "~$")) or p == "__MACOSX" for p in parts)
    return not info.is_dir() and not hidden


def _bundle_folder(label: str, csvs: list[zipfile.ZipInfo]) -> list[zipfile.ZipInfo]:
    """The CSV files of the one folder that holds the bundle (the shallowest with tables)."""
    folders: dict[str, list[zipfile.ZipInfo]] = {}
    for info in csvs:
        folders.setdefault(posixpath.dirname(info.filename), []).append(info)
    with_tables = [
        d
        for d, files in folders.items()
        if any(table_kind(posixpath.basename(f.filename)) for f in files)
    ]
    if not with_tables:
        return [i for d in sorted(folders, key=_depth)[:1] for i in folders[d]]
    shallowest = min(_depth(d) for d in with_tables)
    chosen = sorted(d for d in with_tables if _depth(d) == shallowest)
    if len(chosen) > 1:
        names = ", ".join(f"'{d}'" for d in chosen)
        raise BundleError(
            f"cannot open {label}: it holds more than one bundle folder "
            f"({names}); zip one family's folder at a time"
        )
    return folders[chosen[0]]


def _depth(folder: str) -> int:
    return len(PurePosixPath(folder).parts)


def _is_csv(name: str) -> bool:
    return name.casefold().endswith(".csv")


def _csv_table(source: Source, data: bytes, kind: str, *, name: str) -> RawTable:
    table, problems = read_csv(kind, name, data)
    source.problems.extend(problems)
    return table


def _open_folder(path: Path) -> Source:
    source = Source(path.name, path.name)
    everything = sorted(_folder_files(path))
    files = [f for f in everything if _is_csv(f.name)]
    source.others = [f.name for f in everything if not _is_csv(f.name)]
    total = sum(f.stat().st_size for f in files)
    _check_size(path.name, total)
    for file in files:
        source.add(file.name, partial(_folder_csv, source, file))
    source.check_found()
    return source


def _folder_files(path: Path) -> Iterator[Path]:
    try:
        yield from (f for f in path.iterdir() if f.is_file() and not f.name.startswith("."))
    except OSError as err:
        raise BundleError(f"cannot open {path.name}: {err.strerror or err}") from err


def _folder_csv(source: Source, file: Path, kind: str) -> RawTable:
    try:
        data = file.read_bytes()
    except OSError as err:
        raise BundleError(f"cannot open {file.name}: {err.strerror or err}") from err
    table, problems = read_csv(kind, file.name, data)
    source.problems.extend(problems)
    return table
