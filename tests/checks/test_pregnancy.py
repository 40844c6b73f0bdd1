"""The pregnancy shapes: gestation, months, the pregnant woman of an entry, pregnancies."""

from __future__ import annotations

import datetime as dt
import doctest

from hypothesis import given
from hypothesis import strategies as st

from factories import a_case, a_child, an_adult, an_event, as_uncertain
from foresight.checks.predicates import pregnancy
from foresight.checks.predicates.pregnancy import (
    day_reaching,
    gestation_on,
    is_mother,
    plus_months,
    pregnancies,
    pregnant_woman,
    start_from_edd,
    start_from_weeks,
    weeks_days,
    weeks_text,
)
from foresight.model.vocab import EventType


def test_docstring_examples() -> None:
    result = doctest.testmod(pregnancy)
    assert result.attempted > 0 and result.failed == 0


def test_gestation_from_weeks_and_from_an_expected_date() -> None:
    booked = as_uncertain("2012-03-01")
    start = start_from_weeks(booked, 26 + 3 / 7)
    assert gestation_on(start, booked) == (185, 185)
    assert weeks_text(weeks_days(26 + 3 / 7)) == "26+3 weeks"
    assert start_from_edd(as_uncertain("2012-09-13")).earliest == dt.date(2011, 12, 8)
    assert day_reaching(start, 20).earliest == start.earliest + dt.timedelta(days=140)


def test_uncertain_dates_give_a_range_of_gestations() -> None:
    start = start_from_edd(as_uncertain("Sep 2012"))
    fewest, most = gestation_on(start, as_uncertain("2012-03-01"))
    assert most - fewest == 29


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)), st.integers(-400, 400))
def test_plus_months_keeps_the_day_or_ends_the_month(day: dt.date, months: int) -> None:
    later = plus_months(day, months)
    assert (later.year - day.year) * 12 + later.month - day.month == months
    assert later.day == day.day or (later + dt.timedelta(days=1)).day == 1


def test_a_mothers_partner_is_not_a_mother() -> None:
    case = a_case(
        people=[
            a_child(),
            an_adult("M1", "mother"),
            an_adult("P1", "mother's partner"),
            an_adult("G1", "maternal grandmother"),
        ]
    )
    found = {p.id for p in case.people if is_mother(p)}
    assert found == {"CSC:M1"}


def test_the_pregnant_woman_of_an_entry() -> None:
    unborn = a_child("U1", born=None, agency="MW", expected_date_of_birth="2012-09-01")
    mother = an_adult("M1", "mother", agency="MW")
    named = an_event(EventType.PREGNANCY_BOOKING, agency="MW", subjects=None, people="M1")
    blank = an_event(EventType.ANTENATAL_CONTACT, agency="MW", subjects="U1")
    case = a_case(people=[unborn, mother], events=[named, blank])
    assert [pregnant_woman(case, e) for e in case.events()] == [case.person("MW:M1")] * 2


def test_entries_of_one_pregnancy_group_together() -> None:
    mother = an_adult("M1", "mother", agency="MW")
    events = [
        an_event(EventType.PREGNANCY_BOOKING, on=day, agency="MW", subjects=None, people="M1")
        for day in ("2012-01-10", "2012-05-10", "2013-03-01")
    ]
    case = a_case(people=[a_child("C1", agency="MW"), mother], events=events)
    found = pregnancies(case, 42)
    assert [len(p.entries) for p in found] == [2, 1]
    assert all(p.start is None for p in found)
