"""Adults named or described in an entry, matched to the people of the case."""

from __future__ import annotations

from typing import Any

from factories import a_case, a_child, a_relationship, an_adult, an_event
from foresight.checks.predicates.people_text import match_people, unmatched_people
from foresight.model.case import Case
from foresight.model.records import Event
from foresight.model.vocab import EventType
from foresight.text.people import people_in_text


def visit(details: str, eid: str = "V1", **kw: Any) -> Event:
    return an_event(EventType.HOME_VISIT, on="2012-03-01", eid=eid, details=details, **kw)


def matched(case: Case, entry: Event) -> list[str | None]:
    found = people_in_text(entry.details, entry.outcome)
    return [m.person.id if m.person else None for m in match_people(case, entry, found)]


def test_a_name_matches_a_record_with_that_given_name() -> None:
    entry = visit("Mum's new boyfriend Dean staying.")
    dean = an_adult("B1", "mother's boyfriend", name="Dean Rollason")
    case = a_case(people=[a_child(), an_adult(), dean], events=[entry])
    assert matched(case, entry) == ["CSC:B1"]


def test_a_name_matches_an_alias_of_another_agency() -> None:
    entry = visit("A man called Gaz was at the house.")
    gary = an_adult("P7", None, agency="POLICE", name="Gary Fenton", other_names=("Gaz",))
    case = a_case(people=[a_child(), gary], events=[entry])
    assert matched(case, entry) == ["POLICE:P7"]


def test_a_name_nobody_answers_to_matches_nobody() -> None:
    entry = visit("Mum's new boyfriend Dean staying.")
    rob = an_adult("B1", "mother's boyfriend", name="Rob Example")
    case = a_case(people=[a_child(), an_adult(), rob], events=[entry])
    # The mother has a recorded boyfriend, but he is not called Dean.
    assert matched(case, entry) == [None]


def test_a_family_name_must_agree_when_stated() -> None:
    entry = visit("Dean Smith, mother's partner, present.")
    dean = an_adult("B1", "mother's partner", name="Dean Jones")
    case = a_case(people=[a_child(), dean], events=[entry])
    assert matched(case, entry) == [None]


def test_a_role_matches_the_mothers_recorded_partner() -> None:
    entry = visit("Mother's partner present throughout.")
    partner = an_adult("P1", None, name="Rob Example")
    case = a_case(
        people=[a_child(), an_adult("M1", "mother", sex="F"), partner],
        relationships=[
            a_relationship("M1", "parent", "C1"),
            a_relationship("P1", "partner", "M1"),
        ],
        events=[entry],
    )
    assert matched(case, entry) == ["CSC:P1"]


def test_a_role_matches_a_record_with_a_role_of_the_same_kind() -> None:
    entry = visit("Maternal uncle staying.")
    uncle = an_adult("U1", "uncle (mother's brother)", agency="HV")
    case = a_case(people=[a_child(), uncle], events=[entry])
    assert matched(case, entry) == ["HV:U1"]


def test_a_role_nobody_holds_matches_nobody() -> None:
    entry = visit("Maternal uncle staying.")
    case = a_case(people=[a_child(), an_adult("M1", "mother")], events=[entry])
    assert matched(case, entry) == [None]


def test_a_description_matches_an_adult_the_entry_lists() -> None:
    entry = visit("An unknown male answered the door.", people="X1")
    case = a_case(people=[a_child(), an_adult("X1", None, sex="M")], events=[entry])
    assert matched(case, entry) == ["CSC:X1"]


def test_a_description_does_not_match_the_listed_mother() -> None:
    entry = visit("An unknown male answered the door.", people="M1")
    mother = an_adult("M1", "mother", sex="F")
    case = a_case(
        people=[a_child(), mother],
        relationships=[a_relationship("M1", "parent", "C1")],
        events=[entry],
    )
    assert matched(case, entry) == [None]


def test_a_young_persons_own_boyfriend_is_not_an_adult_to_identify() -> None:
    teen = a_child(born="1997-01-01")
    plain = visit("Argued with her boyfriend.")
    older = visit("Seen with her older boyfriend.", eid="V2")
    case = a_case(people=[teen], events=[plain, older])
    [adult] = unmatched_people(case)
    assert [e.ref for e, _ in adult.mentions] == ["CSC:V2"]


def test_the_same_name_across_entries_is_one_person() -> None:
    first = visit("Mum's new boyfriend Dean staying.")
    later = an_event(EventType.HOME_VISIT, on="2012-04-02", eid="V2", details="Dean present.")
    again = an_event(
        EventType.PHONE_CONTACT, on="2012-05-01", eid="V3", details="Dean Smith, mum's partner."
    )
    case = a_case(people=[a_child(), an_adult()], events=[first, later, again])
    [dean] = unmatched_people(case)
    assert [e.ref for e in dean.entries] == ["CSC:V1", "CSC:V2", "CSC:V3"]


def test_entries_about_no_subject_child_are_not_read() -> None:
    entry = an_event(
        EventType.PHONE_CONTACT, on="2012-03-01", subjects="M1", details="Her partner Dean."
    )
    case = a_case(people=[a_child(), an_adult("M1", "mother")], events=[entry])
    assert unmatched_people(case) == []
