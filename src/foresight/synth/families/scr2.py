"""SCR2: police called to domestic abuse; the child's school never hears of it (and a near
miss: a nursery told on the next working day).

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import CSC, POLICE
from foresight.synth.agencies import PRIMARY_SCHOOL as OAK
from foresight.synth.build import day, known_to
from foresight.synth.spec import AgencySpec, DateStyle, Entry, Family, Format, nhs_number

NURSERY = AgencySpec(
    "LBN",
    "Little Beacons Nursery",
    "early_years",
    date_style=DateStyle.BRITISH,
    id_prefix="LBN-",
    source="Nursery safeguarding log",
    author="Nursery manager",
)

_HALLAM_HOME = {"address": "9 Sorrel Row, Northmoor", "postcode": "NM3 8TF"}
_HALLAM_PEOPLE = (
    *known_to(
        {"POL": "P-411020", "CSC": "CSC6620", "OAK": "OK3310"},
        given_names="Poppy",
        family_name="Hallam",
        date_of_birth=day("2015-10-04"),
        sex="F",
        nhs_number=nhs_number(8201),
        subject=True,
        **_HALLAM_HOME,
    ),
    *known_to(
        {"POL": "P-411021", "CSC": "CSC6621", "OAK": "OK3311"},
        given_names="Gemma",
        family_name="Hallam",
        date_of_birth=day("1991-02-17"),
        sex="F",
        nhs_number=nhs_number(8202),
        role="mother",
        **_HALLAM_HOME,
    ),
    *known_to(
        {"POL": "P-411022", "CSC": "CSC6622"},
        given_names="Gary",
        family_name="Whitlow",
        date_of_birth=day("1988-07-30"),
        sex="M",
        nhs_number=nhs_number(8203),
        role="mother's partner",
        **_HALLAM_HOME,
    ),
)
_HALLAM_ENTRIES = (
    Entry(
        "OAK",
        day("2023-01-09"),
        "note",
        "Poppy back after the Christmas holiday; cheerful, attendance good.",
        "",
        subjects="OK3310",
        author="Class teacher",
    ),
    Entry(
        "POL",
        day("2023-03-10"),
        "domestic_abuse_incident",
        "Call from Gemma Hallam: partner Gary Whitlow shouting and throwing plates in the "
        "kitchen. Gary left before officers arrived. Poppy awake on the landing, crying.",
        "DASH: medium. Words of advice. Child notification to CSC.",
        subjects="P-411020",
        people="P-411021;P-411022",
        time="23:15",
    ),
    Entry(
        "POL",
        day("2023-03-11"),
        "referral",
        "Child notification for the domestic incident of 10/03/2023: Poppy present.",
        "Sent to MASH.",
        subjects="P-411020",
        to_agency="CSC",
        author="Public protection unit",
    ),
    Entry(
        "CSC",
        day("2023-03-13"),
        "referral_decision;no_further_action",
        "Police notification reviewed. Mother says Gary has gone to his brother's for a while.",
        "No further action for CSC. Advice line details sent to mother.",
        subjects="CSC6620",
        people="CSC6621;CSC6622",
        author="MASH team manager",
    ),
    Entry(
        "OAK",
        day("2023-03-21"),
        "note",
        "Poppy tired and tearful this week. Mother mentioned at pick-up that 'the police "
        "came round last week'; school had not been told.",
        "DSL to keep a closer eye on Poppy.",
        subjects="OK3310",
    ),
)

SCR2_NOT_SHARED = Family(
    name="scr2-not-shared",
    format=Format.CSV,
    summary="Police attend domestic abuse with Poppy, 7, at home; they notify children's "
    "social care but nobody tells her school, which hears of it from her mother 11 days later.",
    as_of=day("2023-06-30"),
    expected=frozenset({"FS-SCR2"}),
    agencies=(POLICE, CSC, OAK),
    people=_HALLAM_PEOPLE,
    entries=_HALLAM_ENTRIES,
)

_OKORO_HOME = {"address": "41 Quarry Bank, Northmoor", "postcode": "NM2 6PH"}
_OKORO_PEOPLE = (
    *known_to(
        {"POL": "P-520310", "CSC": "CSC6630", "LBN": "LB-88"},
        given_names="Tobi",
        family_name="Okoro",
        date_of_birth=day("2020-05-21"),
        sex="M",
        nhs_number=nhs_number(8211),
        subject=True,
        **_OKORO_HOME,
    ),
    *known_to(
        {"POL": "P-520311", "CSC": "CSC6631", "LBN": "LB-89"},
        given_names="Adaeze",
        family_name="Okoro",
        date_of_birth=day("1994-09-12"),
        sex="F",
        nhs_number=nhs_number(8212),
        role="mother",
        **_OKORO_HOME,
    ),
    *known_to(
        {"POL": "P-520312", "CSC": "CSC6632"},
        given_names="Ryan",
        family_name="Birtles",
        date_of_birth=day("1990-01-08"),
        sex="M",
        nhs_number=nhs_number(8213),
        role="mother's boyfriend",
        **_OKORO_HOME,
    ),
)
_OKORO_ENTRIES = (
    Entry(
        "LBN",
        day("2023-04-17"),
        "note",
        "Tobi started three mornings a week. Settling well.",
        "",
        subjects="LB-88",
    ),
    Entry(
        "POL",
        day("2023-05-26"),
        "domestic_abuse_incident",
        "Neighbour reported a man shouting. Ryan Birtles had pushed Adaeze against a door; "
        "Tobi asleep in his cot. Ryan arrested and later released on bail.",
        "DASH: medium. Child notification to CSC; nursery to be told (Operation Encompass).",
        subjects="P-520310",
        people="P-520311;P-520312",
        time="22:40",
    ),
    Entry(
        "POL",
        day("2023-05-30"),
        "information_shared",
        "Operation Encompass: the domestic incident of Friday 26/05/2023 (Monday 29th was "
        "the bank holiday) shared with MASH and with Tobi's nursery before 9am.",
        "Shared by secure email.",
        subjects="P-520310",
        to_agency="CSC;LBN",
        author="Public protection unit",
    ),
    Entry(
        "LBN",
        day("2023-05-30"),
        "note",
        "Operation Encompass notification received. Tobi's key worker told; Tobi calm today.",
        "Key worker to note any change in Tobi's play or sleep.",
        subjects="LB-88",
    ),
    Entry(
        "CSC",
        day("2023-05-31"),
        "referral_decision;no_further_action",
        "Police notification reviewed: bail conditions keep Ryan away from the address; "
        "mother working with the domestic abuse service.",
        "No further action for CSC; nursery and domestic abuse service support continue.",
        subjects="CSC6630",
        people="CSC6631;CSC6632",
        author="MASH team manager",
    ),
)

SCR2_NEAR_MISS = Family(
    name="scr2-near-miss",
    format=Format.XLSX,
    summary="Domestic abuse on the Friday before a bank holiday: the police tell children's "
    "social care and Tobi's nursery first thing on the Tuesday, the next working day.",
    as_of=day("2023-08-31"),
    expected=frozenset(),
    agencies=(POLICE, CSC, NURSERY),
    people=_OKORO_PEOPLE,
    entries=_OKORO_ENTRIES,
)
