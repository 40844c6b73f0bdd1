"""FS-PR4: other risks may be masked by long-term neglect."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import Category, EventType

# Neglect concerns a year apart, then a disclosure on Thursday 1 March 2012: 20 working days
# run to Thursday 29 March.
SIGN = "2012-03-01"


def family(*events: Any) -> Case:
    return a_case(people=[a_child("C1", born="2006-05-05")], events=events)


def neglect(first: str = "2011-01-10", last: str = "2012-01-10") -> tuple[Any, Any]:
    return (
        an_event(EventType.NEGLECT_CONCERN, on=first, eid="N1"),
        an_event(EventType.NEGLECT_CONCERN, on=last, eid="N2"),
    )


def sign(kind: EventType = EventType.DISCLOSURE, on: str = SIGN, **kw: Any) -> Any:
    return an_event(kind, on=on, eid="S1", **kw)


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_disclosure_after_a_year_of_neglect_without_assessment(run: Any) -> None:
    [finding] = run("FS-PR4", family(*neglect(), sign()), "2012-06-01")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("PR4",)
    assert finding.subject == "CSC:C1"
    assert set(finding.evidence) == {"CSC:S1", "CSC:N1", "CSC:N2"}
    assert finding.first_date == dt.date(2012, 3, 30)
    assert "10 January 2011" in finding.message and "29 March 2012" in finding.expected


def test_first_date_is_exact(run: Any) -> None:
    case = family(*neglect(), sign())
    [before] = run("FS-PR4", case, "2012-03-29")
    assert isinstance(before, Passed) and "not due until 29 March 2012" in before.message
    [finding] = run("FS-PR4", case, "2012-03-30")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 3, 30)


def test_assessment_or_strategy_discussion_in_time_passes(run: Any) -> None:
    for kind in (EventType.ASSESSMENT, EventType.STRATEGY_DISCUSSION):
        response = an_event(kind, on="2012-03-29", eid="A1")
        outcomes = run("FS-PR4", family(*neglect(), sign(), response), "2012-06-01")
        assert names(outcomes) == ["Passed"] and "CSC:A1" in outcomes[0].evidence
    late = an_event(EventType.ASSESSMENT, on="2012-03-30")
    assert names(run("FS-PR4", family(*neglect(), sign(), late), "2012-06-01")) == ["Finding"]


def test_neglect_spanning_less_than_a_year_is_out_of_scope(run: Any) -> None:
    assert run("FS-PR4", family(*neglect(last="2012-01-09"), sign()), "2012-06-01") == []


def test_behaviour_concern_is_a_sign_only_when_sexualised(run: Any) -> None:
    food = sign(EventType.BEHAVIOUR_CONCERN, details="Hoarding food at school")
    assert run("FS-PR4", family(*neglect(), food), "2012-06-01") == []
    touching = sign(EventType.BEHAVIOUR_CONCERN, details="Sexualised behaviour in class")
    assert names(run("FS-PR4", family(*neglect(), touching), "2012-06-01")) == ["Finding"]


def test_injury_and_sexual_health_contact_are_signs(run: Any) -> None:
    for kind in (EventType.INJURY, EventType.SEXUAL_HEALTH_CONTACT):
        assert names(run("FS-PR4", family(*neglect(), sign(kind)), "2012-06-01")) == ["Finding"]


def test_sign_before_the_neglect_began_is_out_of_scope(run: Any) -> None:
    assert run("FS-PR4", family(*neglect(), sign(on="2010-12-01")), "2012-06-01") == []


def test_sign_during_the_year_is_raised_once_the_year_is_on_record(run: Any) -> None:
    case = family(*neglect(), sign(on="2011-06-01"))
    assert run("FS-PR4", case, "2012-01-09") == []
    [finding] = run("FS-PR4", case, "2012-01-10")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 1, 10)


def plan(end: str | None = None, category: Category = Category.NEGLECT) -> Any:
    return an_event(
        EventType.CHILD_PROTECTION_PLAN, on="2011-01-10", eid="P1", end_date=end, category=category
    )


def test_neglect_plan_lasting_a_year(run: Any) -> None:
    case = family(plan(), sign(EventType.INJURY, on="2011-06-01"))
    assert run("FS-PR4", case, "2012-01-09") == []
    [finding] = run("FS-PR4", case, "2012-01-10")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 1, 10)
    assert set(finding.evidence) == {"CSC:S1", "CSC:P1"}


def test_short_or_other_plans_are_out_of_scope(run: Any) -> None:
    injury = sign(EventType.INJURY, on="2011-06-01")
    assert run("FS-PR4", family(plan(end="2011-07-10"), injury), "2012-06-01") == []
    assert run("FS-PR4", family(plan(category=Category.PHYSICAL), injury), "2012-06-01") == []


def test_uncertain_plan_end_is_not_evaluated(run: Any) -> None:
    [outcome] = run("FS-PR4", family(plan(end="2011-2012"), sign()), "2013-06-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason


def test_uncertain_sign_date(run: Any) -> None:
    response = an_event(EventType.ASSESSMENT, on="2012-03-20")
    [outcome] = run("FS-PR4", family(*neglect(), sign(on="Mar 2012"), response), "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason
