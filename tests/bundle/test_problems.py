"""A bundle that opens with problems: each located by file, row and column; good rows kept."""

from __future__ import annotations

from pathlib import Path

from foresight.bundle import read_bundle, read_bundle_bytes
from foresight.model.records import Bundle, Problem
from foresight.model.vocab import RelationshipKind, Severity

from .builders import Tables, events, family, people, workbook_bytes, write_folder


def read(tmp_path: Path, tables: Tables) -> Bundle:
    return read_bundle(write_folder(tmp_path / "family", tables))


def where(
    problems: tuple[Problem, ...] | list[Problem], severity: Severity | None = None
) -> list[tuple[str, int | None, str | None]]:
    return [
        (p.file, p.row, p.column) for p in problems if severity is None or p.severity is severity
    ]


def test_missing_required_column_makes_every_row_a_problem(tmp_path: Path) -> None:
    tables = family()
    tables["events"] = events(
        ["CSC", "E1", "referral"],
        ["CSC", "E2", "home_visit"],
        header=["agency", "event_id", "event_type"],
    )
    bundle = read(tmp_path, tables)
    assert bundle.events == ()
    assert len(bundle.people) == 3  # the other tables are still read
    missing = [p for p in bundle.problems if p.file == "events.csv"]
    assert where(missing) == [("events.csv", 2, "date"), ("events.csv", 3, "date")]
    assert all(p.severity is Severity.ERROR and "not imported" in p.message for p in missing)


def test_two_missing_required_columns_are_named_once_per_row(tmp_path: Path) -> None:
    tables = family()
    tables["people"] = people(["C1", "Amy"], header=["person", "given_names"])
    bundle = read(tmp_path, tables)
    problems = [p for p in bundle.problems if p.file == "people.csv"]
    assert where(problems) == [("people.csv", 2, "agency")]
    assert "'agency' and 'person_id' columns" in problems[0].message


def test_unreadable_optional_date_keeps_the_row(tmp_path: Path) -> None:
    tables = family()
    tables["people"] = people(["CSC", "C1", "Amy", "Testperson", "31/02/2011", "F", "", "yes"])
    bundle = read(tmp_path, tables)
    child = bundle.people[0]
    assert child.date_of_birth is None and child.given_names == "Amy"
    assert ("date_of_birth", "31/02/2011") in child.extra
    assert where(bundle.problems, Severity.ERROR) == [("people.csv", 2, "date_of_birth")]


def test_unreadable_event_date_drops_only_that_row(tmp_path: Path) -> None:
    tables = family()
    tables["events"] = events(
        ["CSC", "E1", "the week after", "referral", "C1", ""],
        ["CSC", "E2", "", "home_visit", "C1", ""],
        ["CSC", "E3", "3 March 2012", "home_visit", "C1", ""],
    )
    bundle = read(tmp_path, tables)
    assert [e.event_id for e in bundle.events] == ["E3"]
    errors = [p for p in bundle.problems if p.severity is Severity.ERROR]
    assert where(errors) == [("events.csv", 2, "date"), ("events.csv", 3, "date")]
    assert all("not imported" in p.message and "Jan 2011" in p.message for p in errors)
    assert "the week after" in errors[0].message


def test_problem_column_is_the_header_as_written(tmp_path: Path) -> None:
    tables = family()
    tables["people"] = people(
        ["CSC", "C1", "someday", "yes"], header=["Agency", "Person ID", "Date of Birth", "Subject"]
    )
    bundle = read(tmp_path, tables)
    assert where(bundle.problems, Severity.ERROR) == [("people.csv", 2, "Date of Birth")]


def test_workbook_problems_name_the_sheet() -> None:
    tables = family()
    tables = {"People": tables["people"], "Events": events(["CSC", "E1", "x", "", "C1", ""])}
    bundle = read_bundle_bytes(workbook_bytes(tables), "family.xlsx")
    assert where(bundle.problems, Severity.ERROR) == [("Events", 2, "date")]


def test_unknown_person_ids_are_named_with_their_row(tmp_path: Path) -> None:
    tables = family()
    tables["events"] = events(
        ["CSC", "E1", "2011", "referral", "C1;C9", ""],
        ["CSC", "E2", "2011", "home_visit", "P-7", ""],
        header=["agency", "event_id", "date", "event_type", "subjects", "people"],
    )
    tables["events"][1][5] = "M1;X2"
    tables["relationships"] = [
        ["agency", "person_id", "relationship", "other_person_id"],
        ["CSC", "M1", "parent", "C1"],
        ["CSC", "M2", "parent", "C1"],
    ]
    bundle = read(tmp_path, tables)
    assert where(bundle.problems, Severity.ERROR) == [
        ("relationships.csv", 3, "person_id"),
        ("events.csv", 2, "subjects"),
        ("events.csv", 2, "people"),
        ("events.csv", 3, "subjects"),
    ]
    messages = [p.message for p in bundle.problems if p.severity is Severity.ERROR]
    assert "'M2'" in messages[0] and "'C9'" in messages[1] and "'X2'" in messages[2]
    assert "'P-7'" in messages[3]  # P-7 is Police's, not CSC's
    assert bundle.events[0].subjects == ("C1", "C9")  # kept as written
    assert [(r.person_id, r.kind, r.other_person_id) for r in bundle.relationships] == [
        ("M1", RelationshipKind.PARENT, "C1")
    ]


def test_duplicate_person_id_keeps_the_first(tmp_path: Path) -> None:
    tables = family()
    tables["people"] = people(
        ["CSC", "C1", "Amy", "", "", "", "", "yes"],
        ["CSC", "C1", "Amelia", "", "", "", "", ""],
        ["Police", "C1", "Amy", "", "", "", "", ""],
    )
    bundle = read(tmp_path, tables)
    assert [(p.agency, p.given_names) for p in bundle.people] == [("CSC", "Amy"), ("Police", "Amy")]
    assert where(bundle.problems, Severity.ERROR) == [("people.csv", 3, "person_id")]
    assert "row 2" in bundle.problems[0].message


def test_unknown_columns_kept_and_warned_once(tmp_path: Path) -> None:
    tables = family()
    header = [*tables["people"][0], "Hair colour"]
    rows = [
        [*row, colour]
        for row, colour in zip(tables["people"][1:], ["brown", "", "red"], strict=True)
    ]
    tables["people"] = people(*rows, header=header)
    bundle = read(tmp_path, tables)
    assert [p.extra for p in bundle.people] == [
        (("Hair colour", "brown"),),
        (),
        (("Hair colour", "red"),),
    ]
    assert where(bundle.problems, Severity.WARNING)[:1] == [("people.csv", 1, "Hair colour")]
    assert len([p for p in bundle.problems if p.column == "Hair colour"]) == 1


def test_repeated_column_reads_the_first(tmp_path: Path) -> None:
    tables = family()
    tables["events"] = events(
        ["CSC", "E1", "2011", "referral", "first", "second"],
        header=["agency", "event_id", "date", "event_type", "details", "Details"],
    )
    bundle = read(tmp_path, tables)
    assert bundle.events[0].details == "first"
    assert bundle.events[0].extra == (("Details", "second"),)
    assert [p.column for p in bundle.problems if p.file == "events.csv"] == ["Details"]


def test_empty_table_is_an_error(tmp_path: Path) -> None:
    tables = family()
    tables["events"] = [["agency", "date"]]
    bundle = read(tmp_path, tables)
    assert where(bundle.problems, Severity.ERROR) == [("events.csv", None, None)]
    assert "no rows" in bundle.problems[0].message


def test_no_people_table_is_an_error(tmp_path: Path) -> None:
    bundle = read(tmp_path, {"events": family()["events"]})
    assert len(bundle.events) == 3
    assert where(bundle.problems, Severity.ERROR) == [("family", None, None)]
    assert "no people table" in bundle.problems[0].message
    # with no people table, person ids cannot be checked: no flood of unknown-id problems
    assert not [p for p in bundle.problems if "not in" in p.message]


def test_no_events_table_is_an_error() -> None:
    bundle = read_bundle_bytes(workbook_bytes({"people": family()["people"]}), "f.xlsx")
    assert where(bundle.problems, Severity.ERROR) == [("f.xlsx", None, None)]
    assert "no events table" in bundle.problems[0].message


def test_no_subject_child_is_an_error(tmp_path: Path) -> None:
    tables = family()
    tables["people"] = people(["CSC", "C1", "Amy", "", "", "", "", "no"])
    bundle = read(tmp_path, tables)
    assert where(bundle.problems, Severity.ERROR) == [("people.csv", None, "subject")]


def test_invalid_identifiers_warn_and_are_kept_as_written(tmp_path: Path) -> None:
    tables = family()
    tables["people"] = people(
        ["CSC", "C1", "943 476 5918", "A12345678901X", "yes"],
        ["CSC", "C2", "943 476 5919", "", "yes"],
        header=["agency", "person_id", "NHS number", "upn", "subject"],
    )
    bundle = read(tmp_path, tables)
    bad, good = bundle.people
    assert bad.nhs_number is None and bad.upn is None
    assert bad.extra == (("NHS number", "943 476 5918"), ("upn", "A12345678901X"))
    assert good.nhs_number == "9434765919"
    assert where(bundle.problems, Severity.WARNING)[:2] == [
        ("people.csv", 2, "NHS number"),
        ("people.csv", 2, "upn"),
    ]
    assert not where(bundle.problems, Severity.ERROR)


def test_unknown_codes_are_problems_and_the_row_is_read(tmp_path: Path) -> None:
    tables = family()
    tables["people"] = people(["CSC", "C1", "Amy", "", "", "girl", "", "yes"])
    tables["events"] = events(
        ["CSC", "E1", "2011", "home_visit", "maybe", "very", "Seen."],
        header=["agency", "event_id", "date", "event_type", "child_seen", "risk_level", "details"],
    )
    bundle = read(tmp_path, tables)
    assert bundle.people[0].sex is None and bundle.people[0].given_names == "Amy"
    event = bundle.events[0]
    assert (event.child_seen, event.risk_level, event.details) == (None, None, "Seen.")
    assert event.extra == (("child_seen", "maybe"), ("risk_level", "very"))
    assert where(bundle.problems, Severity.ERROR) == [
        ("people.csv", 2, "sex"),
        ("events.csv", 2, "child_seen"),
        ("events.csv", 2, "risk_level"),
    ]
    risk = next(p for p in bundle.problems if p.column == "risk_level")
    assert "expected one of low, raised, high" in risk.message


def test_unknown_relationship_is_not_imported(tmp_path: Path) -> None:
    tables = family()
    tables["relationships"] = [
        ["agency", "person_id", "relationship", "other_person_id", "from"],
        ["CSC", "M1", "auntie", "C1", ""],
        ["csc", "M1", "Step-parent", "C1", "Jan 2012"],
    ]
    bundle = read(tmp_path, tables)
    assert where(bundle.problems, Severity.ERROR) == [("relationships.csv", 2, "relationship")]
    (rel,) = bundle.relationships
    assert (rel.agency, rel.kind, rel.row) == ("CSC", RelationshipKind.STEP_PARENT, 3)
    assert rel.start is not None and rel.start.written == "Jan 2012"


def test_blank_required_cells_are_located(tmp_path: Path) -> None:
    tables = family()
    tables["people"] = people(
        ["CSC", "C1", "Amy", "", "", "", "", "yes"],
        ["", "C2", "Ben", "", "", "", "", ""],
        ["CSC", "", "Cat", "", "", "", "", ""],
    )
    tables["events"] = events(
        ["", "E1", "2011", "referral", "", ""], ["CSC", "E2", "2011", "referral", "", ""]
    )
    bundle = read(tmp_path, tables)
    assert [p.person_id for p in bundle.people] == ["C1"]
    assert [e.event_id for e in bundle.events] == ["E2"]
    assert where(bundle.problems, Severity.ERROR) == [
        ("people.csv", 3, "agency"),
        ("people.csv", 4, "person_id"),
        ("events.csv", 2, "agency"),
    ]


def test_title_rows_above_the_header_are_skipped_with_a_warning() -> None:
    tables = family()
    tables["Events"] = [["Chronology: family A"], ["prepared by CSC"], *tables.pop("events")]
    bundle = read_bundle_bytes(workbook_bytes(tables), "family.xlsx")
    assert [(e.event_id, e.row) for e in bundle.events][:2] == [("E1", 4), ("E2", 5)]
    assert [
        (p.file, p.row, p.column, p.severity) for p in bundle.problems if p.file == "Events"
    ] == [("Events", 3, None, Severity.WARNING)]
