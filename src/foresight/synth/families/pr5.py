"""PR5: the mother's mental health and drug use recorded; adult services not involved in time.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import ADULT_MENTAL_HEALTH, CSC, GP
from foresight.synth.agencies import PRIMARY_SCHOOL as OAK
from foresight.synth.build import day, known_to, living_with, parents_of
from foresight.synth.spec import Entry, Family, Format, nhs_number

_HOME = {"address": "41 Harrow Street, Northmoor", "postcode": "NM1 4TE"}
_PEOPLE = (
    *known_to(
        {"CSC": "CSC9021", "OAK": "OK4410", "GP": "G8021"},
        given_names="Harley",
        family_name="Dunmore",
        date_of_birth=day("2012-05-17"),
        sex="M",
        nhs_number=nhs_number(401),
        subject=True,
        **_HOME,
    ),
    *known_to(
        {"CSC": "CSC9022", "GP": "G8022", "AMH": "AM-55017"},
        given_names="Nicola",
        family_name="Dunmore",
        date_of_birth=day("1987-11-23"),
        sex="F",
        nhs_number=nhs_number(402),
        role="mother",
        **_HOME,
    ),
)
_RELATIONSHIPS = (
    *parents_of("CSC", ("CSC9022",), ("CSC9021",)),
    *living_with("CSC", "CSC9022", ("CSC9021",)),
)

_ENTRIES = (
    Entry(
        "OAK",
        day("2020-01-14"),
        "education_concern",
        "Harley late 14 times this term; says mum 'stays in bed'. Uniform unwashed and "
        "he is hungry at morning break.",
        "DSL met mother, who was tearful and said she is 'not coping'.",
        subjects="OK4410",
    ),
    Entry(
        "OAK",
        day("2020-01-15"),
        "referral",
        "Referral to MASH: lateness, hunger, mother says she is not coping.",
        "Referral form sent.",
        subjects="OK4410",
        to_agency="CSC",
    ),
    Entry(
        "CSC",
        day("2020-01-16"),
        "referral_decision",
        "School referral reviewed: visit to understand the family's needs.",
        "Allocated for a home visit.",
        subjects="CSC9021",
    ),
    Entry(
        "CSC",
        day("2020-01-21"),
        "home_visit",
        "Home visit. Harley seen in the living room and spoke about school. Home cluttered, "
        "little food in. Mother tearful.",
        "Food bank voucher given.",
        subjects="CSC9021",
        participants="CSC9021;CSC9022",
        child_seen="yes",
        child_views="yes",
    ),
    Entry(
        "CSC",
        day("2020-01-21"),
        "parental_factor",
        "Mother said she has felt low 'for months' and uses cannabis most days and heroin "
        "at weekends 'to cope'. She is not open to any service.",
        "Mother advised to see her GP.",
        people="CSC9022",
        factors="2B;4B",
    ),
    Entry(
        "GP",
        day("2020-01-28"),
        "parental_factor",
        "Nicola: low mood, poor sleep, PHQ-9 19. Discloses daily cannabis use. No thoughts "
        "of harming herself or Harley.",
        "Sertraline 50mg started. Review in 4 weeks.",
        people="G8022",
        factors="4B;2B",
    ),
    Entry(
        "CSC",
        day("2020-02-04"),
        "multi_agency_meeting",
        "Team around the family meeting with school and CSC; GP report received.",
        "Plan: breakfast club, food bank, mother to keep in touch with her GP.",
        subjects="CSC9021",
        participants="CSC9022",
        agencies_involved="CSC;OAK;GP",
    ),
    Entry(
        "OAK",
        day("2020-02-25"),
        "note",
        "Harley's punctuality improving since starting breakfast club.",
        "",
        subjects="OK4410",
    ),
    Entry(
        "GP",
        day("2020-02-25"),
        "health_contact",
        "Medication review: mood unchanged. Declined referral to mental health services today.",
        "Continue sertraline; review in 3 weeks.",
        people="G8022",
    ),
    Entry(
        "GP",
        day("2020-03-16"),
        "referral_to_adult_services",
        "Referral to the community mental health team: low mood not improving, "
        "cannabis and heroin use.",
        "Referral sent.",
        people="G8022",
        to_agency="AMH",
    ),
    Entry(
        "AMH",
        day("2020-03-30"),
        "adult_services_contact",
        "Initial assessment by telephone. Moderate depression; drug use discussed.",
        "Offered psychology and a referral to the drug and alcohol service.",
        people="AM-55017",
    ),
)

PR5_PARENTAL_NEEDS = Family(
    name="pr5-parental-needs",
    format=Format.CSV,
    summary="The mother's low mood (4B) and drug use (2B) are recorded by CSC and the GP; "
    "adult services first hear of her two months later.",
    as_of=day("2020-06-30"),
    expected=frozenset({"FS-PR5"}),
    agencies=(OAK, CSC, GP, ADULT_MENTAL_HEALTH),
    people=_PEOPLE,
    relationships=_RELATIONSHIPS,
    entries=_ENTRIES,
)
