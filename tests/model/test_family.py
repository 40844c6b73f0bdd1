"""Parents, partners, siblings and the household on a day (bundle-format.md)."""

import datetime as dt

from factories import a_case, a_child, a_relationship, an_adult, an_event
from foresight.model.case import Case
from foresight.model.people import Person
from foresight.model.roles import SiblingKind
from foresight.model.vocab import EventType, Sex

D = dt.date


def p(case: Case, pid: str, agency: str = "CSC") -> Person:
    found = case.person_for(agency, pid)
    assert found is not None
    return found


def home(case: Case, day: dt.date, child: str = "C1") -> set[str]:
    return {person.id for person in case.household_on(p(case, child), day)}


# --- household rule 1: lives_with spans ----------------------------------------------------


def test_lives_with_span_places_person_in_home_only_while_it_holds() -> None:
    case = a_case(
        people=[a_child(), an_adult("F1", "father")],
        relationships=[
            a_relationship("F1", "lives_with", "C1", start="2011-02-01", end="2011-06-30")
        ],
        events=[an_event(on="2011-01-20")],
    )
    assert home(case, D(2011, 1, 31)) == {"CSC:C1"}
    assert home(case, D(2011, 2, 1)) == {"CSC:C1", "CSC:F1"}
    assert home(case, D(2011, 6, 30)) == {"CSC:C1", "CSC:F1"}
    assert home(case, D(2011, 7, 1)) == {"CSC:C1"}


def test_blank_from_and_to_are_open_ended() -> None:
    case = a_case(
        people=[a_child(), an_adult("F1", "father"), an_adult("G1", "lodger")],
        relationships=[
            a_relationship("F1", "lives_with", "C1", end="2011-06-30"),
            a_relationship("C1", "lives_with", "G1", start="2012-01-01"),
        ],
    )
    assert home(case, D(1999, 1, 1)) == {"CSC:C1", "CSC:F1"}
    assert home(case, D(2030, 1, 1)) == {"CSC:C1", "CSC:G1"}


def test_lives_with_a_parent_in_the_home_counts() -> None:
    case = a_case(
        people=[
            a_child(),
            an_adult("M1", "mother"),
            an_adult("B1", "friend of mother"),
            an_adult("X1", "friend of B1"),
        ],
        relationships=[
            a_relationship("B1", "lives_with", "M1", start="2011-03-01"),
            # X1 lives with B1, who is not a parent: not placed in the child's home by this.
            a_relationship("X1", "lives_with", "B1"),
        ],
        events=[an_event(on="2011-01-01", people="M1")],
    )
    assert home(case, D(2011, 2, 1)) == {"CSC:C1", "CSC:M1"}
    assert home(case, D(2011, 3, 1)) == {"CSC:C1", "CSC:M1", "CSC:B1"}


def test_a_parent_is_anchored_only_while_in_the_home() -> None:
    case = a_case(
        people=[a_child(), an_adult("M1", "mother"), an_adult("B1", "boyfriend")],
        relationships=[
            a_relationship("M1", "lives_with", "C1", end="2011-05-31"),
            a_relationship("B1", "lives_with", "M1"),
        ],
    )
    assert home(case, D(2011, 5, 31)) == {"CSC:C1", "CSC:M1", "CSC:B1"}
    assert home(case, D(2011, 6, 1)) == {"CSC:C1"}


# --- household rule 2: joined and left entries ---------------------------------------------


def test_joined_and_left_household_entries() -> None:
    case = a_case(
        people=[a_child(), an_adult("B1", "mother's partner")],
        events=[
            an_event(EventType.JOINED_HOUSEHOLD, on="2011-04-01", people="B1"),
            an_event(EventType.LEFT_HOUSEHOLD, on="2011-06-01", people="B1"),
            an_event(EventType.JOINED_HOUSEHOLD, on="2011-08-01", people="B1"),
        ],
    )
    assert home(case, D(2011, 3, 31)) == {"CSC:C1"}
    assert home(case, D(2011, 4, 1)) == {"CSC:C1", "CSC:B1"}
    assert home(case, D(2011, 6, 1)) == {"CSC:C1"}
    assert home(case, D(2011, 8, 1)) == {"CSC:C1", "CSC:B1"}


