"""Raw tables: the rows of a sheet or CSV file, each with its spreadsheet row number.

Cells are plain text or, from a workbook, a date; everything else a workbook can hold is
turned into the text a person would read in the cell (``123``, not ``123.0``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from foresight.model.records import Problem
from foresight.model.vocab import Severity

# A cell as read: text (stripped; "" when blank) or a date (or datetime) from a workbook cell.
Cell = str | dt.date

# The tables a bundle may hold, in the order they are read.
TABLE_NAMES = ("agencies", "people", "relationships", "events")


@dataclass(frozen=True)
class RawTable:
    """One table as found: ``label`` is how the user sees it (``events.csv``, sheet ``Events``).

    ``rows`` holds every non-blank row below the header as ``(spreadsheet row, cells)``.
    """

    kind: str
    label: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    header_row: int = 1


def normalise_name(name: str) -> str:
    """A column, sheet or file name as compared: ``Date of-Birth`` -> ``date_of_birth``."""
    return re.sub(r"[\s_\-]+", "_", name.strip().casefold()).strip("_")


def table_kind(name: str) -> str | None:
    """Which bundle table a sheet or file name is, if any (``EVENTS``, ``events.csv``)."""
    stem = re.sub(r"\.csv$", "", name.strip(), flags=re.IGNORECASE)
    kind = normalise_name(stem)
    return kind if kind in TABLE_NAMES else None


def cell_value(value: object) -> Cell:
    """A workbook or CSV value as a :data:`Cell`."""
    if value is None:
        return ""
    if isinstance(value, bool):  # before int: a bool is an int
        return "yes" if value else "no"
    if isinstance(value, dt.date):  # a datetime too: its time can fill an empty time column
        return value
    if isinstance(value, dt.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, float):
        # An id typed as a number comes back as 123.0: show it as the user typed it.
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value).strip()


def cell_text(cell: Cell) -> str:
    """A cell as text; a date cell as ``2011-01-12`` (``2011-01-12 14:30`` with a time)."""
    if isinstance(cell, dt.datetime) and cell.time() != dt.time(0):
        return f"{cell:%Y-%m-%d %H:%M}"
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat()
    return cell.isoformat() if isinstance(cell, dt.date) else cell


def make_table(kind: str, label: str, rows: Iterable[Sequence[object]]) -> RawTable:
    """A :class:`RawTable` from rows of values; the first non-blank row is the header."""
    header: tuple[str, ...] | None = None
    header_row = 1
    body: list[tuple[int, tuple[Cell, ...]]] = []
    for number, values in enumerate(rows, start=1):
        cells = tuple(cell_value(v) for v in values)
        if all(c == "" for c in cells):
            continue  # blank rows are skipped silently
        if header is None:
            header, header_row = tuple(cell_text(c) for c in cells), number
        else:
            body.append((number, cells))
    return RawTable(kind, label, trim(header or ()), tuple(body), header_row)


def trim(header: tuple[str, ...]) -> tuple[str, ...]:
    end = len(header)
    while end and not header[end - 1]:
        end -= 1
    return header[:end]


def decode_csv(data: bytes, label: str) -> tuple[str, list[Problem]]:
    """CSV bytes as text: UTF-8 (with or without BOM), else Windows-1252 with one warning."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), []
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        warning = Problem(
            label,
            None,
            None,
            "the file is not UTF-8: it was read as Windows-1252 (Excel's usual encoding); "
            "check names with accents or curly apostrophes, or save it as 'CSV UTF-8'",
            Severity.WARNING,
        )
        return data.decode("cp1252", errors="replace"), [warning]


def read_csv(kind: str, label: str, data: bytes) -> tuple[RawTable, list[Problem]]:
    """One CSV file as a :class:`RawTable`, with any encoding or syntax problems."""
    text, problems = decode_csv(data, label)
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), dialect=_dialect(text)):
            rows.append(row)
    except csv.Error as err:
        problems.append(
            Problem(
                label,
                len(rows) + 1,
                None,
                f"cannot read the file from this row on ({err}): rows above it were read; "
                "check for an unclosed quotation mark",
            )
        )
    return make_table(kind, label, rows), problems


def _dialect(text: str) -> type[csv.Dialect]:
    # The format is comma-separated, but Excel in some locales saves with semicolons or tabs:
    # read those too rather than seeing one column.
    first = text.split("\n", 1)[0]
    if "," in first:
        return csv.excel
    if "\t" in first:
        return csv.excel_tab
    return _Semicolon if ";" in first else csv.excel


class _Semicolon(csv.excel):
    delimiter = ";"
