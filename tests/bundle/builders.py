"""Small builders for bundles on disk or in memory: CSV folders, workbooks and zips."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl

Rows = Sequence[Sequence[object]]
# Tests edit tables in place, so they are plain lists (of anything a cell may hold).
Tables = dict[str, list[list[Any]]]

PEOPLE_HEADER = [
    "agency",
    "person_id",
    "given_names",
    "family_name",
    "date_of_birth",
    "sex",
    "role",
    "subject",
]
EVENTS_HEADER = ["agency", "event_id", "date", "event_type", "subjects", "details"]


def people(*rows: Sequence[object], header: Sequence[str] = PEOPLE_HEADER) -> list[list[Any]]:
    return [list(header), *(list(r) for r in rows)]


def events(*rows: Sequence[object], header: Sequence[str] = EVENTS_HEADER) -> list[list[Any]]:
    return [list(header), *(list(r) for r in rows)]


def family() -> Tables:
    """A small, valid bundle: one child and her mother known to two agencies."""
    return {
        "people": people(
            ["CSC", "C1", "Amy", "Testperson", "12/01/2011", "F", "", "yes"],
            ["CSC", "M1", "Beth", "Testperson", "c. 1990", "female", "mother", ""],
            ["Police", "P-7", "Beth", "Testperson", "1990", "F", "mother", ""],
        ),
        "events": events(
            ["CSC", "E1", "12/01/2011", "referral", "C1", "Referral from school."],
            ["CSC", "E2", "Jan 2011", "home_visit", "C1", "Seen at home."],
            ["Police", "", "2011-02-03", "domestic_abuse_incident", "", "Call to the home."],
        ),
    }


def csv_bytes(rows: Rows, encoding: str = "utf-8") -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out).writerows([["" if v is None else str(v) for v in row] for row in rows])
    return out.getvalue().encode(encoding)


def write_folder(path: Path, tables: Tables, encoding: str = "utf-8") -> Path:
    """Write each table as ``<name>.csv`` in ``path`` (created)."""
    path.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        file = name if name.lower().endswith(".csv") else f"{name}.csv"
        (path / file).write_bytes(csv_bytes(rows, encoding))
    return path


def workbook_bytes(tables: Tables) -> bytes:
    book = openpyxl.Workbook()
    for sheet in list(book.worksheets):
        book.remove(sheet)
    for name, rows in tables.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_workbook(path: Path, tables: Tables) -> Path:
    path.write_bytes(workbook_bytes(tables))
    return path


def zip_bytes(tables: Tables, folder: str = "", extra: dict[str, bytes] | None = None) -> bytes:
    """A zip holding each table as a CSV file, in ``folder`` if given."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, rows in tables.items():
            file = name if name.lower().endswith(".csv") else f"{name}.csv"
            archive.writestr(f"{folder}/{file}" if folder else file, csv_bytes(rows))
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()
