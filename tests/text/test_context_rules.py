"""Context rules of the tagger: headings of deeds done ("Action: referral sent"), the
agency's own act beside a named parent, slash abbreviations (w/, s/w, h/v) and background
or due mentions, each tried on phrasings written for these tests, never lines of the
evaluation files."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foresight.model.vocab import EventType
from foresight.text import context, tag
from foresight.text.patterns import normalise

E = EventType


def types(text: str, age: float | None = None) -> set[EventType]:
    return set(tag(text, age=age).event_types)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Child seen with bruise to ear. Action: referral to CSC front door sent.", E.REFERRAL),
        ("Mum disclosed DA at clinic. Actions: GP informed, leaflet given.", E.INFORMATION_SHARED),
        (
            "Unexplained absence day 3. Action: attendance officer rang dad at 10:15.",
            E.PHONE_CONTACT,
        ),
        ("Plan: referral made to early help hub, mum in agreement.", E.REFERRAL),
    ],
)
def test_a_heading_before_a_deed_done_counts_it(text: str, kind: EventType) -> None:
    assert kind in types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Plan: SW to visit on Thursday.", E.HOME_VISIT),
        ("Action: refer to MASH if no improvement.", E.REFERRAL),
        ("Actions: DASH to be completed with mum at next contact.", E.INFORMATION_SHARED),
        ("Plan: ICPC booked for 12/3.", E.CHILD_PROTECTION_CONFERENCE),
    ],
)
def test_a_heading_before_a_plan_keeps_it_planned(text: str, kind: EventType) -> None:
    assert kind not in types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Dad arrested overnight, police shared information with the school.",
            E.INFORMATION_SHARED,
        ),
        ("Mum moved to a refuge, SW updated nursery about the new address.", E.INFORMATION_SHARED),
        ("Uncle staying at the flat, HV phoned the allocated SW.", E.PHONE_CONTACT),
        (
            "I rang the nursery manager, Mrs Doyle, to let her know that the CP plan continues.",
            E.INFORMATION_SHARED,
        ),
    ],
)
def test_an_adult_named_before_does_not_take_the_agency_s_act(text: str, kind: EventType) -> None:
    assert kind in types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mum informed nursery she is moving to Leeds.", E.INFORMATION_SHARED),
        ("Grandad phoned the school, worried about the boys.", E.PHONE_CONTACT),
        (
            "Dad, angry at the decision, then informed school he would keep her at home.",
            E.INFORMATION_SHARED,
        ),
    ],
)
def test_an_adult_s_own_sharing_or_call_still_is_not_the_agency_s(
    text: str, kind: EventType
) -> None:
    assert kind not in types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Plan discussed w/ SW, chronology shared w/ SW.", E.INFORMATION_SHARED),
        ("S/W visited the home, children present.", E.HOME_VISIT),
        ("H/V home visit, baby asleep in moses basket.", E.HOME_VISIT),
        ("Concerns shared W/ GP by email.", E.INFORMATION_SHARED),
    ],
)
def test_slash_abbreviations_read_as_their_words(text: str, kind: EventType) -> None:
    assert kind in types(text)


def test_normalising_keeps_length_and_other_slashes_as_spaces() -> None:
    for text in ("w/e 3/5 quiet", "w/c 14/2", "DV/DA", "shared w/ s/w and h/v"):
        assert len(normalise(text)) == len(text)
    assert normalise("w/e 3/5") == "w e 3 5"
    assert normalise("shared w/ s/w and h/v") == "shared w/ s/w and h/v"
    assert normalise("sw/hv") == "sw hv"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nursery report good progress on the CIN plan agreed last month.", E.CHILD_IN_NEED_PLAN),
        ("Mum engaging with the early help assessment agreed previously.", E.EARLY_HELP_ASSESSMENT),
        ("Family known: strategy discussion held earlier this year, NFA.", E.STRATEGY_DISCUSSION),
    ],
)
def test_a_past_time_after_a_process_makes_it_background(text: str, kind: EventType) -> None:
    assert kind not in types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Placed with foster carers; first LAC review within 20 working days.", E.CARE_PLAN_REVIEW),
        ("Single assessment due by 14/6.", E.ASSESSMENT),
        (
            "Initial CP conference due within 15 days of the strategy.",
            E.CHILD_PROTECTION_CONFERENCE,
        ),
    ],
)
def test_a_due_or_within_phrase_makes_the_mention_planned(text: str, kind: EventType) -> None:
    assert kind not in types(text)


def test_within_a_time_after_an_event_does_not_plan_it() -> None:
    assert E.HOSPITAL_ADMISSION in types("Admitted to the ward, seen by paeds within hours.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Toddler with swollen wrist. X-ray and skeletal survey requested for the morning.",
            E.PAEDIATRIC_ASSESSMENT,
        ),
        ("Urgent strategy discussion requested with police.", E.STRATEGY_DISCUSSION),
        ("Admission to the adolescent unit requested.", E.HOSPITAL_ADMISSION),
    ],
)
def test_a_requested_event_is_not_yet_the_event(text: str, kind: EventType) -> None:
    assert kind not in types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("GP records requested by the SW for the assessment.", E.INFORMATION_REQUEST),
        ("EHCP needs assessment requested by the parents.", E.EDUCATION_CONCERN),
        ("Skeletal survey requested by the registrar, done at 14:00.", E.PAEDIATRIC_ASSESSMENT),
    ],
)
def test_what_someone_is_said_to_have_requested_is_recorded(text: str, kind: EventType) -> None:
    assert kind in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "3yo found chewing one of dad's methadone tablets, taken to ED.",
        "Toddler took a handful of mum's diazepam from her handbag.",
        "Baby drank from a bottle of stepdad's vodka left on the floor.",
    ],
)
def test_a_possessive_adult_right_before_a_mention_owns_it(text: str) -> None:
    assert E.PARENTAL_FACTOR in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dad describes her as withdrawn and refusing to go out with friends.",
        "Mum describes him as very withdrawn at home.",
        "Stepdad describes her as angry and withdrawn since the move.",
    ],
)
def test_an_adult_describing_the_child_hands_over_to_the_child(text: str) -> None:
    assert E.BEHAVIOUR_CONCERN in types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("TM directs a visit this week and police checks on the lodger.", E.HOME_VISIT),
        ("I have booked a room for a strategy meeting on Thursday.", E.STRATEGY_DISCUSSION),
        ("RCPC booked for the 3rd, invites sent.", E.CHILD_PROTECTION_CONFERENCE),
        ("TM agreed to reopen the case and hold a professionals meeting.", E.MULTI_AGENCY_MEETING),
    ],
)
def test_a_direction_a_booking_or_an_agreed_next_step_is_planned(
    text: str, kind: EventType
) -> None:
    assert kind not in types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Referral to MASH sent by the school nurse following visit to the nursery.", E.HOME_VISIT),
        (
            "Background: previously known to Hull CSC, closed after a CIN plan.",
            E.CHILD_IN_NEED_PLAN,
        ),
        ("Strategy meeting re school's referral, threshold for s47 met.", E.REFERRAL),
    ],
)
def test_an_event_named_after_following_or_as_earlier_history_is_background(
    text: str, kind: EventType
) -> None:
    assert kind not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Request from police for the boy's school records: declined, no consent.",
        "Request from the GP for our case notes, declined as no consent.",
        "Received a request from the YOT for the file; request refused by the manager.",
    ],
)
def test_a_refusal_answering_a_request_is_no_topic_of_it(text: str) -> None:
    assert E.INFORMATION_SHARING_REFUSED in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "She mentioned her eldest hasnt been going to school since Christmas.",
        "Dad says his youngest has not been in school all week.",
        "Mum told me the oldest is refusing to go to school again.",
    ],
)
def test_a_parents_eldest_or_youngest_is_the_child(text: str) -> None:
    assert E.SCHOOL_ABSENCE in types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Further to the visit, mum rang to say the boiler is fixed.", E.HOME_VISIT),
        ("Addendum to the strategy discussion: police now have the CCTV.", E.STRATEGY_DISCUSSION),
        ("Adding to my note of the home visit: the baby's cot has no mattress.", E.HOME_VISIT),
    ],
)
def test_an_addendum_to_an_earlier_note_is_background(text: str, kind: EventType) -> None:
    assert kind not in types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("GP saw the bruise but did not refer.", E.REFERRAL),
        ("Nursery considered it but did not make a referral to MASH.", E.REFERRAL),
        ("The ward did not send a discharge summary to the GP.", E.INFORMATION_SHARED),
    ],
)
def test_a_deed_not_done_is_negated(text: str, kind: EventType) -> None:
    assert kind not in types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "DSL disagrees with the NFA: the hunger and head lice are long-standing.",
            E.NEGLECT_CONCERN,
        ),
        (
            "HV challenged the decision to close given the dirty clothes and no food.",
            E.NEGLECT_CONCERN,
        ),
        ("School disputes the MASH decision as the boy is still unkempt.", E.NEGLECT_CONCERN),
    ],
)
def test_what_a_disagreement_is_about_is_its_topic(text: str, kind: EventType) -> None:
    found = types(text)
    assert E.PROFESSIONAL_DISAGREEMENT in found
    assert kind not in found


def test_an_escalation_in_the_clause_of_a_disagreement_is_counted() -> None:
    text = "Disagreed with the NFA decision and escalated to the service manager."
    assert E.ESCALATION in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jade not home by 9pm curfew; police did a safe and well check when she came back.",
        "Home visit - Leo not home from school yet, mum and baby seen.",
        "Officers carried out a welfare check, Kay not home until gone midnight but then seen.",
    ],
)
def test_not_home_by_a_time_is_no_unanswered_visit(text: str) -> None:
    assert E.NO_ACCESS_VISIT not in types(text)


def test_not_home_at_a_visit_is_still_an_unanswered_visit() -> None:
    assert E.NO_ACCESS_VISIT in types("Home visit 10:00, family not home, card left.")


@pytest.mark.parametrize(
    "text",
    [
        "Checks on mum's new partner requested from the police.",
        "Dad's partner moved in; PNC check requested from police today.",
        "Stepdad's records requested from the probation service.",
    ],
)
def test_a_request_about_an_adult_is_still_the_agency_s_request(text: str) -> None:
    assert E.INFORMATION_REQUEST in types(text)


# An injury of the adult victim of domestic abuse (a police attendance or arrest, a DASH, an
# IDVA, safety planning) that no child word owns is part of the incident, not the child's
# injury; a child's own mark beside it stays an injury.
@pytest.mark.parametrize(
    "text",
    [
        "Police called by neighbour to a domestic at the flat. Partner arrested. Rochelle "
        "had a swollen eye, children in bed.",
        "Mum said her boyfriend slapped her on Friday night. Graze to cheekbone noted. DASH "
        "completed, high risk, referred to MARAC.",
        "Officers attended after 999 call, ex partner had punched her. Bleeding from nose, "
        "treated by paramedics. He was arrested at the scene.",
        "Ms Ferris told the IDVA her husband had kicked her in the kitchen. Bruising to shin "
        "seen. Safety planning done with her.",
    ],
)
def test_an_adult_victim_s_injury_is_part_of_the_abuse(text: str) -> None:
    found = types(text)
    assert E.DOMESTIC_ABUSE_INCIDENT in found
    assert E.INJURY not in found


@pytest.mark.parametrize(
    "text",
    [
        "Police attended, partner punched her, he was arrested. The child had a graze to "
        "the knee from falling when pushed aside.",
        "Dad kicked mum during an argument, DASH completed. Bruise to the baby's arm seen.",
        "Stepdad hit her in front of the kids, arrested. Children had no injuries but the "
        "toddler had a cut lip.",
    ],
)
def test_a_child_s_injury_beside_domestic_abuse_stays_an_injury(text: str) -> None:
    assert E.INJURY in types(text)


# A refusal followed by what is refused ("declined ambulance") negates that, not an earlier
# event of its clause; without an object after it, it still looks back ("referral declined").
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Mum said she had swallowed a handful of sertraline, declined ambulance.",
            E.PARENTAL_FACTOR,
        ),
        ("Dad smelled strongly of alcohol, refused a breath test.", E.PARENTAL_FACTOR),
        ("YP said she had cut her arms last night, refused first aid.", E.SELF_HARM),
        (
            "Dad admitted he had been drinking all day, declined the offer of a lift.",
            E.PARENTAL_FACTOR,
        ),
    ],
)
def test_a_refusal_negates_what_it_refuses_not_what_came_before(text: str, kind: EventType) -> None:
    assert kind in types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Early help offered, declined by mum.", E.EARLY_HELP_ASSESSMENT),
        ("Referral to CAMHS discussed, refused.", E.REFERRAL),
        ("Medical examination offered, declined as she felt well.", E.HEALTH_CONTACT),
    ],
)
def test_a_refusal_with_nothing_after_it_still_negates_back(text: str, kind: EventType) -> None:
    assert kind not in types(text)


# In a booking or antenatal check, a CAMHS history is the expectant mother's own past: what
# the entry says of her stays a parental factor, not the young person's story.
@pytest.mark.parametrize(
    "text",
    [
        "Booking appointment 12/40: Kerry-Ann 18, was seen by CAMHS for low mood at 14, uses "
        "cannabis most days.",
        "Antenatal clinic 30/40. Previously under CAMHS for self harm, now drinking heavily at "
        "weekends.",
        "Midwife booking: Leanne, 20, first pregnancy. Discharged by CAMHS aged 16. Reports "
        "daily cocaine use.",
    ],
)
def test_a_camhs_history_in_a_booking_is_the_mother_s(text: str) -> None:
    assert E.PARENTAL_FACTOR in types(text)


# A clause opening with a pronoun of the other sex from the latest person does not continue
# that person: "came with his mother. He described low mood" is the boy's, not the mother's.
@pytest.mark.parametrize(
    "text",
    [
        "Tariq came to his CAMHS appointment with his mum. He described low mood since the summer.",
        "CAMHS triage: Callum was brought in by his mother. He reports hearing voices at night.",
        "Kyle attended CAMHS with his nan. He said he has felt anxious and low for months.",
    ],
)
def test_a_pronoun_of_the_other_sex_does_not_continue_the_parent(text: str) -> None:
    assert E.PARENTAL_FACTOR not in types(text)


@given(
    st.lists(st.tuples(st.integers(0, 12), st.integers(1, 6)), max_size=8),
    st.lists(st.tuples(st.integers(0, 14), st.integers(1, 6)), min_size=1, max_size=8),
)
def test_covers_answers_as_inside_does(
    spans: list[tuple[int, int]], queries: list[tuple[int, int]]
) -> None:
    blocked = [(a, a + n) for a, n in spans]
    covers = context._Covers(blocked)
    for a, n in queries + spans:
        span = (a, a + n)
        assert (span in covers) == context._inside(span, blocked)


# Three leftovers of the last rounds, each on phrasings written for these tests.


@pytest.mark.parametrize(
    "text",
    [
        "Rang dad, he admitted he has been drinking every day since the funeral.",
        "Visit to mum: she said she took an overdose on Saturday.",
        "Met with Ms Dale, she disclosed she has been cutting again.",
    ],
)
def test_an_adult_spoken_to_then_picked_up_by_a_pronoun_is_whose_it_is(text: str) -> None:
    found = types(text, age=9)
    assert E.PARENTAL_FACTOR in found
    assert E.SELF_HARM not in found


def test_a_pronoun_straight_after_the_one_told_is_the_teller() -> None:
    assert E.SELF_HARM in types("At 2am she told her mum she had swallowed 20 tablets.", age=15)


@pytest.mark.parametrize(
    "text",
    [
        "RCPC: CP plans due to neglect and DA to continue for all three.",
        "ICPC decision: CP plans under the category of emotional abuse and domestic abuse.",
        "Children became subject to child protection plans for DV.",
    ],
)
def test_domestic_abuse_named_as_a_plans_reason_is_no_incident(text: str) -> None:
    found = types(text)
    assert E.CHILD_PROTECTION_PLAN in found
    assert E.DOMESTIC_ABUSE_INCIDENT not in found


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        ("Section 47 concluded, not substantiated. Outcome: CIN plan agreed with dad.", True),
        ("S47 completed. Outcome: CIN plan agreed.", True),
        ("Single assessment completed. Outcome: CIN plan.", False),
    ],
)
def test_an_outcome_that_says_the_plan_was_agreed_starts_it(text: str, plan: bool) -> None:
    assert (E.CHILD_IN_NEED_PLAN in types(text)) is plan


@pytest.mark.parametrize(
    "text",
    [
        "Out-of-hours call from Mr Dale, says he has taken a packet of sertraline.",
        "Phone call from dad, reports he has been drinking since Friday.",
    ],
)
def test_an_adult_caller_picked_up_after_a_reporting_verb_is_whose_it_is(text: str) -> None:
    found = types(text, age=6)
    assert E.PARENTAL_FACTOR in found
    assert E.SELF_HARM not in found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Staff called police with her consent: bruises seen.", E.INFORMATION_SHARED),
        ("Wound dressed. School nurse liaison sent.", E.INFORMATION_SHARED),
        ("PNC check on the lodger: no trace. Result to MASH.", E.INFORMATION_SHARED),
    ],
)
def test_round_23_sharing_wordings(text: str, kind: EventType) -> None:
    assert kind in types(text)


def test_a_neighbour_calling_the_police_is_no_sharing_by_the_agency() -> None:
    assert E.INFORMATION_SHARED not in types("Neighbour called police after hearing screaming.")
