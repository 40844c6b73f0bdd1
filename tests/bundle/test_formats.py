"""Each bundle format reads to the same records."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import pytest

from foresight.bundle import read_bundle, read_bundle_bytes
from foresight.model.records import Bundle
from foresight.model.vocab import EventType, Severity, Sex

from .builders import csv_bytes, events, family, people, workbook_bytes, write_folder, zip_bytes


def summary(bundle: Bundle) -> tuple[object, ...]:
    return (
        [(a.code, a.kind) for a in bundle.agencies],
        [
            (p.agency, p.person_id, p.full_name, p.date_of_birth, p.sex, p.subject)
            for p in bundle.people
        ],
        [
            (e.agency, e.event_id, e.date.earliest, e.date.latest, e.types, e.subjects)
            for e in bundle.events
        ],
    )


@pytest.fixture
def expected(tmp_path: Path) -> tuple[object, ...]:
    return summary(read_bundle(write_folder(tmp_path / "family-a", family())))


def test_folder_reads_records(tmp_path: Path) -> None:
    bundle = read_bundle(write_folder(tmp_path / "family-a", family()))
    assert bundle.name == "family-a"
    assert [p.key for p in bundle.people] == [("CSC", "C1"), ("CSC", "M1"), ("Police", "P-7")]
    child = bundle.people[0]
    assert child.subject and child.sex is Sex.FEMALE
    assert child.date_of_birth is not None and child.date_of_birth.is_exact
    assert child.date_of_birth.earliest == dt.date(2011, 1, 12)
    assert [e.event_id for e in bundle.events][:2] == ["E1", "E2"]
    assert bundle.events[1].date.earliest == dt.date(2011, 1, 1)
    assert bundle.events[1].date.latest == dt.date(2011, 1, 31)
    assert bundle.events[2].types == (EventType.DOMESTIC_ABUSE_INCIDENT,)
    assert [p for p in bundle.problems if p.severity is Severity.ERROR] == []


def test_workbook_file_and_bytes_match_folder(tmp_path: Path, expected: tuple[object, ...]) -> None:
    data = workbook_bytes(family())
    (tmp_path / "family-a.xlsx").write_bytes(data)
    assert summary(read_bundle(tmp_path / "family-a.xlsx")) == expected
    from_bytes = read_bundle_bytes(data, "family-a.xlsx")
    assert from_bytes.name == "family-a"
    assert summary(from_bytes) == expected


@pytest.mark.parametrize("folder", ["", "family-a", "outer/family-a"])
def test_zip_top_level_or_nested_folder(
    tmp_path: Path, expected: tuple[object, ...], folder: str
) -> None:
    data = zip_bytes(family(), folder=folder, extra={"__MACOSX/._people.csv": b"\x00\x05"})
    (tmp_path / "family-a.zip").write_bytes(data)
    assert summary(read_bundle(tmp_path / "family-a.zip")) == expected
    assert summary(read_bundle_bytes(data, "family-a.zip")) == expected


def test_problem_file_in_nested_zip_is_the_file_name() -> None:
    tables = family()
    tables["events"] = events(["CSC", "E1", "sometime", "referral", "C1", ""])
    bundle = read_bundle_bytes(zip_bytes(tables, folder="family-a"), "family-a.zip")
    assert [(p.file, p.row, p.column) for p in bundle.problems if p.severity is Severity.ERROR] == [
        ("events.csv", 2, "date")
    ]


def test_zip_holding_a_workbook(expected: tuple[object, ...]) -> None:
    data = zip_bytes({}, extra={"family-a.xlsx": workbook_bytes(family())})
    assert summary(read_bundle_bytes(data, "upload.zip")) == expected


@pytest.mark.parametrize(
    "names", [("People", "Events"), ("PEOPLE", "EVENTS"), (" people ", "events")]
)
def test_sheet_names_match_like_columns(
    names: tuple[str, str], expected: tuple[object, ...]
) -> None:
    tables = family()
    data = workbook_bytes({names[0]: tables["people"], names[1]: tables["events"]})
    assert summary(read_bundle_bytes(data, "family-a.xlsx")) == expected


def test_file_names_match_like_columns(tmp_path: Path, expected: tuple[object, ...]) -> None:
    tables = family()
    write_folder(
        tmp_path / "family-a", {"People.CSV": tables["people"], "EVENTS.csv": tables["events"]}
    )
    assert summary(read_bundle(tmp_path / "family-a")) == expected


def test_column_names_match_case_spaces_hyphens(tmp_path: Path) -> None:
    header = [
        "Agency",
        "Person-ID",
        "Given Names",
        "FAMILY_NAME",
        "Date of Birth",
        "Sex",
        "Role",
        "Subject",
    ]
    tables = family()
    tables["people"] = people(*tables["people"][1:], header=header)
    bundle = read_bundle(write_folder(tmp_path / "b", tables))
    assert bundle.people[0].given_names == "Amy"
    assert bundle.people[0].date_of_birth is not None
    assert not [p for p in bundle.problems if p.file == "people.csv"]


def test_utf8_bom_is_read(tmp_path: Path, expected: tuple[object, ...]) -> None:
    folder = write_folder(tmp_path / "family-a", family())
    for file in folder.iterdir():
        file.write_bytes(b"\xef\xbb\xbf" + file.read_bytes())
    bundle = read_bundle(folder)
    assert summary(bundle) == expected
    assert not [p for p in bundle.problems if "UTF-8" in p.message]


def test_windows_1252_csv_read_with_one_warning(tmp_path: Path) -> None:
    tables = family()
    tables["people"] = people(
        ["CSC", "C1", "Zoë", "O\u2019Testperson", "12/01/2011", "F", "", "yes"],
        ["CSC", "M1", "Renée", "O\u2019Testperson", "", "F", "mother", ""],
    )
    folder = write_folder(tmp_path / "b", {"events": tables["events"]})
    (folder / "people.csv").write_bytes(csv_bytes(tables["people"], "cp1252"))
    bundle = read_bundle(folder)
    assert [(p.given_names, p.family_name) for p in bundle.people] == [
        ("Zoë", "O\u2019Testperson"),
        ("Renée", "O\u2019Testperson"),
    ]
    warnings = [p for p in bundle.problems if "Windows-1252" in p.message]
    assert [(w.file, w.row, w.column, w.severity) for w in warnings] == [
        ("people.csv", None, None, Severity.WARNING)
    ]


def test_semicolon_separated_csv(tmp_path: Path, expected: tuple[object, ...]) -> None:
    folder = write_folder(tmp_path / "family-a", family())
    text = (folder / "people.csv").read_text().replace(",", ";")
    (folder / "people.csv").write_text(text)
    assert summary(read_bundle(folder)) == expected


def test_workbook_cells_of_every_type(tmp_path: Path) -> None:
    header = ["agency", "person_id", "date_of_birth", "nhs_number", "subject"]
    tables = {
        "people": people(
            ["CSC", 123, dt.datetime(2011, 1, 12, 0, 0), 9434765919, True],
            ["CSC", 45.0, dt.date(1990, 5, 1), None, False],
            header=header,
        ),
        "events": events(
            ["CSC", 7, dt.datetime(2011, 2, 3, 14, 30), "referral", 123, 2.5],
            header=["agency", "event_id", "date", "event_type", "subjects", "details"],
        ),
    }
    bundle = read_bundle_bytes(workbook_bytes(tables), "typed.xlsx")
    child, mother = bundle.people
    assert (child.person_id, mother.person_id) == ("123", "45")
    assert child.date_of_birth is not None and child.date_of_birth.is_exact
    assert child.date_of_birth.earliest == dt.date(2011, 1, 12)
    assert mother.date_of_birth is not None
    assert mother.date_of_birth.earliest == dt.date(1990, 5, 1)
    assert child.nhs_number == "9434765919" and child.subject and not mother.subject
    event = bundle.events[0]
    assert (event.event_id, event.subjects, event.details) == ("7", ("123",), "2.5")
    assert event.date.earliest == event.date.latest == dt.date(2011, 2, 3)
    assert event.time == "14:30"  # the date cell's time fills the blank time column


def test_workbook_time_cell_reads_as_clock_time() -> None:
    header = ["agency", "event_id", "date", "time", "event_type"]
    tables = family()
    tables["events"] = events(
        ["CSC", "E1", dt.date(2011, 2, 3), dt.time(9, 5), "referral"], header=header
    )
    event = read_bundle_bytes(workbook_bytes(tables), "b.xlsx").events[0]
    assert event.time == "09:05"


def test_blank_rows_are_skipped_silently(tmp_path: Path) -> None:
    tables = family()
    rows = list(tables["events"])
    rows.insert(2, ["", "", "", "", "", ""])
    tables["events"] = rows
    bundle = read_bundle(write_folder(tmp_path / "b", tables))
    assert len(bundle.events) == 3
    assert [e.row for e in bundle.events] == [2, 4, 5]
    assert not [p for p in bundle.problems if p.file == "events.csv"]


def test_unknown_sheet_is_reported_not_read() -> None:
    tables = family()
    tables["Notes"] = [["anything"], ["at all"]]
    bundle = read_bundle_bytes(workbook_bytes(tables), "b.xlsx")
    notes = [p for p in bundle.problems if p.file == "Notes"]
    assert [(p.row, p.column, p.severity) for p in notes] == [(None, None, Severity.WARNING)]


def test_workbook_with_a_wrong_recorded_size_reads_every_cell(expected: tuple[object, ...]) -> None:
    source = zipfile.ZipFile(io.BytesIO(workbook_bytes(family())))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:B2"', data)
            target.writestr(info, data)
    assert summary(read_bundle_bytes(out.getvalue(), "family-a.xlsx")) == expected
