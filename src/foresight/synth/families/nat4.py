"""NAT4: a child and family assessment written by children's social care alone while the
school, GP and police all knew the family (and a near miss: two other agencies contribute).

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import CSC, GP, POLICE
from foresight.synth.agencies import PRIMARY_SCHOOL as OAK
from foresight.synth.build import day, known_to
from foresight.synth.spec import Entry, Family, Format, PersonSpec, nhs_number


def _people(
    surname: str, child: str, mother: str, serial: int, code: str
) -> tuple[PersonSpec, ...]:
    """The girl and her mother, known to all four agencies."""
    home = {"address": f"{serial % 90 + 3} Larch Avenue, Northmoor", "postcode": "NM9 1HX"}
    return (
        *known_to(
            {"CSC": f"CSC{code}0", "GP": f"G{code}0", "OAK": f"OK{code}0", "POL": f"P-{code}0"},
            given_names=child,
            family_name=surname,
            date_of_birth=day("2013-09-09"),
            sex="F",
            nhs_number=nhs_number(serial),
            subject=True,
            **home,
        ),
        *known_to(
            {"CSC": f"CSC{code}1", "GP": f"G{code}1", "OAK": f"OK{code}1", "POL": f"P-{code}1"},
            given_names=mother,
            family_name=surname,
            date_of_birth=day("1990-01-15"),
            sex="F",
            nhs_number=nhs_number(serial + 1),
            role="mother",
            **home,
        ),
    )


def _entries(code: str, name: str, involved: str) -> tuple[Entry, ...]:
    """A year of worries from three agencies, then the assessment and its closure."""
    return (
        Entry(
            "OAK",
            day("2021-09-15"),
            "education_concern",
            f"{name} arriving late most days and falling asleep in class.",
            "Mother spoken to at pick-up.",
            subjects=f"OK{code}0",
        ),
        Entry(
            "GP",
            day("2021-11-02"),
            "health_contact",
            f"{name} seen with mother for headaches; mother tearful and says she is not sleeping.",
            "Eye test advised. Mother offered an appointment for herself.",
            subjects=f"G{code}0",
            people=f"G{code}1",
        ),
        Entry(
            "POL",
            day("2021-12-10"),
            "police_welfare_check",
            "Neighbour concerned about shouting late at night. Mother and child well; mother "
            "said she had been on the phone to her sister.",
            "No offences. Advice given.",
            subjects=f"P-{code}0",
            people=f"P-{code}1",
        ),
        Entry(
            "OAK",
            day("2022-01-10"),
            "referral",
            f"{name} told her teacher there is 'never any food at home'.",
            "Referral to MASH.",
            subjects=f"OK{code}0",
            to_agency="CSC",
        ),
        Entry(
            "CSC",
            day("2022-01-12"),
            "assessment",
            f"Child and family assessment of {name}. Seen alone at school; mother seen at "
            "home. Cupboards stocked on the day of the visit.",
            "Completed 18/02/2022: early help offered for routines and budgeting.",
            subjects=f"CSC{code}0",
            participants=f"CSC{code}0;CSC{code}1",
            end_date=day("2022-02-18"),
            child_seen="alone",
            child_views="yes",
            agencies_involved=involved,
        ),
        Entry(
            "CSC",
            day("2022-02-21"),
            "case_closed",
            "Assessment completed; early help offered.",
            "Closed to children's social care.",
            subjects=f"CSC{code}0",
        ),
    )


NAT4_SINGLE_AGENCY = Family(
    name="nat4-single-agency",
    format=Format.CSV,
    summary="Ruby, 8, is assessed by children's social care alone, though her school, GP and "
    "the police had all recorded worries in the year before.",
    as_of=day("2022-05-31"),
    expected=frozenset({"FS-NAT4"}),
    agencies=(CSC, GP, OAK, POLICE),
    people=_people("Lister", "Ruby", "Chloe", 8401, "71"),
    entries=_entries("71", "Ruby", "CSC"),
)

NAT4_NEAR_MISS = Family(
    name="nat4-near-miss",
    format=Format.XLSX,
    summary="Esme, 8, is assessed with what her school and GP know: two agencies besides "
    "children's social care, just enough.",
    as_of=day("2022-05-31"),
    expected=frozenset(),
    agencies=(CSC, GP, OAK, POLICE),
    people=_people("Varley", "Esme", "Holly", 8411, "72"),
    entries=_entries("72", "Esme", "CSC;OAK;GP"),
)
