"""FS-PR1: know who is in the child's household."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, a_relationship, an_adult, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import EventType

# A visit on Thursday 1 March 2012 first mentions the mother's boyfriend; 20 working days
# later is Thursday 29 March, so the finding is first true on Friday 30 March.
DEADLINE_PASSED = dt.date(2012, 3, 30)


def family(adult: Any, *, on: str = "2012-03-01", recorded: str | None = None) -> Case:
    child = a_child("C1", born="2010-05-05", name="Ava Sample")
    visit = an_event(EventType.HOME_VISIT, on=on, eid="V1", people="B1", recorded=recorded)
    return a_case(people=[child, adult], events=[visit])


def boyfriend(**kw: Any) -> Any:
    return an_adult("B1", "mother's boyfriend", **kw)


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_role_only_adult_in_household_is_a_finding(run: Any) -> None:
    [finding] = run("FS-PR1", family(boyfriend()), "2012-06-01")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("PR1",)
    assert finding.subject == "CSC:C1"
    assert finding.evidence == ("CSC:V1",)
    assert finding.first_date == DEADLINE_PASSED
    assert "mother's boyfriend" in finding.message and "1 March 2012" in finding.message
    assert "29 March 2012" in finding.expected and finding.cannot_know


def test_adult_with_family_name_and_date_of_birth_passes(run: Any) -> None:
    named = boyfriend(name="Rob Example", born="1985-02-03")
    assert names(run("FS-PR1", family(named), "2012-06-01")) == ["Passed"]


def test_name_without_date_of_birth_is_not_enough(run: Any) -> None:
    named = boyfriend(name="Rob Example")
    assert names(run("FS-PR1", family(named), "2012-06-01")) == ["Finding"]


def test_identity_recorded_by_another_agency_clears_it(run: Any) -> None:
    child = a_child("C1", born="2010-05-05")
    police = an_adult(
        "P9", "partner of mother", agency="POLICE", name="Rob Example", born="1985-02-03"
    )
    csc = boyfriend(name="Rob Example", born="1985-02-03")
    visit = an_event(EventType.HOME_VISIT, on="2012-03-01", people="B1")
    case = a_case(people=[child, csc, police], events=[visit])
    assert names(run("FS-PR1", case, "2012-06-01")) == ["Passed"]


def test_first_date_is_exact(run: Any) -> None:
    case = family(boyfriend())
    [before] = run("FS-PR1", case, "2012-03-29")
    assert isinstance(before, Passed) and "not due until 29 March 2012" in before.message
    [finding] = run("FS-PR1", case, "2012-03-30")
    assert isinstance(finding, Finding) and finding.first_date == DEADLINE_PASSED


def test_before_the_first_mention_no_deadline_runs(run: Any) -> None:
    case = family(boyfriend(), recorded="2012-05-01")
    # People rows carry no dates: before any entry, nothing dates when he was first known.
    assert names(run("FS-PR1", case, "2012-04-30")) == ["NotEvaluated"]
    [finding] = run("FS-PR1", case, "2012-05-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 5, 1)


def test_someone_outside_the_household_is_not_a_finding(run: Any) -> None:
    grandmother = an_adult("B1", "maternal grandmother")
    assert names(run("FS-PR1", family(grandmother), "2012-06-01")) == ["Passed"]


def test_household_by_lives_with_row(run: Any) -> None:
    child = a_child("C1", born="2010-05-05")
    lodger = an_adult("L1", "family friend")
    case = a_case(
        people=[child, lodger],
        events=[an_event(EventType.HOME_VISIT, on="2012-03-01", eid="V1")],
        relationships=[a_relationship("L1", "lives_with", "C1", start="2012-03-01")],
    )
    [finding] = run("FS-PR1", case, "2012-06-01")
    assert isinstance(finding, Finding)


def test_uncertain_first_mention_is_not_evaluated_until_every_reading_passes(run: Any) -> None:
    case = family(boyfriend(), on="Mar 2012")
    [outcome] = run("FS-PR1", case, "2012-04-10")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason
    [finding] = run("FS-PR1", case, "2012-06-01")
    assert isinstance(finding, Finding)


def test_finding_cannot_start_before_they_join_the_household(run: Any) -> None:
    child = a_child("C1", born="2010-05-05")
    uncle = an_adult("U1", "uncle")
    case = a_case(
        people=[child, uncle],
        events=[
            an_event(EventType.PHONE_CONTACT, on="2012-03-01", people="U1", eid="P1"),
            an_event(EventType.JOINED_HOUSEHOLD, on="2012-05-10", people="U1", eid="J1"),
        ],
    )
    assert names(run("FS-PR1", case, "2012-05-09")) == ["Passed"]
    [finding] = run("FS-PR1", case, "2012-05-10")
    assert isinstance(finding, Finding)
    assert finding.first_date == dt.date(2012, 5, 10)
    assert finding.evidence == ("CSC:P1",)


def test_one_finding_per_person_naming_every_child_of_the_household(run: Any) -> None:
    ava = a_child("C1", born="2010-05-05", name="Ava Sample")
    ben = a_child("C2", born="2012-01-09", name="Ben Sample")
    visit = an_event(EventType.HOME_VISIT, on="2012-03-01", eid="V1", people="B1")
    case = a_case(people=[ava, ben, boyfriend()], events=[visit])
    outcomes = run("FS-PR1", case, "2012-06-01")
    findings = [o for o in outcomes if isinstance(o, Finding)]
    assert len(findings) == 1
    assert "Ava Sample and Ben Sample" in findings[0].message
    assert findings[0].subject in {"CSC:C1", "CSC:C2"}
    assert not [o for o in outcomes if isinstance(o, Passed)]
