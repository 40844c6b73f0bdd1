"""Round 7c (tuner c2): ignore phrases scoped to what they guard, and a midwife's home visit in
pregnancy read as an antenatal contact too. Every phrasing here is invented."""

from __future__ import annotations

import pytest

from foresight.model.vocab import EventType as E
from foresight.text import tag


@pytest.mark.parametrize(
    "text",
    [
        "New birth visit done by the health visitor, baby settled.",
        "HV completed the new birth visit today; feeding going well.",
        "Health visitor: new birth visit, day 14, weight regained.",
    ],
)
def test_a_new_birth_visit_is_a_home_visit_not_a_birth(text: str) -> None:
    types = set(tag(text).event_types)
    assert E.HOME_VISIT in types
    assert E.BIRTH not in types


@pytest.mark.parametrize(
    "text",
    [
        "15 year old girl came in asking for contraception.",
        "Drop-in: 14yo asking for emergency contraception after the weekend.",
        "Young person at the pharmacy asking for the morning after pill.",
    ],
)
def test_asking_for_contraception_is_a_sexual_health_contact(text: str) -> None:
    assert E.SEXUAL_HEALTH_CONTACT in tag(text).event_types


@pytest.mark.parametrize(
    "text",
    [
        "Concern for welfare call from the nursery; officers attended and found the children well.",
        "Welfare call from a neighbour, police attended the flat, mum and baby safe.",
        "Police: concern for welfare call re baby crying for hours, officers attended.",
    ],
)
def test_a_concern_for_welfare_call_is_a_police_welfare_check(text: str) -> None:
    assert E.POLICE_WELFARE_CHECK in tag(text).event_types


@pytest.mark.parametrize(
    "text",
    [
        "Midwife home visit at 32 weeks, BP fine, fetal movements good.",
        "Home visit by the community midwife, 28/40, mum tired but well.",
        "MW visited at home, 34+2, bag packed for hospital.",
        "Midwife saw mum at home, 30 weeks pregnant, no concerns.",
    ],
)
def test_a_midwife_home_visit_in_pregnancy_is_also_antenatal(text: str) -> None:
    types = set(tag(text).event_types)
    assert {E.HOME_VISIT, E.ANTENATAL_CONTACT} <= types


@pytest.mark.parametrize(
    "text",
    [
        "Community midwife postnatal visit at home, baby 4 days old.",
        "HV home visit at 30 weeks pregnant; midwife not yet involved.",
        "Midwife home visit, day 3 after the birth, cord clean.",
    ],
)
def test_other_home_visits_are_not_antenatal(text: str) -> None:
    types = set(tag(text).event_types)
    assert E.HOME_VISIT in types
    assert E.ANTENATAL_CONTACT not in types


@pytest.mark.parametrize(
    "text",
    [
        "Referral to MARAC sent by the HV, DASH score 18.",
        "MARAC list item 4: victim Jade Row, DASH high (16 ticks); IDVA allocated.",
        "Medium-risk DA case heard at MARAC today; actions for housing.",
    ],
)
def test_a_dash_score_or_case_category_alone_is_no_incident(text: str) -> None:
    assert E.DOMESTIC_ABUSE_INCIDENT not in tag(text).event_types


@pytest.mark.parametrize(
    "text",
    [
        "Police attended after a neighbour heard shouting; DASH standard.",
        "Mum says her partner shoved her down the stairs. DASH completed: high.",
        "Officers called to the flat at 02:00, couple arguing. DASH medium.",
    ],
)
def test_a_dash_score_beside_the_incident_still_counts(text: str) -> None:
    assert E.DOMESTIC_ABUSE_INCIDENT in tag(text).event_types


@pytest.mark.parametrize(
    "text",
    [
        "Uncle presented at the housing office with the three children after the fire.",
        "Mum came into the housing office to ask about rent arrears.",
        "Young person presented at reception at the civic centre, nowhere to stay.",
    ],
)
def test_a_visit_to_the_housing_office_is_an_office_contact(text: str) -> None:
    assert E.OFFICE_CONTACT in tag(text).event_types


@pytest.mark.parametrize(
    "text",
    [
        "Emailed the nursery for any concerns for the C&F assessment.",
        "Letter to dentist: purpose: C&F assessment. Reply awaited.",
        "Chronology notes three previous C&F assessments, all closed.",
    ],
)
def test_an_assessment_named_as_purpose_or_past_is_none(text: str) -> None:
    assert E.ASSESSMENT not in tag(text).event_types


@pytest.mark.parametrize(
    "text",
    [
        "Family support session at home. TAF meeting booked for next Tuesday.",
        "EHA signed by dad // TAF mtg booked 12/6",
        "Early help plan drafted; TAF meeting date to be agreed with school.",
    ],
)
def test_a_taf_meeting_still_to_come_is_no_meeting(text: str) -> None:
    assert E.MULTI_AGENCY_MEETING not in tag(text).event_types


@pytest.mark.parametrize(
    "text",
    [
        "15yo says her bf is 23 and collects her from school.",
        "YP (14) staying weekends with a 'friend' aged 24 she met online.",
        "13yo girl says her boyfriend is 'a bit older' and has a car.",
        "She came home saying she had been with 'her cousin' aged 21.",
    ],
)
def test_a_young_persons_adult_friend_is_a_cse_indicator(text: str) -> None:
    assert E.CSE_INDICATOR in tag(text).event_types


@pytest.mark.parametrize(
    "text",
    [
        "PPN: officers were called at 03:20 to the flat after screaming was heard.",
        "Police called at 22:05 by a neighbour about a baby left alone.",
        "Ambulance was called at 18:40 after the toddler fell down the stairs.",
    ],
)
def test_being_called_at_a_time_is_no_home_visit(text: str) -> None:
    assert E.HOME_VISIT not in tag(text).event_types


def test_a_practitioner_calling_at_the_house_is_still_a_home_visit() -> None:
    assert E.HOME_VISIT in tag("HV called at the house; baby asleep, mum well.").event_types
