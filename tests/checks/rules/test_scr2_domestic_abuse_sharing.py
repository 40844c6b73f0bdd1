"""FS-SCR2: police domestic abuse notifications to children's social care and the setting."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, an_adult, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import EventType

# The police attend on Friday 2 March 2012: the notifications are due by Monday 5 March.


def family(*events: Any, settings: tuple[str, ...] = ("SCHOOL",), born: str = "2006-05-05") -> Case:
    people = [a_child("C1", born=born, agency=code) for code in ("POLICE", *settings)]
    people.append(an_adult("M1", "mother", agency="POLICE"))
    return a_case(people=people, events=events)


def incident(on: str = "2012-03-02", agency: str = "POLICE") -> Any:
    return an_event(EventType.DOMESTIC_ABUSE_INCIDENT, on=on, agency=agency, people="M1", eid="DA1")


def shared(to: str, on: str = "2012-03-05", eid: str = "S1") -> Any:
    return an_event(EventType.INFORMATION_SHARED, on=on, agency="POLICE", to_agency=to, eid=eid)


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_no_notification_is_a_finding(run: Any) -> None:
    [finding] = run("FS-SCR2", family(incident()), "2012-04-01")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("SCR2",)
    assert finding.evidence == ("POLICE:DA1",)
    assert finding.first_date == dt.date(2012, 3, 6)
    assert "2 March 2012" in finding.message and "SCHOOL" in finding.message
    assert "5 March 2012" in finding.expected


def test_both_told_on_the_next_working_day_passes(run: Any) -> None:
    [outcome] = run("FS-SCR2", family(incident(), shared("CSC;SCHOOL")), "2012-04-01")
    assert isinstance(outcome, Passed) and "POLICE:S1" in outcome.evidence


def test_a_referral_counts_for_childrens_social_care(run: Any) -> None:
    referral = an_event(EventType.REFERRAL, on="2012-03-03", agency="POLICE", eid="R1")
    case = family(incident(), referral, shared("SCHOOL"))
    assert names(run("FS-SCR2", case, "2012-04-01")) == ["Passed"]


def test_only_childrens_social_care_told_is_a_finding(run: Any) -> None:
    [finding] = run("FS-SCR2", family(incident(), shared("CSC")), "2012-04-01")
    assert isinstance(finding, Finding)
    assert "found no information shared with SCHOOL" in finding.message


def test_a_school_the_child_does_not_attend_does_not_count(run: Any) -> None:
    other = a_child("X1", born="2001-01-01", name="Zed Other", agency="EY", subject=False)
    people = [a_child("C1", born="2006-05-05", agency=c) for c in ("POLICE", "SCHOOL")]
    case = a_case(people=[*people, other], events=[incident(), shared("CSC;EY")])
    assert names(run("FS-SCR2", case, "2012-04-01")) == ["Finding"]


def test_telling_the_setting_a_day_late_is_a_finding(run: Any) -> None:
    case = family(incident(), shared("CSC"), shared("SCHOOL", on="2012-03-06", eid="S2"))
    [finding] = run("FS-SCR2", case, "2012-04-01")
    assert isinstance(finding, Finding) and "came later: POLICE:S2" in finding.message


def test_first_date_is_exact(run: Any) -> None:
    case = family(incident())
    [before] = run("FS-SCR2", case, "2012-03-05")
    assert isinstance(before, Passed) and "not due until 5 March 2012" in before.message
    [finding] = run("FS-SCR2", case, "2012-03-06")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 3, 6)


def test_no_setting_named_is_not_evaluated(run: Any) -> None:
    [outcome] = run("FS-SCR2", family(incident(), settings=()), "2012-04-01")
    assert isinstance(outcome, NotEvaluated) and "no school" in outcome.reason


def test_health_visitor_is_a_setting(run: Any) -> None:
    case = family(incident(), shared("CSC;HV"), settings=("HV",), born="2011-06-01")
    assert names(run("FS-SCR2", case, "2012-04-01")) == ["Passed"]


def test_incident_recorded_by_another_agency_is_out_of_scope(run: Any) -> None:
    assert run("FS-SCR2", family(incident(agency="SCHOOL")), "2012-04-01") == []


def test_an_adult_is_out_of_scope(run: Any) -> None:
    assert run("FS-SCR2", family(incident(), born="1990-01-01"), "2012-04-01") == []


def test_uncertain_incident_date(run: Any) -> None:
    [outcome] = run("FS-SCR2", family(incident(on="Mar 2012"), shared("CSC;SCHOOL")), "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason
