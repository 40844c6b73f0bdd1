"""Round 8 (tuner b): narrower patterns and general variants for process, contact, sharing,
school and concern types.

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
        "Notification received from the hospital: Ava seen with a cut lip.",
        "Notified by the nursery that Theo has moved address.",
        "PPN rec'd overnight re a row between the neighbours.",
        "PPN received from police after a disturbance at the flat.",
        "Notification from the YOT: Callum sentenced today.",
    ],
)
def test_a_notification_received_records_information_shared(text: str) -> None:
    assert E.INFORMATION_SHARED in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Missed two doses this week. Pharmacist informed.",
        "New prescription started; the pharmacy notified.",
        "Pharmacy updated about the change of dose.",
    ],
)
def test_a_pharmacy_is_an_agency_information_is_shared_with(text: str) -> None:
    assert E.INFORMATION_SHARED in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Urine dip negative, BP 120/80.",
        "Urine sample sent to the lab.",
        "Antenatal check: urine NAD, fundal height normal.",
    ],
)
def test_urine_alone_is_no_neglect(text: str) -> None:
    assert E.NEGLECT_CONCERN not in types(text)


def test_a_smell_of_urine_is_still_neglect() -> None:
    assert E.NEGLECT_CONCERN in types("Toddler's clothes smelt strongly of urine at drop off.")


@pytest.mark.parametrize(
    "text",
    [
        "Glued a 3cm lac to the forehead after a fall.",
        "Small lac on the chin, steristripped.",
        "Initial LAC health assessment completed by the paediatrician.",
    ],
)
def test_lac_as_a_laceration_or_a_health_assessment_is_not_looked_after(text: str) -> None:
    assert E.LOOKED_AFTER not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Discussed coping with crying and safe sleep with both parents.",
        "ICON leaflet on coping with a crying baby given.",
        "Coping with infant crying covered at the visit.",
    ],
)
def test_coping_with_crying_advice_is_no_behaviour_concern(text: str) -> None:
    assert E.BEHAVIOUR_CONCERN not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Home conditions much better today, floors cleared.",
        "Real progress with home conditions since the last core group.",
        "Improvements in home conditions noted by the family worker.",
    ],
)
def test_improved_home_conditions_are_no_neglect(text: str) -> None:
    assert E.NEGLECT_CONCERN not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Case to remain open at CIN level for now.",
        "Statutory visit undertaken as part of the CIN plan.",
        "Family open as CIN to the locality team.",
    ],
)
def test_a_case_open_at_cin_or_a_visit_under_the_plan_is_no_cin_plan(text: str) -> None:
    assert E.CHILD_IN_NEED_PLAN not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reported missing at 20:00, her phone going straight to voicemail.",
        "Call from a female reporting shouting from the flat below.",
        "Call from male caller saying a child was left in a car.",
    ],
)
def test_a_childs_voicemail_or_a_call_in_to_police_is_no_phone_contact(text: str) -> None:
    assert E.PHONE_CONTACT not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Teacher to speak to dad at home time about the bruise.",
        "Mum seemed calmer than at last week's visit.",
        "The children were clean at the previous visit.",
    ],
)
def test_home_time_and_a_past_visit_are_no_home_visit(text: str) -> None:
    assert E.HOME_VISIT not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Screening shared with the police CSE team.",
        "Case discussed with the CSE lead for the area.",
        "Copy sent to the CSE coordinator.",
    ],
)
def test_a_cse_team_or_role_is_no_cse_indicator(text: str) -> None:
    assert E.CSE_INDICATOR not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Attendance 84%. Stage 1 attendance letter sent home.",
        "Stage 3 letter issued to parents by the EWO.",
        "Stage 2 warning letter posted.",
    ],
)
def test_an_attendance_stage_letter_is_no_escalation(text: str) -> None:
    found = types(text)
    assert E.ESCALATION not in found
    assert E.PROFESSIONAL_DISAGREEMENT not in found


@pytest.mark.parametrize(
    "text",
    [
        "Supervision appt: Mr Doyle attended on time.",
        "Probation supervision appts kept this month.",
        "Missed his supervision appt on Tuesday.",
    ],
)
def test_a_probation_supervision_appointment_is_no_management_supervision(text: str) -> None:
    assert E.SUPERVISION not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "CP medical for a 4yo referred by the social worker.",
        "Strategy meeting following the nursery's referral about a bruise.",
        "Wrote to MASH about the decision on our referral of 2 June.",
    ],
)
def test_a_referral_named_as_background_is_not_recorded(text: str) -> None:
    assert E.REFERRAL not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Referral to CSC for a pre-birth assessment.",
        "MASH referral made for pre birth assessment.",
        "Midwife sent a referral for the pre-birth assessment.",
    ],
)
def test_a_pre_birth_assessment_a_referral_asks_for_is_not_started(text: str) -> None:
    found = types(text)
    assert E.REFERRAL in found
    assert E.PRE_BIRTH_ASSESSMENT not in found


@pytest.mark.parametrize(
    "text",
    [
        "Report emailed to the conference admin.",
        "Apologies sent to the conference administrator.",
        "Minutes chased with the CP admin.",
    ],
)
def test_conference_staff_are_no_conference(text: str) -> None:
    assert E.CHILD_PROTECTION_CONFERENCE not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Teacher says he has fallen behind in class since the move.",
        "She is now a long way behind her classmates.",
        "Has fallen further behind since Christmas.",
    ],
)
def test_falling_behind_is_an_education_concern(text: str) -> None:
    assert E.EDUCATION_CONCERN in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Duty TM agreed the threshold is met for a C&F assessment.",
        "Threshold was met; allocated to the assessment team.",
        "Contact screened: below threshold for CSC, signposted.",
        "Request for support screened and allocated to an EH worker.",
    ],
)
def test_threshold_and_screening_variants_record_referral_decision(text: str) -> None:
    assert E.REFERRAL_DECISION in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Both children's plans ended at today's review.",
        "CP plans have ended.",
        "The plan has ended and the case steps down.",
    ],
)
def test_plans_ended_records_child_protection_plan(text: str) -> None:
    assert E.CHILD_PROTECTION_PLAN in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "CIN closure meeting held today at school.",
        "CIN closure meeting: all goals met.",
        "Attended the CIN closing meeting with mum.",
    ],
)
def test_a_cin_closure_meeting_is_the_cin_plan_not_a_multi_agency_meeting(text: str) -> None:
    found = types(text)
    assert E.CHILD_IN_NEED_PLAN in found
    assert E.MULTI_AGENCY_MEETING not in found


@pytest.mark.parametrize(
    "text",
    [
        "Dad came to the HV base asking for nappies.",
        "Mum came into HV base upset about the letter.",
        "Grandmother arrived at the base unannounced.",
    ],
)
def test_a_parent_at_the_base_is_an_office_contact(text: str) -> None:
    assert E.OFFICE_CONTACT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Request from the school for a copy of the plan.",
        "Request rec'd from police for the family's address history.",
        "Social worker asks for views on contact by Friday.",
        "Rang the HV to ask whether she had seen the baby recently.",
    ],
)
def test_request_variants_record_information_request(text: str) -> None:
    assert E.INFORMATION_REQUEST in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Records request declined by the GP.",
        "Declined by the GP partner, as dad has not agreed.",
        "Request refused by the practice manager.",
    ],
)
def test_a_request_declined_records_information_sharing_refused(text: str) -> None:
    assert E.INFORMATION_SHARING_REFUSED in types(text)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Says a man from the park tops up her phone.", 13.0),
        ("Older lad buys him vapes and cigarettes.", 14.0),
        ("She says her boyfriend is nearly 21.", 14.0),
        ('Talked about her "boyfriend" who is 24.', 15.0),
    ],
)
def test_gifts_and_an_older_boyfriend_are_cse_indicators(text: str, age: float) -> None:
    assert E.CSE_INDICATOR in tag(text, age=age).event_types


@pytest.mark.parametrize(
    "text",
    [
        "Discussed with the GP by phone.",
        "Discussed with school by telephone this afternoon.",
        "Spoke with the HV by phone about the weight.",
    ],
)
def test_a_discussion_by_phone_is_a_phone_contact(text: str) -> None:
    assert E.PHONE_CONTACT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seen acting out sex with the toys in the role play area.",
        "Used sexual words in the playground at lunch.",
        "Sexualised play with a younger child at nursery.",
    ],
)
def test_sexual_play_and_words_are_a_behaviour_concern(text: str) -> None:
    assert E.BEHAVIOUR_CONCERN in tag(text, age=5.0).event_types


@pytest.mark.parametrize(
    "text",
    [
        "The fridge was empty and the baby had one bottle left.",
        "Cupboards bare at the visit, mum says payday is Friday.",
        "No toothbrush in the house for either child.",
    ],
)
def test_an_empty_fridge_or_no_toothbrush_is_neglect(text: str) -> None:
    assert E.NEGLECT_CONCERN in types(text)


@pytest.mark.parametrize(
    ("text", "neglect"),
    [
        ("Mild nappy rash, barrier cream advised.", False),
        ("Baby has nappy rash, otherwise thriving.", False),
        ("Untreated nappy rash, skin broken.", True),
        ("Severe nappy rash and a soaked nappy.", True),
    ],
)
def test_nappy_rash_is_neglect_only_when_severe_or_untreated(text: str, neglect: bool) -> None:
    assert (E.NEGLECT_CONCERN in types(text)) is neglect


@pytest.mark.parametrize(
    "text",
    [
        "Letter home to parents re head lice.",
        "Head lice in class again this term.",
        "Head lice letter sent to Year 3.",
    ],
)
def test_a_head_lice_letter_to_a_class_is_no_neglect(text: str) -> None:
    assert E.NEGLECT_CONCERN not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Referred to the school counsellor for anxiety.",
        "Referral to school counsellor made by head of year.",
        "Refer to counsellor if no improvement.",
    ],
)
def test_a_referral_to_a_counsellor_is_not_to_childrens_social_care(text: str) -> None:
    assert E.REFERRAL not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Resolution protocol stage 3: raised with the director.",
        "Escalated to stage 2; service manager informed of the dispute.",
        "No response to my challenge of last month, so escalated to the head of service.",
    ],
)
def test_a_disagreement_named_as_what_is_escalated_is_not_raised_anew(text: str) -> None:
    found = types(text)
    assert E.ESCALATION in found
    assert E.PROFESSIONAL_DISAGREEMENT not in found


@pytest.mark.parametrize(
    "text",
    [
        "PPN: verbal argument between the parents, children asleep.",
        "Police notification (PPN) received about a disturbance at the house.",
        "PPN: missing overnight, found at a friend's.",
    ],
)
def test_a_ppn_heading_records_information_shared(text: str) -> None:
    assert E.INFORMATION_SHARED in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Challenged the NFA on the nursery's referral about Amir.",
        "Unhappy with the decision on referral, stage 1 form sent.",
        "Plan includes a young carers referral and a mentor.",
        "Target hardening referral agreed for the flat.",
        "Referral to the exploitation panel by the YOT worker.",
    ],
)
def test_a_referral_decided_on_or_to_another_service_is_no_csc_referral(text: str) -> None:
    assert E.REFERRAL not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Team manager decision on police referral: NFA not appropriate, to assessment.",
        "Decision on the referral: progress to assessment.",
        "Senior practitioner decision on school's referral: threshold met.",
    ],
)
def test_a_decision_on_a_referral_is_a_referral_decision(text: str) -> None:
    assert E.REFERRAL_DECISION in types(text)


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("Custody: detained person Liam Mace (16), arrested for theft.", False),
        ("Discussed at MACE today; actions agreed.", True),
        ("Case heard at MACE with police and school.", True),
    ],
)
def test_mace_is_a_meeting_only_where_it_is_held(text: str, meeting: bool) -> None:
    assert (E.MULTI_AGENCY_MEETING in types(text)) is meeting


@pytest.mark.parametrize(
    "text",
    [
        "Child in need meeting at school, plan updated.",
        "Chaired the child in need review with both parents.",
        "Child in need meeting held; actions agreed with mum.",
    ],
)
def test_a_child_in_need_meeting_records_the_cin_plan(text: str) -> None:
    assert E.CHILD_IN_NEED_PLAN in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dad cautioned for theft. School informed given the open child in need plan.",
        "Arrest shared with MASH as the family has an open CP plan.",
        "The GP asked whether the children had ever been subject to a CP plan.",
    ],
)
def test_a_plan_named_as_status_or_asked_about_is_no_plan(text: str) -> None:
    found = types(text)
    assert E.CHILD_IN_NEED_PLAN not in found
    assert E.CHILD_PROTECTION_PLAN not in found


@pytest.mark.parametrize(
    "text",
    [
        "Teacher to catch dad at home time about the letter.",
        "Will speak with the parents at home time.",
        "Nursery to raise it with mother at home time.",
    ],
)
def test_home_time_with_a_parent_is_no_home_visit(text: str) -> None:
    assert E.HOME_VISIT not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "IDVA referral made for mum. MASH referral sent about the children.",
        "Referral to the drug and alcohol team for dad; referral to MASH re the baby.",
        "Dad referred to the alcohol service; referral to CSC sent as well.",
    ],
)
def test_a_referral_to_csc_beside_one_to_adult_services_records_both(text: str) -> None:
    found = types(text)
    assert E.REFERRAL in found
    assert E.REFERRAL_TO_ADULT_SERVICES in found


@pytest.mark.parametrize(
    "text",
    [
        "Neighbour rang the duty line, worried about the girl next door. Passed to the SW.",
        "Aunt rang, worried the children are left late at night; details passed to MASH.",
        "Nurse uneasy about how dad handled the baby; shared with the health visitor.",
    ],
)
def test_a_worry_passed_on_records_the_concern_and_the_sharing(text: str) -> None:
    found = types(text)
    assert E.CONCERN in found
    assert E.INFORMATION_SHARED in found


@pytest.mark.parametrize(
    "text",
    [
        "Rang the nursery to ask about any concerns over the summer.",
        "Sent the social worker a list of concerns.",
        "Police shared the incident log and concerns with school.",
    ],
)
def test_concerns_named_as_what_is_shared_or_asked_about_are_no_concern(text: str) -> None:
    assert E.CONCERN not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum engaging w/ core grp and attending the parenting course.",
        "Dad engaging well with the core group since March.",
        "Good engagement with the core group noted by the IRO.",
    ],
)
def test_a_parent_engaging_with_the_core_group_is_no_core_group_meeting(text: str) -> None:
    assert E.CHILD_PROTECTION_PLAN not in types(text)
