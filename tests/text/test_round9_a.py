"""Round 9 (tuner a): narrower household and address words, detention and temporary
accommodation read with their entry, self-inflicted marks, quoted harm, and context triggers,
each tried on phrasings written for these tests (not lines of the evaluation files)."""

from __future__ import annotations

import pytest

from foresight.model.vocab import EventType
from foresight.text import tag
from foresight.text import values as text_values
from foresight.text.pipeline import pipeline

E = EventType


def types(text: str) -> set[EventType]:
    return set(tag(text).event_types)


@pytest.mark.parametrize(
    "text",
    [
        "Allocated worker has left the authority; case reallocated to the duty team.",
        "Health visitor left the service in May and no handover was recorded.",
        "Reading age has gone down since the autumn term; extra phonics put in place.",
        "Case moved from the assessment team to the long term team.",
    ],
)
def test_a_worker_leaving_or_a_case_moving_is_no_household_change(text: str) -> None:
    assert not {E.LEFT_HOUSEHOLD, E.ADDRESS_CHANGE} & types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum says dad has gone and is not coming back.",
        "Partner has gone to live with his brother in Leeds.",
        "Dad has gone to stay at a friend's after the row.",
    ],
)
def test_a_person_gone_from_the_home_still_left(text: str) -> None:
    assert E.LEFT_HOUSEHOLD in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum and the two boys moved from the refuge to a council flat in Bury.",
        "Family moved from their flat on Hill St to nan's house.",
        "They moved from the hostel last Tuesday.",
    ],
)
def test_moving_from_a_home_is_an_address_change(text: str) -> None:
    assert E.ADDRESS_CHANGE in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Father was detained under section 3 after a relapse of his psychosis.",
        "Mum was sectioned overnight; children staying with their aunt.",
        "AMHP: mother detained under section 2 following assessment.",
    ],
)
def test_an_adults_detention_is_also_a_hospital_admission(text: str) -> None:
    found = types(text)
    assert {E.HOSPITAL_ADMISSION, E.PARENTAL_FACTOR} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Family evicted on Friday and placed in a B&B across the borough.",
        "Mum and baby moved into a hostel for homeless families yesterday.",
        "After the eviction the family are now in temporary accommodation in Oldham.",
    ],
)
def test_moving_into_temporary_accommodation_is_an_address_change(text: str) -> None:
    assert {E.HOMELESSNESS, E.ADDRESS_CHANGE} <= types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Housing officer says the family are at risk of homelessness after a notice to quit.",
        "Mum worried about being made homeless; rent arrears of two months.",
        "Homelessness application taken; the family remain at their address for now.",
    ],
)
def test_homelessness_without_a_move_is_no_address_change(text: str) -> None:
    assert E.ADDRESS_CHANGE not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Form tutor noticed cuts on Maya's wrist; Maya said she did them herself last night.",
        "School nurse saw scratches on his arm, which he said he made with a compass.",
        "Fresh cuts to her thigh; she says she uses a razor blade when it gets too much.",
    ],
)
def test_self_inflicted_marks_are_self_harm_only(text: str) -> None:
    found = types(text)
    assert E.SELF_HARM in found
    assert E.INJURY not in found


@pytest.mark.parametrize(
    "text",
    [
        'Noah told the TA "daddy pushed me off the sofa".',
        'Asked about the mark, she said "mum threw a shoe at me".',
        'During the visit Kai said "he shoved mummy into the fridge".',
    ],
)
def test_harm_in_a_childs_quoted_words_is_a_disclosure(text: str) -> None:
    assert E.DISCLOSURE in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "It would appear that Josh was not brought to his dental appointment today.",
        "It would appear Amelia was not brought to the eye clinic this morning.",
        "Would appear that Ruby was not brought to her hearing test.",
    ],
)
def test_it_would_appear_is_no_hypothetical(text: str) -> None:
    assert E.WAS_NOT_BROUGHT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Booking bloods done at 12 weeks. She is looking forward to the birth.",
        "Midwife visit at 34/40; mum says she looks forward to the labour being over.",
        "Antenatal clinic at 30 weeks, both parents looking forward to the delivery.",
    ],
)
def test_a_birth_looked_forward_to_is_not_a_birth(text: str) -> None:
    assert E.BIRTH not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Child in care review: the initial health assessment is overdue.",
        "IRO noted that Ava's review health assessment is now overdue.",
        "The dental check is still outstanding for both children.",
    ],
)
def test_an_overdue_health_contact_is_not_one(text: str) -> None:
    assert E.HEALTH_CONTACT not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "RCPC held; home conditions improved, plan to continue.",
        "Review child protection conference. Attendance improved this term.",
        "RCPC - school attendance improved, CP plan continues.",
    ],
)
def test_improved_reaches_only_the_words_it_follows(text: str) -> None:
    assert E.CHILD_PROTECTION_CONFERENCE in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Home conditions much improved since the last visit.",
        "Mum's drinking has improved, she reports.",
        "Bedroom conditions improving.",
    ],
)
def test_improved_still_negates_what_it_follows(text: str) -> None:
    assert not {E.NEGLECT_CONCERN, E.PARENTAL_FACTOR} & types(text)


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("Aspire alcohol service", "substance_misuse_service"),
        ("Pathways drug and alcohol service", "substance_misuse_service"),
        ("New Leaf substance misuse service", "substance_misuse_service"),
    ],
)
def test_a_providers_name_before_the_service(words: str, kind: str) -> None:
    found = text_values._agency(words, pipeline().patterns.values)
    assert found is not None and str(found) == kind


def test_lower_case_words_before_a_service_are_no_providers_name() -> None:
    assert text_values._agency("the front door", pipeline().patterns.values) is None


@pytest.mark.parametrize(
    "text",
    [
        "Dad phoned to cancel the hearing test tomorrow; says the car has broken down.",
        "Mum cancelled Finn's 27 month review next week as she starts a new job.",
        "Grandmother rang the surgery to cancel the dental appointment on Friday.",
    ],
)
def test_a_cancellation_is_not_planned_by_the_date_after_it(text: str) -> None:
    assert E.CANCELLED_APPOINTMENT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fixed term exclusion: Tom brought a kitchen knife to school in his rucksack.",
        "Knife found in his bag at registration; police called and he was excluded.",
        "Year 9 pupil found with a machete at the bus stop after school.",
    ],
)
def test_a_weapon_a_child_has_is_an_offence(text: str) -> None:
    assert E.OFFENCE in types(text)


def test_no_weapon_found_is_no_offence() -> None:
    assert E.OFFENCE not in types("Bag searched by the head of year, no knife found.")


@pytest.mark.parametrize(
    "text",
    [
        "Health visitor checked the mongolian blue spots on his back; documented on body map.",
        "Paediatric review: birthmark on the left thigh, no concerns.",
        "Blue-grey marks over the sacrum, present since birth per red book.",
    ],
)
def test_a_mark_born_with_is_no_injury(text: str) -> None:
    assert E.INJURY not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Baby weighed at the weigh clinic, gaining well.",
        "Dad attended the surgery with Mia for an earache.",
        "Seen with mum. On examination: ears red, afebrile.",
    ],
)
def test_a_clinic_or_surgery_visit_is_a_health_contact(text: str) -> None:
    assert E.HEALTH_CONTACT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Booking appointment at 10 weeks. Disclosed she uses cocaine at weekends.",
        "Antenatal check 32/40: bruise on her upper arm, says she bumped into a cupboard.",
        "Midwife booking, 9 weeks. She disclosed a history of depression.",
    ],
)
def test_a_pregnancy_contact_is_the_mothers(text: str) -> None:
    assert not {E.DISCLOSURE, E.INJURY} & types(text)


def test_a_childs_injury_in_a_pregnancy_contact_is_still_the_childs() -> None:
    found = types("Antenatal visit 30/40: her son Leo (4) had a bruise on his cheek.")
    assert E.INJURY in found


@pytest.mark.parametrize(
    "text",
    [
        "Home visit to the new flat to assess whether it is suitable for overnight contact.",
        "Social worker visited the grandparents' house to assess the bedrooms.",
        "Officers attended for a welfare check at the flat to follow up the neighbour's call.",
    ],
)
def test_a_purpose_clause_does_not_make_a_deed_a_plan(text: str) -> None:
    assert {E.HOME_VISIT, E.POLICE_WELFARE_CHECK} & types(text)
