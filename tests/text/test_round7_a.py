"""Round 7 (tuner a): rules for health, police, household and parental types, each tried on
phrasings written for these tests (not lines of the evaluation files)."""

from __future__ import annotations

import pytest

from foresight.model.vocab import EventType
from foresight.text import tag

E = EventType


def types(text: str, **kwargs: object) -> set[EventType]:
    return set(tag(text, **kwargs).event_types)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "Stepdad arrested for burglary at a neighbour's house this afternoon.",
        "Mr Lowe was arrested at 07:10 on suspicion of supplying heroin.",
        "Arrested for: theft from a vehicle. Bailed to return in 4 weeks.",
        "Older brother (19) arrested last night on suspicion of possession with intent, class A.",
    ],
)
def test_what_an_arrest_is_for_is_the_arrest_only(text: str) -> None:
    found = types(text)
    assert E.ARREST in found
    assert not {E.OFFENCE, E.PARENTAL_FACTOR} & found


@pytest.mark.parametrize(
    "text",
    [
        "YP caught shoplifting in town; arrested, then released.",
        "Security found him carrying a machete; he was arrested.",
        "Dad arrested. Later charged with ABH and remanded.",
    ],
)
def test_an_offence_told_apart_from_the_arrest_is_still_recorded(text: str) -> None:
    assert {E.ARREST, E.OFFENCE} <= types(text)


@pytest.mark.parametrize(
    "text",
    [
        "YP cautioned by police for criminal damage to a car.",
        "Given a community resolution for spitting at a bus driver.",
        "Pocket knife found in his blazer during a search at school.",
        "Pupil found w/ a blade in her pencil case.",
    ],
)
def test_offence_outcomes_and_weapons(text: str) -> None:
    assert E.OFFENCE in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "DASH completed; crime recorded and passed to the DA unit.",
        "Mum's partner has a conviction 2011 for robbery.",
        "Uncle convicted in 2016, now on the sex offenders register.",
    ],
)
def test_a_crime_record_or_a_dated_conviction_is_no_offence_now(text: str) -> None:
    assert E.OFFENCE not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Booked 12+4, second pregnancy, lives with partner.",
        "Booked 16 weeks. Smoker.",
        "Late booking at 22 weeks with the community midwife.",
    ],
)
def test_a_booking_with_a_gestation_is_a_pregnancy_booking(text: str) -> None:
    assert E.PREGNANCY_BOOKING in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Core group booked for 4 June.",
        "RHI booked with the youth worker for Thursday.",
        "Taxi booked to take the family to contact.",
    ],
)
def test_something_else_booked_is_no_pregnancy_booking(text: str) -> None:
    assert E.PREGNANCY_BOOKING not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "New birth visit completed at home: baby content, feeding 3 hourly.",
        "Day 10 weigh: back above birth weight.",
        "Checked all dates of birth against the school roll.",
        "Ms Reid is due to give birth next month.",
    ],
)
def test_birth_words_that_record_no_birth(text: str) -> None:
    assert E.BIRTH not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "14yo BIBA 23:15, intoxicated, found by friends in the park.",
        "Triage cat 2: toddler with scald to chest.",
        "Dad brought to hospital by ambulance after a fall from a ladder.",
    ],
)
def test_emergency_attendance_in_short_forms(text: str) -> None:
    assert E.ED_ATTENDANCE in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum says she will home ed from next term.",
        "Grandad rang for an ambulance when mum collapsed at home; she was admitted.",
        "St John Ambulance first aid course attended by foster carer.",
    ],
)
def test_no_emergency_attendance_without_one(text: str) -> None:
    assert E.ED_ATTENDANCE not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "YP took around 20 paracetamol after an argument with her mum.",
        "She had taken approximately 12 tablets before school.",
        "Says he swallowed at least 10 of his medication.",
    ],
)
def test_an_overdose_with_an_approximate_count(text: str) -> None:
    assert E.SELF_HARM in types(text, age=15)


@pytest.mark.parametrize(
    "text",
    [
        "Ref to CGL for dad made with his consent.",
        "IDVA referral completed for mum after the incident.",
        "Mum seen in surgery re anxiety, referred on to IAPT.",
        "Dad referred to the community alcohol service.",
    ],
)
def test_referrals_to_adult_services_in_other_word_orders(text: str) -> None:
    found = types(text)
    assert E.REFERRAL_TO_ADULT_SERVICES in found
    assert E.REFERRAL not in found


@pytest.mark.parametrize(
    "text",
    [
        "CAMHS choice appt: 13yo with anxiety about school.",
        "Perinatal MH team ax of mum: low mood, no thoughts of harm.",
        "Crisis team assessed dad at home overnight.",
    ],
)
def test_mental_health_assessments_in_short_forms(text: str) -> None:
    assert E.MENTAL_HEALTH_ASSESSMENT in types(text)


