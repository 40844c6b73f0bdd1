"""AUD2: a young person at high risk misses two CAMHS appointments and is discharged with no
check elsewhere (trigger), and a near miss where CAMHS asks the school on the tenth working
day, over Christmas.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import CAMHS, CSC, GP, POLICE
from foresight.synth.agencies import SECONDARY_SCHOOL as BVA
from foresight.synth.build import day, known_to, living_with, parents_of
from foresight.synth.spec import Entry, Family, Format, nhs_number

# --- Trigger: Kai Brennock, 15 -------------------------------------------------------------

_BRENNOCK_HOME = {"address": "14 Salter's Row, Northmoor", "postcode": "NM4 7RG"}
_BRENNOCK_PEOPLE = (
    *known_to(
        {"POL": "PN-90221", "CAMHS": "CM-4471", "BVA": "BV41877", "CSC": "CSC9221", "GP": "G9221"},
        given_names="Kai",
        family_name="Brennock",
        date_of_birth=day("2007-06-20"),
        sex="M",
        nhs_number=nhs_number(3201),
        subject=True,
        **_BRENNOCK_HOME,
    ),
    *known_to(
        {"POL": "PN-90222", "CSC": "CSC9222", "GP": "G9222"},
        given_names="Dawn",
        family_name="Brennock",
        date_of_birth=day("1979-03-08"),
        sex="F",
        nhs_number=nhs_number(3202),
        role="mother",
        **_BRENNOCK_HOME,
    ),
)
_BRENNOCK_RELATIONSHIPS = (
    *parents_of("CSC", ("CSC9222",), ("CSC9221",)),
    *living_with("CSC", "CSC9222", ("CSC9221",)),
)


def _brennock_entries() -> tuple[Entry, ...]:
    return (
        Entry(
            "POL",
            day("2022-09-03"),
            "missing_episode",
            "Mother reported Kai missing overnight. Found next afternoon in a stairwell in "
            "the town centre with older teenagers known for supplying cannabis.",
            "Returned home. Notification to CSC.",
            subjects="PN-90221",
            people="PN-90222",
        ),
        Entry(
            "CSC",
            day("2022-09-06"),
            "note",
            "Missing notification received. Return home interview by the missing coordinator: "
            "Kai would not say where he had been.",
            "Shared with school; CAMHS appointment already pending for low mood.",
            subjects="CSC9221",
        ),
        Entry(
            "POL",
            day("2022-10-15"),
            "missing_episode",
            "Missing for two nights. Found by officers in a flat in another town with "
            "cash and two phones.",
            "Returned home. Second missing episode in six weeks; notification to CSC.",
            subjects="PN-90221",
            people="PN-90222",
        ),
        Entry(
            "CAMHS",
            day("2022-11-02"),
            "did_not_attend",
            "Kai did not attend his first appointment for low mood.",
            "Second appointment sent.",
            subjects="CM-4471",
        ),
        Entry(
            "CAMHS",
            day("2022-11-23"),
            "did_not_attend",
            "Kai did not attend the second appointment. Mother says he refuses to come.",
            "Discharged back to the GP under the two-DNA policy; letter to GP.",
            subjects="CM-4471",
        ),
        Entry(
            "GP",
            day("2022-11-30"),
            "note",
            "CAMHS discharge letter received: two DNAs.",
            "Filed. To re-refer if mother requests.",
            subjects="G9221",
        ),
        Entry(
            "BVA",
            day("2023-01-16"),
            "note",
            "Kai attending most days; quiet in class. Form tutor checks in weekly.",
            "",
            subjects="BV41877",
        ),
    )


AUD2_NOT_ENGAGING = Family(
    name="aud2-not-engaging",
    format=Format.ZIP,
    summary="A 15-year-old missing twice in six weeks misses two CAMHS appointments in "
    "November; CAMHS discharges him to the GP with no word to the school, police or "
    "children's social care, who all know him.",
    as_of=day("2023-01-31"),
    expected=frozenset({"FS-AUD2"}),
    agencies=(POLICE, CSC, CAMHS, BVA, GP),
    people=_BRENNOCK_PEOPLE,
    entries=_brennock_entries(),
    relationships=_BRENNOCK_RELATIONSHIPS,
)

# --- Near miss: Reece Oldacre, 15; asked on the tenth working day, after Christmas ---------

_OLDACRE_HOME = {"address": "3 Cinder Hill, Northmoor", "postcode": "NM8 1PA"}
_OLDACRE_PEOPLE = (
    *known_to(
        {"CAMHS": "CM-5102", "BVA": "BV52230", "GP": "G9331"},
        given_names="Reece",
        family_name="Oldacre",
        date_of_birth=day("2007-08-14"),
        sex="M",
        nhs_number=nhs_number(3211),
        subject=True,
        **_OLDACRE_HOME,
    ),
    *known_to(
        {"CAMHS": "CM-5103", "GP": "G9332"},
        given_names="Marie",
        family_name="Oldacre",
        date_of_birth=day("1981-12-01"),
        sex="F",
        nhs_number=nhs_number(3212),
        role="mother",
        **_OLDACRE_HOME,
    ),
)
_OLDACRE_ENTRIES = (
    Entry(
        "CAMHS",
        day("2022-11-10"),
        "health_contact",
        "Initial assessment for low mood and anger. Disclosed carrying a knife 'for "
        "protection'; older peers pressuring him to carry parcels.",
        "Risk high: criminal exploitation concerns. Appointments fortnightly; CSC informed.",
        subjects="CM-5102",
        people="CM-5103",
        risk_level="high",
    ),
    Entry(
        "CAMHS",
        day("2022-11-29"),
        "did_not_attend",
        "Reece did not attend. Mother unable to get him to come.",
        "Rebooked.",
        subjects="CM-5102",
        risk_level="high",
    ),
    Entry(
        "CAMHS",
        day("2022-12-15"),
        "did_not_attend",
        "Reece did not attend again.",
        "Duty clinician to find out who else is seeing him before deciding next steps.",
        subjects="CM-5102",
        risk_level="high",
    ),
    Entry(
        "CAMHS",
        day("2023-01-03"),
        "information_request",
        "Asked Brookvale Academy whether Reece is attending and who he trusts in school.",
        "Email to the DSL.",
        event_id="CAMHS-IR1",
        subjects="CM-5102",
        to_agency="BVA",
        risk_level="high",
    ),
    Entry(
        "BVA",
        day("2023-01-05"),
        "information_shared",
        "Reply to CAMHS: attending 80%; close to the learning mentor, who could bring him.",
        "Joint appointment at school agreed for 17 January.",
        subjects="BV52230",
        to_agency="CAMHS",
        relates_to="CAMHS:CAMHS-IR1",
    ),
    Entry(
        "CAMHS",
        day("2023-01-17"),
        "health_contact",
        "Seen at school with the learning mentor. Engaged well.",
        "Fortnightly sessions at school.",
        subjects="CM-5102",
        risk_level="raised",
    ),
)

AUD2_NEAR_MISS = Family(
    name="aud2-near-miss",
    format=Format.CSV,
    summary="A 15-year-old at high risk misses two CAMHS appointments; CAMHS asks his school "
    "on Tuesday 3 January 2023, the tenth working day after the second once Christmas and "
    "New Year's bank holidays are left out.",
    as_of=day("2023-02-28"),
    expected=frozenset(),
    agencies=(CAMHS, BVA, GP),
    people=_OLDACRE_PEOPLE,
    entries=_OLDACRE_ENTRIES,
)
