"""SCR4: a child and family assessment of one child; his half-brother is never considered.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import CSC, GP
from foresight.synth.agencies import PRIMARY_SCHOOL as OAK
from foresight.synth.build import day, known_to, living_with, parents_of
from foresight.synth.spec import Entry, Family, Format, RelSpec, nhs_number

_HOME = {"address": "8 Tansy Close, Northmoor", "postcode": "NM3 9RA"}
_PEOPLE = (
    *known_to(
        {"CSC": "CSC8810", "OAK": "OK3107", "GP": "G6610"},
        given_names="Tyler",
        family_name="Moxley",
        date_of_birth=day("2011-04-11"),
        sex="M",
        nhs_number=nhs_number(301),
        subject=True,
        **_HOME,
    ),
    *known_to(
        {"CSC": "CSC8811", "GP": "G6611"},
        given_names="Leanne",
        family_name="Moxley",
        date_of_birth=day("1990-08-05"),
        sex="F",
        nhs_number=nhs_number(302),
        role="mother",
        **_HOME,
    ),
    *known_to(
        {"CSC": "CSC8812", "GP": "G6612"},
        given_names="Kai",
        family_name="Bramall",
        date_of_birth=day("2016-01-30"),
        sex="M",
        nhs_number=nhs_number(303),
        role="half-brother",
        **_HOME,
    ),
    *known_to(
        {"CSC": "CSC8813"},
        given_names="Jason",
        family_name="Bramall",
        date_of_birth=day("1988-05-19"),
        sex="M",
        role="mother's partner",
        **_HOME,
    ),
)
_RELATIONSHIPS = (
    *parents_of("CSC", ("CSC8811",), ("CSC8810", "CSC8812")),
    *parents_of("CSC", ("CSC8813",), ("CSC8812",)),
    RelSpec("CSC", "CSC8813", "partner", "CSC8811", start=day("2015-03-01")),
    *living_with("CSC", "CSC8811", ("CSC8810",)),
    *living_with("CSC", "CSC8811", ("CSC8812",), since=day("2016-01-30")),
)

_ENTRIES = (
    Entry(
        "OAK",
        day("2019-09-30"),
        "behaviour_concern",
        "Lunchtime supervisor found Tyler hiding bread rolls in his bag. He said there is "
        "'no food at home sometimes'. Uniform unwashed; often tired in class.",
        "DSL spoke with Tyler; referral to MASH to follow.",
        subjects="OK3107",
    ),
    Entry(
        "OAK",
        day("2019-10-02"),
        "referral",
        "Referral: Tyler (8) food-seeking, unwashed uniform, tired; mother hard to contact.",
        "Referral form sent to MASH.",
        subjects="OK3107",
        to_agency="CSC",
    ),
    Entry(
        "CSC",
        day("2019-10-03"),
        "referral_decision",
        "School referral reviewed in MASH: threshold met for a child and family assessment "
        "of Tyler.",
        "Allocated to a social worker.",
        subjects="CSC8810",
    ),
    Entry(
        "CSC",
        day("2019-10-07"),
        "assessment",
        "Child and family assessment of Tyler started. Information sought from school and GP.",
        "Completed 15/11/2019: Tyler's needs can be met by universal services with a "
        "school support plan; mother accepted help with the food bank and budgeting. "
        "Case to close.",
        subjects="CSC8810",
        participants="CSC8810;CSC8811",
        end_date=day("2019-11-15"),
        child_seen="alone",
        child_views="yes",
        agencies_involved="CSC;OAK;GP",
    ),
    Entry(
        "CSC",
        day("2019-10-10"),
        "home_visit",
        "Home visit. Tyler seen alone in his bedroom; said he gets hungry 'when mum runs "
        "out of money'. Adequate food in the cupboards today. Younger brother Kai at "
        "nursery; mother's partner Jason at work.",
        "Food bank voucher given. Budgeting support to be offered.",
        subjects="CSC8810",
        participants="CSC8810;CSC8811",
        child_seen="alone",
        child_views="yes",
    ),
    Entry(
        "GP",
        day("2019-10-15"),
        "information_shared",
        "GP information for CSC assessment: Tyler up to date with immunisations; no "
        "concerns recorded.",
        "",
        subjects="G6610",
        to_agency="CSC",
    ),
    Entry(
        "OAK",
        day("2019-10-21"),
        "note",
        "Breakfast club place started for Tyler.",
        "",
        subjects="OK3107",
        author="Family liaison officer",
    ),
    Entry(
        "GP",
        day("2019-10-22"),
        "health_contact",
        "Kai (3) seen with mother: cough for a week. Mother says he is a 'fussy eater'. "
        "Weight on the 2nd centile, previously 25th.",
        "Safety-netting advice. Weight review in 4 weeks.",
        subjects="G6612",
        people="G6611",
    ),
    Entry(
        "GP",
        day("2019-11-19"),
        "was_not_brought",
        "Kai not brought to weight review.",
        "Letter to mother to rebook.",
        subjects="G6612",
        author="Practice nurse",
    ),
    Entry(
        "CSC",
        day("2019-11-20"),
        "case_closed",
        "Assessment completed; case closed to children's social care.",
        "Closed with a school support plan.",
        subjects="CSC8810",
    ),
    Entry(
        "OAK",
        day("2020-01-14"),
        "note",
        "Tyler attending breakfast club daily; no further food-seeking seen.",
        "",
        subjects="OK3107",
    ),
)

SCR4_SIBLING_NOT_ASSESSED = Family(
    name="scr4-sibling-not-assessed",
    format=Format.XLSX,
    summary="A child and family assessment of Tyler; his 3-year-old half-brother Kai, who "
    "lives in the same home, is never considered.",
    as_of=day("2020-03-31"),
    expected=frozenset({"FS-SCR4", "FS-SCR3"}),
    agencies=(OAK, CSC, GP),
    people=_PEOPLE,
    relationships=_RELATIONSHIPS,
    entries=_ENTRIES,
)
