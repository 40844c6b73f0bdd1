"""Adults named or described in an entry's free text."""

from __future__ import annotations

import pytest

from foresight.model.roles import ParentSide, RoleKind
from foresight.text.people import NamedPerson, people_in_text


def one(text: str, outcome: str = "") -> NamedPerson:
    [person] = people_in_text(text, outcome)
    return person


def test_named_after_the_role() -> None:
    dean = one("HV visit. Mum's new boyfriend Dean who is staying answered the door.")
    assert dean.text == "Mum's new boyfriend Dean"
    assert (dean.given, dean.family) == ("Dean", "")
    assert dean.role == "Mum's new boyfriend"
    assert dean.kind is RoleKind.PARTNER_OF_PARENT and dean.side is ParentSide.MOTHER
    assert dean.staying and not dean.negated


def test_named_before_the_role() -> None:
    dean = one("Dean Smith, mother's partner, present at the visit.")
    assert (dean.given, dean.family, dean.role) == ("Dean", "Smith", "mother's partner")
    assert dean.text == "Dean Smith, mother's partner"
    assert not dean.staying


def test_offsets_point_at_the_words() -> None:
    text = "Seen at home. Dean (mum's boyfriend) present."
    dean = one(text)
    assert text[dean.start : dean.end] == dean.text == "Dean (mum's boyfriend)"


def test_outcome_is_read_after_the_details() -> None:
    details, outcome = "Home visit.", "Maternal uncle staying for a week."
    uncle = one(details, outcome)
    assert f"{details}\n{outcome}"[uncle.start : uncle.end] == "Maternal uncle"
    assert uncle.kind is RoleKind.OTHER_RELATIVE and uncle.side is ParentSide.MOTHER
    assert uncle.staying


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        ("An unknown male answered the door.", "An unknown male", RoleKind.UNKNOWN_ADULT),
        ("A male friend of mum's staying over.", "A male friend of mum's", RoleKind.FRIEND),
        (
            "Mother's ex-partner has moved back in.",
            "Mother's ex-partner",
            RoleKind.PARTNER_OF_PARENT,
        ),
        ("Her partner was present.", "Her partner", RoleKind.PARTNER_OF_PARENT),
        ("Found at the flat of an older man.", "an older man", RoleKind.OTHER),
    ],
)
def test_described_adults(text: str, words: str, kind: RoleKind) -> None:
    person = one(text)
    assert person.text == words and person.kind is kind and person.name == ""


def test_a_man_called_by_a_nickname() -> None:
    gaz = one("Neighbour says a man called Gaz has been visiting.")
    assert (gaz.text, gaz.given, gaz.role) == ("a man called Gaz", "Gaz", "man")


def test_a_title_gives_a_family_name() -> None:
    person = one("Mother's partner Mr Hollis has moved in.")
    assert (person.given, person.family) == ("", "Hollis") and person.staying


@pytest.mark.parametrize(
    "text",
    [
        "No other adults present.",
        "Mum denies a new partner.",
        "Mother says there is no boyfriend.",
    ],
)
def test_denied_mentions_are_not_people(text: str) -> None:
    assert people_in_text(text) == []
    [denied] = people_in_text(text, include_negated=True)
    assert denied.negated


def test_the_negation_stays_in_its_clause() -> None:
    [person] = people_in_text("No bruising seen. An unknown male was present.")
    assert person.text == "An unknown male"


def test_someone_who_has_died_is_not_to_identify() -> None:
    assert people_in_text("Jack knows his grandad has died.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Discussed with partner agencies.",
        "Male officer attended with a female PC.",
        "Riley played with a friend at break.",
        "Referred to adult services.",
        "Mum reports baby unsettled at night.",
        "The man left before officers arrived.",
    ],
)
def test_words_that_describe_no_family_adult(text: str) -> None:
    assert people_in_text(text) == []


def test_a_possessor_name_is_not_the_persons_name() -> None:
    [person] = people_in_text("Rose's boyfriend was there.")
    assert person.name == "" and person.role == "boyfriend"


def test_several_people_in_order() -> None:
    found = people_in_text("Mum's boyfriend Dean and maternal uncle Lee both staying.")
    assert [(p.given, p.kind) for p in found] == [
        ("Dean", RoleKind.PARTNER_OF_PARENT),
        ("Lee", RoleKind.OTHER_RELATIVE),
    ]
    assert all(p.staying for p in found)
