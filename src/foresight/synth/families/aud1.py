"""AUD1: signs of sexual exploitation add up; the CSE screening comes weeks late (trigger),
and a near miss where it comes on the tenth working day and a high risk is acted on at once.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import CSC, GP, HOSPITAL, POLICE
from foresight.synth.agencies import SECONDARY_SCHOOL as BVA
from foresight.synth.build import day, known_to, living_with, parents_of
from foresight.synth.spec import Entry, Family, Format, nhs_number

# --- Trigger: Tia-Rose Marchbank, 14 -----------------------------------------------------

_MARCHBANK_HOME = {"address": "27 Tanner's Walk, Northmoor", "postcode": "NM3 8QB"}
_MARCHBANK_PEOPLE = (
    *known_to(
        {"POL": "PN-77310", "BVA": "BV22018", "NGH": "N730114", "CSC": "CSC7301", "GP": "G7301"},
        given_names="Tia-Rose",
        family_name="Marchbank",
        date_of_birth=day("2006-09-19"),
        sex="F",
        nhs_number=nhs_number(3101),
        subject=True,
        **_MARCHBANK_HOME,
    ),
    *known_to(
        {"POL": "PN-77311", "CSC": "CSC7302", "GP": "G7302"},
        given_names="Leanne",
        family_name="Marchbank",
        date_of_birth=day("1984-02-11"),
        sex="F",
        nhs_number=nhs_number(3102),
        role="mother",
        **_MARCHBANK_HOME,
    ),
)
_MARCHBANK_RELATIONSHIPS = (
    *parents_of("CSC", ("CSC7302",), ("CSC7301",)),
    *living_with("CSC", "CSC7302", ("CSC7301",)),
)
_MARCHBANK_ENTRIES = (
    Entry(
        "POL",
        day("2021-02-05"),
        "missing_episode",
        "Mother reported Tia-Rose missing at 22:30 after she left with friends. Found at "
        "09:10 next day at a flat in Canal Street belonging to an adult male.",
        "Returned home. Safe and well check by PCSO. Notification to CSC.",
        subjects="PN-77310",
        people="PN-77311",
    ),
    Entry(
        "CSC",
        day("2021-02-08"),
        "note",
        "Police missing notification received. Return home interview offered by the "
        "missing coordinator.",
        "Tia-Rose declined the return home interview.",
        subjects="CSC7301",
    ),
    Entry(
        "BVA",
        day("2021-02-22"),
        "school_absence",
        "Tia-Rose absent all week, no call from home. Friends say she has a new older "
        "boyfriend who collects her in a car.",
        "Attendance officer to call mother.",
        subjects="BV22018",
    ),
    Entry(
        "NGH",
        day("2021-03-10"),
        "sexual_health_contact",
        "Attended the young people's sexual health clinic alone asking for emergency "
        "contraception. Vague about her partner's age.",
        "Emergency contraception given. Clinic to share with the school nurse.",
        subjects="N730114",
        author="Sexual health nurse",
    ),
    Entry(
        "BVA",
        day("2021-03-29"),
        "note",
        "School nurse passed on the clinic's concern. DSL recorded the pattern of absence.",
        "DSL to discuss with CSC.",
        subjects="BV22018",
    ),
    Entry(
        "CSC",
        day("2021-04-14"),
        "cse_screening",
        "CSE screening tool completed with school and police after the DSL's call: missing "
        "overnight, older boyfriend with a car, absence, sexual health clinic.",
        "Medium risk. Referred to the multi-agency child exploitation panel.",
        subjects="CSC7301",
        risk_level="medium",
    ),
    Entry(
        "CSC",
        day("2021-04-28"),
        "multi_agency_meeting",
        "Child exploitation panel: police, school, sexual health and CSC. Tia-Rose's "
        "boyfriend identified as 23.",
        "Disruption plan agreed; youth worker allocated.",
        subjects="CSC7301",
        agencies_involved="POL;BVA;NGH",
    ),
)

AUD1_CSE_SIGNS = Family(
    name="aud1-cse-signs",
    format=Format.CSV,
    summary="A 14-year-old goes missing overnight, stops attending school and attends a "
    "sexual health clinic within five weeks; the CSE screening is five weeks after the "
    "third sign, not within ten working days.",
    as_of=day("2021-06-30"),
    expected=frozenset({"FS-AUD1", "FS-PR1"}),
    agencies=(POLICE, CSC, BVA, HOSPITAL, GP),
    people=_MARCHBANK_PEOPLE,
    entries=_MARCHBANK_ENTRIES,
    relationships=_MARCHBANK_RELATIONSHIPS,
)

# --- Near miss: Jodie Penhallow, 14; the Easter holidays in the ten working days ------------

_PENHALLOW_HOME = {"address": "6 Mill Race Court, Northmoor", "postcode": "NM6 2LW"}
_PENHALLOW_PEOPLE = (
    *known_to(
        {"POL": "PN-81140", "BVA": "BV30561", "CSC": "CSC8141", "GP": "G8141"},
        given_names="Jodie",
        family_name="Penhallow",
        date_of_birth=day("2007-11-02"),
        sex="F",
        nhs_number=nhs_number(3111),
        subject=True,
        **_PENHALLOW_HOME,
    ),
    *known_to(
        {"POL": "PN-81141", "CSC": "CSC8142", "GP": "G8142"},
        given_names="Carly",
        family_name="Penhallow",
        date_of_birth=day("1988-06-27"),
        sex="F",
        nhs_number=nhs_number(3112),
        role="mother",
        **_PENHALLOW_HOME,
    ),
    *known_to(
        {"POL": "PN-81150"},
        given_names="Reece",
        family_name="Tolley",
        date_of_birth=day("1998-01-14"),
        sex="M",
    ),
    *known_to(
        {"POL": "PN-81151"},
        given_names="Aaron",
        family_name="Quayle",
        date_of_birth=day("1996-09-30"),
        sex="M",
    ),
)
_PENHALLOW_RELATIONSHIPS = (
    *parents_of("CSC", ("CSC8142",), ("CSC8141",)),
    *living_with("CSC", "CSC8142", ("CSC8141",)),
)
_PENHALLOW_ENTRIES = (
    Entry(
        "BVA",
        day("2022-02-28"),
        "exclusion",
        "Fixed-term exclusion, three days, for leaving site at lunchtime with two older "
        "youths and returning under the influence of cannabis.",
        "Reintegration meeting with mother booked.",
        subjects="BV30561",
    ),
    Entry(
        "POL",
        day("2022-03-19"),
        "cse_indicator",
        "Jodie stopped in a car with two adult males at a retail park at 23:40; she gave a "
        "false name. Males not known to her mother.",
        "Taken home. Intelligence submitted; CSE indicator flagged.",
        subjects="PN-81140",
        people="PN-81150;PN-81151",
    ),
    Entry(
        "POL",
        day("2022-04-06"),
        "missing_episode",
        "Reported missing by mother overnight; found by officers in a house in Ferry Lane "
        "the next morning with the same males.",
        "Returned home. Notification to CSC with request for CSE screening.",
        subjects="PN-81140",
        people="PN-81141",
    ),
    Entry(
        "CSC",
        day("2022-04-22"),
        "cse_screening",
        "CSE screening tool with police and school: exclusion with older youths, car at "
        "night with the males police identified, missing overnight with them.",
        "High risk. Strategy discussion requested for Monday.",
        subjects="CSC8141",
        risk_level="high",
    ),
    Entry(
        "CSC",
        day("2022-04-25"),
        "strategy_discussion",
        "Strategy discussion: CSC, police, school. Jodie at high risk of sexual exploitation.",
        "Police to pursue the males; referral to the child exploitation panel; safety plan "
        "with mother.",
        subjects="CSC8141",
        participants="CSC8142",
        agencies_involved="POL;BVA",
    ),
)

AUD1_NEAR_MISS = Family(
    name="aud1-near-miss",
    format=Format.XLSX,
    summary="A 14-year-old's third sign of exploitation is a missing episode on 6 April "
    "2022; with Easter in between, the CSE screening on Friday 22 April is on the tenth "
    "working day, and its high risk brings a strategy discussion the next working day.",
    as_of=day("2022-06-30"),
    expected=frozenset(),
    agencies=(POLICE, CSC, BVA, GP),
    people=_PENHALLOW_PEOPLE,
    entries=_PENHALLOW_ENTRIES,
    relationships=_PENHALLOW_RELATIONSHIPS,
)
