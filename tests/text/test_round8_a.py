"""Round 8 (tuner a): narrower rules for health, police, household and parental types, each
tried on phrasings written for these tests (not lines of the evaluation files)."""

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
