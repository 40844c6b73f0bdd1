"""FS-SCR5: a child is a child until 18."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import EventType

# Ava turns 16 on 5 May 2011. The concern is on Thursday 1 March 2012; ten working days run
# to Thursday 15 March.


def family(*events: Any, born: str = "1995-05-05") -> Case:
    return a_case(people=[a_child("C1", born=born, name="Ava Sample")], events=events)


def concern(kind: EventType = EventType.SELF_HARM, on: str = "2012-03-01", **kw: Any) -> Any:
    return an_event(kind, on=on, eid="X1", **kw)


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_no_response_is_a_finding(run: Any) -> None:
    [finding] = run("FS-SCR5", family(concern()), "2012-06-01")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("SCR5",)
    assert finding.evidence == ("CSC:X1",)
    assert finding.first_date == dt.date(2012, 3, 16)
    assert "aged 16 years" in finding.message and "15 March 2012" in finding.expected


def test_first_date_is_exact(run: Any) -> None:
    case = family(concern(EventType.MISSING_EPISODE))
    [before] = run("FS-SCR5", case, "2012-03-15")
    assert isinstance(before, Passed) and "not due" in before.message
    [finding] = run("FS-SCR5", case, "2012-03-16")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 3, 16)


def test_strategy_discussion_in_time_passes(run: Any) -> None:
    strategy = an_event(EventType.STRATEGY_DISCUSSION, on="2012-03-15", eid="SD")
    outcomes = run("FS-SCR5", family(concern(EventType.CSE_INDICATOR), strategy), "2012-06-01")
    assert names(outcomes) == ["Passed"] and "CSC:SD" in outcomes[0].evidence


def test_referral_to_adult_services_alone_is_flagged(run: Any) -> None:
    adult = an_event(EventType.REFERRAL_TO_ADULT_SERVICES, on="2012-03-02", eid="AS")
    [finding] = run("FS-SCR5", family(concern(EventType.HOMELESSNESS), adult), "2012-06-01")
    assert isinstance(finding, Finding)
    assert "only response was a referral to adult services (CSC:AS)" in finding.message
    assert finding.evidence == ("CSC:X1", "CSC:AS")


def test_a_fifteen_year_old_is_out_of_scope(run: Any) -> None:
    assert run("FS-SCR5", family(concern(), born="1996-05-05"), "2012-06-01") == []


def test_an_uncertain_date_of_birth_is_not_evaluated(run: Any) -> None:
    [outcome] = run("FS-SCR5", family(concern(), born="1996"), "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "16 or 17" in outcome.reason


def test_domestic_abuse_needs_the_young_person_named(run: Any) -> None:
    unnamed = concern(EventType.DOMESTIC_ABUSE_INCIDENT, subjects=None)
    assert run("FS-SCR5", family(unnamed), "2012-06-01") == []
    named = concern(EventType.DOMESTIC_ABUSE_INCIDENT, subjects="C1")
    assert names(run("FS-SCR5", family(named), "2012-06-01")) == ["Finding"]


def test_age_as_the_reason_to_stop_is_a_finding(run: Any) -> None:
    referral = an_event(EventType.REFERRAL, on="2012-03-01", eid="R1")
    closed = an_event(
        EventType.NO_FURTHER_ACTION, on="2012-03-05", eid="N1", reason="Nearly 18: adult services"
    )
    [finding] = run("FS-SCR5", family(referral, closed), "2012-06-01")
    assert isinstance(finding, Finding) and finding.evidence == ("CSC:N1",)
    assert finding.first_date == dt.date(2012, 3, 5)
    assert "as a reason to stop" in finding.message


def test_age_mentioned_only_in_details_is_not_a_reason(run: Any) -> None:
    closed = an_event(
        EventType.CASE_CLOSED, on="2012-03-05", details="Young person age 17.", outcome="Closed"
    )
    assert run("FS-SCR5", family(closed), "2012-06-01") == []


def test_uncertain_concern_date(run: Any) -> None:
    strategy = an_event(EventType.STRATEGY_DISCUSSION, on="2012-03-20", eid="SD")
    case = family(concern(on="Mar 2012"), strategy)
    [outcome] = run("FS-SCR5", case, "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason


def test_age_as_the_reason_on_an_uncertain_date_is_known_when_the_entry_is(run: Any) -> None:
    # Ava is 17 throughout June 2012: the entry tells as soon as it is known (the month's
    # first day), not once the month is over.
    closed = an_event(EventType.NO_FURTHER_ACTION, on="Jun 2012", eid="N1", reason="Nearly 18")
    assert run("FS-SCR5", family(closed), "2012-05-31") == []
    [finding] = run("FS-SCR5", family(closed), "2012-06-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 6, 1)
    [later] = run("FS-SCR5", family(closed), "2012-06-10")
    assert isinstance(later, Finding) and later.first_date == dt.date(2012, 6, 1)


def test_plan_ended_for_age_on_an_uncertain_date_is_known_when_the_end_is(run: Any) -> None:
    plan = an_event(
        EventType.CHILD_IN_NEED_PLAN,
        on="2011-09-01",
        end_date="Mar 2012",
        eid="P1",
        reason="Closed as nearly 18",
    )
    assert run("FS-SCR5", family(plan), "2012-02-29") == []
    [finding] = run("FS-SCR5", family(plan), "2012-04-10")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 3, 1)
    [first] = run("FS-SCR5", family(plan), "2012-03-01")
    assert isinstance(first, Finding) and first.first_date == dt.date(2012, 3, 1)
