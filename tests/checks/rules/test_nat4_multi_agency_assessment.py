"""FS-NAT4: the value of multi-agency assessments."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, a_relationship, all_columns_except, an_adult, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome
from foresight.model.vocab import EventType

AGENCIES = ("CSC", "POLICE", "SCHOOL", "EH", "GP")

# The assessment runs from 1 March to 20 March 2012; the year before it is from 20 March 2011.


def family(*events: Any, **kw: Any) -> Case:
    people = [a_child("C1", born="2008-05-05", agency=code) for code in AGENCIES]
    people += [an_adult("M1", "mother", name="Mia Sample", born="1988-01-01", agency="GP")]
    return a_case(
        people=people, events=events, relationships=[a_relationship("M1", "parent", "C1")], **kw
    )


def involved(police_on: str = "2011-06-01") -> list[Any]:
    return [
        an_event(EventType.DOMESTIC_ABUSE_INCIDENT, on=police_on, agency="POLICE", eid="P1"),
        an_event(EventType.EDUCATION_CONCERN, on="2011-11-01", agency="SCHOOL", eid="S1"),
        an_event(EventType.REFERRAL, on="2012-02-01", agency="CSC", eid="R1"),
    ]


def assessment(agencies: str = "CSC;SCHOOL", end: str | None = "2012-03-20", **kw: Any) -> Any:
    return an_event(
        EventType.ASSESSMENT,
        on="2012-03-01",
        end_date=end,
        agencies_involved=agencies,
        eid="A1",
        **kw,
    )


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_single_agency_assessment_is_a_finding(run: Any) -> None:
    [finding] = run("FS-NAT4", family(assessment(), *involved()), "2012-06-01")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("NAT4",)
    assert finding.evidence == ("CSC:A1", "CSC:R1", "POLICE:P1", "SCHOOL:S1")
    # Until its end date is known the assessment reads as completed on its start date, and
    # three agencies were already involved in the year before that.
    assert finding.first_date == dt.date(2012, 3, 1)
    assert "3 agencies" in finding.message and "found SCHOOL" in finding.message


def test_first_date_is_the_completion(run: Any) -> None:
    case = family(assessment(end=None), *involved())
    assert run("FS-NAT4", case, "2012-02-29") == []
    [finding] = run("FS-NAT4", case, "2012-03-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 3, 1)


def test_a_third_agency_during_the_assessment_dates_it_at_completion(run: Any) -> None:
    gp = an_event(EventType.HEALTH_CONTACT, on="2012-03-10", agency="GP", eid="G1")
    case = family(assessment(), *involved(police_on="2011-02-15"), gp)
    assert run("FS-NAT4", case, "2012-03-19") == []
    [finding] = run("FS-NAT4", case, "2012-03-20")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 3, 20)
    assert finding.evidence == ("CSC:A1", "CSC:R1", "GP:G1", "SCHOOL:S1")


def test_two_other_agencies_pass(run: Any) -> None:
    case = family(assessment("CSC;SCHOOL;POLICE"), *involved())
    assert names(run("FS-NAT4", case, "2012-06-01")) == ["Passed"]


def test_the_assessing_agency_does_not_count_as_another(run: Any) -> None:
    case = family(assessment("CSC;SCHOOL", agency="EH"), *involved())
    assert names(run("FS-NAT4", case, "2012-06-01")) == ["Passed"]
    itself = family(assessment("CSC;EH", agency="EH"), *involved())
    assert names(run("FS-NAT4", itself, "2012-06-01")) == ["Finding"]


def test_fewer_agencies_is_out_of_scope(run: Any) -> None:
    case = family(assessment(), *involved(police_on="2011-03-19"))
    assert run("FS-NAT4", case, "2012-06-01") == []


def test_not_carried_is_not_evaluated(run: Any) -> None:
    case = family(
        assessment(""), *involved(), carried={"CSC": all_columns_except("agencies_involved")}
    )
    [outcome] = run("FS-NAT4", case, "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "agencies involved" in outcome.reason


def test_uncertain_dates_of_the_third_agency(run: Any) -> None:
    [outcome] = run("FS-NAT4", family(assessment(), *involved(police_on="2011")), "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason


def test_entries_about_the_household_count(run: Any) -> None:
    gp = an_event(
        EventType.PARENTAL_FACTOR,
        on="2011-12-01",
        agency="GP",
        subjects=None,
        people="M1",
        eid="G1",
    )
    events = [assessment(), *involved(police_on="2010-01-01"), gp]
    [finding] = run("FS-NAT4", family(*events), "2012-06-01")
    assert isinstance(finding, Finding) and "GP:G1" in finding.evidence
