"""The building blocks: NHS numbers, date styles, and columns an agency does not carry."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from nhs_number.validate import is_valid

from foresight.synth import FAMILIES
from foresight.synth.spec import DateStyle, nhs_number, render_date
from foresight.synth.tables import family_tables


@given(st.integers(min_value=0, max_value=99_999))
def test_nhs_numbers_are_valid_test_range_numbers(serial: int) -> None:
    number = nhs_number(serial).replace(" ", "")
    assert number.startswith("999")
    assert is_valid(number)


def test_nhs_numbers_never_collide() -> None:
    numbers = [nhs_number(serial) for serial in range(2_000)]
    assert len(set(numbers)) == len(numbers)


def test_every_nhs_number_in_the_families_belongs_to_one_person() -> None:
    births: dict[tuple[str, str], set[str]] = {}
    for family in FAMILIES:
        for p in family.people:
            if p.nhs_number:
                key = (family.name, p.nhs_number)
                births.setdefault(key, set()).add(str(p.date_of_birth))
    conflicts = [key for key, dates in births.items() if len(dates) > 1]
    # One deliberate conflict: adult mental health records the mother's birth a month out.
    assert conflicts == [("long-term-multi-agency", nhs_number(801))]


def test_date_styles() -> None:
    day = dt.date(2016, 3, 11)
    assert render_date(day, DateStyle.ISO) == "2016-03-11"
    assert render_date(day, DateStyle.SLASHED) == "11/03/2016"
    assert render_date(day, DateStyle.BRITISH) == "11 March 2016"
    assert render_date(day, DateStyle.SHORT) == "11 Mar 2016"
    assert render_date("early 2010", DateStyle.ISO) == "early 2010"
    assert render_date(None, DateStyle.ISO) == ""


def test_a_column_no_row_fills_is_left_out() -> None:
    for family in FAMILIES:
        events = next(t for t in family_tables(family) if t.name == "events")
        for i, column in enumerate(events.header):
            if column in {"agency", "event_id", "date", "event_type", "details"}:
                continue
            assert any(row[i] != "" for row in events.rows), (family.name, column)


def test_every_family_has_a_subject_and_is_reviewed_after_its_last_entry() -> None:
    for family in FAMILIES:
        assert any(p.subject for p in family.people), family.name
        exact = [e.date for e in family.entries if isinstance(e.date, dt.date)]
        assert max(exact) < family.as_of, family.name


def test_every_entry_names_people_its_agency_knows() -> None:
    for family in FAMILIES:
        known = {(p.agency, p.person_id) for p in family.people}
        for entry in family.entries:
            for cell in (entry.subjects, entry.people, entry.participants):
                for pid in filter(None, cell.split(";")):
                    assert (entry.agency, pid) in known, (family.name, entry.agency, pid)
