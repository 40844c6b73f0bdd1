"""Replay: a person whom some entry mentions is known from the first such entry.

People rows carry no dates. A person no entry mentions is known from their agency's earliest
entry; but a replay view must not fall back to that rule for someone the full record mentions
only later: before that mention is recorded, nothing showed they were known.
"""

import datetime as dt

from factories import a_case, a_child, a_relationship, an_adult, an_event
from foresight.model.case import Case
from foresight.model.people import Person
from foresight.model.vocab import EventType

D = dt.date


def p(case: Case, pid: str) -> Person:
    found = case.person_for("CSC", pid)
    assert found is not None
    return found


def mentioned_later(recorded: str | None = None) -> Case:
    """CSC's first entry (1 March 2012) mentions nobody; a visit of 1 June lists the boyfriend."""
    return a_case(
        people=[a_child("C1", born="2010-05-05"), an_adult("B1", "mother's boyfriend")],
        events=[
            an_event(EventType.PHONE_CONTACT, on="2012-03-01", eid="P1"),
            an_event(
                EventType.HOME_VISIT, on="2012-06-01", eid="V1", people="B1", recorded=recorded
            ),
        ],
    )


def test_a_view_before_the_first_mention_does_not_know_the_person() -> None:
    case = mentioned_later()
    view = case.known_on(D(2012, 4, 1))
    boyfriend, child = p(view, "B1"), p(view, "C1")
    assert view.first_mention(boyfriend) is None
    assert view.known_from(boyfriend) is None  # not known yet
    assert boyfriend not in view.household_on(child, D(2012, 4, 1))
    # The full record agrees on every day before the mention.
    assert p(case, "B1") not in case.household_on(p(case, "C1"), D(2012, 4, 1))
    assert case.known_from(p(case, "B1")) == D(2012, 6, 1)


def test_a_view_of_a_view_still_does_not_know_them() -> None:
    view = mentioned_later().known_on(D(2012, 4, 1)).known_on(D(2012, 3, 15))
    assert view.known_from(p(view, "B1")) is None
    assert p(view, "B1") not in view.household_on(p(view, "C1"), D(2012, 3, 15))


def test_once_the_mention_is_known_the_view_matches_the_full_record() -> None:
    view = mentioned_later().known_on(D(2012, 6, 1))
    assert view.known_from(p(view, "B1")) == D(2012, 6, 1)
    assert p(view, "B1") in view.household_on(p(view, "C1"), D(2012, 6, 1))


def test_a_mention_recorded_late_is_known_from_its_recording() -> None:
    case = mentioned_later(recorded="2012-07-02")
    before = case.known_on(D(2012, 7, 1))
    assert before.known_from(p(before, "B1")) is None
    assert p(before, "B1") not in before.household_on(p(before, "C1"), D(2012, 6, 1))
    after = case.known_on(D(2012, 7, 2))
    assert p(after, "B1") in after.household_on(p(after, "C1"), D(2012, 6, 1))


def test_a_person_no_entry_mentions_keeps_the_agencys_first_entry() -> None:
    case = a_case(
        people=[a_child("C1", born="2010-05-05"), an_adult("B1", "mother's boyfriend")],
        events=[
            an_event(EventType.PHONE_CONTACT, on="2012-03-01", eid="P1"),
            an_event(EventType.HOME_VISIT, on="2012-06-01", eid="V1"),
        ],
    )
    view = case.known_on(D(2012, 4, 1))
    assert view.known_from(p(view, "B1")) == D(2012, 3, 1)
    assert p(view, "B1") in view.household_on(p(view, "C1"), D(2012, 4, 1))


def test_a_lives_with_row_does_not_date_when_they_were_known() -> None:
    case = a_case(
        people=[a_child("C1", born="2010-05-05"), an_adult("L1", "family friend")],
        relationships=[a_relationship("L1", "lives_with", "C1")],
        events=[
            an_event(EventType.PHONE_CONTACT, on="2012-03-01", eid="P1"),
            an_event(EventType.HOME_VISIT, on="2012-06-01", eid="V1", people="L1"),
        ],
    )
    view = case.known_on(D(2012, 4, 1))
    assert view.known_from(p(view, "L1")) is None
    assert view.first_known(p(view, "L1")) is None
    assert case.first_known(p(case, "L1")) == case.first_mention(p(case, "L1"))
