"""FS-SCR4: the safety of all siblings must be assessed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, a_relationship, an_event, an_inferred_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import ChildSeen, EventType

# Ava's assessment runs from Thursday 1 March to Tuesday 20 March 2012. Twenty working days
# either side: from 2 February to 19 April (Easter 2012 falls on 6 and 9 April).


def family(*events: Any, sibling_born: str | None = "2008-01-01") -> Case:
    ava = a_child("C1", born="2010-05-05", name="Ava Sample")
    sam = a_child("S1", born=sibling_born, name="Sam Sample", subject=False)
    return a_case(
        people=[ava, sam],
        events=events,
        relationships=[
            a_relationship("S1", "sibling", "C1"),
            a_relationship("S1", "lives_with", "C1"),
        ],
    )


def assessment(on: str = "2012-03-01", end: str | None = "2012-03-20") -> Any:
    return an_event(EventType.ASSESSMENT, on=on, end_date=end, eid="A1")


def plan(on: str = "2012-03-01") -> Any:
    return an_event(EventType.CHILD_PROTECTION_PLAN, on=on, end_date="2013-01-01", eid="P1")


def strategy(on: str) -> Any:
    return an_event(
        EventType.STRATEGY_DISCUSSION, on=on, subjects="C1", participants="S1", eid="SD"
    )


def visit(on: str, seen: ChildSeen) -> Any:
    return an_event(EventType.HOME_VISIT, on=on, subjects="S1", child_seen=seen, eid="HV")


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_sibling_not_considered_is_a_finding(run: Any) -> None:
    [finding] = run("FS-SCR4", family(assessment()), "2012-06-01")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("SCR4",)
    assert finding.subject == "CSC:C1"
    assert finding.evidence == ("CSC:A1",)
    assert finding.first_date == dt.date(2012, 4, 20)
    assert "Sam Sample" in finding.message and "1 March 2012" in finding.message
    assert "19 April 2012" in finding.expected and finding.cannot_know


def test_sibling_in_a_strategy_discussion_before_passes(run: Any) -> None:
    outcomes = run("FS-SCR4", family(assessment(), strategy("2012-02-02")), "2012-06-01")
    assert names(outcomes) == ["Passed"]
    assert isinstance(outcomes[0], Passed) and "CSC:SD" in outcomes[0].evidence


def test_strategy_discussion_a_day_too_early_does_not_count(run: Any) -> None:
    outcomes = run("FS-SCR4", family(assessment(), strategy("2012-02-01")), "2012-06-01")
    assert names(outcomes) == ["Finding"]  # a strategy discussion is not itself a trigger


def test_home_visit_seeing_the_sibling_counts_only_if_seen(run: Any) -> None:
    seen = family(assessment(), visit("2012-04-19", ChildSeen.YES))
    assert names(run("FS-SCR4", seen, "2012-06-01")) == ["Passed"]
    not_seen = family(assessment(), visit("2012-04-19", ChildSeen.NO))
    assert names(run("FS-SCR4", not_seen, "2012-06-01")) == ["Finding"]
    too_late = family(assessment(), visit("2012-04-20", ChildSeen.ALONE))
    assert names(run("FS-SCR4", too_late, "2012-06-01")) == ["Finding"]


def test_both_children_in_one_assessment_pass(run: Any) -> None:
    both = an_event(EventType.ASSESSMENT, on="2012-03-01", subjects="C1;S1", eid="A2")
    # The assessment is about each of them, and each considers the other.
    outcomes = run("FS-SCR4", family(both), "2012-06-01")
    assert names(outcomes) == ["Passed", "Passed"]
    assert {o.subject for o in outcomes} == {"CSC:C1"}  # Sam is not a subject child


def test_plan_window_runs_around_its_start_only(run: Any) -> None:
    outcomes = run("FS-SCR4", family(plan(), strategy("2012-06-01")), "2012-07-01")
    finding = next(o for o in outcomes if isinstance(o, Finding))
    assert finding.evidence == ("CSC:P1",)
    assert finding.first_date == dt.date(2012, 3, 30)


def test_first_date_is_exact(run: Any) -> None:
    case = family(plan())
    [before] = run("FS-SCR4", case, "2012-03-29")
    assert isinstance(before, Passed) and "not due until 29 March 2012" in before.message
    [finding] = run("FS-SCR4", case, "2012-03-30")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 3, 30)


def test_adult_sibling_is_out_of_scope(run: Any) -> None:
    assert run("FS-SCR4", family(assessment(), sibling_born="1992-01-01"), "2012-06-01") == []


def test_sibling_without_date_of_birth_is_not_evaluated(run: Any) -> None:
    [outcome] = run("FS-SCR4", family(assessment(), sibling_born=None), "2012-06-01")
    assert isinstance(outcome, NotEvaluated)


def test_sibling_living_elsewhere_is_out_of_scope(run: Any) -> None:
    ava = a_child("C1", born="2010-05-05")
    sam = a_child("S1", born="2008-01-01", name="Sam Sample", subject=False)
    case = a_case(
        people=[ava, sam],
        events=[assessment()],
        relationships=[a_relationship("S1", "sibling", "C1")],
    )
    assert run("FS-SCR4", case, "2012-06-01") == []


def test_uncertain_assessment_date(run: Any) -> None:
    case = family(assessment(on="Mar 2012", end=None), strategy("2012-04-10"))
    outcomes = run("FS-SCR4", case, "2012-07-01")
    assert isinstance(outcomes[0], NotEvaluated) and "too uncertain" in outcomes[0].reason


def test_sibling_put_in_the_home_by_an_entry_recorded_late_dates_the_finding(run: Any) -> None:
    # Sam's move into Ava's home on 1 January 2012 was only recorded on 10 May 2012, after
    # the deadline of 19 April: until then no reviewer could know Sam lived there.
    ava = a_child("C1", born="2010-05-05", name="Ava Sample")
    sam = a_child("S1", born="2008-01-01", name="Sam Sample", subject=False)
    moved = an_event(
        EventType.JOINED_HOUSEHOLD, on="2012-01-01", people="S1", recorded="2012-05-10", eid="J1"
    )
    case = a_case(
        people=[ava, sam],
        events=[assessment(), moved],
        relationships=[a_relationship("S1", "sibling", "C1")],
    )
    assert run("FS-SCR4", case, "2012-05-09") == []
    [finding] = run("FS-SCR4", case, "2012-05-10")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 5, 10)
    [later] = run("FS-SCR4", case, "2012-06-01")
    assert isinstance(later, Finding) and later.first_date == dt.date(2012, 5, 10)


# --- an assessment written across several entries (types read from the text) ----------------
# Ava's assessment starts on 1 March 2012 and is completed on 16 April: twenty working days
# after it run to 15 May. Open, its 45 working days run to 8 May, and twenty more to 7 June.


def step(on: str, eid: str, **kw: Any) -> Any:
    """One entry of an assessment whose type the reader inferred from its text."""
    return an_inferred_event(EventType.ASSESSMENT, on=on, eid=eid, **kw)


def steps() -> tuple[Any, ...]:
    return (
        step("2012-03-01", "A1", details="Assessment of Ava started."),
        step("2012-03-20", "A2", details="Assessment visit."),
        step("2012-04-16", "A3", details="Assessment completed; case closed."),
    )


def test_sibling_considered_near_the_end_of_the_assessment_passes(run: Any) -> None:
    # 10 May is long after 20 working days from the first entry, within 20 of the last.
    outcomes = run("FS-SCR4", family(*steps(), strategy("2012-05-10")), "2012-07-01")
    assert names(outcomes) == ["Passed"]
    late = run("FS-SCR4", family(*steps(), strategy("2012-05-16")), "2012-07-01")
    assert names(late) == ["Finding"]


def test_sibling_never_considered_one_finding_citing_every_entry(run: Any) -> None:
    case = family(*steps())
    [finding] = run("FS-SCR4", case, "2012-07-01")
    assert isinstance(finding, Finding)
    assert finding.evidence == ("CSC:A1", "CSC:A2", "CSC:A3")
    assert finding.first_date == dt.date(2012, 5, 16)
    assert "CSC:A1, CSC:A2, CSC:A3 of 1 March 2012 to 16 April 2012" in finding.message
    assert names(run("FS-SCR4", case, "2012-05-15")) == ["Passed"]
    assert names(run("FS-SCR4", case, "2012-05-16")) == ["Finding"]


def test_an_open_assessment_runs_to_its_timescale(run: Any) -> None:
    case = family(*steps()[:2])
    [open_] = run("FS-SCR4", case, "2012-06-07")
    assert isinstance(open_, Passed) and "not due until 7 June 2012" in open_.message
    [finding] = run("FS-SCR4", case, "2012-06-08")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 6, 8)
    assert finding.evidence == ("CSC:A1", "CSC:A2")
