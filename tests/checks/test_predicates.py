"""Predicates: event classes, mentions, ages and naming as the Conventions define them."""

from __future__ import annotations

import datetime as dt

import pytest

from factories import a_case, a_child, an_adult, an_agency, an_event
from foresight.checks import CheckContext
from foresight.checks.predicates import (
    age_text,
    count,
    decisions_to_stop,
    entry_name,
    first_in,
    is_child_on,
    is_referral,
    mentions,
    mentions_stems,
    referrals_about,
    under_months,
    who,
)
from foresight.model.case import AgeRange
from foresight.model.dates import UncertainDate
from foresight.model.vocab import AgencyKind, EventType


@pytest.mark.parametrize(
    ("text", "stems", "expected"),
    [
        ("Mother spoke of her grief", ("griev", "grief"), True),
        ("Grandfather PASSED AWAY in May", ("passed away",), True),
        ("She passed the test and went away", ("passed away",), False),
        ("Discussed self-harm at school", ("self harm",), True),
        ("A previous referrals history", ("previous referral",), True),
        ("Lost keys", ("loss",), False),
        ("Lost keys", ("lost",), True),
        ("", ("loss",), False),
        ("Strongly disagree", ("agree",), False),  # a word must start with the stem
    ],
)
def test_mentions_stems(text: str, stems: tuple[str, ...], expected: bool) -> None:
    assert mentions_stems(text, stems) is expected


def test_mentions_reads_details_outcome_reason_and_factors() -> None:
    stems = CheckContext(dt.date(2012, 1, 1)).settings.words("mentions_loss")
    assert mentions(an_event(outcome="Bereavement support offered"), stems)
    assert mentions(an_event(reason="Father died last year"), stems)
    assert not mentions(an_event(details="Routine visit"), stems)


def test_referral_class_follows_to_agency() -> None:
    case = a_case(agencies=[an_agency("CSC"), an_agency("GP")])
    assert is_referral(case, an_event(EventType.REFERRAL))
    assert is_referral(case, an_event(EventType.REFERRAL, to_agency="CSC"))
    assert is_referral(case, an_event(EventType.REFERRAL, to_agency="GP;CSC"))
    assert not is_referral(case, an_event(EventType.REFERRAL, to_agency="GP"))
    assert not is_referral(case, an_event(EventType.REFERRAL_DECISION))
    # A recipient the bundle does not name is read from its name.
    assert is_referral(case, an_event(EventType.REFERRAL, to_agency="MASH"))
    assert not is_referral(case, an_event(EventType.REFERRAL, to_agency="Adult Social Care"))
    assert is_referral(
        case, an_event(EventType.REFERRAL, to_agency="GP"), frozenset({AgencyKind.GP})
    )


def test_referrals_about_a_child_in_a_window() -> None:
    child = a_child("C1")
    referral = an_event(EventType.REFERRAL, on="2012-03-02", eid="R1")
    case = a_case(people=[child], events=[referral])
    ctx = CheckContext(dt.date(2012, 4, 1))
    [ava] = case.subject_children
    near = ctx.within_days(UncertainDate.exact(dt.date(2012, 3, 1)), 1)
    earlier = ctx.within_days(UncertainDate.exact(dt.date(2012, 2, 1)), 1)
    after = ctx.within_days(UncertainDate.exact(dt.date(2012, 3, 5)), 1)
    assert [e.ref for e in referrals_about(case, ava, near)] == ["CSC:R1"]
    # A referral after the window is still found, so a finding can say it came late.
    assert [e.ref for e in referrals_about(case, ava, earlier)] == ["CSC:R1"]
    assert not earlier.could_contain(referral.date)
    assert referrals_about(case, ava, after) == []


def test_ages_hold_for_every_reading() -> None:
    case = a_case(people=[a_child("C1", born="2012-01-01"), a_child("C2", born="2011", name="B C")])
    ctx = CheckContext(dt.date(2012, 4, 1))
    ava = case.person_for("CSC", "C1")
    ben = case.person_for("CSC", "C2")
    assert ava is not None and ben is not None
    day = UncertainDate.exact(dt.date(2012, 3, 1))
    assert under_months(case, ava, day, 6) is True
    assert under_months(case, ava, day, 2) is False
    assert under_months(case, ben, day, 6) is None  # born some time in 2011
    assert is_child_on(case, ava, day, ctx) is True
    adult = a_case(people=[a_child("C1"), an_adult("M1", born="1990-01-01")])
    mum = adult.person_for("CSC", "M1")
    assert mum is not None and is_child_on(adult, mum, day, ctx) is False


def test_naming_for_messages() -> None:
    case = a_case(people=[a_child("C1", name="Ava Sample"), an_adult("B1", "unknown male")])
    ava, unknown = case.person_for("CSC", "C1"), case.person_for("CSC", "B1")
    assert ava is not None and unknown is not None
    assert who(ava) == "Ava Sample"
    assert who(unknown) == "the unknown male"
    entry = an_event(on="2012-03-03", eid="E9")
    assert entry_name(case, entry) == "the CSC entry CSC:E9 of 3 March 2012"
    assert entry_name(case, an_event(on="Mar 2012", eid="E8")).endswith("of Mar 2012")
    assert age_text(AgeRange(4, 4)) == "aged 4 months"
    assert age_text(AgeRange(30, 40)) == "aged 2 to 3 years"
    assert age_text(None) == "of unknown age"
    assert count(1, "working day") == "1 working day"
    assert count(5, "working day") == "5 working days"


def test_decisions_to_stop() -> None:
    child = a_child("C1")
    cp = an_event(EventType.CHILD_PROTECTION_PLAN, on="2012-01-01", end_date="2012-06-01", eid="P1")
    cin = an_event(EventType.CHILD_IN_NEED_PLAN, on="2012-06-08", end_date="2012-09-01", eid="P2")
    nfa = an_event(EventType.NO_FURTHER_ACTION, on="2012-11-01", eid="N1")
    case = a_case(people=[child], events=[cp, cin, nfa])
    [ava] = case.subject_children
    stops = decisions_to_stop(case, ava, CheckContext(dt.date(2013, 1, 1)))
    # The step down from a CP plan to a CIN plan is not a decision to stop; its end is.
    assert [(s.event.ref, s.date.earliest) for s in stops] == [
        ("CSC:P2", dt.date(2012, 9, 1)),
        ("CSC:N1", dt.date(2012, 11, 1)),
    ]


def test_first_in_prefers_an_entry_surely_in_the_window() -> None:
    child = a_child("C1")
    vague = an_event(EventType.PAEDIATRIC_ASSESSMENT, on="Mar 2012", eid="V")
    exact = an_event(EventType.PAEDIATRIC_ASSESSMENT, on="2012-03-02", eid="X")
    case = a_case(people=[child], events=[vague, exact])
    [ava] = case.subject_children
    ctx = CheckContext(dt.date(2012, 4, 1))
    window = ctx.within_days(UncertainDate.exact(dt.date(2012, 3, 1)), 1)
    found = first_in(case, (EventType.PAEDIATRIC_ASSESSMENT,), ava, window)
    assert found is not None and found.ref == "CSC:X"
    later = ctx.within_days(UncertainDate.exact(dt.date(2012, 3, 20)), 1)
    found = first_in(case, (EventType.PAEDIATRIC_ASSESSMENT,), ava, later)
    assert found is not None and found.ref == "CSC:V"
    assert first_in(case, (EventType.INJURY,), ava, window) is None
