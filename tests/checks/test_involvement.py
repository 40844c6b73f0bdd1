"""The shapes of the child-and-parents learning points: men in the child's life, settings,
plans open on a day, and what "seen and heard" means at each age."""

from __future__ import annotations

import pytest

from factories import a_case, a_child, a_relationship, an_adult, an_event
from foresight.checks.predicates.involvement import (
    child_settings,
    fathers_of,
    male_by_role,
    men_at_home,
    plans_open_on,
    seen_rule,
    views_rule,
)
from foresight.model.case import AgeRange
from foresight.model.dates import parse_date
from foresight.model.vocab import EventType, Sex


@pytest.mark.parametrize(
    ("role", "male"),
    [
        ("father", True),
        ("Dad", True),
        ("stepfather", True),
        ("mum's boyfriend", True),
        ("unknown male", True),
        ("foster father", True),
        ("mother", False),
        ("father's girlfriend", False),
        ("mother's partner", None),
        ("lodger", None),
        (None, None),
    ],
)
def test_male_by_role(role: str | None, male: bool | None) -> None:
    assert male_by_role(role) is male


def test_fathers_and_men_at_home() -> None:
    case = a_case(
        people=[
            a_child("C1", born="2010-01-01"),
            an_adult("M1", "mother", sex=Sex.FEMALE),
            an_adult("F1", "father", name="Tom Pike", born="1985-01-01"),
            an_adult("B1", "mother's partner", sex=Sex.MALE),
            an_adult("U1", "uncle", sex=Sex.MALE),
        ],
        events=[an_event(EventType.NOTE, on="2012-01-01", people="M1;F1;B1;U1")],
        relationships=[a_relationship("M1", "parent", "C1"), a_relationship("F1", "parent", "C1")],
    )
    child = case.subject_children[0]
    assert [p.name for p in fathers_of(case, child)] == ["Tom Pike"]
    sure, unsure = men_at_home(case, child, parse_date("2012-03-01"))
    assert [p.roles for p in sure] == [("mother's partner",)] and unsure == []


def test_child_settings_are_the_agencies_that_know_the_child() -> None:
    case = a_case(
        people=[a_child("C1", agency="CSC"), a_child("C1", agency="SCHOOL")],
        events=[an_event(EventType.NOTE, agency="HV", subjects=None)],
    )
    assert [a.code for a in child_settings(case, case.subject_children[0])] == ["SCHOOL"]


def test_plans_open_on_a_day() -> None:
    plan = an_event(EventType.CHILD_PROTECTION_PLAN, on="2012-03-05", end_date="Jun 2012")
    case = a_case(events=[plan])
    child = case.subject_children[0]
    assert plans_open_on(case, child, parse_date("2012-04-01")) == ([plan], [])
    assert plans_open_on(case, child, parse_date("2012-06-10")) == ([], [plan])
    assert plans_open_on(case, child, parse_date("2012-03-04")) == ([], [])


def test_seen_and_views_by_age() -> None:
    seen, views = seen_rule(4), views_rule(2)
    four, three, unsure = AgeRange(50, 50), AgeRange(40, 40), AgeRange(40, 50)
    assert seen.verdict("yes", four) == "missing" and seen.verdict("yes", three) == "met"
    assert seen.verdict("yes", unsure) == "unsure" and seen.verdict("alone", None) == "met"
    assert views.verdict("observed", AgeRange(20, 20)) == "met"
    assert views.verdict("observed", four) == "missing" and views.verdict(None, three) == "missing"
    assert seen.describe(unsure) == "seen alone (seen under 4)"
