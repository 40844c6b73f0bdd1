"""FS-PR2: listen to the child and make sense of their behaviour."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, all_columns_except, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import ChildSeen, ChildViews, EventType

# Behaviour concerns on Thursday 1 March and Monday 2 April 2012. Twenty working days after
# the second (Easter 2012 is 6 and 9 April) end on Wednesday 2 May 2012.
FIRST, SECOND = "2012-03-01", "2012-04-02"


def family(*events: Any, carried: Any = None) -> Case:
    people = [a_child("C1", born="2005-05-05", agency=a) for a in ("SCHOOL", "CSC", "POLICE")]
    return a_case(people=people, events=events, carried=carried)


def behaviour(on: str, eid: str, agency: str = "SCHOOL", **kw: Any) -> Any:
    return an_event(EventType.BEHAVIOUR_CONCERN, on=on, agency=agency, eid=eid, **kw)


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_two_behaviour_concerns_unheard_is_a_finding(run: Any) -> None:
    [finding] = run("FS-PR2", family(behaviour(FIRST, "B1"), behaviour(SECOND, "B2")), "2012-06-01")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("PR2",)
    assert finding.evidence[:2] == ("SCHOOL:B1", "SCHOOL:B2")
    assert finding.first_date == dt.date(2012, 5, 3)
    assert "2 April 2012" in finding.message and "Ava Sample" in finding.message
    assert "seen alone" in finding.expected and finding.cannot_know


def test_first_date_is_exact(run: Any) -> None:
    case = family(behaviour(FIRST, "B1"), behaviour(SECOND, "B2"))
    assert names(run("FS-PR2", case, "2012-05-03")) == ["Finding"]
    [early] = run("FS-PR2", case, "2012-05-02")
    assert isinstance(early, Passed) and "not due" in early.message


def test_child_seen_alone_and_heard_passes(run: Any) -> None:
    heard = an_event(
        EventType.HOME_VISIT,
        on="2012-04-20",
        agency="CSC",
        eid="V1",
        child_seen=ChildSeen.ALONE,
        child_views=ChildViews.YES,
    )
    outcomes = run(
        "FS-PR2", family(behaviour(FIRST, "B1"), behaviour(SECOND, "B2"), heard), "2012-06-01"
    )
    assert names(outcomes) == ["Passed"]
    assert "CSC:V1" in outcomes[0].evidence


def test_seen_but_not_alone_is_not_enough(run: Any) -> None:
    seen = an_event(
        EventType.HOME_VISIT,
        on="2012-04-20",
        agency="CSC",
        child_seen=ChildSeen.YES,
        child_views=ChildViews.YES,
    )
    case = family(behaviour(FIRST, "B1"), behaviour(SECOND, "B2"), seen)
    assert names(run("FS-PR2", case, "2012-06-01")) == ["Finding"]


def test_a_referral_passes(run: Any) -> None:
    referral = an_event(EventType.REFERRAL, on="2012-05-02", agency="SCHOOL", to_agency="CSC")
    case = family(behaviour(FIRST, "B1"), behaviour(SECOND, "B2"), referral)
    assert names(run("FS-PR2", case, "2012-06-01")) == ["Passed"]


def test_education_concern_counts_only_when_behaviour_speaks(run: Any) -> None:
    speaks = an_event(
        EventType.EDUCATION_CONCERN, on=SECOND, agency="SCHOOL", details="Found hoarding food."
    )
    quiet = an_event(EventType.EDUCATION_CONCERN, on=SECOND, agency="SCHOOL", details="Late.")
    assert names(run("FS-PR2", family(behaviour(FIRST, "B1"), speaks), "2012-06-01")) == ["Finding"]
    assert run("FS-PR2", family(behaviour(FIRST, "B1"), quiet), "2012-06-01") == []


def test_more_than_six_months_apart_is_no_trigger(run: Any) -> None:
    assert (
        run("FS-PR2", family(behaviour(FIRST, "B1"), behaviour("2012-09-02", "B2")), "2013-01-01")
        == []
    )


def test_one_happening_recorded_twice_counts_once(run: Any) -> None:
    case = family(behaviour(FIRST, "B1"), behaviour("2012-03-02", "P1", agency="POLICE"))
    assert run("FS-PR2", case, "2012-06-01") == []


def test_uncertain_dates_are_not_evaluated(run: Any) -> None:
    case = family(behaviour("2012", "B1"), behaviour("2012-12-01", "B2"))
    [outcome] = run("FS-PR2", case, "2013-03-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason


def test_no_agency_records_child_seen(run: Any) -> None:
    carried = {a: all_columns_except("child_seen") for a in ("SCHOOL", "CSC", "POLICE")}
    case = family(behaviour(FIRST, "B1"), behaviour(SECOND, "B2"), carried=carried)
    [outcome] = run("FS-PR2", case, "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "seen alone" in outcome.reason


def test_a_sign_recorded_late_does_not_date_a_finding_two_others_raised(run: Any) -> None:
    # Behaviour concerns of 9 January and 5 March are known at once: the finding is raised
    # from 3 April. One of 1 February, recorded only on 1 May, becomes the second of the run
    # on the full record; the finding citing 9 January first was still raised on 3 April.
    late = behaviour("2012-02-01", "L1", recorded="2012-05-01")
    case = family(behaviour("2012-01-09", "B1"), late, behaviour("2012-03-05", "B2"))
    [finding] = run("FS-PR2", case, "2012-09-01")
    assert isinstance(finding, Finding) and finding.evidence[0] == "SCHOOL:B1"
    assert finding.first_date == dt.date(2012, 4, 3)
    assert names(run("FS-PR2", case, "2012-04-02")) == ["Passed"]
    assert names(run("FS-PR2", case, "2012-04-03")) == ["Finding"]