def test_an_uncertain_joining_counts_once_it_could_have_happened() -> None:
    case = a_case(
        people=[a_child(), an_adult("B1", None)],
        events=[an_event(EventType.JOINED_HOUSEHOLD, on="Apr 2011", people="B1")],
    )
    assert home(case, D(2011, 4, 2)) == {"CSC:C1", "CSC:B1"}
    assert home(case, D(2011, 3, 31)) == {"CSC:C1"}


def test_inclusion_wins_over_an_ended_lives_with_span() -> None:
    case = a_case(
        people=[a_child(), an_adult("F1", "father")],
        relationships=[a_relationship("F1", "lives_with", "C1", end="2011-02-01")],
        events=[an_event(EventType.JOINED_HOUSEHOLD, on="2011-03-01", people="F1")],
    )
    assert home(case, D(2011, 2, 15)) == {"CSC:C1"}
    assert home(case, D(2011, 3, 15)) == {"CSC:C1", "CSC:F1"}


def test_joining_another_childs_home_does_not_count() -> None:
    case = a_case(
        people=[a_child(), a_child("C2", name="Ben Sample"), an_adult("B1", None)],
        events=[an_event(EventType.JOINED_HOUSEHOLD, on="2011-04-01", subjects="C2", people="B1")],
    )
    assert home(case, D(2011, 5, 1), "C2") == {"CSC:C2", "CSC:B1"}
    assert home(case, D(2011, 5, 1), "C1") == {"CSC:C1"}


# --- household rule 3: roles, from first mention --------------------------------------------


def test_role_places_person_from_first_mention() -> None:
    case = a_case(
        people=[a_child(), an_adult("U1", "unknown male"), an_adult("G1", "maternal grandmother")],
        events=[
            an_event(on="2011-01-10", people="G1"),
            an_event(EventType.HOME_VISIT, on="2011-05-01", people="U1"),
        ],
    )
    assert home(case, D(2011, 4, 30)) == {"CSC:C1"}
    assert home(case, D(2011, 5, 1)) == {"CSC:C1", "CSC:U1"}


def test_unmentioned_role_holder_is_known_from_agency_earliest_entry() -> None:
    case = a_case(
        people=[
            a_child(),
            a_child("P1", agency="POLICE"),
            an_adult("L1", "lodger", agency="POLICE"),
        ],
        events=[
            an_event(on="2011-01-01"),
            an_event(
                EventType.DOMESTIC_ABUSE_INCIDENT, on="2011-09-01", agency="POLICE", subjects="P1"
            ),
        ],
    )
    lodger = p(case, "L1", "POLICE")
    assert case.first_mention(lodger) is None
    assert case.known_from(lodger) == D(2011, 9, 1)
    assert home(case, D(2011, 8, 31)) == {"CSC:C1"}
    assert home(case, D(2011, 9, 1)) == {"CSC:C1", "POLICE:L1"}


def test_role_rule_does_not_apply_to_people_with_move_entries_or_rows() -> None:
    case = a_case(
        people=[a_child(), an_adult("F1", "father"), an_adult("B1", "boyfriend")],
        relationships=[a_relationship("B1", "lives_with", "C1", start="2012-01-01")],
        events=[
            an_event(on="2011-01-01", people="F1;B1"),
            an_event(EventType.LEFT_HOUSEHOLD, on="2011-03-01", people="F1"),
        ],
    )
    assert home(case, D(2011, 2, 1)) == {"CSC:C1"}
    assert home(case, D(2012, 2, 1)) == {"CSC:C1", "CSC:B1"}


def test_child_is_always_in_their_own_household() -> None:
    case = a_case(people=[a_child()])
    assert home(case, D(1900, 1, 1)) == {"CSC:C1"}


# --- parents and partners --------------------------------------------------------------------


def test_parents_from_rows_else_roles() -> None:
    case = a_case(
        people=[
            a_child(),
            a_child("C2", name="Ben Sample"),
            an_adult("M1", "mother"),
            an_adult("F1", "father"),
            an_adult("S1", "stepfather"),
        ],
        relationships=[a_relationship("F1", "parent", "C2")],
    )
    assert {x.id for x in case.parents_of(p(case, "C1"))} == {"CSC:M1", "CSC:F1", "CSC:S1"}
    assert [x.id for x in case.parents_of(p(case, "C2"))] == ["CSC:F1"]