def test_a_perinatal_assessment_is_about_the_mother() -> None:
    found = types("Perinatal team assessment: severe anxiety, checking rituals.")
    assert {E.MENTAL_HEALTH_ASSESSMENT, E.PARENTAL_FACTOR} <= found


@pytest.mark.parametrize(
    "text",
    [
        "MHA assessment: not detained, home treatment team to visit daily.",
        "Paeds to assess after the ward round.",
        "Skin check normal; paediatric review tmrw.",
    ],
)
def test_a_team_to_visit_or_assess_is_a_plan(text: str) -> None:
    assert not {E.ADULT_SERVICES_CONTACT, E.PAEDIATRIC_ASSESSMENT} & types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Planned visit cancelled by dad by text; new date offered.",
        "Planned HV appointment cancelled by mum, she is unwell.",
        "The planned appointment was cancelled by the family this morning.",
    ],
)
def test_a_planned_visit_that_was_cancelled_is_a_cancellation(text: str) -> None:
    assert E.CANCELLED_APPOINTMENT in types(text)


def test_coming_to_see_someone_is_not_a_plan() -> None:
    found = types("Year 10 pupil came to see me at the school nurse drop-in with a sore ankle.")
    assert E.HEALTH_CONTACT in found


@pytest.mark.parametrize(
    "text",
    [
        "Bruising to mum's left arm; says partner held her down.",
        "Scratches to mother's upper arms after an argument with her husband.",
        "Bruise to dad's right cheek seen at the office.",
    ],
)
def test_a_mark_on_an_adults_body_is_no_injury_of_the_child(text: str) -> None:
    assert E.INJURY not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Concern for welfare: officers attended, no answer at the door, lights off.",
        "Police asked to check on the family; no reply at the address.",
        "Safe and well check by police - nobody home at 21:00.",
    ],
)
def test_a_police_check_with_no_answer_is_a_no_access_visit(text: str) -> None:
    found = types(text)
    assert E.NO_ACCESS_VISIT in found
    assert E.POLICE_WELFARE_CHECK not in found


@pytest.mark.parametrize(
    "text",
    [
        "In class she said 'daddy hit me with a shoe' and started crying.",
        "He told the TA, 'my stepdad kicked me in the leg', and showed her the bruise.",
        "Asked about the mark, she said 'Mummy's boyfriend smacked me'.",
    ],
)
def test_a_childs_words_in_single_quotes_are_a_disclosure(text: str) -> None:
    assert E.DISCLOSURE in types(text, age=7)


@pytest.mark.parametrize(
    "text",
    [
        "Nan rang: says there was a verbal arg between mum and her ex last night.",
        "Mum says her partner threw his phone at her during a row.",
        "Neighbour saw mum's boyfriend shouting abuse at her in the street.",
        "Staff saw dad grabbing her arm and shouting at mum in the waiting room.",
    ],
)
def test_domestic_abuse_in_more_phrasings(text: str) -> None:
    assert E.DOMESTIC_ABUSE_INCIDENT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Routine enquiry about domestic abuse completed at booking.",
        "Routine enquiry re DV not possible as partner was present.",
        "Following her appointment mum went home by bus.",
    ],
)
def test_a_routine_question_or_following_someone_home_is_no_incident(text: str) -> None:
    assert E.DOMESTIC_ABUSE_INCIDENT not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Skeletal survey clear; findings in keeping with NAI.",
        "Paediatrician's view: consistent with inflicted injury.",
        "Child protection medical: presentation consistent with non-accidental injury.",
    ],
)
def test_a_finding_that_names_a_category_names_no_injury(text: str) -> None:
    assert E.INJURY not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Behaviour at nursery has changed since dad left last year.",
        "Mum has been low since her partner left.",
        "Baby well, cord had separated, weight gain good.",
    ],
)
def test_a_leaving_named_as_background_or_a_cord_is_no_household_change(text: str) -> None:
    assert E.LEFT_HOUSEHOLD not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum says she is staying at her friend's flat tonight.",
        "YP staying at his cousin's house over half term with mum's agreement.",
        "Dad is staying at a hotel for work this week.",
    ],
)
def test_staying_somewhere_is_no_one_joining_the_household(text: str) -> None:
    assert E.JOINED_HOUSEHOLD not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Housing: new occupant on the tenancy is mum's boyfriend.",
        "Mum's partner added to the tenancy last week.",
        "Dad moved back into the family home after the injunction ended.",
    ],
)
def test_someone_joining_the_household(text: str) -> None:
    assert E.JOINED_HOUSEHOLD in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum's new partner has a 2014 conviction for wounding.",
        "Dad is a DA perpetrator known to MARAC.",
        "Uncle is living with them since leaving prison in May.",
        "Mum was in a violent relationship with her ex partner until 2019.",
        "Mum has mild LD and needs letters read to her.",
    ],
)
def test_parental_factors_in_more_phrasings(text: str) -> None:
    assert E.PARENTAL_FACTOR in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "CMHT: dad says the voices came back last week.",
        "Mum not taking her meds since the weekend, CPN told.",
        "Dad off his meds and sleeping badly, per his sister.",
    ],
)
def test_a_parents_illness_in_short_notes(text: str) -> None:
    assert E.PARENTAL_FACTOR in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "YP missing 2nd time this week, returned by police at 02:00.",
        "Reported missing for the third time since Christmas.",
        "Missing the fourth time this month; found at a friend's house.",
    ],
)
def test_a_repeated_missing_episode(text: str) -> None:
    assert E.MISSING_EPISODE in types(text, age=14)


