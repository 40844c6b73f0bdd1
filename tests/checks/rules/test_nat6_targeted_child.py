"""FS-NAT6: some children are targeted within the family."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, a_relationship, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import EventType

# Three concerns about Ava in 2012, the third on Monday 3 September: twenty working days
# after it end on Monday 1 October 2012.
THIRD = "2012-09-03"


def family(*events: Any) -> Case:
    ava = a_child("C1", born="2008-05-05", name="Ava Sample")
    sam = a_child("C2", born="2006-02-02", name="Sam Sample")
    return a_case(
        people=[ava, sam],
        events=events,
        relationships=[
            a_relationship("C2", "sibling", "C1"),
            a_relationship("C2", "lives_with", "C1"),
        ],
    )


def about_ava(third: str = THIRD) -> list[Any]:
    return [
        an_event(EventType.INJURY, on="2012-01-10", subjects="C1", eid="A1"),
        an_event(EventType.NEGLECT_CONCERN, on="2012-05-01", subjects="C1", eid="A2"),
        an_event(EventType.CONCERN, on=third, subjects="C1", eid="A3"),
    ]


def sam_seen(kind: EventType = EventType.HEALTH_CONTACT, on: str = "2012-04-01") -> Any:
    return an_event(kind, on=on, subjects="C2")


def meeting(on: str, details: str = "Ava appears singled out; siblings well cared for.") -> Any:
    return an_event(EventType.MULTI_AGENCY_MEETING, on=on, subjects="C1", eid="M1", details=details)


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_one_child_singled_out_not_discussed_is_a_finding(run: Any) -> None:
    [finding] = run("FS-NAT6", family(*about_ava(), sam_seen(EventType.CONCERN)), "2013-01-01")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("NAT6",)
    assert finding.subject == "CSC:C1"
    assert finding.evidence[:3] == ("CSC:A1", "CSC:A2", "CSC:A3")
    assert finding.first_date == dt.date(2012, 10, 2)
    assert "differential treatment" in finding.expected


def test_first_date_is_exact(run: Any) -> None:
    case = family(*about_ava(), sam_seen())
    assert names(run("FS-NAT6", case, "2012-10-02")) == ["Finding"]
    [early] = run("FS-NAT6", case, "2012-10-01")
    assert isinstance(early, Passed) and "not due" in early.message


def test_discussion_of_differential_treatment_passes(run: Any) -> None:
    outcomes = run("FS-NAT6", family(*about_ava(), sam_seen(), meeting("2012-09-20")), "2013-01-01")
    assert names(outcomes) == ["Passed"] and "CSC:M1" in outcomes[0].evidence
    silent = family(*about_ava(), sam_seen(), meeting("2012-09-20", details="Review."))
    assert names(run("FS-NAT6", silent, "2013-01-01")) == ["Finding"]


def test_a_sibling_with_two_concerns_means_no_child_stands_out(run: Any) -> None:
    case = family(
        *about_ava(), sam_seen(EventType.CONCERN), sam_seen(EventType.INJURY, "2012-07-01")
    )
    assert run("FS-NAT6", case, "2013-01-01") == []


def test_referrals_are_not_counted(run: Any) -> None:
    events = [*about_ava()[:2], an_event(EventType.REFERRAL, on=THIRD, subjects="C1")]
    assert run("FS-NAT6", family(*events, sam_seen()), "2013-01-01") == []


def test_a_sibling_with_no_entry_is_not_evaluated(run: Any) -> None:
    [outcome] = run("FS-NAT6", family(*about_ava()), "2013-01-01")
    assert isinstance(outcome, NotEvaluated) and "Sam Sample" in outcome.reason


def test_an_only_child_is_no_trigger(run: Any) -> None:
    case = a_case(people=[a_child("C1", born="2008-05-05")], events=about_ava())
    assert run("FS-NAT6", case, "2013-01-01") == []


def test_uncertain_dates_are_not_evaluated(run: Any) -> None:
    events = [
        an_event(EventType.CONCERN, on="2011", subjects="C1"),
        an_event(EventType.CONCERN, on="2012-06-01", subjects="C1"),
        an_event(EventType.CONCERN, on="2013-09-02", subjects="C1"),
    ]
    [outcome] = run("FS-NAT6", family(*events, sam_seen()), "2014-01-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason


def test_third_concern_known_first_from_another_agency_dates_the_finding(run: Any) -> None:
    # The third concern is one happening: social care's entry of 3 September, recorded only on
    # 1 November, and the police's of 4 September. From the police entry a reviewer knew of
    # it: twenty working days after 4 September end on 2 October.
    late = an_event(EventType.CONCERN, on=THIRD, subjects="C1", eid="A3", recorded="2012-11-01")
    police = an_event(EventType.CONCERN, on="2012-09-04", subjects="C1", eid="P3", agency="POLICE")
    case = a_case(
        people=[
            a_child("C1", born="2008-05-05", name="Ava Sample"),
            a_child("C1", born="2008-05-05", name="Ava Sample", agency="POLICE"),
            a_child("C2", born="2006-02-02", name="Sam Sample"),
        ],
        events=[*about_ava()[:2], late, police, sam_seen(EventType.CONCERN)],
        relationships=[
            a_relationship("C2", "sibling", "C1"),
            a_relationship("C2", "lives_with", "C1"),
        ],
    )
    [before] = run("FS-NAT6", case, "2012-10-02")
    assert isinstance(before, Passed) and "not due until 2 October 2012" in before.message
    [first] = run("FS-NAT6", case, "2012-10-03")
    assert isinstance(first, Finding) and first.first_date == dt.date(2012, 10, 3)
    [later] = run("FS-NAT6", case, "2013-01-01")
    assert isinstance(later, Finding) and later.evidence[:4] == (
        "CSC:A1",
        "CSC:A2",
        "CSC:A3",
        "POLICE:P3",
    )
    assert later.first_date == dt.date(2012, 10, 3)


def test_sibling_put_in_the_home_by_an_entry_recorded_late_dates_the_finding(run: Any) -> None:
    # Sam's move into Ava's home in 2011 was only recorded on 1 November 2012: until then Ava
    # was, on the record, an only child at home, so she could not stand out.
    moved = an_event(
        EventType.JOINED_HOUSEHOLD, on="2011-01-01", people="C2", recorded="2012-11-01", eid="J1"
    )
    case = a_case(
        people=[
            a_child("C1", born="2008-05-05", name="Ava Sample"),
            a_child("C2", born="2006-02-02", name="Sam Sample"),
        ],
        events=[*about_ava(), moved, sam_seen(EventType.CONCERN)],
        relationships=[a_relationship("C2", "sibling", "C1")],
    )
    assert run("FS-NAT6", case, "2012-10-31") == []
    [first] = run("FS-NAT6", case, "2012-11-01")
    assert isinstance(first, Finding) and first.first_date == dt.date(2012, 11, 1)
    [later] = run("FS-NAT6", case, "2013-01-01")
    assert isinstance(later, Finding) and later.first_date == dt.date(2012, 11, 1)


def test_concern_recorded_late_joining_the_run_keeps_the_first_date(run: Any) -> None:
    # A neglect concern of 1 August, recorded only on 1 November, becomes the third of Ava's
    # run on the full record (its twenty working days long gone). Three concerns known earlier
    # had already raised the finding on 2 October: it keeps that date.
    late = an_event(
        EventType.NEGLECT_CONCERN, on="2012-08-01", subjects="C1", eid="L1", recorded="2012-11-01"
    )
    case = family(*about_ava(), late, sam_seen())
    assert names(run("FS-NAT6", case, "2012-10-01")) == ["Passed"]
    [first] = run("FS-NAT6", case, "2012-10-02")
    assert isinstance(first, Finding) and first.first_date == dt.date(2012, 10, 2)
    [later] = run("FS-NAT6", case, "2013-01-01")
    assert isinstance(later, Finding) and "CSC:L1" in later.evidence
    assert later.evidence[0] == "CSC:A1"
    assert later.first_date == dt.date(2012, 10, 2)
