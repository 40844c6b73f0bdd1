"""Tagging rules for health, police, household and parental event types (rounds 7-9 of
tuning): each rule tried on several phrasings written for these tests, never lines of the
evaluation files, so that they check a rule carries to new wording."""

from __future__ import annotations

import pytest

from foresight.model.vocab import EventType
from foresight.text import tag
from foresight.text import values as text_values
from foresight.text.pipeline import pipeline

E = EventType


def types(text: str, age: float | None = None) -> set[EventType]:
    return set(tag(text, age=age).event_types)


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


@pytest.mark.parametrize(
    "text",
    [
        "PNC shows stepfather has a conviction for ABH on a previous partner (2016).",
        "PNC: Mr Hale has previous for common assault (2015) and affray.",
        "Checks show mum's partner was convicted of assault against his former partner.",
        "Partner known to police for a GBH against an ex partner in 2018.",
    ],
)
def test_an_offence_dated_or_against_a_former_partner_is_history(text: str) -> None:
    found = types(text)
    assert E.PARENTAL_FACTOR in found
    assert not {E.OFFENCE, E.DOMESTIC_ABUSE_INCIDENT} & found


@pytest.mark.parametrize(
    "text",
    [
        "Dad charged today with breach of the non-molestation order.",
        "Mr Hale sentenced at court for assault on his partner last month.",
    ],
)
def test_an_offence_now_is_still_an_offence(text: str) -> None:
    assert E.OFFENCE in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Asked Ben directly about self-harm; he says he has never done it.",
        "Enquired about DV - not possible as partner in the room throughout.",
        "RE re DA not asked, partner present.",
        "Screening for self harm at this contact, nothing to record.",
    ],
)
def test_asking_about_abuse_or_self_harm_records_no_event(text: str) -> None:
    assert not {E.SELF_HARM, E.DOMESTIC_ABUSE_INCIDENT} & types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Imp: otitis media. Eating and drinking normally, plan amoxicillin.",
        "Toddler feeding and drinking well, wet nappies ok, reviewed at clinic.",
        "Viral rash, eating & drinking fine, safety netting advice given.",
    ],
)
def test_a_childs_eating_and_drinking_is_no_parental_drinking(text: str) -> None:
    assert E.PARENTAL_FACTOR not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lucas (4) not brought to his hearing test; mum did not attend or call to cancel.",
        "Orthoptics: Ava, 6, was not brought, parent did not attend or phone to cancel.",
        "WNB to SALT for Kai (3). Mum did not attend and did not cancel.",
    ],
)
def test_a_child_not_brought_is_one_missed_appointment(text: str) -> None:
    found = types(text)
    assert E.WAS_NOT_BROUGHT in found
    assert not {E.DID_NOT_ATTEND, E.CANCELLED_APPOINTMENT} & found


def test_a_parent_cancelling_is_still_a_cancellation() -> None:
    assert E.CANCELLED_APPOINTMENT in types("Mum phoned to cancel Ruby's clinic appointment.")


@pytest.mark.parametrize(
    "text",
    [
        "Referral to MASH from school: mum 28/40, partner on bail for assault.",
        "Pre-birth assessment allocated today; Ms Lane is 22/40 with her second baby.",
        "Strategy discussion re unborn, mother 32/40.",
    ],
)
def test_a_gestation_alone_is_no_antenatal_contact(text: str) -> None:
    assert E.ANTENATAL_CONTACT not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seen by midwife at 28/40, BP normal, FH heard.",
        "Antenatal clinic 34/40: growth scan on the 50th centile.",
        "CMW home visit, 36/40, cephalic, fetal movements good.",
    ],
)
def test_a_gestation_at_a_contact_is_one(text: str) -> None:
    assert E.ANTENATAL_CONTACT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Alcohol service assessment for dad: drinking 3 litres of cider a day.",
        "Mum's drug service assessment completed, prescribed methadone.",
        "Dad assessed by the probation service today; on licence until May.",
    ],
)
def test_an_adult_service_assessment_is_a_contact_with_it(text: str) -> None:
    found = types(text)
    assert E.ADULT_SERVICES_CONTACT in found
    assert E.MENTAL_HEALTH_ASSESSMENT not in found


def test_a_mental_health_team_assessment_is_still_one() -> None:
    found = types("Mum had her perinatal team assessment today: moderate depression.")
    assert E.MENTAL_HEALTH_ASSESSMENT in found


@pytest.mark.parametrize(
    "text",
    [
        "CAMHS appointment with Zoe (14) and her dad: anxious most days, panic attacks.",
        "Child and adolescent mental health service review. Low mood ongoing, on waiting list.",
        "CAMHS: Josh seen with mum, anxiety about school worse, sleeping poorly.",
    ],
)
def test_a_camhs_contact_is_the_young_persons_mental_health(text: str) -> None:
    assert E.PARENTAL_FACTOR not in types(text)


def test_a_parent_named_in_a_camhs_entry_can_still_have_a_parental_factor() -> None:
    found = types("CAMHS review of Zoe. Mum said she is drinking heavily again.")
    assert E.PARENTAL_FACTOR in found


@pytest.mark.parametrize(
    "text",
    [
        "MFH 22:00, Tyler (14) not home. Found 01:00 in the park, drunk.",
        "Missing from care overnight: Kira (15) returned at 09:00 intoxicated.",
        "Reported missing by carers; YP located by patrols smelling of cannabis.",
    ],
)
def test_a_missing_young_persons_drink_or_drugs_are_theirs(text: str) -> None:
    found = types(text)
    assert E.MISSING_EPISODE in found
    assert E.PARENTAL_FACTOR not in found


@pytest.mark.parametrize(
    "text",
    [
        "Return home interview with Leo today: he would not say where he had been.",
        "RHI completed by the missing coordinator, nothing new shared.",
        "Return interview offered to Amy; she declined.",
    ],
)
def test_a_return_home_interview_alone_is_no_missing_episode(text: str) -> None:
    assert E.MISSING_EPISODE not in types(text)


def test_a_missing_episode_with_hours_is_one() -> None:
    assert E.MISSING_EPISODE in types("YP missing 9 hours, found by police in town.")


@pytest.mark.parametrize(
    "text",
    [
        "Liam (15) took 20 x paracetamol last night; seen by the CAMHS liaison nurse today.",
        "Overdose of ibuprofen on Sunday. Her risk was rated moderate by the liaison team.",
        "YP cut her arms at the weekend; seen by CAMHS liaison, risk judged low.",
    ],
)
def test_an_assessment_after_self_harm_is_a_self_harm_risk_assessment(text: str) -> None:
    found = types(text)
    assert {E.SELF_HARM, E.SELF_HARM_RISK_ASSESSMENT} <= found
    assert E.MENTAL_HEALTH_ASSESSMENT not in found


def test_a_risk_rating_without_self_harm_is_none() -> None:
    assert E.SELF_HARM_RISK_ASSESSMENT not in types("MFH: Jay (13), risk rated high.")


@pytest.mark.parametrize(
    "text",
    [
        "Copy of the review minutes sent to the GP and the dentist.",
        "Child not registered with a dentist; mum given a list of local practices.",
        "HV to ask whether the children have a dentist.",
    ],
)
def test_a_dentist_named_is_no_health_contact(text: str) -> None:
    assert E.HEALTH_CONTACT not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seen by the dentist today: two extractions under local anaesthetic.",
        "Dentist appointment attended with dad, fillings planned.",
        "Mum took her to the dentist for toothache this morning.",
    ],
)
def test_a_dentist_visit_is_a_health_contact(text: str) -> None:
    assert E.HEALTH_CONTACT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "LAC review held: placement settled, health assessment up to date.",
        "Core group: imms up to date, school attendance good.",
        "Review: vaccinations up to date, registered with GP.",
    ],
)
def test_health_up_to_date_is_a_status_not_a_contact(text: str) -> None:
    assert E.HEALTH_CONTACT not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum referred to talking therapies: low since the baby was born in May.",
        "Dad struggling since the twins were born, says he is not sleeping.",
        "Baby born 6 weeks ago, mum tearful at the visit.",
    ],
)
def test_a_birth_named_as_when_something_began_is_no_birth(text: str) -> None:
    assert E.BIRTH not in types(text)


def test_a_birth_reported_is_still_a_birth() -> None:
    assert E.BIRTH in types("Baby girl born at 03:40 by emergency c-section, 2.9kg.")


@pytest.mark.parametrize(
    "text",
    [
        "Neighbour unsure if the family are still living there; letter left.",
        "Landlord confirms the tenant is still living at the flat.",
    ],
)
def test_still_living_there_is_no_one_joining(text: str) -> None:
    assert E.JOINED_HOUSEHOLD not in types(text)


def test_an_advice_line_call_is_no_consultation() -> None:
    found = types("DSL rang the MASH consultation line for advice about Sam.")
    assert E.HEALTH_CONTACT not in found


@pytest.mark.parametrize(
    "text",
    [
        "Seen by the ANP: 3yo with dad, ear pain for two days, drum red.",
        "CAMHS appt. 14yo attended with nan, mood a little better this month.",
        "Dad said he took Ollie to the GP on Monday with a rash.",
        "Health needs assessment Y9: asthma poorly controlled, inhaler technique poor.",
    ],
)
def test_more_health_contacts(text: str) -> None:
    assert E.HEALTH_CONTACT in types(text)


def test_a_camhs_follow_up_planned_is_no_contact() -> None:
    assert E.HEALTH_CONTACT not in types("Discharged from the ward. CAMHS f/u in 7 days.")


@pytest.mark.parametrize(
    "text",
    [
        "Nan rang: says mum is off her face most evenings with the kids there.",
        "Neighbour reports dad using heavily again, needles in the garden.",
        "Aunt worried: father off his face when he collected the children.",
    ],
)
def test_a_parent_intoxicated_in_plain_words_is_a_parental_factor(text: str) -> None:
    assert E.PARENTAL_FACTOR in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum low and drinking more since the relationship ended last year.",
        "Things are calmer at home since dad moved out, mum says.",
        "Mum has struggled with her mood since they separated in 2021.",
    ],
)
def test_a_separation_named_as_background_is_no_one_leaving(text: str) -> None:
    assert E.LEFT_HOUSEHOLD not in types(text)


def test_a_partner_moving_out_now_is_still_leaving() -> None:
    assert E.LEFT_HOUSEHOLD in types("Mum says her partner moved out on Sunday after a row.")


@pytest.mark.parametrize(
    "text",
    [
        "Booking 10/40. DA routine enquiry asked alone - denies.",
        "Routine DV enquiry completed, nothing disclosed.",
        "DV routine enquiry not possible, partner present.",
    ],
)
def test_a_routine_enquiry_in_either_order_is_no_incident(text: str) -> None:
    assert E.DOMESTIC_ABUSE_INCIDENT not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ambulance took Mia (3) to ED after a fall; officers attended the hospital later.",
        "Officers attended school at the head's request about a fight in the playground.",
        "Police attended A&E to take a statement from the driver.",
    ],
)
def test_officers_at_a_hospital_or_school_are_no_welfare_check(text: str) -> None:
    assert E.POLICE_WELFARE_CHECK not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Domestic at 4 Elm Close. IP had a cut lip and said partner punched her. Partner arrested.",
        "Officers attended a DA call: the IP had scratches to her face from her ex.",
        "DA incident. Redness to the IP's neck; suspect left before police arrived.",
    ],
)
def test_the_injured_party_of_a_domestic_is_an_adult(text: str) -> None:
    found = types(text)
    assert E.DOMESTIC_ABUSE_INCIDENT in found
    assert E.INJURY not in found


@pytest.mark.parametrize(
    "text",
    [
        "Reviewed in ED by the paeds reg: bruising to both ears, skeletal survey requested.",
        "Seen by paeds on the ward, explanation for the burn consistent.",
        "Baby reviewed by the paediatrician on call at 02:00.",
    ],
)
def test_a_paediatric_review_by_a_registrar_or_team(text: str) -> None:
    assert E.PAEDIATRIC_ASSESSMENT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "GP notes: history of ED attendances for minor injuries.",
        "Mum has had previous admissions to the mental health unit.",
        "Dad was admitted to hospital in 2019 after an overdose.",
    ],
)
def test_a_past_attendance_or_admission_is_history(text: str) -> None:
    assert not {E.ED_ATTENDANCE, E.HOSPITAL_ADMISSION} & types(text)


def test_an_admission_now_is_still_one() -> None:
    assert E.HOSPITAL_ADMISSION in types("Baby admitted to the ward tonight with bronchiolitis.")


@pytest.mark.parametrize(
    "text",
    [
        "School nurse drop-in. 13yo told me her uncle touches her when he babysits.",
        "YP told me his stepdad punched him in the stomach on Friday.",
        "The child told me mummy hit her with a hairbrush.",
    ],
)
def test_a_child_telling_the_practitioner_of_harm_is_a_disclosure(text: str) -> None:
    assert E.DISCLOSURE in types(text)


def test_an_adult_telling_the_practitioner_is_no_disclosure() -> None:
    found = types("Home visit. Mum told me her partner hit her on Saturday.")
    assert E.DISCLOSURE not in found


@pytest.mark.parametrize(
    "text",
    [
        "14yo F brought in by ambulance after taking 20 x paracetamol at a party.",
        "16 yo M cut his forearms last night after a row at home.",
        "YP F (15) took 8 x ibuprofen, now regrets it.",
    ],
)
def test_an_age_and_sex_is_the_young_person_not_a_parent(text: str) -> None:
    found = types(text)
    assert E.SELF_HARM in found
    assert E.PARENTAL_FACTOR not in found


def test_a_camhs_follow_up_as_a_heading_is_a_contact() -> None:
    assert E.HEALTH_CONTACT in types("CAMHS f/u. Seen alone, sleeping better, mood brighter.")


@pytest.mark.parametrize(
    "text",
    [
        "Jess (14) was picked up from school by a man in his 20s who gave her vodka and a phone.",
        "Mo (15) seen getting into cars with older males; smelt of alcohol, new clothes.",
        "Gifts of a new phone and trainers from adult males; YP intoxicated when found.",
    ],
)
def test_a_child_exploited_is_the_one_drinking(text: str) -> None:
    found = types(text)
    assert E.CSE_INDICATOR in found
    assert E.PARENTAL_FACTOR not in found


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


# Round 10


@pytest.mark.parametrize(
    "text",
    [
        "Crew attended 03:10: 4yo with a barking cough, settled in mum's arms. Not conveyed.",
        "Paramedics saw dad after a fall at home; he declined conveyance.",
        "Nan rang NHS 111 about the baby's temperature. Disposition: GP within 6 hours.",
        "Seen by the GP OOH service for a fever; safety netted and sent home.",
        "Minor scalds to the hand treated on scene by the ambulance crew.",
    ],
)
def test_urgent_care_outside_the_ed_is_a_health_contact(text: str) -> None:
    assert E.HEALTH_CONTACT in types(text, age=4)


@pytest.mark.parametrize(
    "text",
    [
        "Year 6 SATs results were below the expected standard in reading.",
        "Officers on scene by 21:05 and spoke to both adults.",
        "Suspect conveyed to custody at 02:00 and interviewed later.",
    ],
)
def test_school_tests_and_custody_are_no_health_contact(text: str) -> None:
    assert E.HEALTH_CONTACT not in types(text, age=10)


@pytest.mark.parametrize(
    "text",
    [
        "Brought in by ambulance and admitted directly to the children's ward.",
        "Conveyed and admitted to Ward 7 for observation overnight.",
        "She was admitted straight to the adolescent unit from clinic.",
    ],
)
def test_an_admission_straight_from_the_ambulance_is_an_admission(text: str) -> None:
    assert E.HOSPITAL_ADMISSION in types(text, age=12)


@pytest.mark.parametrize(
    "text",
    [
        "Carer rang at 23:00: Ellie (13) not home from her friend's, phone going to voicemail.",
        "Kai not returned from the youth club by his curfew, staff searching the area.",
        "Foster carer reported to police as missing after he failed to come back from town.",
    ],
)
def test_overdue_home_is_a_missing_episode(text: str) -> None:
    assert E.MISSING_EPISODE in types(text, age=13)


@pytest.mark.parametrize(
    "text",
    [
        "The housing team placed her in a hostel in the next town after the fire.",
        "Council placed them in temporary accommodation following the eviction.",
        "Homeless on Friday; the council placed him in a B&B on the seafront.",
    ],
)
def test_housing_placing_a_family_is_an_address_change(text: str) -> None:
    assert E.ADDRESS_CHANGE in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mia booked in with the midwife at 11 weeks, first pregnancy.",
        "She has now booked in at the maternity unit, 14+3 weeks.",
        "Booked in for antenatal care at the local hospital today.",
    ],
)
def test_booked_in_with_maternity_is_a_booking(text: str) -> None:
    assert E.PREGNANCY_BOOKING in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Store detective stopped him after he walked out without paying for two phone cases.",
        "Caught leaving the supermarket without paying; police gave a community resolution.",
        "Picked up sweets and left without paying, shop manager rang the school.",
    ],
)
def test_leaving_without_paying_is_an_offence(text: str) -> None:
    assert E.OFFENCE in types(text, age=14)


@pytest.mark.parametrize(
    "text",
    [
        "Row overheard by neighbours; boyfriend left before the police arrived.",
        "Argument at the flat, dad left prior to police arrival and was not traced.",
        "By the time officers got there her ex had left the scene.",
    ],
)
def test_leaving_before_the_police_arrive_is_not_leaving_the_household(text: str) -> None:
    assert E.LEFT_HOUSEHOLD not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Birth mum sent a card for his birthday via the letterbox scheme.",
        "Contact with birth dad went well, he brought a football.",
        "Letterbox contact with birth relatives reviewed at the LAC review.",
    ],
)
def test_a_birth_parent_is_no_birth(text: str) -> None:
    assert E.BIRTH not in types(text, age=9)


@pytest.mark.parametrize(
    "text",
    [
        "Told her form tutor that her step dad pushed her into the wardrobe.",
        "Said her step father slapped her across the face on Sunday.",
        "In class Jo (12) disclosed that her step dad kicked her last night.",
    ],
)
def test_a_step_parent_written_as_two_words_is_an_abuser(text: str) -> None:
    assert E.DISCLOSURE in types(text, age=13)


@pytest.mark.parametrize(
    "text",
    [
        "Crew assessed dad after the fall; he refused conveyance against advice.",
        "Graze cleaned on scene, mum declined conveyance to hospital.",
        "Obs taken, pt declined to be conveyed and was left with a friend.",
    ],
)
def test_a_refused_conveyance_is_still_the_crews_contact(text: str) -> None:
    assert E.HEALTH_CONTACT in types(text, age=30)


@pytest.mark.parametrize(
    "text",
    [
        "Large haematoma on the back of his head, mum unsure how.",
        "Contusion to the left shin noted at nursery drop off.",
        "Two small lacerations above her eyebrow, she says the dog knocked her over.",
    ],
)
def test_clinical_injury_words_are_an_injury(text: str) -> None:
    assert E.INJURY in types(text, age=3)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Dad attended the drug & alcohol service today.", E.ADULT_SERVICES_CONTACT),
        (
            "Mum had her first appointment at the drug & alcohol service this morning.",
            E.ADULT_SERVICES_CONTACT,
        ),
        ("Referred mum to the drug & alcohol team.", E.REFERRAL_TO_ADULT_SERVICES),
    ],
)
def test_an_ampersand_names_the_drug_and_alcohol_service(text: str, kind: EventType) -> None:
    assert kind in types(text)


# Round 11 (group A): classes of wording from adult-facing services, housing and health.
@pytest.mark.parametrize(
    "text",
    [
        "Mum says he broke his collar bone at the park on Saturday.",
        "Dislocated his elbow falling off the climbing frame.",
        "X-ray showed a cracked rib after the fall.",
    ],
)
def test_a_broken_or_fractured_bone_is_an_injury(text: str) -> None:
    assert E.INJURY in types(text, age=6)


