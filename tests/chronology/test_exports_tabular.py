"""CSV and XLSX exports read back: every entry found, both sources of a merged row kept."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from tests.chronology.duplicates import duplicates_case

from foresight.chronology import merge_chronology, pseudonymise
from foresight.chronology.columns import ENTRY_COLUMNS, ROW_COLUMNS
from foresight.chronology.export import ExportError, chronology_bytes
from foresight.chronology.export_csv import csv_bytes, glossary_bytes, write_csv
from foresight.chronology.export_xlsx import SHEET, write_xlsx
from foresight.model.case import Case


def _csv_rows(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # BOM, so Excel reads UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_one_line_per_row_every_entry(long_term_case: Case, tmp_path: Path) -> None:
    chron = merge_chronology(long_term_case)
    out = tmp_path / "c.csv"
    write_csv(chron, out)
    rows = _csv_rows(out)
    assert len(rows) == len(chron.rows)
    assert list(rows[0]) == list(ROW_COLUMNS)
    refs = Counter(r for row in rows for r in row["References"].split(", "))
    assert refs == Counter(e.ref for e in long_term_case.events_all)
    for line, row in zip(rows, chron.rows, strict=True):
        assert line["Date"] == row.date_text
        assert all(e.details in line["Entry"] for e in row.entries)


def test_csv_merged_row_holds_both_texts(tmp_path: Path) -> None:
    out = tmp_path / "d.csv"
    write_csv(merge_chronology(duplicates_case()), out)
    first = _csv_rows(out)[0]
    assert first["References"] == "POL:INC1, SCH:N1"
    assert first["Entry"].startswith("POL (3 March 2013): Police called")
    assert "\nSCH (4 March 2013): Operation Encompass" in first["Entry"]
    assert first["Significant"] == "yes"


def test_xlsx_every_entry_filters_frozen_header(long_term_case: Case, tmp_path: Path) -> None:
    chron = merge_chronology(long_term_case, analysis={"POL:OCC/10/03311": "Key incident."})
    out = tmp_path / "c.xlsx"
    write_xlsx(chron, out)
    book = openpyxl.load_workbook(out)
    sheet = book[SHEET]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ENTRY_COLUMNS
    column = {name: i for i, name in enumerate(ENTRY_COLUMNS)}
    body = values[1:]
    assert Counter(v[column["Reference"]] for v in body) == Counter(chron.refs)
    assert len(body) == len(long_term_case.events_all)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:O{len(body) + 1}"
    assert sheet.cell(2, column["Entry"] + 1).alignment.wrap_text
    assert sheet.column_dimensions["H"].width > 50  # the entry column is wide
    by_ref = {v[column["Reference"]]: v for v in body}
    assert by_ref["POL:OCC/10/03311"][column["Analysis"]] == "Key incident."
    for entry in chron.entries:
        assert (by_ref[entry.ref][column["Entry"]] or "") == entry.details
    assert "About" in book.sheetnames


def test_xlsx_merged_entries_share_a_row_number(tmp_path: Path) -> None:
    out = tmp_path / "d.xlsx"
    write_xlsx(merge_chronology(duplicates_case()), out)
    body = list(openpyxl.load_workbook(out)[SHEET].iter_rows(min_row=2, values_only=True))
    assert [(v[0], v[3], v[12]) for v in body[:3]] == [
        ("1", "POL:INC1", "SCH:N1"),
        ("1", "SCH:N1", "POL:INC1"),
        ("2", "SCH:N2", None),
    ]


def test_glossary_csv_is_apart_from_the_chronology() -> None:
    case = duplicates_case()
    public, glossary = pseudonymise(merge_chronology(case), case)
    assert "Ruby" not in csv_bytes(public).decode("utf-8-sig")
    text = glossary_bytes(glossary).decode("utf-8-sig")
    assert "Child 1,POL:C1,Ruby Quillfeather" in text


def test_bytes_for_a_download_match_the_files(tmp_path: Path) -> None:
    chron = merge_chronology(duplicates_case())
    assert chronology_bytes(chron, "csv", case_reference="Q", title="T") == csv_bytes(chron)
    data = chronology_bytes(chron, "xlsx", case_reference="Q", title="T")
    (tmp_path / "b.xlsx").write_bytes(data)
    sheet = openpyxl.load_workbook(tmp_path / "b.xlsx")[SHEET]
    assert [r[3] for r in sheet.iter_rows(min_row=2, values_only=True)] == list(chron.refs)
    with pytest.raises(ExportError, match=r"cannot write a chronology as \.odt"):
        chronology_bytes(chron, "odt", case_reference="Q", title="T")
