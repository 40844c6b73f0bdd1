"""FS-PR5: involve adult services where parents have their own needs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, a_relationship, an_adult, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import EventType

# The factor is recorded on Thursday 1 March 2012; 20 working days run to 29 March.


def family(*events: Any) -> Case:
    child = a_child("C1", born="2010-05-05", name="Ava Sample")
    mother = an_adult("M1", "mother", name="Mia Sample", born="1990-04-02")
    return a_case(
        people=[child, mother],
        events=events,
        relationships=[a_relationship("M1", "parent", "C1")],
    )


def factor(factors: str | None = "4B", on: str = "2012-03-01", **kw: Any) -> Any:
    return an_event(
        EventType.PARENTAL_FACTOR,
        on=on,
        subjects=None,
        people="M1",
        eid="F1",
        factors=factors,
        **kw,
    )


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_mental_health_factor_without_adult_services_is_a_finding(run: Any) -> None:
    [finding] = run("FS-PR5", family(factor()), "2012-06-01")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("PR5",)
    assert finding.subject == "CSC:C1"
    assert finding.evidence == ("CSC:F1",)
    assert finding.first_date == dt.date(2012, 3, 30)
    assert "Mia Sample" in finding.message and "4B" in finding.message
    assert "29 March 2012" in finding.expected and finding.cannot_know


def test_referral_to_adult_services_about_the_parent_passes(run: Any) -> None:
    referral = an_event(
        EventType.REFERRAL_TO_ADULT_SERVICES,
        on="2012-03-29",
        subjects=None,
        people="M1",
        eid="R1",
    )
    outcomes = run("FS-PR5", family(factor(), referral), "2012-06-01")
    assert names(outcomes) == ["Passed"]
    assert isinstance(outcomes[0], Passed) and "CSC:R1" in outcomes[0].evidence


def test_referral_after_the_deadline_is_too_late(run: Any) -> None:
    referral = an_event(
        EventType.REFERRAL_TO_ADULT_SERVICES, on="2012-03-30", subjects=None, people="M1"
    )
    assert names(run("FS-PR5", family(factor(), referral), "2012-06-01")) == ["Finding"]


def test_an_entry_by_an_adult_services_agency_passes(run: Any) -> None:
    contact = an_event(EventType.HEALTH_CONTACT, on="2012-03-10", agency="AMH", subjects=None)
    assert names(run("FS-PR5", family(factor(), contact), "2012-06-01")) == ["Passed"]


def test_adult_services_among_agencies_involved_passes(run: Any) -> None:
    meeting = an_event(EventType.MULTI_AGENCY_MEETING, on="2012-03-10", agencies_involved="CSC;ASC")
    # "ASC" is named only in agencies_involved: its kind is read from the code.
    assert names(run("FS-PR5", family(factor(), meeting), "2012-06-01")) == ["Passed"]
    other = an_event(EventType.MULTI_AGENCY_MEETING, on="2012-03-10", agencies_involved="GP")
    assert names(run("FS-PR5", family(factor(), other), "2012-06-01")) == ["Finding"]


def test_other_factor_codes_are_out_of_scope(run: Any) -> None:
    assert run("FS-PR5", family(factor("3A")), "2012-06-01") == []


def test_no_factor_code_triggers(run: Any) -> None:
    assert names(run("FS-PR5", family(factor(None)), "2012-06-01")) == ["Finding"]


def test_first_date_is_exact(run: Any) -> None:
    case = family(factor("2B;1B"))
    [before] = run("FS-PR5", case, "2012-03-29")
    assert isinstance(before, Passed) and "not due until 29 March 2012" in before.message
    [finding] = run("FS-PR5", case, "2012-03-30")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 3, 30)


def test_factor_naming_no_parent_is_not_evaluated(run: Any) -> None:
    nobody = an_event(EventType.PARENTAL_FACTOR, on="2012-03-01", subjects=None, factors="4B")
    [outcome] = run("FS-PR5", family(nobody), "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "names no parent" in outcome.reason


def test_uncertain_factor_date(run: Any) -> None:
    contact = an_event(EventType.HEALTH_CONTACT, on="2012-04-20", agency="AMH", subjects=None)
    [outcome] = run("FS-PR5", family(factor(on="Mar 2012"), contact), "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason


def test_a_finding_is_filed_under_the_child_it_was_first_raised_about(run: Any) -> None:
    """A lodger's drinking on 1 March; that he joined Ben's household on 1 February is
    recorded only on 1 June. Until then he was in every child's home (a lodger, from his first
    mention) and the finding, first raised on 30 March, was about Ava, the first subject child;
    the full record keeps it about her, so it stays one finding."""
    people = [
        a_child("C1", born="2010-05-05", name="Ava Sample"),
        a_child("C2", born="2011-06-06", name="Ben Sample"),
        an_adult("L1", "lodger", name="Lee Example", born="1980-01-01"),
    ]
    drinking = an_event(
        EventType.PARENTAL_FACTOR, on="2012-03-01", subjects=None, people="L1", eid="F1"
    )
    joined = an_event(
        EventType.JOINED_HOUSEHOLD,
        on="2012-02-01",
        subjects="C2",
        people="L1",
        recorded="2012-06-01",
    )
    case = a_case(people=people, events=[drinking, joined])
    [then] = run("FS-PR5", case, "2012-03-30")
    [now] = run("FS-PR5", case, "2012-09-01")
    assert isinstance(then, Finding) and isinstance(now, Finding)
    assert then.first_date == now.first_date == dt.date(2012, 3, 30)
    assert now.subject == then.subject == "CSC:C1"