@pytest.mark.parametrize(
    "text",
    [
        "Seen in ED by the mental health liaison team after taking tablets, risk assessed as high.",
        "Psychiatric liaison nurse saw her on the ward following the overdose.",
        "RAID team review on the ward this morning after he cut his arms.",
    ],
)
def test_mental_health_liaison_is_a_self_harm_risk_assessment(text: str) -> None:
    assert E.SELF_HARM_RISK_ASSESSMENT in types(text, age=15)


@pytest.mark.parametrize(
    "text",
    [
        "Dad was given the crisis line number and details of the talking therapies service.",
        "Care coordinator on annual leave until Monday, duty covering.",
        "IAPT info given to mum, she will think about it.",
    ],
)
def test_an_adult_service_named_as_away_or_a_number_given_is_no_contact(text: str) -> None:
    assert E.ADULT_SERVICES_CONTACT not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum was detained under s2 MHA at 03:00, children with their aunt.",
        "Dad sectioned under section 3 of the Mental Health Act yesterday.",
        "Mother has been detained under S136 after police found her on the bypass.",
    ],
)
def test_a_detention_by_its_short_section_is_a_parental_factor_and_admission(text: str) -> None:
    assert {E.PARENTAL_FACTOR, E.HOSPITAL_ADMISSION} <= types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pupil told her tutor she has nothing to live for and would be better off dead.",
        "YP says he can't go on and wants to end it all.",
        "Told the school nurse that life is not worth living since her nan died.",
    ],
)
def test_a_childs_suicidal_talk_is_self_harm(text: str) -> None:
    assert E.SELF_HARM in types(text, age=14)


@pytest.mark.parametrize(
    "text",
    [
        "Mum told the HV she feels she has nothing to live for.",
        "Mother rang the surgery saying she couldn't go on any more.",
        "Dad told the GP he wants to end it all.",
    ],
)
def test_a_parents_suicidal_talk_is_a_parental_factor(text: str) -> None:
    found = types(text)
    assert E.PARENTAL_FACTOR in found
    assert E.SELF_HARM not in found


@pytest.mark.parametrize(
    "text",
    [
        "Claimant visibly anxious at the work search review.",
        "Mum was anxious but engaged well with the assessment.",
        "Mum a bit anxious about the conference tomorrow.",
    ],
)
def test_feeling_anxious_is_no_parental_factor(text: str) -> None:
    assert E.PARENTAL_FACTOR not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Failed to report for supervision at 14:00, warning letter to be sent.",
        "Dad missed his depot today and is not answering the phone.",
        "Mum did not collect her script from the pharmacy for three days.",
    ],
)
def test_an_adults_own_missed_appointment_is_did_not_attend(text: str) -> None:
    assert E.DID_NOT_ATTEND in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Family moved into a new 3 bed council house today, keys handed over.",
        "Tenancy sign up completed for the flat on Mill Lane.",
        "Ms Reid left the refuge this morning with both children.",
        "Neighbours say the family did a runner last week, flat appears abandoned.",
        "Family placed by housing in a B&B on the ring road.",
    ],
)
def test_a_home_moved_into_or_left_is_an_address_change(text: str) -> None:
    assert E.ADDRESS_CHANGE in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Refuge staff saw a bruise on his arm at bathtime.",
        "Night concierge at the hostel says Amy (15) came back at 3am.",
        "DV discussed and the Refuge helpline number given.",
        "Family moved into a two bed flat from the hostel today.",
    ],
)
def test_a_refuge_or_hostel_as_a_workplace_or_a_home_left_is_no_homelessness(text: str) -> None:
    assert E.HOMELESSNESS not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Admission to refuge: Ms Khan and her two children arrived at 22:00.",
        "Housing arranged an emergency room at the Travelodge for tonight.",
        "Mum and the children admitted to the women's refuge in Derby.",
    ],
)
def test_entering_a_refuge_or_an_emergency_hotel_room_is_homelessness(text: str) -> None:
    found = types(text)
    assert E.HOMELESSNESS in found
    assert E.HOSPITAL_ADMISSION not in found


@pytest.mark.parametrize(
    "text",
    [
        "Mum rang to rearrange, appointment moved to 14/6.",
        "Review moved to Thursday at mum's request.",
        "Appt moved to next week as dad is working.",
    ],
)
def test_an_appointment_moved_to_a_date_is_no_address_change(text: str) -> None:
    assert E.ADDRESS_CHANGE not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Family placed in a B&B at the Crown Hotel, one room for all four.",
        "Emergency placement in a hotel arranged by housing for the night.",
    ],
)
def test_a_family_placed_in_a_hotel_is_no_exploitation(text: str) -> None:
    assert E.CSE_INDICATOR not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "She has a new iPhone and designer trainers she can't explain.",
        "YP came home with expensive jewellery and unexplained cash.",
        'She talks about "parties" at a flat in town with older lads.',
        "Asked for the morning after pill after sex with her 20yo boyfriend.",
    ],
)
def test_possessions_parties_and_adult_boyfriends_are_cse_indicators(text: str) -> None:
    assert E.CSE_INDICATOR in types(text, age=14)


@pytest.mark.parametrize(
    "text",
    [
        "ICPC: unborn to be subject to a CP plan from birth.",
        "Plan for baby to be placed with mum in a unit following birth.",
        "Social worker to be informed once the baby is born.",
    ],
)
def test_a_birth_named_as_when_a_plan_starts_is_no_birth(text: str) -> None:
    assert E.BIRTH not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Cole came in upset: his wife left last night with the children.",
        "Mum says her husband walked out at the weekend.",
        "Partner has left with the kids and gone to his mum's.",
    ],
)
def test_a_parent_gone_with_the_children_or_at_a_time_has_left(text: str) -> None:
    assert E.LEFT_HOUSEHOLD in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Baby not brought to her hip scan at orthopaedics.",
        "Renal scan for the baby today, results to follow.",
        "Cranial ultrasound done on the neonatal unit.",
    ],
)
def test_a_childs_scan_is_not_an_antenatal_contact(text: str) -> None:
    assert E.ANTENATAL_CONTACT not in types(text, age=0)


@pytest.mark.parametrize(
    "text",
    [
        "Dad pleaded guilty to common assault (DA) at the magistrates.",
        "Mr Ford charged with criminal damage (domestic abuse related).",
        "Sentenced for a DA-related assault to a community order.",
    ],
)
def test_an_offence_qualified_as_domestic_abuse_is_the_offence(text: str) -> None:
    found = types(text)
    assert E.OFFENCE in found
    assert E.DOMESTIC_ABUSE_INCIDENT not in found


@pytest.mark.parametrize(
    "text",
    [
        "Came to the school nurse room upset, we talked about home.",
        "Seen alone by the CAMHS nurse, low mood and poor sleep.",
        "School nurse completed his annual LAC health assessment today.",
        "GP home visit to grandad, mum is his carer.",
        "Plastics dressing clinic for the burn, healing well.",
        "Dr Rao. Cough for 3 weeks. Imp: viral. R/v 2/52.",
    ],
)
def test_school_nurse_camhs_clinic_and_consultation_shorthand_are_health_contacts(
    text: str,
) -> None:
    assert E.HEALTH_CONTACT in types(text, age=12)


@pytest.mark.parametrize(
    "text",
    [
        "Self-referral form for Talking Therapies completed with mum.",
        "ASC duty: referral received from the GP re Mr Patel.",
        "Dad referred himself to the drug service.",
    ],
)
def test_a_referral_form_or_one_received_by_adult_services_is_theirs(text: str) -> None:
    assert E.REFERRAL_TO_ADULT_SERVICES in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "PNC: mum's partner has previous for ABH (2016) and criminal damage.",
        "Dad was released after serving a sentence for GBH.",
        "Checks show mum's partner had two call-outs to domestic incidents in 2020.",
    ],
)
def test_offences_and_incidents_in_a_record_are_a_parental_factor(text: str) -> None:
    found = types(text)
    assert E.PARENTAL_FACTOR in found
    assert not {E.OFFENCE, E.DOMESTIC_ABUSE_INCIDENT} & found


@pytest.mark.parametrize(
    "text",
    [
        "Exploitation screening tool completed at the MACE panel: high risk.",
        "The CSE screening tool was completed with her SW today.",
        "Completed the exploitation screening tool with school: medium risk.",
    ],
)
def test_an_exploitation_screening_tool_completed_is_cse_screening(text: str) -> None:
    assert E.CSE_SCREENING in types(text, age=14)


@pytest.mark.parametrize(
    "text",
    [
        "CAMHS crisis assessment completed, low mood, no plan or intent.",
        "Assessed by the CAMHS crisis team in ED, no plan or intent.",
        "CAMHS crisis team assessed him at home tonight.",
    ],
)
def test_a_camhs_crisis_assessment_is_a_mental_health_assessment(text: str) -> None:
    assert E.MENTAL_HEALTH_ASSESSMENT in types(text, age=14)


@pytest.mark.parametrize(
    "text",
    [
        "Knife with a 6 inch blade found in his rucksack at school.",
        "Lock knife found in her school bag during a search.",
        "Teacher found a kitchen knife hidden in his blazer.",
    ],
)
def test_a_blade_by_its_length_or_in_a_bag_is_an_offence(text: str) -> None:
    assert E.OFFENCE in types(text, age=14)


@pytest.mark.parametrize(
    "text",
    [
        "PCSO came to the home to do a safe and well check on her.",
        "Officers attended to carry out a welfare check on the children.",
        "Police completed a safe and well check at 22:00, all fine.",
    ],
)
def test_officers_who_came_to_do_a_check_did_it(text: str) -> None:
    assert E.POLICE_WELFARE_CHECK in types(text, age=14)


