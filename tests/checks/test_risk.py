"""The shared shapes of AUD1, AUD2 and PR3: months back, young people, high risk, engagement."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from factories import a_case, a_child, an_event, as_uncertain
from foresight.checks import CheckContext
from foresight.checks.predicates.counting import add_months
from foresight.checks.predicates.risk import (
    at_high_risk_on,
    disengagements,
    failed_contacts,
    high_risk_signs,
    is_young_person_on,
    last_day_within,
    later_of,
)
from foresight.model.case import Case
from foresight.model.vocab import EventType, RiskLevel

CTX = CheckContext(dt.date(2023, 1, 31))


@given(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), st.integers(1, 24))
def test_last_day_within_is_the_last_day_the_date_is_months_back(day: dt.date, n: int) -> None:
    last = last_day_within(day, n)
    assert add_months(last, -n) <= day
    assert add_months(last + dt.timedelta(days=1), -n) > day


def test_last_day_within_at_month_ends() -> None:
    assert last_day_within(dt.date(2012, 2, 29), 12) == dt.date(2013, 2, 28)
    assert last_day_within(dt.date(2012, 1, 20), 6) == dt.date(2012, 7, 20)
    assert last_day_within(dt.date(2012, 8, 30), 6) == dt.date(2013, 2, 28)


def test_later_of_takes_the_later_reading_of_each_end() -> None:
    when = later_of([as_uncertain("Nov 2022"), as_uncertain("2022-11-02")])
    assert (when.earliest, when.latest) == (dt.date(2022, 11, 2), dt.date(2022, 11, 30))
    exact = as_uncertain("2022-12-01")
    assert later_of([as_uncertain("Nov 2022"), exact]) == exact


def young(born: str | None, *events: Any) -> tuple[Case, Any]:
    case = a_case(people=[a_child("C1", born=born, name="Kai Sample")], events=events)
    return case, case.subject_children[0]


def test_young_person_is_ten_to_seventeen_for_every_reading() -> None:
    day = as_uncertain("2022-06-01")
    assert is_young_person_on(*young("2012-06-01"), day, CTX) is True
    assert is_young_person_on(*young("2012-06-02"), day, CTX) is False
    assert is_young_person_on(*young("2004-06-02"), day, CTX) is True
    assert is_young_person_on(*young("2004-06-01"), day, CTX) is False
    assert is_young_person_on(*young("2012"), day, CTX) is None
    assert is_young_person_on(*young(None), day, CTX) is None


def test_high_risk_signs_and_when_they_hold() -> None:
    events = (
        an_event(EventType.CSE_SCREENING, on="2022-03-01", risk_level=RiskLevel.LOW),
        an_event(EventType.NOTE, on="2022-04-01", eid="N1", risk_level=RiskLevel.HIGH),
        an_event(EventType.SELF_HARM, on="2022-02-01", eid="H1"),
        an_event(EventType.MISSING_EPISODE, on="2022-05-01", eid="M1"),
        an_event(EventType.MISSING_EPISODE, on="2022-08-01", eid="M2"),
    )
    case, person = young("2008-01-01", *events)
    signs = high_risk_signs(case, person, CTX)
    assert [(s.why, s.since.earliest) for s in signs] == [
        ("self-harm", dt.date(2022, 2, 1)),
        ("a risk level of high", dt.date(2022, 4, 1)),
        ("two missing episodes within 3 months", dt.date(2022, 8, 1)),
    ]
    assert at_high_risk_on(signs, as_uncertain("2022-01-31")) == (False, None)
    assert at_high_risk_on(signs, as_uncertain("2022-02-01"))[0] is True
    assert at_high_risk_on(signs[2:], as_uncertain("2022"))[0] is None


def test_failed_contacts_by_agency_and_their_runs() -> None:
    events = [
        an_event(EventType.DID_NOT_ATTEND, on=day, agency="CAMHS", eid=f"D{i}")
        for i, day in enumerate(("2022-01-10", "2022-03-01", "2022-03-20", "2022-09-01"))
    ]
    events.append(an_event(EventType.NO_ACCESS_VISIT, on="2022-09-02", eid="V1"))
    people = [a_child("C1", agency="CAMHS"), a_child("C1", agency="CSC")]
    case = a_case(people=people, events=events)
    person = case.subject_children[0]
    assert sorted(failed_contacts(case, person)) == ["CAMHS", "CSC"]
    [(agency, run)] = disengagements(case, person, CTX)
    assert agency == "CAMHS"
    assert [h.first.event_id for h in run.counted] == ["D0", "D1"]
    assert [h.first.event_id for h in run.happenings] == ["D0", "D1", "D2"]
