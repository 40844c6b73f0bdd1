"""AUD5: a 16-year-old booked early in pregnancy, and nobody refers her until 26 weeks
(trigger); and a near miss, a woman with a history of depression referred by her midwife on
the day she reaches 20 weeks.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import ADULT_MENTAL_HEALTH, CSC, GP, HOSPITAL
from foresight.synth.build import day, known_to
from foresight.synth.spec import Entry, Family, Format, PersonSpec, nhs_number

_MARSH_HOME = {"address": "11 Teasel Way, Northmoor", "postcode": "NM3 5QW"}
_MARSH_PEOPLE = (
    PersonSpec("NGH", "N990200", family_name="Marsh", role="unborn child", subject=True),
    *known_to(
        {"NGH": "N990201", "GP": "G7201", "CSC": "CSC9201"},
        given_names="Kayleigh",
        family_name="Marsh",
        date_of_birth=day("2004-09-15"),
        sex="F",
        nhs_number=nhs_number(4201),
        role="mother",
        **_MARSH_HOME,
    ),
)
_MARSH_ENTRIES = (
    Entry(
        "GP",
        day("2021-01-05"),
        "health_contact",
        "Kayleigh (16) attended with her mother: positive pregnancy test. Father of the "
        "baby is a boy at her school, she says.",
        "Referred to midwifery for booking.",
        people="G7201",
    ),
    Entry(
        "NGH",
        day("2021-01-12"),
        "pregnancy_booking",
        "Booking appointment at 11+2 weeks. Kayleigh, 16, lives with her mother and is in "
        "Year 12. Attended with her mother.",
        "Routine antenatal care; teenage pregnancy midwife informed.",
        people="N990201",
        gestation_weeks="11+2",
        author="Community midwife",
    ),
    Entry(
        "NGH",
        day("2021-03-09"),
        "antenatal_contact",
        "Antenatal check at 19+2 weeks. Growth on track. Kayleigh quiet; her mother did "
        "not attend today.",
        "",
        people="N990201",
        gestation_weeks="19+2",
        author="Teenage pregnancy midwife",
    ),
    Entry(
        "NGH",
        day("2021-04-20"),
        "antenatal_contact;referral",
        "Antenatal check at 25+2 weeks. Kayleigh says she has been staying with the baby's "
        "father's family after arguments at home.",
        "Referral to MASH: pregnant 16-year-old, unsettled living arrangements.",
        subjects="N990200",
        people="N990201",
        gestation_weeks="25+2",
        to_agency="CSC",
        author="Teenage pregnancy midwife",
    ),
    Entry(
        "CSC",
        day("2021-04-22"),
        "referral_decision",
        "Midwifery referral reviewed in MASH.",
        "Pre-birth assessment to be allocated.",
        people="CSC9201",
    ),
)

AUD5_YOUNG_MOTHER = Family(
    name="aud5-young-mother",
    format=Format.ZIP,
    summary="A 16-year-old booked at 11 weeks: the pregnancy reaches 20 weeks with no early "
    "help or referral; the midwife refers at 25 weeks.",
    as_of=day("2021-06-30"),
    expected=frozenset({"FS-AUD5"}),
    agencies=(GP, HOSPITAL, CSC),
    people=_MARSH_PEOPLE,
    entries=_MARSH_ENTRIES,
)

_OSTLER_HOME = {"address": "6 Wagtail Gardens, Northmoor", "postcode": "NM9 4AX"}
_OSTLER_PEOPLE = (
    PersonSpec("NGH", "N990300", family_name="Ostler", role="unborn child", subject=True),
    *known_to(
        {"NGH": "N990301", "GP": "G7301", "AMH": "AM-73010", "CSC": "CSC9301"},
        given_names="Bethany",
        family_name="Ostler",
        date_of_birth=day("1994-03-21"),
        sex="F",
        nhs_number=nhs_number(4211),
        role="mother",
        **_OSTLER_HOME,
    ),
)
_OSTLER_ENTRIES = (
    Entry(
        "GP",
        day("2020-06-02"),
        "parental_factor",
        "Bethany: recurrent depression, PHQ-9 18; no thoughts of harming herself.",
        "Sertraline restarted; referred to the community mental health team today.",
        people="G7301",
        factors="4B",
    ),
    Entry(
        "GP",
        day("2020-06-02"),
        "referral_to_adult_services",
        "Referral to the community mental health team: recurrent depression.",
        "Referral sent.",
        people="G7301",
        to_agency="AMH",
    ),
    Entry(
        "AMH",
        day("2020-06-16"),
        "adult_services_contact",
        "Initial assessment. Moderate depression; psychology offered.",
        "Twelve sessions of CBT.",
        people="AM-73010",
    ),
    Entry(
        "NGH",
        day("2021-02-02"),
        "pregnancy_booking",
        "Booking appointment at 9+5 weeks. Bethany tells the midwife about her depression "
        "and that she stopped sertraline when she found she was pregnant.",
        "Perinatal mental health pathway; safeguarding midwife to review.",
        people="N990301",
        gestation_weeks="9+5",
        author="Community midwife",
    ),
    Entry(
        "NGH",
        day("2021-04-15"),
        "antenatal_contact;referral",
        "Antenatal check at 20+0 weeks. Mood low again; partner working away.",
        "Referral to MASH for early help before the birth, with Bethany's agreement.",
        subjects="N990300",
        people="N990301",
        gestation_weeks="20+0",
        to_agency="CSC",
        author="Safeguarding midwife",
    ),
    Entry(
        "CSC",
        day("2021-04-16"),
        "referral_decision",
        "Midwifery referral reviewed in MASH.",
        "Early help offered; Bethany accepted.",
        people="CSC9301",
    ),
)

AUD5_NEAR_MISS = Family(
    name="aud5-near-miss",
    format=Format.CSV,
    summary="A woman with recurrent depression, booked at 9 weeks, referred for early help "
    "on the day she reaches 20 weeks.",
    as_of=day("2021-06-30"),
    expected=frozenset(),
    agencies=(GP, ADULT_MENTAL_HEALTH, HOSPITAL, CSC),
    people=_OSTLER_PEOPLE,
    entries=_OSTLER_ENTRIES,
)