@pytest.mark.parametrize(
    "text",
    [
        "Dad attended his Building Better Relationships session.",
        "Mum attended the needle exchange this morning.",
        "Mum attended the recovery service for her first group.",
    ],
)
def test_an_adult_programme_or_recovery_service_attended_is_a_contact(text: str) -> None:
    assert E.ADULT_SERVICES_CONTACT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Baby was stillborn at 38 weeks.",
        "Neonatal death of twin two on the unit yesterday.",
        "Cot death of her baby sister last month.",
    ],
)
def test_a_babys_death_at_or_after_birth_is_a_bereavement(text: str) -> None:
    assert E.BEREAVEMENT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum's new partner is now staying most nights.",
        "Boyfriend stops over at the flat at weekends.",
        "Dad's girlfriend spends most nights there now.",
    ],
)
def test_a_partner_there_most_nights_has_joined_the_household(text: str) -> None:
    assert E.JOINED_HOUSEHOLD in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Family served with an s21 notice by the landlord.",
        "Landlord has been granted a possession order.",
        "Council accepted the relief duty for mum and the boys.",
    ],
)
def test_housing_notices_orders_and_duties_are_homelessness(text: str) -> None:
    assert E.HOMELESSNESS in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ex-partner smashed up the flat last night.",
        "He punched a hole in the bedroom door during the row.",
        "Partner trashed the house after she asked him to leave.",
    ],
)
def test_damage_to_the_home_in_a_row_is_domestic_abuse(text: str) -> None:
    assert E.DOMESTIC_ABUSE_INCIDENT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ex has been bombarding her with abusive texts all week.",
        "Her ex sends dozens of messages a day.",
        "He won't leave her alone and was waiting outside her work.",
    ],
)
def test_harassment_by_messages_or_waiting_outside_is_domestic_abuse(text: str) -> None:
    assert E.DOMESTIC_ABUSE_INCIDENT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seen in PED overnight with a swollen wrist.",
        "Taken to CED with a head bump.",
        "Attended paeds ED at 02:00 with a high temperature.",
    ],
)
def test_the_childrens_emergency_department_by_its_short_names(text: str) -> None:
    assert E.ED_ATTENDANCE in types(text, age=6)


@pytest.mark.parametrize(
    "text",
    [
        "YP AWOL from the unit since 20:00.",
        "Absent without authority from placement overnight.",
        "Went AWOL from the children's home after school.",
    ],
)
def test_absent_without_authority_from_care_is_a_missing_episode(text: str) -> None:
    assert E.MISSING_EPISODE in types(text, age=15)


@pytest.mark.parametrize(
    "text",
    [
        "Mum seen by the AMHP at home this afternoon.",
        "Dad assessed by the AMHP and two doctors.",
        "AMHP assessed mum at the police station.",
    ],
)
def test_an_amhps_assessment_is_a_mental_health_assessment(text: str) -> None:
    assert E.MENTAL_HEALTH_ASSESSMENT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum's new partner is on the sex offenders register.",
        "Dad was recalled to prison last month.",
        "Dad breached his licence and is back in prison.",
    ],
)
def test_the_sex_offenders_register_and_a_recall_are_a_parental_factor(text: str) -> None:
    assert E.PARENTAL_FACTOR in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "IDVA intake session with Ms Okafor at the outreach office, safety plan updated.",
        "Ms Lane told the ISVA that she is frightened to go home.",
        "Domestic abuse outreach worker visited Ms Dee at her sister's flat.",
    ],
)
def test_a_domestic_abuse_workers_own_contact_is_an_adult_services_contact(text: str) -> None:
    assert E.ADULT_SERVICES_CONTACT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Hale went to the crisis cafe at 21:00, low and tearful.",
        "Mum attended the safe haven last night.",
        "Mum stayed at the crisis house for two nights.",
    ],
)
def test_a_crisis_service_used_is_an_adult_services_contact(text: str) -> None:
    assert E.ADULT_SERVICES_CONTACT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Carer's assessment for Mrs Bell, who looks after her husband and two children.",
        "Detox assessment completed, drinking a litre of vodka a day.",
        "Care Act assessment completed for mum today.",
    ],
)
def test_an_adult_services_own_assessment_is_a_contact(text: str) -> None:
    assert E.ADULT_SERVICES_CONTACT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum's care co-ordinator saw her at the clinic this morning.",
        "Dad seen by the early intervention in psychosis team today.",
        "Visited by the crisis resolution team last night.",
    ],
)
def test_adult_mental_health_teams_by_their_other_names_are_contacts(text: str) -> None:
    assert E.ADULT_SERVICES_CONTACT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nan worried that mum is using again and goes out to score at night.",
        "Dad's hair strand test positive for cocaine.",
        "Burnt foil and a crack pipe found in mum's bedroom.",
    ],
)
def test_a_parents_drug_use_resumed_or_tested_is_a_parental_factor(text: str) -> None:
    assert E.PARENTAL_FACTOR in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum could not be roused for ten minutes, then came down confused and unsteady.",
        "Dad was incoherent with pinned pupils when I arrived.",
        "Mum was nodding off during the visit and difficult to rouse.",
    ],
)
def test_a_parent_too_intoxicated_to_respond_is_a_parental_factor(text: str) -> None:
    assert E.PARENTAL_FACTOR in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum hears voices telling her the baby is evil.",
        "Dad responding to unseen stimuli and has not slept for days.",
        "Mum appeared manic with pressured speech.",
    ],
)
def test_a_parents_psychotic_or_manic_signs_are_a_parental_factor(text: str) -> None:
    assert E.PARENTAL_FACTOR in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum said she was in an abusive relationship with the children's father for years.",
        "Mum described years of domestic abuse by her ex.",
        "Mum told me about historic domestic abuse from her first husband.",
    ],
)
def test_a_parents_past_of_abuse_by_a_partner_is_a_parental_factor(text: str) -> None:
    assert E.PARENTAL_FACTOR in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Drugs warrant executed at the flat this morning, Mr Shaw arrested.",
        "Police drugs raid at the address, nothing found.",
        "Drug warrant at the neighbouring flat, officers spoke to mum.",
    ],
)
def test_a_police_drugs_warrant_is_no_parents_drug_use(text: str) -> None:
    assert E.PARENTAL_FACTOR not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Multi-agency meeting attended by police, school and health.",
        "Strategy meeting attended by CSC and police.",
        "Core group attended by police and the HV.",
    ],
)
def test_police_among_a_meetings_attendees_is_no_welfare_check(text: str) -> None:
    assert E.POLICE_WELFARE_CHECK not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officers called to a domestic, partner left before police arrived.",
        "Neighbour called police; the boyfriend had left the scene.",
        "Shouting reported, partner left before arrival.",
    ],
)
def test_a_suspect_gone_before_officers_came_has_not_left_the_household(text: str) -> None:
    assert E.LEFT_HOUSEHOLD not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Referred to the hard to reach service after her third missing episode this month.",
        "RHI offered following her latest missing episode.",
        "Plan reviewed since the last missing episode, no concerns.",
    ],
)
def test_a_missing_episode_named_as_background_is_not_recorded(text: str) -> None:
    assert E.MISSING_EPISODE not in types(text, age=14)


@pytest.mark.parametrize(
    "text",
    [
        "Reporting increased to weekly given the DA concerns.",
        "Case kept open because of the DA.",
        "Safety plan reviewed in light of the DV.",
    ],
)
def test_domestic_abuse_named_as_background_is_not_recorded(text: str) -> None:
    assert E.DOMESTIC_ABUSE_INCIDENT not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "HV challenged the decision not to hold a strategy discussion about the bruise.",
        "Mum came in upset about the bruise, says school lied.",
        "Professionals shared worries about the pattern of bruising.",
    ],
)
def test_an_injury_named_as_what_is_discussed_is_not_recorded(text: str) -> None:
    assert E.INJURY not in types(text, age=4)


@pytest.mark.parametrize(
    "text",
    [
        "GP: the practice has no record of the child being seen this year.",
        "GP: child's notes reviewed, no safeguarding codes.",
        "GP: the practice did not summarise the notes.",
    ],
)
def test_a_gp_heading_over_the_practices_records_is_no_consultation(text: str) -> None:
    assert E.HEALTH_CONTACT not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "GP worried mum is taking more than prescribed.",
        "Dad is prescribed diazepam by his GP.",
        "Mum takes her medication as prescribed, says she is fine.",
    ],
)
def test_a_medicine_someone_is_on_is_no_prescription_today(text: str) -> None:
    assert E.HEALTH_CONTACT not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dad (separated) collected the children from school.",
        "Parents are separated and share care.",
        "Mum and dad separated in 2019 and share care.",
    ],
)
def test_separated_parents_have_not_left_today(text: str) -> None:
    assert E.LEFT_HOUSEHOLD not in types(text, age=9)


@pytest.mark.parametrize(
    "text",
    [
        "Review of a wound infection at the walk-in clinic.",
        "Antibiotics started for an infected wound on his knee.",
        "Wound infection after his operation, seen by the nurse.",
    ],
)
def test_an_infected_wound_is_an_illness_not_an_injury(text: str) -> None:
    assert E.INJURY not in types(text, age=9)


@pytest.mark.parametrize(
    "text",
    [
        "Four ED attendances in a year noted by the GP.",
        "Previous A&E attendances reviewed at the strategy meeting.",
        "Repeated ED attendances for minor injuries discussed in supervision.",
    ],
)
def test_ed_attendances_counted_as_history_are_no_attendance(text: str) -> None:
    assert E.ED_ATTENDANCE not in types(text, age=6)


@pytest.mark.parametrize(
    "text",
    [
        "ED safeguarding team sent the notification to the SW.",
        "ED safeguarding check showed the child is on a plan.",
        "ED staff were unaware of the plan, the review found.",
    ],
)
def test_the_ed_as_a_team_is_no_attendance(text: str) -> None:
    assert E.ED_ATTENDANCE not in types(text, age=6)


@pytest.mark.parametrize(
    "text",
    [
        "Concern raised by the ambulance crew about the home conditions.",
        "Call made by ambulance crew to EDT re the children.",
        "Referral by the ambulance service about dad's drinking.",
    ],
)
def test_an_ambulance_crew_raising_a_concern_is_no_attendance(text: str) -> None:
    assert E.ED_ATTENDANCE not in types(text, age=6)


