"""Near misses: families where each deadline is met, but only just.

A bruised 7-month-old who only rolls (NAT2 applies by mobility, not age) is referred the same
Friday and seen by a paediatrician on the Saturday; a 15-year-old who self-harms on the
Friday before a bank holiday is risk-assessed on the Tuesday, the next working day.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import CAMHS, CSC, GP, HEALTH_VISITING, HOSPITAL
from foresight.synth.agencies import SECONDARY_SCHOOL as BVA
from foresight.synth.build import day, known_to
from foresight.synth.spec import Entry, Family, Format, nhs_number

_WREN_HOME = {"address": "2 Bracken Lane, Northmoor", "postcode": "NM5 3JS"}
_WREN_PEOPLE = (
    *known_to(
        {"HV": "HV-A3", "CSC": "CSC9930", "NGH": "N551203"},
        given_names="Arlo",
        family_name="Wren",
        date_of_birth=day("2020-03-02"),
        sex="M",
        nhs_number=nhs_number(601),
        subject=True,
        **_WREN_HOME,
    ),
    *known_to(
        {"HV": "HV-M3", "CSC": "CSC9931"},
        given_names="Saffron",
        family_name="Wren",
        date_of_birth=day("1995-01-30"),
        sex="F",
        nhs_number=nhs_number(602),
        role="mother",
        **_WREN_HOME,
    ),
    *known_to(
        {"HV": "HV-F3", "CSC": "CSC9932"},
        given_names="Niall",
        family_name="Gorrie",
        date_of_birth=day("1993-06-08"),
        sex="M",
        role="father",
        **_WREN_HOME,
    ),
)
_WREN_ENTRIES = (
    Entry(
        "HV",
        day("2020-07-14"),
        "health_contact",
        "4-month review (delayed). Arlo smiling, good head control, not yet rolling.",
        "Universal pathway.",
        subjects="HV-A3",
        people="HV-M3",
        child_seen="yes",
        mobility="not_mobile",
    ),
    Entry(
        "HV",
        day("2020-10-02"),
        "health_contact;injury;referral",
        "Seen at baby clinic. Two small bruises (5mm) to Arlo's right upper arm. Mother "
        "unsure how they happened. Arlo rolls but does not sit unaided or crawl.",
        "Referral to MASH by phone at 16:50, confirmed in writing. Mother agreed to a "
        "paediatric assessment.",
        subjects="HV-A3",
        people="HV-M3",
        time="16:30",
        child_seen="yes",
        mobility="rolling",
        to_agency="CSC",
    ),
    Entry(
        "CSC",
        day("2020-10-02"),
        "strategy_discussion",
        "Strategy discussion with police, health visitor and the on-call paediatrician.",
        "Section 47 enquiry; child protection medical tomorrow morning.",
        subjects="CSC9930",
        time="18:00",
        agencies_involved="CSC;HV;NGH",
    ),
    Entry(
        "NGH",
        day("2020-10-03"),
        "paediatric_assessment",
        "Child protection medical. Two 5mm bruises right upper arm; father now reports "
        "Arlo's arm caught in the cot bars on Thursday night. Skeletal survey normal.",
        "Findings consistent with the account given. Report to CSC.",
        subjects="N551203",
        author="Consultant paediatrician",
    ),
    Entry(
        "CSC",
        day("2020-10-03"),
        "section_47_enquiry",
        "Section 47 enquiry. Arlo seen at home with both parents; cot checked: bars "
        "spaced wide, a bumper had been removed.",
        "Completed 16/10/2020: no further action; safe sleep and cot advice given.",
        subjects="CSC9930",
        participants="CSC9930;CSC9931;CSC9932",
        end_date=day("2020-10-16"),
        child_seen="yes",
        agencies_involved="CSC;HV;NGH",
    ),
)

NAT2_NEAR_MISS = Family(
    name="nat2-near-miss",
    format=Format.CSV,
    summary="A rolling 7-month-old with bruises: referral the same day and a child "
    "protection medical the next day. Nothing to raise.",
    as_of=day("2020-12-31"),
    expected=frozenset(),
    agencies=(HEALTH_VISITING, CSC, HOSPITAL),
    people=_WREN_PEOPLE,
    entries=_WREN_ENTRIES,
)

_LINDGARTH_HOME = {"address": "19 Weir Road, Northmoor", "postcode": "NM7 6DF"}
_LINDGARTH_PEOPLE = (
    *known_to(
        {"NGH": "N660412", "CAMHS": "CM-3350", "BVA": "BV12208", "GP": "G4410"},
        given_names="Freya",
        family_name="Lindgarth",
        date_of_birth=day("2003-11-19"),
        sex="F",
        nhs_number=nhs_number(701),
        subject=True,
        **_LINDGARTH_HOME,
    ),
    *known_to(
        {"NGH": "N660413", "GP": "G4411"},
        given_names="Ingrid",
        family_name="Lindgarth",
        date_of_birth=day("1979-02-11"),
        sex="F",
        nhs_number=nhs_number(702),
        role="mother",
        **_LINDGARTH_HOME,
    ),
)
_LINDGARTH_ENTRIES = (
    Entry(
        "NGH",
        day("2019-05-03"),
        "ed_attendance;self_harm",
        "Brought by mother. Superficial cuts to both forearms; Freya says after an argument "
        "with her boyfriend. No overdose.",
        "Wounds dressed. Discharged home with mother; "
        "CAMHS referral for self-harm risk assessment.",
        subjects="N660412",
        people="N660413",
        time="20:05",
    ),
    Entry(
        "CAMHS",
        day("2019-05-07"),
        "self_harm_risk_assessment",
        "Seen the next working day after the bank holiday. Repeated cutting over 2 months, "
        "hopelessness at times; no plans to end her life.",
        "Raised risk: specialist mental health assessment booked for Friday.",
        subjects="CM-3350",
        risk_level="raised",
    ),
    Entry(
        "CAMHS",
        day("2019-05-10"),
        "mental_health_assessment",
        "Specialist assessment: low mood, no psychotic features; school and relationship stress.",
        "Weekly sessions offered; safety plan updated.",
        subjects="CM-3350",
        author="CAMHS consultant psychiatrist",
    ),
    Entry(
        "BVA",
        day("2019-05-13"),
        "note",
        "CAMHS safety plan received with Freya's consent; pastoral check-ins daily.",
        "",
        subjects="BV12208",
    ),
    Entry(
        "GP",
        day("2019-05-14"),
        "health_contact",
        "Wound review; healing. Aware of CAMHS involvement.",
        "",
        subjects="G4410",
        people="G4411",
    ),
)

SCR6_NEAR_MISS = Family(
    name="scr6-near-miss",
    format=Format.ZIP,
    summary="Self-harm at 15 on the Friday before the May bank holiday; risk assessment on "
    "the Tuesday (the next working day) and a specialist assessment that week.",
    as_of=day("2019-07-31"),
    expected=frozenset(),
    agencies=(HOSPITAL, CAMHS, BVA, GP),
    people=_LINDGARTH_PEOPLE,
    entries=_LINDGARTH_ENTRIES,
)
