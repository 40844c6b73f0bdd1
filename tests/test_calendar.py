"""Working days in England and Wales: bank holidays, deadlines and counting."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foresight.calendar import ENGLAND_AND_WALES, WorkingDays

D = dt.date
cal = ENGLAND_AND_WALES


@pytest.mark.parametrize(
    ("day", "why"),
    [
        (D(2011, 12, 26), "Boxing Day"),
        (D(2011, 12, 27), "Christmas Day 2011 fell on a Sunday: substitute day"),
        (D(2012, 1, 2), "New Year's Day 2012 fell on a Sunday: substitute day"),
        (D(2011, 4, 29), "royal wedding"),
        (D(2012, 6, 4), "Spring bank holiday moved for the Diamond Jubilee"),
        (D(2012, 6, 5), "Diamond Jubilee"),
        (D(2022, 9, 19), "state funeral of Queen Elizabeth II"),
        (D(2023, 5, 8), "coronation of King Charles III"),
        (D(2020, 5, 8), "VE day 75th anniversary: the May bank holiday moved"),
    ],
)
def test_bank_holidays_are_not_working_days(day: dt.date, why: str) -> None:
    assert day.weekday() < 5, why
    assert cal.is_bank_holiday(day), why
    assert not cal.is_working_day(day), why


@pytest.mark.parametrize(
    "day",
    [D(2012, 5, 28), D(2020, 5, 4), D(2011, 12, 28), D(2022, 9, 20), D(2023, 5, 9)],
)
def test_ordinary_weekdays_are_working_days(day: dt.date) -> None:
    assert cal.is_working_day(day)
    assert not cal.is_bank_holiday(day)


def test_weekends_are_not_working_days() -> None:
    assert not cal.is_working_day(D(2011, 12, 24))  # Saturday
    assert not cal.is_working_day(D(2011, 12, 25))  # Sunday, Christmas Day
    assert not cal.is_bank_holiday(D(2011, 12, 24))


def test_deadline_over_christmas_2011() -> None:
    # Friday 23rd is day 0; 24-27 are weekend and bank holidays; Wednesday 28th is day 1.
    assert cal.add_working_days(D(2011, 12, 23), 1) == D(2011, 12, 28)
    # 28, 29, 30 December, then Monday 2 January is off too: 3 and 4 January.
    assert cal.add_working_days(D(2011, 12, 23), 5) == D(2012, 1, 4)
    assert cal.working_days_between(D(2011, 12, 23), D(2012, 1, 4)) == 5


def test_deadline_over_the_jubilee_and_the_funeral() -> None:
    assert cal.add_working_days(D(2012, 6, 1), 1) == D(2012, 6, 6)
    assert cal.add_working_days(D(2022, 9, 16), 1) == D(2022, 9, 20)
    assert cal.add_working_days(D(2022, 9, 16), 10) == D(2022, 10, 3)


def test_day_zero_and_counting_back() -> None:
    sunday = D(2012, 6, 3)
    assert cal.add_working_days(sunday, 0) == sunday
    assert cal.working_days_between(sunday, sunday) == 0
    assert cal.add_working_days(D(2012, 6, 6), -1) == D(2012, 6, 1)
    assert cal.working_days_between(D(2012, 6, 6), D(2012, 6, 1)) == -1


def test_twenty_working_days_is_four_weeks_without_holidays() -> None:
    assert cal.add_working_days(D(2014, 3, 3), 20) == D(2014, 3, 31)
    # Across Easter 2014 (18 and 21 April) and May Day (5 May): four weeks and three days.
    assert cal.add_working_days(D(2014, 4, 7), 20) == D(2014, 5, 8)


def test_a_long_count_matches_a_day_by_day_count() -> None:
    start, end = D(2009, 11, 3), D(2024, 2, 14)
    by_day = sum(
        cal.is_working_day(start + dt.timedelta(days=i)) for i in range(1, (end - start).days + 1)
    )
    assert cal.working_days_between(start, end) == by_day


def test_a_calendar_is_reusable_and_says_what_it_is() -> None:
    wales = WorkingDays(subdiv="WLS")
    assert wales.add_working_days(D(2022, 9, 16), 1) == D(2022, 9, 20)
    assert "WLS" in repr(wales)


# --- properties ---------------------------------------------------------------------------

days = st.dates(min_value=D(1990, 1, 1), max_value=D(2040, 12, 31))
counts = st.integers(min_value=0, max_value=300)


@given(days, st.integers(min_value=1, max_value=300))
def test_a_deadline_is_a_working_day(day: dt.date, n: int) -> None:
    deadline = cal.add_working_days(day, n)
    assert deadline > day
    assert cal.is_working_day(deadline)


@given(days, counts, counts)
def test_deadlines_are_monotonic_in_n(day: dt.date, m: int, n: int) -> None:
    low, high = sorted((m, n))
    assert cal.add_working_days(day, low) <= cal.add_working_days(day, high)
    if low < high:
        assert cal.add_working_days(day, low) < cal.add_working_days(day, high)


@given(days, st.integers(min_value=-300, max_value=300))
def test_counting_undoes_adding(day: dt.date, n: int) -> None:
    assert cal.working_days_between(day, cal.add_working_days(day, n)) == n


@given(days, days)
def test_counting_back_mirrors_counting_forward(x: dt.date, y: dt.date) -> None:
    a, b = sorted((x, y))
    forward = cal.working_days_between(a, b)  # working days in (a, b]
    backward = cal.working_days_between(b, a)  # minus the working days in [a, b)
    assert 0 <= forward <= (b - a).days
    assert forward + backward == int(cal.is_working_day(b)) - int(cal.is_working_day(a))