@pytest.mark.parametrize(
    "text",
    [
        "Skeletal survey normal, S47 concluded.",
        "Normal skeletal survey reported at the strategy meeting.",
        "See skeletal survey entry from 3 March.",
    ],
)
def test_a_normal_survey_reported_in_an_enquiry_is_no_new_assessment(text: str) -> None:
    assert E.PAEDIATRIC_ASSESSMENT not in types(text, age=1)


@pytest.mark.parametrize(
    "text",
    [
        "Mum has been admitted twice to psychiatric hospital, the last time in 2019.",
        "Dad has had three previous admissions for psychosis.",
        "Baby's twin died on NICU at 2 days old.",
    ],
)
def test_admissions_counted_as_history_or_a_baby_on_a_unit_are_no_admission(text: str) -> None:
    assert E.HOSPITAL_ADMISSION not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seen at the maternity assessment unit with reduced movements at 34 weeks.",
        "Mum went to maternity triage at 30 weeks with pains.",
        "Attended the early pregnancy unit with bleeding.",
    ],
)
def test_maternity_triage_and_day_units_are_antenatal_contacts(text: str) -> None:
    assert E.ANTENATAL_CONTACT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Baby not taken for her immunisations, third missed appointment.",
        "Toddler was not taken for his 2 year review.",
        "Baby wasn't taken for the hip scan again.",
    ],
)
def test_a_child_not_taken_for_an_appointment_was_not_brought(text: str) -> None:
    assert E.WAS_NOT_BROUGHT in types(text, age=0)


@pytest.mark.parametrize(
    "text",
    [
        "Neighbour heard screaming from the flat and called police.",
        "Police called after screams heard at the address.",
        "Caller reports of screaming next door at 01:00.",
    ],
)
def test_screaming_heard_by_a_neighbour_is_domestic_abuse(text: str) -> None:
    assert E.DOMESTIC_ABUSE_INCIDENT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Arrived at school with minor injuries to his face.",
        "He sustained minor injuries in the fall.",
        "Had minor injuries after the fight at the park.",
    ],
)
def test_minor_injuries_had_are_an_injury(text: str) -> None:
    assert E.INJURY in types(text, age=8)


@pytest.mark.parametrize(
    "text",
    [
        "YP received a referral order at youth court today.",
        "Given a conditional discharge and fined 100 pounds.",
        "YP given a youth rehabilitation order for the burglary.",
    ],
)
def test_court_disposals_by_their_names_are_offences(text: str) -> None:
    assert E.OFFENCE in types(text, age=15)


@pytest.mark.parametrize(
    "text",
    [
        "Dad voluntarily attended the police station for interview.",
        "Mum's partner invited to a voluntary interview about the assault.",
        "Stepdad attended the police station for an interview on Monday.",
        "Liam interviewed voluntarily by police and denied squeezing the baby.",
    ],
)
def test_a_voluntary_interview_under_caution_is_no_arrest(text: str) -> None:
    assert E.ARREST not in types(text)


def test_an_arrest_before_a_voluntary_interview_is_still_an_arrest() -> None:
    assert E.ARREST in types("Partner arrested on suspicion of GBH. Mum interviewed voluntarily.")


@pytest.mark.parametrize(
    "text",
    [
        "Dad was found dead at his flat on Sunday.",
        "Their uncle took his own life last week.",
        "Mum's brother died by suicide in the spring.",
    ],
)
def test_a_death_found_or_by_suicide_is_a_bereavement(text: str) -> None:
    assert E.BEREAVEMENT in types(text, age=8)


# Round 12 (group A).


@pytest.mark.parametrize(
    "text",
    [
        "Turning Point initial assessment with dad today: drinking most days.",
        "Humankind (alcohol service) triage assessment completed with mum.",
        "Mum attended her comprehensive assessment at the drug and alcohol service.",
        "Dad's first assessment with the community drug team went ahead this morning.",
    ],
)
def test_an_adult_drug_services_assessment_by_its_stage_is_a_contact(text: str) -> None:
    assert E.ADULT_SERVICES_CONTACT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "AMHP: mum assessed under the Mental Health Act at home.",
        "Mental Health Act assessment of dad by the duty AMHP and two s12 doctors.",
        "AMHP record. MHA assessment of Ms Green on the ward.",
    ],
)
def test_an_amhps_assessment_is_an_adult_services_contact_too(text: str) -> None:
    found = types(text)
    assert {E.ADULT_SERVICES_CONTACT, E.MENTAL_HEALTH_ASSESSMENT} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Accompanied client to her GP appointment for a medication review.",
        "Went with my client to the antenatal clinic at 30 weeks.",
        "Escorted SU to her scan; all well.",
    ],
)
def test_an_adult_worker_going_with_the_client_is_a_contact(text: str) -> None:
    assert E.ADULT_SERVICES_CONTACT in types(text)


def test_a_family_worker_going_with_mum_is_no_adult_service() -> None:
    assert E.ADULT_SERVICES_CONTACT not in types("Accompanied mum to her GP appointment.")


@pytest.mark.parametrize(
    "text",
    [
        "Pre-birth assessment concluded: high risk due to DA and mum's age.",
        "Mum given DA support numbers and a leaflet.",
        "Dad is named as the suspect in 4 DA incidents on record.",
        "Plan focuses on the impact of DV on the children.",
    ],
)
def test_domestic_abuse_named_as_a_category_is_no_incident(text: str) -> None:
    assert E.DOMESTIC_ABUSE_INCIDENT not in types(text)


def test_a_domestic_abuse_incident_attended_is_still_one() -> None:
    assert E.DOMESTIC_ABUSE_INCIDENT in types("Police attended a DA incident at the flat.")


@pytest.mark.parametrize(
    "text",
    [
        "RCPC booked 03/11 at the school, invites sent.",
        "Room booked at the family centre for the meeting.",
        "Interpreter booked for the visit on Friday.",
        "ICPC booked at 2pm on the 14th.",
    ],
)
def test_things_booked_are_no_pregnancy_booking(text: str) -> None:
    assert E.PREGNANCY_BOOKING not in types(text)


@pytest.mark.parametrize(
    "text",
    ["Booked at 8+5 weeks, second pregnancy.", "Booked at 11 weeks with the community midwife."],
)
def test_a_pregnancy_booked_at_a_gestation_is_a_booking(text: str) -> None:
    assert E.PREGNANCY_BOOKING in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lily has separation anxiety and will not go into class.",
        "Referred to CAMHS for separation anxieties at bedtime.",
        "Nursery note separation difficulties at drop off.",
    ],
)
def test_separation_anxiety_is_no_one_leaving(text: str) -> None:
    assert E.LEFT_HOUSEHOLD not in types(text, age=5)


@pytest.mark.parametrize(
    "text",
    [
        "Talking Therapies self-referral info given to mum.",
        "Gave dad the drug service self referral number.",
        "Left IAPT self referral details with mum.",
    ],
)
def test_information_about_self_referring_is_no_referral(text: str) -> None:
    assert E.REFERRAL_TO_ADULT_SERVICES not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Uncle arrested at home on suspicion of burglary and criminal damage.",
        "Mum's partner arrested on suspicion of harassment, taken to custody.",
        "Found in a car with two men, one known for drug offences.",
    ],
)
def test_what_an_arrest_is_for_or_a_third_partys_record_is_no_offence(text: str) -> None:
    assert E.OFFENCE not in types(text, age=14)


def test_an_arrest_for_assaulting_a_partner_is_still_the_incident() -> None:
    found = types("Dad arrested on suspicion of assault on his partner last night.")
    assert {E.ARREST, E.DOMESTIC_ABUSE_INCIDENT} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Mum has felt low since delivery, EPDS done.",
        "Dad reports poor sleep since the delivery.",
        "Struggling since having the baby, GP aware.",
    ],
)
def test_a_delivery_named_as_a_time_is_no_birth(text: str) -> None:
    assert E.BIRTH not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "GP consult: mum seen with back pain.",
        "GP tel consult with dad re his asthma.",
        "Seen by the ANP with a chest infection, antibiotics given.",
        "SN drop in: Y8 pupil came to talk about sleep.",
        "Reception height and weight measured, letter home.",
    ],
)
def test_gp_and_school_nurse_contacts_by_their_short_forms(text: str) -> None:
    assert E.HEALTH_CONTACT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Family placed in TA at a hostel, 1 room for 3, moved in today.",
        "Mum rang: the council put them in a B&B across town last night.",
        "Housing have put them up in a hostel on Station Road.",
    ],
)
def test_put_or_placed_in_emergency_accommodation_is_a_move(text: str) -> None:
    found = types(text)
    assert E.ADDRESS_CHANGE in found
    assert E.JOINED_HOUSEHOLD not in found


def test_a_partner_moving_in_still_joins_the_household() -> None:
    assert E.JOINED_HOUSEHOLD in types("Mum's new partner has moved in with them.")


@pytest.mark.parametrize(
    "text",
    [
        "CP medical: lesions most consistent with impetigo, not typical of cigarette burns.",
        "Paediatrician's view: findings consistent with accidental injury. NFA.",
        "CP medical: rash, excluded bruising; swab taken.",
    ],
)
def test_a_clinician_ruling_an_injury_out_names_none(text: str) -> None:
    assert E.INJURY not in types(text, age=2)


@pytest.mark.parametrize(
    "text",
    [
        "Rang CAMHS duty and shared info about the self harm.",
        "CAMHS: follow up appt post OD not attended.",
        "Email to school nurse re the self harm, as agreed with Amy.",
    ],
)
def test_self_harm_named_as_what_a_contact_is_about_is_background(text: str) -> None:
    assert E.SELF_HARM not in types(text, age=15)


@pytest.mark.parametrize(
    "text",
    [
        "CSE/CCE screening tool completed with Jay in school.",
        "SW did the CSE and CCE risk assessment with Mia.",
        "Completed the CSE & CCE checklist with the YP.",
    ],
)
def test_a_joint_exploitation_tool_is_the_screening_only(text: str) -> None:
    found = types(text, age=14)
    assert E.CSE_SCREENING in found
    assert E.CSE_INDICATOR not in found


