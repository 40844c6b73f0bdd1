"""A family where practice was right at every step: no check should raise anything.

An injury to a walking toddler with a proper response, a parent's mental health need with an
adult mental health contact within ten days, both children considered in the early help
assessment, and every adult identified.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import ADULT_MENTAL_HEALTH, EARLY_HELP, GP, HEALTH_VISITING
from foresight.synth.agencies import PRIMARY_SCHOOL as OAK
from foresight.synth.build import day, known_to, living_with, parents_of
from foresight.synth.spec import Entry, Family, Format, nhs_number

_HOME = {"address": "5 Orchard Rise, Northmoor", "postcode": "NM8 1PW"}
_PEOPLE = (
    *known_to(
        {"HV": "HV-I2", "GP": "G9101", "EH": "EH-301"},
        given_names="Ivy",
        family_name="Pellingham",
        date_of_birth=day("2018-01-09"),
        sex="F",
        nhs_number=nhs_number(501),
        subject=True,
        **_HOME,
    ),
    *known_to(
        {"GP": "G9102", "EH": "EH-302", "OAK": "OK5120"},
        given_names="Rosa",
        family_name="Pellingham",
        date_of_birth=day("2013-06-02"),
        sex="F",
        nhs_number=nhs_number(502),
        subject=True,
        **_HOME,
    ),
    *known_to(
        {"HV": "HV-M2", "GP": "G9103", "EH": "EH-303", "AMH": "AM-60114"},
        given_names="Hannah",
        family_name="Pellingham",
        date_of_birth=day("1989-04-27"),
        sex="F",
        nhs_number=nhs_number(503),
        role="mother",
        **_HOME,
    ),
    *known_to(
        {"HV": "HV-F2", "GP": "G9104", "EH": "EH-304"},
        given_names="Owen",
        family_name="Pellingham",
        date_of_birth=day("1987-10-15"),
        sex="M",
        nhs_number=nhs_number(504),
        role="father",
        **_HOME,
    ),
)
_RELATIONSHIPS = (
    *parents_of("EH", ("EH-303", "EH-304"), ("EH-301", "EH-302")),
    *living_with("EH", "EH-303", ("EH-301", "EH-302")),
)

_ENTRIES = (
    Entry(
        "HV",
        day("2019-01-15"),
        "health_contact",
        "12-month review at clinic. Ivy cruising round furniture; babbling; growth on the "
        "50th centile.",
        "Universal pathway.",
        subjects="HV-I2",
        people="HV-M2",
        child_seen="yes",
        mobility="cruising",
    ),
    Entry(
        "HV",
        day("2019-03-12"),
        "home_visit;injury",
        "Visit about sleep. Ivy (14 months) walking confidently and climbing on furniture. "
        "2cm bruise on the front of her right shin; mother said Ivy fell against the "
        "coffee table yesterday, and the site and pattern fit a fall at this stage of "
        "development. Ivy happy and interacting well; no other marks.",
        "Home safety advice (furniture corners, stair gate). Discussed the same day with "
        "the health visiting safeguarding lead: explanation consistent with Ivy's "
        "mobility; no referral indicated. Recorded in the red book.",
        subjects="HV-I2",
        people="HV-M2",
        child_seen="yes",
        mobility="walking",
    ),
    Entry(
        "GP",
        day("2019-04-02"),
        "parental_factor",
        "Hannah: low mood and anxiety since returning to work; PHQ-9 14, GAD-7 12. No "
        "thoughts of harming herself or the children.",
        "Referred to adult mental health (talking therapies) today. Review in 2 weeks.",
        people="G9103",
        factors="4B",
    ),
    Entry(
        "GP",
        day("2019-04-02"),
        "referral_to_adult_services",
        "Referral to talking therapies for low mood and anxiety.",
        "Referral sent.",
        people="G9103",
        to_agency="AMH",
    ),
    Entry(
        "AMH",
        day("2019-04-10"),
        "adult_services_contact",
        "Initial assessment by telephone. Mild to moderate depression with anxiety.",
        "Six sessions of CBT offered, starting 24 April.",
        people="AM-60114",
    ),
    Entry(
        "AMH",
        day("2019-04-24"),
        "adult_services_contact",
        "CBT session 1. Goals agreed: sleep, worry about work.",
        "Next session in a week.",
        people="AM-60114",
        author="Psychological wellbeing practitioner",
    ),
    Entry(
        "OAK",
        day("2019-04-30"),
        "note",
        "Rosa's attendance 97%. Some worry about moving up to Year 1; mother has asked for "
        "help with bedtimes.",
        "Signposted to early help.",
        subjects="OK5120",
        author="Class teacher",
    ),
    Entry(
        "EH",
        day("2019-05-08"),
        "early_help_assessment",
        "Early help assessment with both parents at their request: sleep routines for both "
        "girls and Rosa's worries about school. Rosa spoke about her worries; Ivy observed "
        "at play.",
        "Completed 05/06/2019. Family plan: sleep clinic, school nurse for Rosa. Closed "
        "with needs met.",
        subjects="EH-301;EH-302",
        participants="EH-301;EH-302;EH-303;EH-304",
        end_date=day("2019-06-05"),
        child_seen="yes",
        child_views="yes",
        agencies_involved="EH;HV;OAK",
    ),
    Entry(
        "HV",
        day("2019-06-11"),
        "health_contact",
        "Sleep clinic. Ivy settling herself at night now.",
        "Discharged from sleep clinic.",
        subjects="HV-I2",
        people="HV-M2",
        child_seen="yes",
        mobility="walking",
    ),
    Entry(
        "AMH",
        day("2019-06-19"),
        "adult_services_contact",
        "CBT session 6. PHQ-9 6, GAD-7 5.",
        "Discharged to GP.",
        people="AM-60114",
        author="Psychological wellbeing practitioner",
    ),
)

NO_CONCERNS = Family(
    name="no-concerns",
    format=Format.ZIP,
    summary="Practice right at every step: nothing to raise.",
    as_of=day("2019-09-30"),
    expected=frozenset(),
    agencies=(HEALTH_VISITING, GP, ADULT_MENTAL_HEALTH, OAK, EARLY_HELP),
    people=_PEOPLE,
    relationships=_RELATIONSHIPS,
    entries=_ENTRIES,
)
