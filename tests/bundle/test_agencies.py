"""Agencies: from the agencies table and every code used elsewhere, kinds given or inferred."""

from __future__ import annotations

from pathlib import Path

import pytest

from foresight.bundle import read_bundle
from foresight.bundle.agencies import infer_kind
from foresight.model.vocab import AgencyKind, Severity

from .builders import Tables, events, family, people, write_folder


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Police", AgencyKind.POLICE),
        ("Northshire Constabulary", AgencyKind.POLICE),
        ("GP", AgencyKind.GP),
        ("Elm Tree Surgery", AgencyKind.GP),
        ("CSC", AgencyKind.CHILDREN_SOCIAL_CARE),
        ("Children's Social Care", AgencyKind.CHILDREN_SOCIAL_CARE),
        ("Adult Social Care", AgencyKind.ADULT_SOCIAL_CARE),
        ("Health Visiting", AgencyKind.HEALTH_VISITING),
        ("HV", AgencyKind.HEALTH_VISITING),
        ("CAMHS", AgencyKind.CAMHS),
        ("Adult Mental Health", AgencyKind.ADULT_MENTAL_HEALTH),
        ("Oak Primary School", AgencyKind.SCHOOL),
        ("School Nursing", AgencyKind.SCHOOL_NURSING),
        ("ED", AgencyKind.HOSPITAL),
        ("A&E", AgencyKind.HOSPITAL),
        ("General Hospital", AgencyKind.HOSPITAL),
        ("Midwifery", AgencyKind.MIDWIFERY),
        ("Housing", AgencyKind.HOUSING),
        ("Probation", AgencyKind.PROBATION),
        ("Substance misuse", AgencyKind.SUBSTANCE_MISUSE_SERVICE),
        ("Youth Offending Team", AgencyKind.YOUTH_JUSTICE),
        ("Early Help", AgencyKind.EARLY_HELP),
    ],
)
def test_infer_kind(name: str, kind: AgencyKind) -> None:
    assert infer_kind(name) is kind


@pytest.mark.parametrize("name", ["Agency X", "Edinburgh Trust", "Redbridge Hope", "Shedley"])
def test_infer_kind_matches_whole_words_only(name: str) -> None:
    assert infer_kind(name) is None


def read(tmp_path: Path, tables: Tables) -> object:
    return read_bundle(write_folder(tmp_path / "family", tables))


def test_agencies_table_gives_kind_name_and_area(tmp_path: Path) -> None:
    tables = family()
    tables["agencies"] = [
        ["agency", "name", "kind", "local_authority"],
        ["CSC", "Northshire Children's Services", "children_social_care", "Northshire"],
        ["Police", "Northshire Police", "", ""],
        ["Unused", "", "voluntary", ""],
    ]
    bundle = read_bundle(write_folder(tmp_path / "family", tables))
    csc, police, unused = bundle.agencies
    assert (csc.name, csc.kind, csc.local_authority, csc.kind_inferred) == (
        "Northshire Children's Services",
        AgencyKind.CHILDREN_SOCIAL_CARE,
        "Northshire",
        False,
    )
    assert (police.kind, police.kind_inferred) == (AgencyKind.POLICE, True)
    assert unused.kind is AgencyKind.VOLUNTARY
    warnings = [p for p in bundle.problems if p.severity is Severity.WARNING]
    assert [(w.file, w.row, w.column) for w in warnings] == [("agencies.csv", 3, "kind")]
    assert "inferred as 'police'" in warnings[0].message


def test_agencies_from_other_tables_are_inferred_with_a_warning(tmp_path: Path) -> None:
    tables = family()
    tables["events"] = events(
        ["csc", "E9", "2011", "referral", "C1", ""], ["Zeta Trust", "Z1", "2011", "note", "", ""]
    )
    tables["events"][1] += ["GP;Health Visiting"]
    tables["events"][0] += ["to_agency"]
    tables["events"][2] += [""]
    bundle = read_bundle(write_folder(tmp_path / "family", tables))
    assert [(a.code, a.kind) for a in bundle.agencies] == [
        ("CSC", AgencyKind.CHILDREN_SOCIAL_CARE),
        ("Police", AgencyKind.POLICE),
        ("Zeta Trust", AgencyKind.OTHER),
        ("GP", AgencyKind.GP),
        ("Health Visiting", AgencyKind.HEALTH_VISITING),
    ]
    assert all(a.kind_inferred for a in bundle.agencies)
    assert bundle.events[0].agency == "CSC"  # codes match case-insensitively
    assert bundle.events[0].to_agency == ("GP", "Health Visiting")
    other = [p for p in bundle.problems if "Zeta Trust" in p.message]
    assert len(other) == 1 and "read as 'other'" in other[0].message
    assert other[0].severity is Severity.WARNING


def test_unknown_kind_and_repeated_agency_are_problems(tmp_path: Path) -> None:
    tables = family()
    tables["agencies"] = [["agency", "kind"], ["CSC", "social"], ["csc", "police"]]
    bundle = read_bundle(write_folder(tmp_path / "family", tables))
    assert bundle.agencies[0].kind is AgencyKind.CHILDREN_SOCIAL_CARE  # inferred after all
    errors = [(p.file, p.row, p.column) for p in bundle.problems if p.severity is Severity.ERROR]
    assert errors == [("agencies.csv", 2, "kind"), ("agencies.csv", 3, "agency")]


def test_people_agency_codes_register_agencies(tmp_path: Path) -> None:
    tables = family()
    tables["people"] = people(*tables["people"][1:], ["GP", "G1", "Amy", "", "", "", "", ""])
    bundle = read_bundle(write_folder(tmp_path / "family", tables))
    assert "GP" in [a.code for a in bundle.agencies]
    assert bundle.carried["GP"] == frozenset()
