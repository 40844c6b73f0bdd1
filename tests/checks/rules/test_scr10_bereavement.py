"""FS-SCR10: the longer-term impact of bereavement."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, a_relationship, all_columns_except, an_adult, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome
from foresight.model.vocab import EventType

DIED = "2012-03-01"


def family(*events: Any, died: str | None = None, role: str = "father", **kw: Any) -> Case:
    child = a_child("C1", born="2006-05-05", name="Ava Sample")
    adult = an_adult("F1", role, name="Sam Sample", born="1980-01-01", date_of_death=died)
    return a_case(people=[child, adult], events=events, **kw)


def bereavement(on: str = DIED, people: str | None = "F1") -> Any:
    return an_event(EventType.BEREAVEMENT, on=on, eid="B1", people=people)


def assessment(on: str = "2012-06-01", details: str = "Assessment of needs.", **kw: Any) -> Any:
    return an_event(EventType.ASSESSMENT, on=on, eid="A1", details=details, **kw)


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_assessment_silent_about_a_fathers_death_is_a_finding(run: Any) -> None:
    [finding] = run("FS-SCR10", family(bereavement(), assessment()), "2012-09-01")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("SCR10",)
    assert finding.subject == "CSC:C1"
    assert finding.evidence == ("CSC:A1", "CSC:B1")  # the silent entry first
    assert finding.first_date == dt.date(2012, 6, 1)
    assert "Sam Sample" in finding.message and "1 March 2012" in finding.message
    assert "CSC:A1" in finding.message and finding.cannot_know


def test_assessment_mentioning_grief_passes(run: Any) -> None:
    kind = assessment(details="Ava's grief for her father is raw.")
    outcomes = run("FS-SCR10", family(bereavement(), kind), "2012-09-01")
    assert names(outcomes) == ["Passed"] and "CSC:A1" in outcomes[0].evidence


def test_one_finding_per_silent_assessment_or_plan(run: Any) -> None:
    plan = an_event(EventType.CHILD_IN_NEED_PLAN, on="2013-01-07", eid="P1", details="Plan.")
    mentions = an_event(EventType.ASSESSMENT, on="2013-02-01", details="Since Dad died ...")
    outcomes = run("FS-SCR10", family(bereavement(), assessment(), plan, mentions), "2013-09-01")
    assert names(outcomes) == ["Finding", "Finding"]
    assert [o.evidence for o in outcomes if isinstance(o, Finding)] == [
        ("CSC:A1", "CSC:B1"),
        ("CSC:P1", "CSC:B1"),
    ]


def test_after_24_months_it_is_out_of_scope(run: Any) -> None:
    later = assessment(on="2014-03-02")
    assert names(run("FS-SCR10", family(bereavement(), later), "2014-09-01")) == ["Passed"]
    last_day = assessment(on="2014-03-01")
    assert names(run("FS-SCR10", family(bereavement(), last_day), "2014-09-01")) == ["Finding"]


def test_a_grandparents_death_is_out_of_scope(run: Any) -> None:
    case = family(bereavement(), assessment(), role="maternal grandmother")
    assert run("FS-SCR10", case, "2012-09-01") == []


def test_bereavement_not_saying_who_died_is_not_evaluated(run: Any) -> None:
    [outcome] = run("FS-SCR10", family(bereavement(people=None), assessment()), "2012-09-01")
    assert isinstance(outcome, NotEvaluated) and "without saying who died" in outcome.reason
    carried = {"CSC": all_columns_except("people")}
    case = family(bereavement(people=None), assessment(), carried=carried)
    [gap] = run("FS-SCR10", case, "2012-09-01")
    assert isinstance(gap, NotEvaluated) and "does not record people" in gap.reason


def test_date_of_death_of_a_parent(run: Any) -> None:
    case = family(assessment(), died=DIED)
    [finding] = run("FS-SCR10", case, "2012-09-01")
    assert isinstance(finding, Finding) and finding.evidence == ("CSC:A1",)
    # The death is not yet known to a review before it happened.
    assert run("FS-SCR10", family(assessment(on="2012-02-01"), died=DIED), "2012-02-20") == []


def test_date_of_death_of_someone_in_the_household(run: Any) -> None:
    # He is in the household from the first entry that mentions him (a lodger's role).
    note = an_event(EventType.HOME_VISIT, on="2011-01-10", people="F1")
    case = family(note, assessment(), died=DIED, role="lodger")
    assert names(run("FS-SCR10", case, "2012-09-01")) == ["Finding"]


def test_first_date_is_when_the_assessment_was_recorded(run: Any) -> None:
    case = family(bereavement(), assessment(recorded="2012-07-02"))
    assert names(run("FS-SCR10", case, "2012-07-01")) == ["Passed"]
    [finding] = run("FS-SCR10", case, "2012-07-02")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 7, 2)


def test_first_date_waits_for_a_late_recorded_bereavement(run: Any) -> None:
    late = an_event(EventType.BEREAVEMENT, on=DIED, eid="B1", people="F1", recorded="2012-08-01")
    case = family(late, assessment())
    assert run("FS-SCR10", case, "2012-07-31") == []
    [finding] = run("FS-SCR10", case, "2012-08-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 8, 1)


def test_uncertain_death_date(run: Any) -> None:
    [outcome] = run("FS-SCR10", family(bereavement(on="2012"), assessment()), "2013-02-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason


def test_a_loss_is_shown_only_once_the_record_shows_who_they_were_to_the_child(
    run: Any,
) -> None:
    # Sam, a friend of the family, dies on 1 March; the assessment of 1 June is silent. Only
    # a relationship begun on 2 July records him as Ava's carer: the finding is first shown
    # then, not on the day of the assessment.
    carer = a_relationship("F1", "carer", "C1", start="2012-07-02")
    case = family(bereavement(), assessment(), role="friend", relationships=[carer])
    [finding] = run("FS-SCR10", case, "2012-09-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 7, 2)
    assert run("FS-SCR10", case, "2012-07-01") == []
    assert names(run("FS-SCR10", case, "2012-07-02")) == ["Finding"]
