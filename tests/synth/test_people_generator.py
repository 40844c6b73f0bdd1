"""Synthetic person tables: the same seed gives the same people, with real-looking duplicates."""

from __future__ import annotations

import doctest
from collections import Counter

from foresight.bundle.identifiers import parse_nhs_number
from foresight.synth import people_generator
from foresight.synth.people_generator import COLUMNS, generate_people


def test_the_same_seed_gives_the_same_rows_and_another_seed_other_rows() -> None:
    assert list(generate_people(200, seed=4)) == list(generate_people(200, seed=4))
    assert list(generate_people(200, seed=4)) != list(generate_people(200, seed=5))


def test_rows_have_every_column_unique_ids_and_duplicated_people() -> None:
    rows = list(generate_people(2000, seed=1))
    assert len(rows) == 2000
    assert all(tuple(row) == COLUMNS for row in rows)
    assert len({row["person_id"] for row in rows}) == 2000
    sizes = Counter(row["cluster"] for row in rows)
    assert 1.5 < 2000 / len(sizes) < 3  # people have two records on average, give or take
    assert max(sizes.values()) <= 6


def test_duplicates_differ_as_real_records_do() -> None:
    rows = list(generate_people(3000, seed=2))
    dobs = [row["date_of_birth"] for row in rows]
    assert any("/" in dob for dob in dobs)  # British DD/MM/YYYY
    assert any(len(dob) in (4, 7) for dob in dobs)  # partial dates
    assert any(not dob for dob in dobs)
    by_person: dict[str, set[str]] = {}
    for row in rows:
        by_person.setdefault(row["cluster"], set()).add(row["given_names"])
    assert any(len(names - {""}) > 1 for names in by_person.values())  # nicknames, typos


def test_nhs_numbers_are_mostly_valid_and_emails_belong_to_one_person() -> None:
    rows = list(generate_people(3000, seed=3))
    numbers = [row["nhs_number"] for row in rows if row["nhs_number"]]
    valid = 0
    for number in numbers:
        try:
            parse_nhs_number(number)
            valid += 1
        except ValueError:
            pass
    assert 0.9 < valid / len(numbers) < 1  # a few are mistyped, as in real records
    owners: dict[str, set[str]] = {}
    for row in rows:
        if row["email"] and "@" in row["email"]:
            owners.setdefault(row["email"], set()).add(row["cluster"])
    assert sum(len(people) > 1 for people in owners.values()) <= len(owners) // 100


def test_docstring_examples() -> None:
    result = doctest.testmod(people_generator)
    assert result.attempted > 0
    assert result.failed == 0
