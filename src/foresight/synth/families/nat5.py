"""NAT5: a 7-year-old on a child protection plan visited with her parents but not seen
alone or asked what home is like (and a near miss: a baby on a plan, seen and observed every
tenth working day).

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

import datetime as dt

from foresight.synth.agencies import CSC, GP, HEALTH_VISITING
from foresight.synth.agencies import PRIMARY_SCHOOL as OAK
from foresight.synth.build import day, known_to, parents_of
from foresight.synth.spec import Entry, Family, Format, PersonSpec, nhs_number


def _household(
    ids: dict[str, str], surname: str, names: tuple[str, str, str], born: str, serial: int
) -> tuple[PersonSpec, ...]:
    """A child (``ids`` maps agency to the child's reference; parents add 1 and 2) and both
    parents, living together."""
    home = {"address": f"{serial % 50 + 2} Thistle Way, Northmoor", "postcode": "NM6 5GG"}
    people: list[PersonSpec] = []
    for offset, (given, role, dob, sex) in enumerate(
        (
            (names[0], "", born, "F"),
            (names[1], "mother", "1992-06-06", "F"),
            (names[2], "father", "1990-02-02", "M"),
        )
    ):
        people += known_to(
            {code: f"{pid}{offset}" for code, pid in ids.items()},
            given_names=given,
            family_name=surname,
            date_of_birth=day(dob),
            sex=sex,
            nhs_number=nhs_number(serial + offset),
            role=role,
            subject=offset == 0,
            **home,
        )
    return tuple(people)


def _protection(
    child: str, name: str, visits: tuple[tuple[dt.date, str, str], ...]
) -> tuple[Entry, ...]:
    """Strategy discussion, section 47 enquiry, conference and plan (both parents taking
    part), then the plan's home visits as (date, child seen, child's views)."""
    c, m, f = (f"CSC{child}{i}" for i in range(3))
    seen_s47 = ("alone", "yes") if child == "60" else ("yes", "observed")
    return (
        Entry(
            "CSC",
            day("2023-01-16"),
            "strategy_discussion",
            f"Strategy discussion about {name}: CSC, police, school nurse and GP.",
            "Section 47 enquiry.",
            subjects=c,
            agencies_involved="CSC;POL;GP",
        ),
        Entry(
            "CSC",
            day("2023-01-17"),
            "section_47_enquiry",
            f"Section 47 enquiry. {name} seen; both parents interviewed at home.",
            "Completed 03/02/2023: initial child protection conference.",
            subjects=c,
            participants=f"{c};{m};{f}",
            end_date=day("2023-02-03"),
            child_seen=seen_s47[0],
            child_views=seen_s47[1],
            agencies_involved="CSC;GP",
        ),
        Entry(
            "CSC",
            day("2023-02-08"),
            "child_protection_conference",
            "Initial child protection conference; both parents attended.",
            f"Child protection plan for {name}.",
            subjects=c,
            participants=f"{m};{f}",
            agencies_involved="CSC;GP;HV;OAK",
        ),
        Entry(
            "CSC",
            day("2023-02-08"),
            "child_protection_plan",
            "Child protection plan starts. Statutory visits every 10 working days.",
            "Core group within 10 working days.",
            subjects=c,
            participants=f"{m};{f}",
        ),
        *(
            Entry(
                "CSC",
                when,
                "home_visit",
                f"Statutory visit under the plan. {name} seen with both parents.",
                "Plan progressing.",
                subjects=c,
                participants=f"{c};{m};{f}",
                child_seen=seen,
                child_views=views,
            )
            for when, seen, views in visits
        ),
    )


_ELLA_IDS = {"CSC": "CSC60", "GP": "G60", "OAK": "OK60"}
NAT5_NOT_SEEN_ALONE = Family(
    name="nat5-not-seen-alone",
    format=Format.XLSX,
    summary="Ella, 7, is on a child protection plan; her first statutory visit sees her only "
    "with her parents and records nothing of what she says.",
    as_of=day("2023-03-24"),
    expected=frozenset({"FS-NAT5"}),
    agencies=(CSC, GP, OAK),
    people=_household(_ELLA_IDS, "Dunmore", ("Ella", "Kirsty", "Sean"), "2015-11-20", 8551),
    relationships=parents_of("CSC", ("CSC601", "CSC602"), ("CSC600",)),
    entries=(
        Entry(
            "OAK",
            day("2023-01-16"),
            "disclosure;referral",
            "Ella said her dad 'smacked her with his belt' for spilling juice; red marks on the "
            "backs of her legs.",
            "Referral to MASH by phone at 10:15.",
            subjects="OK600",
            to_agency="CSC",
        ),
        *_protection(
            "60",
            "Ella",
            (
                (day("2023-02-17"), "yes", ""),
                (day("2023-03-03"), "alone", "yes"),
                (day("2023-03-16"), "alone", "yes"),
            ),
        ),
    ),
)

_ROSA_IDS = {"CSC": "CSC61", "GP": "G61", "HV": "HV61"}
NAT5_NEAR_MISS = Family(
    name="nat5-near-miss",
    format=Format.ZIP,
    summary="Rosa, 13 months, is on a child protection plan for neglect: seen at home and "
    "observed on the tenth working day each time.",
    as_of=day("2023-04-04"),
    expected=frozenset(),
    agencies=(CSC, GP, HEALTH_VISITING),
    people=_household(_ROSA_IDS, "Kealy", ("Rosa", "Abbie", "Liam"), "2021-12-30", 8561),
    relationships=parents_of("CSC", ("CSC611", "CSC612"), ("CSC610",)),
    entries=(
        Entry(
            "HV",
            day("2023-01-16"),
            "neglect_concern;referral",
            "Rosa's weight has dropped from the 25th to below the 2nd centile; flat cold and "
            "no food in the fridge.",
            "Referral to MASH.",
            subjects="HV610",
            to_agency="CSC",
            child_seen="yes",
        ),
        *_protection(
            "61",
            "Rosa",
            (
                (day("2023-02-22"), "yes", "observed"),
                (day("2023-03-08"), "yes", "observed"),
                (day("2023-03-22"), "yes", "observed"),
            ),
        ),
    ),
)