# Round 13 (group A).


@pytest.mark.parametrize(
    "text",
    [
        "Adult services visited grandad re his care needs.",
        "Adult social services assessed dad's needs at home.",
        "Adult services reviewed grandad's package today.",
    ],
)
def test_adult_social_care_in_its_own_act_is_a_contact(text: str) -> None:
    assert E.ADULT_SERVICES_CONTACT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum was supported by adult social care until 2019.",
        "Grandad now getting support from adult social care.",
        "Booking: she was known to adult social care as a teenager, nothing current.",
    ],
)
def test_adult_social_care_named_in_passing_is_no_contact(text: str) -> None:
    assert E.ADULT_SERVICES_CONTACT not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Drug service keyworker session with Mr Oakes: using daily. // Notification sent to CSC.",
        "CGL keywork session with Ms Fenn, using crack at weekends; SW informed by email.",
        "Probation supervision appointment with Kyle: tested positive. Notification sent to CSC.",
    ],
)
def test_an_adult_services_session_that_informs_csc_is_still_the_contact(text: str) -> None:
    assert {E.ADULT_SERVICES_CONTACT, E.INFORMATION_SHARED} <= types(text)


@pytest.mark.parametrize(
    "text",
    [
        "New birth visit: Kayleigh tearful, EPDS 17, not sleeping.",
        "Pre-birth assessment visit to Jodie: says she is smoking cannabis every night.",
        "Visit to Ellie and Craig (pre birth). Craig hears voices and stopped his quetiapine.",
        "Turning Point worker visited Lorna: drinking daily again.",
        "Home visit. Gemma says she drinks 2 bottles of wine most nights since the split.",
    ],
)
def test_a_named_parents_factor_counts_where_the_entry_is_about_a_parent(text: str) -> None:
    assert E.PARENTAL_FACTOR in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Stacey admits to 40 units a week, mostly cider.",
        "Lou said she gets through a bottle of wine a night.",
        "Jodie told me she has cut down to a few spliffs at weekends. Mrs Hale present.",
        "Dad says he stopped his olanzapine a month ago. Children at school.",
        "Mum on depot injection fortnightly, reports voices quieter.",
    ],
)
def test_drink_by_amount_cannabis_by_street_word_and_medicines_by_name(text: str) -> None:
    assert E.PARENTAL_FACTOR in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum is fleeing domestic abuse from her ex partner and has no address yet.",
        "Kerry told me she is fleeing domestic abuse from her ex.",
        "Mum says she is fleeing DV from her husband in Leeds.",
    ],
)
def test_fleeing_domestic_abuse_is_the_parents_history(text: str) -> None:
    found = types(text)
    assert E.PARENTAL_FACTOR in found
    assert E.DOMESTIC_ABUSE_INCIDENT not in found


@pytest.mark.parametrize(
    "text",
    [
        "Sian's Turning Point appt today went well, she says.",
        "Mum showed me her CMHT appt letter.",
        "Mum went to her first session at the drug service on Monday.",
    ],
)
def test_an_adult_services_appointment_written_short(text: str) -> None:
    assert E.ADULT_SERVICES_CONTACT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum moved this morning to a flat in Hale.",
        "Mum and the twins moved last week into a council house.",
        "Dad and children recently moved into the area from Wigan.",
    ],
)
def test_a_move_with_its_time_between(text: str) -> None:
    assert E.ADDRESS_CHANGE in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ruby says she is seeing Dan who she says is 23.",
        "Mia told the nurse her partner is older, like 21, and drives.",
        "Her boyfriend is 'older' and picks her up after school.",
        "Jess says Kai buys her phone credit and trainers.",
        "She said he buys her food and alcohol most weekends.",
    ],
)
def test_a_childs_older_boyfriend_and_what_he_pays_for(text: str) -> None:
    assert E.CSE_INDICATOR in types(text, age=14)


@pytest.mark.parametrize(
    "text",
    [
        "Supervision: no CSE work done for a month, CSE worker on leave.",
        "Barnardo's CSE session with Lacey at school, she engaged well.",
        "CSE direct work to continue weekly with the YP.",
    ],
)
def test_cse_as_a_strand_of_work_is_no_new_sign(text: str) -> None:
    assert E.CSE_INDICATOR not in types(text, age=14)


@pytest.mark.parametrize(
    "text",
    [
        "ED: 15yo M after taking approx 20 x ibuprofen at a party.",
        "YP says she swallowed around 12 x paracetamol last night.",
        "Presented having taken at least 8 x sertraline.",
    ],
)
def test_an_overdose_counted_approximately(text: str) -> None:
    assert E.SELF_HARM in types(text, age=15)


@pytest.mark.parametrize(
    "text",
    [
        "NVD 14:20, live male 3.4kg.",
        "Outcome: live female 3.1kg, Apgars 9/9.",
        "EmCS at 38/40 for fetal distress.",
        "Maternity: NVD overnight, mum and baby well.",
    ],
)
def test_a_delivery_in_maternity_shorthand_is_a_birth(text: str) -> None:
    assert E.BIRTH in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Admitted from CAU overnight with vomiting.",
        "14/12 boy admitted from the ED with a head injury.",
        "Girl admitted from the paediatric assessment unit for obs.",
    ],
)
def test_admitted_from_the_assessment_unit_or_ed(text: str) -> None:
    assert E.HOSPITAL_ADMISSION in types(text, age=1)


@pytest.mark.parametrize(
    "text",
    [
        "Paeds SpR reviewed at 20:00, no further injuries found.",
        "Consultant paed r/v on the ward this morning.",
        "Seen by paed SHO, bloods taken.",
        "Reviewed by the paed reg overnight.",
    ],
)
def test_a_paediatric_review_by_grade_or_written_short(text: str) -> None:
    assert E.PAEDIATRIC_ASSESSMENT in types(text, age=3)


@pytest.mark.parametrize(
    "text",
    [
        "X-ray shows # L humerus, mum says he fell.",
        "Spiral # of the tibia on x-ray.",
        "Left radius # confirmed.",
    ],
)
def test_a_fracture_written_as_a_hash(text: str) -> None:
    assert E.INJURY in types(text, age=1)


@pytest.mark.parametrize(
    "text",
    [
        "Bruising protocol updated and shared with nursery staff.",
        "Bruising policy displayed in the nursery office.",
        "Training on the injury protocol for new staff.",
    ],
)
def test_a_bruising_protocol_is_no_injury(text: str) -> None:
    assert E.INJURY not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dad did not turn up for supervised contact again, children upset.",
        "Mum failed to attend contact at the family centre today.",
        "Mum DNA'd contact at the family centre again.",
    ],
)
def test_a_parent_missing_contact_is_no_missed_appointment(text: str) -> None:
    assert not {E.DID_NOT_ATTEND, E.WAS_NOT_BROUGHT} & types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Safety plan agreed: Dean packed a bag and left to stay at his mum's.",
        "Dean left to stay at his brother's after the row.",
        "Mum packed her things and left on Sunday.",
        "Dad has agreed to move out until the assessment is done.",
    ],
)
def test_a_parent_packing_and_going_leaves_the_household(text: str) -> None:
    assert E.LEFT_HOUSEHOLD in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dad assessed at the police station (AMHP + 2 drs), not detained.",
        "Assessed at home by the AMHP and two doctors; informal admission agreed.",
        "AMHP with 2 doctors saw mum on the ward this afternoon.",
    ],
)
def test_the_amhp_with_two_doctors_is_an_adult_services_contact(text: str) -> None:
    assert E.ADULT_SERVICES_CONTACT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "YP told tutor she keeps thinking about killing herself.",
        "He said he had thought about ending his life last week.",
        "Told the school nurse she has been thinking of ending her life.",
    ],
)
def test_suicidal_thinking_told_with_a_verb(text: str) -> None:
    assert E.SELF_HARM in types(text, age=15)


def test_a_parents_suicidal_thinking_is_a_parental_factor() -> None:
    found = types("Dad told the GP he has been thinking about killing himself.")
    assert E.PARENTAL_FACTOR in found
    assert E.SELF_HARM not in found


# Round 14 (group A).
@pytest.mark.parametrize(
    "text",
    [
        "The triplets were late again; mum said the B&B is a long walk from the school.",
        "Clinic letter was posted to the B&B address and no reply came.",
        "Officers attended the bed and breakfast after shouting was heard from room 3.",
    ],
)
def test_a_b_and_b_named_as_where_the_family_lives_is_no_new_homelessness(text: str) -> None:
    assert E.HOMELESSNESS not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum and the two boys moved into a B&B on Friday after the eviction.",
        "Council put them in a bed and breakfast last night, one room for four.",
        "Presented as homeless today; B&B booked for the family for 7 nights.",
    ],
)
def test_a_b_and_b_beside_a_placing_or_eviction_is_homelessness(text: str) -> None:
    assert E.HOMELESSNESS in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sam attended his keyworker session at the recovery service today; UDS clear.",
        "Key worker appt at the drug service: using less since last week.",
        "Clinic script review: methadone 40ml continued.",
        "Methadone review at the recovery hub, dose unchanged.",
        "Probation induction appointment attended, licence conditions explained.",
        "Induction appt with probation today; reporting weekly from now.",
    ],
)
def test_an_adult_services_own_session_review_or_induction(text: str) -> None:
    assert E.ADULT_SERVICES_CONTACT in types(text)


# Round 15 (tuner A): classes from first contact with fourteen writers.
@pytest.mark.parametrize(
    "text",
    [
        "Client tearful at the drop-in, says she took an overdose of her tablets on Sunday.",
        "Service user told me he cut his arms last night after the court letter came.",
        "At the recovery group SU disclosed she overdosed on her prescription at the weekend.",
        "Ambulance crew: Jodie Marsh 27yrs took an overdose of sertraline, kids at nan's.",
    ],
)
def test_an_adult_services_client_self_harm_is_a_parental_factor(text: str) -> None:
    found = types(text)
    assert E.PARENTAL_FACTOR in found
    assert E.SELF_HARM not in found


