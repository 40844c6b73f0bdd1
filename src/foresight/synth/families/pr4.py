"""PR4: a year of neglect concerns, then sexualised behaviour at school read as more of the
same (trigger); and a near miss, a bruise after a year of neglect followed by a strategy
discussion the next day.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import CSC, GP
from foresight.synth.agencies import PRIMARY_SCHOOL as OAK
from foresight.synth.build import day, known_to
from foresight.synth.spec import Entry, Family, Format, nhs_number

_HALLORAN_HOME = {"address": "52 Clover Street, Northmoor", "postcode": "NM1 7GE"}
_HALLORAN_PEOPLE = (
    *known_to(
        {"OAK": "OK6101", "GP": "G8101"},
        given_names="Mason",
        family_name="Halloran",
        date_of_birth=day("2012-02-14"),
        sex="M",
        nhs_number=nhs_number(4301),
        subject=True,
        **_HALLORAN_HOME,
    ),
    *known_to(
        {"OAK": "OK6102", "GP": "G8102"},
        given_names="Donna",
        family_name="Halloran",
        date_of_birth=day("1986-08-08"),
        sex="F",
        nhs_number=nhs_number(4302),
        role="mother",
        **_HALLORAN_HOME,
    ),
)
_HALLORAN_ENTRIES = (
    Entry(
        "OAK",
        day("2018-03-06"),
        "neglect_concern",
        "Mason (6) came in without a coat for the third day running; uniform dirty, hair "
        "matted. Says there was no breakfast.",
        "DSL spoke with mother; breakfast club offered.",
        subjects="OK6101",
    ),
    Entry(
        "OAK",
        day("2018-11-20"),
        "neglect_concern",
        "Mason's head lice untreated for weeks; tooth pain, no dentist.",
        "DSL gave mother a dental list and lice treatment.",
        subjects="OK6101",
    ),
    Entry(
        "GP",
        day("2019-04-09"),
        "neglect_concern;health_contact",
        "Mason brought by mother with dental abscess; several decayed teeth. Missed "
        "immunisations not caught up.",
        "Emergency dental referral; immunisations rebooked.",
        subjects="G8101",
        people="G8102",
    ),
    Entry(
        "OAK",
        day("2019-06-04"),
        "behaviour_concern",
        "Teaching assistant saw Mason showing sexualised behaviour towards another pupil in "
        "the toilets, and using words not expected at his age.",
        "Recorded as part of the ongoing neglect picture; mother told at pick-up.",
        subjects="OK6101",
    ),
    Entry(
        "OAK",
        day("2019-07-16"),
        "note",
        "End of year: Mason's attendance 91%.",
        "",
        subjects="OK6101",
    ),
)

PR4_NEGLECT_MASKS_HARM = Family(
    name="pr4-neglect-masks-harm",
    format=Format.CSV,
    summary="Neglect concerns over 13 months, then sexualised behaviour at school recorded as "
    "'part of the neglect picture': no assessment or strategy discussion.",
    as_of=day("2019-09-30"),
    expected=frozenset({"FS-PR4"}),
    agencies=(OAK, GP),
    people=_HALLORAN_PEOPLE,
    entries=_HALLORAN_ENTRIES,
)

_BRACKLEY_HOME = {"address": "9 Heron Walk, Northmoor", "postcode": "NM4 2TS"}
_BRACKLEY_PEOPLE = (
    *known_to(
        {"OAK": "OK6201", "GP": "G8201", "CSC": "CSC6201"},
        given_names="Ellie",
        family_name="Brackley",
        date_of_birth=day("2011-10-02"),
        sex="F",
        nhs_number=nhs_number(4311),
        subject=True,
        **_BRACKLEY_HOME,
    ),
    *known_to(
        {"OAK": "OK6202", "GP": "G8202", "CSC": "CSC6202"},
        given_names="Gemma",
        family_name="Brackley",
        date_of_birth=day("1989-12-12"),
        sex="F",
        nhs_number=nhs_number(4312),
        role="mother",
        **_BRACKLEY_HOME,
    ),
    *known_to(
        {"CSC": "CSC6203"},
        given_names="Craig",
        family_name="Dunlin",
        date_of_birth=day("1986-04-21"),
        sex="M",
        role="mother's friend",
    ),
)
_BRACKLEY_ENTRIES = (
    Entry(
        "OAK",
        day("2018-02-06"),
        "neglect_concern",
        "Ellie hungry and unwashed; asks staff for food at break.",
        "DSL spoke with mother; breakfast club place.",
        subjects="OK6201",
    ),
    Entry(
        "GP",
        day("2018-09-18"),
        "neglect_concern;health_contact",
        "Ellie seen with mother: weight fallen from the 25th to the 9th centile; untreated eczema.",
        "Dietetic advice; review in 6 weeks.",
        subjects="G8201",
        people="G8202",
    ),
    Entry(
        "OAK",
        day("2019-03-12"),
        "neglect_concern",
        "Ellie's shoes split and too small; she says the heating is off at home.",
        "Uniform exchange; mother given food bank details.",
        subjects="OK6201",
    ),
    Entry(
        "OAK",
        day("2019-05-14"),
        "injury;referral",
        "Bruise to Ellie's upper arm, the shape of fingertips. She says her mother's friend "
        "grabbed her.",
        "Referral to MASH by phone at 11:00, confirmed in writing.",
        subjects="OK6201",
        to_agency="CSC",
    ),
    Entry(
        "CSC",
        day("2019-05-15"),
        "strategy_discussion",
        "Strategy discussion with police, school and the GP: a bruise alleged to be "
        "inflicted, after more than a year of neglect concerns.",
        "Joint visit today; mother's friend not to be at the house meanwhile.",
        subjects="CSC6201",
        agencies_involved="CSC;OAK;GP",
    ),
)

PR4_NEAR_MISS = Family(
    name="pr4-near-miss",
    format=Format.XLSX,
    summary="After 13 months of neglect concerns, a fingertip bruise: referral the same day "
    "and a strategy discussion the next.",
    as_of=day("2020-01-31"),
    expected=frozenset(),
    agencies=(OAK, GP, CSC),
    people=_BRACKLEY_PEOPLE,
    entries=_BRACKLEY_ENTRIES,
)
