"""PR2: a 9-year-old takes food from other children's lunch boxes and hoards it in his tray;
school records it as behaviour twice and nobody asks him what it means. In the near miss the
learning mentor sees him alone and listens.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

from foresight.synth.agencies import GP
from foresight.synth.agencies import PRIMARY_SCHOOL as OAK
from foresight.synth.build import day, known_to
from foresight.synth.spec import Entry, Family, Format, PersonSpec, nhs_number


def _people(serial: int, given: str, family_name: str) -> tuple[PersonSpec, ...]:
    home = {"address": f"Flat {serial % 30 + 2}, Mill House, Northmoor", "postcode": "NM1 5RB"}
    return (
        *known_to(
            {"OAK": f"OAK{serial}", "GP": f"G{serial}"},
            given_names=given,
            family_name=family_name,
            date_of_birth=day("2011-09-23"),
            sex="M",
            nhs_number=nhs_number(serial),
            subject=True,
            **home,
        ),
        *known_to(
            {"OAK": f"OAK{serial + 1}", "GP": f"G{serial + 1}"},
            given_names="Stacey",
            family_name=family_name,
            date_of_birth=day("1990-05-27"),
            sex="F",
            nhs_number=nhs_number(serial + 1),
            role="mother",
            **home,
        ),
    )


def _entries(serial: int, name: str, heard: tuple[Entry, ...]) -> tuple[Entry, ...]:
    child = f"OAK{serial}"
    return (
        Entry(
            "GP",
            day("2020-11-10"),
            "health_contact",
            f"Asthma review with mother; {name} quiet, let his mother answer.",
            "Inhaler technique checked.",
            subjects=f"G{serial}",
            people=f"G{serial + 1}",
            child_seen="yes",
            child_views="no",
        ),
        Entry(
            "OAK",
            day("2021-01-18"),
            "behaviour_concern",
            f"{name} took food from other children's lunch boxes at break.",
            "Lost golden time; mother informed.",
            subjects=child,
        ),
        Entry(
            "OAK",
            day("2021-03-08"),
            "education_concern",
            f"{name} found hoarding bread rolls in his tray; withdrawn in class all week.",
            "Behaviour plan reviewed with the class teacher.",
            subjects=child,
        ),
        *heard,
    )


PR2_BEHAVIOUR_UNHEARD = Family(
    name="pr2-behaviour-unheard",
    format=Format.CSV,
    summary="Food-taking and hoarding recorded as misbehaviour twice in seven weeks; nobody "
    "sees the boy alone or refers.",
    as_of=day("2021-05-28"),
    expected=frozenset({"FS-PR2"}),
    agencies=(OAK, GP),
    people=_people(8901, "Kai", "Rendle"),
    entries=_entries(8901, "Kai", ()),
)

PR2_NEAR_MISS = Family(
    name="pr2-near-miss",
    format=Format.XLSX,
    summary="The same behaviour; the learning mentor sees the boy alone on the last day of "
    "the deadline and records what he says. Nothing to raise.",
    as_of=day("2021-05-28"),
    expected=frozenset(),
    agencies=(OAK, GP),
    people=_people(8911, "Finn", "Ashby"),
    entries=_entries(
        8911,
        "Finn",
        (
            Entry(
                "OAK",
                day("2021-04-07"),
                "note",
                "Learning mentor saw Finn alone: he says there is often no tea at home and he "
                "keeps food for his little sister.",
                "Mentor sessions weekly; school to discuss with the designated safeguarding lead.",
                subjects="OAK8911",
                child_seen="alone",
                child_views="yes",
            ),
        ),
    ),
)
