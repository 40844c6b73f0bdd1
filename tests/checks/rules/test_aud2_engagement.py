"""FS-AUD2: a high-risk young person not engaging, and engagement checked elsewhere."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, all_columns_except, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import EventType, RiskLevel

# Kai is 15. He self-harms on 1 October 2022 (high risk from then), and does not attend CAMHS
# on 2 and Wednesday 23 November; 10 working days from the second run to 7 December.
NHS = {"nhs_number": "999 000 0107"}  # the NHS's test range: links the agencies' records


def family(*events: Any, born: str | None = "2007-06-20", carried: Any = None) -> Case:
    people = [
        a_child(pid, born=born, agency=agency, name="Kai Sample", **NHS)
        for pid, agency in (("C1", "CSC"), ("K1", "CAMHS"), ("S1", "SCHOOL"), ("P1", "POLICE"))
    ]
    return a_case(people=people, events=events, carried=carried)


def camhs(kind: EventType, on: str, eid: str, **kw: Any) -> Any:
    return an_event(kind, on=on, agency="CAMHS", subjects="K1", eid=eid, **kw)


def harm() -> Any:
    return camhs(EventType.SELF_HARM, "2022-10-01", "H1")


def dna(on: str, eid: str, agency: str = "CAMHS", **kw: Any) -> Any:
    subject = {"CAMHS": "K1", "SCHOOL": "S1", "CSC": "C1"}[agency]
    kind = kw.pop("kind", EventType.DID_NOT_ATTEND)
    return an_event(kind, on=on, agency=agency, subjects=subject, eid=eid, **kw)


def missed() -> tuple[Any, ...]:
    return (dna("2022-11-02", "D1"), dna("2022-11-23", "D2"))


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_two_missed_appointments_at_high_risk_without_a_check_is_a_finding(run: Any) -> None:
    [finding] = run("FS-AUD2", family(harm(), *missed()), "2023-01-31")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("AUD2",)
    assert finding.first_date == dt.date(2022, 12, 8)
    assert finding.evidence[0] == "CAMHS:D2"
    assert {"CAMHS:D1", "CAMHS:H1"} <= set(finding.evidence)
    assert "Kai Sample" in finding.message and "self-harm" in finding.message
    assert "23 November 2022" in finding.message
    assert "7 December 2022" in finding.expected and finding.cannot_know


def test_first_date_is_exact(run: Any) -> None:
    case = family(harm(), *missed())
    [not_due] = run("FS-AUD2", case, "2022-12-07")
    assert isinstance(not_due, Passed) and "not due until 7 December 2022" in not_due.message
    [finding] = run("FS-AUD2", case, "2022-12-08")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2022, 12, 8)


def test_information_request_to_another_agency_passes(run: Any) -> None:
    ask = camhs(EventType.INFORMATION_REQUEST, "2022-12-07", "IR1", to_agency="SCHOOL")
    outcomes = run("FS-AUD2", family(harm(), *missed(), ask), "2023-01-31")
    assert names(outcomes) == ["Passed"] and "CAMHS:IR1" in outcomes[0].evidence


def test_request_to_the_agency_not_engaged_with_does_not_count(run: Any) -> None:
    ask = an_event(EventType.INFORMATION_REQUEST, on="2022-12-01", eid="IR2", to_agency="CAMHS")
    assert names(run("FS-AUD2", family(harm(), *missed(), ask), "2023-01-31")) == ["Finding"]


def test_multi_agency_meeting_or_hard_to_reach_referral_passes(run: Any) -> None:
    meeting = an_event(EventType.MULTI_AGENCY_MEETING, on="2022-11-30", eid="MM1")
    assert names(run("FS-AUD2", family(harm(), *missed(), meeting), "2023-01-31")) == ["Passed"]
    hard = camhs(EventType.HARD_TO_REACH_REFERRAL, "2022-11-24", "HR1")
    assert names(run("FS-AUD2", family(harm(), *missed(), hard), "2023-01-31")) == ["Passed"]


def test_not_at_high_risk_is_out_of_scope(run: Any) -> None:
    assert run("FS-AUD2", family(*missed()), "2023-01-31") == []
    later = camhs(EventType.SELF_HARM, "2022-11-24", "H9")
    assert run("FS-AUD2", family(later, *missed()), "2023-01-31") == []


def test_each_sign_of_high_risk(run: Any) -> None:
    two_missing = [
        an_event(EventType.MISSING_EPISODE, on=day, agency="POLICE", subjects="P1", eid=eid)
        for day, eid in (("2022-07-01", "M1"), ("2022-09-30", "M2"))
    ]
    assert names(run("FS-AUD2", family(*two_missing, *missed()), "2023-01-31")) == ["Finding"]
    assert run("FS-AUD2", family(two_missing[0], *missed()), "2023-01-31") == []
    apart = an_event(
        EventType.MISSING_EPISODE, on="2022-10-02", agency="POLICE", subjects="P1", eid="M3"
    )
    assert run("FS-AUD2", family(two_missing[0], apart, *missed()), "2023-01-31") == []
    for level, expected in ((RiskLevel.RAISED, ["Finding"]), (RiskLevel.LOW, [])):
        screen = an_event(EventType.CSE_SCREENING, on="2022-10-01", eid="X1", risk_level=level)
        assert names(run("FS-AUD2", family(screen, *missed()), "2023-01-31")) == expected
    high = an_event(EventType.NOTE, on="2022-10-01", eid="N1", risk_level=RiskLevel.HIGH)
    assert names(run("FS-AUD2", family(high, *missed()), "2023-01-31")) == ["Finding"]


def test_failures_must_be_with_one_agency_within_three_months(run: Any) -> None:
    mixed = (dna("2022-11-02", "D1"), dna("2022-11-23", "D2", agency="SCHOOL"))
    assert run("FS-AUD2", family(harm(), *mixed), "2023-01-31") == []
    apart = (dna("2022-10-02", "D1"), dna("2023-01-03", "D2"))
    assert run("FS-AUD2", family(harm(), *apart), "2023-03-31") == []
    visits = (
        dna("2022-11-02", "V1", agency="CSC", kind=EventType.NO_ACCESS_VISIT),
        dna("2022-11-23", "V2", agency="CSC", kind=EventType.NO_ACCESS_VISIT),
    )
    assert names(run("FS-AUD2", family(harm(), *visits), "2023-01-31")) == ["Finding"]


def test_a_third_missed_appointment_does_not_raise_again(run: Any) -> None:
    case = family(harm(), *missed(), dna("2022-12-14", "D3"))
    [finding] = run("FS-AUD2", case, "2023-01-31")
    assert isinstance(finding, Finding) and finding.evidence[0] == "CAMHS:D2"


def test_age_out_of_range_or_unknown(run: Any) -> None:
    assert run("FS-AUD2", family(harm(), *missed(), born="2014-01-01"), "2023-01-31") == []
    [unknown] = run("FS-AUD2", family(harm(), *missed(), born=None), "2023-01-31")
    assert isinstance(unknown, NotEvaluated) and "aged 10 to 17" in unknown.reason


def test_recipient_not_carried_is_not_evaluated(run: Any) -> None:
    ask = camhs(EventType.INFORMATION_REQUEST, "2022-12-01", "IR3")
    carried = {"CAMHS": all_columns_except("to_agency")}
    [outcome] = run("FS-AUD2", family(harm(), *missed(), ask, carried=carried), "2023-01-31")
    assert isinstance(outcome, NotEvaluated) and "does not record to agency" in outcome.reason


def test_uncertain_second_date(run: Any) -> None:
    # "Nov 2022" may be before or after 2 November: the second is the later, on any reading,
    # so 10 working days run to 14 December for the latest reading.
    pair = (dna("2022-11-02", "D1"), dna("Nov 2022", "D2"))
    [finding] = run("FS-AUD2", family(harm(), *pair), "2023-01-31")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2022, 12, 15)
    ask = camhs(EventType.INFORMATION_REQUEST, "2022-11-20", "IR4", to_agency="SCHOOL")
    [outcome] = run("FS-AUD2", family(harm(), *pair, ask), "2023-01-31")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason
