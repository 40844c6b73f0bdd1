"""SCR7: a 14-year-old becomes looked after by Northmoor and is placed in a children's home in
Westshire; Westshire's children's services hear of it a week after she arrives. The near miss
tells them before she moves.

Every name, date of birth, address and NHS number is invented (NHS numbers are in the
999 range kept for testing).
"""

from __future__ import annotations

import datetime as dt

from foresight.synth.agencies import CSC
from foresight.synth.agencies import SECONDARY_SCHOOL as BVA
from foresight.synth.build import day, known_to
from foresight.synth.spec import AgencySpec, DateStyle, Entry, Family, Format, nhs_number

WESTSHIRE_CSC = AgencySpec(
    "WCS",
    "Westshire Children's Services",
    "children_social_care",
    local_authority="Westshire",
    date_style=DateStyle.BRITISH,
    id_prefix="WCS/",
    source="Westshire case record",
    author="Social worker",
)

_PEOPLE = (
    *known_to(
        {"CSC": "CSC7401", "BVA": "BV7401"},
        given_names="Kayleigh",
        family_name="Brennock",
        date_of_birth=day("2008-01-15"),
        sex="F",
        nhs_number=nhs_number(7401),
        subject=True,
        address="8 Orchard Close, Northmoor",
        postcode="NM1 4LS",
    ),
    *known_to(
        {"CSC": "CSC7402"},
        given_names="Carla",
        family_name="Brennock",
        date_of_birth=day("1985-05-21"),
        sex="F",
        role="mother",
        address="8 Orchard Close, Northmoor",
        postcode="NM1 4LS",
    ),
)


def _entries(notice_on: dt.date) -> tuple[Entry, ...]:
    return (
        Entry(
            "BVA",
            day("2022-04-25"),
            "education_concern",
            "Kayleigh told her tutor she cannot go home after a row; mother says she will not "
            "have her back.",
            "DSL phoned CSC.",
            subjects="BV7401",
        ),
        Entry(
            "CSC",
            day("2022-05-09"),
            "looked_after;placement",
            "Kayleigh accommodated under section 20 with mother's agreement. No local "
            "placement available: placed at Larkfield House children's home, Westshire.",
            "Placement made; school transport to be arranged.",
            subjects="CSC7401",
            people="CSC7402",
            placement_la="Westshire",
            responsible_la="Northmoor",
            emergency="no",
        ),
        Entry(
            "CSC",
            notice_on,
            "information_shared",
            "Notice of placement sent to Westshire's children's services: Kayleigh placed at "
            "Larkfield House from 9 May.",
            "Sent to the host authority.",
            subjects="CSC7401",
            to_agency="WCS",
        ),
        Entry(
            "CSC",
            day("2022-06-06"),
            "care_plan_review",
            "First review. Kayleigh settled at Larkfield House; the distance from home and "
            "school, and being out of area, discussed with her.",
            "Keep the placement; weekly family time; travel to Brookvale Academy funded.",
            subjects="CSC7401",
            participants="CSC7401;CSC7402",
            child_views="yes",
        ),
    )


SCR7_PLACED_AWAY = Family(
    name="scr7-placed-away",
    format=Format.XLSX,
    summary="A 14-year-old placed in a Westshire children's home; Westshire is told a week "
    "after she arrives.",
    as_of=day("2022-07-29"),
    expected=frozenset({"FS-SCR7"}),
    agencies=(CSC, BVA, WESTSHIRE_CSC),
    people=_PEOPLE,
    entries=_entries(day("2022-05-16")),
)

SCR7_NEAR_MISS = Family(
    name="scr7-near-miss",
    format=Format.CSV,
    summary="The same placement, with Westshire told the week before she moves.",
    as_of=day("2022-07-29"),
    expected=frozenset(),
    agencies=(CSC, BVA, WESTSHIRE_CSC),
    people=_PEOPLE,
    entries=_entries(day("2022-05-04")),
)