def test_a_child_of_stated_age_still_owns_their_self_harm() -> None:
    found = types("Kacey 14yrs cut her arms at school today, seen by the school nurse.")
    assert E.SELF_HARM in found
    assert E.PARENTAL_FACTOR not in found


@pytest.mark.parametrize(
    "text",
    [
        "Reggie threw a chair across the hall during assembly and swore at the TA.",
        "Mum says Kian threw a bowl at his sister at teatime and stormed off.",
        "Lola threw her shoe at a classmate and was taken out of the lesson.",
    ],
)
def test_a_childs_throwing_is_no_domestic_abuse(text: str) -> None:
    assert E.DOMESTIC_ABUSE_INCIDENT not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum said her boyfriend threw a glass at her during a row on Saturday.",
        "Neighbour reported her ex-partner throwing plates in the kitchen at midnight.",
        "Dad had thrown a bottle at the wall and left before police came.",
        "She says bf threw an ashtray at her face, the children were in the room.",
    ],
)
def test_a_thing_thrown_in_an_adults_row_is_domestic_abuse(text: str) -> None:
    assert E.DOMESTIC_ABUSE_INCIDENT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tamsin (13) found at 02:00 in a parked van with two males aged approx 23-25.",
        "Stop check: driver male 29yrs, passenger Keeley (14) in her school uniform.",
        "Seen alone, Bella (14) said her boyfriend was about 21 and has his own car.",
        "Clinic nurse's screening tool flagged an older partner for Nadia (15).",
        "Courtney (13) said Jamal 'looks after her' and buys her stuff when she goes to his.",
    ],
)
def test_an_adult_with_a_child_by_age_range_or_gifts_is_a_cse_indicator(text: str) -> None:
    assert E.CSE_INDICATOR in types(text, age=14)


@pytest.mark.parametrize(
    "text",
    [
        "Placement move to a solo home out of area due to ongoing exploitation risk locally.",
        "Screened in MASH: progress to assessment under the exploitation pathway.",
        "Youth worker worried Aidan is being criminally exploited; cash found in his room.",
    ],
)
def test_exploitation_named_as_a_pathway_risk_or_criminal_is_no_cse_indicator(text: str) -> None:
    assert E.CSE_INDICATOR not in types(text, age=15)


@pytest.mark.parametrize(
    "text",
    [
        "On the visit I saw a healing cut above Ollie's right eye; mum said he fell in the park.",
        "Medical: 2cm faint purple mark R cheek, no other marks, account consistent.",
        "Teacher noticed three red lines across the back of Zac's hands at breaktime.",
        "Nursery saw a yellow mark L forearm when she took her cardigan off.",
    ],
)
def test_a_cut_or_mark_placed_by_where_it_is_or_its_colour_is_an_injury(text: str) -> None:
    assert E.INJURY in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Caller (grandad) says his 6 month old grandson has a bruise on his ear.",
        "Mum reports her 10 week old has a small burn on her hand from the radiator.",
        "Dad says his 5 week old has a red mark on his head from the car seat.",
    ],
)
def test_a_baby_named_by_age_in_months_weeks_or_days_owns_the_injury(text: str) -> None:
    assert E.INJURY in types(text)


def test_a_line_drawn_is_no_injury() -> None:
    assert E.INJURY not in types("Maths assessment: Jade drew a line across the graph correctly.")


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Abara was visited by the perinatal nurse today; sleeping better on mirtazapine.",
        "Perinatal psychiatrist saw Gemma at the children's centre, EPDS now 11.",
        "Call with the perinatal practitioner re mum's mood: she is attending weekly.",
    ],
)
def test_a_perinatal_mental_health_workers_own_contact(text: str) -> None:
    assert E.ADULT_SERVICES_CONTACT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Probation case note: Mr Lacey attended his supervision appt, tested negative.",
        "Probation: induction appt attended today, licence conditions read to him.",
        "Dad attended his reporting appt on time and says he is now working.",
    ],
)
def test_a_parents_probation_appointment_kept(text: str) -> None:
    assert E.ADULT_SERVICES_CONTACT in types(text)


def test_a_perinatal_team_named_in_passing_is_no_contact() -> None:
    found = types("Mum says she is under the perinatal team and takes sertraline.")
    assert E.ADULT_SERVICES_CONTACT not in found


@pytest.mark.parametrize(
    "text",
    [
        "Neighbour says mum was paralytic in the garden with the baby inside.",
        "Dad was off his head when he collected the boys, per the school.",
        "Mum's friend said she was legless by teatime and the kids made their own tea.",
        "Per nan, who said Leanne was 'out of it' when she dropped the twins off.",
    ],
)
def test_everyday_words_for_a_parent_drunk_or_high(text: str) -> None:
    assert E.PARENTAL_FACTOR in types(text)


def test_a_child_out_of_it_in_class_is_no_parental_factor() -> None:
    found = types("Jayden said he was out of it in maths because he had not slept.")
    assert E.PARENTAL_FACTOR not in found


# Round 20 (tuned on heldout16): each rule on phrasings written for these tests.


@pytest.mark.parametrize(
    "text",
    [
        "YOT worry that Kai is running drugs for an older group; county lines link to Hull.",
        "Found by officers at a flat in Luton with £250 cash and two phones.",
        "Strategy discussion: risk of criminal exploitation rated high.",
    ],
)
def test_signs_of_criminal_exploitation_alone_are_no_sign_of_sexual_exploitation(text: str) -> None:
    assert E.CSE_INDICATOR not in types(text, age=15)


@pytest.mark.parametrize(
    "text",
    [
        "A man she met on a gaming site asked for intimate images and threatened to share them.",
        "Victim of sextortion: he demanded £100 or he would post the photos.",
        "Messages from an adult asking her to send nudes.",
    ],
)
def test_sexual_harm_of_a_child_online_is_a_sign_of_sexual_exploitation(text: str) -> None:
    assert E.CSE_INDICATOR in types(text, age=14)


@pytest.mark.parametrize(
    "text",
    [
        "Admitted after she took about 30 of her dad's tablets.",
        "Says he swallowed a packet of paracetamol at lunchtime.",
        "Ambulance called: she had taken 'around 20' ibuprofen.",
    ],
)
def test_an_overdose_in_other_words_is_self_harm(text: str) -> None:
    assert E.SELF_HARM in types(text, age=15)


def test_the_one_told_is_not_whose_overdose_it_is() -> None:
    found = types("Came home and told her mum she had taken 16 paracetamol.", age=15)
    assert E.SELF_HARM in found and E.PARENTAL_FACTOR not in found


@pytest.mark.parametrize(
    "text",
    [
        "Located by officers at a friend's house at 02:00 and returned home.",
        "Stayed out all night again; phone off.",
        "Returned to placement by police at 04:10.",
    ],
)
def test_a_child_found_and_brought_back_is_a_missing_episode(text: str) -> None:
    assert E.MISSING_EPISODE in types(text, age=14)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("PRU: attended 3 of 10 sessions this fortnight.", True),
        ("Attended 5 of 6 sessions of the Freedom programme.", False),
    ],
)
def test_sessions_attended_are_absence_only_in_a_school(text: str, absent: bool) -> None:
    assert (E.SCHOOL_ABSENCE in types(text)) is absent


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        ("Baby girl delivered at 38 weeks, 3.1kg, both well.", True),
        ("Parenting course session delivered by the family hub.", False),
        ("Food parcel delivered at 2pm by the volunteers.", False),
    ],
)
def test_delivered_is_a_birth_only_beside_a_birth(text: str, birth: bool) -> None:
    assert (E.BIRTH in types(text)) is birth


def test_a_connected_person_foster_placement_is_looked_after() -> None:
    assert E.LOOKED_AFTER in types("Placed with an aunt under a connected person foster placement.")


# Round 21 (tuned on heldout17): each rule on phrasings written for these tests.


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Attendance review meeting with dad: Kai 81% this term, mostly Fridays.", True),
        ("Persistent absence panel. Leah (67%) - letter to parents.", True),
        ("Attendance 93% this half term, up from 84%.", False),
        ("Paediatric review: weight dropped to 78% of median.", False),
        ("Dad has the children 50% of the week.", False),
    ],
)
def test_a_percentage_is_absence_only_below_ninety_beside_attendance(
    text: str, absent: bool
) -> None:
    assert (E.SCHOOL_ABSENCE in types(text)) is absent


@pytest.mark.parametrize(
    ("text", "ehe"),
    [
        ("GP: 12yo, home educated. Seen with dad for eczema.", False),
        ("Notification from school: Mia removed from roll to be home educated.", True),
        ("EHE officer's annual review of provision for Tom: suitable.", True),
    ],
)
def test_home_education_named_as_a_childs_state_is_no_event(text: str, ehe: bool) -> None:
    assert (E.ELECTIVE_HOME_EDUCATION in types(text)) is ehe


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Previous school file chased again - not received.", E.INFORMATION_REQUEST),
        ("Mum in to see the SENCo about the EHCP.", E.OFFICE_CONTACT),
        ("Repeat prescription not collected since March; inhaler empty.", E.NEGLECT_CONCERN),
        ("MASH: family now living in Rotherham, passed to Rotherham MASH.", E.ADDRESS_CHANGE),
        ("Tel consultation with dad re Amy's rash.", E.PHONE_CONTACT),
    ],
)
def test_round_21_wordings(text: str, kind: EventType) -> None:
    assert kind in types(text)


def test_food_hoarded_by_a_child_is_behaviour_not_neglect() -> None:
    found = types("Nursery: Leo hoarding crackers in his coat pockets again.", age=3)
    assert E.NEGLECT_CONCERN not in found


# Round 22 (tuned on heldout18): each rule on phrasings written for these tests.


