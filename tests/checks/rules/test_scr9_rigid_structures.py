"""FS-SCR9: depart from rigid structures that are not working (SCR9, AUD3)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import EventType


def family(*events: Any) -> Case:
    return a_case(people=[a_child("C1", born="2008-01-01")], events=events)


def referral(eid: str, on: str) -> Any:
    return an_event(EventType.REFERRAL, on=on, eid=eid)


def stop(eid: str, on: str) -> Any:
    return an_event(EventType.NO_FURTHER_ACTION, on=on, eid=eid)


def meeting(on: str, details: str, kind: EventType = EventType.MULTI_AGENCY_MEETING) -> Any:
    return an_event(kind, on=on, eid="M1", details=details)


# Three decisions to stop each followed by a new referral; the third re-referral is on
# Monday 4 March 2013, so 20 working days run to Wednesday 3 April 2013 (Good Friday
# 29 March and Easter Monday 1 April are bank holidays).
ROUND = (
    referral("R1", "2012-01-09"),
    stop("N1", "2012-01-10"),
    referral("R2", "2012-05-14"),
    stop("N2", "2012-05-15"),
    referral("R3", "2012-10-01"),
    stop("N3", "2012-10-02"),
    referral("R4", "2013-03-04"),
)


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_round_and_round_without_a_different_approach_is_a_finding(run: Any) -> None:
    case = family(*ROUND)
    assert names(run("FS-SCR9", case, "2013-04-03")) == ["Passed"]  # not due until 3 April
    [finding] = run("FS-SCR9", case, "2013-04-04")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2013, 4, 4)
    assert finding.learning_points == ("SCR9", "AUD3")
    assert set(finding.evidence) == {"CSC:R2", "CSC:R3", "CSC:R4", "CSC:N1", "CSC:N2", "CSC:N3"}
    assert "3 referrals" in finding.message and "4 March 2013" in finding.message


def test_meeting_that_rethinks_passes(run: Any) -> None:
    case = family(*ROUND, meeting("2013-03-20", "Agreed we need a different approach."))
    [outcome] = run("FS-SCR9", case, "2013-06-01")
    assert isinstance(outcome, Passed) and "CSC:M1" in outcome.evidence


def test_supervision_must_mention_a_different_approach(run: Any) -> None:
    same = meeting("2013-03-20", "Case reviewed; continue as before.", EventType.SUPERVISION)
    assert names(run("FS-SCR9", family(*ROUND, same), "2013-06-01")) == ["Finding"]
    new = meeting("2013-03-20", "Rethink: try family group conference.", EventType.SUPERVISION)
    assert names(run("FS-SCR9", family(*ROUND, new), "2013-06-01")) == ["Passed"]


def test_spread_over_more_than_36_months_does_not_trigger(run: Any) -> None:
    spread = (*ROUND[:-1], referral("R4", "2015-11-02"))
    assert run("FS-SCR9", family(*spread), "2016-06-01") == []


def test_two_restarts_do_not_trigger(run: Any) -> None:
    assert run("FS-SCR9", family(*ROUND[:-2]), "2013-06-01") == []


def test_plans_restarted_after_ending(run: Any) -> None:
    plans = [
        an_event(EventType.CHILD_PROTECTION_PLAN, on=start, end_date=end, eid=eid)
        for eid, start, end in (
            ("P1", "2012-01-09", "2012-04-02"),
            ("P2", "2012-06-04", "2012-09-03"),
            ("P3", "2012-11-05", "2013-02-04"),
            ("P4", "2013-04-08", None),
        )
    ]
    [finding] = run("FS-SCR9", family(*plans), "2013-06-01")
    assert isinstance(finding, Finding) and "3 plans" in finding.message
    assert {"CSC:P2", "CSC:P3", "CSC:P4"} <= set(finding.evidence)


def test_uncertain_dates_at_the_edge_are_not_evaluated(run: Any) -> None:
    edge = (*ROUND[:-1], referral("R4", "2015"))
    [outcome] = run("FS-SCR9", family(*edge), "2016-06-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason
