"""NAT1: a baby born to a mother who had no antenatal care, with no referral for a month
(trigger); and a near miss, a pregnancy booked at 23 weeks and referred on the tenth working
day.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import CSC, GP, HEALTH_VISITING, HOSPITAL
from foresight.synth.build import day, known_to
from foresight.synth.spec import Entry, Family, Format, PersonSpec, nhs_number

_KESTON_HOME = {"address": "3 Fieldfare Court, Northmoor", "postcode": "NM2 8LB"}
_KESTON_PEOPLE = (
    *known_to(
        {"NGH": "N770101", "HV": "HV-K1", "GP": "G5501"},
        given_names="Ruby",
        family_name="Keston",
        date_of_birth=day("2021-02-12"),
        sex="F",
        nhs_number=nhs_number(4101),
        subject=True,
        **_KESTON_HOME,
    ),
    *known_to(
        {"NGH": "N770102", "HV": "HV-K2", "GP": "G5502", "CSC": "CSC7701"},
        given_names="Chloe",
        family_name="Keston",
        date_of_birth=day("1998-07-30"),
        sex="F",
        nhs_number=nhs_number(4102),
        role="mother",
        **_KESTON_HOME,
    ),
)
_KESTON_ENTRIES = (
    Entry(
        "GP",
        day("2020-08-18"),
        "health_contact",
        "Chloe: sore throat for 3 days. No other problems mentioned.",
        "Advice given; no antibiotics.",
        people="G5502",
    ),
    Entry(
        "NGH",
        day("2021-02-12"),
        "ed_attendance;birth",
        "Chloe presented to the emergency department in established labour; no booking or "
        "antenatal care anywhere. She says she did not know she was pregnant. Baby girl, "
        "Ruby, born at 02:40, estimated 38 weeks, 2.9kg.",
        "Midwife follow-up at home. Discharged day 2.",
        subjects="N770101",
        people="N770102",
        author="Midwife",
    ),
    Entry(
        "HV",
        day("2021-02-24"),
        "home_visit",
        "New birth visit. Ruby feeding well. Chloe living alone, little baby equipment; "
        "says her family do not know about the baby.",
        "Universal partnership plus: weekly visits.",
        subjects="HV-K1",
        people="HV-K2",
        child_seen="yes",
        mobility="not_mobile",
    ),
    Entry(
        "HV",
        day("2021-03-15"),
        "referral",
        "Referral to MASH: concealed pregnancy, no antenatal care, mother isolated.",
        "Referral form sent.",
        subjects="HV-K1",
        to_agency="CSC",
    ),
    Entry(
        "CSC",
        day("2021-03-16"),
        "referral_decision",
        "Health visitor's referral reviewed in MASH.",
        "Early help offered; mother accepted.",
        people="CSC7701",
    ),
)

NAT1_CONCEALED_PREGNANCY = Family(
    name="nat1-concealed-pregnancy",
    format=Format.CSV,
    summary="A baby born to a mother with no antenatal care at all; the first referral comes "
    "a month after the birth.",
    as_of=day("2021-06-30"),
    expected=frozenset({"FS-NAT1"}),
    agencies=(GP, HOSPITAL, HEALTH_VISITING, CSC),
    people=_KESTON_PEOPLE,
    entries=_KESTON_ENTRIES,
)

_ASHDOWN_HOME = {"address": "27 Sedge Row, Northmoor", "postcode": "NM6 2HT"}
_ASHDOWN_PEOPLE = (
    # The unborn child: a subject with no name or date of birth yet.
    PersonSpec("NGH", "N880100", family_name="Ashdown", role="unborn child", subject=True),
    PersonSpec("CSC", "CSC8800", family_name="Ashdown", role="unborn child", subject=True),
    *known_to(
        {"NGH": "N880101", "GP": "G6601", "CSC": "CSC8801"},
        given_names="Leah",
        family_name="Ashdown",
        date_of_birth=day("1996-11-04"),
        sex="F",
        nhs_number=nhs_number(4111),
        role="mother",
        **_ASHDOWN_HOME,
    ),
)
_ASHDOWN_ENTRIES = (
    Entry(
        "NGH",
        day("2021-04-06"),
        "pregnancy_booking",
        "Booking appointment at 23+2 weeks: Leah says she only recently realised she was "
        "pregnant. First pregnancy; she lives alone.",
        "Late booking: discussed with the safeguarding midwife; referral to MASH to follow.",
        people="N880101",
        gestation_weeks="23+2",
        author="Community midwife",
    ),
    Entry(
        "NGH",
        day("2021-04-20"),
        "referral",
        "Referral to MASH: late booking at 23 weeks, reasons unclear.",
        "Referral form sent.",
        subjects="N880100",
        people="N880101",
        to_agency="CSC",
        author="Safeguarding midwife",
    ),
    Entry(
        "CSC",
        day("2021-04-21"),
        "referral_decision",
        "Midwifery referral reviewed in MASH: Leah has support from her sister and had not "
        "known she was pregnant.",
        "Early help offered; information to the midwife.",
        subjects="CSC8800",
        people="CSC8801",
    ),
    Entry(
        "NGH",
        day("2021-05-18"),
        "antenatal_contact",
        "Antenatal check at 29+2 weeks. Growth on track; Leah's sister attended.",
        "",
        people="N880101",
        gestation_weeks="29+2",
        author="Community midwife",
    ),
)

NAT1_NEAR_MISS = Family(
    name="nat1-near-miss",
    format=Format.XLSX,
    summary="A pregnancy booked at 23 weeks, on the Tuesday after Easter Monday; the midwife "
    "refers to children's social care on the tenth working day.",
    as_of=day("2021-06-30"),
    expected=frozenset(),
    agencies=(HOSPITAL, GP, CSC),
    people=_ASHDOWN_PEOPLE,
    entries=_ASHDOWN_ENTRIES,
)