@pytest.mark.parametrize(
    "text",
    [
        "Mum says her partner controls the money and goes through her phone every night.",
        "Client reports her ex has started following her to the school gates.",
        "Dad says his wife takes his wages and won't let him leave with the kids.",
        "PC attended: Mr Hale arrested for breach of the NMO after calling at the house.",
    ],
)
def test_coercive_control_and_stalking_are_domestic_abuse(text: str) -> None:
    assert E.DOMESTIC_ABUSE_INCIDENT in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Housing: transfer agreed on DA grounds, Band B.",
        "DVPO granted at court today for 28 days.",
    ],
)
def test_domestic_abuse_as_a_decisions_ground_is_no_incident(text: str) -> None:
    assert E.DOMESTIC_ABUSE_INCIDENT not in types(text)


def test_an_adults_age_in_brackets_makes_the_injury_theirs() -> None:
    found = types("Tanya (34) seen in ED with bruising to her arm, says she fell.")
    assert E.INJURY not in found


def test_an_arm_twisted_by_a_parent_is_domestic_abuse() -> None:
    assert E.DOMESTIC_ABUSE_INCIDENT in types("Says dad twisted mum's arm in the kitchen.", age=9)


# Round 24 (tuned on heldout19 and heldout20): each rule on phrasings written for these tests.


@pytest.mark.parametrize(
    "text",
    [
        "GP: Kacey seen with nan (special guardian, SGO since 2021) for ear pain.",
        "Letter to aunt, who has kinship care of Ellis, about his dental recall.",
        "Grandad is Theo's SGO carer; rang to book the 2 year review.",
    ],
)
def test_a_carer_named_by_their_order_records_no_placement(text: str) -> None:
    assert E.PLACEMENT not in types(text)


def test_a_placement_made_is_still_a_placement() -> None:
    assert E.PLACEMENT in types("Alfie placed with his maternal grandmother under an SGO today.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("SENCo sent the request for an EHC needs assessment to the LA.", E.SEXUAL_HEALTH_CONTACT),
        ("EHC plan finalised, naming Oakfield School.", E.SEXUAL_HEALTH_CONTACT),
        ("CAMHS ED service: Maya seen with mum, weight stable.", E.ED_ATTENDANCE),
        ("Reviewed by the ED clinician from CAMHS in school.", E.ED_ATTENDANCE),
        ("Police youth officer gave a knife crime talk to Y8.", E.OFFENCE),
        ("Behaviour log: walked out of class twice, swore at the TA.", E.LEFT_HOUSEHOLD),
        ("ED: wheezy 6yo, inhaler not brought, dad unsure of doses.", E.WAS_NOT_BROUGHT),
        ("Managed move to Hillside agreed, 6 week trial.", E.EXCLUSION),
    ],
)
def test_round_24_words_that_are_not_the_event_they_look_like(text: str, kind: EventType) -> None:
    assert kind not in types(text)


def test_emergency_contraception_is_still_sexual_health() -> None:
    assert E.SEXUAL_HEALTH_CONTACT in types("Pharmacy: 15yo asked for EHC, says partner is 20.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Haematology clinic: Femi (9), sickle cell, two crises since May.", E.HEALTH_CONTACT),
        (
            "Asthma nurse telephone review with mum; inhaler technique talked through.",
            E.HEALTH_CONTACT,
        ),
        ("Mum admits the evening insulin doses are being omitted most days.", E.NEGLECT_CONCERN),
        ("Dad says the injections not given since Easter, Ruby 'hates them'.", E.NEGLECT_CONCERN),
        (
            "Nursery: no inhaler in school for Kai since January despite reminders.",
            E.NEGLECT_CONCERN,
        ),
        ("Nan came in for an attendance meeting with the EWO.", E.OFFICE_CONTACT),
        ("PEP review held at school with carer, DT and SW.", E.MULTI_AGENCY_MEETING),
        (
            "Annual review of the EHCP held today: mum, SENCo, EP and physio.",
            E.MULTI_AGENCY_MEETING,
        ),
        ("Year 2 girl exposed herself to a younger child in the toilets.", E.BEHAVIOUR_CONCERN),
        ("Officers attended, both parties spoken to. PPN for the baby.", E.INFORMATION_SHARED),
    ],
)
def test_round_24_wordings(text: str, kind: EventType) -> None:
    assert kind in types(text)


def test_a_notice_named_as_background_shares_nothing() -> None:
    found = types("SW visited with police after the PPN. Children seen, no marks.")
    assert E.INFORMATION_SHARED not in found


@pytest.mark.parametrize(
    "text",
    [
        "Reduced timetable agreed as an alternative to exclusion.",
        "Mum was told to remove him rather than face a permanent exclusion.",
        "Arrested on site after a fight. Permanent exclusion under consideration.",
    ],
)
def test_an_exclusion_avoided_or_weighed_is_not_recorded(text: str) -> None:
    assert E.EXCLUSION not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "15yo admitted after an overdose of sertraline. CAMHS liaison to see when medically fit.",
        "Ward: 14yo cutting her arms for weeks, fresh cuts seen. // CAMHS liaison informed.",
    ],
)
def test_the_liaison_team_told_or_still_to_see_has_not_assessed(text: str) -> None:
    assert E.SELF_HARM_RISK_ASSESSMENT not in types(text)


def test_the_liaison_team_told_is_a_sharing() -> None:
    found = types("Ward 3: cuts to both wrists seen at bath time. // CAMHS liaison aware.")
    assert E.INFORMATION_SHARED in found


def test_an_earlier_episode_with_its_year_and_outcome_is_history() -> None:
    found = types("MASH: known to CSC 2019 (NFA). Threshold met, passed to assessment team.")
    assert E.NO_FURTHER_ACTION not in found
    assert E.REFERRAL_DECISION in found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Neonatal unit: baby born 02:10. // CSC duty informed of the birth.",
            E.INFORMATION_SHARED,
        ),
        ("Police interview of stepfather, denies assault. // File to CPS.", E.INFORMATION_SHARED),
        ("RSO not at his address for a week. // Intel to CSC.", E.INFORMATION_SHARED),
        (
            "Contact session at the family centre went well. // Reported to SWs.",
            E.INFORMATION_SHARED,
        ),
        ("MASH rang the school. Shared: attendance 88%, often hungry.", E.INFORMATION_SHARED),
        ("Mum says the formula is overdiluted to make it last.", E.NEGLECT_CONCERN),
        ("Dad works nights; Leo (8) says he gets himself up for school.", E.NEGLECT_CONCERN),
        ("Dad said mum is on the psychiatric ward since Tuesday.", E.PARENTAL_FACTOR),
        ("Transition clinic: Sam (17) seen with his mum, asthma stable.", E.HEALTH_CONTACT),
    ],
)
def test_round_24_more_wordings(text: str, kind: EventType) -> None:
    assert kind in types(text)


def test_a_risk_below_the_marac_threshold_is_no_marac() -> None:
    found = types("DASH 10, below MARAC threshold. // HV informed.")
    assert E.MARAC not in found
    assert E.INFORMATION_SHARED in found


# Round 25 (tuned on heldout21): each rule on phrasings written for these tests.


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("DS supervisory review: actions set for the OIC.", E.SUPERVISION),
        ("Return visit re CFW for Sam (6), seen and well.", E.POLICE_WELFARE_CHECK),
        ("MISPER: Leah (14) not home from school, phone off.", E.MISSING_EPISODE),
        (
            "MASH: threshold for statutory intervention met, to assessment team.",
            E.REFERRAL_DECISION,
        ),
        ("Missing and exploited panel: Josh (15) discussed, risk raised.", E.MULTI_AGENCY_MEETING),
        ("Dad came to the front desk at Central station to report the threats.", E.OFFICE_CONTACT),
        ("Ward: mum left baby unattended for an hour to go to the shop.", E.NEGLECT_CONCERN),
        ("Officers found the twins (2) alone in the flat at 23:00.", E.NEGLECT_CONCERN),
        ("Birth notification sent to the HV and GP.", E.INFORMATION_SHARED),
        ("Clinic: Jade (15) came with a male (24) she says is her boyfriend.", E.CSE_INDICATOR),
        (
            "Mia (13) says she stays at Dean's, he's 22, and he gives her cigarettes.",
            E.CSE_INDICATOR,
        ),
        ("BBA at home, baby boy, paramedics attended.", E.BIRTH),
    ],
)
def test_round_25_wordings(text: str, kind: EventType) -> None:
    assert kind in types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mum was on a CP plan herself as a child.", E.CHILD_PROTECTION_PLAN),
        ("Visits supervised in line with the CP plan.", E.CHILD_PROTECTION_PLAN),
        ("PPN: officers attended a verbal row; Kerry (31/40) unhurt.", E.ANTENATAL_CONTACT),
        ("Perinatal mental health assessment at 26/40, mood stable.", E.ANTENATAL_CONTACT),
        ("Amy (15) not brought to her ANC appointment at 30/40.", E.ANTENATAL_CONTACT),
        ("GP concerned re a concealed pregnancy; referral to maternity.", E.PREGNANCY_BOOKING),
        ("Neighbour dispute over parking, words of advice given.", E.PROFESSIONAL_DISAGREEMENT),
        ("DA follow-up visit to mum; no further incidents.", E.DOMESTIC_ABUSE_INCIDENT),
        ("Baby asleep on the sofa; moved to the Moses basket.", E.ADDRESS_CHANGE),
    ],
)
def test_round_25_words_that_are_not_the_event_they_look_like(text: str, kind: EventType) -> None:
    assert kind not in types(text)


# Round 26 (tuned on heldout22): each rule on phrasings written for these tests.


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Dietetics letter: Noah (4) seen, weight on the 9th centile.", E.INFORMATION_SHARED),
        ("Letter for info from the SENCO: Amy is behind in reading.", E.INFORMATION_SHARED),
        (
            "Reply from the surgery: they will not release the records without consent.",
            E.INFORMATION_SHARING_REFUSED,
        ),
        ("MFC from 21:00, Kai (15) not back at the home.", E.MISSING_EPISODE),
        ("Dad says he has been sleeping rough since the eviction.", E.HOMELESSNESS),
        ("Placement stability meeting with SW, IRO and school.", E.MULTI_AGENCY_MEETING),
    ],
)
def test_round_26_wordings(text: str, kind: EventType) -> None:
    assert kind in types(text)