def test_partners_from_rows_and_roles() -> None:
    case = a_case(
        people=[
            a_child(),
            an_adult("M1", "mother"),
            an_adult("F1", "father"),
            an_adult("B1", "mum's boyfriend"),
            an_adult("G1", "girlfriend", sex=Sex.FEMALE),
            an_adult("X1", None),
        ],
        relationships=[a_relationship("X1", "partner", "M1", start="2010-01-01", end="2010-12-31")],
    )
    mum, dad = p(case, "M1"), p(case, "F1")
    assert {x.id for x in case.partners_of(mum, D(2010, 6, 1))} == {"CSC:B1", "CSC:X1"}
    assert {x.id for x in case.partners_of(mum, D(2011, 6, 1))} == {"CSC:B1"}
    assert {x.id for x in case.partners_of(dad)} == {"CSC:G1"}
    assert [x.id for x in case.partners_of(p(case, "B1"))] == ["CSC:M1"]


# --- siblings --------------------------------------------------------------------------------


def family_case() -> Case:
    return a_case(
        people=[
            a_child(),
            a_child("C2", name="Ben Sample", born="2013-02-02"),
            a_child("C3", name="Cai Sample", born="2014-03-03", subject=False),
            a_child("S1", name="Dee Other", born="2010-04-04", subject=False),
            a_child("S2", name="Eli Other", born="2009-05-05", subject=False),
            a_child("S5", name="Fay Far", born="2005-06-06", subject=False),
            an_adult("M1", None),
            an_adult("F1", None),
            an_adult("F2", None),
            an_adult("B1", None),
        ],
        relationships=[
            a_relationship("M1", "parent", "C1"),
            a_relationship("F1", "parent", "C1"),
            a_relationship("M1", "parent", "C2"),
            a_relationship("F1", "parent", "C2"),
            a_relationship("M1", "parent", "C3"),
            a_relationship("F2", "parent", "C3"),
            a_relationship("B1", "partner", "M1"),
            a_relationship("B1", "parent", "S1"),
            a_relationship("B1", "parent", "S2"),
            a_relationship("S1", "lives_with", "C1", start="2012-01-01"),
            a_relationship("S5", "sibling", "C1"),
        ],
    )


def test_full_half_step_and_declared_siblings() -> None:
    case = family_case()
    kinds = {x.id: kind for x, kind in case.sibling_relations(p(case, "C1"))}
    assert kinds == {
        "CSC:C2": SiblingKind.FULL,
        "CSC:C3": SiblingKind.HALF,
        "CSC:S1": SiblingKind.STEP,
        "CSC:S5": SiblingKind.DECLARED,
    }
    # S2 is B1's child too but never shares the home: not a step-sibling.
    assert "CSC:S2" not in kinds


def test_declared_siblings_are_symmetric() -> None:
    case = family_case()
    assert [x.id for x in case.siblings_of(p(case, "S5"))] == ["CSC:C1"]


def test_half_sibling_row_and_sibling_roles() -> None:
    case = a_case(
        people=[
            a_child(),
            a_child("H1", name="Gus Sample", subject=False, role="half-brother"),
            a_child("K1", name="Ivy Sample", subject=False),
            an_adult("R1", "sister"),
        ],
        relationships=[a_relationship("K1", "half_sibling", "C1")],
    )
    kinds = {x.id: kind for x, kind in case.sibling_relations(p(case, "C1"))}
    assert kinds == {
        "CSC:H1": SiblingKind.HALF,
        "CSC:K1": SiblingKind.HALF,
        "CSC:R1": SiblingKind.DECLARED,
    }


def test_children_with_role_parents_in_common() -> None:
    case = a_case(
        people=[
            a_child(),
            a_child("C2", name="Ben Sample"),
            an_adult("M1", "mother"),
            an_adult("F1", "father"),
        ]
    )
    assert case.sibling_relations(p(case, "C1")) == ((p(case, "C2"), SiblingKind.FULL),)


def test_role_rule_starts_at_the_earliest_dated_mention_even_if_recorded_late() -> None:
    case = a_case(
        people=[a_child(), an_adult("U1", "unknown female")],
        events=[
            an_event(on="2011-02-01", recorded="2011-09-01", people="U1"),
            an_event(on="2011-05-01", people="U1"),
        ],
    )
    assert home(case, D(2011, 2, 1)) == {"CSC:C1", "CSC:U1"}
    # Replayed on 1 June, only the May entry is known: she is in the home from May.
    view = case.known_on(D(2011, 6, 1))
    assert home(view, D(2011, 2, 1)) == {"CSC:C1"}
    assert home(view, D(2011, 5, 1)) == {"CSC:C1", "CSC:U1"}
