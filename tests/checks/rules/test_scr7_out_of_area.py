"""FS-SCR7: additional risks for children placed out of county."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, all_columns_except, an_agency, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome
from foresight.model.vocab import AgencyKind, EventType

# Monday 5 March 2012: an emergency placement's notice is due by Monday 12 March; the first
# review of a placement that begins being looked after by Monday 2 April.
PLACED = "2012-03-05"
AGENCIES = [
    an_agency("CSC", local_authority="Northmoor"),
    an_agency("WCS", AgencyKind.CHILDREN_SOCIAL_CARE, "Westshire Children's Services"),
]


def family(*events: Any, carried: Any = None) -> Case:
    child = a_child("C1", born="2005-01-01")
    return a_case(people=[child], events=events, agencies=AGENCIES, carried=carried)


def placement(on: str = PLACED, emergency: bool | None = False, **kw: Any) -> Any:
    kw.setdefault("placement_la", "Westshire")
    kw.setdefault("responsible_la", "Northmoor")
    return an_event(EventType.PLACEMENT, on=on, eid="PL1", emergency=emergency, **kw)


def notice(on: str, to: str = "WCS") -> Any:
    return an_event(EventType.INFORMATION_SHARED, on=on, eid="N1", to_agency=to)


def review(on: str, details: str = "Out of area placement: distance from school discussed.") -> Any:
    return an_event(EventType.CARE_PLAN_REVIEW, on=on, eid="CPR1", details=details)


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_host_told_before_and_review_in_time_passes(run: Any) -> None:
    case = family(notice("2012-03-02"), placement(), review("2012-03-30"))
    outcomes = run("FS-SCR7", case, "2012-06-01")
    assert names(outcomes) == ["Passed", "Passed"]
    assert "WCS:N1" not in outcomes[0].evidence and "CSC:N1" in outcomes[0].evidence


def test_host_not_told_is_a_finding_from_the_day_after_the_start(run: Any) -> None:
    case = family(placement(), review("2012-03-30"))
    assert names(run("FS-SCR7", case, "2012-03-05")) == ["Passed", "Passed"]
    notice_outcome, _ = run("FS-SCR7", case, "2012-03-06")
    assert isinstance(notice_outcome, Finding)
    assert notice_outcome.first_date == dt.date(2012, 3, 6)
    assert notice_outcome.learning_points == ("SCR7",)
    assert "Westshire" in notice_outcome.expected and "before it started" in notice_outcome.expected


def test_notice_to_another_authority_does_not_count(run: Any) -> None:
    case = family(notice("2012-03-02", to="POLICE"), placement(), review("2012-03-30"))
    assert names(run("FS-SCR7", case, "2012-06-01")) == ["Finding", "Passed"]


def test_emergency_placement_allows_five_working_days(run: Any) -> None:
    case = family(placement(emergency=True), notice("2012-03-12"), review("2012-03-30"))
    assert names(run("FS-SCR7", case, "2012-06-01")) == ["Passed", "Passed"]
    late = family(placement(emergency=True), notice("2012-03-13"), review("2012-03-30"))
    first, _ = run("FS-SCR7", late, "2012-06-01")
    assert isinstance(first, Finding) and first.first_date == dt.date(2012, 3, 13)


def test_review_late_or_silent_on_the_distance(run: Any) -> None:
    late = family(notice("2012-03-02"), placement(), review("2012-04-03"))
    _, second = run("FS-SCR7", late, "2012-06-01")
    assert isinstance(second, Finding) and second.first_date == dt.date(2012, 4, 3)
    silent = family(notice("2012-03-02"), placement(), review("2012-03-30", "Settled well."))
    _, second = run("FS-SCR7", silent, "2012-06-01")
    assert isinstance(second, Finding) and "out-of-area" in second.message


def test_continuing_period_allows_three_months(run: Any) -> None:
    looked_after = an_event(EventType.LOOKED_AFTER, on="2011-09-05", eid="LA1")
    case = family(looked_after, notice("2012-03-02"), placement(), review("2012-05-28"))
    assert names(run("FS-SCR7", case, "2012-09-01")) == ["Passed", "Passed"]


def test_placement_in_area_is_not_a_trigger(run: Any) -> None:
    assert run("FS-SCR7", family(placement(placement_la="Northmoor")), "2012-06-01") == []


def test_authorities_not_carried_is_not_evaluated(run: Any) -> None:
    carried = {"CSC": all_columns_except("placement_la", "responsible_la")}
    case = family(placement(placement_la=None, responsible_la=None), carried=carried)
    [outcome] = run("FS-SCR7", case, "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "placement la" in outcome.reason


def test_uncertain_start_is_not_evaluated(run: Any) -> None:
    case = family(placement(on="Mar 2012"), notice("2012-03-09"), review("2012-03-30"))
    first, _ = run("FS-SCR7", case, "2012-06-01")
    assert isinstance(first, NotEvaluated) and "too uncertain" in first.reason
