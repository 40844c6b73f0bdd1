"""Chronology entries: ids, event types, structured columns and what each agency carries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest

from foresight.bundle import read_bundle
from foresight.bundle.events import generated_id
from foresight.model.records import Bundle, Event
from foresight.model.vocab import (
    Category,
    ChildSeen,
    ChildViews,
    EventType,
    Mobility,
    RiskLevel,
    Severity,
    Status,
)

from .builders import Tables, events, family, write_folder

HEADER = ["agency", "date", "event_type", "details"]
ROWS = [
    ["CSC", "12/01/2011", "home_visit", "Seen at home."],
    ["CSC", "12/01/2011", "home_visit", "Seen at home."],
    ["Police", "Feb 2011", "domestic_abuse_incident", "Call to the home."],
    ["CSC", "2011-03-01", "referral", "Referral from school."],
]


def read(tmp_path: Path, tables: Tables, name: str = "family") -> Bundle:
    return read_bundle(write_folder(tmp_path / name, tables))


def with_events(*rows: Sequence[object], header: list[str] = HEADER) -> Tables:
    tables = family()
    tables["events"] = events(*rows, header=header)
    return tables


def ids_by_content(bundle: Bundle) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = {}
    for e in bundle.events:
        out.setdefault((e.agency, e.details), []).append(e.event_id)
    return {k: sorted(v) for k, v in out.items()}


def test_generated_ids_survive_reordering_and_added_rows(tmp_path: Path) -> None:
    first = read(tmp_path, with_events(*ROWS), "a")
    shuffled = read(
        tmp_path,
        with_events(ROWS[3], ROWS[1], ["CSC", "2012", "note", "New."], ROWS[2], ROWS[0]),
        "b",
    )
    assert all(e.id_generated for e in first.events)
    before, after = ids_by_content(first), ids_by_content(shuffled)
    assert all(after[key] == ids for key, ids in before.items())


def test_exact_duplicates_get_distinct_ids_in_row_order(tmp_path: Path) -> None:
    bundle = read(tmp_path, with_events(*ROWS))
    one, two = bundle.events[0].event_id, bundle.events[1].event_id
    assert one.startswith("g-") and len(one) == 12
    assert two == f"{one}-2"
    assert len({e.event_id for e in bundle.events}) == 4


def test_generated_id_depends_on_each_part() -> None:
    base = generated_id("CSC", "12/01/2011", "home_visit", "Seen.")
    assert base == generated_id(" CSC", "12/01/2011 ", "home_visit", "Seen.")
    for changed in (
        ("GP", "12/01/2011", "home_visit", "Seen."),
        ("CSC", "13/01/2011", "home_visit", "Seen."),
        ("CSC", "12/01/2011", "referral", "Seen."),
        ("CSC", "12/01/2011", "home_visit", "Not seen."),
    ):
        assert generated_id(*changed) != base


def test_duplicate_explicit_event_id_is_a_problem(tmp_path: Path) -> None:
    header = ["agency", "event_id", "date", "event_type"]
    bundle = read(
        tmp_path,
        with_events(
            ["CSC", "E1", "2011", "referral"],
            ["CSC", "E1", "2012", "referral"],
            ["Police", "E1", "2012", "arrest"],
            header=header,
        ),
    )
    assert [e.ref for e in bundle.events] == ["CSC:E1", "CSC:E1-2", "Police:E1"]
    assert [(p.file, p.row, p.column) for p in bundle.problems if p.severity is Severity.ERROR] == [
        ("events.csv", 3, "event_id")
    ]


def test_several_event_types_on_one_entry(tmp_path: Path) -> None:
    bundle = read(tmp_path, with_events(["CSC", "2011", "home_visit; Injury ;referral", "x"]))
    event = bundle.events[0]
    assert event.types == (EventType.HOME_VISIT, EventType.INJURY, EventType.REFERRAL)
    assert not event.types_inferred and event.has(EventType.INJURY)
    assert not event.types_from_text


def test_blank_event_type_is_read_from_the_text_with_a_warning(tmp_path: Path) -> None:
    bundle = read(tmp_path, with_events(["CSC", "2011", "", "Phoned mother."]))
    event = bundle.events[0]
    assert event.types == (EventType.PHONE_CONTACT,) and event.types_inferred
    assert event.types_from_text
    assert event.inferred_from == ("Phoned",)
    (warning,) = [p for p in bundle.problems if p.file == "events.csv"]
    assert (warning.row, warning.column, warning.severity) == (2, "event_type", Severity.WARNING)
    assert warning.message == (
        "no event type: read from the text as phone_contact (from 'Phoned'); marked as inferred"
    )


def test_blank_event_type_with_no_type_in_the_text_is_a_note(tmp_path: Path) -> None:
    bundle = read(tmp_path, with_events(["CSC", "2011", "", "Allocated to a worker."]))
    event = bundle.events[0]
    assert event.types == (EventType.NOTE,) and event.types_inferred
    assert event.inferred_from == ()
    (warning,) = [p for p in bundle.problems if p.file == "events.csv"]
    assert "read as a note" in warning.message


def test_no_event_type_column_is_one_warning(tmp_path: Path) -> None:
    bundle = read(
        tmp_path,
        with_events(
            ["CSC", "2011", "a"], ["CSC", "2012", "b"], header=["agency", "date", "details"]
        ),
    )
    assert all(e.types == (EventType.NOTE,) for e in bundle.events)
    assert [(p.row, p.column) for p in bundle.problems if p.file == "events.csv"] == [
        (None, "event_type")
    ]


def test_unknown_event_type_keeps_known_ones(tmp_path: Path) -> None:
    bundle = read(
        tmp_path,
        with_events(["CSC", "2011", "home_visit;cuddle", "x"], ["CSC", "2012", "cuddle", "y"]),
    )
    assert [e.types for e in bundle.events] == [(EventType.HOME_VISIT,), (EventType.NOTE,)]
    assert [(p.row, p.column) for p in bundle.problems if p.severity is Severity.ERROR] == [
        (2, "event_type"),
        (3, "event_type"),
    ]
    assert bundle.events[0].extra == (("event_type", "home_visit;cuddle"),)


@pytest.mark.parametrize(
    ("written", "earliest", "latest"),
    [
        ("2011-01-12", dt.date(2011, 1, 12), dt.date(2011, 1, 12)),
        ("12/01/2011", dt.date(2011, 1, 12), dt.date(2011, 1, 12)),
        ("12 Jan 2011", dt.date(2011, 1, 12), dt.date(2011, 1, 12)),
        ("12 January 2011", dt.date(2011, 1, 12), dt.date(2011, 1, 12)),
        ("Jan 2011", dt.date(2011, 1, 1), dt.date(2011, 1, 31)),
        ("2011", dt.date(2011, 1, 1), dt.date(2011, 12, 31)),
        ("early 2010", dt.date(2010, 1, 1), dt.date(2010, 4, 30)),
        ("mid 2010", dt.date(2010, 5, 1), dt.date(2010, 8, 31)),
        ("late 2010", dt.date(2010, 9, 1), dt.date(2010, 12, 31)),
        ("c. 2005", dt.date(2004, 1, 1), dt.date(2006, 12, 31)),
        ("?22 May 2016", dt.date(2016, 5, 1), dt.date(2016, 5, 31)),
        ("2008-2010", dt.date(2008, 1, 1), dt.date(2010, 12, 31)),
        ("Sep 2011 - Mar 2012", dt.date(2011, 9, 1), dt.date(2012, 3, 31)),
    ],
)
def test_every_date_form_reaches_the_records(
    tmp_path: Path, written: str, earliest: dt.date, latest: dt.date
) -> None:
    tables = with_events(["CSC", written, "note", "x", written], header=[*HEADER, "end_date"])
    tables["people"][1][4] = written  # the child's date of birth
    bundle = read(tmp_path, tables)
    event, child = bundle.events[0], bundle.people[0]
    for date in (event.date, event.end_date, child.date_of_birth):
        assert date is not None
        assert (date.earliest, date.latest, date.written) == (earliest, latest, written)
    assert not [p for p in bundle.problems if p.severity is Severity.ERROR]


def test_recorded_is_an_exact_date(tmp_path: Path) -> None:
    header = [*HEADER, "recorded"]
    bundle = read(
        tmp_path,
        with_events(
            ["CSC", "2011", "note", "a", "03/02/2011"],
            ["CSC", "2011", "note", "b", "Feb 2011"],
            header=header,
        ),
    )
    assert [e.recorded for e in bundle.events] == [dt.date(2011, 2, 3), dt.date(2011, 2, 28)]
    assert [(p.row, p.column, p.severity) for p in bundle.problems if p.file == "events.csv"] == [
        (3, "recorded", Severity.WARNING)
    ]


def test_relates_to_is_normalised(tmp_path: Path) -> None:
    header = ["agency", "event_id", "date", "event_type", "relates_to"]
    bundle = read(
        tmp_path,
        with_events(
            ["CSC", "E1", "2011", "referral", ""],
            ["Police", "P1", "2011", "information_request", ""],
            ["CSC", "E2", "2011", "referral_decision", "E1"],
            ["Police", "P2", "2011", "escalation", "csc:E2"],
            ["CSC", "E3", "2011", "information_shared", "Police:P1"],
            ["CSC", "E4", "2011", "note", "E99"],
            header=header,
        ),
    )
    assert [e.relates_to for e in bundle.events] == [
        None,
        None,
        "CSC:E1",
        "CSC:E2",
        "Police:P1",
        "CSC:E99",
    ]
    assert [(p.row, p.column) for p in bundle.problems if p.file == "events.csv"] == [
        (7, "relates_to")
    ]


def structured(tmp_path: Path, column: str, value: str) -> tuple[Event, Bundle]:
    bundle = read(
        tmp_path, with_events(["CSC", "2011", "note", "x", value], header=[*HEADER, column])
    )
    return bundle.events[0], bundle


@pytest.mark.parametrize(
    ("column", "value", "attribute", "expected"),
    [
        ("child_seen", "Alone", "child_seen", ChildSeen.ALONE),
        ("child_views", "observed", "child_views", ChildViews.OBSERVED),
        ("risk_level", "medium", "risk_level", RiskLevel.RAISED),
        ("risk_level", "HIGH", "risk_level", RiskLevel.HIGH),
        ("category", "NEG", "category", Category.NEGLECT),
        ("category", "sab", "category", Category.SEXUAL),
        ("category", "multiple", "category", Category.MULTIPLE),
        ("emergency", "yes", "emergency", True),
        ("gestation_weeks", "26", "gestation_weeks", 26.0),
        ("gestation_weeks", "26+3", "gestation_weeks", 26 + 3 / 7),
        ("gestation_weeks", "26/40", "gestation_weeks", 26.0),
        ("mobility", "not mobile", "mobility", Mobility.NOT_MOBILE),
        ("stage", "2", "stage", 2),
        ("status", "Resolved", "status", Status.RESOLVED),
        ("time", "9:05", "time", "09:05"),
        ("factors", "2b; 4B", "factors", ("2B", "4B")),
        ("to_agency", "GP;police", "to_agency", ("GP", "Police")),
        ("participants", "C1;M1", "participants", ("C1", "M1")),
        ("lawful_basis", "DPA 2018 Sch 1 para 18", "lawful_basis", "DPA 2018 Sch 1 para 18"),
        ("placement_la", "Northshire", "placement_la", "Northshire"),
    ],
)
def test_structured_columns(
    tmp_path: Path, column: str, value: str, attribute: str, expected: object
) -> None:
    event, bundle = structured(tmp_path, column, value)
    assert getattr(event, attribute) == expected
    assert not [p for p in bundle.problems if p.file == "events.csv"]


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("stage", "0"),
        ("stage", "two"),
        ("gestation_weeks", "26+9"),
        ("gestation_weeks", "60"),
        ("time", "25:00"),
        ("emergency", "perhaps"),
        ("status", "pending"),
        ("mobility", "running"),
    ],
)
def test_bad_structured_values(tmp_path: Path, column: str, value: str) -> None:
    event, bundle = structured(tmp_path, column, value)
    assert getattr(event, column) is None
    assert (column, value) in event.extra
    assert [(p.row, p.column) for p in bundle.problems if p.file == "events.csv"] == [(2, column)]


def test_carried_columns_per_agency(tmp_path: Path) -> None:
    header = ["agency", "date", "event_type", "child_seen", "outcome", "risk_level"]
    bundle = read(
        tmp_path,
        with_events(
            ["CSC", "2011", "home_visit", "yes", "", ""],
            ["CSC", "2012", "home_visit", "", "NFA", ""],
            ["Police", "2012", "arrest", "", "", ""],
            header=header,
        ),
    )
    assert bundle.carried["CSC"] == frozenset({"child_seen", "outcome"})
    assert bundle.carried["Police"] == frozenset()
    assert bundle.carries("CSC", "child_seen") and not bundle.carries("Police", "child_seen")
    assert not bundle.carries("CSC", "risk_level")
