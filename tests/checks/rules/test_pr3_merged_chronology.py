"""FS-PR3: merge chronologies across agencies for long-term cases (a state trigger)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import EventType

# GP, school and CSC entries about Ava from 10 January 2011; CSC's first on 20 January 2012
# makes the span more than 12 months (12 months from 10 January 2011 is 10 January 2012).


def family(*events: Any, born: str | None = "2005-05-05") -> Case:
    nhs = {"nhs_number": "999 000 0107"}  # the NHS's test range: links the three records
    child = a_child("C1", born=born, agency="CSC", name="Ava Sample", **nhs)
    school = a_child("S1", born=born, agency="SCHOOL", name="Ava Sample", **nhs)
    gp = a_child("G1", born=born, agency="GP", name="Ava Sample", **nhs)
    return a_case(people=[child, school, gp], events=events)


def gp(on: str = "2011-01-10", **kw: Any) -> Any:
    return an_event(EventType.HEALTH_CONTACT, on=on, agency="GP", subjects="G1", eid="G1", **kw)


def school(on: str = "2011-06-01") -> Any:
    return an_event(EventType.NOTE, on=on, agency="SCHOOL", subjects="S1", eid="S1")


def csc(on: str = "2012-01-20", eid: str = "V1", **kw: Any) -> Any:
    return an_event(EventType.HOME_VISIT, on=on, agency="CSC", eid=eid, **kw)


def merged(on: str, eid: str = "M1") -> Any:
    return an_event(EventType.MERGED_CHRONOLOGY, on=on, agency="CSC", eid=eid)


def one(run: Any, case: Case, as_of: str) -> Outcome:
    [outcome] = run("FS-PR3", case, as_of)
    return outcome


def first_date(run: Any, case: Case, as_of: str) -> dt.date:
    outcome = one(run, case, as_of)
    assert isinstance(outcome, Finding), outcome
    return outcome.first_date


def test_long_multi_agency_case_without_merged_chronology_is_a_finding(run: Any) -> None:
    finding = one(run, family(gp(), school(), csc()), "2012-03-01")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("PR3",)
    assert finding.subject == "CSC:C1"
    assert finding.first_date == dt.date(2012, 1, 20)
    assert finding.evidence[0] == "GP:G1"
    assert {"GP:G1", "SCHOOL:S1", "CSC:V1"} <= set(finding.evidence)
    assert "Ava Sample" in finding.message and "3 agencies" in finding.message
    assert "Foresight can make one at once" in finding.message
    assert "1 March 2011" in finding.expected and finding.cannot_know


def test_first_date_is_exact(run: Any) -> None:
    case = family(gp(), school(), csc())
    assert first_date(run, case, "2012-01-20") == dt.date(2012, 1, 20)
    assert run("FS-PR3", case, "2012-01-19") == []


def test_twelve_months_exactly_is_not_more_than_twelve(run: Any) -> None:
    assert run("FS-PR3", family(gp(), school(), csc(on="2012-01-10")), "2012-03-01") == []
    assert first_date(run, family(gp(), school(), csc(on="2012-01-11")), "2012-03-01") == (
        dt.date(2012, 1, 11)
    )


def test_two_agencies_or_no_social_care_is_out_of_scope(run: Any) -> None:
    assert run("FS-PR3", family(gp(), csc()), "2012-03-01") == []
    late_school = an_event(EventType.NOTE, on="2012-02-01", agency="SCHOOL", subjects="S1")
    assert run("FS-PR3", family(gp(), school(), late_school), "2012-03-01") == []


def test_no_social_care_entry_in_the_last_six_months_ends_the_trigger(run: Any) -> None:
    case = family(gp(), school(), csc())
    # 20 January 2012 is within the 6 months before 20 July 2012, not before 21 July.
    assert first_date(run, case, "2012-07-20") == dt.date(2012, 1, 20)
    assert run("FS-PR3", case, "2012-07-21") == []


def test_a_new_social_care_entry_after_a_gap_starts_a_new_breach(run: Any) -> None:
    case = family(gp(), school(), csc(), csc(on="2013-03-01", eid="V2"))
    assert first_date(run, case, "2013-04-01") == dt.date(2013, 3, 1)
    assert run("FS-PR3", case, "2013-02-28") == []


def test_merged_chronology_in_the_last_twelve_months_passes(run: Any) -> None:
    case = family(gp(), school(), csc(), merged("2011-12-01"))
    outcome = one(run, case, "2012-06-01")
    assert isinstance(outcome, Passed) and outcome.evidence == ("CSC:M1",)


def test_breach_starts_the_day_after_the_merged_chronology_is_a_year_old(run: Any) -> None:
    visits = [csc(on=day, eid=f"V{i}") for i, day in enumerate(("2012-01-20", "2012-10-01"))]
    case = family(gp(), school(), *visits, merged("2011-12-01"))
    assert isinstance(one(run, case, "2012-12-01"), Passed)
    finding = one(run, case, "2012-12-02")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 12, 2)
    assert "CSC:M1" in finding.evidence and "the last was CSC:M1" in finding.message
    assert first_date(run, case, "2013-02-01") == dt.date(2012, 12, 2)


def test_an_entry_recorded_late_is_known_from_its_recorded_date(run: Any) -> None:
    case = family(gp(), school(), csc(recorded="2012-02-10"))
    assert first_date(run, case, "2012-03-01") == dt.date(2012, 2, 10)
    assert run("FS-PR3", case, "2012-02-09") == []


def test_uncertain_social_care_date_is_not_evaluated(run: Any) -> None:
    case = family(gp(on="2010-06-01"), school(), csc(on="2012"))
    outcome = one(run, case, "2012-12-31")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason
    # Every reading is within 6 months of 1 July 2012.
    assert first_date(run, case, "2012-07-01") == dt.date(2012, 1, 1)


def test_uncertain_merged_chronology_date_is_not_evaluated(run: Any) -> None:
    case = family(gp(), school(), csc(), csc(on="2012-10-01", eid="V2"), merged("2011"))
    outcome = one(run, case, "2012-06-15")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason
    # Made in 2011 at the latest: on 1 January 2013 it is more than 12 months old for sure.
    assert isinstance(one(run, case, "2012-12-31"), NotEvaluated)
    assert first_date(run, case, "2013-01-01") == dt.date(2013, 1, 1)


def test_adult_is_out_of_scope_and_no_date_of_birth_is_treated_as_a_child(run: Any) -> None:
    assert run("FS-PR3", family(gp(), school(), csc(), born="1990-01-01"), "2012-03-01") == []
    outcome = one(run, family(gp(), school(), csc(), born=None), "2012-03-01")
    assert isinstance(outcome, Finding)
