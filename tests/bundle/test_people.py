"""People records: names, dates, sex, identifiers and the subject child."""

from __future__ import annotations

from pathlib import Path

import pytest

from foresight.bundle import read_bundle
from foresight.model.vocab import Severity, Sex

from .builders import family, people, write_folder

HEADER = [
    "agency",
    "person_id",
    "subject",
    "sex",
    "other_names",
    "other_ids",
    "postcode",
    "upn",
    "expected_date_of_birth",
    "date_of_death",
    "role",
    "address",
]


@pytest.mark.parametrize(
    ("written", "sex"),
    [
        ("M", Sex.MALE),
        ("f", Sex.FEMALE),
        ("1", Sex.MALE),
        ("2", Sex.FEMALE),
        ("Male", Sex.MALE),
        ("other", Sex.OTHER),
        ("unknown", Sex.UNKNOWN),
        ("", None),
    ],
)
def test_sex_codes(tmp_path: Path, written: str, sex: Sex | None) -> None:
    tables = family()
    tables["people"][1][5] = written
    assert read_bundle(write_folder(tmp_path / "f", tables)).people[0].sex is sex


def test_every_person_column(tmp_path: Path) -> None:
    tables = family()
    tables["people"] = people(
        [
            "CSC",
            "C1",
            "Yes",
            "F",
            "Amy Smith; Amy Testperson",
            "LA:12345;MOSAIC:99",
            "ab1 2cd",
            "B801200005001",
            "",
            "",
            "",
            "1 Any Street",
        ],
        ["CSC", "U1", "y", "", "", "", "", "", "mid 2012", "", "unborn", ""],
        ["CSC", "M1", "no", "", "", "oops", "", "", "", "2015", "mother", ""],
        header=HEADER,
    )
    bundle = read_bundle(write_folder(tmp_path / "f", tables))
    child, unborn, mother = bundle.people
    assert child.subject and unborn.subject and not mother.subject
    assert child.other_names == ("Amy Smith", "Amy Testperson")
    assert child.other_ids == (("LA", "12345"), ("MOSAIC", "99"))
    assert child.postcode == "AB1 2CD" and child.upn == "B801200005001"
    assert child.address == "1 Any Street" and child.row == 2
    assert unborn.expected_date_of_birth is not None
    assert unborn.expected_date_of_birth.written == "mid 2012"
    assert mother.date_of_death is not None and mother.role == "mother"
    assert mother.other_ids == () and mother.extra == (("other_ids", "oops"),)
    assert [
        (p.file, p.row, p.column, p.severity) for p in bundle.problems if p.file == "people.csv"
    ] == [("people.csv", 4, "other_ids", Severity.WARNING)]


def test_unreadable_subject_is_a_problem(tmp_path: Path) -> None:
    tables = family()
    tables["people"][2][7] = "perhaps"
    bundle = read_bundle(write_folder(tmp_path / "f", tables))
    assert not bundle.people[1].subject
    assert [(p.row, p.column) for p in bundle.problems if p.file == "people.csv"] == [
        (3, "subject")
    ]