@pytest.mark.parametrize(
    "text",
    [
        "Dental appointment missed by the 6yo; no contact from dad.",
        "Hospital appointment was missed, no call to cancel.",
        "Audiology appointment missed for the second time.",
    ],
)
def test_a_missed_appointment_named_first(text: str) -> None:
    assert E.WAS_NOT_BROUGHT in types(text, age=6)


@pytest.mark.parametrize(
    "text",
    [
        "Pupil told his teacher dad punched him in the back.",
        "Girl (8) says stepdad hits her when she wets the bed.",
        "He said his uncle kicked him because he was slow.",
    ],
)
def test_a_child_telling_of_harm_to_themself_is_a_disclosure(text: str) -> None:
    found = types(text, age=8)
    assert E.DISCLOSURE in found
    assert E.DOMESTIC_ABUSE_INCIDENT not in found


def test_harm_to_the_mother_a_child_tells_of_is_domestic_abuse() -> None:
    assert E.DOMESTIC_ABUSE_INCIDENT in types("Boy told his teacher that dad punched mum.", age=8)


@pytest.mark.parametrize(
    "text",
    [
        "Mum and the girls have moved in with her own mother in Leeds.",
        "Family moved on Friday to a flat on the Lee estate.",
        "They moved on Monday from the refuge to a housing association flat.",
    ],
)
def test_address_changes_in_more_phrasings(text: str) -> None:
    assert E.ADDRESS_CHANGE in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "She did not show me any marks and I did not look.",
        "He didn't show me his arms when asked.",
        "The boy did not show any injuries on the body map.",
    ],
)
def test_not_showing_marks_is_no_injury_and_no_missed_appointment(text: str) -> None:
    found = types(text, age=9)
    assert not {E.INJURY, E.DID_NOT_ATTEND, E.WAS_NOT_BROUGHT} & found


@pytest.mark.parametrize(
    "text",
    [
        "Mum did not show up for her drug service appointment.",
        "Dad didn't show for the probation appointment today.",
        "No show at the 2pm IAPT session.",
    ],
)
def test_not_showing_up_is_a_missed_appointment(text: str) -> None:
    assert E.DID_NOT_ATTEND in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Presenting complaint: ingestion of 8 x paracetamol after school.",
        "ED: ingestion of tablets, found by her brother.",
        "Seen after ingestion of 20 ibuprofen at a party.",
    ],
)
def test_an_ingestion_of_tablets_is_self_harm(text: str) -> None:
    assert E.SELF_HARM in types(text, age=14)


@pytest.mark.parametrize(
    "text",
    [
        "Toddler seen in A+E with a cut above the eye.",
        "Dad took him to A + E after he fell off the climbing frame.",
        "Attended A&E dept overnight with an asthma attack.",
    ],
)
def test_emergency_department_spellings(text: str) -> None:
    assert E.ED_ATTENDANCE in types(text, age=4)


@pytest.mark.parametrize(
    "text",
    [
        "Mum says she is not coping with the twins' sleep.",
        "Dad not coping with the school run since his shifts changed.",
        "Mother not coping with his tantrums, asks for parenting support.",
    ],
)
def test_not_coping_alone_is_no_parental_factor(text: str) -> None:
    assert E.PARENTAL_FACTOR not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "15yo at the drop-in requesting emergency contraception.",
        "YP asked for condoms and a C-card at the youth club.",
        "Girl (16) wants the implant; seen alone by the school nurse.",
    ],
)
def test_a_young_person_asking_for_contraception_is_a_sexual_health_contact(text: str) -> None:
    found = types(text)
    assert E.SEXUAL_HEALTH_CONTACT in found
    assert E.INFORMATION_REQUEST not in found
