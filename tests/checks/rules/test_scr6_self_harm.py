"""FS-SCR6: a formal risk assessment for every child who self-harms."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, all_columns_except, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import EventType, RiskLevel

# 1 March 2012 is a Thursday; the young person is 15.
HARMED = "2012-03-01"


def family(*events: Any, born: str | None = "1997-01-01", carried: Any = None) -> Case:
    young = a_child("C1", born=born, agency="CAMHS", name="Kit Sample")
    return a_case(people=[young], events=events, carried=carried)


def harm(on: str = HARMED, **kw: Any) -> Any:
    return an_event(EventType.SELF_HARM, on=on, agency="CAMHS", eid="H1", **kw)


def risk(on: str = "2012-03-02", level: RiskLevel | None = RiskLevel.LOW) -> Any:
    return an_event(
        EventType.SELF_HARM_RISK_ASSESSMENT, on=on, agency="CAMHS", eid="R1", risk_level=level
    )


def mental_health(on: str) -> Any:
    return an_event(EventType.MENTAL_HEALTH_ASSESSMENT, on=on, agency="CAMHS", eid="M1")


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_low_risk_assessment_next_working_day_passes(run: Any) -> None:
    outcomes = run("FS-SCR6", family(harm(), risk()), "2012-04-01")
    assert names(outcomes) == ["Passed"]
    assert isinstance(outcomes[0], Passed)
    assert set(outcomes[0].evidence) == {"CAMHS:H1", "CAMHS:R1"}


def test_no_risk_assessment_is_a_finding(run: Any) -> None:
    [finding] = run("FS-SCR6", family(harm()), "2012-04-01")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("SCR6",)
    assert finding.subject == "CAMHS:C1"
    assert finding.evidence == ("CAMHS:H1",)
    assert finding.first_date == dt.date(2012, 3, 3)
    assert "Kit Sample" in finding.message and "1 March 2012" in finding.message
    assert "self-harm risk assessment" in finding.expected and finding.cannot_know


def test_friday_self_harm_is_due_by_monday(run: Any) -> None:
    case = family(harm(on="2012-03-02"), risk(on="2012-03-05"))
    assert names(run("FS-SCR6", case, "2012-04-01")) == ["Passed"]
    late = family(harm(on="2012-03-02"))
    assert names(run("FS-SCR6", late, "2012-03-05")) == ["Passed"]  # not due until Monday
    [finding] = run("FS-SCR6", late, "2012-03-06")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 3, 6)


def test_high_risk_needs_mental_health_assessment_the_same_day(run: Any) -> None:
    same_day = family(harm(), risk(level=RiskLevel.HIGH), mental_health("2012-03-02"))
    assert names(run("FS-SCR6", same_day, "2012-04-01")) == ["Passed", "Passed"]
    next_day = family(harm(), risk(level=RiskLevel.HIGH), mental_health("2012-03-05"))
    first, second = run("FS-SCR6", next_day, "2012-04-01")
    assert isinstance(first, Passed)
    assert isinstance(second, Finding)
    assert second.first_date == dt.date(2012, 3, 3)
    assert set(second.evidence) == {"CAMHS:R1", "CAMHS:H1"}
    assert "high risk" in second.message and "same day" in second.expected


def test_raised_risk_allows_five_working_days(run: Any) -> None:
    # Risk assessed Friday 2 March: five working days run to Friday 9 March.
    in_time = family(harm(), risk(level=RiskLevel.RAISED), mental_health("2012-03-09"))
    assert names(run("FS-SCR6", in_time, "2012-04-01")) == ["Passed", "Passed"]
    late = family(harm(), risk(level=RiskLevel.RAISED), mental_health("2012-03-12"))
    outcomes = run("FS-SCR6", late, "2012-04-01")
    assert names(outcomes) == ["Passed", "Finding"]
    assert isinstance(outcomes[1], Finding) and outcomes[1].first_date == dt.date(2012, 3, 10)


def test_risk_level_not_carried_leaves_follow_up_not_evaluated(run: Any) -> None:
    carried = {"CAMHS": all_columns_except("risk_level")}
    case = family(harm(), risk(level=None), carried=carried)
    first, second = run("FS-SCR6", case, "2012-04-01")
    assert isinstance(first, Passed)
    assert isinstance(second, NotEvaluated) and "does not record risk level" in second.reason


def test_blank_risk_level_is_not_evaluated(run: Any) -> None:
    _, second = run("FS-SCR6", family(harm(), risk(level=None)), "2012-04-01")
    assert isinstance(second, NotEvaluated) and "no risk level" in second.reason


def test_adult_self_harm_is_out_of_scope(run: Any) -> None:
    assert run("FS-SCR6", family(harm(), born="1980-05-05"), "2012-04-01") == []


def test_no_date_of_birth_is_not_evaluated(run: Any) -> None:
    [outcome] = run("FS-SCR6", family(harm(), born=None), "2012-04-01")
    assert isinstance(outcome, NotEvaluated)


def test_turning_eighteen_that_year_is_not_evaluated(run: Any) -> None:
    [outcome] = run("FS-SCR6", family(harm(), born="1994"), "2012-04-01")
    assert isinstance(outcome, NotEvaluated)


def test_uncertain_self_harm_date(run: Any) -> None:
    case = family(harm(on="Mar 2012"), risk(on="2012-03-15"))
    [outcome] = run("FS-SCR6", case, "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason
    # With no assessment at all, a finding once every reading's deadline (2 April) has passed.
    bare = family(harm(on="Mar 2012"))
    assert isinstance(run("FS-SCR6", bare, "2012-04-02")[0], NotEvaluated)
    [finding] = run("FS-SCR6", bare, "2012-04-03")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 4, 3)
