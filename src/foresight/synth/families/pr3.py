"""PR3: a child in need for nearly two years, known to school, GP and children's social
care, and nobody has merged the chronologies (trigger); and a near miss whose merged
chronology was made eleven months before the review.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

import datetime as dt

from foresight.synth.agencies import CSC, GP
from foresight.synth.agencies import PRIMARY_SCHOOL as OAK
from foresight.synth.build import day, known_to, living_with, parents_of
from foresight.synth.spec import Entry, Family, Format, PersonSpec, RelSpec, nhs_number


def _people(
    ids: tuple[dict[str, str], dict[str, str]],
    names: tuple[str, str, str],
    born: tuple[str, str],
    serial: int,
    home: dict[str, str],
) -> tuple[PersonSpec, ...]:
    """A child (a subject) and the mother they live with, as each agency records them."""
    child, mother = ids
    return (
        *known_to(
            child,
            given_names=names[0],
            family_name=names[2],
            date_of_birth=day(born[0]),
            sex="M",
            nhs_number=nhs_number(serial),
            subject=True,
            **home,
        ),
        *known_to(
            mother,
            given_names=names[1],
            family_name=names[2],
            date_of_birth=day(born[1]),
            sex="F",
            nhs_number=nhs_number(serial + 1),
            role="mother",
            **home,
        ),
    )


def _relationships(child: str, mother: str) -> tuple[RelSpec, ...]:
    return (*parents_of("CSC", (mother,), (child,)), *living_with("CSC", mother, (child,)))


def _long_case(ids: tuple[str, str, str], start: dt.date) -> list[Entry]:
    """Two years of a child in need case: the school's worries, the GP, CSC's visits.

    ``ids`` are the child's CSC, school and GP references; dates run from ``start``.
    """
    csc, oak, gp = ids

    def on(days: int) -> dt.date:
        return start + dt.timedelta(days=days)

    return [
        Entry(
            "OAK",
            on(0),
            "education_concern",
            "Attendance 82% this term; often late and without a coat or PE kit.",
            "DSL spoke with mother, who says money is tight since she lost her job.",
            subjects=oak,
        ),
        Entry(
            "GP",
            on(21),
            "health_contact",
            "Chest infection. Mother says the flat is damp.",
            "Antibiotics. Advised to contact the landlord.",
            subjects=gp,
        ),
        Entry(
            "OAK",
            on(49),
            "referral",
            "Referral to CSC: attendance falling, no winter clothing, mother struggling.",
            "Referral form sent to the front door.",
            subjects=oak,
            to_agency="CSC",
        ),
        Entry(
            "CSC",
            on(56),
            "assessment",
            "Child and family assessment. Seen alone at school; says he worries about his "
            "mum and likes football club.",
            "Child in need: help with housing, benefits and a school uniform grant.",
            subjects=csc,
            participants=csc,
            end_date=on(84),
            child_seen="alone",
            child_views="yes",
            agencies_involved="OAK;GP",
        ),
        Entry(
            "CSC",
            on(150),
            "home_visit",
            "Visit: heating repaired; food cupboard stocked.",
            "Plan continues.",
            subjects=csc,
            child_seen="alone",
            child_views="yes",
        ),
        Entry(
            "OAK",
            on(240),
            "note",
            "Attendance up to 91%. Joined the breakfast club.",
            "",
            subjects=oak,
        ),
        Entry(
            "CSC",
            on(330),
            "home_visit",
            "Visit: mother starting a college course.",
            "Plan continues.",
            subjects=csc,
            child_seen="alone",
            child_views="yes",
        ),
        Entry("GP", on(420), "health_contact", "Asthma review: well controlled.", "", subjects=gp),
        Entry(
            "CSC",
            on(500),
            "home_visit",
            "Visit: rent arrears again after a benefit delay.",
            "Plan continues; money advice referral.",
            subjects=csc,
            child_seen="alone",
            child_views="yes",
        ),
        Entry(
            "OAK",
            on(560),
            "note",
            "Attendance 88%; tired on Mondays.",
            "DSL monitoring.",
            subjects=oak,
        ),
        Entry(
            "CSC",
            on(610),
            "home_visit",
            "Visit: arrears plan in place; home warm.",
            "Plan continues.",
            subjects=csc,
            child_seen="alone",
            child_views="yes",
        ),
    ]


# --- Trigger: Logan Ashcombe, 8 ------------------------------------------------------------

_ASHCOMBE_START = day("2021-01-11")
_ASHCOMBE_HOME = {"address": "9 Flax Yard, Northmoor", "postcode": "NM2 9UE"}

PR3_NO_MERGED_CHRONOLOGY = Family(
    name="pr3-no-merged-chronology",
    format=Format.XLSX,
    summary="A child in need case open for nearly two years, with school, GP and children's "
    "social care all recording, and no merged chronology at any point.",
    as_of=day("2022-10-14"),
    expected=frozenset({"FS-PR3"}),
    agencies=(CSC, OAK, GP),
    people=_people(
        ({"CSC": "CSC3301", "OAK": "OK6101", "GP": "G3301"}, {"CSC": "CSC3302", "GP": "G3302"}),
        ("Logan", "Kerry", "Ashcombe"),
        ("2014-04-09", "1990-10-30"),
        3301,
        _ASHCOMBE_HOME,
    ),
    entries=tuple(_long_case(("CSC3301", "OK6101", "G3301"), _ASHCOMBE_START)),
    relationships=_relationships("CSC3301", "CSC3302"),
)

# --- Near miss: Ollie Tregarth, 8; merged chronology made 11 months before the review ------

_TREGARTH_START = day("2021-01-11")
_TREGARTH_HOME = {"address": "51 Ropewalk, Northmoor", "postcode": "NM5 4HN"}
_TREGARTH_MERGED = Entry(
    "CSC",
    day("2021-11-15"),
    "merged_chronology",
    "Merged chronology of CSC, school and GP entries since January compiled for the child "
    "in need review.",
    "Shared with the team around the family; the pattern of money crises noted.",
    subjects="CSC3311",
)

PR3_NEAR_MISS = Family(
    name="pr3-near-miss",
    format=Format.CSV,
    summary="The same long child in need case, but a merged chronology of every agency's "
    "entries was made eleven months before the review.",
    as_of=day("2022-10-14"),
    expected=frozenset(),
    agencies=(CSC, OAK, GP),
    people=_people(
        ({"CSC": "CSC3311", "OAK": "OK6111", "GP": "G3311"}, {"CSC": "CSC3312", "GP": "G3312"}),
        ("Ollie", "Jade", "Tregarth"),
        ("2014-06-21", "1992-01-17"),
        3311,
        _TREGARTH_HOME,
    ),
    entries=(*_long_case(("CSC3311", "OK6111", "G3311"), _TREGARTH_START), _TREGARTH_MERGED),
    relationships=_relationships("CSC3311", "CSC3312"),
)
