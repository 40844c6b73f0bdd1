"""Round 9 (tuner b): narrower patterns for referral, phone, meeting and behaviour types, and
general variants for visits, placements and attainment.

Each phrasing is invented here, not copied from the evaluation files, so the tests check that
a rule generalises rather than replaying the lines it was tuned on.
"""

from __future__ import annotations

import pytest

from foresight.model.vocab import EventType
from foresight.text import tag

E = EventType


def types(text: str) -> set[EventType]:
    return set(tag(text).event_types)


@pytest.mark.parametrize(
    "text",
    [
        "Consent form sent to the dentist for Harley's extraction.",
        "Stage one challenge form sent to the duty manager about the closure.",
        "Free school meals form sent to the council on mum's behalf.",
    ],
)
def test_a_form_sent_is_no_referral(text: str) -> None:
    assert E.REFERRAL not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Referral form sent to MASH re bruising to Kai's arm.",
        "MARF sent to the front door this afternoon.",
        "Referral to children's social care made by the DSL.",
    ],
)
def test_a_referral_form_to_social_care_is_still_a_referral(text: str) -> None:
    assert E.REFERRAL in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dad admits heavy drinking most evenings; referred him to the Pathways alcohol service.",
        "Mum says her cannabis use has crept up. Referral made to the local drug service.",
        "Partner disclosed daily heroin use and was referred to the recovery service today.",
    ],
)
def test_a_referral_to_an_adult_drug_or_alcohol_service_is_not_to_social_care(text: str) -> None:
    found = types(text)
    assert E.REFERRAL not in found
    assert E.REFERRAL_TO_ADULT_SERVICES in found


def test_a_mash_referral_beside_an_adult_service_referral_is_kept() -> None:
    found = types("Mum referred to the alcohol team with consent. MASH referral sent re the kids.")
    assert E.REFERRAL in found


@pytest.mark.parametrize(
    "text",
    [
        "Staff meeting discussed the new uniform policy.",
        "Team meeting: rotas for the Christmas period agreed.",
        "Governors meeting reviewed the behaviour policy.",
    ],
)
def test_an_agency_internal_meeting_is_no_multi_agency_meeting(text: str) -> None:
    assert E.MULTI_AGENCY_MEETING not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The school is introducing first day calling for all absences.",
        "Calling cards printed for the new outreach team.",
        "Role play session on calling out unkind words in class.",
    ],
)
def test_the_word_calling_alone_is_no_phone_contact(text: str) -> None:
    assert E.PHONE_CONTACT not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Went round to the flat after the missed clinic appointment; no one in.",
        "Went over to the house at 4pm but got no reply.",
        "Drove round to the address after school and there was no answer.",
    ],
)
def test_going_round_to_the_home_with_no_answer_is_a_no_access_visit(text: str) -> None:
    assert E.NO_ACCESS_VISIT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Went round to the house to see the twins; both well and playing.",
        "I went to the family home this morning and saw Ruby with her dad.",
        "Went over to their flat after lunch to check on baby.",
    ],
)
def test_going_round_to_the_home_is_a_home_visit(text: str) -> None:
    assert E.HOME_VISIT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The brothers were placed together with kinship carers overnight.",
        "All three children placed together in an emergency foster home.",
        "Sisters placed together following the interim care order.",
    ],
)
def test_children_placed_together_is_a_placement(text: str) -> None:
    assert E.PLACEMENT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Termly report: Ellis is working below the expected standard in writing.",
        "Teacher says Noor is performing below the level expected for her age in maths.",
        "Reading assessed below the expected level for Year 3.",
    ],
)
def test_attainment_below_the_expected_level_is_an_education_concern(text: str) -> None:
    assert E.EDUCATION_CONCERN in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nursery report Aiden acting out sexual behaviour with other children at nap time.",
        "Concerns about harmful sexual behaviour towards a younger cousin.",
        "Teacher noticed sexual behaviour in the play area that is not age appropriate.",
    ],
)
def test_sexual_behaviour_is_a_behaviour_concern(text: str) -> None:
    assert E.BEHAVIOUR_CONCERN in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum tearful at the antenatal appointment, worried about money.",
        "Dad very upset on the phone about the court date.",
        "Kian was distressed when telling me about the row at home last night.",
        "Neighbour hears a baby crying for hours most evenings.",
        "Baby admitted to SCBU to be observed for neonatal withdrawal.",
        "Mum not sleeping or eating since the separation.",
    ],
)
def test_upset_tears_and_withdrawal_alone_are_no_behaviour_concern(text: str) -> None:
    assert E.BEHAVIOUR_CONCERN not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ruby tearful in class again today and would not say why.",
        "Pupil extremely upset at the school gate, refusing to go in.",
        "Nursery staff say Milo is distressed at drop off every morning.",
    ],
)
def test_upset_in_the_childs_setting_is_a_behaviour_concern(text: str) -> None:
    assert E.BEHAVIOUR_CONCERN in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Clinic letter to dad confirming the blood results, cc GP.",
        "Discharge summary posted to mum, cc the health visitor.",
        "Outcome letter sent home; cc school nurse and GP.",
    ],
)
def test_a_copy_marked_cc_to_an_agency_is_information_shared(text: str) -> None:
    assert E.INFORMATION_SHARED in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reply to the MASH checks: no trace of the stepfather on the system.",
        "Response to police checks: family unknown to the school.",
        "Probation checks returned to MASH; Mr Hale is on licence until 2027.",
    ],
)
def test_a_reply_to_another_agencys_checks_is_information_shared(text: str) -> None:
    assert E.INFORMATION_SHARED in types(text)
