"""Counting distinct happenings and runs of them within months (predicates.counting)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, an_event
from foresight.checks.predicates.counting import (
    Happening,
    add_months,
    distinct_happenings,
    score_within_months,
    within_months,
)
from foresight.model.case import Case
from foresight.model.vocab import EventType

CONCERN = EventType.CONCERN


def case_of(*events: Any) -> Case:
    return a_case(
        people=[
            a_child("C1", agency="CSC"),
            a_child("C1", agency="SCHOOL"),
            a_child("C1", agency="POLICE"),
        ],
        events=events,
    )


def happenings(*events: Any) -> list[Happening]:
    case = case_of(*events)
    return distinct_happenings(case, case.events())


def test_two_agencies_adjacent_days_are_one_happening() -> None:
    found = happenings(
        an_event(EventType.DOMESTIC_ABUSE_INCIDENT, on="2012-03-03", agency="POLICE", eid="P1"),
        an_event(CONCERN, on="2012-03-04", agency="SCHOOL", eid="S1"),
    )
    assert [h.refs for h in found] == [("POLICE:P1", "SCHOOL:S1")]


def test_same_agency_or_two_days_apart_or_other_class_stay_apart() -> None:
    found = happenings(
        an_event(CONCERN, on="2012-03-03", agency="SCHOOL", eid="S1"),
        an_event(CONCERN, on="2012-03-04", agency="SCHOOL", eid="S2"),
        an_event(CONCERN, on="2012-03-06", agency="POLICE", eid="P1"),
        an_event(EventType.ASSESSMENT, on="2012-03-06", agency="CSC", eid="A1"),
    )
    assert [h.refs for h in found] == [("SCHOOL:S1",), ("SCHOOL:S2",), ("CSC:A1",), ("POLICE:P1",)]


def test_uncertain_dates_merge_only_when_read_alike() -> None:
    found = happenings(
        an_event(CONCERN, on="Mar 2012", agency="SCHOOL", eid="S1"),
        an_event(CONCERN, on="Mar 2012", agency="POLICE", eid="P1"),
        an_event(CONCERN, on="2012-03-01", agency="CSC", eid="C1"),
    )
    assert sorted(h.refs for h in found) == [("CSC:C1",), ("POLICE:P1", "SCHOOL:S1")]


def test_referral_relating_to_a_concern_adds_nothing() -> None:
    found = happenings(
        an_event(CONCERN, on="2012-03-03", agency="SCHOOL", eid="S1"),
        an_event(
            EventType.REFERRAL, on="2012-03-20", agency="SCHOOL", eid="S2", relates_to="SCHOOL:S1"
        ),
    )
    assert [h.refs for h in found] == [("SCHOOL:S1", "SCHOOL:S2")]


def test_happening_known_from_its_first_known_entry() -> None:
    [one] = happenings(
        an_event(CONCERN, on="2012-03-03", agency="SCHOOL", eid="S1", recorded="2012-05-01"),
        an_event(CONCERN, on="2012-03-04", agency="POLICE", eid="P1", recorded="2012-03-05"),
    )
    assert one.known_from == dt.date(2012, 3, 5)
    assert one.date.earliest == dt.date(2012, 3, 3)


def test_three_within_twelve_months_reaches_on_the_third() -> None:
    found = happenings(
        *(
            an_event(CONCERN, on=d, agency="SCHOOL")
            for d in ("2012-01-10", "2012-06-01", "2013-01-10", "2015-01-01")
        )
    )
    [run] = within_months(found, 3, 12)
    assert run.sure
    assert run.last.date.earliest == dt.date(2013, 1, 10)
    assert run.reached == dt.date(2013, 1, 10)
    assert len(run.evidence) == 3


def test_window_is_calendar_months_first_to_last() -> None:
    found = happenings(
        *(
            an_event(CONCERN, on=d, agency="SCHOOL")
            for d in ("2012-01-10", "2012-06-01", "2013-01-11")
        )
    )
    assert within_months(found, 3, 12) == []


def test_reached_waits_for_late_recording() -> None:
    found = happenings(
        an_event(CONCERN, on="2012-01-10", agency="SCHOOL", recorded="2012-04-01"),
        an_event(CONCERN, on="2012-02-10", agency="SCHOOL"),
    )
    [run] = within_months(found, 2, 6)
    assert run.reached == dt.date(2012, 4, 1)


def test_continuing_pattern_is_one_run_and_a_new_one_later_another() -> None:
    dates = ("2012-01-01", "2012-02-01", "2012-03-01", "2012-04-01", "2016-01-01", "2016-02-01")
    found = happenings(*(an_event(CONCERN, on=d, agency="SCHOOL") for d in dates))
    first, second = within_months(found, 2, 6)
    assert len(first.happenings) == 4 and len(first.counted) == 2
    assert first.reached == dt.date(2012, 2, 1)
    assert second.reached == dt.date(2016, 2, 1)


def test_uncertain_dates_that_may_not_fit_are_not_sure() -> None:
    found = happenings(
        an_event(CONCERN, on="2012", agency="SCHOOL"),
        an_event(CONCERN, on="2012-12-01", agency="SCHOOL"),
    )
    [run] = within_months(found, 2, 6)
    assert not run.sure


def test_score_counts_weights() -> None:
    found = happenings(
        an_event(EventType.MISSING_EPISODE, on="2012-01-01", agency="POLICE"),
        an_event(EventType.CSE_INDICATOR, on="2012-02-01", agency="SCHOOL"),
    )

    def weight(h: Happening) -> int:
        return 2 if h.first.has(EventType.CSE_INDICATOR) else 1

    [run] = score_within_months(found, weight, 3, 6)
    assert run.reached == dt.date(2012, 2, 1)
    assert score_within_months(found, lambda _: 1, 3, 6) == []


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(dt.date(2011, 3, 31), -1) == dt.date(2011, 2, 28)
    assert add_months(dt.date(2011, 12, 15), 24) == dt.date(2013, 12, 15)
