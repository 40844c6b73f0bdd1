"""FS-NAT3: adults may set out to deliberately deceive professionals."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import ChildSeen, EventType

# Missed appointments on 10 January, 1 May and Monday 3 September 2012: twenty working days
# after the third end on Monday 1 October 2012.
MISSED = ("2012-01-10", "2012-05-01", "2012-09-03")


def family(*events: Any) -> Case:
    people = [a_child("C1", born="2010-05-05", agency=a) for a in ("GP", "CSC", "HV")]
    return a_case(people=people, events=events)


def missed(on: str, eid: str, kind: EventType = EventType.WAS_NOT_BROUGHT) -> Any:
    return an_event(kind, on=on, agency="GP", eid=eid)


def three() -> list[Any]:
    return [missed(on, f"W{i}") for i, on in enumerate(MISSED, start=1)]


def supervision(on: str, details: str = "Discussed the pattern of missed appointments.") -> Any:
    return an_event(EventType.SUPERVISION, on=on, agency="CSC", eid="SV", details=details)


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_three_missed_appointments_not_discussed_is_a_finding(run: Any) -> None:
    [finding] = run("FS-NAT3", family(*three()), "2013-01-01")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("NAT3",)
    assert finding.evidence[:3] == ("GP:W1", "GP:W2", "GP:W3")
    assert finding.first_date == dt.date(2012, 10, 2)
    assert "3 September 2012" in finding.message and "pattern" in finding.expected


def test_first_date_is_exact(run: Any) -> None:
    case = family(*three())
    assert names(run("FS-NAT3", case, "2012-10-02")) == ["Finding"]
    [early] = run("FS-NAT3", case, "2012-10-01")
    assert isinstance(early, Passed) and "not due" in early.message


def test_supervision_naming_the_pattern_passes(run: Any) -> None:
    outcomes = run("FS-NAT3", family(*three(), supervision("2012-09-20")), "2013-01-01")
    assert names(outcomes) == ["Passed"] and "CSC:SV" in outcomes[0].evidence
    silent = family(*three(), supervision("2012-09-20", details="Caseload review."))
    assert names(run("FS-NAT3", silent, "2013-01-01")) == ["Finding"]


def test_cancelled_appointments_count_and_twelve_months_is_the_limit(run: Any) -> None:
    cancelled = [
        missed(on, f"X{i}", EventType.CANCELLED_APPOINTMENT) for i, on in enumerate(MISSED)
    ]
    assert names(run("FS-NAT3", family(*cancelled), "2013-01-01")) == ["Finding"]
    late = [missed("2012-01-10", "A"), missed("2012-05-01", "B"), missed("2013-01-11", "C")]
    assert run("FS-NAT3", family(*late), "2013-06-01") == []


def test_not_brought_on_a_protection_plan_is_a_trigger(run: Any) -> None:
    plan = an_event(EventType.CHILD_PROTECTION_PLAN, on="2012-03-01", agency="CSC", eid="P1")
    [finding] = run("FS-NAT3", family(plan, missed("2012-06-01", "W1")), "2013-01-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 7, 4)
    assert finding.evidence[:2] == ("GP:W1", "CSC:P1")
    ended = an_event(
        EventType.CHILD_PROTECTION_PLAN, on="2012-03-01", end_date="2012-05-01", agency="CSC"
    )
    assert run("FS-NAT3", family(ended, missed("2012-06-01", "W1")), "2013-01-01") == []


def test_plan_that_may_not_have_started_is_not_evaluated(run: Any) -> None:
    plan = an_event(EventType.CHILD_PROTECTION_PLAN, on="2012", agency="CSC")
    [outcome] = run("FS-NAT3", family(plan, missed("2012-06-01", "W1")), "2013-01-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason


def test_two_no_access_visits_without_seeing_the_child(run: Any) -> None:
    first = an_event(EventType.NO_ACCESS_VISIT, on="2012-03-01", agency="HV", eid="N1")
    second = an_event(EventType.NO_ACCESS_VISIT, on="2012-03-08", agency="HV", eid="N2")
    [finding] = run("FS-NAT3", family(first, second), "2012-06-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 4, 6)
    assert finding.evidence[:2] == ("HV:N1", "HV:N2")
    seen = an_event(EventType.HOME_VISIT, on="2012-03-05", agency="HV", child_seen=ChildSeen.YES)
    assert run("FS-NAT3", family(first, seen, second), "2012-06-01") == []


def test_a_no_access_visit_recorded_late_does_not_date_the_pattern_later(run: Any) -> None:
    """CSC's no-access visit of 5 March, recorded on 1 May, comes between HV's two: the full
    record's pattern ends with it, but a reviewer saw HV's pair from 6 April."""
    first = an_event(EventType.NO_ACCESS_VISIT, on="2012-03-01", agency="HV", eid="N1")
    second = an_event(EventType.NO_ACCESS_VISIT, on="2012-03-08", agency="HV", eid="N2")
    late = an_event(
        EventType.NO_ACCESS_VISIT, on="2012-03-05", agency="CSC", eid="N0", recorded="2012-05-01"
    )
    [finding] = run("FS-NAT3", family(first, late, second), "2012-06-01")
    assert isinstance(finding, Finding) and finding.evidence[:2] == ("HV:N1", "CSC:N0")
    assert finding.first_date == dt.date(2012, 4, 6)


def test_a_long_run_of_no_access_visits_is_one_pattern(run: Any) -> None:
    visits = [
        an_event(EventType.NO_ACCESS_VISIT, on=on, agency="HV")
        for on in ("2012-03-01", "2012-03-08", "2012-03-15")
    ]
    assert names(run("FS-NAT3", family(*visits), "2012-06-01")) == ["Finding"]


def test_uncertain_dates_are_not_evaluated(run: Any) -> None:
    events = [missed("2011", "A"), missed("2012-06-01", "B"), missed("2012-09-03", "C")]
    [outcome] = run("FS-NAT3", family(*events), "2013-01-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason
