"""Round 7 (tuner b): general rules for process, contact, sharing and school types.

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
        "Pupil came in with a grazed knee. Class teacher and school nurse informed.",
        "Missed immunisations again // HV and GP notified",
        "Moved to the north of the county; youth offending team updated",
        "Letter from dentist about decayed teeth, the allocated social worker was notified.",
        "Parents separated last month. I notified the named midwife by secure email.",
        "Dad released from custody; informed the school and the nursery the same day.",
    ],
)
def test_an_agency_informed_or_notified_records_information_shared(text: str) -> None:
    assert E.INFORMATION_SHARED in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Copy of the discharge plan to the health visitor.",
        "Email to the school with the dates of the next meetings.",
        "Summary of the medical findings to the GP.",
    ],
)
def test_a_document_sent_to_an_agency_records_information_shared(text: str) -> None:
    assert E.INFORMATION_SHARED in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bruise to cheek seen at nursery // safeguarding ref to MASH",
        "DSL completed ref to CSC after lunch",
        "Early help ref from the nursery re toileting and sleep",
        "DASH 18, MARAC ref submitted by the IDVA",
    ],
)
def test_ref_is_read_as_a_referral(text: str) -> None:
    assert E.REFERRAL in types(text)


def test_a_marac_referral_is_a_referral_not_the_marac() -> None:
    found = types("Support worker made a MARAC ref for her after the incident")
    assert E.REFERRAL in found
    assert E.MARAC not in found


@pytest.mark.parametrize(
    "text",
    [
        "Review conference held; the CP plan will continue for another three months.",
        "RCPC today, plans to remain in place under emotional abuse",
        "Review conference: children remain subject to child protection plans.",
    ],
)
def test_a_plan_that_continues_is_the_conference_only(text: str) -> None:
    found = types(text)
    assert E.CHILD_PROTECTION_CONFERENCE in found
    assert E.CHILD_PROTECTION_PLAN not in found


@pytest.mark.parametrize(
    "text",
    [
        "Core group postponed as the HV is on leave.",
        "Core group cancelled, new date to follow.",
        "Sent mum the core group dates for the autumn.",
    ],
)
def test_a_core_group_not_held_records_no_plan(text: str) -> None:
    assert E.CHILD_PROTECTION_PLAN not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "File moved from the CIN team to the disabled children's team.",
        "Family remain open to the child in need team.",
        "Duty SW from the CIN team answered the query.",
    ],
)
def test_a_team_name_is_not_a_child_in_need_plan(text: str) -> None:
    assert E.CHILD_IN_NEED_PLAN not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tenancy officer visit about the broken window; flat cluttered.",
        "Family support worker visit, mum tired but coping.",
        "Youth worker visited Sam after college.",
    ],
)
def test_a_practitioners_visit_is_a_home_visit(text: str) -> None:
    assert E.HOME_VISIT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pre-birth assessment underway // visit booked for the 12th",
        "Records show the children were seen at every statutory visit last year.",
        "Could not reach dad by phone or home visit this week.",
    ],
)
def test_a_visit_booked_or_named_in_passing_is_no_home_visit(text: str) -> None:
    assert E.HOME_VISIT not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Knocked at 11:00, no ans, dog barking inside.",
        "Visited the flat, no one came; posted a calling card.",
        "Attempted statutory visit, left a card asking mum to ring.",
    ],
)
def test_no_answer_and_calling_cards_are_no_access_visits(text: str) -> None:
    found = types(text)
    assert E.NO_ACCESS_VISIT in found
    assert E.PHONE_CONTACT not in found


@pytest.mark.parametrize(
    "text",
    [
        "Aunt rang 101 to say the couple were fighting in the street.",
        "Concern for welfare call from the nursery; officers attended, all well.",
        "Baby with unexplained bruise: referred to children's social care by telephone.",
    ],
)
def test_calls_that_are_not_the_practitioners_phone_contact(text: str) -> None:
    assert E.PHONE_CONTACT not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Neighbour rang: hears the baby crying for hours in the evenings.",
        "Caller said she heard the children crying most nights.",
        "Anonymous contact: toddler heard crying through the wall late at night.",
    ],
)
def test_a_child_heard_crying_is_a_concern_not_behaviour(text: str) -> None:
    found = types(text)
    assert E.CONCERN in found
    assert E.BEHAVIOUR_CONCERN not in found


@pytest.mark.parametrize(
    "text",
    [
        "Nursery manager raised a stage 1 challenge about the NFA.",
        "School disagrees with the MASH decision to NFA and has written to the duty TM.",
        "HV challenged yesterday's decision to take no further action.",
    ],
)
def test_a_stage_1_challenge_is_a_disagreement_not_its_decision(text: str) -> None:
    found = types(text)
    assert E.PROFESSIONAL_DISAGREEMENT in found
    assert not {E.ESCALATION, E.REFERRAL_DECISION, E.NO_FURTHER_ACTION} & found


@pytest.mark.parametrize(
    "text",
    [
        "Health and CSC settled their disagreement by phone.",
        "The dispute was settled when the two team managers spoke.",
        "Challenge closed after the service manager's reply.",
    ],
)
def test_a_settled_or_closed_disagreement_is_resolved(text: str) -> None:
    found = types(text)
    assert E.DISAGREEMENT_RESOLVED in found
    assert E.PROFESSIONAL_DISAGREEMENT not in found


@pytest.mark.parametrize(
    "text",
    [
        "Managers' meeting agreed the case stays open.",
        "Disagreement discussed at a managers meeting, no outcome yet.",
        "Reintegration mtg with dad on Monday.",
    ],
)
def test_a_managers_or_planned_meeting_is_no_multi_agency_meeting(text: str) -> None:
    assert E.MULTI_AGENCY_MEETING not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "LAC review held at her foster home; she wants more contact with nan.",
        "Reported missing by the children's home at midnight.",
        "Ran away from the children's home after tea.",
    ],
)
def test_where_a_looked_after_child_is_is_no_placement(text: str) -> None:
    assert E.PLACEMENT not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Appointment letter posted to dad. No further action required today.",
        "Gave mum the leaflet on safe sleep; no further action needed.",
        "Sore throat, advised fluids. No further action.",
    ],
)
def test_no_further_action_without_a_referral_or_decision_is_nothing(text: str) -> None:
    assert E.NO_FURTHER_ACTION not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Duty screening of the nursery contact: NFA.",
        "Police investigation closed, no further action.",
        "Referral reviewed by the team manager; no further action.",
    ],
)
def test_no_further_action_on_a_referral_or_investigation_is_recorded(text: str) -> None:
    assert E.NO_FURTHER_ACTION in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Attendance meeting with mum at school, targets set.",
        "Meeting with Ms Pearce to go through the safety plan.",
        "Meeting with both parents at the family centre about routines.",
    ],
)
def test_a_meeting_with_the_family_alone_is_no_multi_agency_meeting(text: str) -> None:
    assert E.MULTI_AGENCY_MEETING not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Half-day refresher on neglect for the whole team.",
        "Report sets out the evidence of neglect gathered since June.",
        "Professionals agreed the baby remains at risk of neglect.",
    ],
)
def test_neglect_named_as_a_topic_is_no_neglect_concern(text: str) -> None:
    assert E.NEGLECT_CONCERN not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "At the MARAC I shared that the children are known to us.",
        "Strategy discussion: police shared that dad has a caution for assault.",
        "Professionals meeting: school shared the attendance figures.",
    ],
)
def test_sharing_at_a_meeting_is_the_meeting(text: str) -> None:
    assert E.INFORMATION_SHARED not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wrote to the head of service to escalate the closure decision to stage 2.",
        "Emailed the duty TM with our challenge, stage 1 of the protocol.",
        "Letter to CSC confirming the disagreement is resolved.",
    ],
)
def test_a_letter_that_raises_or_settles_a_disagreement_is_that_step(text: str) -> None:
    assert not {E.INFORMATION_SHARED, E.INFORMATION_REQUEST} & types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum's new partner named // police check requested",
        "Rang the nursery to ask whether there had been any bruises noticed.",
        "Sent requests for information to the GP and the school.",
    ],
)
def test_requests_for_information(text: str) -> None:
    assert E.INFORMATION_REQUEST in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Duty manager screened the contact as meeting the threshold for an assessment.",
        "Screening of the school's referral completed: threshold met.",
        "MASH screening of the referral done with partners.",
    ],
)
def test_screening_a_referral_is_its_decision(text: str) -> None:
    assert E.REFERRAL_DECISION in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Argument between mum and her partner in the street, police informed.",
        "Dad's new girlfriend staying most nights; PNC check requested.",
        "Mum's brother has moved in // GP and HV notified",
    ],
)
def test_a_passive_sharing_or_request_is_the_agencys_though_an_adult_is_named(text: str) -> None:
    assert {E.INFORMATION_SHARED, E.INFORMATION_REQUEST} & types(text)


@pytest.mark.parametrize(
    "text",
    ["Mum informed school she is moving.", "Dad asked for a copy of the minutes."],
)
def test_a_parent_telling_or_asking_is_still_no_agency_sharing(text: str) -> None:
    assert not {E.INFORMATION_SHARED, E.INFORMATION_REQUEST} & types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Case supervision: reviewed the CIN plan and the drift in the parenting assessment.",
        "Supervision with TM, child in need plan actions discussed.",
        "Reflective supervision; the single assessment is overdue.",
    ],
)
def test_plans_and_assessments_reviewed_in_supervision_are_background(text: str) -> None:
    found = types(text)
    assert E.SUPERVISION in found
    assert not {E.ASSESSMENT, E.CHILD_IN_NEED_PLAN} & found


@pytest.mark.parametrize(
    "text",
    [
        "The row escalated and police were called.",
        "The argument escalated into pushing.",
        "Things escalated when dad came home drunk.",
    ],
)
def test_an_argument_that_escalated_is_no_escalation(text: str) -> None:
    assert E.ESCALATION not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Weekly supervision appointment kept; reports no drug use.",
        "Probation supervision: discussed his new relationship.",
        "Attended his supervision session, on time.",
    ],
)
def test_a_probation_supervision_appointment_is_no_management_supervision(text: str) -> None:
    assert E.SUPERVISION not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dad seen for poor sleep and tics // CAMHS ref made",
        "Speech delay noted, SALT ref sent.",
        "Mum agreed to a ref to the drug and alcohol service.",
    ],
)
def test_a_ref_to_a_health_or_adult_service_is_no_referral(text: str) -> None:
    assert E.REFERRAL not in types(text)


def test_ringing_from_the_doorstep_of_a_visit_no_one_answered_is_the_visit() -> None:
    found = types("Called at the flat, no answer; rang mum from outside, no reply.")
    assert E.NO_ACCESS_VISIT in found
    assert E.PHONE_CONTACT not in found


@pytest.mark.parametrize(
    "text",
    [
        "Today I escalated the disagreement about the closure to the service manager.",
        "DSL escalated the dispute over threshold to the head of service.",
        "Nursery escalated their challenge to stage 2.",
    ],
)
def test_the_disagreement_escalated_is_the_escalations_object(text: str) -> None:
    found = types(text)
    assert E.ESCALATION in found
    assert E.PROFESSIONAL_DISAGREEMENT not in found


@pytest.mark.parametrize(
    "text",
    [
        "HoS replied to the escalation; the school is satisfied with the response.",
        "Professional disagreement form. Status: resolved.",
        "Challenge about step-down. Outcome: resolved.",
    ],
)
def test_a_disagreement_said_to_be_settled_by_its_status_is_resolved(text: str) -> None:
    assert E.DISAGREEMENT_RESOLVED in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "YP says she stays at his flat some weekends.",
        "Mum's ex was arrested at his home in Leeds.",
        "Argument at his flat on Saturday, she left.",
    ],
)
def test_someone_elses_flat_is_no_home_visit(text: str) -> None:
    assert E.HOME_VISIT not in types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("core grp today, plan updated", E.CHILD_PROTECTION_PLAN),
        ("Accommodated overnight and placed w/ emergency FC", E.PLACEMENT),
        ("PEX after assault on a member of staff", E.EXCLUSION),
        ("Arrived late on six mornings this month", E.SCHOOL_ABSENCE),
        ("Maths teacher says she has stopped handing in homework", E.EDUCATION_CONCERN),
        ("English work has deteriorated since Easter", E.EDUCATION_CONCERN),
    ],
)
def test_abbreviations_and_variants(text: str, kind: EventType) -> None:
    assert kind in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Panel to meet within 10 school days.",
        "Three school days until the end of term.",
        "Appeal must be lodged within 15 school days.",
    ],
)
def test_school_days_as_a_time_limit_is_no_absence(text: str) -> None:
    assert E.SCHOOL_ABSENCE not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Paediatric clinic: faltering growth, bloods taken, review in a month.",
        "Admitted with failure to thrive for investigation.",
        "Poor weight gain noted at the 8 week check; feeding reviewed.",
    ],
)
def test_faltering_growth_alone_is_no_neglect_concern(text: str) -> None:
    assert E.NEGLECT_CONCERN not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gaining weight well on the ward with regular meals.",
        "Paediatrician thinks the weight loss is due to inadequate food at home.",
        "Baby gained weight on the ward within days of admission.",
    ],
)
def test_growth_put_down_to_food_at_home_is_a_neglect_concern(text: str) -> None:
    assert E.NEGLECT_CONCERN in types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Carers have decided to educate at home from September.", E.ELECTIVE_HOME_EDUCATION),
        ("Dad wants her to be educated at home after the bullying.", E.ELECTIVE_HOME_EDUCATION),
        ("Youth service closing case as goals met.", E.CASE_CLOSED),
        ("Worker completed the CSE risk screening with Ayesha.", E.CSE_SCREENING),
        ("Nursery received a request from the SW for attendance dates.", E.INFORMATION_REQUEST),
        ("GP requested the outcome of the child protection medical.", E.INFORMATION_REQUEST),
        ("Emailed the HV to ask about the baby's weight.", E.INFORMATION_REQUEST),
    ],
)
def test_more_word_orders_and_variants(text: str, kind: EventType) -> None:
    assert kind in types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Heard dad calling him thick during the visit.", E.PHONE_CONTACT),
        ("15yo at the drop-in asking for emergency contraception.", E.INFORMATION_REQUEST),
        ("Dad came to the office for a meeting with the SW.", E.MULTI_AGENCY_MEETING),
        ("IRO noted the care plan review is overdue.", E.CARE_PLAN_REVIEW),
        ("Manager's outcome on yesterday's referral: NFA.", E.REFERRAL),
    ],
)
def test_words_that_only_look_like_the_event(text: str, kind: EventType) -> None:
    assert kind not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Saw Mr Dean at home to review the safety plan.",
        "Genogram done with M at home, dad at work.",
        "Second session held at home with both carers.",
        "Chronology work with mum at home this morning.",
    ],
)
def test_work_done_with_the_family_at_home_is_a_home_visit(text: str) -> None:
    assert E.HOME_VISIT in types(text)
